package app.skillcurrent.web.privacy;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.authoring.Course;
import app.skillcurrent.content.authoring.Publishing;
import app.skillcurrent.content.revision.LessonContent;
import app.skillcurrent.content.revision.LessonTask;
import app.skillcurrent.content.revision.QuizOption;
import app.skillcurrent.content.revision.QuizQuestion;
import app.skillcurrent.content.revision.TaskKind;
import app.skillcurrent.content.fixture.ContentFixtures;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.assignment.NewAssignment;
import app.skillcurrent.core.assignment.NewTeam;
import app.skillcurrent.core.assignment.Assignments;
import app.skillcurrent.core.assignment.Teams;
import app.skillcurrent.core.enrolment.Enrolments;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.enrolment.LearnerCourse;
import app.skillcurrent.core.organisation.NewInvitation;
import app.skillcurrent.core.organisation.NewOrganisation;
import app.skillcurrent.core.organisation.Invitations;
import app.skillcurrent.core.organisation.Organisation;
import app.skillcurrent.core.organisation.OrganisationService;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.testing.WebSession;
import app.skillcurrent.web.support.Accounts;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Learners with something to their name, made through the real services: a course whose one lesson asks for
 * a written reflection, the lesson done with its reflection, an exam passed (so a certificate), and places in
 * organisations and teams.
 */
@Singleton
class People {

    private final CoreFixtures fixtures;
    private final ContentFixtures courses;
    private final Publishing publishing;
    private final Enrolments enrolments;
    private final Progress progress;
    private final OrganisationService organisations;
    private final Invitations invitations;
    private final Teams teams;
    private final Assignments assignments;

    People(CoreFixtures fixtures, ContentFixtures courses, Publishing publishing, Enrolments enrolments, Progress progress,
           OrganisationService organisations, Invitations invitations, Teams teams, Assignments assignments) {
        this.fixtures = fixtures;
        this.courses = courses;
        this.publishing = publishing;
        this.enrolments = enrolments;
        this.progress = progress;
        this.organisations = organisations;
        this.invitations = invitations;
        this.teams = teams;
        this.assignments = assignments;
    }

    /** A published course of one lesson: a reflection to write and one question, its exam that question. */
    Course reflectionCourse() {
        Editor instructor = fixtures.instructor();
        Course course = courses.course(instructor);
        courses.lesson(instructor, course, new LessonContent("Your audience", "Who watches you, and why.", 5,
                List.of(new LessonTask(TaskKind.REFLECTION, "Describe your audience in two sentences.")),
                List.of(new QuizQuestion("q-audience", "Who is your audience?",
                        List.of(new QuizOption("a", "The people who watch", true), new QuizOption("b", "Everyone", false)),
                        "The audience is who actually watches.")), Set.of()));
        publishing.publish(instructor, course.slug(), null, "First edition.");
        return course;
    }

    Account learner(String name) {
        return fixtures.learner(name);
    }

    /** Writes the reflection, answers the question, completes the lesson: everything but the exam. */
    void study(Account learner, Course course, String reflection) {
        enrolments.enrol(learner.id(), course.slug());
        LearnerCourse followed = enrolments.open(learner.id(), course.slug());
        long lessonId = followed.lessons().get(0).lessonId();
        progress.saveTask(learner.id(), followed, lessonId, 0, false, reflection);
        progress.answer(learner.id(), followed, lessonId, "q-audience", Set.of("a"));
        progress.complete(learner.id(), followed, lessonId);
    }

    /** Studies the course and passes its exam: holds its certificate. */
    void graduate(Account learner, Course course, String reflection) {
        study(learner, course, reflection);
        assertThat(fixtures.passExam(learner.id(), course.slug()).attempt().passed()).isTrue();
    }

    /** A browser signed in as the learner. */
    static WebSession signedIn(URI base, Account learner) {
        WebSession session = new WebSession(base);
        assertThat(Accounts.signIn(session, learner.email(), CoreFixtures.PASSWORD).statusCode()).isEqualTo(303);
        return session;
    }

    Organisation organisation(Account admin, String name) {
        return organisations.create(new NewOrganisation(name), admin.id());
    }

    void join(Organisation organisation, Account admin, Account member) {
        String token = invitations.invite(organisation, admin.id(), new NewInvitation(member.email())).token();
        invitations.acceptByToken(token, member);
    }

    void invite(Organisation organisation, Account admin, String email) {
        invitations.invite(organisation, admin.id(), new NewInvitation(email));
    }

    /** A team of the organisation with the member in it, and the course assigned to the team. */
    void team(Organisation organisation, Account admin, String name, Account member, Course course) {
        teams.create(organisation, new NewTeam(name));
        String teamId = teams.of(organisation).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().publicId();
        teams.addMember(organisation, teamId, member.publicId());
        assignments.assign(organisation, admin.id(), NewAssignment.of("course:" + course.slug(), "team:" + teamId, null));
    }
}
