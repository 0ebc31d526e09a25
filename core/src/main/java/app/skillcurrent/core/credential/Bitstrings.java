package app.skillcurrent.core.credential;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.GZIPOutputStream;

/** The {@code encodedList} of a Bitstring Status List: bits, GZIP-compressed, multibase base64url ('u'). */
public final class Bitstrings {

    private Bitstrings() {
    }

    /**
     * @param setBits indexes whose bit is 1; index 0 is the left-most (most significant) bit of the first byte
     * @param size    number of bits, a multiple of 8
     */
    public static String encode(Collection<Integer> setBits, int size) {
        byte[] bits = new byte[size / 8];
        for (int index : setBits) {
            if (index < 0 || index >= size) {
                throw new IllegalArgumentException("status index " + index + " outside a list of " + size);
            }
            bits[index / 8] |= (byte) (0x80 >>> (index % 8));
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
    }
}
