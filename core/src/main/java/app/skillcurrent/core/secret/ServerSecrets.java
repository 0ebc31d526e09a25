package app.skillcurrent.core.secret;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Random keys made on first use and kept in the database, so every server of one installation shares them
 * and none is ever written into the repository. Two servers racing on first start agree on one key: the
 * insert is ignored when a row exists, and both read back whatever row won.
 */
@Singleton
public class ServerSecrets {

    private final SecretRows rows;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    ServerSecrets(SecretRows rows) {
        this.rows = rows;
    }

    /** The secret of that name, created with {@code bytes} random bytes if it does not exist yet. */
    public byte[] secret(String name, int bytes) {
        return cache.computeIfAbsent(name, n -> rows.loadOrCreate(n, bytes)).clone();
    }

}
