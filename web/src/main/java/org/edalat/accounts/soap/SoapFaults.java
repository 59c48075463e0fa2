package org.edalat.accounts.soap;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.edalat.accounts.soap.v1.ProblemDetail;
import org.edalat.accounts.soap.v1.ProblemFault;
import org.edalat.platform.BusinessException;

/**
 * The one way a SOAP endpoint answers an error: the declared {@link ProblemFault} whose detail
 * carries the stable code, an English title, the Persian message, the field and the status the REST
 * API would answer with (the same contract as the REST problem details).
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
final class SoapFaults {
    static final String FORBIDDEN = "forbidden";
    static final String UNAUTHORIZED = "unauthorized";
    static final String INTERNAL_ERROR = "internal-error";

    private static final Logger LOG = Logger.getLogger(SoapFaults.class.getName());

    /** Causes looked at before giving up (guards against cyclic chains). */
    private static final int MAX_DEPTH = 16;

    private SoapFaults() {}

    /** Runs the service call of {@code operation}, answering every failure as a {@link ProblemFault}. */
    static <T> T answer(String operation, Callable<T> call) throws ProblemFault {
        try {
            return call.call();
        } catch (ProblemFault declared) {
            throw declared;
        } catch (Exception failure) {
            throw fault(operation, failure);
        }
    }

    static ProblemFault fault(String operation, Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < MAX_DEPTH; cause = next(cause)) {
            if (cause instanceof BusinessException business) {
                return fault(business.code(), business.getMessage(), business.field(), business.httpStatus(), null);
            }
            if (cause instanceof EJBAccessException) {
                return forbidden();
            }
            if (cause instanceof IllegalArgumentException refused) {
                return fault("invalid-argument", "درخواست پذیرفتنی نیست: " + refused.getMessage(), null, 400, null);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "SOAP incident " + incident + " in " + operation, failure);
        return fault(
                INTERNAL_ERROR,
                "خطای پیش‌بینی‌نشده‌ای در سامانه رخ داد؛ با شناسهٔ رخداد " + incident + " به پشتیبانی خبر دهید.",
                null,
                500,
                incident);
    }

    /** 403: the roles of the calling account do not allow the operation (S4-28). */
    static ProblemFault forbidden() {
        return fault(FORBIDDEN, "نقش‌های این حساب اجازهٔ این کار را نمی‌دهند.", null, 403, null);
    }

    static ProblemFault fault(String code, String message, String field, int status, String incident) {
        ProblemDetail detail = detail(code, message, field, status, incident);
        return new ProblemFault(message, detail);
    }

    static ProblemDetail detail(String code, String message, String field, int status, String incident) {
        ProblemDetail detail = new ProblemDetail();
        detail.setCode(code);
        detail.setTitle(titleOf(code));
        detail.setMessage(message);
        detail.setField(field);
        detail.setStatus(status);
        detail.setIncidentId(incident);
        return detail;
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
