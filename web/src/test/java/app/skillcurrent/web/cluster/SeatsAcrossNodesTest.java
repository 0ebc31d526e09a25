package app.skillcurrent.web.cluster;

import app.skillcurrent.core.account.AccountRules;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.account.SignUpRequest;
import app.skillcurrent.core.organisation.Invitations;
import app.skillcurrent.core.organisation.NewInvitation;
import app.skillcurrent.core.organisation.NewOrganisation;
import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.core.organisation.OrganisationService;
import app.skillcurrent.core.organisation.OrganisationSettings;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.core.fixture.CoreFixtures;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seats are decided one at a time even when the admins' requests reach different servers on different
 * database nodes, where a row lock taken on one node does not hold back a transaction on another.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeatsAcrossNodesTest implements ClusterTest {

    @Inject
    AccountService accounts;
    @Inject
    OrganisationService organisations;
    @Inject
    Invitations invitations;

    private EmbeddedServer second;

    @BeforeAll
    void startTheSecondServer() {
        second = serverOn(2);
    }

    @AfterAll
    void stopTheSecondServer() {
        second.close();
    }

    @Test
    void invitationsRacingOnTwoNodesForTheLastSeatGiveItOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            Account admin = accounts.signUp(new SignUpRequest(ContentFixtures.unique("admin") + "@example.com", "Pat", CoreFixtures.PASSWORD, "en", AccountRules.CONSENT_GIVEN));
            Organisation organisation = organisations.create(new NewOrganisation("Race " + round), admin.id());
            organisations.updateSettings(organisation, OrganisationSettings.of("Race " + round, 2, Optional.empty()));
            Invitations there = second.getApplicationContext().getBean(Invitations.class);

            List<String> outcomes = Race.of(8, i -> {
                Invitations through = i % 2 == 0 ? invitations : there;
                try {
                    through.invite(organisation, admin.id(), new NewInvitation(ContentFixtures.unique("invitee") + "@example.com"));
                    return "invited";
                } catch (FieldRejectedException refused) {
                    return "refused " + refused.getMessage();
                }
            });
            assertThat(outcomes).as("round %d: one seat was free", round).filteredOn("invited"::equals).hasSize(1);
            assertThat(organisations.seatsTaken(organisation.id())).as("round %d", round).isEqualTo(2);
        }
    }
}
