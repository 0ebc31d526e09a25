package app.skillcurrent.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded database lets in its own account only, over loopback, and keeps its files to its owner. */
class EmbeddedDatabaseAccessTest {

    @TempDir
    static Path temporary;
    static Path folder;
    static EmbeddedDatabase database;
    static String url;

    @BeforeAll
    static void start() {
        folder = temporary.resolve("data");
        database = EmbeddedDatabase.start(folder);
        url = database.createDatabase("access_check");
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void refusesConnectionsWithoutItsCredentials() {
        assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "")).isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "", "")).isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(url, database.username(), database.password() + "x"))
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(url, database.username(), ""))
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
    }

    @Test
    void itsOwnAccountIsTheOnlyOneAndListensOnLoopbackOnly() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, database.username(), database.password());
             Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT @@bind_address")).isEqualTo("127.0.0.1");
            assertThat(single(statement, "SELECT @@skip_grant_tables")).isEqualTo("0");
            assertThat(single(statement, "SELECT GROUP_CONCAT(CONCAT(User, '@', Host) ORDER BY User) FROM mysql.global_priv"))
                    .isEqualTo("mariadb.sys@localhost,skillcurrent@127.0.0.1");
            assertThat(Path.of(single(statement, "SELECT @@socket"))).startsWith(folder.resolve("run").toAbsolutePath());
        }
    }

    @Test
    void itsPasswordAndSocketAreReadableByTheOwnerOnly() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("credentials"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("run"))))
                .isEqualTo("rwx------");
        assertThat(Files.readString(folder.resolve("credentials"))).contains("password=" + database.password());
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
