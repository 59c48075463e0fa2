package org.edalat.accounts.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.edalat.accounts.domain.ContactVersion;
import org.edalat.accounts.domain.IdentifierKeys;
import org.edalat.accounts.domain.Person;
import org.edalat.accounts.domain.UnknownPersonException;

/** The queries the accounts services share: persons by identity, versions by time. */
final class PersonStore {
    private final EntityManager em;

    PersonStore(EntityManager em) {
        this.em = em;
    }

    Optional<Person> find(String identityKey) {
        String key = IdentifierKeys.normalise(identityKey);
        if (key == null) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select p from Person p left join fetch p.representative where p.identityKey = :k",
                        Person.class)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
    }

    Person require(String identityKey) {
        return find(identityKey).orElseThrow(() -> new UnknownPersonException(String.valueOf(identityKey)));
    }

    /** The person, locked for a change of its contact data, so concurrent changes queue up. */
    Person requireForChange(String identityKey) {
        Person person = require(identityKey);
        em.lock(person, LockModeType.PESSIMISTIC_WRITE);
        return person;
    }

    Optional<Person> byUsername(String username) {
        return em.createQuery("select p from Person p where p.username = :u", Person.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst();
    }

    /** The version in force at {@code at}: the latest that took effect at or before it. */
    Optional<ContactVersion> versionAt(Person person, Instant at) {
        return em.createQuery(
                        "select v from ContactVersion v where v.person = :p and v.effectiveFrom <= :at"
                                + " order by v.effectiveFrom desc",
                        ContactVersion.class)
                .setParameter("p", person)
                .setParameter("at", at)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    Optional<ContactVersion> current(Person person) {
        if (person.contactVersionCount() == 0) {
            return Optional.empty();
        }
        return em.createQuery("select v from ContactVersion v where v.person = :p and v.seq = :s", ContactVersion.class)
                .setParameter("p", person)
                .setParameter("s", person.contactVersionCount())
                .getResultStream()
                .findFirst();
    }
}
