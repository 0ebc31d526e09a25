package app.skillcurrent.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A MariaDB Galera cluster of three nodes on loopback for the tests that spread application servers over
 * database nodes, started by the repository's own {@code cluster/run} (Debian's mariadb-server and galera-4,
 * installed by it when missing and run as root), so the tests start the cluster the way an operator does. One
 * per test JVM, started on first use and stopped at exit; each test class gets a database of its own.
 */
public final class GaleraCluster {

    public static final int NODES = 3;
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static GaleraCluster cluster;

    private final Path script;
    private final Path folder;
    private final int basePort;
    private final String username;
    private final String password;

    private GaleraCluster(Path script, Path folder, int basePort, String username, String password) {
        this.script = script;
        this.folder = folder;
        this.basePort = basePort;
        this.username = username;
        this.password = password;
    }

    public static synchronized GaleraCluster shared() {
        if (cluster == null) {
            cluster = start(Path.of("target", "galera").toAbsolutePath());
            GaleraCluster started = cluster;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "galera-shutdown"));
        }
        return cluster;
    }

    /**
     * A fresh cluster in this folder; nodes an earlier, killed test run left there are stopped first. A node
     * that fails to join on a busy machine (its state transfer gave up) gets one more try on fresh ports; the
     * folder of the failed try is kept beside it for its logs.
     */
    static GaleraCluster start(Path folder) {
        Path script = findScript();
        try {
            return startOnce(script, folder);
        } catch (DatabaseStartupException first) {
            try {
                run(script, List.of("stop", "--dir", folder.toString()));
                Path failed = folder.resolveSibling(folder.getFileName() + "-failed");
                if (Files.isDirectory(failed)) {
                    deleteRecursively(failed);
                }
                Files.move(folder, failed);
            } catch (IOException | RuntimeException e) {
                first.addSuppressed(e);
                throw first;
            }
            return startOnce(script, folder);
        }
    }

    private static GaleraCluster startOnce(Path script, Path folder) {
        try {
            if (Files.isDirectory(folder)) {
                run(script, List.of("stop", "--dir", folder.toString()));
                deleteRecursively(folder);
            }
            int basePort = freeBasePort();
            run(script, List.of("start", "--nodes", String.valueOf(NODES), "--dir", folder.toString(),
                    "--port", String.valueOf(basePort)));
            List<String> credentials = Files.readAllLines(folder.resolve("credentials"), StandardCharsets.UTF_8);
            return new GaleraCluster(script, folder, basePort, value(credentials, "username"), value(credentials, "password"));
        } catch (IOException e) {
            throw new DatabaseStartupException("Could not start the Galera cluster in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** A new empty database named after the test class, which the application account may use. */
    public String freshDatabase(Class<?> testClass) {
        String name = ("g_" + testClass.getSimpleName() + "_" + COUNTER.incrementAndGet()).toLowerCase(Locale.ROOT);
        String database = name.length() > 60 ? name.substring(0, 60) : name;
        rootSql(1, "CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; "
                + "GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + username + "'@'127.0.0.1'");
        return database;
    }

    /**
     * The URL an application server uses when its nearest database node is {@code first}: every node listed,
     * that one first, so MariaDB's driver connects there and moves to the next when it is gone.
     */
    public String url(String database, int first) {
        String hosts = IntStream.concat(IntStream.of(first), IntStream.rangeClosed(1, NODES).filter(n -> n != first))
                .mapToObj(n -> "127.0.0.1:" + sqlPort(n)).collect(Collectors.joining(","));
        return "jdbc:mariadb:sequential://" + hosts + "/" + database + "?" + EmbeddedDatabase.MARIADB_DRIVER_SETTINGS;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public int sqlPort(int node) {
        return basePort + 10 * node;
    }

    /** Ends a node's server the hard way, as a crash or a lost machine would. */
    public void kill(int node) {
        Path pidFile = folder.resolve("node-" + node).resolve("run").resolve("mariadbd.pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).strip());
            ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("node " + node + " is not running"));
            server.destroyForcibly();
            server.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not kill node " + node + ": " + e.getMessage(), e);
        }
    }

    /** Starts the nodes that are not running again; they rejoin the cluster and catch up before this returns. */
    public void restartStopped() {
        run(script, List.of("start", "--nodes", String.valueOf(NODES), "--dir", folder.toString(),
                "--port", String.valueOf(basePort)));
    }

    /** How many nodes the cluster has now, as node {@code asking} sees it. */
    public int size(int asking) {
        return Integer.parseInt(rootSql(asking, "SHOW STATUS LIKE 'wsrep_cluster_size'").split("\\s+")[1]);
    }

    void stop() {
        run(script, List.of("stop", "--dir", folder.toString()));
    }

    private String rootSql(int node, String sql) {
        Path socket = folder.resolve("node-" + node).resolve("run").resolve("mariadbd.sock");
        return exec(List.of("mariadb", "--no-defaults", "--socket=" + socket, "-uroot", "-N", "-B", "-e", sql));
    }

    private static String run(Path script, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(arguments);
        return exec(command);
    }

    private static String exec(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new DatabaseStartupException(String.join(" ", command.subList(0, Math.min(2, command.size())))
                        + " failed:\n" + output, null);
            }
            return output.strip();
        } catch (IOException e) {
            throw new DatabaseStartupException("Could not run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseStartupException("Interrupted while running " + command.get(0), e);
        }
    }

    /** The repository's cluster/run, found upwards from the module the tests run in. */
    private static Path findScript() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path script = dir.resolve("cluster").resolve("run");
            if (Files.isExecutable(script)) {
                return script;
            }
        }
        throw new DatabaseStartupException("cluster/run not found above " + Path.of("").toAbsolutePath(), null);
    }

    private static String value(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1)).findFirst()
                .orElseThrow(() -> new DatabaseStartupException("no " + key + " in the cluster's credentials", null));
    }

    /** A base port whose node ports (base + 10..43) are all free on loopback now. */
    private static int freeBasePort() throws IOException {
        for (int tries = 0; tries < 50; tries++) {
            int base = 20000 + 100 * ThreadLocalRandom.current().nextInt(300);
            if (IntStream.rangeClosed(1, NODES).allMatch(n -> IntStream.range(0, 4).allMatch(k -> free(base + 10 * n + k)))) {
                return base;
            }
        }
        throw new IOException("no free ports for the cluster's nodes");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
