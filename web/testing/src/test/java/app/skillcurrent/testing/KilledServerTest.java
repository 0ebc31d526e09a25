package app.skillcurrent.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code kill -9} of the process that runs the embedded database leaves its MariaDB running on the data files;
 * the next start stops that leftover server and comes up on the same data, with everything committed kept.
 */
class KilledServerTest {

    @Test
    void theNextStartStopsTheLeftoverServerAndKeepsTheData(@TempDir Path temporary) throws Exception {
        Path folder = temporary.resolve("data");
        Process owner = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                Owner.class.getName(), folder.toString()).redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals(Owner.READY));
            assertThat(line).as("the owning process wrote its row and said so").isEqualTo(Owner.READY);
        }

        owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Path pidFile = folder.resolve("run").resolve("mariadbd.pid");
        Path dataDir = folder.resolve("mariadb");
        Optional<ProcessHandle> leftover = LeftoverServer.find(pidFile, dataDir);
        assertThat(leftover).as("kill -9 leaves the database server running").isPresent();

        try (EmbeddedDatabase again = EmbeddedDatabase.start(folder);
             Connection connection = DriverManager.getConnection(again.createDatabase("kept"), again.username(), again.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT note FROM notes")) {
            assertThat(leftover.get().isAlive()).as("the leftover server was stopped").isFalse();
            List<String> notes = new java.util.ArrayList<>();
            while (rows.next()) {
                notes.add(rows.getString(1));
            }
            assertThat(notes).containsExactly("committed before the kill");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> LeftoverServer.find(pidFile, dataDir).isEmpty());
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Runs in its own JVM: starts the database, commits a row, says so, and waits to be killed. */
    public static final class Owner {
        static final String READY = "ready: row committed";

        public static void main(String[] args) throws Exception {
            EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
            try (Connection connection = DriverManager.getConnection(database.createDatabase("kept"), database.username(), database.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE notes (id INT PRIMARY KEY, note VARCHAR(40))");
                statement.execute("INSERT INTO notes VALUES (1, 'committed before the kill')");
            }
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(10));
        }
    }
}
