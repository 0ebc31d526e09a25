package app.skillcurrent.web.quiz;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How quiz forms are read back, from the fields as the form binding hands them over (a plain field's value as
 * a list, dotted names nested): the exam's and renewal quiz's {@code q<i>} fields, a lesson answer's fields.
 * LearningFlowTest and RenewalTest submit the same forms over HTTP.
 */
class QuizFormsTest {

    @Test
    void aRadioGroupGivesTheChosenKeyAndCheckboxesTheTickedKeysByQuestionPosition() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("csrfToken", List.of("token"));
        fields.put("q0", List.of("b"));
        fields.put("q1", Map.of("a", "on", "c", "on"));
        fields.put("q12", "a");
        assertThat(QuizAnswersForm.fromFields(fields).answers().byQuestion())
                .containsOnly(Map.entry(0, Set.of("b")), Map.entry(1, Set.of("a", "c")), Map.entry(12, Set.of("a")));
    }

    @Test
    void namesOutsideThePatternAreIgnoredAndUnansweredQuestionsAreMissing() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("q", List.of("a"));
        fields.put("qx", List.of("a"));
        fields.put("q1234", List.of("a"));
        fields.put("choice", List.of("a"));
        fields.put("option", Map.of("a", "on"));
        assertThat(QuizAnswersForm.fromFields(fields).answers().byQuestion()).isEmpty();
        assertThat(QuizAnswersForm.fromFields(Map.of()).answers().chosen(0)).isEmpty();
    }

    @Test
    void aKeyIsPassedOnAsSentSoTheScoringRuleCanRefuseAnUnknownOne() {
        assertThat(QuizAnswersForm.fromFields(Map.of("q0", List.of("zz"))).answers().chosen(0)).containsExactly("zz");
        assertThat(QuizAnswersForm.fromFields(Map.of("q0", Map.of("zz", "on"))).answers().chosen(0)).containsExactly("zz");
    }
}
