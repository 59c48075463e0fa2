package org.edalat.platform.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.edalat.platform.audit.AuditTrail;

/**
 * Where staff work: the administrator posts a user at a judicial unit or a service office; the other
 * contexts ask where the caller works (the filing context: a clerk's office, S0-4; a unit's staff
 * and classified reports, S0-5 note).
 */
@Stateless
public class Postings {
    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail audit;

    /**
     * Posts {@code username} at a judicial unit ({@code unitCode}) or an office ({@code officeCode});
     * the user, and the unit or office, must exist (422 naming the field otherwise).
     */
    @RolesAllowed(Role.Names.ADMIN)
    public StaffPosting post(String username, String unitCode, String officeCode) {
        boolean unit = unitCode != null && !unitCode.isBlank();
        boolean office = officeCode != null && !officeCode.isBlank();
        if (username == null || !exists("select count(u) from UserAccount u where u.username = :c", username.strip())) {
            throw new InvalidPostingException("username", "کاربری با این نام کاربری نیست.");
        }
        if (unit == office) {
            throw new InvalidPostingException("unitCode", "یا واحد قضایی یا دفتر خدمات را (فقط یکی) تعیین کنید.");
        }
        if (unit && !exists("select count(u) from JudicialUnit u where u.code = :c", unitCode.strip())) {
            throw new InvalidPostingException("unitCode", "واحد قضایی با این کد یافت نشد.");
        }
        if (office && !exists("select count(o) from ServiceOffice o where o.code = :c", officeCode.strip())) {
            throw new InvalidPostingException("officeCode", "دفتر خدماتی با این کد یافت نشد.");
        }
        String by = context.getCallerPrincipal().getName();
        Instant now = Instant.now();
        StaffPosting wanted = unit
                ? StaffPosting.atUnit(username.strip(), unitCode.strip(), by, now)
                : StaffPosting.atOffice(username.strip(), officeCode.strip(), by, now);
        StaffPosting existing = em.find(StaffPosting.class, wanted.username());
        if (existing == null) {
            em.persist(wanted);
            existing = wanted;
        } else {
            existing.moveTo(wanted);
        }
        audit.record(
                Role.ADMIN,
                "user.post",
                "UserAccount",
                wanted.username(),
                null,
                unit ? "unit " + wanted.unitCode() : "office " + wanted.officeCode());
        return existing;
    }

    /** Where {@code username} works, if recorded. */
    @RolesAllowed(Role.Names.ADMIN)
    public Optional<StaffPosting> of(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(em.find(StaffPosting.class, username));
    }

    private boolean exists(String countQuery, String code) {
        return em.createQuery(countQuery, Long.class).setParameter("c", code).getSingleResult() > 0;
    }

    /** Where the caller works, if recorded. */
    @PermitAll
    public Optional<StaffPosting> mine() {
        return Optional.ofNullable(
                em.find(StaffPosting.class, context.getCallerPrincipal().getName()));
    }

    /** The office the caller works at, if any. */
    @PermitAll
    public Optional<String> myOffice() {
        return mine().map(StaffPosting::officeCode);
    }

    /** The judicial unit the caller works at, if any. */
    @PermitAll
    public Optional<String> myUnit() {
        return mine().map(StaffPosting::unitCode);
    }
}
