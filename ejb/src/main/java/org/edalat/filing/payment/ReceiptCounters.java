package org.edalat.filing.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Draws receipt numbers (S0-13.1): sequential per Jalali year, never reused. The year's counter row
 * is locked ({@code SELECT ... FOR UPDATE}) in the settling transaction, so concurrent settlements
 * take numbers one after another and a rolled-back settlement gives its number back.
 */
@Stateless
@LocalBean
@PermitAll
public class ReceiptCounters {
    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    @EJB
    private ReceiptCounters self;

    /** The next receipt number of {@code year}, in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ReceiptNumber next(int year) {
        ReceiptCounter counter = em.find(ReceiptCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                self.open(year);
            } catch (EJBException | PersistenceException concurrentlyOpened) {
                // another settlement opened the year at the same moment: its row is there now
            }
            counter = em.find(ReceiptCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        }
        return counter.next();
    }

    /** Opens the counter of a year in a transaction of its own (the first receipt of the year). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(int year) {
        em.persist(new ReceiptCounter(year));
        em.flush();
    }
}
