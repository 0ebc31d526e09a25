package app.skillcurrent.core.organisation;

import app.skillcurrent.core.learningtime.DailySeconds;
import app.skillcurrent.core.learningtime.LearningTime;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Learning time set aside by employers against the time learners really spent in lessons. Going over a
 * budget is reported, never enforced: learning is not blocked.
 */
@Singleton
public class Budgets {

    /** A member's budget in the current period and how much of it they used. */
    public record Usage(Budget budget, long usedSeconds, LocalDate from, LocalDate to) {
        public long allocatedSeconds() {
            return budget.minutes() * 60L;
        }

        public long leftSeconds() {
            return Math.max(0, allocatedSeconds() - usedSeconds);
        }

        public long overSeconds() {
            return Math.max(0, usedSeconds - allocatedSeconds());
        }

        public int percentUsed() {
            return allocatedSeconds() == 0 ? 0 : (int) Math.min(999, Math.round(100.0 * usedSeconds / allocatedSeconds()));
        }
    }

    /** For the learner's dashboard: one organisation's budget for them. */
    public record LearnerBudget(String organisationName, Usage usage) {
    }

    private final OrganisationRepository organisations;
    private final LearningTime learningTime;
    private final Clock clock;

    Budgets(OrganisationRepository organisations, LearningTime learningTime, Clock clock) {
        this.organisations = organisations;
        this.learningTime = learningTime;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /**
     * Each member's budget for the current period and what they used of it, in one query for all of them.
     * Members without a budget (neither their own nor the organisation's) are left out.
     */
    public Map<Long, Usage> usages(Organisation organisation, List<Member> members) {
        LocalDate today = today();
        Map<Long, Budget> budgetOf = new HashMap<>();
        members.forEach(m -> m.budget(organisation).ifPresent(b -> budgetOf.put(m.userId(), b)));
        if (budgetOf.isEmpty()) {
            return Map.of();
        }
        LocalDate earliest = budgetOf.values().stream().map(b -> b.period().start(today)).min(Comparator.naturalOrder()).orElseThrow();
        Map<Long, List<DailySeconds>> days = learningTime.daily(budgetOf.keySet(), earliest, today).stream()
                .collect(Collectors.groupingBy(DailySeconds::userId));
        Map<Long, Usage> usages = new HashMap<>();
        budgetOf.forEach((userId, budget) -> {
            LocalDate from = budget.period().start(today);
            long used = days.getOrDefault(userId, List.of()).stream().filter(d -> !d.day().isBefore(from))
                    .mapToLong(DailySeconds::seconds).sum();
            usages.put(userId, new Usage(budget, used, from, budget.period().end(today)));
        });
        return usages;
    }

    /** The budgets this learner has in each of their organisations that set one. */
    public List<LearnerBudget> of(long userId) {
        return organisations.ofUser(userId).stream()
                .flatMap(o -> organisations.memberByUserId(o.id(), userId).stream()
                        .map(m -> usages(o, List.of(m)).get(userId))
                        .filter(Objects::nonNull)
                        .map(usage -> new LearnerBudget(o.name(), usage)))
                .toList();
    }
}
