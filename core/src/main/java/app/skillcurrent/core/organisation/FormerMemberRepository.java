package app.skillcurrent.core.organisation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FormerMemberRepository extends GenericRepository<Organisation, Long> {

    /** Every organisation the person belongs to or has an open invitation from, in the order they are locked. */
    @Query("""
            SELECT m.organisation_id FROM organisation_members m WHERE m.user_id = :userId
            UNION
            SELECT i.organisation_id FROM invitations i WHERE i.open_email = :email
            ORDER BY 1""")
    List<Long> concerning(long userId, String email);

    /** Per organisation of the person: their role, and who else (not erased) belongs to it and administers it. */
    @Query("""
            SELECT o.id, o.name, m.role,
                   (SELECT COUNT(*) FROM organisation_members x JOIN users u ON u.id = x.user_id
                    WHERE x.organisation_id = o.id AND x.user_id <> :userId AND u.erased_at IS NULL) AS others,
                   (SELECT COUNT(*) FROM organisation_members x JOIN users u ON u.id = x.user_id
                    WHERE x.organisation_id = o.id AND x.user_id <> :userId AND u.erased_at IS NULL AND x.role = 'ADMIN') AS other_admins
            FROM organisations o JOIN organisation_members m ON m.organisation_id = o.id
            WHERE m.user_id = :userId ORDER BY o.name, o.id""")
    List<Standing> standings(long userId);

    @Query("DELETE FROM organisations WHERE id = :id")
    void close(long id);

    @Query("UPDATE organisation_members SET role = 'MEMBER' WHERE user_id = :userId")
    void demote(long userId);

    /** Invitations to the address: open ones are withdrawn, and none keeps the address. */
    @Query("""
            UPDATE invitations SET revoked_at = CASE WHEN open_email IS NOT NULL THEN :now ELSE revoked_at END, email = ''
            WHERE email = :email""")
    void forgetInvitationsTo(String email, Instant now);

    @Introspected
    record Standing(long id, String name, String role, int others, int otherAdmins) {

        boolean lastAdmin() {
            return OrganisationRole.ADMIN.name().equals(role) && otherAdmins == 0 && others > 0;
        }

        boolean closesWithThem() {
            return others == 0;
        }
    }
}
