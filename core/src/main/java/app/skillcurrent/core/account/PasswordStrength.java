package app.skillcurrent.core.account;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a new password would hold against guessing, estimated by zxcvbn (the published estimator; its
 * dictionaries hold the common passwords, names and words, its matchers repeats, sequences, keyboard patterns
 * and dates). A password must reach score 3 of 4, "safely unguessable: moderate protection from an offline
 * slow-hash scenario" (about 10^10 guesses), counting the person's own email address and name as the first
 * things an attacker tries. The reason given is the one a person can act on: it is a common password, it
 * contains their own details, or it is otherwise predictable.
 */
@Singleton
class PasswordStrength {

    static final int MIN_SCORE = 3;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    PasswordStrength() {
        // the first estimate loads the dictionaries; do it now rather than in someone's sign-up
        zxcvbn.measure("warm-up");
    }

    /** The message key saying why the password is too weak, or empty when it is strong enough. */
    Optional<String> problem(String password, String email, String displayName) {
        if (containsOwn(password, email, displayName)) {
            return Optional.of("error.password.personal");
        }
        Strength strength = zxcvbn.measure(password, personalWords(email, displayName));
        if (strength.getScore() >= MIN_SCORE) {
            return Optional.empty();
        }
        List<Match> matches = strength.getSequence();
        if (matches.stream().anyMatch(match -> "user_inputs".equals(match.dictionaryName))) {
            return Optional.of("error.password.personal");
        }
        if (matches.stream().anyMatch(match -> "passwords".equals(match.dictionaryName))) {
            return Optional.of("error.password.common");
        }
        return Optional.of("error.password.guessable");
    }

    /**
     * Whether the password holds the whole name or the address's mailbox (four letters or more, case, spaces and
     * punctuation aside): zxcvbn rates "MariaJensen1" safe for Maria Jensen, yet it is the first guess of
     * anyone who knows her.
     */
    private static boolean containsOwn(String password, String email, String displayName) {
        String typed = lettersAndDigits(password);
        String mailbox = email == null || email.indexOf('@') < 0 ? "" : lettersAndDigits(email.substring(0, email.indexOf('@')));
        String name = lettersAndDigits(displayName);
        return (mailbox.length() >= 4 && typed.contains(mailbox)) || (name.length() >= 4 && typed.contains(name));
    }

    private static String lettersAndDigits(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The address, its parts, the name and its parts, and this site's name: what a guesser tries first. */
    private static List<String> personalWords(String email, String displayName) {
        List<String> words = new ArrayList<>(List.of("skillcurrent"));
        if (email != null && !email.isBlank()) {
            String address = email.strip().toLowerCase(Locale.ROOT);
            words.add(address);
            for (String part : address.split("[@.+_-]")) {
                if (part.length() >= 3) {
                    words.add(part);
                }
            }
        }
        if (displayName != null && !displayName.isBlank()) {
            words.add(displayName.strip());
            for (String part : displayName.strip().split("\\s+")) {
                if (part.length() >= 3) {
                    words.add(part);
                }
            }
        }
        return words;
    }
}
