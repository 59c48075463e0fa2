package org.edalat.accounts.domain;

import java.util.function.Supplier;
import org.edalat.platform.BusinessException;

/**
 * A field of a registration or contact change is malformed or missing; the message says which and
 * why, in Persian, and {@link #field()} names it for APIs and screens.
 */
public class InvalidFieldException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String code;

    public InvalidFieldException(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    /** A required field is missing; {@code label} is its Persian name. */
    public static InvalidFieldException required(String field, String label) {
        return new InvalidFieldException(field, "required-field", "«" + label + "» را وارد کنید.");
    }

    /** A field is longer than allowed. */
    public static InvalidFieldException tooLong(String field, String label, int max) {
        return new InvalidFieldException(field, "field-too-long", "«" + label + "» بیش از " + max + " نویسه است.");
    }

    /**
     * Parses a value of {@code field}; a business error the parser throws (a bad national code, say)
     * comes back as this exception naming the field, with the parser's code and message.
     */
    public static <T> T parse(String field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (InvalidFieldException alreadyNamed) {
            throw alreadyNamed;
        } catch (BusinessException invalid) {
            throw new InvalidFieldException(field, invalid.code(), invalid.getMessage());
        }
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
