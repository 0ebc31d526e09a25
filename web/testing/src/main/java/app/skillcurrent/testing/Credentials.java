package app.skillcurrent.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The embedded server's one account, made on its first start: a random password kept in the data folder,
 * readable by its owner only, so it never reaches the repository and no other local user can sign in.
 */
record Credentials(String username, String password) {

    static final String USERNAME = "skillcurrent";
    private static final SecureRandom RANDOM = new SecureRandom();

    static Credentials generate() {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return new Credentials(USERNAME, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    static Optional<Credentials> readFrom(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new DatabaseStartupException("Cannot read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        String username = properties.getProperty("username");
        String password = properties.getProperty("password");
        if (username == null || password == null || !password.matches("[A-Za-z0-9_-]{16,}")) {
            throw new DatabaseStartupException(file.toAbsolutePath() + " is not in the form this server wrote it in"
                    + " (username=..., password=...). Restore it from a backup of the data folder.", null);
        }
        return Optional.of(new Credentials(username, password));
    }

    /** Written to a private temporary file first and then moved, so a crash never leaves half a file. */
    void writeTo(Path file) {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.deleteIfExists(temporary);
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write("# the embedded database's account, made on its first start; keep this file private\n");
                out.write("username=" + username + "\n");
                out.write("password=" + password + "\n");
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new DatabaseStartupException("Cannot write " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
