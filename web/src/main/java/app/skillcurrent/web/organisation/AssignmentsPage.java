package app.skillcurrent.web.organisation;

import app.skillcurrent.core.assignment.AssignmentRow;
import app.skillcurrent.core.assignment.Assignments;
import app.skillcurrent.core.assignment.NewAssignment;
import app.skillcurrent.core.assignment.Team;
import app.skillcurrent.core.organisation.Member;
import app.skillcurrent.web.view.FieldErrors;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The assignment form (what: courses and tracks; to whom: teams and members; an optional due date) and the
 * work assigned so far, each with a button that withdraws it.
 */
record AssignmentsPage(OrganisationHeading organisation, List<Option> courses, List<Option> tracks, List<Option> teams,
                       List<Option> members, NewAssignment form, List<AssignedWork> assignments, FieldErrors errors)
        implements OrganisationPage {

    /** A choice of the form; {@code value} is what the form sends ({@code course:slug}, {@code team:publicId}). */
    record Option(String value, String label, boolean selected) {
    }

    /** @param due null when open-ended */
    record AssignedWork(String publicId, String title, boolean track, boolean team, String assignee, @Nullable String due) {
    }

    static AssignmentsPage of(OrganisationAdmin admin, Assignments.Choices choices, List<Team> teams, List<Member> members,
                              List<AssignmentRow> assigned, NewAssignment form, FieldErrors errors) {
        return new AssignmentsPage(admin.heading(),
                choices.courses().stream().map(c -> option("course:" + c.slug(), c.title(), form.what())).toList(),
                choices.tracks().stream().map(t -> option("track:" + t.slug(), t.title(), form.what())).toList(),
                teams.stream().map(t -> option("team:" + t.publicId(), t.name(), form.whom())).toList(),
                members.stream().map(m -> option("member:" + m.publicId(), m.displayName(), form.whom())).toList(),
                form,
                assigned.stream().map(a -> new AssignedWork(a.publicId(), a.title(), a.isTrack(), a.isForTeam(),
                        a.assigneeName(), a.dueOn() == null ? null : a.dueOn().toString())).toList(),
                errors);
    }

    private static Option option(String value, String label, @Nullable String chosen) {
        return new Option(value, label, value.equals(chosen));
    }

    @Override
    public String section() {
        return "assignments";
    }

    @Override
    public String view() {
        return "organisation/assignments";
    }
}
