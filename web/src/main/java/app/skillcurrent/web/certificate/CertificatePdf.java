package app.skillcurrent.web.certificate;

import app.skillcurrent.core.certificate.Certificate;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.credential.Issuer;
import app.skillcurrent.web.view.Messages;
import com.google.zxing.common.BitMatrix;
import jakarta.inject.Singleton;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The printable certificate: one landscape A4 page with the holder, course, version, award date, id, issuer
 * and a QR code of the verification URL. It uses the standard Helvetica with WinAnsi encoding, which covers
 * the Latin-1 letters of our three languages (ä ö ü ß æ ø å) without embedding a font; a character outside
 * it is printed as its base letter, or '?', rather than failing the download.
 */
@Singleton
class CertificatePdf {

    private static final Color BRAND = new Color(0x0b, 0x5c, 0xab);
    private static final Color INK = new Color(0x1b, 0x23, 0x30);
    private static final Color MUTED = new Color(0x4a, 0x55, 0x68);
    /** Latin letters whose stroke is not an accent, so Unicode does not decompose them to a base letter. */
    private static final Map<String, String> UNDECOMPOSABLE = Map.of(
            "Ł", "L", "ł", "l", "Đ", "D", "đ", "d", "Ħ", "H", "ħ", "h", "ı", "i", "Ŧ", "T", "ŧ", "t");

    private final Messages messages;
    private final Issuer issuer;
    private final CertificateDescriptions descriptions;

    CertificatePdf(Messages messages, Issuer issuer, CertificateDescriptions descriptions) {
        this.messages = messages;
        this.issuer = issuer;
        this.descriptions = descriptions;
    }

    byte[] render(CertificateView view, Locale locale) {
        Certificate certificate = view.certificate();
        String url = issuer.certificateUrl(certificate.publicId());
        PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(landscape);
            document.addPage(page);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            float width = landscape.getWidth();
            float height = landscape.getHeight();
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.setStrokingColor(BRAND);
                out.setLineWidth(6);
                out.addRect(24, 24, width - 48, height - 48);
                out.stroke();
                out.setLineWidth(1);
                out.addRect(36, 36, width - 72, height - 72);
                out.stroke();

                centred(out, bold, 16, BRAND, issuer.name().toUpperCase(Locale.ROOT), width, height - 90);
                centred(out, bold, 34, INK, messages.get(locale, "certificate.pdf.title"), width, height - 140);
                centred(out, regular, 15, MUTED, messages.get(locale, "certificate.pdf.certifies"), width, height - 185);
                centred(out, bold, 30, INK, certificate.holderName(), width, height - 230);
                centred(out, regular, 15, MUTED, messages.get(locale, "certificate.pdf.completed"), width, height - 270);
                centred(out, bold, 22, INK, certificate.courseTitle(), width, height - 305);
                centred(out, regular, 14, INK, messages.get(locale, "certificate.pdf.version",
                        certificate.version().toString(), descriptions.date(certificate.awardedAt(), locale)), width, height - 335);

                float left = 70;
                text(out, regular, 11, MUTED, messages.get(locale, "certificate.pdf.id"), left, 130);
                text(out, bold, 12, INK, certificate.publicId(), left, 114);
                text(out, regular, 11, MUTED, messages.get(locale, "certificate.pdf.issuer"), left, 94);
                text(out, bold, 12, INK, issuer.name(), left, 78);
                text(out, regular, 10, MUTED, messages.get(locale, "certificate.pdf.verify"), left, 60);

                BitMatrix qr = QrCodes.modules(url);
                float qrSize = 120;
                float module = qrSize / qr.getWidth();
                float qrX = width - 70 - qrSize;
                // four modules of blank space around the code, which scanners need, so the address sits lower
                float qrY = 72;
                out.setNonStrokingColor(Color.BLACK);
                for (int y = 0; y < qr.getHeight(); y++) {
                    for (int x = 0; x < qr.getWidth(); x++) {
                        if (qr.get(x, y)) {
                            out.addRect(qrX + x * module, qrY + (qr.getHeight() - 1 - y) * module, module, module);
                        }
                    }
                }
                out.fill();
                float urlSize = 8;
                float urlWidth = regular.getStringWidth(safe(regular, url)) / 1000 * urlSize;
                text(out, regular, urlSize, MUTED, url, Math.min(qrX, width - 60 - urlWidth), qrY - 24);
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(certificate.courseTitle() + " · " + certificate.holderName());
            info.setAuthor(issuer.name());
            info.setSubject(url);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void centred(PDPageContentStream out, PDType1Font font, float size, Color color, String text,
                                float pageWidth, float y) throws IOException {
        String printable = safe(font, text);
        float width = font.getStringWidth(printable) / 1000 * size;
        while (width > pageWidth - 120 && size > 10) {
            size -= 1;
            width = font.getStringWidth(printable) / 1000 * size;
        }
        text(out, font, size, color, printable, (pageWidth - width) / 2, y);
    }

    private static void text(PDPageContentStream out, PDType1Font font, float size, Color color, String text, float x,
                             float y) throws IOException {
        out.beginText();
        out.setNonStrokingColor(color);
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(safe(font, text));
        out.endText();
    }

    /** The text with every character the font cannot encode replaced by its base letter or '?'. */
    static String safe(PDType1Font font, String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (encodable(font, ch)) {
                printable.append(ch);
                return;
            }
            String base = UNDECOMPOSABLE.getOrDefault(ch, Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
            printable.append(!base.isEmpty() && encodable(font, base) ? base : "?");
        });
        return printable.toString();
    }

    private static boolean encodable(PDType1Font font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
