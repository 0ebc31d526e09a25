package app.skillcurrent.content.topic;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PlatformChangeRepository extends CrudRepository<PlatformChange, Long> {
    @Query("SELECT * FROM platform_changes ORDER BY changed_on DESC, id DESC LIMIT :limit OFFSET :offset")
    List<PlatformChange> newestFirst(int limit, long offset);
}
