package app.skillcurrent.core.catalogue;

import io.micronaut.core.annotation.Introspected;

@Introspected
record TopicRow(long revisionId, long topicId) {
}
