package app.skillcurrent.web.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** Only a plain path on this site is followed after sign-in; whatever a browser would read as another host is not. */
class SameOriginPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/profile", "/learn/course-1/lessons/2?tab=notes", "/catalogue?q=k%C3%B8benhavn", "/a//b"})
    void pathsOnThisSiteAreFollowed(String path) {
        assertThat(SameOriginPaths.of(path)).contains(URI.create(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "//evil.example", "//evil.example/profile", "/\\evil.example", "/\\/evil.example",
            "https://evil.example/", "http:/evil.example", "javascript:alert(1)", "evil.example", "profile",
            "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "/ /evil.example", "/pro\u0000file",
            "/prof\u007fle", "/k\u00f8benhavn", "/a\\b", "/%", "/<script>"})
    void anythingElseIsNot(String candidate) {
        assertThat(SameOriginPaths.of(candidate)).as("%s", candidate).isEmpty();
    }

    @Test
    void nullAndOverlongAreNot() {
        assertThat(SameOriginPaths.of(null)).isEmpty();
        assertThat(SameOriginPaths.of("/" + "a".repeat(SameOriginPaths.MAX_LENGTH))).isEmpty();
    }
}
