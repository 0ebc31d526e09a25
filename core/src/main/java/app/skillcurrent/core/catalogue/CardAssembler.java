package app.skillcurrent.core.catalogue;

import app.skillcurrent.content.freshness.CourseFreshness;
import app.skillcurrent.content.freshness.Freshness;
import app.skillcurrent.content.revision.Level;
import app.skillcurrent.content.revision.Version;
import app.skillcurrent.content.topic.Topics;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns card rows into course cards with a fixed number of queries, however many cards there are. */
@Singleton
class CardAssembler {

    private final CatalogueQueries queries;
    private final Freshness freshness;
    private final Topics topics;

    CardAssembler(CatalogueQueries queries, Freshness freshness, Topics topics) {
        this.queries = queries;
        this.freshness = freshness;
        this.topics = topics;
    }

    List<CourseCard> cards(List<CardRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> revisionIds = rows.stream().map(CardRow::revisionId).toList();
        Map<Long, CourseFreshness> fresh = freshness.of(revisionIds);
        Map<Long, Set<Long>> topicIds = queries.topicsOf(revisionIds).stream().collect(Collectors.groupingBy(
                TopicRow::revisionId, HashMap::new, Collectors.mapping(TopicRow::topicId, Collectors.toSet())));
        return rows.stream().map(row -> card(row, fresh.get(row.revisionId()),
                topicIds.getOrDefault(row.revisionId(), Set.of()))).toList();
    }

    private CourseCard card(CardRow row, CourseFreshness fresh, Set<Long> topicIds) {
        LocalDate updated = day(row.publishedAt());
        List<String> labels = topicIds.stream().map(topics::label).sorted().toList();
        List<String> platforms = topicIds.stream().map(id -> topics.platformOf(id).name()).distinct().sorted().toList();
        return new CourseCard(row.slug(), row.title(), row.summary(), Level.valueOf(row.level()), row.language(),
                new Version(row.major(), row.minor()).toString(), updated, fresh == null ? updated : fresh.lastChecked(),
                fresh != null && fresh.needsReview(), row.lessonCount(), row.minutes(), labels, platforms);
    }

    private static LocalDate day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
