package app.skillcurrent.content.revision;

import app.skillcurrent.content.access.NotFoundException;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Diffs between lesson revisions and changelogs between course revisions. */
@Singleton
public class History {

    private final Revisions revisions;

    History(Revisions revisions) {
        this.revisions = revisions;
    }

    /** The word-level diff of a lesson between two of its revision numbers. */
    public LessonDiff lessonDiff(long lessonId, int fromNumber, int toNumber) {
        List<LessonRevision> history = revisions.lessonHistory(lessonId);
        return LessonDiff.between(numbered(history, lessonId, fromNumber), numbered(history, lessonId, toNumber));
    }

    public CourseChangelog changelog(long courseId, Version from, Version to) {
        CourseRevision a = revisions.courseRevision(courseId, from).orElseThrow(() -> new NotFoundException("version " + from));
        CourseRevision b = revisions.courseRevision(courseId, to).orElseThrow(() -> new NotFoundException("version " + to));
        return changelog(a, b);
    }

    public CourseChangelog changelog(CourseRevision a, CourseRevision b) {
        Map<Long, LessonRevision> lessons = revisions.lessonRevisions(Stream.concat(a.lessons().stream(), b.lessons().stream())
                .map(CourseRevision.Entry::lessonRevisionId).distinct().toList());
        Map<Long, Long> before = new HashMap<>();
        a.lessons().forEach(e -> before.put(e.lessonId(), e.lessonRevisionId()));
        List<LessonRevision> added = new ArrayList<>();
        List<CourseChangelog.Changed> changed = new ArrayList<>();
        for (CourseRevision.Entry entry : b.lessons()) {
            Long previous = before.remove(entry.lessonId());
            LessonRevision now = lessons.get(entry.lessonRevisionId());
            if (previous == null) {
                added.add(now);
            } else if (previous != entry.lessonRevisionId()) {
                LessonRevision then = lessons.get(previous);
                changed.add(new CourseChangelog.Changed(then, now, QuizChanges.between(then.content().quiz(), now.content().quiz())));
            }
        }
        List<LessonRevision> removed = before.values().stream().map(lessons::get).toList();
        List<Long> orderA = a.lessons().stream().map(CourseRevision.Entry::lessonId).filter(id -> b.lessons().stream().anyMatch(e -> e.lessonId() == id)).toList();
        List<Long> orderB = b.lessons().stream().map(CourseRevision.Entry::lessonId).filter(id -> a.lessons().stream().anyMatch(e -> e.lessonId() == id)).toList();
        boolean settingsChanged = !Objects.equals(a.title(), b.title()) || !Objects.equals(a.summary(), b.summary())
                || a.level() != b.level() || !a.exam().equals(b.exam()) || !a.topicIds().equals(b.topicIds());
        return new CourseChangelog(a, b, added, removed, changed, !orderA.equals(orderB), settingsChanged);
    }

    private static LessonRevision numbered(List<LessonRevision> history, long lessonId, int number) {
        return history.stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("revision " + number + " of lesson " + lessonId));
    }
}
