package app.skillcurrent.content.authoring;

import app.skillcurrent.content.revision.Level;
import io.micronaut.context.ApplicationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The shape rules of a new course and of course settings, each reported on its field with its message key. */
class CourseInputsTest {

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

    private static CourseSettings settings(String title, String slug, int passMark, Integer validMonths) {
        return new CourseSettings(title, slug, "A summary", Level.BEGINNER, "en", Set.of(), passMark, 10, 3, 90, validMonths);
    }

    @Test
    void aNewCourseInEachContentLanguageIsAccepted() {
        for (String language : Course.LANGUAGES) {
            assertThat(problems(new NewCourse("tiktok-shop-basics", "TikTok Shop basics", language))).as(language).isEmpty();
        }
    }

    @Test
    void aNewCourseNamesEachWrongFieldOnce() {
        assertThat(problems(new NewCourse("", " ", ""))).containsOnly(entry("slug", "error.required"),
                entry("title", "error.required"), entry("language", "error.locale.unsupported"));
        assertThat(problems(new NewCourse("Not A Slug!", "x".repeat(151), "fr"))).containsOnly(entry("slug", "error.course.slug"),
                entry("title", "error.tooLong.150"), entry("language", "error.locale.unsupported"));
    }

    @Test
    void settingsWithinTheirLimitsAreAccepted() {
        assertThat(problems(settings("Reels basics", "reels-basics", 1, null))).isEmpty();
        assertThat(problems(settings("x".repeat(150), "reels-basics", 100, 120))).isEmpty();
    }

    @Test
    void settingsOutsideTheirLimitsNameTheRuleTheyBreak() {
        assertThat(problems(settings("", "Reels Basics", 0, 0))).containsOnly(entry("title", "error.required"),
                entry("slug", "error.course.slug"), entry("examPassMark", "error.course.passMark"),
                entry("certificateValidMonths", "error.course.validity"));
        assertThat(problems(new CourseSettings("Reels", "reels", "s".repeat(501), null, "xx", Set.of(), 80, 101, 21, 6, null)))
                .containsOnly(entry("summary", "error.tooLong.500"), entry("level", "error.required"),
                        entry("language", "error.locale.unsupported"), entry("examQuestionCount", "error.course.questionCount"),
                        entry("examAttempts", "error.course.attempts"), entry("renewalWindowDays", "error.course.renewalWindow"));
    }

    private static <T> Map<String, String> problems(T input) {
        Map<String, String> byField = new TreeMap<>();
        for (ConstraintViolation<T> violation : validator.validate(input)) {
            byField.merge(violation.getPropertyPath().toString(), violation.getMessage(),
                    (a, b) -> a.equals(b) ? a : a + "|" + b);
        }
        return byField;
    }
}
