package org.edalat.accounts.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.edalat.platform.BusinessException;

/**
 * Puts a refused input on the screen next to the field it is about ("bad input gets a clear error
 * and loses nothing"): a {@link BusinessException} names the field in {@link
 * BusinessException#field()} ({@code nationalCode}, {@code mobile}, ...); this maps such names to
 * the ids of the form's components and adds the Persian message of the error to that component,
 * marked invalid, so its {@code p:message} shows it. An error about no field, or about a field the
 * form does not show, becomes a message of the whole form. Nothing is reset: the typed values stay
 * in the backing bean and are shown again.
 *
 * <pre>
 * FieldMessages fields = FieldMessages.in("register").same("nationalCode", "mobile").map("representativeKey",
 *         "representativeNationalCode");
 * try { ... } catch (BusinessException e) { fields.show(e); }
 * </pre>
 */
public final class FieldMessages implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Where a message goes: the client id of a component, or null for the whole form. */
    @FunctionalInterface
    public interface Sink {
        void add(String clientId, FacesMessage message);
    }

    private final String formId;
    private final Map<String, String> components = new LinkedHashMap<>();

    private FieldMessages(String formId) {
        if (formId == null || formId.isBlank()) {
            throw new IllegalArgumentException("form id required");
        }
        this.formId = formId;
    }

    /** The fields of the form with this id (its {@code h:form id}). */
    public static FieldMessages in(String formId) {
        return new FieldMessages(formId);
    }

    /** Fields whose component id is the field name itself. */
    public FieldMessages same(String... fields) {
        for (String field : fields) {
            map(field, field);
        }
        return this;
    }

    /**
     * The error about {@code field} goes to the component {@code componentId} of the form (a plain
     * id, or a path of ids inside naming containers, {@code contact:mobile}).
     */
    public FieldMessages map(String field, String componentId) {
        if (field == null || componentId == null || componentId.isBlank()) {
            throw new IllegalArgumentException("field and component id required");
        }
        components.put(field, componentId);
        return this;
    }

    /** The client id the message of {@code error} goes to; null for a message of the whole form. */
    public String clientIdFor(BusinessException error) {
        String field = error.field();
        if (field == null) {
            return null;
        }
        String component = components.get(field);
        return component == null ? null : formId + ":" + component;
    }

    /** The message shown: the Persian text of the error, as summary and detail. */
    public static FacesMessage messageFor(BusinessException error) {
        String text = error.getMessage() == null ? error.code() : error.getMessage();
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }

    /** Shows the error to {@code sink} next to its field, or for the whole form. */
    public String show(BusinessException error, Sink sink) {
        String clientId = clientIdFor(error);
        sink.add(clientId, messageFor(error));
        return clientId;
    }

    /**
     * Shows the error on the current page next to its field, which is marked invalid; when the
     * form does not show that field now, the message is one of the whole form, so it is never lost.
     */
    public void show(BusinessException error) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = clientIdFor(error);
        if (clientId != null) {
            UIComponent component = faces.getViewRoot().findComponent(":" + clientId);
            if (!shown(component)) {
                clientId = null;
            } else if (component instanceof UIInput input) {
                // Shown again as typed: an invalid input renders its submitted value, so give it back.
                input.setSubmittedValue(asText(faces, input));
                input.setValid(false);
            }
        }
        faces.addMessage(clientId, messageFor(error));
        faces.validationFailed();
    }

    /** The input's value as the page shows it (through its converter, as for any render). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String asText(FacesContext faces, UIInput input) {
        Object value = input.getValue();
        if (value == null) {
            return "";
        }
        Converter converter = input.getConverter();
        if (converter == null && !(value instanceof String)) {
            converter = faces.getApplication().createConverter(value.getClass());
        }
        return converter == null ? value.toString() : converter.getAsString(faces, input, value);
    }

    private static boolean shown(UIComponent component) {
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (!c.isRendered()) {
                return false;
            }
        }
        return component != null;
    }
}
