package app.skillcurrent.core.catalogue;

import app.skillcurrent.content.freshness.CourseFreshness;
import app.skillcurrent.content.freshness.Freshness;
import app.skillcurrent.content.freshness.TopicReview;
import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.LessonRevision;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.content.topic.Topics;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.ZoneOffset;
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

    private final Revisions revisions;
    private final Freshness freshness;
    private final Topics topics;

    Catalogue(Revisions revisions, Freshness freshness, Topics topics) {
        this.revisions = revisions;
        this.freshness = freshness;
        this.topics = topics;
    }

    /** Every published course, by title. */
    public List<CourseCard> courses() {
        List<CourseRevision> current = revisions.currentRevisions();
        Map<Long, CourseFreshness> fresh = freshness.of(current.stream().map(CourseRevision::id).toList());
        Map<Long, LessonRevision> lessons = revisions.lessonRevisions(current.stream()
                .flatMap(r -> r.lessons().stream()).map(CourseRevision.Entry::lessonRevisionId).distinct().toList());
        Map<Long, String> slugs = revisions.publishedCourseSlugs();
        return current.stream().map(r -> card(r, slugs.get(r.courseId()), fresh.get(r.id()), lessons)).toList();
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

    private static LocalDate day(java.time.Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
