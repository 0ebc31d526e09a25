package app.skillcurrent.web.content;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.content.fixture.ContentFixtures.Published;
import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.topic.NewPlatformChange;
import app.skillcurrent.content.topic.NewTopic;
import app.skillcurrent.content.topic.PlatformChanges;
import app.skillcurrent.content.topic.Topic;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.Role;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The instructor's pages over real HTTP, as a browser uses them, read as a person reads them. Not
 * transactional: the server's threads must see what the test sets up.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstructorPagesTest implements DatabaseTest {

    @Inject
    CoreFixtures fixtures;
    @Inject
    ContentFixtures courses;
    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;
    @Inject
    Publishing publishing;
    @Inject
    Topics topics;
    @Inject
    PlatformChanges platformChanges;

    private WebSession signedIn(Role... roles) {
        return Accounts.signedIn(server.getURI(), fixtures.account(roles));
    }

    private static Document page(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static int draftVersion(Document page) {
        Element field = page.selectFirst("input[name=draftVersion]");
        assertThat(field).as("the page carries a draft version").isNotNull();
        return Integer.parseInt(field.val());
    }

    /** The message shown next to a field (the element the field's {@code aria-describedby} names). */
    private static String fieldError(Document page, String field) {
        Element error = page.getElementById(field + "-error");
        assertThat(error).as("a message next to %s in %s", field, page.select("main").text()).isNotNull();
        return error.text();
    }

    /** The error summary above the form: each message and the field its link leads to. */
    private static List<org.assertj.core.groups.Tuple> summary(Document page) {
        return page.select(".error-summary li a").stream().map(a -> tuple(a.attr("href"), a.text())).toList();
    }

    private static String flash(Document page) {
        Element flash = page.selectFirst(".flash");
        return flash == null ? "" : flash.text();
    }

    private static Map<String, String> settings(String title, String slug) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("title", title);
        settings.put("slug", slug);
        settings.put("summary", "Learn it properly");
        settings.put("level", "BEGINNER");
        settings.put("language", "en");
        settings.put("examPassMark", "80");
        settings.put("examQuestionCount", "1");
        settings.put("examAttempts", "3");
        settings.put("renewalWindowDays", "90");
        settings.put("certificateValidMonths", "");
        return settings;
    }

    /** Creates a course through the form and lets its exam draw one question, so one quiz question suffices. */
    private String createCourse(WebSession session, String title) {
        String slug = ContentFixtures.unique("web-course");
        session.get("/teach");
        HttpResponse<String> created = session.post("/teach/courses", Map.of("slug", slug, "title", title, "language", "en"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        assertThat(location(created)).isEqualTo("/teach/courses/" + slug);

        Map<String, String> settings = settings(title, slug);
        settings.put("draftVersion", String.valueOf(draftVersion(page(session.get("/teach/courses/" + slug)))));
        HttpResponse<String> saved = session.post("/teach/courses/" + slug + "/settings", settings);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        return slug;
    }

    private long addLesson(WebSession session, String slug, String title) {
        session.get("/teach/courses/" + slug);
        HttpResponse<String> added = session.post("/teach/courses/" + slug + "/lessons", Map.of("newLessonTitle", title));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
        assertThat(location(added)).matches("/teach/courses/" + slug + "/lessons/\\d+");
        return Long.parseLong(location(added).substring(location(added).lastIndexOf('/') + 1));
    }

    private Map<String, String> lessonForm(String title, String body, int draftVersion, String action) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("minutes", "12");
        form.put("body", body);
        form.put("tasks.0.kind", "REFLECTION");
        form.put("tasks.0.text", "Write down your three best posting times");
        form.put("questions.0.prompt", "Where do buyers pay?");
        form.put("questions.0.options.0.text", "Inside the app");
        form.put("questions.0.options.0.correct", "on");
        form.put("questions.0.options.1.text", "On a separate website");
        form.put("questions.0.explanation", "Checkout moved into the app");
        form.put("topics", String.valueOf(shopTopicId()));
        form.put("draftVersion", String.valueOf(draftVersion));
        form.put("action", action);
        return form;
    }

    private long shopTopicId() {
        return topics.bySlug("tiktok-shop").orElseThrow().id();
    }

    private HttpResponse<String> saveLesson(WebSession session, String slug, long lessonId, String title, String body) {
        String editor = "/teach/courses/" + slug + "/lessons/" + lessonId;
        int version = draftVersion(page(session.get(editor)));
        return session.post(editor, lessonForm(title, body, version, "save"));
    }

    private HttpResponse<String> publish(WebSession session, String slug, Map<String, String> form) {
        session.get("/teach/courses/" + slug);
        return session.post("/teach/courses/" + slug + "/publish", form);
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        WebSession visitor = new WebSession(server.getURI());
        for (String path : List.of("/teach", "/teach/courses/anything", "/teach/review", "/teach/platform-changes", "/admin/topics")) {
            HttpResponse<String> response = visitor.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(303);
            assertThat(location(response)).as(path).endsWith("/signin");
        }
    }

    @Test
    void aLearnerWithoutARoleIsNotAllowedIntoTheInstructorPages() {
        WebSession learner = new WebSession(server.getURI());
        Accounts.signUp(learner, ContentFixtures.unique("learner") + "@example.com", "Lee", "en");

        HttpResponse<String> list = learner.get("/teach");
        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(page(list).select(".error-page p").eachText()).contains("You do not have access to this page.");
        assertThat(learner.get("/teach/courses/x").statusCode()).isEqualTo(403);
        assertThat(learner.get("/teach/review").statusCode()).isEqualTo(403);
        learner.get("/");
        assertThat(learner.post("/teach/courses", Map.of("slug", "sneaky", "title", "Sneaky", "language", "en")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void anInstructorCreatesACourseAndFindsItInTheirList() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "Selling on TikTok Shop");

        Document course = page(instructor.get("/teach/courses/" + slug));
        assertThat(flash(course)).isEqualTo("The course settings are saved.");
        assertThat(course.select("h1").text()).isEqualTo("Selling on TikTok Shop");
        assertThat(course.select("section[aria-labelledby=publish] p").eachText()).contains("This will be version 1.0.");
        assertThat(course.select("section[aria-labelledby=lessons] .empty-state").text()).isEqualTo("No lessons yet.");

        Document list = page(instructor.get("/teach"));
        assertThat(list.select("table.data-table tbody tr")).extracting(
                        row -> row.select("td a").attr("href"), row -> row.select("td").get(0).text(), row -> row.select("td").get(1).text())
                .containsExactly(tuple("/teach/courses/" + slug, "Selling on TikTok Shop", "draft only"));
    }

    @Test
    void theNewCourseFormOffersTheThreeContentLanguagesAndExplainsTheAddress() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        Document list = page(instructor.get("/teach"));

        assertThat(list.select("select#language option")).extracting(Element::val, Element::text, e -> e.hasAttr("selected"))
                .containsExactly(tuple("en", "English", true), tuple("de", "Deutsch", false), tuple("da", "dansk", false));
        assertThat(list.select("section[aria-labelledby=new-course-heading] label")).extracting(Element::text)
                .containsExactly("Title", "Short name for the address", "Language of the course");
        assertThat(list.select("#slug-hint").text()).isEqualTo("Lower-case letters, digits and hyphens, for example tiktok-shop-basics.");
    }

    @Test
    void aTakenOrMalformedAddressIsRefusedNextToTheField() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "First course");

        instructor.get("/teach");
        HttpResponse<String> taken = instructor.post("/teach/courses", Map.of("slug", slug, "title", "Copy", "language", "en"));
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(fieldError(page(taken), "slug")).isEqualTo("Another course already uses this address.");
        assertThat(page(taken).select("input#title").val()).as("what was typed is kept").isEqualTo("Copy");
        assertThat(summary(page(taken))).containsExactly(tuple("#slug", "Short name for the address: Another course already uses this address."));

        HttpResponse<String> malformed = instructor.post("/teach/courses",
                Map.of("slug", "Not A Slug!", "title", " ", "language", "fr"));
        assertThat(malformed.statusCode()).isEqualTo(422);
        assertThat(summary(page(malformed))).as("every wrong field at once, in the form's order").containsExactly(
                tuple("#slug", "Short name for the address: Use lower-case letters, digits and single hyphens, like tiktok-shop-basics."),
                tuple("#title", "Title: This field is required."),
                tuple("#language", "Language of the course: Choose English, Deutsch or dansk."));
        assertThat(page(malformed).select("input#slug").val()).isEqualTo("Not A Slug!");
    }

    @Test
    void courseSettingsThatCannotBeReadOrBreakTheRulesAreRefusedNextToEachField() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "Settings course");
        Document loaded = page(instructor.get("/teach/courses/" + slug));

        Map<String, String> unreadable = settings("Settings course", slug);
        unreadable.put("examPassMark", "eighty");
        unreadable.put("level", "EXPERT");
        unreadable.put("draftVersion", String.valueOf(draftVersion(loaded)));
        HttpResponse<String> wrong = instructor.post("/teach/courses/" + slug + "/settings", unreadable);
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(summary(page(wrong))).containsExactly(tuple("#level", "Level: This field is required."),
                tuple("#examPassMark", "Pass mark (%): Enter a whole number."));
        assertThat(page(wrong).select("input#examPassMark").val()).as("shown as typed").isEqualTo("eighty");

        Map<String, String> outOfRange = settings("", slug);
        outOfRange.put("examPassMark", "150");
        outOfRange.put("certificateValidMonths", "0");
        outOfRange.put("draftVersion", String.valueOf(draftVersion(loaded)));
        HttpResponse<String> refused = instructor.post("/teach/courses/" + slug + "/settings", outOfRange);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(fieldError(page(refused), "title")).isEqualTo("This field is required.");
        assertThat(fieldError(page(refused), "examPassMark")).isEqualTo("Enter a pass mark between 1 and 100 percent.");
        assertThat(fieldError(page(refused), "certificateValidMonths")).isEqualTo("Enter between 1 and 120 months, or leave empty.");
        assertThat(page(instructor.get("/teach/courses/" + slug)).select("h1").text()).as("nothing was saved")
                .isEqualTo("Settings course");
    }

    @Test
    void theSettingsListEveryTopicPlatformsBeforeTheirFeaturesAndKeepTheCheckedOnes() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "Topic course");
        Document loaded = page(instructor.get("/teach/courses/" + slug));

        List<String> labels = loaded.select("fieldset#topics label").eachText();
        assertThat(labels).hasSize(topics.all().size()).contains("TikTok", "TikTok › Shop");
        assertThat(labels.indexOf("TikTok")).as("the platform before its feature").isLessThan(labels.indexOf("TikTok › Shop"));
        assertThat(loaded.select("select#level option")).extracting(Element::val, Element::text)
                .containsExactly(tuple("BEGINNER", "Beginner"), tuple("INTERMEDIATE", "Intermediate"), tuple("ADVANCED", "Advanced"));

        Map<String, String> withTopic = settings("Topic course", slug);
        withTopic.put("topics", String.valueOf(shopTopicId()));
        withTopic.put("draftVersion", String.valueOf(draftVersion(loaded)));
        assertThat(instructor.post("/teach/courses/" + slug + "/settings", withTopic).statusCode()).isEqualTo(303);

        assertThat(page(instructor.get("/teach/courses/" + slug)).select("fieldset#topics input[checked]"))
                .extracting(e -> e.parent().text()).containsExactly("TikTok › Shop");
    }

    @Test
    void settingsSavedOverSomeoneElsesNewerSaveAreShownAgainWithTheirVersion() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "Shared settings");
        int loaded = draftVersion(page(instructor.get("/teach/courses/" + slug)));

        Map<String, String> first = settings("Saved in the other tab", slug);
        first.put("draftVersion", String.valueOf(loaded));
        assertThat(instructor.post("/teach/courses/" + slug + "/settings", first).statusCode()).isEqualTo(303);
        Map<String, String> stale = settings("Typed in this tab", slug);
        stale.put("draftVersion", String.valueOf(loaded));
        HttpResponse<String> conflict = instructor.post("/teach/courses/" + slug + "/settings", stale);

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(page(conflict).select(".error-summary").text())
                .isEqualTo("Someone else saved these settings while you were editing. Your entries are below; check them and save again.");
        assertThat(page(conflict).select("h1").text()).as("the course as it is now").isEqualTo("Saved in the other tab");
        assertThat(page(conflict).select("input#title").val()).as("this editor's entry").isEqualTo("Typed in this tab");
        assertThat(draftVersion(page(conflict))).as("saving again goes over the newer settings").isEqualTo(loaded + 1);
    }

    @Test
    void lessonsAreAddedMovedAndRemovedInTheDraftOrder() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "Ordered course");
        long first = addLesson(instructor, slug, "First lesson");
        long second = addLesson(instructor, slug, "Second lesson");

        instructor.get("/teach/courses/" + slug);
        HttpResponse<String> blank = instructor.post("/teach/courses/" + slug + "/lessons", Map.of("newLessonTitle", " "));
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(fieldError(page(blank), "newLessonTitle")).isEqualTo("This field is required.");
        assertThat(page(blank).getElementById("title-error")).as("not shown at the course's own title").isNull();

        HttpResponse<String> moved = instructor.post("/teach/courses/" + slug + "/lessons/" + second + "/move", Map.of("direction", "up"));
        assertThat(moved.statusCode()).isEqualTo(303);
        assertThat(location(moved)).isEqualTo("/teach/courses/" + slug + "#lessons");
        Document course = page(instructor.get("/teach/courses/" + slug));
        assertThat(course.select("ol.lesson-order > li > a")).extracting(Element::text).containsExactly("Second lesson", "First lesson");
        assertThat(course.select("ol.lesson-order > li").get(0).select("button").eachText())
                .as("the first lesson can only move down").containsExactly("Move down: Second lesson");

        Document confirm = page(instructor.get("/teach/courses/" + slug + "/lessons/" + first + "/remove"));
        assertThat(confirm.select("main p").first().text()).startsWith("“First lesson” will leave the draft.");
        HttpResponse<String> removed = instructor.post("/teach/courses/" + slug + "/lessons/" + first + "/remove", Map.of());
        assertThat(removed.statusCode()).isEqualTo(303);
        Document after = page(instructor.get("/teach/courses/" + slug));
        assertThat(flash(after)).isEqualTo("The lesson is removed from the draft.");
        assertThat(after.select("ol.lesson-order > li > a")).extracting(Element::text).containsExactly("Second lesson");
    }

    @Test
    void aSavedLessonShowsEverythingEnteredWhenReloaded() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "Lesson course");
        long lessonId = addLesson(instructor, slug, "Checkout basics");
        String editor = "/teach/courses/" + slug + "/lessons/" + lessonId;

        HttpResponse<String> saved = saveLesson(instructor, slug, lessonId, "Checkout in the app", "Buyers now pay without leaving the app.");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(location(saved)).isEqualTo(editor);

        Document page = page(instructor.get(editor));
        assertThat(flash(page)).isEqualTo("The lesson draft is saved.");
        assertThat(page.select("input#title").val()).isEqualTo("Checkout in the app");
        assertThat(page.select("input#minutes").val()).isEqualTo("12");
        assertThat(page.select("textarea#body").text()).isEqualTo("Buyers now pay without leaving the app.");
        assertThat(page.select("select#task0-kind option[selected]").val()).isEqualTo("REFLECTION");
        assertThat(page.select("input#task0-text").val()).isEqualTo("Write down your three best posting times");
        assertThat(page.select("input#q0-prompt").val()).isEqualTo("Where do buyers pay?");
        assertThat(page.select("fieldset#q0 .option-row")).as("each option's text and whether it is marked correct")
                .extracting(row -> row.select("input[id]").val(), row -> row.select("input[type=checkbox]").hasAttr("checked"))
                .containsExactly(tuple("Inside the app", true), tuple("On a separate website", false), tuple("", false),
                        tuple("", false), tuple("", false));
        assertThat(page.select("input#q0-explanation").val()).isEqualTo("Checkout moved into the app");
        assertThat(page.select("fieldset#topics input[checked]")).extracting(e -> e.parent().text()).containsExactly("TikTok › Shop");
        assertThat(page.select("fieldset.question > legend")).extracting(Element::text)
                .as("the saved question and a spare one").containsExactly("Question 1", "Add a question");
    }

    @Test
    void aQuestionMarkedForDeletionLeavesTheLessonAndTheOthersKeepTheirKeys() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "Quiz course");
        long lessonId = addLesson(instructor, slug, "Quiz lesson");
        String editor = "/teach/courses/" + slug + "/lessons/" + lessonId;
        Map<String, String> twoQuestions = lessonForm("Quiz lesson", "Text", draftVersion(page(instructor.get(editor))), "save");
        twoQuestions.put("questions.1.prompt", "Who pays the fee?");
        twoQuestions.put("questions.1.options.0.text", "The seller");
        twoQuestions.put("questions.1.options.0.correct", "on");
        twoQuestions.put("questions.1.options.1.text", "The buyer");
        twoQuestions.put("questions.1.explanation", "The platform charges the seller.");
        assertThat(instructor.post(editor, twoQuestions).statusCode()).isEqualTo(303);
        Document saved = page(instructor.get(editor));
        String keptKey = saved.select("input[name='questions.1.key']").val();
        assertThat(keptKey).as("a new question gets a key of its own").isNotBlank();

        Map<String, String> deleteFirst = new LinkedHashMap<>(twoQuestions);
        deleteFirst.put("draftVersion", String.valueOf(draftVersion(saved)));
        deleteFirst.put("questions.0.key", saved.select("input[name='questions.0.key']").val());
        deleteFirst.put("questions.0.delete", "on");
        deleteFirst.put("questions.1.key", keptKey);
        assertThat(instructor.post(editor, deleteFirst).statusCode()).isEqualTo(303);

        Document after = page(instructor.get(editor));
        assertThat(after.select("fieldset.question:not(.question-new) input[id$=-prompt]")).extracting(Element::val)
                .containsExactly("Who pays the fee?");
        assertThat(after.select("input[name='questions.0.key']").val()).as("the question keeps its key").isEqualTo(keptKey);
    }

    @Test
    void slotsSentOutOfOrderAreReadInTheOrderOfTheirNumbers() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "Slot course");
        long lessonId = addLesson(instructor, slug, "Slot lesson");
        String editor = "/teach/courses/" + slug + "/lessons/" + lessonId;
        Map<String, String> form = new LinkedHashMap<>();
        form.put("tasks.3.text", "Fourth slot");
        form.put("tasks.12.text", "No slot the editor offers");
        form.putAll(lessonForm("Slot lesson", "Text", draftVersion(page(instructor.get(editor))), "save"));
        form.put("tasks.1.text", "Second slot");

        assertThat(instructor.post(editor, form).statusCode()).isEqualTo(303);
        assertThat(page(instructor.get(editor)).select(".task-row input[id$=-text]")).extracting(Element::val)
                .containsExactly("Write down your three best posting times", "Second slot", "Fourth slot", "");
    }

    @Test
    void previewRendersSafeMarkdownWithoutSaving() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "Preview course");
        long lessonId = addLesson(instructor, slug, "Preview lesson");
        saveLesson(instructor, slug, lessonId, "Preview lesson", "The saved text.");
        String editor = "/teach/courses/" + slug + "/lessons/" + lessonId;

        int version = draftVersion(page(instructor.get(editor)));
        HttpResponse<String> preview = instructor.post(editor, lessonForm("Preview lesson",
                "This is **bold**.\n\n<script>alert(1)</script>", version, "preview"));

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(page(preview).select(".preview .lesson-body strong").text()).isEqualTo("bold");
        assertThat(page(preview).select(".preview script")).as("the script is shown as text, never run").isEmpty();
        assertThat(preview.body()).doesNotContain("<script>alert");
        assertThat(page(preview).select("textarea#body").text()).startsWith("This is **bold**.");
        assertThat(page(instructor.get(editor)).select("textarea#body").text()).as("a preview saves nothing").isEqualTo("The saved text.");
    }

    @Test
    void aLessonTextOverTwoHundredKilobytesIsRefusedNextToTheField() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "Long course");
        long lessonId = addLesson(instructor, slug, "Long lesson");

        HttpResponse<String> tooLong = saveLesson(instructor, slug, lessonId, "Long lesson", "a".repeat(200 * 1024 + 1));

        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(fieldError(page(tooLong), "body")).as("shown next to the text")
                .isEqualTo("The lesson text is larger than 200 KB. Split it into two lessons.");
        assertThat(summary(page(tooLong))).containsExactly(tuple("#body", "Lesson text (Markdown): The lesson text is larger than 200 KB. Split it into two lessons."));
    }

    @Test
    void minutesThatAreNoNumberAndAQuestionWithoutACorrectAnswerAreShownWhereTheyWereTyped() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "Checked course");
        long lessonId = addLesson(instructor, slug, "Checked lesson");
        String editor = "/teach/courses/" + slug + "/lessons/" + lessonId;
        int version = draftVersion(page(instructor.get(editor)));

        Map<String, String> noNumber = lessonForm("Checked lesson", "Text", version, "preview");
        noNumber.put("minutes", "ten");
        HttpResponse<String> minutes = instructor.post(editor, noNumber);
        assertThat(minutes.statusCode()).isEqualTo(422);
        assertThat(fieldError(page(minutes), "minutes")).isEqualTo("Enter the minutes the lesson takes (1 to 600).");
        assertThat(page(minutes).select("input#minutes").val()).as("shown as typed").isEqualTo("ten");
        assertThat(page(minutes).select(".preview")).as("no preview of a form that cannot be read").isEmpty();

        Map<String, String> noCorrect = lessonForm("Checked lesson", "Text", version, "save");
        noCorrect.remove("questions.0.options.0.correct");
        HttpResponse<String> quiz = instructor.post(editor, noCorrect);
        assertThat(quiz.statusCode()).isEqualTo(422);
        assertThat(fieldError(page(quiz), "q0")).isEqualTo("Question 1: Mark at least one answer option as correct.");
        assertThat(summary(page(quiz))).containsExactly(tuple("#q0", "Mark at least one answer option as correct."));
        assertThat(page(quiz).getElementById("q0")).as("the summary's link lands on the question").isNotNull();
    }

    @Test
    void savingOverSomeoneElsesNewerSaveShowsBothTextsAndKeepsTheirs() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "Conflict course");
        long lessonId = addLesson(instructor, slug, "Shared lesson");
        String editor = "/teach/courses/" + slug + "/lessons/" + lessonId;
        int loaded = draftVersion(page(instructor.get(editor)));

        assertThat(instructor.post(editor, lessonForm("Shared lesson", "Text from the other tab", loaded, "save")).statusCode())
                .isEqualTo(303);
        HttpResponse<String> stale = instructor.post(editor, lessonForm("Shared lesson", "Text from this tab", loaded, "save"));

        assertThat(stale.statusCode()).isEqualTo(409);
        Document conflict = page(stale);
        assertThat(conflict.select(".conflict h2").text()).isEqualTo("Someone else saved this lesson while you were editing");
        assertThat(conflict.select(".conflict pre.diff").eachText()).as("their saved text beside this editor's")
                .containsExactly("Text from the other tab", "Text from this tab");
        assertThat(conflict.select("textarea#body").text()).as("this editor's text stays in the form").isEqualTo("Text from this tab");
        assertThat(draftVersion(conflict)).as("saving again from the conflict page goes over the newer draft").isEqualTo(loaded + 1);
        assertThat(page(instructor.get(editor)).select("textarea#body").text()).as("the stale save wrote nothing")
                .isEqualTo("Text from the other tab");
    }

    @Test
    void publishingMakesTheCoursePublicAndASecondPublishWithoutChangesIsRefused() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        WebSession visitor = new WebSession(server.getURI());
        String slug = createCourse(instructor, "Published course");
        long lessonId = addLesson(instructor, slug, "First lesson");
        saveLesson(instructor, slug, lessonId, "First lesson", "Published words.");

        assertThat(page(visitor.get("/courses")).text()).as("not listed before publishing").doesNotContain("Published course");
        assertThat(visitor.get("/courses/" + slug).statusCode()).as("no public page before publishing").isEqualTo(404);

        HttpResponse<String> published = publish(instructor, slug, Map.of("changeNote", "First version"));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
        assertThat(location(published)).isEqualTo("/teach/courses/" + slug + "/history?published=1.0");

        Document catalogue = page(visitor.get("/courses"));
        assertThat(catalogue.select("a[href=/courses/" + slug + "]").text()).isEqualTo("Published course");
        assertThat(catalogue.select("li.card:has(a[href=/courses/" + slug + "]) dt:containsOwn(Version) + dd").text())
                .as("the course's card names its version").isEqualTo("1.0");
        Document coursePage = page(visitor.get("/courses/" + slug));
        assertThat(coursePage.select("ol.outline .outline-title")).extracting(Element::text).containsExactly("First lesson");
        assertThat(coursePage.select("section[aria-labelledby=changelog-heading] li p")).extracting(Element::text)
                .as("the change note is in the public changelog").containsExactly("First version");

        Document course = page(instructor.get("/teach/courses/" + slug));
        assertThat(course.select("fieldset#severity label")).extracting(Element::text)
                .containsExactly("Minor (1.1): wording, fixes, examples. Certificates stay valid.",
                        "Major (2.0): a platform behaviour changed. Certificate holders are asked to renew.");
        HttpResponse<String> again = publish(instructor, slug, Map.of("changeNote", "Nothing really", "severity", "MINOR"));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(fieldError(page(again), "draft")).isEqualTo("Nothing has changed since the current version, so there is nothing to publish.");
        assertThat(page(again).select("textarea#changeNote").text()).isEqualTo("Nothing really");
        assertThat(page(again).select("input[name=severity][value=MINOR]").hasAttr("checked")).as("the choice is kept").isTrue();
    }

    @Test
    void aDraftThatCannotBePublishedSaysWhyAboveTheLessons() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "Unready course");

        HttpResponse<String> noLessons = publish(instructor, slug, Map.of("changeNote", " "));
        assertThat(noLessons.statusCode()).isEqualTo(422);
        assertThat(summary(page(noLessons))).containsExactly(tuple("#changeNote", "Change note for learners: This field is required."),
                tuple("#lessons", "Add at least one lesson before publishing."));

        addLesson(instructor, slug, "Empty lesson");
        HttpResponse<String> emptyLesson = publish(instructor, slug, Map.of("changeNote", "First version"));
        assertThat(emptyLesson.statusCode()).isEqualTo(422);
        assertThat(fieldError(page(emptyLesson), "lessons")).as("the lesson without a text, once, above the list")
                .isEqualTo("This field is required.");
    }

    @Test
    void draftChangesStayOffThePublicPagesUntilTheyArePublished() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        WebSession visitor = new WebSession(server.getURI());
        String slug = createCourse(instructor, "Draft course");
        long lessonId = addLesson(instructor, slug, "Public lesson");
        saveLesson(instructor, slug, lessonId, "Public lesson", "Public words.");
        publish(instructor, slug, Map.of("changeNote", "First version"));

        saveLesson(instructor, slug, lessonId, "Unfinished rewrite", "Half-written words.");
        long draftOnly = addLesson(instructor, slug, "Lesson not yet published");

        Document coursePage = page(visitor.get("/courses/" + slug));
        assertThat(coursePage.select("ol.outline .outline-title")).extracting(Element::text)
                .as("the published outline; lesson %d is only in the draft", draftOnly).containsExactly("Public lesson");
        assertThat(coursePage.text()).as("nothing of the draft anywhere on the public page")
                .doesNotContain("Unfinished rewrite", "Half-written words.", "Lesson not yet published");
        assertThat(page(visitor.get("/courses")).text()).doesNotContain("Unfinished rewrite");
        assertThat(page(instructor.get("/teach/courses/" + slug)).select("ol.lesson-order > li"))
                .extracting(li -> li.select("a").first().text(), li -> li.select(".badge").text())
                .as("the instructor sees which lessons are new in the draft")
                .containsExactly(tuple("Unfinished rewrite", ""), tuple("Lesson not yet published", "new since the last version"));
    }

    @Test
    void theHistoryListsVersionsNewestFirstAndRestoringPutsTheOldTextBackInTheDraft() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "Versioned course");
        long lessonId = addLesson(instructor, slug, "Versioned lesson");
        saveLesson(instructor, slug, lessonId, "Versioned lesson", "The first words.");
        publish(instructor, slug, Map.of("changeNote", "First version"));
        saveLesson(instructor, slug, lessonId, "Versioned lesson", "The second words.");
        publish(instructor, slug, Map.of("changeNote", "Second thoughts", "severity", "MINOR"));

        Document history = page(instructor.get("/teach/courses/" + slug + "/history"));
        assertThat(flash(history)).isEqualTo("The new version is published.");
        assertThat(history.select("ol.timeline > li")).extracting(li -> li.select("h2").text(), li -> li.select("p:not(.meta)").text())
                .containsExactly(tuple("Version 1.1 minor current", "Second thoughts"), tuple("Version 1.0 major", "First version"));
        assertThat(history.select("ol.timeline button")).extracting(Element::text)
                .as("only old versions can be restored").containsExactly("Restore 1.0 into the draft");

        Document changes = page(instructor.get(history.select("a:contains(What changed since 1.0)").attr("href")));
        assertThat(changes.select(".changelog li a")).extracting(Element::text).containsExactly("Versioned lesson");
        Document diff = page(instructor.get(changes.select(".changelog li a").attr("href")));
        assertThat(diff.select("pre.diff del").eachText()).contains("first");
        assertThat(diff.select("pre.diff ins").eachText()).contains("second");

        Document lessonHistory = page(instructor.get("/teach/courses/" + slug + "/lessons/" + lessonId + "/history"));
        assertThat(lessonHistory.select("table.data-table tbody tr")).extracting(tr -> tr.select("td").get(0).text(), tr -> tr.select("td a").text())
                .as("the newest first, each compared with the one before")
                .containsExactly(tuple("2", "Changes since revision 1"), tuple("1", ""));

        instructor.get("/teach/courses/" + slug + "/history");
        HttpResponse<String> restored = instructor.post("/teach/courses/" + slug + "/restore", Map.of("version", "1.0"));
        assertThat(restored.statusCode()).isEqualTo(303);
        assertThat(flash(page(instructor.get("/teach/courses/" + slug))))
                .isEqualTo("The old version is in the draft now. Publish it to make it current.");
        assertThat(page(instructor.get("/teach/courses/" + slug + "/lessons/" + lessonId)).select("textarea#body").text())
                .isEqualTo("The first words.");
        assertThat(instructor.post("/teach/courses/" + slug + "/restore", Map.of("version", "9.9")).statusCode()).isEqualTo(404);
    }

    @Test
    void anInstructorOfAnotherCourseIsNotAllowedIntoThisOne() {
        WebSession owner = signedIn(Role.INSTRUCTOR);
        WebSession stranger = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(owner, "Private course");
        long lessonId = addLesson(owner, slug, "Private lesson");
        String editor = "/teach/courses/" + slug + "/lessons/" + lessonId;

        assertThat(stranger.get("/teach/courses/" + slug).statusCode()).isEqualTo(403);
        assertThat(stranger.get(editor).statusCode()).isEqualTo(403);
        assertThat(stranger.get("/teach/courses/" + slug + "/history").statusCode()).isEqualTo(403);
        stranger.get("/teach");
        assertThat(stranger.post(editor, lessonForm("Taken over", "Stranger's words", 1, "save")).statusCode()).isEqualTo(403);
        assertThat(stranger.post("/teach/courses/" + slug + "/publish", Map.of("changeNote", "Hijack")).statusCode()).isEqualTo(403);
        assertThat(stranger.post("/teach/courses/" + slug + "/settings", settings("Hijacked", slug)).statusCode()).isEqualTo(403);
        assertThat(page(stranger.get("/teach")).text()).as("not in the stranger's list either").doesNotContain("Private course");
        assertThat(page(owner.get(editor)).select("input#title").val()).as("the owner's lesson is untouched").isEqualTo("Private lesson");
    }

    @Test
    void theReviewQueueNamesEachLessonAndTopicAndMarkingOneReviewedTakesItOff() {
        Account account = fixtures.account("reviewer");
        accounts.grantRole(account.id(), Role.INSTRUCTOR);
        Editor editor = new Editor(account.id(), true, false);
        Editor admin = fixtures.admin();
        Topic platform = topics.create(admin, NewTopic.platform(ContentFixtures.unique("platform"), "Queue platform"));
        Topic feature = topics.create(admin, NewTopic.feature(ContentFixtures.unique("feature"), "Live", platform.id()));
        Course course = courses.course(editor);
        LessonContent content = ContentFixtures.content("Going live", "Press the button.", Set.of(feature.id()),
                List.of(ContentFixtures.question("q1", "Which button?")));
        courses.lesson(editor, course, content);
        publishing.publishAsOf(editor, course.slug(), null, "First version", Instant.now().minus(Duration.ofDays(30)));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        platformChanges.record(editor, NewPlatformChange.of(feature.id(), today, "Live moved to the menu", null));
        WebSession instructor = Accounts.signedIn(server.getURI(), account);

        Document queue = page(instructor.get("/teach/review"));
        assertThat(queue.select("table.data-table thead th")).extracting(Element::text).hasSize(6);
        assertThat(queue.select("table.data-table tbody tr"))
                .extracting(tr -> tr.select("td").get(0).text(), tr -> tr.select("td").get(1).text(),
                        tr -> tr.select("td").get(2).text(), tr -> tr.select("td").get(4).text())
                .containsExactly(tuple(course.title(), "Going live", "Queue platform › Live", today.toString()));
        assertThat(page(instructor.get("/teach")).select("table.data-table tbody tr td .badge-warn").eachText())
                .containsExactly("1 lesson needs review");

        Element button = queue.selectFirst("form[action=/teach/review]");
        HttpResponse<String> reviewed = instructor.post("/teach/review", Map.of(
                "lessonRevisionId", button.select("input[name=lessonRevisionId]").val(),
                "topicId", button.select("input[name=topicId]").val()));
        assertThat(reviewed.statusCode()).isEqualTo(303);
        Document after = page(instructor.get("/teach/review"));
        assertThat(flash(after)).isEqualTo("Recorded: reviewed and still correct.");
        assertThat(after.select("table.data-table")).isEmpty();
        assertThat(after.select(".empty-state").text()).isNotBlank();
    }

    @Test
    void aPlatformChangeWithAFutureDateNoSummaryOrABadAddressIsRefused() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String topicId = String.valueOf(shopTopicId());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        Document form = page(instructor.get("/teach/platform-changes"));
        assertThat(form.select("select#topicId option").eachText()).hasSize(topics.all().size()).contains("TikTok", "TikTok › Shop");
        HttpResponse<String> wrong = instructor.post("/teach/platform-changes", Map.of("topicId", topicId,
                "changedOn", today.plusDays(5).toString(), "summary", " ", "sourceUrl", "ftp://example.com/notes"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(fieldError(page(wrong), "changedOn")).isEqualTo("The date cannot be in the future.");
        assertThat(fieldError(page(wrong), "summary")).isEqualTo("This field is required.");
        assertThat(fieldError(page(wrong), "sourceUrl")).isEqualTo("Enter a web address starting with https:// or http://.");
        assertThat(page(wrong).select("select#topicId option[selected]").text()).as("the chosen topic is kept").isEqualTo("TikTok › Shop");

        HttpResponse<String> noDate = instructor.post("/teach/platform-changes", Map.of("topicId", topicId,
                "changedOn", "", "summary", "Something changed"));
        assertThat(noDate.statusCode()).isEqualTo(422);
        assertThat(fieldError(page(noDate), "changedOn")).isEqualTo("Enter a date.");

        HttpResponse<String> unknownTopic = instructor.post("/teach/platform-changes", Map.of("topicId", "987654321",
                "changedOn", today.toString(), "summary", "Something changed"));
        assertThat(unknownTopic.statusCode()).isEqualTo(422);
        assertThat(fieldError(page(unknownTopic), "topicId")).isEqualTo("Choose topics from the list.");

        HttpResponse<String> right = instructor.post("/teach/platform-changes", Map.of("topicId", topicId,
                "changedOn", today.toString(), "summary", "Checkout moved into the app", "sourceUrl", "https://example.com/news"));
        assertThat(right.statusCode()).as(right.body()).isEqualTo(303);
        Document list = page(instructor.get("/teach/platform-changes"));
        assertThat(flash(list)).isEqualTo("The platform change is recorded.");
        assertThat(list.select("ul.change-list li").eachText()).contains(today + " · TikTok › Shop: Checkout moved into the app (source)");
    }

    @Test
    void onlyAnAdminMaintainsTheTopics() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        assertThat(instructor.get("/admin/topics").statusCode()).isEqualTo(403);
        instructor.get("/teach");
        assertThat(instructor.post("/admin/topics", Map.of("slug", "sneaky-topic", "name", "Sneaky", "parentId", "")).statusCode())
                .isEqualTo(403);
        assertThat(instructor.post("/admin/topics", Map.of("slug", "Not a slug", "name", "", "parentId", "")).statusCode())
                .as("even a wrong form tells an instructor nothing").isEqualTo(403);

        WebSession admin = signedIn(Role.ADMIN);
        Document form = page(admin.get("/admin/topics"));
        assertThat(form.select("select#parentId option").first().val()).as("no parent makes a platform").isEmpty();
        assertThat(form.select("select#parentId option").eachText()).contains("TikTok").doesNotContain("TikTok › Shop");
        String tiktok = String.valueOf(topics.bySlug("tiktok").orElseThrow().id());
        HttpResponse<String> created = admin.post("/admin/topics",
                Map.of("parentId", tiktok, "name", "Subscriptions", "slug", "tiktok-subscriptions"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        Document page = page(admin.get("/admin/topics"));
        assertThat(flash(page)).isEqualTo("The topic is added.");
        assertThat(page.select("ul.topic-list li.feature").eachText()).contains("TikTok › Subscriptions tiktok-subscriptions");
        assertThat(topics.bySlug("tiktok-subscriptions").orElseThrow().parentId()).as("a feature, not a platform").isNotNull();

        HttpResponse<String> duplicate = admin.post("/admin/topics", Map.of("parentId", tiktok, "name", "Shop again", "slug", "tiktok-shop"));
        assertThat(duplicate.statusCode()).isEqualTo(422);
        assertThat(fieldError(page(duplicate), "slug")).isEqualTo("A topic with this short name already exists.");
        assertThat(page(duplicate).select("select#parentId option[selected]").text()).isEqualTo("TikTok");

        HttpResponse<String> malformed = admin.post("/admin/topics", Map.of("parentId", "", "name", " ", "slug", "Bad Slug"));
        assertThat(malformed.statusCode()).isEqualTo(422);
        assertThat(summary(page(malformed))).containsExactly(tuple("#slug", "Short name for the address: Use lower-case letters, digits and single hyphens."),
                tuple("#name", "Name: This field is required."));
    }
}
