package app.skillcurrent.web.content;

import app.skillcurrent.content.authoring.Authoring;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.Role;
import app.skillcurrent.web.support.Accounts;
import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.web.support.Fixtures;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The instructor's pages over real HTTP, as a browser uses them. Not transactional: the server's threads must
 * see what the test sets up.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstructorPagesTest implements DatabaseTest {

    private static final Pattern DRAFT_VERSION = Pattern.compile("name=\"draftVersion\" value=\"(\\d+)\"");
    private static final Pattern LESSON_LOCATION = Pattern.compile("/lessons/(\\d+)$");

    @Inject
    EmbeddedServer server;
    @Inject
    AccountService accounts;
    @Inject
    Authoring authoring;
    @Inject
    Topics topics;

    private Fixtures fixtures;


    @BeforeAll
    void setUp() {
        fixtures = new Fixtures(accounts, authoring);
    }

    private WebSession signedIn(Role... roles) {
        Account account = fixtures.account("person");
        for (Role role : roles) {
            accounts.grantRole(account.id(), role);
        }
        WebSession session = new WebSession(server.getURI());
        assertEquals(303, Accounts.signIn(session, account.email(), Fixtures.PASSWORD).statusCode());
        return session;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static int draftVersion(String page) {
        Matcher m = DRAFT_VERSION.matcher(page);
        assertTrue(m.find(), "the page carries a draft version");
        return Integer.parseInt(m.group(1));
    }

    /** Creates a course through the form and lets its exam draw one question, so one quiz question suffices. */
    private String createCourse(WebSession session, String title) {
        String slug = Fixtures.unique("web-course");
        session.get("/teach");
        HttpResponse<String> created = session.post("/teach/courses", Map.of("slug", slug, "title", title, "language", "en"));
        assertEquals(303, created.statusCode(), created::body);
        assertEquals("/teach/courses/" + slug, location(created));

        String page = session.get("/teach/courses/" + slug).body();
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
        settings.put("draftVersion", String.valueOf(draftVersion(page)));
        HttpResponse<String> saved = session.post("/teach/courses/" + slug + "/settings", settings);
        assertEquals(303, saved.statusCode(), saved::body);
        return slug;
    }

    private long addLesson(WebSession session, String slug, String title) {
        session.get("/teach/courses/" + slug);
        HttpResponse<String> added = session.post("/teach/courses/" + slug + "/lessons", Map.of("title", title));
        assertEquals(303, added.statusCode(), added::body);
        Matcher m = LESSON_LOCATION.matcher(location(added));
        assertTrue(m.find(), location(added));
        return Long.parseLong(m.group(1));
    }

    private Map<String, String> lessonForm(String title, String body, int draftVersion, String action) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("minutes", "12");
        form.put("body", body);
        form.put("task0.kind", "REFLECTION");
        form.put("task0.text", "Write down your three best posting times");
        form.put("q0.prompt", "Where do buyers pay?");
        form.put("q0.o0.text", "Inside the app");
        form.put("q0.o0.correct", "on");
        form.put("q0.o1.text", "On a separate website");
        form.put("q0.explanation", "Checkout moved into the app");
        form.put("topic." + shopTopicId(), "on");
        form.put("draftVersion", String.valueOf(draftVersion));
        form.put("action", action);
        return form;
    }

    private long shopTopicId() {
        return topics.bySlug("tiktok-shop").orElseThrow().id();
    }

    private HttpResponse<String> saveLesson(WebSession session, String slug, long lessonId, String title, String body) {
        String editor = "/teach/courses/" + slug + "/lessons/" + lessonId;
        int version = draftVersion(session.get(editor).body());
        return session.post(editor, lessonForm(title, body, version, "save"));
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        WebSession visitor = new WebSession(server.getURI());
        for (String path : new String[]{"/teach", "/teach/courses/anything", "/teach/review", "/admin/topics"}) {
            HttpResponse<String> response = visitor.get(path);
            assertEquals(303, response.statusCode(), path);
            assertTrue(location(response).endsWith("/signin"), path + " → " + location(response));
        }
    }

    @Test
    void aLearnerWithoutARoleIsNotAllowedIntoTheInstructorPages() {
        WebSession learner = new WebSession(server.getURI());
        Accounts.signUp(learner, Fixtures.unique("learner") + "@example.com", "Lee", "en");

        HttpResponse<String> list = learner.get("/teach");
        assertEquals(403, list.statusCode());
        assertTrue(list.body().contains("You do not have access to this page."));
        assertEquals(403, learner.get("/teach/courses/x").statusCode());
        learner.get("/");
        assertEquals(403, learner.post("/teach/courses", Map.of("slug", "sneaky", "title", "Sneaky", "language", "en")).statusCode());
    }

    @Test
    void anInstructorCreatesACourseAndFindsItInTheirList() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "Selling on TikTok Shop");

        String page = instructor.get("/teach/courses/" + slug).body();
        assertTrue(page.contains("<h1>Selling on TikTok Shop</h1>"));
        assertTrue(page.contains("This will be version 1.0."));
        String list = instructor.get("/teach").body();
        assertTrue(list.contains("<a href=\"/teach/courses/" + slug + "\">Selling on TikTok Shop</a>"));
    }

    @Test
    void aTakenOrMalformedAddressIsRefusedNextToTheField() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "First course");

        instructor.get("/teach");
        HttpResponse<String> taken = instructor.post("/teach/courses", Map.of("slug", slug, "title", "Copy", "language", "en"));
        assertEquals(422, taken.statusCode());
        assertTrue(taken.body().contains("<p class=\"field-error\" id=\"slug-error\">Another course already uses this address.</p>"),
                taken::body);
        assertTrue(taken.body().contains("value=\"Copy\""), "what was typed is kept");

        HttpResponse<String> malformed = instructor.post("/teach/courses",
                Map.of("slug", "Not A Slug!", "title", "Second course", "language", "en"));
        assertEquals(422, malformed.statusCode());
        assertTrue(malformed.body().contains("<p class=\"field-error\" id=\"slug-error\">"
                + "Use lower-case letters, digits and single hyphens, like tiktok-shop-basics.</p>"), malformed::body);
    }

    @Test
    void aSavedLessonShowsEverythingEnteredWhenReloaded() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "Lesson course");
        long lessonId = addLesson(instructor, slug, "Checkout basics");
        String editor = "/teach/courses/" + slug + "/lessons/" + lessonId;

        HttpResponse<String> saved = saveLesson(instructor, slug, lessonId, "Checkout in the app", "Buyers now pay without leaving the app.");
        assertEquals(303, saved.statusCode(), saved::body);
        assertEquals(editor, location(saved));

        String page = instructor.get(editor).body();
        assertTrue(page.contains("The lesson draft is saved."));
        assertTrue(page.contains("name=\"title\" maxlength=\"150\" required value=\"Checkout in the app\""));
        assertTrue(page.contains("value=\"12\""), "minutes");
        assertTrue(page.contains(">Buyers now pay without leaving the app.</textarea>"));
        assertTrue(page.contains("<option value=\"REFLECTION\" selected>"));
        assertTrue(page.contains("value=\"Write down your three best posting times\""));
        assertTrue(page.contains("value=\"Where do buyers pay?\""));
        assertTrue(page.contains("value=\"Inside the app\""));
        assertTrue(page.contains("name=\"q0.o0.correct\" checked"), "the correct answer stays marked");
        assertFalse(page.contains("name=\"q0.o1.correct\" checked"));
        assertTrue(page.contains("value=\"Checkout moved into the app\""));
        assertTrue(page.contains("name=\"topic." + shopTopicId() + "\" checked"));
    }

    @Test
    void previewRendersSafeMarkdownWithoutSaving() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "Preview course");
        long lessonId = addLesson(instructor, slug, "Preview lesson");
        saveLesson(instructor, slug, lessonId, "Preview lesson", "The saved text.");
        String editor = "/teach/courses/" + slug + "/lessons/" + lessonId;

        int version = draftVersion(instructor.get(editor).body());
        HttpResponse<String> preview = instructor.post(editor, lessonForm("Preview lesson",
                "This is **bold**.\n\n<script>alert(1)</script>", version, "preview"));

        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("<strong>bold</strong>"), preview::body);
        assertFalse(preview.body().contains("<script>alert"), "the script is shown as text, never run");
        assertTrue(instructor.get(editor).body().contains(">The saved text.</textarea>"), "a preview saves nothing");
    }

    @Test
    void aLessonTextOverTwoHundredKilobytesIsRefusedNextToTheField() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "Long course");
        long lessonId = addLesson(instructor, slug, "Long lesson");

        HttpResponse<String> tooLong = saveLesson(instructor, slug, lessonId, "Long lesson", "a".repeat(200 * 1024 + 1));

        assertEquals(422, tooLong.statusCode());
        assertTrue(tooLong.body().contains("<p class=\"field-error\" id=\"body-error\">"
                + "The lesson text is larger than 200 KB. Split it into two lessons.</p>"), "shown next to the text");
    }

    @Test
    void savingOverSomeoneElsesNewerSaveShowsBothTextsAndKeepsTheirs() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(instructor, "Conflict course");
        long lessonId = addLesson(instructor, slug, "Shared lesson");
        String editor = "/teach/courses/" + slug + "/lessons/" + lessonId;
        int loaded = draftVersion(instructor.get(editor).body());

        assertEquals(303, instructor.post(editor, lessonForm("Shared lesson", "Text from the other tab", loaded, "save")).statusCode());
        HttpResponse<String> stale = instructor.post(editor, lessonForm("Shared lesson", "Text from this tab", loaded, "save"));

        assertEquals(409, stale.statusCode());
        assertTrue(stale.body().contains("Someone else saved this lesson while you were editing"));
        assertTrue(stale.body().contains("Text from the other tab"), "their saved text is shown");
        assertTrue(stale.body().contains(">Text from this tab</textarea>"), "this editor's text stays in the form");
        assertEquals(loaded + 1, draftVersion(stale.body()), "saving again from the conflict page goes over the newer draft");
        assertTrue(instructor.get(editor).body().contains(">Text from the other tab</textarea>"), "the stale save wrote nothing");
    }

    @Test
    void publishingMakesTheCoursePublicAndASecondPublishWithoutChangesIsRefused() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        WebSession visitor = new WebSession(server.getURI());
        String slug = createCourse(instructor, "Published course");
        long lessonId = addLesson(instructor, slug, "First lesson");
        saveLesson(instructor, slug, lessonId, "First lesson", "Published words.");

        assertFalse(visitor.get("/courses").body().contains("Published course"), "not listed before publishing");
        assertEquals(404, visitor.get("/courses/" + slug).statusCode(), "no public page before publishing");

        instructor.get("/teach/courses/" + slug);
        HttpResponse<String> published = instructor.post("/teach/courses/" + slug + "/publish", Map.of("changeNote", "First version"));
        assertEquals(303, published.statusCode(), published::body);
        assertEquals("/teach/courses/" + slug + "/history?published=1.0", location(published));

        String catalogue = visitor.get("/courses").body();
        assertTrue(catalogue.contains("<a href=\"/courses/" + slug + "\">Published course</a>"));
        assertTrue(catalogue.contains("<dd>1.0</dd>"));
        String coursePage = visitor.get("/courses/" + slug).body();
        assertTrue(coursePage.contains("First lesson"));
        assertTrue(coursePage.contains("First version"), "the change note is in the public changelog");

        instructor.get("/teach/courses/" + slug);
        HttpResponse<String> again = instructor.post("/teach/courses/" + slug + "/publish",
                Map.of("changeNote", "Nothing really", "severity", "MINOR"));
        assertEquals(422, again.statusCode());
        assertTrue(again.body().contains("Nothing has changed since the current version"), again::body);
    }

    @Test
    void draftChangesStayOffThePublicPagesUntilTheyArePublished() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        WebSession visitor = new WebSession(server.getURI());
        String slug = createCourse(instructor, "Draft course");
        long lessonId = addLesson(instructor, slug, "Public lesson");
        saveLesson(instructor, slug, lessonId, "Public lesson", "Public words.");
        instructor.get("/teach/courses/" + slug);
        instructor.post("/teach/courses/" + slug + "/publish", Map.of("changeNote", "First version"));

        saveLesson(instructor, slug, lessonId, "Unfinished rewrite", "Half-written words.");
        long draftOnly = addLesson(instructor, slug, "Lesson not yet published");

        String coursePage = visitor.get("/courses/" + slug).body();
        assertTrue(coursePage.contains("Public lesson"));
        assertFalse(coursePage.contains("Unfinished rewrite"));
        assertFalse(coursePage.contains("Half-written words."));
        assertFalse(coursePage.contains("Lesson not yet published"), "lesson " + draftOnly + " is only in the draft");
        assertFalse(visitor.get("/courses").body().contains("Unfinished rewrite"));
    }

    @Test
    void anInstructorOfAnotherCourseIsNotAllowedIntoThisOne() {
        WebSession owner = signedIn(Role.INSTRUCTOR);
        WebSession stranger = signedIn(Role.INSTRUCTOR);
        String slug = createCourse(owner, "Private course");
        long lessonId = addLesson(owner, slug, "Private lesson");
        String editor = "/teach/courses/" + slug + "/lessons/" + lessonId;

        assertEquals(403, stranger.get("/teach/courses/" + slug).statusCode());
        assertEquals(403, stranger.get(editor).statusCode());
        stranger.get("/teach");
        assertEquals(403, stranger.post(editor, lessonForm("Taken over", "Stranger's words", 1, "save")).statusCode());
        assertEquals(403, stranger.post("/teach/courses/" + slug + "/publish", Map.of("changeNote", "Hijack")).statusCode());
        assertFalse(stranger.get("/teach").body().contains("Private course"), "not in the stranger's list either");
        assertTrue(owner.get(editor).body().contains("value=\"Private lesson\""), "the owner's lesson is untouched");
    }

    @Test
    void aPlatformChangeWithAFutureDateNoSummaryOrABadAddressIsRefused() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        String topicId = String.valueOf(shopTopicId());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        instructor.get("/teach/platform-changes");
        HttpResponse<String> wrong = instructor.post("/teach/platform-changes", Map.of("topicId", topicId,
                "changedOn", today.plusDays(5).toString(), "summary", " ", "sourceUrl", "ftp://example.com/notes"));
        assertEquals(422, wrong.statusCode());
        assertTrue(wrong.body().contains("<p class=\"field-error\" id=\"changedOn-error\">The date cannot be in the future.</p>"), wrong::body);
        assertTrue(wrong.body().contains("<p class=\"field-error\" id=\"summary-error\">This field is required.</p>"));
        assertTrue(wrong.body().contains("<p class=\"field-error\" id=\"sourceUrl-error\">Enter a web address starting with https:// or http://.</p>"));

        HttpResponse<String> noDate = instructor.post("/teach/platform-changes", Map.of("topicId", topicId,
                "changedOn", "", "summary", "Something changed"));
        assertEquals(422, noDate.statusCode());
        assertTrue(noDate.body().contains("<p class=\"field-error\" id=\"changedOn-error\">Enter a date.</p>"));

        HttpResponse<String> right = instructor.post("/teach/platform-changes", Map.of("topicId", topicId,
                "changedOn", today.toString(), "summary", "Checkout moved into the app", "sourceUrl", "https://example.com/news"));
        assertEquals(303, right.statusCode(), right::body);
        String list = instructor.get("/teach/platform-changes").body();
        assertTrue(list.contains("The platform change is recorded."));
        assertTrue(list.contains("TikTok › Shop: Checkout moved into the app"));
    }

    @Test
    void onlyAnAdminMaintainsTheTopics() {
        WebSession instructor = signedIn(Role.INSTRUCTOR);
        assertEquals(403, instructor.get("/admin/topics").statusCode());
        instructor.get("/teach");
        assertEquals(403, instructor.post("/admin/topics", Map.of("slug", "sneaky-topic", "name", "Sneaky", "parentId", "")).statusCode());

        WebSession admin = signedIn(Role.ADMIN);
        assertEquals(200, admin.get("/admin/topics").statusCode());
        String tiktok = String.valueOf(topics.bySlug("tiktok").orElseThrow().id());
        HttpResponse<String> created = admin.post("/admin/topics",
                Map.of("parentId", tiktok, "name", "Subscriptions", "slug", "tiktok-subscriptions"));
        assertEquals(303, created.statusCode(), created::body);
        String page = admin.get("/admin/topics").body();
        assertTrue(page.contains("The topic is added."));
        assertTrue(page.contains("TikTok › Subscriptions <code>tiktok-subscriptions</code>"));
        assertTrue(topics.bySlug("tiktok-subscriptions").orElseThrow().parentId() != null, "a feature, not a platform");

        HttpResponse<String> duplicate = admin.post("/admin/topics", Map.of("parentId", tiktok, "name", "Shop again", "slug", "tiktok-shop"));
        assertEquals(422, duplicate.statusCode());
        assertTrue(duplicate.body().contains("<p class=\"field-error\" id=\"slug-error\">A topic with this short name already exists.</p>"),
                duplicate::body);
    }
}
