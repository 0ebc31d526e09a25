package app.skillcurrent.content.topic;

import app.skillcurrent.content.support.Label;
import app.skillcurrent.content.support.validation.IsoDate;
import app.skillcurrent.content.support.validation.NotInFuture;
import app.skillcurrent.content.support.validation.WebAddress;
import app.skillcurrent.content.support.validation.WholeNumber;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A change on a platform that an instructor or admin records, as the platform-changes form sends it: the
 * topic's id and the day as text. Messages are bundle keys.
 */
@Serdeable
@Introspected
public record NewPlatformChange(
        @NotBlank(message = "error.lesson.unknownTopic") @WholeNumber(message = "error.lesson.unknownTopic") @Label("review.topic") @Nullable String topicId,
        @NotBlank(message = "error.date") @IsoDate(message = "error.date") @NotInFuture(message = "error.date.future")
        @Label("changes.date") @Nullable String changedOn,
        @NotBlank(message = "error.required") @Size(max = 500, message = "error.tooLong.500") @Label("changes.summary") @Nullable String summary,
        @WebAddress(message = "error.url") @Label("changes.source") @Nullable String sourceUrl) {

    public static final NewPlatformChange EMPTY = new NewPlatformChange("", "", "", "");

    public static NewPlatformChange of(long topicId, LocalDate changedOn, String summary, @Nullable String sourceUrl) {
        return new NewPlatformChange(String.valueOf(topicId), changedOn.toString(), summary, sourceUrl);
    }

    public long topic() {
        return Long.parseLong(topicId.strip());
    }

    public LocalDate date() {
        return LocalDate.parse(changedOn.strip());
    }

    /** The source's address, or null when none was given. */
    @Nullable
    public String source() {
        return sourceUrl == null || sourceUrl.isBlank() ? null : sourceUrl.trim();
    }
}
