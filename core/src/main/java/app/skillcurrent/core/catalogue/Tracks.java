package app.skillcurrent.core.catalogue;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.support.validation.Slug;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;

/**
 * Tracks: ordered sets of courses that make up a specialisation. Learners only ever see a track's published
 * courses; a course that is not published yet keeps its place and appears once it is.
 */
@Singleton
public class Tracks {

    private final TrackQueries tracks;
    private final CardAssembler cards;
    private final Clock clock;

    Tracks(TrackQueries tracks, CardAssembler cards, Clock clock) {
        this.tracks = tracks;
        this.cards = cards;
        this.clock = clock;
    }

    /** Tracks that have at least one published course, by title. */
    public List<TrackSummary> all() {
        return tracks.summaries();
    }

    /** @throws NotFoundException for an unknown track */
    public TrackPage track(String slug) {
        TrackRow track = tracks.findBySlug(slug).orElseThrow(() -> new NotFoundException("track " + slug));
        return new TrackPage(track.slug(), track.title(), track.summary(), cards.cards(tracks.coursesOf(track.id())));
    }

    /**
     * Creates a track of the given courses, in that order. Instructors and admins only.
     *
     * @throws IllegalArgumentException for a malformed or taken slug, a missing title, or a course listed twice
     */
    @Transactional
    public void create(Editor editor, String slug, String title, String summary, List<Long> courseIds) {
        if (!editor.instructor() && !editor.admin()) {
            throw new NotAllowedException();
        }
        if (slug == null || slug.length() > Slug.MAX_LENGTH || !slug.matches(Slug.PATTERN) || tracks.existsBySlug(slug)) {
            throw new IllegalArgumentException("Unusable track slug " + slug);
        }
        if (title == null || title.isBlank() || title.length() > 150 || summary == null || summary.length() > 500) {
            throw new IllegalArgumentException("A track needs a title of at most 150 and a summary of at most 500 characters");
        }
        if (new HashSet<>(courseIds).size() != courseIds.size()) {
            throw new IllegalArgumentException("A course appears twice in track " + slug);
        }
        TrackRow row = tracks.save(new TrackRow(null, slug, title.strip(), summary.strip(), editor.accountId(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        for (int i = 0; i < courseIds.size(); i++) {
            tracks.addCourse(row.id(), i + 1, courseIds.get(i));
        }
    }
}
