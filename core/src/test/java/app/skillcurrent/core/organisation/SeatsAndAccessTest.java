package app.skillcurrent.core.organisation;

import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.fixture.CoreServiceTest;
import app.skillcurrent.core.fixture.OrganisationFixtures;
import app.skillcurrent.testing.TestClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * An organisation's seats are held by its members and by its open, unexpired invitations; and only its admins
 * may manage it, while outsiders are not even told it exists.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeatsAndAccessTest implements CoreServiceTest {

    @Inject
    CoreFixtures fixtures;
    @Inject
    OrganisationFixtures employers;
    @Inject
    OrganisationService organisations;
    @Inject
    Invitations invitations;
    @Inject
    TestClock clock;

    @Override
    public Map<String, String> extraProperties() {
        return TestClock.ENABLED;
    }

    private static Map<String, String> problemsOf(ThrowingCallable call) {
        FieldRejectedException refused = catchThrowableOfType(FieldRejectedException.class, call);
        assertThat(refused).as("refused with a message per field").isNotNull();
        return refused.problems();
    }

    private IssuedInvitation invite(Organisation organisation, Account admin, String email) {
        return invitations.invite(organisation, admin.id(), new NewInvitation(email));
    }

    @Test
    void anOpenInvitationHoldsASeatAndNoInvitationIsIssuedWithoutOne() {
        Account admin = fixtures.learner("Admin");
        Organisation organisation = employers.organisation(admin);
        employers.seats(organisation, 2);
        IssuedInvitation first = invite(organisation, admin, "first@example.com");
        assertThat(organisations.seatsTaken(organisation.id())).as("the admin and the open invitation").isEqualTo(2);

        assertThat(problemsOf(() -> invite(organisation, admin, "second@example.com")))
                .containsExactly(entry("email", "error.invitation.noSeats"));

        invitations.revoke(organisation, first.invitation().publicId());
        assertThat(organisations.seatsTaken(organisation.id())).as("a revoked invitation frees its seat").isEqualTo(1);
        assertThat(invite(organisation, admin, "second@example.com").invitation().email()).isEqualTo("second@example.com");
    }

    @Test
    void anExpiredInvitationFreesItsSeat() {
        Account admin = fixtures.learner("Admin");
        Organisation organisation = employers.organisation(admin);
        employers.seats(organisation, 2);
        invite(organisation, admin, "slow@example.com");

        clock.advance(Invitations.VALID_FOR);
        assertThat(organisations.seatsTaken(organisation.id())).isEqualTo(1);
        assertThat(invite(organisation, admin, "prompt@example.com").invitation().email()).isEqualTo("prompt@example.com");
    }

    @Test
    void seatsCannotDropBelowWhatMembersAndInvitationsHold() {
        Account admin = fixtures.learner("Admin");
        Organisation organisation = employers.organisation(admin);
        employers.member(organisation, admin, "Member");
        invite(organisation, admin, "invited@example.com");

        assertThat(problemsOf(() -> employers.seats(organisation, 2)))
                .containsExactly(entry("seats", "error.organisation.seatsBelowUsed"));
        employers.seats(organisation, 3);
        assertThat(organisations.administered(organisation.publicId(), admin.id()).seats()).isEqualTo(3);
    }

    @Test
    void onlyAdminsManageAnOrganisationAndOutsidersAreNotToldItExists() {
        Account admin = fixtures.learner("Admin");
        Organisation organisation = employers.organisation(admin);
        Account member = employers.member(organisation, admin, "Member");
        Account outsider = fixtures.learner("Outsider");

        assertThat(organisations.administered(organisation.publicId(), admin.id()).id()).isEqualTo(organisation.id());
        assertThatThrownBy(() -> organisations.administered(organisation.publicId(), member.id()))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> organisations.administered(organisation.publicId(), outsider.id()))
                .as("the same answer as for an organisation that does not exist").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> organisations.administered("not-an-id", admin.id())).isInstanceOf(NotFoundException.class);
        assertThat(organisations.roleOf(organisation.id(), member.id())).contains(OrganisationRole.MEMBER);
        assertThat(organisations.roleOf(organisation.id(), outsider.id())).isEqualTo(Optional.empty());
    }

    @Test
    void anInvitationIsAcceptedOnceAndOnlyByTheInvitedAddress() {
        Account admin = fixtures.learner("Admin");
        Organisation organisation = employers.organisation(admin);
        Account invited = fixtures.learner("Invited");
        Account other = fixtures.learner("Other");
        String token = invite(organisation, admin, invited.email()).token();

        OrganisationRefusedException notYours = catchThrowableOfType(OrganisationRefusedException.class,
                () -> invitations.acceptByToken(token, other));
        assertThat(notYours.messageKey()).isEqualTo("error.invitation.otherAddress");
        assertThat(organisations.roleOf(organisation.id(), other.id())).isEmpty();

        invitations.acceptByToken(token, invited);
        assertThat(organisations.roleOf(organisation.id(), invited.id())).contains(OrganisationRole.MEMBER);
        OrganisationRefusedException used = catchThrowableOfType(OrganisationRefusedException.class,
                () -> invitations.acceptByToken(token, invited));
        assertThat(used.messageKey()).isEqualTo("error.invitation.used");
        assertThat(used.kind()).isEqualTo(OrganisationRefusedException.Kind.GONE);
    }
}
