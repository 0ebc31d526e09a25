package app.skillcurrent.web.view;

import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.content.support.Label;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one way a submitted form is checked. The form record's Bean Validation constraints are checked first;
 * if they hold, the action runs, and a {@link FieldRejectedException} or {@link ConstraintViolationException}
 * from the service it calls counts the same. Either way the person gets the form's page again with HTTP 422,
 * what they typed, and a translated message per wrong field ({@link FieldErrors}).
 */
@Singleton
public class Forms {

    private final Validator validator;
    private final Messages messages;
    private final RequestLocale requestLocale;

    Forms(Validator validator, Messages messages, RequestLocale requestLocale) {
        this.validator = validator;
        this.messages = messages;
        this.requestLocale = requestLocale;
    }

    /**
     * @param page   the form's page showing the given errors (called only when something is wrong)
     * @param action what a valid form does, usually a service call and a redirect
     */
    public <F> HttpResponse<?> handle(HttpRequest<?> request, F form, Function<FieldErrors, ? extends Page> page,
                                      Function<F, ? extends HttpResponse<?>> action) {
        FieldErrors errors = check(request, form);
        if (errors.any()) {
            return rejected(page.apply(errors));
        }
        try {
            return action.apply(form);
        } catch (FieldRejectedException rejected) {
            return rejected(page.apply(errors(request, rejected, form.getClass())));
        } catch (ConstraintViolationException invalid) {
            return rejected(page.apply(errors(request, invalid.getConstraintViolations(), form.getClass())));
        }
    }

    /** The form's constraint violations, translated; {@link FieldErrors#NONE} when it is valid. */
    public FieldErrors check(HttpRequest<?> request, Object form) {
        Set<ConstraintViolation<Object>> violations = validator.validate(form);
        return violations.isEmpty() ? FieldErrors.NONE : errors(request, violations, form.getClass());
    }

    public FieldErrors errors(HttpRequest<?> request, FieldRejectedException rejected) {
        return errors(request, rejected, null);
    }

    /** The rejection translated, its fields named by the labels {@code formType}'s components carry. */
    public FieldErrors errors(HttpRequest<?> request, FieldRejectedException rejected, @Nullable Class<?> formType) {
        Locale locale = requestLocale.of(request);
        List<FieldErrors.Problem> problems = new ArrayList<>();
        rejected.problems().forEach((field, key) ->
                problems.add(new FieldErrors.Problem(field, label(locale, formType, field), messages.get(locale, key))));
        return FieldErrors.of(problems);
    }

    /** The page again, with HTTP 422: the form was understood but cannot be accepted as it is. */
    public static <P extends Page> MutableHttpResponse<P> rejected(P page) {
        return HttpResponse.<P>status(HttpStatus.UNPROCESSABLE_ENTITY).body(page);
    }

    private FieldErrors errors(HttpRequest<?> request, Set<? extends ConstraintViolation<?>> violations, Class<?> formType) {
        Locale locale = requestLocale.of(request);
        List<String> order = formType.isRecord()
                ? Arrays.stream(formType.getRecordComponents()).map(RecordComponent::getName).toList()
                : List.of();
        Map<String, FieldErrors.Problem> byField = new LinkedHashMap<>();
        violations.stream()
                .sorted(Comparator.<ConstraintViolation<?>>comparingInt(v -> position(order, fieldOf(v.getPropertyPath())))
                        .thenComparing(v -> fieldOf(v.getPropertyPath()))
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> {
                    String field = fieldOf(v.getPropertyPath());
                    byField.computeIfAbsent(field, f -> new FieldErrors.Problem(f, label(locale, formType, f), messages.get(locale, v.getMessage())));
                });
        return FieldErrors.of(List.copyOf(byField.values()));
    }

    /**
     * The translated {@link Label} of the form component a field names, following a nested field
     * ({@code tasks.0.text}) through maps and lists into the record of each element; null when it has none.
     */
    private @Nullable String label(Locale locale, @Nullable Class<?> formType, String field) {
        Class<?> type = formType;
        Label label = null;
        for (String part : field.split("\\.")) {
            if (part.chars().allMatch(Character::isDigit)) {
                continue;
            }
            RecordComponent component = type == null || !type.isRecord() ? null : Arrays.stream(type.getRecordComponents())
                    .filter(c -> c.getName().equals(part)).findFirst().orElse(null);
            if (component == null) {
                break;
            }
            label = component.getAnnotation(Label.class);
            type = elementType(component.getGenericType());
        }
        return label == null ? null : messages.get(locale, label.value());
    }

    /** A record component's record, or the record of a list's or map's elements; null for anything else. */
    private static @Nullable Class<?> elementType(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isRecord() ? plain : null;
        }
        if (type instanceof ParameterizedType generic) {
            Type[] arguments = generic.getActualTypeArguments();
            return elementType(arguments[arguments.length - 1]);
        }
        return null;
    }

    private static int position(List<String> order, String field) {
        int dot = field.indexOf('.');
        int index = order.indexOf(dot < 0 ? field : field.substring(0, dot));
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /**
     * The form field a violation is about, as the form names it: the property path without the method and
     * parameter it went through, list positions as numbers ({@code tasks.0.text}).
     */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER
                    || kind == ElementKind.RETURN_VALUE || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('.').append(node.getIndex());
            }
            if (kind != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append('.').append(node.getName());
            }
        }
        return field.isEmpty() ? "" : field.substring(1);
    }
}
