package app.skillcurrent.content.revision;

import app.skillcurrent.content.support.cache.ImmutableCache;
import io.micronaut.cache.SyncCache;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Published lesson and course revisions: appended, never changed. Reads return whole revisions with their
 * lesson entries and topics.
 */
@Singleton
public class Revisions {

    private final RevisionRepositories.LessonRevisions lessonRevisions;
    private final RevisionRepositories.CourseRevisions courseRevisions;
    private final LessonJson json;
    /** Published revisions never change: every reader after the first is served from memory. */
    private final ImmutableCache<Long, LessonRevision> lessonCache;
    private final ImmutableCache<Long, CourseRevision> courseCache;

    Revisions(RevisionRepositories.LessonRevisions lessonRevisions,
              RevisionRepositories.CourseRevisions courseRevisions, LessonJson json,
              @Named("lesson-revisions") SyncCache<?> lessonCache, @Named("course-revisions") SyncCache<?> courseCache) {
        this.lessonRevisions = lessonRevisions;
        this.courseRevisions = courseRevisions;
        this.json = json;
        this.lessonCache = ImmutableCache.of(lessonCache);
        this.courseCache = ImmutableCache.of(courseCache);
    }

    /** Freezes a lesson's content as its next revision; each topic counts as reviewed at publication. */
    @Transactional
    public LessonRevision appendLessonRevision(long lessonId, LessonContent content, long publishedBy, Instant at) {
        int number = lessonRevisions.maxNumber(lessonId) + 1;
        Rows.LessonRevisionRow row = lessonRevisions.save(new Rows.LessonRevisionRow(null, lessonId, number,
                content.title(), content.body(), content.minutes(), json.tasks(content.tasks()),
                json.quiz(content.quiz()), publishedBy, at));
        for (long topicId : content.topicIds()) {
            lessonRevisions.addTopic(row.id(), topicId, at, publishedBy);
        }
        return new LessonRevision(row.id(), lessonId, number, content, at);
    }

    /** Records a new course revision pointing at already published lesson revisions. */
    @Transactional
    public CourseRevision appendCourseRevision(long courseId, Version version, Severity severity, String changeNote,
                                               String title, String summary, Level level, String language,
                                               ExamSettings exam, List<CourseRevision.Entry> lessons,
                                               Set<Long> topicIds, long publishedBy, Instant at) {
        int minutes = lessonRevisions(lessons.stream().map(CourseRevision.Entry::lessonRevisionId).toList())
                .values().stream().mapToInt(l -> l.content().minutes()).sum();
        Rows.CourseRevisionRow row = courseRevisions.save(new Rows.CourseRevisionRow(null, courseId, version.major(),
                version.minor(), severity, changeNote, title, summary, level, language, exam.passMark(),
                exam.questionCount(), exam.attempts(), publishedBy, at, lessons.size(), minutes));
        for (CourseRevision.Entry entry : lessons) {
            courseRevisions.addEntry(row.id(), entry.position(), entry.lessonId(), entry.lessonRevisionId());
        }
        for (long topicId : topicIds) {
            courseRevisions.addTopic(row.id(), topicId);
        }
        return toCourseRevision(row, lessons, topicIds);
    }

    public Optional<LessonRevision> lessonRevision(long id) {
        return Optional.ofNullable(lessonRevisions(List.of(id)).get(id));
    }

    /** Several lesson revisions at once, by id; those not cached yet in one round trip per table. */
    public Map<Long, LessonRevision> lessonRevisions(Collection<Long> ids) {
        Map<Long, LessonRevision> result = new HashMap<>(lessonCache.getAllPresent(ids));
        List<Long> missing = ids.stream().filter(id -> !result.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            Map<Long, Set<Long>> topics = topicsOfLessons(missing);
            for (Rows.LessonRevisionRow row : lessonRevisions.findByIdIn(missing)) {
                result.put(row.id(), lessonCache.keep(row.id(), toLessonRevision(row, topics)));
            }
        }
        return result;
    }

    public Optional<LessonRevision> latestLessonRevision(long lessonId) {
        return lessonRevisions.findFirstByLessonIdOrderByNumberDesc(lessonId)
                .map(row -> toLessonRevision(row, topicsOfLessons(List.of(row.id()))));
    }

    /** All revisions of a lesson, newest first. */
    public List<LessonRevision> lessonHistory(long lessonId) {
        List<Rows.LessonRevisionRow> rows = lessonRevisions.findByLessonIdOrderByNumberDesc(lessonId);
        Map<Long, Set<Long>> topics = topicsOfLessons(rows.stream().map(Rows.LessonRevisionRow::id).toList());
        return rows.stream().map(row -> toLessonRevision(row, topics)).toList();
    }

