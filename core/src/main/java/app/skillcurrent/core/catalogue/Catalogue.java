package app.skillcurrent.core.catalogue;

import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.freshness.CourseFreshness;
import app.skillcurrent.content.freshness.Freshness;
import app.skillcurrent.content.freshness.TopicReview;
import app.skillcurrent.content.revision.CourseListing;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.LessonRevision;
import app.skillcurrent.content.revision.PublishedCourses;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.content.topic.Topic;
import app.skillcurrent.content.topic.Topics;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What learners can browse: published courses only (drafts never appear), each with its current version,
 * when it was last updated, how fresh it is and how long it takes.
 */
@Singleton
public class Catalogue {

    /** How recent "recently updated" is. */
    public static final int RECENT_DAYS = 30;

    private final Revisions revisions;
    private final Freshness freshness;
    private final Topics topics;
    private final PublishedCourses published;
    private final CardAssembler cards;
    private final SearchCache cache;
    private final Clock clock;

    Catalogue(Revisions revisions, Freshness freshness, Topics topics, PublishedCourses published, CardAssembler cards,
              SearchCache cache, Clock clock) {
        this.revisions = revisions;
        this.freshness = freshness;
        this.topics = topics;
        this.published = published;
        this.cards = cards;
        this.cache = cache;
        this.clock = clock;
    }

    /** Every published course, by title. */
    public List<CourseCard> courses() {
        return cards.cards(published.allByTitle());
    }

    /**
     * The platforms each published course is about (course address to platform names; a feature topic counts
     * for its platform), for reports that group courses by platform. Drafts change nothing here.
     */
    public Map<String, Set<String>> platformsOfCourses() {
        List<CourseListing> courses = published.allByTitle();
        Map<Long, Set<Long>> topicIds = revisions.courseTopics(courses.stream().map(CourseListing::revisionId).toList());
        Map<String, Set<String>> platforms = new HashMap<>();
        for (CourseListing course : courses) {
            Set<Long> ids = topicIds.getOrDefault(course.revisionId(), Set.of());
            if (!ids.isEmpty()) {
                platforms.put(course.slug(), ids.stream().map(id -> topics.platformOf(id).name()).collect(Collectors.toSet()));
            }
        }
        return platforms;
    }

    /**
     * One page of the published courses matching the search; filtering, ordering and paging happen in the
     * database. A page past the last one is empty (with the total still counted), not an error.
     *
     * @param reviewer whether the person searching may see review state (instructors and admins); for anyone
     *                 else the {@link CatalogueSearch.Recency#NEEDS_REVIEW} filter is ignored
     * @throws InvalidSearchException for a text longer than {@link CatalogueSearch#MAX_TEXT}, a page below 1, a
     *                                language courses cannot have, or a platform or topic that does not exist
     */
    public CatalogueResults search(CatalogueSearch search, boolean reviewer) {
        // reviewers act on review state and must see their own "reviewed" at once, so they are not cached
        return reviewer ? load(search, true) : cache.get(search, () -> load(search, false));
    }

    private CatalogueResults load(CatalogueSearch search, boolean reviewer) {
        String text = search.hasText() ? search.text().strip() : "";
        if (text.length() > CatalogueSearch.MAX_TEXT) {
            throw new InvalidSearchException("q");
        }
        if (search.page() < 1) {
            throw new InvalidSearchException("page");
        }
        Long platformId = search.platform() == null ? null : topics.bySlug(search.platform()).filter(Topic::isPlatform)
                .map(Topic::id).orElseThrow(() -> new InvalidSearchException("platform"));
        Long topicId = search.topic() == null ? null : topics.bySlug(search.topic())
                .map(Topic::id).orElseThrow(() -> new InvalidSearchException("topic"));
        if (search.language() != null && !Course.LANGUAGES.contains(search.language())) {
            throw new InvalidSearchException("language");
        }
        int minMinutes = search.length() == null ? 0 : search.length().minMinutes();
        int maxMinutes = search.length() == null ? Integer.MAX_VALUE : search.length().maxMinutes();
        Instant since = search.recency() == CatalogueSearch.Recency.RECENTLY_UPDATED
                ? clock.instant().minus(RECENT_DAYS, ChronoUnit.DAYS) : null;
        boolean needsReview = reviewer && search.recency() == CatalogueSearch.Recency.NEEDS_REVIEW;
        PublishedCourses.Filter filter = new PublishedCourses.Filter(text.isEmpty() ? null : text, platformId,
                topicId, search.level(), search.language(), minMinutes, maxMinutes, since, needsReview);

        long total = published.count(filter);
        int size = CatalogueSearch.PAGE_SIZE;
        long skip = (search.page() - 1L) * size;
        List<CourseListing> rows = skip >= total ? List.of() : published.page(filter, order(search.effectiveSort()), size, skip);
        return new CatalogueResults(cards.cards(rows), total, search.page(), size);
    }

    /** The public page of a published course; empty for unknown or unpublished courses. */
    public Optional<CoursePage> course(String slug) {
        return revisions.currentRevision(slug).map(revision -> {
            CourseFreshness fresh = freshness.of(revision.id());
            Map<Long, LessonRevision> lessons = revisions.lessonRevisions(
                    revision.lessons().stream().map(CourseRevision.Entry::lessonRevisionId).toList());
            Set<Long> stale = fresh == null ? Set.of()
                    : fresh.needingReview().stream().map(TopicReview::lessonId).collect(Collectors.toSet());
            List<CoursePage.OutlineLesson> outline = revision.lessons().stream().map(entry -> {
                LessonRevision lesson = lessons.get(entry.lessonRevisionId());
                return new CoursePage.OutlineLesson(entry.lessonId(), lesson.content().title(), lesson.content().minutes(),
                        lesson.content().tasks().size(), lesson.content().quiz().size(), stale.contains(entry.lessonId()));
            }).toList();
            List<CoursePage.VersionNote> versions = revisions.courseHistory(revision.courseId()).stream()
                    .map(r -> new CoursePage.VersionNote(r.version().toString(), r.severity().name(), r.changeNote(),
                            day(r.publishedAt())))
                    .toList();
            return new CoursePage(card(revision, slug, fresh, lessons), revision, outline, versions);
        });
    }

    private static PublishedCourses.Order order(CatalogueSearch.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> PublishedCourses.Order.RELEVANCE;
            case NEWEST -> PublishedCourses.Order.NEWEST;
            case TITLE -> PublishedCourses.Order.TITLE;
        };
    }

    private CourseCard card(CourseRevision revision, String slug, CourseFreshness fresh, Map<Long, LessonRevision> lessons) {
        int minutes = revision.lessons().stream()
                .mapToInt(e -> lessons.get(e.lessonRevisionId()).content().minutes()).sum();
        List<String> topicLabels = revision.topicIds().stream().map(topics::label).sorted().toList();
        List<String> platforms = revision.topicIds().stream().map(id -> topics.platformOf(id).name()).distinct().sorted().toList();
        LocalDate updated = day(revision.publishedAt());
        return new CourseCard(slug, revision.title(), revision.summary(),
                revision.level(), revision.language(), revision.version().toString(), updated,
                fresh == null ? updated : fresh.lastChecked(), fresh != null && fresh.needsReview(),
                revision.lessonCount(), minutes, topicLabels, platforms);
    }

    private static LocalDate day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
