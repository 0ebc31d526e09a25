package app.skillcurrent.core.organisation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface InvitationRepository extends GenericRepository<Invitation, Long> {

    @Query("""
            INSERT INTO invitations (public_id, organisation_id, email, token_hash, invited_by, created_at, expires_at)
            VALUES (:publicId, :organisationId, :email, :tokenHash, :invitedBy, :createdAt, :expiresAt)""")
    void insert(String publicId, long organisationId, String email, String tokenHash, long invitedBy, Instant createdAt,
                Instant expiresAt);

    Optional<Invitation> findByTokenHash(String tokenHash);

    Optional<Invitation> findByPublicId(String publicId);

    @Query("SELECT * FROM invitations WHERE id = :id FOR UPDATE")
    Optional<Invitation> lock(long id);

    @Query("SELECT * FROM invitations WHERE organisation_id = :organisationId AND open_email = :email")
    Optional<Invitation> openFor(long organisationId, String email);

    /** Open invitations of an organisation, expired ones included (an admin may resend or revoke them). */
    @Query("SELECT * FROM invitations WHERE organisation_id = :organisationId AND open_email IS NOT NULL ORDER BY created_at DESC, id DESC")
    List<Invitation> open(long organisationId);

    /** Open invitations to this address in any organisation, for the invitee's dashboard. */
    @Query("SELECT * FROM invitations WHERE open_email = :email AND expires_at > :now ORDER BY created_at DESC, id DESC")
    List<Invitation> openTo(String email, Instant now);

    @Query("SELECT COUNT(*) FROM invitations WHERE organisation_id = :organisationId AND open_email IS NOT NULL AND expires_at > :now")
    int countHoldingSeats(long organisationId, Instant now);

    @Query("UPDATE invitations SET token_hash = :tokenHash, created_at = :now, expires_at = :expiresAt WHERE id = :id AND open_email IS NOT NULL")
    int renew(long id, String tokenHash, Instant now, Instant expiresAt);

    @Query("UPDATE invitations SET revoked_at = :now WHERE id = :id AND open_email IS NOT NULL")
    int revoke(long id, Instant now);

    @Query("UPDATE invitations SET accepted_at = :now, accepted_by = :userId WHERE id = :id AND open_email IS NOT NULL")
    int accept(long id, long userId, Instant now);

    @Query("""
            SELECT COUNT(*) FROM organisation_members m JOIN users u ON u.id = m.user_id
            WHERE m.organisation_id = :organisationId AND u.email = :email""")
    int countMembersWithEmail(long organisationId, String email);
}
