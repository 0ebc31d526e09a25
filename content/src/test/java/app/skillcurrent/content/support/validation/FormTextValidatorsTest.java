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

    @Introspected
    record Hours(@Nullable @DecimalNumber(maxDecimals = 2, message = "hours") String hours) {
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

    @Test
    void decimalsMayBeWrittenWithAPointOrACommaButNotAsExponents() {
        for (String typed : List.of("3", " 1.5 ", "1,5", ",25", "7.", "-2", "+0.75", "", " ")) {
            assertEquals(List.of(), problems(new Hours(typed)), typed);
        }
        for (String typed : List.of("lots", "1.5.1", "1,5,1", "1.255", "1e3", "1e-2000000000", ".", "-", "1 000", "0x10")) {
            assertEquals(List.of("hours"), problems(new Hours(typed)), typed);
        }
    }

    private static <T> List<String> problems(T sample) {
        Set<ConstraintViolation<T>> violations = validator.validate(sample);
        return violations.stream().map(ConstraintViolation::getMessage).sorted().toList();
    }
}
