package app.skillcurrent.web.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.management.endpoint.EndpointDefaultConfiguration;
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

import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Sensitive management endpoints ({@code /prometheus}: traffic, pool, JVM) are for platform admins: a
 * visitor is asked to sign in (401), any other account is refused (403). Roles live in the database, not in
 * the session, so the account is read, off the event loop. When the endpoints have a port of their own
 * ({@code endpoints.all.port}, reachable only from the operators' network), they are open there, so that a
 * metrics scraper needs no account.
 */
@Singleton
@Replaces(SensitiveEndpointRule.class)
class AdminEndpoints extends SensitiveEndpointRule {

    private final CurrentAccount currentAccount;
    private final Scheduler blocking;
    private final Optional<Integer> managementPort;

    AdminEndpoints(EndpointSensitivityProcessor sensitivity, CurrentAccount currentAccount,
                   @Named(TaskExecutors.BLOCKING) ExecutorService blocking, EndpointDefaultConfiguration endpoints) {
        super(sensitivity);
        this.currentAccount = currentAccount;
        this.blocking = Schedulers.fromExecutorService(blocking);
        this.managementPort = endpoints.getPort();
    }

    @Override
    protected Publisher<SecurityRuleResult> checkSensitiveAnonymous(HttpRequest<?> request, ExecutableMethod<?, ?> method) {
        return onManagementPort(request) ? Mono.just(SecurityRuleResult.ALLOWED) : super.checkSensitiveAnonymous(request, method);
    }

    @Override
    protected Publisher<SecurityRuleResult> checkSensitiveAuthenticated(HttpRequest<?> request, Authentication authentication,
                                                                        ExecutableMethod<?, ?> method) {
        if (onManagementPort(request)) {
            return Mono.just(SecurityRuleResult.ALLOWED);
        }
        return Mono.fromCallable(() -> currentAccount.of(request).map(SignedIn::isAdmin).orElse(false)
                        ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED)
                .subscribeOn(blocking);
    }

    private boolean onManagementPort(HttpRequest<?> request) {
        return managementPort.isPresent() && request.getServerAddress().getPort() == managementPort.get();
    }
}
