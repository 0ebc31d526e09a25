package app.skillcurrent.content.topic;

/** Announced after a platform change is recorded; freshness depends on it. */
public record PlatformChangeRecorded(long platformChangeId, long topicId) {
}
