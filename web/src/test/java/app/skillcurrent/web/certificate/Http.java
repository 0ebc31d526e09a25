package app.skillcurrent.web.certificate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.nimbusds.jose.util.JSONObjectUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

/** A stranger's HTTP client: no cookies, no session; plus decoding of what certificates are served as. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Http() {
    }

    static HttpResponse<byte[]> get(String url, String accept) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String text(String url, String accept) {
        return new String(get(url, accept).body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    static Map<String, Object> json(String text) {
        try {
            return JSONObjectUtils.parse(text);
        } catch (ParseException e) {
            throw new AssertionError("Not a JSON object: " + text, e);
        }
    }

    /**
     * The text a QR code in this image encodes. ZXing's finder-pattern detector misses about one in a
     * hundred pixel-perfect codes that phones read without trouble, so a clean code is tried again as a
     * pure barcode.
     */
    static String decodeQr(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        List<Map<DecodeHintType, ?>> attempts = List.of(Map.of(), Map.of(DecodeHintType.TRY_HARDER, true),
                Map.of(DecodeHintType.PURE_BARCODE, true));
        for (Map<DecodeHintType, ?> hints : attempts) {
            try {
                return new QRCodeReader().decode(bitmap, hints).getText();
            } catch (NotFoundException | ChecksumException | FormatException unreadable) {
                // try the next way of reading it
            }
        }
        throw new AssertionError("No readable QR code in the image");
    }

    static String decodeQr(byte[] png) {
        try {
            return decodeQr(ImageIO.read(new ByteArrayInputStream(png)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
