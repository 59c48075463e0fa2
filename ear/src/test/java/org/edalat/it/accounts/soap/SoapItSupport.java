package org.edalat.it.accounts.soap;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.edalat.platform.security.UserAccount;

/** In-container set-up for the SOAP ITs: a known password on an account opened with a generated one. */
@Stateless
public class SoapItSupport {
    @PersistenceContext(unitName = "edalat")
    private EntityManager em;

    /** Sets {@code password} on the account {@code username} (its forced change is thereby done). */
    public void setPassword(String username, String password) {
        em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username)
                .getSingleResult()
                .changePassword(password);
    }
}
