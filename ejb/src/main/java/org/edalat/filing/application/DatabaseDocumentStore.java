package org.edalat.filing.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.edalat.filing.domain.DocumentStore;
import org.edalat.filing.domain.InspectedDocument;

/**
 * The {@link DocumentStore} in the application's database (table {@code stored_document}): it takes
 * part in the caller's transaction ({@code MANDATORY}), so a filing rolled back leaves no document
 * behind. Content-addressed: the same bytes are kept once.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DatabaseDocumentStore implements DocumentStore {
    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Override
    public String put(InspectedDocument inspected, byte[] content) {
        if (content == null || content.length != inspected.size()) {
            throw new IllegalArgumentException("the bytes are not those inspected");
        }
        String digest = inspected.sha256();
        if (!kept(digest)) {
            em.persist(new StoredDocument(digest, content, Instant.now()));
            em.flush(); // written before the rows that refer to it (the reference is a plain column)
        }
        return digest;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<byte[]> get(String id) {
        if (id == null || !id.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(StoredDocument.class, id)).map(StoredDocument::content);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean exists(String digest) {
        if (digest == null || !digest.matches("[0-9a-fA-F]{64}")) {
            return false;
        }
        return kept(digest.toLowerCase(Locale.ROOT));
    }

    /** Asks without loading the content. */
    private boolean kept(String digest) {
        return em.createQuery("select count(d) from StoredDocument d where d.digest = :d", Long.class)
                        .setParameter("d", digest)
                        .getSingleResult()
                > 0;
    }
}
