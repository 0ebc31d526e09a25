package app.skillcurrent.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private MariaDB server run from the binaries installed on this machine (Debian's {@code mariadb-server}:
 * {@code /usr/sbin/mariadbd}), so that tests also run against the version an operating system ships, not only
 * the embedded one. Like {@link EmbeddedDatabase} it is private: its own data folder, loopback only, its socket
 * in an owner-only folder, one account with a random password; unlike it, it is thrown away with its folder.
 *
 * <p>Extra server arguments (a Galera node's {@code --wsrep-*} settings, say) are passed through unchanged.
 */
public final class InstalledMariaDb implements AutoCloseable {

    public static final Path SERVER = Path.of("/usr/sbin/mariadbd");
    public static final Path INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");
    private static final Duration START_WAIT = Duration.ofSeconds(90);
    private static final Duration CLEAN_SHUTDOWN = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final Credentials credentials;
    private final Path log;

    private InstalledMariaDb(Process process, int port, Credentials credentials, Path log) {
        this.process = process;
        this.port = port;
        this.credentials = credentials;
        this.log = log;
    }

    /** Whether this machine has the server installed ({@code apt-get install mariadb-server}). */
    public static boolean installed() {
        return Files.isExecutable(SERVER) && Files.isExecutable(INSTALL_DB);
    }

    /** Creates a data folder in {@code folder} and starts a server on it, on a free loopback port. */
    public static InstalledMariaDb start(Path folder, String... extraArguments) {
        if (!installed()) {
            throw new DatabaseStartupException(SERVER + " is not installed: install Debian's mariadb-server"
                    + " (./dev test does so when run as root): sudo apt-get install mariadb-server", null);
        }
        try {
            Path run = Files.createDirectories(folder.resolve("run"));
            Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwx------"));
            Path dataDir = Files.createDirectories(folder.resolve("data"));
            Path tmp = Files.createDirectories(folder.resolve("tmp"));
            Path log = folder.resolve("mariadbd.log");
            List<String> owner = asRoot() ? List.of("--user=root") : List.of();

            List<String> install = new ArrayList<>(List.of(INSTALL_DB.toString(), "--no-defaults",
                    "--datadir=" + dataDir, "--auth-root-authentication-method=socket", "--skip-test-db"));
            install.addAll(owner);
            Process installer = new ProcessBuilder(install).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("install.log").toFile()).start();
            if (!installer.waitFor(START_WAIT.toSeconds(), TimeUnit.SECONDS) || installer.exitValue() != 0) {
                installer.destroyForcibly();
                throw new DatabaseStartupException("mariadb-install-db failed: " + tail(folder.resolve("install.log")), null);
            }

            // the one account is made by the server itself as it starts, from a file only this user can read
            Credentials credentials = Credentials.generate();
            Path initFile = run.resolve("init.sql");
            Files.writeString(initFile, accountSetup(credentials), StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(initFile, PosixFilePermissions.fromString("rw-------"));

            int port = freeLoopbackPort();
            List<String> command = new ArrayList<>(List.of(SERVER.toString(), "--no-defaults",
                    "--datadir=" + dataDir, "--tmpdir=" + tmp, "--socket=" + run.resolve("mariadbd.sock"),
                    "--pid-file=" + run.resolve("mariadbd.pid"), "--port=" + port, "--bind-address=127.0.0.1",
                    "--init-file=" + initFile, "--skip-name-resolve", "--default-time-zone=+00:00",
                    "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                    "--innodb-buffer-pool-size=64M"));
            command.addAll(owner);
            command.addAll(List.of(extraArguments));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            InstalledMariaDb server = new InstalledMariaDb(process, port, credentials, log);
            server.awaitConnections();
            Files.delete(initFile);
            return server;
        } catch (IOException e) {
            throw new DatabaseStartupException("Could not start " + SERVER + " in " + folder + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseStartupException("Interrupted while starting " + SERVER, e);
        }
    }

    private static String accountSetup(Credentials credentials) {
        String user = "'" + credentials.username() + "'@'127.0.0.1'";
        return "CREATE USER " + user + " IDENTIFIED BY '" + credentials.password() + "';\n"
                + "GRANT ALL PRIVILEGES ON *.* TO " + user + " WITH GRANT OPTION;\n"
                + "DELETE FROM mysql.global_priv WHERE NOT (User = '" + credentials.username() + "' AND Host = '127.0.0.1')"
                + " AND User <> 'mariadb.sys';\n"
                + "FLUSH PRIVILEGES;\n";
    }

    private void awaitConnections() throws InterruptedException {
        Instant deadline = Instant.now().plus(START_WAIT);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new DatabaseStartupException(SERVER + " stopped while starting: " + tail(log), null);
            }
            try (Connection ignored = DriverManager.getConnection(adminUrl(), username(), password())) {
                return;
            } catch (SQLException notYet) {
                last = notYet;
                Thread.sleep(200);
            }
        }
        close();
        throw new DatabaseStartupException(SERVER + " did not accept connections within " + START_WAIT.toSeconds()
                + " s: " + tail(log), last);
    }

    public String username() {
        return credentials.username();
    }

    public String password() {
        return credentials.password();
    }

    public int port() {
        return port;
    }

    /** The server's own process, for tests that stop it the hard way. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    /**
     * Creates the database if needed and returns a MariaDB Connector/J URL for it: MySQL's Connector/J reads
     * MariaDB 10's version as "5.5.5" and sends times without their fractions of a second.
     */
    public String createDatabase(String name) {
        if (!name.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("Not a safe database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(adminUrl(), username(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new DatabaseStartupException("Could not create database " + name + ": " + e.getMessage(), e);
        }
        return mariadbUrl(name);
    }

    /** The URL README gives for MariaDB servers: MariaDB's own driver. */
    public String mariadbUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?" + EmbeddedDatabase.MARIADB_DRIVER_SETTINGS;
    }

    /** The URL with MySQL's Connector/J, for tests of what it does with this server. */
    public String mysqlUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?" + EmbeddedDatabase.DRIVER_SETTINGS;
    }

    private String adminUrl() {
        return mysqlUrl("mysql");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(CLEAN_SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
