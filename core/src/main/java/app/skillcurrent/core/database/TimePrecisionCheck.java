package app.skillcurrent.core.database;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stops the start when times would lose their fractions of a second on the way to the database. Every time
 * is kept to the microsecond ({@code DATETIME(6)}); time on task adds up differences between them. MySQL's
 * Connector/J takes the version a MariaDB 10 server announces ("5.5.5-10.11.x", a prefix for old replicas)
 * for MySQL 5.5.5, which had no fractional seconds, and so cuts every parameter to whole seconds: such a
 * server needs MariaDB's own driver, a {@code jdbc:mariadb://} URL. (MariaDB 11 announces its real version.)
 */
@Context
@Requires(beans = DataSource.class)
public class TimePrecisionCheck {

    static final Instant PROBE = Instant.parse("2001-02-03T04:05:06.123456Z");

    TimePrecisionCheck(DataSource dataSource) {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT MICROSECOND(?)")) {
            statement.setTimestamp(1, Timestamp.from(PROBE));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                int received = row.getInt(1);
                if (received != PROBE.getNano() / 1000) {
                    throw new DatabaseSetupException(explanation(connection, received));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check how the database receives times: " + e.getMessage(), e);
        }
    }

    private static String explanation(Connection connection, int received) throws SQLException {
        String server = connection.getMetaData().getDatabaseProductVersion();
        String driver = connection.getMetaData().getDriverName();
        return "The database receives times without their fractions of a second (sent .123456, it got ." + String.format("%06d", received)
                + "; server " + server + ", driver " + driver + "). For a MariaDB 10 server use MariaDB's driver:"
                + " a DATASOURCES_DEFAULT_URL beginning with jdbc:mariadb:// (README, \"Configuration\").";
    }
}
