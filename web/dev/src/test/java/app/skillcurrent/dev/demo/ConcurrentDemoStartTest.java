package app.skillcurrent.dev.demo;

import app.skillcurrent.testing.Sql;
import app.skillcurrent.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.RepeatedTest;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two servers started together on one empty database, demo data switched on: both come up (migrations and
 * keys raced too), and the demo data is there once.
 */
class ConcurrentDemoStartTest {

    private static final int SERVERS = 2;

    @RepeatedTest(2)
    void twoServersStartedTogetherBothComeUpAndLoadTheDemoDataOnce() throws Exception {
        Map<String, Object> properties = Map.of(
                "datasources.default.url", TestDatabase.freshDatabase(ConcurrentDemoStartTest.class),
                "datasources.default.username", TestDatabase.server().username(),
                "datasources.default.password", TestDatabase.server().password(),
                "app.demo-data.enabled", "true");
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ApplicationContext>> starts;
        try (ExecutorService pool = Executors.newFixedThreadPool(SERVERS)) {
            starts = List.of(pool.submit(() -> start(go, properties)), pool.submit(() -> start(go, properties)));
            go.countDown();
        }
        ApplicationContext first = starts.get(0).get();
        ApplicationContext second = starts.get(1).get();
        try {
            assertThat(first.isRunning()).as("the first server").isTrue();
            assertThat(second.isRunning()).as("the second server").isTrue();
            DataSource db = first.getBean(DataSource.class);
            assertThat(Sql.single(db, "SELECT COUNT(*) FROM users")).as("accounts").isEqualTo(DemoAccounts.ALL.size());
            assertThat(Sql.single(db, "SELECT COUNT(*) FROM organisations")).as("organisations").isEqualTo(1);
            assertThat(Sql.single(db, "SELECT COUNT(*) - COUNT(DISTINCT slug) FROM courses")).as("courses loaded twice").isZero();
            assertThat(Sql.single(db, "SELECT COUNT(*) FROM courses")).as("courses").isEqualTo(demoCourses());
        } finally {
            first.close();
            second.close();
        }
    }

    /** The courses the demo's index names. */
    private static long demoCourses() throws java.io.IOException {
        try (var index = ConcurrentDemoStartTest.class.getResourceAsStream("/demo/courses/index.txt")) {
            return new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank()).count();
        }
    }

    private static ApplicationContext start(CountDownLatch go, Map<String, Object> properties) throws InterruptedException {
        go.await();
        return ApplicationContext.run(properties);
    }
}
