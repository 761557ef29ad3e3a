package fr.imprimfip.endofservice;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The certificate of the destruction of a partner's data at the end of its service (annex clause 4.3: the processor
 * justifies the destruction in writing): the partner, its written choice, and each thing destroyed with its SHA-256
 * digest where it had stored bytes (the deposited files, the archive returned).
 */
public record EndOfServiceCertificate(String partner, String name, String siret, EndOfServiceChoice choice,
                                      String writtenReference, Instant chosenAt, Instant downloadedAt,
                                      Instant destroyedAt, List<Item> items) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Paris"));

    /** One thing destroyed: what it was, its reference, and its digest (null when it had no stored bytes). */
    public record Item(String kind, String reference, String sha256) {
    }

    public byte[] pdf() {
        Font title = font(15, Font.BOLD);
        Font heading = font(11, Font.BOLD);
        Font text = font(9, Font.NORMAL);
        Font digest = FontFactory.getFont(FontFactory.COURIER, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, 7,
                Font.NORMAL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle("Certificat de destruction — " + name);
        document.open();
        document.add(new Paragraph("Certificat de destruction des données en fin de service", title));
        document.add(new Paragraph(name + " (SIRET " + siret + ", " + partner + ")", heading));
        document.add(new Paragraph("Choix écrit du partenaire (clause 4.3 de l'annexe des conditions générales"
                + " d'utilisation) : " + choice.label() + ", référence « " + writtenReference + " », enregistré le "
                + WHEN.format(chosenAt) + "." + (downloadedAt == null ? "" : " Archive de restitution téléchargée"
                + " par le partenaire le " + WHEN.format(downloadedAt) + "."), text));
        document.add(new Paragraph("Le service Imprim'FIP certifie avoir détruit le " + WHEN.format(destroyedAt)
                + " toutes les copies des données ci-dessous, dans sa base de données et dans son stockage de"
                + " fichiers (" + items.size() + " élément(s)). Les empreintes SHA-256 sont celles des fichiers"
                + " détruits.", text));
        String kind = null;
        for (Item item : items) {
            if (!item.kind().equals(kind)) {
                kind = item.kind();
                Paragraph section = new Paragraph(kind, heading);
                section.setSpacingBefore(8);
                document.add(section);
            }
            document.add(new Paragraph(item.reference(), text));
            if (item.sha256() != null) {
                document.add(new Paragraph("SHA-256 " + item.sha256(), digest));
            }
        }
        if (items.isEmpty()) {
            document.add(new Paragraph("Aucune donnée du partenaire n'était conservée.", text));
        }
        document.close();
        return out.toByteArray();
    }

    private static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
    }
}
