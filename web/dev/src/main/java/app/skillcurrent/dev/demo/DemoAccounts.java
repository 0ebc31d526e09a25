package app.skillcurrent.dev.demo;

import java.util.List;

/** The demo accounts a fresh installation gets, one per kind of user. Demo data only: never production. */
public final class DemoAccounts {

    public static final String PASSWORD = "learn-2026-demo";

    public record DemoAccount(String kind, String email, String displayName, String locale) {
    }

    public static final DemoAccount LEARNER = new DemoAccount("learner", "learner@example.com", "Lena Learner", "en");
    public static final DemoAccount INSTRUCTOR = new DemoAccount("instructor", "instructor@example.com", "Ines Instructor", "en");
    public static final DemoAccount EMPLOYER = new DemoAccount("employer admin", "employer@example.com", "Emil Employer", "da");
    public static final DemoAccount ADMIN = new DemoAccount("platform admin", "admin@example.com", "Ada Admin", "de");

    public static final List<DemoAccount> ALL = List.of(LEARNER, INSTRUCTOR, EMPLOYER, ADMIN);

    private DemoAccounts() {
    }
}
