package app.skillcurrent.testing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server that outlived the process that started it (killed with {@code kill -9}, or a power cut of
 * the JVM only) keeps the data files locked, so a new one could not start on them. It is recognised by the
 * process id in the folder's pid file together with its command line naming this data folder (a reused
 * process id belongs to someone else and is left alone), and stopped the way MariaDB expects: SIGTERM and a
 * clean shutdown, forcibly only if that does not end it in time.
 */
final class LeftoverServer {

    private static final Logger LOG = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration CLEAN_SHUTDOWN = Duration.ofSeconds(120);

    private LeftoverServer() {
    }

    static void stopIfRunning(Path pidFile, Path dataDir) {
        Optional<ProcessHandle> leftover = find(pidFile, dataDir);
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle process = leftover.get();
        LOG.warn("The database server of an earlier start is still running on {} (process {}): stopping it first",
                dataDir.toAbsolutePath(), process.pid());
        process.destroy();
        try {
            process.onExit().get(CLEAN_SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException slow) {
            LOG.warn("Process {} did not stop within {} s: ending it; InnoDB recovers its files at the next start",
                    process.pid(), CLEAN_SHUTDOWN.toSeconds());
            process.destroyForcibly();
            process.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseStartupException("Interrupted while stopping the earlier database server", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new DatabaseStartupException("Could not stop the earlier database server (process "
                    + process.pid() + "): " + e.getMessage(), e);
        }
    }

    static Optional<ProcessHandle> find(Path pidFile, Path dataDir) {
        long pid;
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> commandLine(process.pid()).contains(dataDir.toAbsolutePath().normalize().toString()));
    }

    /** The arguments as the kernel has them ({@code ProcessHandle.Info} drops them for other users' processes). */
    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException gone) {
            return "";
        }
    }
}
