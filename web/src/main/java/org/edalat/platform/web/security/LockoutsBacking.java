package org.edalat.platform.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.edalat.platform.BusinessException;
import org.edalat.platform.security.Credentials;
import org.edalat.platform.security.UserAccount;
import org.edalat.platform.web.Messages;
import org.edalat.platform.web.PageSource;
import org.edalat.platform.web.PagedModel;

/** admin/lockouts.xhtml: the accounts locked now, paged, and their early release (S4-27). */
@Named
@ViewScoped
public class LockoutsBacking implements PageSource<LockoutsBacking.Row> {
    private static final long serialVersionUID = 1L;

    /** A table row (Serializable, no entity in view state). */
    public record Row(String username, String displayName, int failedAttempts, Instant lockedUntil)
            implements Serializable {}

    @EJB
    private Credentials credentials;

    private final PagedModel<Row> model = new PagedModel<>(this);

    @Override
    public long count() {
        return credentials.countLocked();
    }

    @Override
    public List<Row> page(int first, int max) {
        return credentials.lockedAccounts(first, max).stream()
                .map(LockoutsBacking::row)
                .toList();
    }

    static Row row(UserAccount u) {
        return new Row(
                u.getUsername(),
                u.getDisplayName(),
                u.getFailedAttempts(),
                u.lockedUntil().orElse(null));
    }

    /** Releases the lock (audited by the service); a business error stays on the screen. */
    public void release(String username) {
        try {
            credentials.release(username);
            Messages.info("lockouts.released");
        } catch (BusinessException e) {
            Messages.error(e.getMessage());
        }
    }

    public PagedModel<Row> getModel() {
        return model;
    }
}
