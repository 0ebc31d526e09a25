package app.skillcurrent.content.topic;

import io.micronaut.context.ApplicationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** A new topic and a platform change as their forms send them: what is accepted, and how it is read. */
class TopicInputsTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

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
    void aPlatformHasNoParentAndAFeatureNamesItsPlatform() {
        assertThat(problems(NewTopic.platform("tiktok", "TikTok"))).isEmpty();
        assertThat(NewTopic.platform("tiktok", "TikTok").parentTopicId()).isNull();
        assertThat(new NewTopic("tiktok", "TikTok", "").parentTopicId()).as("the form's empty choice").isNull();
        assertThat(NewTopic.feature("tiktok-shop", "Shop", 7).parentTopicId()).isEqualTo(7L);
    }

    @Test
    void aTopicNeedsASlugAShortNameAndAParentThatIsAnId() {
        assertThat(problems(new NewTopic("", " ", "seven"))).containsOnly(entry("slug", "error.topic.slug"),
                entry("name", "error.required"), entry("parentId", "error.topic.parent"));
        assertThat(problems(new NewTopic("Bad Slug", "n".repeat(101), null))).containsOnly(entry("slug", "error.topic.slug"),
                entry("name", "error.tooLong.100"));
    }

    @Test
    void aPlatformChangeIsReadIntoItsTopicDayAndSource() {
        NewPlatformChange change = new NewPlatformChange(" 12 ", TODAY.toString(), "Checkout moved", "  https://example.com/news ");

        assertThat(problems(change)).isEmpty();
        assertThat(change.topic()).isEqualTo(12);
        assertThat(change.date()).isEqualTo(TODAY);
        assertThat(change.source()).isEqualTo("https://example.com/news");
        assertThat(NewPlatformChange.of(12, TODAY, "Checkout moved", " ").source()).as("no source given").isNull();
    }

    @Test
    void aPlatformChangeNeedsATopicADayThatHasComeASummaryAndAWebAddress() {
        assertThat(problems(new NewPlatformChange("", "", " ", null))).containsOnly(entry("topicId", "error.lesson.unknownTopic"),
                entry("changedOn", "error.date"), entry("summary", "error.required"));
        assertThat(problems(new NewPlatformChange("shop", "2026-02-30", "s".repeat(501), "ftp://example.com")))
                .containsOnly(entry("topicId", "error.lesson.unknownTopic"), entry("changedOn", "error.date"),
                        entry("summary", "error.tooLong.500"), entry("sourceUrl", "error.url"));
        assertThat(problems(NewPlatformChange.of(12, TODAY.plusDays(2), "Announced early", null)))
                .containsOnly(entry("changedOn", "error.date.future"));
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
