package app.skillcurrent.web.teach;

import app.skillcurrent.web.view.Page;

import java.util.List;

/** Lessons whose topic changed on the platform after their last review, the longest waiting first. */
record ReviewQueuePage(List<Item> items) implements Page {

    /**
     * @param topic     the topic's label ("TikTok › Shop")
     * @param changedOn the first platform change since the review
     */
    record Item(String courseSlug, String courseTitle, long lessonId, long lessonRevisionId, String lessonTitle,
                long topicId, String topic, String reviewedOn, String changedOn) {
    }

    @Override
    public String view() {
        return "teach/review";
    }
}
