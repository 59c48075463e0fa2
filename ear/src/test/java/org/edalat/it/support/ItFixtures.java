package org.edalat.it.support;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import org.edalat.platform.security.Role;
import org.edalat.platform.security.UserAccount;

/** Creates the fixture accounts at deployment if they are missing (test deployments only). */
@Singleton
@Startup
public class ItFixtures {
    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @PostConstruct
    void createAccounts() {
        for (Role role : Role.values()) {
            String username = ItUsers.username(role);
            long present = em.createQuery("select count(u) from UserAccount u where u.username = :u", Long.class)
                    .setParameter("u", username)
                    .getSingleResult();
            if (present == 0) {
                em.persist(UserAccount.open(username, "IT " + role, ItUsers.PASSWORD, EnumSet.of(role), Instant.now()));
            }
        }
    }
}
