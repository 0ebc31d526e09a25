package app.skillcurrent.content.freshness;

/** Announced when a lesson's topic is marked "reviewed, still correct"; freshness depends on it. */
public record TopicReviewed(long lessonRevisionId, long topicId) {
}
