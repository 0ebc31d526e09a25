package app.skillcurrent.testing;


import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded MariaDB per test JVM (started on first use, stopped at exit) and a fresh, empty database for
 * each test class, so tests never see each other's rows.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedDatabase server;

    private TestDatabase() {
    }

    public static synchronized EmbeddedDatabase server() {
        if (server == null) {
            server = startInFreeFolder();
            dropLeftovers(server);
            EmbeddedDatabase started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-database-shutdown"));
        }
        return server;
    }

    /** Another test run (an IDE, a second build) may hold target/test-db; then the next folder is used. */
    private static EmbeddedDatabase startInFreeFolder() {
        for (int i = 1; ; i++) {
            try {
                return EmbeddedDatabase.start(Path.of("target", i == 1 ? "test-db" : "test-db-" + i));
            } catch (DataFolderInUseException inUse) {
                if (i == 5) {
                    throw inUse;
                }
            }
        }
    }

    /** A new empty database named after the test class; returns its JDBC URL. */
    public static String freshDatabase(Class<?> testClass) {
        String name = ("t_" + testClass.getSimpleName() + "_" + COUNTER.incrementAndGet()).toLowerCase(Locale.ROOT);
        return server().createDatabase(name.length() > 60 ? name.substring(0, 60) : name);
    }

    /** Databases from earlier runs of the suite, which would otherwise pile up in target/test-db. */
    private static void dropLeftovers(EmbeddedDatabase db) {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl("mysql"), db.username(), db.password());
             Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 't\\_%'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                statement.execute("DROP DATABASE `" + name + "`");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not clean the test database server", e);
        }
    }
}
