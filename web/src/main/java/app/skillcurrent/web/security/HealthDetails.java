package app.skillcurrent.web.security;

import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Named;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.ExecutorService;

/**
 * {@code /health} answers everyone, load balancers first, with UP or DOWN; its details (the database's
 * address, disk, versions), which the endpoint computes for any signed-in account, are left for platform
 * admins. Visitors cost no database read.
 */
@Filter({"/health", "/health/**"})
class HealthDetails implements HttpServerFilter {

    private final CurrentAccount currentAccount;
    private final Scheduler blocking;

    HealthDetails(CurrentAccount currentAccount, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.currentAccount = currentAccount;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (request.getUserPrincipal().isEmpty()) {
            // the endpoint shows visitors no details
            return chain.proceed(request);
        }
        return Mono.fromCallable(() -> currentAccount.of(request).map(SignedIn::isAdmin).orElse(false))
                .subscribeOn(blocking)
                .flatMap(admin -> admin
                        ? Mono.from(chain.proceed(request))
                        : Mono.from(chain.proceed(request)).map(HealthDetails::withoutDetails));
    }

    private static MutableHttpResponse<?> withoutDetails(MutableHttpResponse<?> response) {
        return response.getBody(HealthResult.class)
                .<MutableHttpResponse<?>>map(health -> response.body(new BareHealth(health.getStatus())))
                .orElse(response);
    }

    /** What anyone may know of the server's health. */
    @Serdeable
    record BareHealth(String status) {
        BareHealth(HealthStatus status) {
            this(status.getName());
        }
    }
}
