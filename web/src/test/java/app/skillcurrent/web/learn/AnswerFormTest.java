package app.skillcurrent.web.learn;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How a lesson's quiz answer is read from its form. */
class AnswerFormTest {

    @Test
    void aLessonAnswerIsTheChoiceOfARadioGroupOrTheTickedCheckboxes() {
        assertThat(AnswerForm.of("b", null).chosen()).containsExactly("b");
        assertThat(AnswerForm.of(null, Map.of("a", "on", "c", "on")).chosen()).containsExactlyInAnyOrder("a", "c");
        assertThat(AnswerForm.of(null, null).chosen()).as("nothing chosen").isEmpty();
    }
}
