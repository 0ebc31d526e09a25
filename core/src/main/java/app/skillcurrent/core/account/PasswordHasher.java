package app.skillcurrent.core.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/**
 * Argon2id with the OWASP baseline (19 MiB, 2 passes, 1 lane). Parameters are stored in each hash, so they
 * can be raised later without breaking existing passwords.
 */
@Singleton
class PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    /** Hashed on start so that an unknown email costs as much time as a wrong password. */
    private final String decoy = hash("decoy-password-for-timing");

    String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    boolean matches(String password, String hash) {
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** Spends the time of one check without a real hash. */
    void burnOneCheck(String password) {
        matches(password, decoy);
    }
}
