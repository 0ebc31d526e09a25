package app.skillcurrent.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The generator's way into the database: batched INSERTs counted per table, one-value queries, a note about
 * columns a newer schema added, ANALYZE at the end. What to generate is the writers' business
 * ({@link CourseWriter}, {@link ActivityWriter}).
 */
final class Tables {

    private final Connection db;
    private final int batchSize;
    private final Progress progress;
    private final Map<String, Long> inserted = new LinkedHashMap<>();

    Tables(Connection db, int batchSize, Progress progress) {
        this.db = db;
        this.batchSize = batchSize;
        this.progress = progress;
    }

    Batch batch(String table, String sql) throws SQLException {
        return new Batch(table, sql);
    }

    /** Rows written so far, per table, in the order the tables were first written to. */
    Map<String, Long> inserted() {
        return Collections.unmodifiableMap(inserted);
    }

    /** Counts rows written without a {@link Batch}. */
    void counted(String table, long rows) {
        inserted.merge(table, rows, Long::sum);
    }

    /** Fresh statistics for every table written to, so the optimiser plans as it would on real data. */
    void analyse() throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String table : inserted.keySet()) {
                s.execute("ANALYZE TABLE " + table); // its result is a status table; nothing to read
            }
        }
        db.commit();
    }

    /**
     * The schema grows with the application: a column this generator does not know gets its default (or,
     * without one, makes the INSERT fail). Say which, so that a newer schema is noticed.
     */
    private void warnAboutUnfilledColumns(String table, String insertSql) throws SQLException {
        String list = insertSql.substring(insertSql.indexOf('(') + 1, insertSql.indexOf(')'));
        Set<String> filled = new TreeSet<>();
        for (String column : list.split(",")) {
            filled.add(column.strip().toLowerCase(Locale.ROOT));
        }
        List<String> unfilled = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("""
                SELECT column_name, is_nullable, column_default, extra FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name = ? ORDER BY ordinal_position""")) {
            q.setString(1, table);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String column = rs.getString(1).toLowerCase(Locale.ROOT);
                    if (!filled.contains(column) && !rs.getString(4).contains("auto_increment")) {
                        unfilled.add(column + ("NO".equals(rs.getString(2)) ? " (NOT NULL, default "
                                + rs.getString(3) + ")" : ""));
                    }
                }
            }
        }
        db.commit();
        if (!unfilled.isEmpty()) {
            progress.clear();
            System.err.println("note: the generator leaves " + table + "." + String.join(", ", unfilled)
                    + " to the database's defaults");
        }
    }

    long nextId(String table) throws SQLException {
        Long max = single("SELECT MAX(id) FROM " + table);
        return max == null ? 1 : max + 1;
    }

    boolean exists(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }

    Long single(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                return null;
            }
            long value = rs.getLong(1);
            return rs.wasNull() ? null : value;
        }
    }

    static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    /** One INSERT statement collecting rows; the driver rewrites each sent batch into multi-row INSERTs. */
    final class Batch implements AutoCloseable {
        private final String table;
        private final PreparedStatement statement;
        int pending;

        Batch(String table, String sql) throws SQLException {
            this.table = table;
            this.statement = db.prepareStatement(sql);
            warnAboutUnfilledColumns(table, sql);
        }

        void row(Object... values) throws SQLException {
            bind(statement, values);
            statement.addBatch();
            pending++;
        }

        boolean full() {
            return pending >= batchSize;
        }

        /** Sends the collected rows inside the current transaction. */
        void send() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                inserted.merge(table, (long) pending, Long::sum);
            }
            pending = 0;
        }

        /** Sends the collected rows and commits. */
        void flush() throws SQLException {
            send();
            db.commit();
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }
}
