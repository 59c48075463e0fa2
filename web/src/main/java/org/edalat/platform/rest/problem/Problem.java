package org.edalat.platform.rest.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem details body ({@value #MEDIA_TYPE}), the only error shape the API answers
 * with. Standard members: {@code type}, {@code title} (English), {@code status}, {@code detail}
 * (Persian for business errors), {@code instance} (the request path). Extension members: {@code
 * code} (stable machine code), {@code errors} (field errors of a validation failure) and {@code
 * incident} (id of a logged server error). Absent members are left out of the JSON.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "code", "errors", "incident"})
public class Problem {
    /** Media type of every problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** {@link #MEDIA_TYPE} as a {@link MediaType}. */
    public static final MediaType MEDIA_TYPE_VALUE = new MediaType("application", "problem+json");

    /** Prefix of the {@code type} of every problem with a code of its own. */
    public static final String TYPE_BASE = "https://edalat.ir/problems/";

    /** RFC 9457 default type: the problem has no semantics beyond the HTTP status. */
    public static final URI ABOUT_BLANK = URI.create("about:blank");

    /** Code of a request whose fields break the rules; {@link #getErrors()} names them. */
    public static final String VALIDATION_FAILED = "validation-failed";

    /** Code of a request body that could not be read as JSON of the expected shape. */
    public static final String MALFORMED_BODY = "malformed-body";

    /** Code of an unexpected server error; {@link #getIncident()} identifies it in the log. */
    public static final String INTERNAL_ERROR = "internal-error";

    private URI type = ABOUT_BLANK;
    private String title;
    private int status;
    private String detail;
    private String instance;
    private String code;
    private List<FieldError> errors;
    private String incident;

    /** For JSON-B. */
    public Problem() {}

    /**
     * A problem with a code of its own: type {@code https://edalat.ir/problems/<code>}, title the
     * code in words ({@code username-taken} -> {@code Username taken}).
     */
    public static Problem of(int status, String code, String detail) {
        Problem problem = new Problem();
        problem.status = status;
        problem.code = code;
        problem.type = URI.create(TYPE_BASE + code);
        problem.title = titleOf(code);
        problem.detail = detail;
        return problem;
    }

    /**
     * A problem with no semantics beyond its HTTP status: type {@code about:blank}, title the
     * status reason phrase, code the reason phrase in lower-case words joined by dashes.
     */
    public static Problem ofStatus(int status, String detail) {
        Problem problem = new Problem();
        problem.status = status;
        problem.type = ABOUT_BLANK;
        problem.title = reasonPhrase(status);
        problem.code = codeOf(problem.title);
        problem.detail = detail;
        return problem;
    }

    /** 400 with the fields at fault. */
    public static Problem validation(List<FieldError> errors) {
        return of(400, VALIDATION_FAILED, "The request has invalid fields; see errors.")
                .withErrors(errors);
    }

    /** 500 naming the incident id the log holds the exception under (never the exception itself). */
    public static Problem internal(String incident) {
        Problem problem = of(500, INTERNAL_ERROR, "An unexpected error occurred; quote incident " + incident);
        problem.title = "Internal error";
        problem.incident = incident;
        return problem;
    }

    /** {@code username-taken} -> {@code Username taken}. */
    static String titleOf(String code) {
        if (code == null || code.isBlank()) {
            return "Error";
        }
        String words = code.replace('-', ' ').replace('_', ' ').strip();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** {@code Method Not Allowed} -> {@code method-not-allowed}. */
    static String codeOf(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The standard reason phrase, or a generic one for statuses JAX-RS does not name. */
    static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 405 -> "Method Not Allowed";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }

    /** The request path of the current request, or null outside one. */
    public static String instanceOf(UriInfo uriInfo) {
        if (uriInfo == null) {
            return null;
        }
        try {
            return uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }

    public Problem withInstance(String instance) {
        this.instance = instance;
        return this;
    }

    public Problem withErrors(List<FieldError> errors) {
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        return this;
    }

    public Problem withDetail(String detail) {
        this.detail = detail;
        return this;
    }

    /** The response: this body, its status, {@value #MEDIA_TYPE}. */
    public Response toResponse() {
        return toResponseBuilder().build();
    }

    /** As {@link #toResponse()}, to add headers. */
    public Response.ResponseBuilder toResponseBuilder() {
        return Response.status(status).type(MEDIA_TYPE_VALUE).entity(this);
    }

    public URI getType() {
        return type;
    }

    public void setType(URI type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public int getStatus() {
        return status;
    }

    public void setStatus(int status) {
        this.status = status;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    public String getInstance() {
        return instance;
    }

    public void setInstance(String instance) {
        this.instance = instance;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public void setErrors(List<FieldError> errors) {
        this.errors = errors;
    }

    public String getIncident() {
        return incident;
    }

    public void setIncident(String incident) {
        this.incident = incident;
    }

    @Override
    public String toString() {
        return "Problem[" + status + " " + code + ": " + detail + "]";
    }

    /** One field at fault: its name as the client sent it ({@code username}, {@code roles[0]}). */
    public static class FieldError {
        private String field;
        private String message;

        /** For JSON-B. */
        public FieldError() {}

        public FieldError(String field, String message) {
            this.field = field;
            this.message = message;
        }

        public String getField() {
            return field;
        }

        public void setField(String field) {
            this.field = field;
        }

        public String getMessage() {
            return message;
        }

        public void setMessage(String message) {
            this.message = message;
        }

        @Override
        public String toString() {
            return field + ": " + message;
        }
    }
}
