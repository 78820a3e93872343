package org.charterreviewer.certificate;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.charterreviewer.identity.IdentityService;
import org.charterreviewer.identity.IdentityStore;
import org.charterreviewer.identity.SigningIdentity;
import org.charterreviewer.json.CanonicalJson;
import org.charterreviewer.json.JsonMapperFactory;

/** A signing identity, a logo and certificate content for the certificate tests. */
final class CertificateTestFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T14:30:00Z"), ZoneOffset.UTC);
    static final char[] PASSPHRASE = "correct horse battery".toCharArray();

    private CertificateTestFixtures() {
    }

    static SigningIdentity identity(Path folder, Optional<Path> logo) {
        IdentityService service = new IdentityService(new IdentityStore(folder, JsonMapperFactory.create()), CLOCK);
        service.create("Siân O’Brien-Łukasz", "SEND Participation Officer", "Gwynedd & Powys “Test” Council",
                PASSPHRASE, logo, false);
        return service.unlock(PASSPHRASE);
    }

    /** A small PNG logo with transparency, drawn here so tests need no image files. */
    static byte[] logoPng() {
        BufferedImage image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1F, 0x3A, 0x5F));
        g.fillOval(10, 10, 140, 140);
        g.setColor(new Color(0xB0, 0x8D, 0x3C));
        g.fillRect(120, 50, 110, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The renderer the app uses, with the app's JSON mapper. */
    static CertificateRenderer renderer() {
        return new CertificateRenderer(CLOCK, new CanonicalJson(JsonMapperFactory.create()));
    }

    static CertificateContent content(String school, String officer, Optional<byte[]> logo) {
        return SampleCertificates.charterStatus(school, officer, "SEND Participation Officer",
                "Gwynedd & Powys “Test” Council", logo, "CR-2026-7K4M-Q9XD", LocalDate.of(2026, 11, 22));
    }
}
