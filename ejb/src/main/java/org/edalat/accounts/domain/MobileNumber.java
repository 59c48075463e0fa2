package org.edalat.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Iranian mobile number (شماره همراه), kept in the national form {@code 09xxxxxxxxx}: notice
 * alerts go to it when it is known (S4-14).
 *
 * <p>Accepted forms, with Latin, Persian or Arabic-Indic digits and spaces or dashes anywhere:
 * {@code 09…} (11 digits), {@code 9…} (10 digits), {@code 989…}, {@code 00989…} and {@code +989…}.
 * Anything else is refused.
 */
@Embeddable
public final class MobileNumber implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern ACCEPTED = Pattern.compile("(?:\\+98|0098|98|0)?(9[0-9]{9})");

    @Column(name = "mobile", length = 11)
    private String value;

    /** For JPA only. */
    protected MobileNumber() {}

    private MobileNumber(String value) {
        this.value = value;
    }

    /** The mobile number written in {@code text}, in national form; refuses anything else. */
    public static MobileNumber of(String text) {
        String normalised = IdentifierText.normalise(text);
        Matcher matcher = normalised == null ? null : ACCEPTED.matcher(normalised);
        if (matcher == null || !matcher.matches()) {
            throw new InvalidMobileNumberException();
        }
        return new MobileNumber("0" + matcher.group(1));
    }

    /** Whether {@link #of(String)} would accept {@code text}. */
    public static boolean isValid(String text) {
        String normalised = IdentifierText.normalise(text);
        return normalised != null && ACCEPTED.matcher(normalised).matches();
    }

    /** The national form, {@code 09} and nine digits. */
    public String value() {
        return value;
    }

    /** The international form, {@code +989…}, as SMS gateways take it. */
    public String international() {
        return "+98" + value.substring(1);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof MobileNumber other && Objects.equals(value, other.value));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
