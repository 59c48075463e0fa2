package org.edalat.accounts.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.edalat.accounts.domain.ChangeRecord;
import org.edalat.accounts.domain.Channel;
import org.edalat.accounts.domain.ContactChange;
import org.edalat.accounts.domain.ContactFeedBatch;
import org.edalat.accounts.domain.FeedBatchInProgressException;
import org.edalat.accounts.domain.FeedItemOutcome;
import org.edalat.accounts.domain.InvalidFieldException;
import org.edalat.accounts.domain.Person;
import org.edalat.platform.BusinessException;
import org.edalat.platform.audit.AuditTrail;
import org.edalat.platform.security.Role;

/**
 * Contact data handed over by other bodies (S4-17): a batch of items, each applied as a new
 * contact-data version with the agency recorded as its source; a bad item is reported with its
 * index, code and Persian message while the good ones are still applied. Idempotent on the
 * agency's batch id: the same batch sent again gets the first answer and changes nothing.
 */
@Stateless
public class ContactFeed {
    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();
    private PersonStore store;

    @PostConstruct
    void init() {
        store = new PersonStore(em);
    }

    @RolesAllowed(Role.Names.AGENCY_API)
    public FeedResult apply(String batchId, List<FeedItem> items) {
        String agency = context.getCallerPrincipal().getName();
        Optional<ContactFeedBatch> earlier = find(agency, batchId);
        if (earlier.isPresent()) {
            return result(earlier.get(), true);
        }
        if (items == null || items.isEmpty()) {
            throw InvalidFieldException.required("items", "اقلام دسته");
        }
        if (items.size() > ContactFeedBatch.MAX_ITEMS) {
            throw new InvalidFieldException(
                    "items", "batch-too-large", "هر دسته حداکثر " + ContactFeedBatch.MAX_ITEMS + " قلم دارد.");
        }
        Instant now = Instant.now(clock);
        ContactFeedBatch batch = new ContactFeedBatch(agency, batchId, now);
        for (int i = 0; i < items.size(); i++) {
            batch.record(applyItem(i, items.get(i), agency, batchId, now));
        }
        em.persist(batch);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            throw new FeedBatchInProgressException(batchId);
        }
        audit.record(
                Role.AGENCY_API,
                "contact.feed",
                "ContactFeedBatch",
                batchId,
                "S4-17",
                "applied " + batch.appliedCount() + ", rejected " + batch.rejectedCount());
        return result(batch, false);
    }

    private FeedItemOutcome applyItem(int index, FeedItem item, String agency, String batchId, Instant now) {
        String key = item == null ? null : item.identityKey();
        try {
            if (item == null) {
                throw InvalidFieldException.required("items[" + index + "]", "قلم");
            }
            Person person = store.requireForChange(key);
            ContactChange change = new ContactChange(
                    null,
                    null,
                    null,
                    item.mobile(),
                    item.email(),
                    item.fax(),
                    item.provinceCode(),
                    item.city(),
                    item.postalCode(),
                    item.addressLine());
            if (change.isEmpty()) {
                throw new InvalidFieldException("items[" + index + "]", "empty-change", "قلم هیچ دادهٔ تماسی ندارد.");
            }
            ChangeRecord record =
                    new ChangeRecord(Channel.AGENCY, agency, null, "batch " + batchId + " #" + index, agency);
            em.persist(person.nextVersion(store.current(person).orElse(null), change, record, now));
            return FeedItemOutcome.applied(index, person.identityKey());
        } catch (BusinessException refused) {
            String code = refused.field() == null ? refused.code() : refused.code() + ":" + refused.field();
            return FeedItemOutcome.rejected(index, key, code, refused.getMessage());
        }
    }

    private Optional<ContactFeedBatch> find(String agency, String batchId) {
        return em.createQuery(
                        "select b from ContactFeedBatch b where b.agency = :a and b.batchId = :b",
                        ContactFeedBatch.class)
                .setParameter("a", agency)
                .setParameter("b", batchId)
                .getResultStream()
                .findFirst();
    }

    private static FeedResult result(ContactFeedBatch batch, boolean replayed) {
        return new FeedResult(
                batch.batchId(), replayed, batch.appliedCount(), batch.rejectedCount(), List.copyOf(batch.items()));
    }
}
