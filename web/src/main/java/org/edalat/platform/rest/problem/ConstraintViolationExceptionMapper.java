package org.edalat.platform.rest.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Bean Validation on resource parameters and {@code @Valid} bodies: 400 {@code validation-failed}
 * with {@code errors} naming each field as the client sent it ({@code username}, {@code roles[0]},
 * or the query parameter {@code max}), not as Hibernate Validator names it ({@code
 * create.body.username}). RESTEasy's {@code ResteasyViolationException} is a subclass, so this
 * mapper (nearer in the class hierarchy) wins over RESTEasy's own {@code ValidationException}
 * mapper. A violated constraint on a <em>return value</em> is the server's fault: 500 incident.
 */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException error) {
        return problem(error).withInstance(Problem.instanceOf(uriInfo)).toResponse();
    }

    static Problem problem(ConstraintViolationException error) {
        Set<ConstraintViolation<?>> violations = error.getConstraintViolations();
        if (violations == null || violations.isEmpty()) {
            return UnexpectedExceptionMapper.logged(error);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            if (isReturnValue(violation.getPropertyPath())) {
                return UnexpectedExceptionMapper.logged(error);
            }
            errors.add(new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing((Problem.FieldError e) -> String.valueOf(e.getField()))
                .thenComparing(e -> String.valueOf(e.getMessage())));
        return Problem.validation(errors);
    }

    private static boolean isReturnValue(Path path) {
        if (path == null) {
            return false;
        }
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The field name the client knows: the method node and the parameter node are dropped ({@code
     * create.body.username} -> {@code username}); a constraint on the parameter itself is named by
     * the parameter ({@code list.max} -> {@code max}, which the resources keep equal to the query
     * parameter name); container elements and iterable members get their index or key ({@code
     * roles[0]}, {@code items[2].name}). Null for a cross-parameter constraint.
     */
    public static String fieldName(Iterable<Path.Node> path) {
        if (path == null) {
            return null;
        }
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD
                    || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                if (field.length() == 0 && parameter != null) {
                    field.append(parameter);
                }
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(position == null ? "" : position).append(']');
            }
            if (kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN && node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() > 0 ? field.toString() : parameter;
    }
}
