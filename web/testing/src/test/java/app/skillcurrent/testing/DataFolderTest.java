package app.skillcurrent.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the embedded database keeps in its data folder is still there after a restart. */
class DataFolderTest {

    @Test
    void aDataFolderInsideTheTemporaryFolderKeepsItsDataAcrossRestarts(@TempDir Path temporary) throws SQLException {
        Path folder = temporary.resolve("data");
        assertTrue(folder.toAbsolutePath().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath()),
                "the case this is about: a checkout or DATA_DIR under the system's temporary folder");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(folder);
             Connection connection = connect(first);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (note VARCHAR(20))");
            statement.execute("INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(folder);
             Connection connection = connect(second);
             ResultSet rows = connection.createStatement().executeQuery("SELECT note FROM kept")) {
            assertTrue(rows.next(), "the table and its row survived the restart");
            assertEquals("still here", rows.getString(1));
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.createDatabase("restart_check"), database.username(), database.password());
    }
}
