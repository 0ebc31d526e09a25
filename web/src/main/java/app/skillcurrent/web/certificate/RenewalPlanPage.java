package app.skillcurrent.web.certificate;

import app.skillcurrent.web.view.Page;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What renewing a certificate asks for: the lessons added or changed since the certified version, to read, and
 * the quiz on them.
 *
 * @param id      the certificate's public id
 * @param version the certified version
 * @param target  the version the certificate is renewed for
 * @param removed titles of the lessons removed since the certified version
 */
record RenewalPlanPage(String id, String courseTitle, String version, String target, @Nullable String changeNote,
                       List<Lesson> lessons, List<String> removed, int questionCount, int passMark) implements Page {

    @Override
    public String view() {
        return "certificate/renew";
    }

    /**
     * @param added new in the target version, else changed
     * @param html  the lesson text rendered from Markdown, already sanitised
     */
    record Lesson(long id, String title, boolean added, String html) {
    }
}
