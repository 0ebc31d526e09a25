package app.skillcurrent.core.support;

import java.security.SecureRandom;

/** Unguessable public identifiers: 130 random bits in 26 Crockford base-32 characters. */
public final class PublicIds {

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final int LENGTH = 26;

    private PublicIds() {
    }

    public static String next() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }

    /** True for strings that could be an id, so malformed ones are refused before any query. */
    public static boolean looksValid(String candidate) {
        if (candidate == null || candidate.length() != LENGTH) {
            return false;
        }
        for (char c : candidate.toCharArray()) {
            if (java.util.Arrays.binarySearch(ALPHABET, c) < 0) {
                return false;
            }
        }
        return true;
    }
}
