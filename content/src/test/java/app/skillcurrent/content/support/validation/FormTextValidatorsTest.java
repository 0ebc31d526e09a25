package app.skillcurrent.content.support.validation;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormTextValidatorsTest {

    @Introspected
    record Sample(@Nullable @WholeNumber(min = 1, max = 500, message = "seats") String seats,
                  @Nullable @IsoDate(message = "due") String due,
                  @Nullable @OneOf(value = {"WEEK", "MONTH"}, message = "period") String period) {
    }

    private static ApplicationContext context;
    private static Validator validator;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run();
        validator = context.getBean(Validator.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void acceptsWellFormedTextAndLeavesEmptyTextToNotBlank() {
        assertEquals(List.of(), problems(new Sample("1", "2026-12-03", "WEEK")));
        assertEquals(List.of(), problems(new Sample(" 500 ", "9999-12-31", "MONTH")));
        assertEquals(List.of(), problems(new Sample(null, null, null)));
        assertEquals(List.of(), problems(new Sample("", " ", "")));
    }

    @Test
    void refusesEachFieldWithItsOwnMessage() {
        assertEquals(List.of("seats"), problems(new Sample("0", null, null)));
        assertEquals(List.of("seats"), problems(new Sample("501", null, null)));
        assertEquals(List.of("seats"), problems(new Sample("1.5", null, null)));
        assertEquals(List.of("seats"), problems(new Sample("99999999999999999999", null, null)));
        assertEquals(List.of("due"), problems(new Sample(null, "2026-02-30", null)));
        assertEquals(List.of("due"), problems(new Sample(null, "-999999999-01-01", null)));
        assertEquals(List.of("due"), problems(new Sample(null, "0000-01-01", null)));
        assertEquals(List.of("period"), problems(new Sample(null, null, "week")));
    }

    private static List<String> problems(Sample sample) {
        Set<ConstraintViolation<Sample>> violations = validator.validate(sample);
        return violations.stream().map(ConstraintViolation::getMessage).sorted().toList();
    }
}
