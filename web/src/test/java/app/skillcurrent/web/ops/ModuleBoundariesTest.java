package app.skillcurrent.web.ops;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the arrows of docs/ARCHITECTURE.md true: web → core → content, never back. A compiled class names
 * every class it uses in its constant pool, so scanning the class files for another module's package
 * finds any reference, whatever the source looks like.
 */
class ModuleBoundariesTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void contentUsesNeitherCoreNorWeb() throws IOException {
        assertEquals(List.of(), offenders("content", "app/skillcurrent/core/", "app/skillcurrent/web/"));
    }

    @Test
    void coreDoesNotUseWeb() throws IOException {
        assertEquals(List.of(), offenders("core", "app/skillcurrent/web/"));
    }

    @Test
    void theScanSeesReferencesWhereTheyExist() throws IOException {
        assertTrue(!offenders("web", "app/skillcurrent/core/").isEmpty(), "web uses core, and the scan must notice");
    }

    @Test
    void migrationsHoldNoJava() throws IOException {
        Path sources = ROOT.resolve("migrations/src/main/java");
        assertTrue(!Files.exists(sources) || isEmpty(sources), "migrations is SQL only");
    }

    private static List<String> offenders(String module, String... forbiddenPackages) throws IOException {
        Path classes = ROOT.resolve(module).resolve("target/classes");
        List<String> offenders = new ArrayList<>();
        if (!Files.isDirectory(classes)) {
            return offenders; // a module without compiled classes references nothing
        }
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String forbidden : forbiddenPackages) {
                    if (bytes.contains(forbidden)) {
                        offenders.add(classes.relativize(file) + " uses " + forbidden);
                    }
                }
            }
        }
        return offenders;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.noneMatch(Files::isRegularFile);
        }
    }
}
