package org.edalat.accounts.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.edalat.accounts.domain.IdentifierKeys;
import org.edalat.accounts.domain.Person;
import org.edalat.platform.security.Role;

/** Finding persons: by identity key, or by identity key or name with paging; and the caller's own record. */
@Stateless
@RolesAllowed({
    Role.Names.OFFICE_CLERK,
    Role.Names.BRANCH_CLERK,
    Role.Names.JUDGE,
    Role.Names.REFERRAL_AUTHORITY,
    Role.Names.NOTICE_OFFICER,
    Role.Names.AGENCY_API,
    Role.Names.ADMIN
})
public class PersonDirectory {
    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Resource
    private SessionContext context;

    private PersonStore store;

    @PostConstruct
    void init() {
        store = new PersonStore(em);
    }

    public Optional<Person> find(String identityKey) {
        return store.find(identityKey);
    }

    /** Persons whose identity key is {@code text}, or whose current name contains it; by name. */
    public List<Person> search(String text, int first, int max) {
        // the representative is read with the person: the list shows its name after the transaction
        return query(text, "select p", " order by p.currentName, p.identityKey", Person.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
    }

    public long count(String text) {
        return query(text, "select count(p)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String text, String select, String order, Class<T> type) {
        String from = type == Person.class ? " from Person p left join fetch p.representative" : " from Person p";
        String key = IdentifierKeys.normalise(text);
        if (key == null) {
            return em.createQuery(select + from + order, type);
        }
        if (key.matches("f?[0-9]+")) {
            return em.createQuery(select + from + " where p.identityKey = :k" + order, type)
                    .setParameter("k", key);
        }
        return em.createQuery(select + from + " where lower(p.currentName) like :n" + order, type)
                .setParameter(
                        "n",
                        "%"
                                + text.strip()
                                        .toLowerCase(Locale.ROOT)
                                        .replace("%", "")
                                        .replace("_", "") + "%");
    }

    /** The signed-in account holder's own record. */
    @RolesAllowed(Role.Names.CITIZEN)
    public Optional<Person> me() {
        return store.byUsername(context.getCallerPrincipal().getName());
    }
}
