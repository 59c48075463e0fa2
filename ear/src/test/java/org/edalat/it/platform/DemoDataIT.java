package org.edalat.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.edalat.it.support.Deployments;
import org.edalat.platform.demo.DemoDataLoader;
import org.edalat.platform.demo.DemoDataService;
import org.edalat.platform.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo switch: off in tests; the data set loads once even when several nodes start together. */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @EJB
    DemoDataService demoData;

    @PersistenceContext(unitName = "edalat")
    EntityManager em;

    @Test
    void theDemoSwitchIsOffInTests() {
        assertFalse(Boolean.getBoolean(DemoDataLoader.SWITCH));
    }

    @Test
    void twoNodesLoadingTogetherLoadTheDataOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            Callable<Boolean> load = demoData::loadIfAbsent;
            runs.add(pool.submit(load));
            runs.add(pool.submit(load));
            int loaded = 0;
            for (Future<Boolean> run : runs) {
                loaded += run.get() ? 1 : 0;
            }
            assertTrue(loaded <= 1, "loaded " + loaded + " times");
        } finally {
            pool.shutdown();
        }
        assertFalse(demoData.loadIfAbsent(), "a later start finds the data there");

        assertEquals(1L, count("select count(u) from UserAccount u where u.username = 'admin'"));
        assertEquals(
                6L,
                count("select count(u) from JudicialUnit u where u.code in "
                        + "('TEH-CIV','TEH-PRS','ISF-CR2','ISF-SHR','MHD-CIV','SHZ-CR1')"));
        assertTrue(count("select count(b) from Branch b") >= 14);
        assertTrue(count("select count(o) from ServiceOffice o") >= 5);
        for (Role role : Role.values()) {
            long holders = em.createQuery(
                            "select count(u) from UserAccount u join u.roles r where r = :role"
                                    + " and u.username not like 'it-%'",
                            Long.class)
                    .setParameter("role", role)
                    .getSingleResult();
            assertTrue(holders >= 1, "a demo user holds " + role);
        }
        // the accounts demo: a contact history, a pending registration, a judicial e-mail, special holders
        assertEquals(3L, count("select count(v) from ContactVersion v where v.person.identityKey = '0013542419'"));
        assertEquals(
                1L,
                count("select count(p) from Person p where p.identityKey = '0028714393' and p.status = "
                        + "org.edalat.accounts.domain.RegistrationStatus.PENDING_VERIFICATION"));
        assertEquals(
                1L,
                count("select count(p) from Person p where p.identityKey = '0034257861'"
                        + " and p.judicialEmail = 'j0034257861@eblagh.adliran.ir'"));
        assertEquals(1L, count("select count(u) from JudicialUnit u where u.code = 'QOM-KHK'"));
        assertEquals(
                5L,
                count("select count(r) from CivilRegistryRecord r where r.nationalCode in "
                        + "('0013542419','0028714393','0034257861','0045123780','0056392141')"));
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
