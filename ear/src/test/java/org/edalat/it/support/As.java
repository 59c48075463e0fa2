package org.edalat.it.support;

import java.util.concurrent.Callable;
import org.edalat.platform.security.Role;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Runs code in-container as a fixture user, authenticated through the real Elytron domain (so
 * {@code @RolesAllowed}, the caller principal and the audit actor are what production sees).
 */
public final class As {
    private final SecurityIdentity identity;

    private As(SecurityIdentity identity) {
        this.identity = identity;
    }

    public static As role(Role role) {
        return user(ItUsers.username(role), ItUsers.PASSWORD);
    }

    public static As user(String username, String password) {
        try {
            return new As(SecurityDomain.getCurrent()
                    .authenticate(username, new PasswordGuessEvidence(password.toCharArray())));
        } catch (Exception e) {
            throw new IllegalStateException("cannot authenticate " + username, e);
        }
    }

    public <T> T call(Callable<T> work) throws Exception {
        return identity.runAs(work);
    }

    public void run(Runnable work) {
        identity.runAs(work);
    }
}
