package app.skillcurrent.web.http;

import app.skillcurrent.testing.DatabaseTest;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every route of the application runs on the blocking executor (they all read the database) and says what it
 * produces, whichever way it declares it; checked on the routes the router knows, so a new one is included.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteKindsTest implements DatabaseTest {

    @Inject
    Router router;

    @Test
    void everyApplicationRouteRunsOnTheBlockingExecutorAndNamesWhatItProduces() {
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes()
                .filter(route -> route.getDeclaringType().getName().startsWith("app.skillcurrent."))
                .toList();
        assertFalse(routes.isEmpty());
        assertEquals(List.of(), routes.stream()
                .filter(route -> !route.getAnnotationMetadata().stringValue(ExecuteOn.class).orElse("").equals(TaskExecutors.BLOCKING))
                .map(Object::toString).toList(), "routes not on the blocking executor");
        assertEquals(List.of(), routes.stream()
                .filter(route -> route.getAnnotationMetadata().stringValues(Produces.class).length == 0)
                .map(Object::toString).toList(), "routes that do not say what they produce");
    }
}
