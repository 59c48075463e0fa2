package org.edalat.filing.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.edalat.accounts.domain.Person;
import org.edalat.filing.domain.Filing;
import org.edalat.filing.domain.FilingNotFoundException;
import org.edalat.filing.domain.InvalidFilingException;
import org.edalat.filing.domain.TrackingCode;

/** The queries the filing services share. */
final class FilingStore {
    private final EntityManager em;

    FilingStore(EntityManager em) {
        this.em = em;
    }

    /** The filing, locked for a step, so that two steps of one filing run one after the other. */
    Filing lockedOrMissing(long id) {
        Filing filing = em.find(Filing.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (filing == null) {
            throw new FilingNotFoundException();
        }
        return filing;
    }

    Optional<Filing> byTrackingCode(TrackingCode code) {
        return em.createQuery("select f from Filing f where f.trackingCode.value = :c", Filing.class)
                .setParameter("c", code.value())
                .getResultStream()
                .findFirst();
    }

    boolean codeTaken(TrackingCode code) {
        return em.createQuery("select count(f) from Filing f where f.trackingCode.value = :c", Long.class)
                        .setParameter("c", code.value())
                        .getSingleResult()
                > 0;
    }

    Optional<Filing> byRequest(String sender, String requestId) {
        if (requestId == null) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select f from Filing f where f.filerUsername = :s and f.clientRequestId = :r", Filing.class)
                .setParameter("s", sender)
                .setParameter("r", requestId.strip())
                .getResultStream()
                .findFirst();
    }

    /** The filings filed by {@code username} (the account holder, or a report's sender), newest first. */
    List<Filing> filedBy(String username, int first, int max) {
        return newest("filerUsername", username, first, max);
    }

    long countFiledBy(String username) {
        return count("filerUsername", username);
    }

    /** An office's filings, newest first. */
    List<Filing> ofOffice(String officeCode, int first, int max) {
        return newest("officeCode", officeCode, first, max);
    }

    long countOfOffice(String officeCode) {
        return count("officeCode", officeCode);
    }

    /** Filings whose {@code attribute} (one of this class's fixed names) is {@code value}, newest first. */
    private List<Filing> newest(String attribute, String value, int first, int max) {
        return em.createQuery(
                        "select f from Filing f where f." + attribute + " = :v order by f.createdAt desc, f.id desc",
                        Filing.class)
                .setParameter("v", value)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
    }

    private long count(String attribute, String value) {
        return em.createQuery("select count(f) from Filing f where f." + attribute + " = :v", Long.class)
                .setParameter("v", value)
                .getSingleResult();
    }

    /** The SANA account with {@code username}, if any. */
    Optional<Person> personByUsername(String username) {
        return em.createQuery("select p from Person p where p.username = :u", Person.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst();
    }

    /** The SANA account with the identity key {@code key}, if any. */
    Optional<Person> personByKey(String key) {
        return em.createQuery("select p from Person p where p.identityKey = :k", Person.class)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
    }

    /** Refuses a unit code no judicial unit has (422 naming {@code unitCode}). */
    void requireUnit(String unitCode) {
        long n = em.createQuery("select count(u) from JudicialUnit u where u.code = :c", Long.class)
                .setParameter("c", unitCode)
                .getSingleResult();
        if (n == 0) {
            throw new InvalidFilingException("unitCode", "unknown-unit", "مرجع قضایی با این کد یافت نشد.");
        }
    }
}
