package app.skillcurrent.web.ops;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations module is SQL only (docs/ARCHITECTURE.md). The arrows between content, core and web are
 * checked by each module's own architecture test (ContentArchitectureTest, CoreArchitectureTest).
 */
class MigrationsModuleTest {

    @Test
    void migrationsHoldNoJava() throws IOException {
        Path sources = Path.of("../migrations/src/main/java");
        assertThat(!Files.exists(sources) || isEmpty(sources)).as("migrations/src/main/java holds no files").isTrue();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.noneMatch(Files::isRegularFile);
        }
    }
}
