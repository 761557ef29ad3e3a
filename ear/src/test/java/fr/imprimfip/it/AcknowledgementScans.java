package fr.imprimfip.it;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Scanned acknowledgements of receipt as a print centre sends them back: an A4-ish PNG with a line of text. */
public final class AcknowledgementScans {

    private AcknowledgementScans() {
    }

    /** A scan whose text is written in {@code ink}: two inks, two different scans. */
    public static byte[] png(Color ink) {
        BufferedImage image = new BufferedImage(620, 877, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 620, 877);
        graphics.setColor(ink);
        graphics.drawString("AVIS DE RECEPTION", 40, 60);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
