package fr.imprimfip.production;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/** The demo's stand-in for a scanned acknowledgement of receipt: a one-page PDF saying what it is. */
final class SimulatedAcknowledgement {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    private SimulatedAcknowledgement() {
    }

    static byte[] pdf(String lot, int sequence, Instant deliveredAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A6.rotate(), 20, 20, 20, 20);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Avis de réception (simulation)", FontFactory.getFont(FontFactory.HELVETICA,
                14, Font.BOLD)));
        Font text = FontFactory.getFont(FontFactory.HELVETICA, 10, Font.NORMAL);
        document.add(new Paragraph("Lot " + lot + ", pli n° " + sequence, text));
        document.add(new Paragraph("Distribué le " + WHEN.format(deliveredAt), text));
        document.add(new Paragraph("Document généré par le centre éditique simulé de la démonstration :"
                + " aucun courrier n'a été distribué.", text));
        document.close();
        return out.toByteArray();
    }
}
