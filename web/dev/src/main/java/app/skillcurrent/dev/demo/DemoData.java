package app.skillcurrent.dev.demo;

import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountRules;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.Role;
import app.skillcurrent.core.account.SignUpRequest;
import app.skillcurrent.core.database.StartupLock;
import app.skillcurrent.core.organisation.NewOrganisation;
import app.skillcurrent.core.organisation.OrganisationService;
import app.skillcurrent.content.access.Editor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty database with demo accounts (and, as features arrive, demo content) so the product can be
 * tried at once. A database that already has accounts is never touched.
 */
@Singleton
@Requires(property = "app.demo-data.enabled", value = "true")
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    static final String LOCK = "skillcurrent.demo-data";

    private final AccountService accounts;
    private final OrganisationService organisations;
    private final DemoCourses courses;

    private final DemoTracks tracks;
    private final DemoOrganisation organisation;
    private final TransactionOperations<Connection> transactions;
    private final StartupLock startupLock;

    DemoData(AccountService accounts, OrganisationService organisations, DemoCourses courses, DemoTracks tracks,
             DemoOrganisation organisation, TransactionOperations<Connection> transactions, StartupLock startupLock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.courses = courses;
        this.tracks = tracks;
        this.organisation = organisation;
        this.transactions = transactions;
        this.startupLock = startupLock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (loaded()) {
            return;
        }
        // servers started together take turns: the second finds what the first committed, instead of
        // inserting the same accounts at the same moment (which InnoDB may answer with a deadlock)
        startupLock.holding(LOCK, () -> {
            if (loaded()) {
                LOG.info("Demo data was loaded by another server");
                return;
            }
            // all or nothing: a failure part-way must not leave a database that later starts consider filled
            transactions.executeWrite(status -> {
                load();
                return null;
            });
            LOG.info("Loaded demo data");
        });
    }

    private boolean loaded() {
        return accounts.findByEmail(DemoAccounts.LEARNER.email()).isPresent();
    }

    void load() {
        Account learner = create(DemoAccounts.LEARNER);
        Account instructor = create(DemoAccounts.INSTRUCTOR);
        accounts.grantRole(instructor.id(), Role.INSTRUCTOR);
        Account employer = create(DemoAccounts.EMPLOYER);
        Account admin = create(DemoAccounts.ADMIN);
        accounts.grantRole(admin.id(), Role.ADMIN);
        courses.load(new Editor(instructor.id(), true, false), new Editor(admin.id(), false, true));
        tracks.load(new Editor(instructor.id(), true, false));
        organisation.load(organisations.create(new NewOrganisation("Nordlys Social ApS"), employer.id()), employer, learner);
    }

    private Account create(DemoAccounts.DemoAccount demo) {
        return accounts.signUp(new SignUpRequest(demo.email(), demo.displayName(), DemoAccounts.PASSWORD, demo.locale(),
                AccountRules.CONSENT_GIVEN));
    }
}
