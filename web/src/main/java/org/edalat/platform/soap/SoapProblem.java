package org.edalat.platform.soap;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.edalat.platform.BusinessException;

/**
 * What the declared {@code ProblemFault} of every SOAP endpoint says about a failure: the stable
 * code, an English title, the Persian message, the field and the status the REST API would answer
 * with (the same contract as the REST problem details), and for an unexpected error the incident id.
 * Each WSDL has its own generated fault and detail types; its endpoints build them from this record.
 *
 * <ul>
 *   <li>a {@link BusinessException}: its code, field, status and message;
 *   <li>{@link EJBAccessException} ({@code @RolesAllowed} on the service refused the caller): 403
 *       {@code forbidden} (S4-28);
 *   <li>an {@link IllegalArgumentException}: 400 {@code invalid-argument};
 *   <li>anything else: 500 {@code internal-error} naming an incident id under which the exception
 *       and its stack trace are logged; the fault never carries the exception's class, message or
 *       trace.
 * </ul>
 */
public record SoapProblem(String code, String title, String message, String field, int status, String incidentId) {
    public static final String FORBIDDEN = "forbidden";
    public static final String INTERNAL_ERROR = "internal-error";

    private static final Logger LOG = Logger.getLogger(SoapProblem.class.getName());

    /** Causes looked at before giving up (guards against cyclic chains). */
    private static final int MAX_DEPTH = 16;

    /** The problem of {@code code}, titled after it. */
    public static SoapProblem of(String code, String message, String field, int status, String incidentId) {
        return new SoapProblem(code, titleOf(code), message, field, status, incidentId);
    }

    /** 403: the roles of the calling account do not allow the operation (S4-28). */
    public static SoapProblem forbidden() {
        return of(FORBIDDEN, "نقش‌های این حساب اجازهٔ این کار را نمی‌دهند.", null, 403, null);
    }

    /**
     * Runs the service call of {@code operation}: a {@code declared} fault passes as it is, every
     * other failure is answered as the {@code fault} of its problem ({@link #of(String, Throwable)}).
     */
    public static <T, F extends Exception> T answer(
            String operation, Callable<T> call, Class<F> declared, Function<SoapProblem, F> fault) throws F {
        try {
            return call.call();
        } catch (Exception failure) {
            if (declared.isInstance(failure)) {
                throw declared.cast(failure);
            }
            throw fault.apply(of(operation, failure));
        }
    }

    /** The problem {@code failure} of {@code operation} is; an unexpected one is logged under an incident id. */
    public static SoapProblem of(String operation, Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < MAX_DEPTH; cause = next(cause)) {
            if (cause instanceof BusinessException business) {
                return of(business.code(), business.getMessage(), business.field(), business.httpStatus(), null);
            }
            if (cause instanceof EJBAccessException) {
                return forbidden();
            }
            if (cause instanceof IllegalArgumentException refused) {
                return of("invalid-argument", "درخواست پذیرفتنی نیست: " + refused.getMessage(), null, 400, null);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "SOAP incident " + incident + " in " + operation, failure);
        return of(
                INTERNAL_ERROR,
                "خطای پیش‌بینی‌نشده‌ای در سامانه رخ داد؛ با شناسهٔ رخداد " + incident + " به پشتیبانی خبر دهید.",
                null,
                500,
                incident);
    }

    /** The code in words: {@code invalid-legal-person-id} -> {@code Invalid legal person id}. */
    static String titleOf(String code) {
        if (code == null || code.isBlank()) {
            return "Error";
        }
        String words = code.replace('-', ' ').replace('_', ' ').strip();
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** The next cause; {@link EJBException#getCausedByException()} for containers that set only it. */
    private static Throwable next(Throwable cause) {
        if (cause.getCause() != null && cause.getCause() != cause) {
            return cause.getCause();
        }
        if (cause instanceof EJBException ejb && ejb.getCausedByException() != cause) {
            return ejb.getCausedByException();
        }
        return null;
    }
}
