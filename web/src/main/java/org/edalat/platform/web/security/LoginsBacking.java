package org.edalat.platform.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.edalat.platform.security.Credentials;
import org.edalat.platform.security.LoginEvent;
import org.edalat.platform.security.LoginOutcome;
import org.edalat.platform.web.PageSource;
import org.edalat.platform.web.PagedModel;

/** account/logins.xhtml: the signed-in user's own sign-in attempts, newest first (S4-27). */
@Named
@ViewScoped
public class LoginsBacking implements PageSource<LoginsBacking.Row> {
    private static final long serialVersionUID = 1L;

    /** A table row (Serializable, no entity in view state). */
    public record Row(Instant occurredAt, LoginOutcome outcome, String remoteAddress, String userAgent)
            implements Serializable {}

    @EJB
    private Credentials credentials;

    private final PagedModel<Row> model = new PagedModel<>(this);

    @Override
    public long count() {
        return credentials.countMyLogins();
    }

    @Override
    public List<Row> page(int first, int max) {
        return credentials.myLogins(first, max).stream().map(LoginsBacking::row).toList();
    }

    static Row row(LoginEvent e) {
        return new Row(e.getOccurredAt(), e.getOutcome(), e.getRemoteAddress(), e.getUserAgent());
    }

    public PagedModel<Row> getModel() {
        return model;
    }
}
