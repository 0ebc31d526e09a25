package app.skillcurrent.dev.demo;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.CourseEditors;
import app.skillcurrent.core.catalogue.Tracks;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The demo tracks in {@code demo/tracks.json}, made by the demo instructor from the demo courses. */
@Singleton
class DemoTracks {

    private static final String FILE = "/demo/tracks.json";

    private final Tracks tracks;
    private final CourseEditors editors;
    private final JsonMapper json;

    DemoTracks(Tracks tracks, CourseEditors editors, JsonMapper json) {
        this.tracks = tracks;
        this.editors = editors;
        this.json = json;
    }

    /** Needs the demo courses to exist: tracks refer to them by address. */
    void load(Editor instructor) {
        for (TrackFile track : read()) {
            List<Long> courseIds = track.courses().stream().map(slug -> editors.course(instructor, slug).id()).toList();
            tracks.create(instructor, track.slug(), track.title(), track.summary(), courseIds);
        }
    }

    private List<TrackFile> read() {
        try (InputStream in = DemoTracks.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo file " + FILE);
            }
            return json.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), Argument.listOf(TrackFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Demo file " + FILE + " is unreadable", e);
        }
    }

    @Serdeable
    record TrackFile(String slug, String title, String summary, List<String> courses) {
    }
}
