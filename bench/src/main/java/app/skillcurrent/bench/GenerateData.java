package app.skillcurrent.bench;

import app.skillcurrent.testing.EmbeddedDatabase;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Fills a Skillcurrent database with benchmark data: learners, published courses with lessons, enrolments and
 * lesson progress. It opens the embedded database of a data folder the server has already started once
 * (so Flyway created the schema and the demo data exists) and writes with JDBC batches that the driver sends
 * as multi-row INSERTs, one transaction per batch. Lesson texts, tasks and quizzes are copied from the demo
 * courses, so every generated lesson is one the application can render. The parts: {@link Options} (command
 * line), {@link Generator} (the run, in order), {@link CourseWriter} (the catalogue), {@link ActivityWriter}
 * (enrolments and progress), {@link DemoCourses} (the lessons copied), {@link Tables} (batched INSERTs counted
 * per table), {@link Words} (titles and names), {@link Progress} (the progress bar).
 *
 * <pre>
 * javac -d classes -cp 'bench/data/app/current/lib/*' bench/src/*.java
 * java -cp 'classes:bench/data/app/current/lib/*' GenerateData --data-dir bench/data/db \
 *      [--learners 10000] [--courses 200] [--progress-rows 100000] [--seed 42] [--summary-file F]
 * </pre>
 */
public final class GenerateData {

    static final String DATABASE = "skillcurrent";
    static final String SLUG_PREFIX = "bench-";
    static final String LEARNER_EMAIL = "bench-learner-%d@example.com";
    static final String DEMO_LEARNER = "learner@example.com";
    static final String DEMO_INSTRUCTOR = "instructor@example.com";

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(64);
            return;
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(options.dataDir)) {
            String url = db.createDatabase(DATABASE)
                    + "&rewriteBatchedStatements=true&cachePrepStmts=true&useServerPrepStmts=false";
            try (Connection connection = DriverManager.getConnection(url, db.username(), db.password())) {
                connection.setAutoCommit(false);
                new Generator(connection, options, System.err).run();
            }
        } catch (Refused e) {
            System.err.println("generate-data: " + e.getMessage());
            System.exit(3);
        }
    }

}
