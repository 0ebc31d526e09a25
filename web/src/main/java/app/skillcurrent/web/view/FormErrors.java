package app.skillcurrent.web.view;

import app.skillcurrent.content.support.FieldRejectedException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * For pages still assembled as maps; typed pages use {@link Forms}. Validates a form with its Bean Validation rules and, when it is wrong, re-renders the page with HTTP 422,
 * the values entered (never passwords) and one translated message per field.
 */
@Singleton
@Deprecated(forRemoval = true)
public class FormErrors {

    private final Validator validator;
    private final Messages messages;
    private final RequestLocale requestLocale;

    FormErrors(Validator validator, Messages messages, RequestLocale requestLocale) {
        this.validator = validator;
        this.messages = messages;
        this.requestLocale = requestLocale;
    }

    /** Message keys per field, the first violation of each field only; empty when the form is valid. */
    public <T> Map<String, String> check(T form) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<ConstraintViolation<T>> violations = validator.validate(form);
        violations.stream()
                .sorted((a, b) -> a.getMessage().compareTo(b.getMessage()))
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }

    public MutableHttpResponse<ModelAndView<Map<String, Object>>> rerender(
            HttpRequest<?> request, String view, Map<String, Object> model, Map<String, String> errorKeys) {
        Map<String, String> translated = new LinkedHashMap<>();
        errorKeys.forEach((field, key) -> translated.put(field, messages.get(requestLocale.of(request), key)));
        Map<String, Object> withErrors = new HashMap<>(model);
        withErrors.put("errors", FieldErrors.of(translated));
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>(view, withErrors));
    }

    public MutableHttpResponse<ModelAndView<Map<String, Object>>> rerender(
            HttpRequest<?> request, String view, Map<String, Object> model, FieldRejectedException rejected) {
        return rerender(request, view, model, rejected.problems());
    }
}
