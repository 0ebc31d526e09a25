package app.skillcurrent.web.certificate;

import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.testing.DatabaseTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The printable certificate: a landscape page with the facts, readable text in any of our languages, a QR code. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    CertificateFixtures fixtures;
    @Inject
    Progress progress;
    @Inject
    Certificates certificates;

    private CertificateFixtures.Published course;

    @Override
    public Map<String, String> extraProperties() {
        return CertificateFixtures.serverWithPublicUrl();
    }

    @BeforeAll
    void course() {
        course = fixtures.course("Straßen-Marketing für Größen", null, 90);
    }

    private byte[] pdf(CertificateView certificate, String language) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.getURL() + "/certificates/" + certificate.publicId() + ".pdf"))
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }

    @Test
    void thePdfIsALandscapePageWithTheFactsAndAQrCodeOfTheVerificationUrl() throws Exception {
        Account learner = fixtures.graduate("Søren Ørbæk-Håkonsen", course);
        CertificateView certificate = certificates.ofHolder(learner.id()).get(0);
        String url = server.getURL() + "/certificates/" + certificate.publicId();
        try (PDDocument document = Loader.loadPDF(pdf(certificate, "en"))) {
            assertEquals(1, document.getNumberOfPages());
            PDPage page = document.getPage(0);
            assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), "landscape");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Søren Ørbæk-Håkonsen"), text);
            assertTrue(text.contains("Straßen-Marketing für Größen"), text);
            assertTrue(text.contains(certificate.publicId()), text);
            assertTrue(text.contains("Version 1.0"), text);
            assertTrue(text.contains("Skillcurrent"), text);
            assertTrue(text.contains(url), text);
            BufferedImage rendered = new PDFRenderer(document).renderImageWithDPI(0, 150);
            ImageIO.write(rendered, "png", Files.createDirectories(Path.of("target", "screenshots")).resolve("certificate-pdf.png").toFile());
            // the code's corner of the page: x from 190 pt to 70 pt before the right edge, y 72 to 192 pt up
            float scale = 150f / 72;
            BufferedImage corner = rendered.getSubimage(Math.round(rendered.getWidth() - 200 * scale),
                    Math.round(rendered.getHeight() - 202 * scale), Math.round(140 * scale), Math.round(140 * scale));
            assertEquals(url, Http.decodeQr(corner), "the QR code opens the verification page");
        }
    }

    @Test
    void thePdfSpeaksTheReadersLanguageAndSurvivesLettersOutsideLatin1() throws Exception {
        Account learner = fixtures.graduate("Łukasz Żółć", course);
        CertificateView certificate = certificates.ofHolder(learner.id()).get(0);
        try (PDDocument document = Loader.loadPDF(pdf(certificate, "de"))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Abschlusszertifikat"), text);
            assertTrue(text.contains("verliehen am"), text);
            assertTrue(text.contains("Lukasz Zólc"), "letters the font lacks fall back to their base letter: " + text);
        }
        try (PDDocument document = Loader.loadPDF(pdf(certificate, "da"))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Kursusbevis"), text);
            assertTrue(text.contains("har gennemført kurset"), text);
        }
    }
}