    public Optional<CourseRevision> courseRevision(long id) {
        return Optional.ofNullable(courseRevisions(List.of(id)).get(id));
    }

    /** Course revisions by id; those not cached yet in one round trip per table. */
    public Map<Long, CourseRevision> courseRevisions(Collection<Long> ids) {
        Map<Long, CourseRevision> result = new HashMap<>(courseCache.getAllPresent(ids));
        List<Long> missing = ids.stream().filter(id -> !result.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            for (CourseRevision revision : withEntries(courseRevisions.findByIdIn(missing))) {
                result.put(revision.id(), courseCache.keep(revision.id(), revision));
            }
        }
        return result;
    }

    public Optional<CourseRevision> courseRevision(long courseId, Version version) {
        return courseRevisions.findByCourseIdAndMajorAndMinor(courseId, version.major(), version.minor())
                .map(row -> withEntries(List.of(row)).get(0));
    }

    /** The current revision of the course with this address, if it is published. */
    public Optional<CourseRevision> currentRevision(String courseSlug) {
        return courseRevisions.currentRevisionId(courseSlug).stream().findFirst().flatMap(this::courseRevision);
    }

    /** Where a published course is and which revision is current. */
    @Introspected
    public record PublishedCourse(long courseId, String slug, long currentRevisionId) {
    }

    /** Course id → address and current revision, for those of these courses that are published. */
    public Map<Long, PublishedCourse> publishedCourses(Collection<Long> courseIds) {
        Map<Long, PublishedCourse> published = new HashMap<>();
        if (courseIds.isEmpty()) {
            return published;
        }
        courseRevisions.published(courseIds).forEach(course -> published.put(course.courseId(), course));
        return published;
    }

    /**
     * The topic ids of these course revisions (revision id to topics; a revision without topics is absent),
     * in one query, for lists that need no more of each revision than its topics.
     */
    public Map<Long, Set<Long>> courseTopics(Collection<Long> courseRevisionIds) {
        return courseRevisionIds.isEmpty() ? Map.of() : group(courseRevisions.topicsOf(courseRevisionIds));
    }

    /** All revisions of a course, newest first. */
    public List<CourseRevision> courseHistory(long courseId) {
        return withEntries(courseRevisions.newestFirst(courseId));
    }

    private List<CourseRevision> withEntries(List<Rows.CourseRevisionRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Rows.CourseRevisionRow::id).toList();
        Map<Long, List<CourseRevision.Entry>> entries = new HashMap<>();
        for (Rows.EntryRow entry : courseRevisions.entriesOf(ids)) {
            entries.computeIfAbsent(entry.courseRevisionId(), k -> new ArrayList<>())
                    .add(new CourseRevision.Entry(entry.position(), entry.lessonId(), entry.lessonRevisionId()));
        }
        Map<Long, Set<Long>> topics = group(courseRevisions.topicsOf(ids));
        return rows.stream().map(row -> toCourseRevision(row, entries.getOrDefault(row.id(), List.of()),
                topics.getOrDefault(row.id(), Set.of()))).toList();
    }

    private Map<Long, Set<Long>> topicsOfLessons(Collection<Long> revisionIds) {
        return revisionIds.isEmpty() ? Map.of() : group(lessonRevisions.topicsOf(revisionIds));
    }

    private static Map<Long, Set<Long>> group(List<Rows.TopicRow> rows) {
        return rows.stream().collect(Collectors.groupingBy(Rows.TopicRow::revisionId, LinkedHashMap::new,
                Collectors.mapping(Rows.TopicRow::topicId, Collectors.toCollection(HashSet::new))));
    }

    private LessonRevision toLessonRevision(Rows.LessonRevisionRow row, Map<Long, Set<Long>> topics) {
        LessonContent content = new LessonContent(row.title(), row.body(), row.minutes(), json.tasks(row.tasksJson()),
                json.quiz(row.quizJson()), topics.getOrDefault(row.id(), Set.of()));
        return new LessonRevision(row.id(), row.lessonId(), row.number(), content, row.publishedAt());
    }

    private static CourseRevision toCourseRevision(Rows.CourseRevisionRow row, List<CourseRevision.Entry> lessons,
                                                   Set<Long> topicIds) {
        return new CourseRevision(row.id(), row.courseId(), new Version(row.major(), row.minor()), row.severity(),
                row.changeNote(), row.title(), row.summary(), row.level(), row.language(),
                new ExamSettings(row.examPassMark(), row.examQuestionCount(), row.examAttempts()), row.publishedAt(),
                List.copyOf(lessons), Set.copyOf(topicIds));
    }
}
