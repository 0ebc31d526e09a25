package app.skillcurrent.core.certificate;

import app.skillcurrent.content.revision.Version;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns certificate rows into {@link CertificateView}s. What a view adds (the course's current version, the
 * first newer major version, the renewals either way) is read for all the given certificates together: at
 * most four queries however many there are, so a wallet or a team report does not read per certificate.
 */
@Singleton
class CertificateViews {

    private final CertificateRepository certificates;
    private final Clock clock;

    CertificateViews(CertificateRepository certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    CertificateView of(Certificate certificate) {
        return of(List.of(certificate)).get(0);
    }

    /** Views of these certificates, in the same order. */
    List<CertificateView> of(List<Certificate> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> courseIds = rows.stream().map(Certificate::courseId).collect(Collectors.toSet());
        Map<Long, CertificateRows.FactsOf> facts = certificates.courseFactsOf(courseIds).stream()
                .collect(Collectors.toMap(CertificateRows.FactsOf::courseId, Function.identity()));
        Map<Long, List<CertificateRows.MajorOf>> majors = certificates.majorsOf(courseIds).stream()
                .collect(Collectors.groupingBy(CertificateRows.MajorOf::courseId));
        Map<Long, String> renewedBy = new HashMap<>();
        certificates.renewalsOf(rows.stream().map(Certificate::id).toList())
                .forEach(r -> renewedBy.putIfAbsent(r.id(), r.publicId()));
        Set<Long> renewedFromIds = new HashSet<>();
        rows.stream().map(Certificate::renewedFromId).filter(Objects::nonNull).forEach(renewedFromIds::add);
        Map<Long, String> renewedFrom = renewedFromIds.isEmpty() ? Map.of() : publicIds(renewedFromIds);
        Instant now = clock.instant();
        return rows.stream().map(row -> view(row, Objects.requireNonNull(facts.get(row.courseId()), "course of a certificate"),
                firstMajorAfter(majors.getOrDefault(row.courseId(), List.of()), row.major()),
                renewedBy.get(row.id()), row.renewedFromId() == null ? null : renewedFrom.get(row.renewedFromId()), now))
                .toList();
    }

    private Map<Long, String> publicIds(Collection<Long> ids) {
        return certificates.publicIdsOf(ids).stream()
                .collect(Collectors.toMap(CertificateRows.PublicIdOf::id, CertificateRows.PublicIdOf::publicId));
    }

    /** The first major version published after {@code major}: it starts the renewal window. */
    private static Optional<CertificateRows.MajorOf> firstMajorAfter(List<CertificateRows.MajorOf> majorsOldestFirst, int major) {
        return majorsOldestFirst.stream().filter(m -> m.major() > major).findFirst();
    }

    private static CertificateView view(Certificate certificate, CertificateRows.FactsOf course,
                                        Optional<CertificateRows.MajorOf> newer, String renewedBy, String renewedFrom,
                                        Instant now) {
        Instant closes = newer.map(p -> p.publishedAt().plus(Duration.ofDays(course.renewalWindowDays()))).orElse(null);
        Version current = course.currentMajor() == null ? certificate.version()
                : new Version(course.currentMajor(), course.currentMinor());
        CertificateStatus status = CertificateStatus.of(certificate.state(), certificate.validUntil(), closes, now);
        return new CertificateView(certificate, course.slug(), current,
                newer.map(p -> new Version(p.major(), p.minor())).orElse(null), closes, status, renewedBy, renewedFrom);
    }
}
