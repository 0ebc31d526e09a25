package app.skillcurrent.content.change;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ChangeCounter extends GenericRepository<ChangeCount, Short> {

    /** Counts one more change; inside the change's own transaction, so the count moves exactly when it commits. */
    @Query("UPDATE content_changes SET changes = changes + 1 WHERE id = 1")
    void increment();

    @Query("SELECT changes FROM content_changes WHERE id = 1")
    long changes();
}
