package org.edalat.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * One sign-in attempt on an existing account: when, how it ended, from which address and browser.
 * The account holder sees the own history (S4-27: the holder answers for the credentials, so the
 * holder must be able to notice a sign-in that was not theirs). Append-only.
 */
@Entity
@Immutable
@Table(name = "login_event")
public class LoginEvent {
    static final int REMOTE_ADDRESS_MAX = 64;
    static final int USER_AGENT_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_event_seq")
    @SequenceGenerator(name = "login_event_seq", sequenceName = "login_event_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100, updatable = false)
    private String username;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private LoginOutcome outcome;

    @Column(name = "remote_address", length = REMOTE_ADDRESS_MAX, updatable = false)
    private String remoteAddress;

    @Column(name = "user_agent", length = USER_AGENT_MAX, updatable = false)
    private String userAgent;

    protected LoginEvent() {}

    private LoginEvent(
            String username, Instant occurredAt, LoginOutcome outcome, String remoteAddress, String userAgent) {
        this.username = Objects.requireNonNull(username, "username");
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.remoteAddress = clip(remoteAddress, REMOTE_ADDRESS_MAX);
        this.userAgent = clip(userAgent, USER_AGENT_MAX);
    }

    /** The attempt of an account's holder (or of someone guessing its password) (S4-27). */
    public static LoginEvent of(
            UserAccount account, Instant occurredAt, LoginOutcome outcome, String remoteAddress, String userAgent) {
        return new LoginEvent(account.getUsername(), occurredAt, outcome, remoteAddress, userAgent);
    }

    /** Text from the request is the client's to choose: kept only up to the column's length. */
    static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public LoginOutcome getOutcome() {
        return outcome;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }
}
