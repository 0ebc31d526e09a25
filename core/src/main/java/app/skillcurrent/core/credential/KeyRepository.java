package app.skillcurrent.core.credential;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface KeyRepository extends GenericRepository<KeyRepository.KeyRow, String> {

    @MappedEntity("credential_keys")
    record KeyRow(@Id String slot, String kid, String privateJwk, Instant createdAt) {
    }

    Optional<KeyRow> findBySlot(String slot);

    @Query("SELECT * FROM credential_keys ORDER BY created_at")
    List<KeyRow> all();

    /** Two servers starting at once both try; the first insert wins and both read it back. */
    @Query("INSERT IGNORE INTO credential_keys (slot, kid, private_jwk, created_at) VALUES (:slot, :kid, :privateJwk, :at)")
    void insertIfAbsent(String slot, String kid, String privateJwk, Instant at);
}
