package app.skillcurrent.core.organisation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OrganisationRepository extends CrudRepository<Organisation, Long> {

    @Query("INSERT INTO organisation_members (organisation_id, user_id, role, joined_at) VALUES (:organisationId, :userId, :role, :joinedAt)")
    void addMember(long organisationId, long userId, String role, Instant joinedAt);

    @Query("SELECT role FROM organisation_members WHERE organisation_id = :organisationId AND user_id = :userId")
    Optional<String> findRole(long organisationId, long userId);
}
