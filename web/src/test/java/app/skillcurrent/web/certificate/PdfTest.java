package app.skillcurrent.web.certificate;

import app.skillcurrent.content.fixture.ContentFixtures.Published;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.core.fixture.CoreFixtures;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The printable certificate: a landscape page with the facts, readable text in any of our languages, a QR code. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    CoreFixtures fixtures;
    @Inject
    Progress progress;
    @Inject
    Certificates certificates;

    private Published course;

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
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"certificate-" + certificate.publicId() + ".pdf\"");
        return response.body();
    }

    @Test
    void thePdfIsALandscapePageWithTheFactsAndAQrCodeOfTheVerificationUrl() throws Exception {
        Account learner = fixtures.graduate("Søren Ørbæk-Håkonsen", course);
        CertificateView certificate = certificates.ofHolder(learner.id()).get(0);
        String url = server.getURL() + "/certificates/" + certificate.publicId();
        try (PDDocument document = Loader.loadPDF(pdf(certificate, "en"))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).as("landscape").isGreaterThan(page.getMediaBox().getHeight());
            assertThat(new PDFTextStripper().getText(document)).contains("Søren Ørbæk-Håkonsen", "Straßen-Marketing für Größen",
                    certificate.publicId(), "Version 1.0", "Skillcurrent", url);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Straßen-Marketing für Größen · Søren Ørbæk-Håkonsen");
            BufferedImage rendered = new PDFRenderer(document).renderImageWithDPI(0, 150);
            ImageIO.write(rendered, "png", Files.createDirectories(Path.of("target", "screenshots")).resolve("certificate-pdf.png").toFile());
            // the code's corner of the page: x from 190 pt to 70 pt before the right edge, y 72 to 192 pt up
            float scale = 150f / 72;
            BufferedImage corner = rendered.getSubimage(Math.round(rendered.getWidth() - 200 * scale),
                    Math.round(rendered.getHeight() - 202 * scale), Math.round(140 * scale), Math.round(140 * scale));
            assertThat(Http.decodeQr(corner)).as("the QR code opens the verification page").isEqualTo(url);
        }
    }

    @Test
    void thePdfSpeaksTheReadersLanguageAndSurvivesLettersOutsideLatin1() throws Exception {
        Account learner = fixtures.graduate("Łukasz Żółć", course);
        CertificateView certificate = certificates.ofHolder(learner.id()).get(0);
        try (PDDocument document = Loader.loadPDF(pdf(certificate, "de"))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Abschlusszertifikat", "verliehen am")
                    .as("letters the font lacks fall back to their base letter").contains("Lukasz Zólc");
        }
        try (PDDocument document = Loader.loadPDF(pdf(certificate, "da"))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Kursusbevis", "har gennemført kurset");
        }
    }
}
