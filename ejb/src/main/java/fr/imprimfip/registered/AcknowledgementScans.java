package fr.imprimfip.registered;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.RefusalText;

/**
 * The scanned acknowledgement of receipt ("avis de réception") the print centre sends back for a delivered
 * registered letter: a PDF, a PNG or a JPEG image, checked before it is kept. The bytes must be what their media type
 * says; a PDF must open without a password and carry no active content (JavaScript, launch action, embedded file)
 * and few pages; an image must decode whole, with sane dimensions (declared dimensions are checked before any pixel
 * is decoded, so that a small file announcing a huge image costs nothing).
 */
public final class AcknowledgementScans {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final Set<String> MEDIA_TYPES = Set.of(PDF, PNG, JPEG);

    /** An acknowledgement is one or two sheets: a few pages at most. */
    static final int MAX_PAGES = 4;
    /** Either side of a scan, in pixels: an A4 page at 600 dpi is 4961 × 7016. */
    static final int MAX_SIDE = 10_000;
    /** A scan's pixels: an A4 page at 600 dpi has about 35 million. */
    static final long MAX_PIXELS = 40_000_000L;

    /** How deep direct objects may nest in a scan's PDF; deeper is what no scanner writes. */
    private static final int MAX_DEPTH = 32;
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final Set<COSName> ACTIVE = Set.of(COSName.JAVA_SCRIPT, COSName.JS, COSName.getPDFName("Launch"),
            COSName.EMBEDDED_FILES, COSName.getPDFName("RichMedia"), COSName.getPDFName("XFA"));

    private AcknowledgementScans() {
    }

    /** A scan sent under another media type than the three accepted (415). */
    public static final class UnsupportedScanType extends InvalidInputException {

        private static final long serialVersionUID = 1L;

        public UnsupportedScanType() {
            super(new RefusalText("Un avis de réception est un fichier application/pdf, image/png ou image/jpeg.",
                    "An acknowledgement of receipt is an application/pdf, image/png or image/jpeg file."),
                    "unsupported-media-type");
        }
    }

    /**
     * The media type the scan is kept under, once its bytes are checked against {@code declared} (its Content-Type,
     * parameters ignored). Refuses an unsupported type (415) and bytes that are not a sound file of that type (400).
     */
    public static String check(byte[] scan, String declared) {
        String type = declared == null ? "" : declared.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!MEDIA_TYPES.contains(type)) {
            throw new UnsupportedScanType();
        }
        switch (type) {
            case PDF -> checkPdf(scan);
            case PNG -> checkImage(scan, PNG_MAGIC, "PNG");
            default -> checkImage(scan, JPEG_MAGIC, "JPEG");
        }
        return type;
    }

    private static void checkPdf(byte[] scan) {
        if (!startsWith(scan, PDF_MAGIC)) {
            throw refused("le contenu n'est pas un PDF", "the content is not a PDF");
        }
        try (PDDocument pdf = Loader.loadPDF(scan)) {
            if (pdf.isEncrypted()) {
                throw refused("le PDF est chiffré", "the PDF is encrypted");
            }
            int pages = pdf.getNumberOfPages();
            if (pages < 1 || pages > MAX_PAGES) {
                throw refused("le PDF doit avoir de 1 à " + MAX_PAGES + " pages", "the PDF must have 1 to "
                        + MAX_PAGES + " pages");
            }
            for (COSObjectKey key : pdf.getDocument().getXrefTable().keySet()) {
                COSObject object = pdf.getDocument().getObjectFromPool(key);
                if (active(object.getObject())) {
                    throw refused("le PDF contient du contenu actif (JavaScript, action, fichier joint)",
                            "the PDF carries active content (JavaScript, action, embedded file)");
                }
            }
            if (active(pdf.getDocumentCatalog().getCOSObject())) {
                throw refused("le PDF contient du contenu actif (JavaScript, action, fichier joint)",
                        "the PDF carries active content (JavaScript, action, embedded file)");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refusal) {
                throw refusal;
            }
            throw refused("le PDF est illisible", "the PDF cannot be read");
        }
    }

    /** Whether an object, or a direct object within it, is active content; references are checked on their own. */
    private static boolean active(COSBase object) {
        return active(object, 0);
    }

    private static boolean active(COSBase object, int depth) {
        if (depth > MAX_DEPTH) {
            return true;
        }
        if (object instanceof COSArray array) {
            for (COSBase item : array) {
                if (active(item, depth + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (!(object instanceof COSDictionary dictionary)) {
            return false;
        }
        for (COSName key : dictionary.keySet()) {
            if (ACTIVE.contains(key)) {
                return true;
            }
            COSBase value = dictionary.getItem(key);
            if (value instanceof COSName name && COSName.S.equals(key) && ACTIVE.contains(name)) {
                return true;
            }
            if (!(value instanceof COSObject) && active(value, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private static void checkImage(byte[] scan, byte[] magic, String format) {
        if (!startsWith(scan, magic)) {
            throw refused("le contenu n'est pas une image " + format, "the content is not a " + format + " image");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(scan))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new IllegalStateException("No " + format + " reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE
                        || (long) width * height > MAX_PIXELS) {
                    throw refused("l'image mesure " + width + " × " + height + " pixels, au plus " + MAX_SIDE
                            + " de côté et " + MAX_PIXELS / 1_000_000 + " millions de pixels",
                            "the image is " + width + " × " + height + " pixels, at most " + MAX_SIDE
                            + " a side and " + MAX_PIXELS / 1_000_000 + " million pixels");
                }
                boolean[] damaged = {false};
                reader.addIIOReadWarningListener((source, warning) -> damaged[0] = true);
                ImageReadParam param = reader.getDefaultReadParam();
                // every byte is decoded, into a sixteenth of the pixels: a damaged image fails the same
                param.setSourceSubsampling(4, 4, 0, 0);
                reader.read(0, param);
                if (damaged[0]) {
                    throw refused("l'image est endommagée ou tronquée", "the image is damaged or truncated");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refusal) {
                throw refusal;
            }
            throw refused("l'image " + format + " est illisible ou tronquée",
                    "the " + format + " image cannot be read or is truncated");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static InvalidInputException refused(String french, String english) {
        return new InvalidInputException("Avis de réception refusé : " + french + ".",
                "Acknowledgement of receipt refused: " + english + ".");
    }
}
