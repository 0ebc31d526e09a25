package app.skillcurrent.web.organisation;

import app.skillcurrent.web.view.Durations;
import app.skillcurrent.core.credential.Issuer;
import app.skillcurrent.core.organisation.BudgetEntry;
import app.skillcurrent.core.organisation.Budgets;
import app.skillcurrent.core.organisation.Invitation;
import app.skillcurrent.core.organisation.Invitations;
import app.skillcurrent.core.organisation.IssuedInvitation;
import app.skillcurrent.core.organisation.Member;
import app.skillcurrent.core.organisation.MemberBudget;
import app.skillcurrent.core.organisation.Members;
import app.skillcurrent.core.organisation.NewInvitation;
import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.core.organisation.OrganisationService;
import app.skillcurrent.core.organisation.OrganisationSettings;
import app.skillcurrent.web.view.FieldErrors;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link MembersPage}: as it stands, or with one of its forms as it was just sent and what is wrong
 * with it, or with the link of an invitation just issued.
 */
@Singleton
class MembersPages {

    private static final NewInvitation NO_INVITATION = new NewInvitation("");

    private final OrganisationService organisations;
    private final Members members;
    private final Invitations invitations;
    private final Budgets budgets;
    private final Issuer issuer;
    private final Clock clock;

    MembersPages(OrganisationService organisations, Members members, Invitations invitations, Budgets budgets,
                 Issuer issuer, Clock clock) {
        this.organisations = organisations;
        this.members = members;
        this.invitations = invitations;
        this.budgets = budgets;
        this.issuer = issuer;
        this.clock = clock;
    }

    /** The page as it stands; {@code errors} for a refusal that belongs to no form of its own (a role, a resend). */
    MembersPage of(Organisation organisation, FieldErrors errors) {
        return page(organisation, null, NO_INVITATION, OrganisationSettings.of(organisation), null, errors);
    }

    MembersPage withSettings(Organisation organisation, OrganisationSettings sent, FieldErrors errors) {
        return page(organisation, null, NO_INVITATION, sent, null, errors);
    }

    MembersPage withInvitation(Organisation organisation, NewInvitation sent, FieldErrors errors) {
        return page(organisation, null, sent, OrganisationSettings.of(organisation), null, errors);
    }

    /** With the link of the invitation just made or resent; the database keeps only its hash, so this is the one chance. */
    MembersPage issued(Organisation organisation, IssuedInvitation issued) {
        // the installation's public address, like every link that leaves the site, not the request's Host header
        MembersPage.IssuedLink link = new MembersPage.IssuedLink(issued.invitation().email(),
                issuer.baseUrl() + "/invitations/" + issued.token(), day(issued.invitation().expiresAt()));
        return page(organisation, link, NO_INVITATION, OrganisationSettings.of(organisation), null, FieldErrors.NONE);
    }

    /** With one member's budget form as it was sent, its problems named after that member's fields. */
    MembersPage withBudget(Organisation organisation, Member member, MemberBudget sent, FieldErrors errors) {
        return page(organisation, null, NO_INVITATION, OrganisationSettings.of(organisation),
                new SentBudget(member.publicId(), sent), inRow(errors, member.publicId()));
    }

    /** A member's budget form as it was just sent. */
    private record SentBudget(String memberPublicId, MemberBudget form) {
    }

    private MembersPage page(Organisation organisation, @Nullable MembersPage.IssuedLink link, NewInvitation invite,
                             OrganisationSettings settings, @Nullable SentBudget sentBudget, FieldErrors errors) {
        List<Member> people = members.of(organisation);
        Map<Long, Budgets.Usage> usages = budgets.usages(organisation, people);
        List<MembersPage.MemberRow> rows = people.stream().map(member -> {
            boolean sent = sentBudget != null && sentBudget.memberPublicId().equals(member.publicId());
            Budgets.Usage usage = usages.get(member.userId());
            return new MembersPage.MemberRow(member.publicId(), member.displayName(), member.former() ? null : member.email(), member.isAdmin(),
                    member.ownBudget().isPresent(), sent ? sentBudget.form() : MemberBudget.of(member, organisation),
                    sent ? errors.field().get(hoursField(member.publicId())) : null,
                    sent ? errors.field().get(periodField(member.publicId())) : null,
                    usage == null ? null : new MembersPage.TimeUse(Durations.hoursMinutes(usage.usedSeconds()),
                            Durations.hoursMinutes(usage.allocatedSeconds()),
                            "organisation.period." + usage.budget().period().name(), usage.overSeconds() > 0));
        }).toList();
        Instant now = clock.instant();
        List<MembersPage.OpenInvitation> open = invitations.open(organisation).stream()
                .map(i -> new MembersPage.OpenInvitation(i.publicId(), i.email(), day(i.expiresAt()),
                        i.state(now) == Invitation.State.EXPIRED))
                .toList();
        return new MembersPage(OrganisationHeading.of(organisation), organisations.seatsTaken(organisation.id()), link,
                invite, settings, rows, open, errors);
    }

    /** The budget form's problems under the names of that member's fields, so the summary links to them. */
    private static FieldErrors inRow(FieldErrors errors, String memberPublicId) {
        Map<String, String> field = new LinkedHashMap<>();
        List<FieldErrors.Problem> all = new ArrayList<>();
        for (FieldErrors.Problem problem : errors.all()) {
            String name = switch (problem.field()) {
                case BudgetEntry.HOURS -> hoursField(memberPublicId);
                case "budgetPeriod" -> periodField(memberPublicId);
                default -> problem.field();
            };
            field.put(name, problem.message());
            all.add(new FieldErrors.Problem(name, problem.label(), problem.message()));
        }
        return new FieldErrors(field, all);
    }

    private static String hoursField(String memberPublicId) {
        return "hours-" + memberPublicId;
    }

    private static String periodField(String memberPublicId) {
        return "period-" + memberPublicId;
    }

    private static String day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
