package app.skillcurrent.web.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.management.endpoint.EndpointSensitivityProcessor;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.rules.SensitiveEndpointRule;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.ExecutorService;

/**
 * Sensitive management endpoints ({@code /prometheus}: traffic, pool, JVM) are for platform admins: a
 * visitor is asked to sign in (401), any other account is refused (403). Roles live in the database, not in
 * the session, so the account is read, off the event loop.
 */
@Singleton
@Replaces(SensitiveEndpointRule.class)
class AdminEndpoints extends SensitiveEndpointRule {

    private final CurrentAccount currentAccount;
    private final Scheduler blocking;

    AdminEndpoints(EndpointSensitivityProcessor sensitivity, CurrentAccount currentAccount,
                   @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        super(sensitivity);
        this.currentAccount = currentAccount;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    @Override
    protected Publisher<SecurityRuleResult> checkSensitiveAuthenticated(HttpRequest<?> request, Authentication authentication,
                                                                        ExecutableMethod<?, ?> method) {
        return Mono.fromCallable(() -> currentAccount.of(request).map(SignedIn::isAdmin).orElse(false)
                        ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED)
                .subscribeOn(blocking);
    }
}
