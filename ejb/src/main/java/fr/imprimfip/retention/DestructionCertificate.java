package fr.imprimfip.retention;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The certificate of what the purges destroyed of a partner's data: per kind, how many items, over which period,
 * and their references (the first ones), as of its issue.
 */
public record DestructionCertificate(String partner, String name, String siret, String status, Instant issuedAt,
                                     List<Entry> entries) {

    /** How many references each kind lists at most; the count covers them all. */
    public static final int LISTED_REFERENCES = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    /** One kind of data destroyed. */
    public record Entry(String kind, String label, long count, Instant firstDestroyedAt, Instant lastDestroyedAt,
                        List<String> references) {
    }

    static DestructionCertificate of(String partner, String name, String siret, String status, Instant at,
                                     List<DestructionRecord> records) {
        List<Entry> entries = Arrays.stream(DestroyedKind.values()).map(kind -> {
            List<DestructionRecord> ofKind = records.stream().filter(r -> r.kind() == kind).toList();
            return ofKind.isEmpty() ? null : new Entry(kind.name(), kind.label(), ofKind.size(),
                    ofKind.get(0).destroyedAt(), ofKind.get(ofKind.size() - 1).destroyedAt(),
                    ofKind.stream().limit(LISTED_REFERENCES).map(DestructionRecord::reference).toList());
        }).filter(java.util.Objects::nonNull).toList();
        return new DestructionCertificate(partner, name, siret, status, at, entries);
    }

    public byte[] pdf() {
        Font title = font(15, Font.BOLD);
        Font heading = font(11, Font.BOLD);
        Font text = font(9, Font.NORMAL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle("Certificat de destruction — " + name);
        document.open();
        document.add(new Paragraph("Certificat de destruction de données", title));
        document.add(new Paragraph(name + " (SIRET " + siret + ", " + partner + "), convention " + status
                + ". Établi le " + WHEN.format(issuedAt) + " par le service Imprim'FIP : les données ci-dessous ont"
                + " été détruites à l'expiration de leur durée de conservation.", text));
        if (entries.isEmpty()) {
            document.add(new Paragraph("Aucune donnée détruite à ce jour.", text));
        }
        for (Entry entry : entries) {
            Paragraph kind = new Paragraph(entry.label() + " : " + entry.count() + " élément(s), détruit(s) du "
                    + WHEN.format(entry.firstDestroyedAt()) + " au " + WHEN.format(entry.lastDestroyedAt()), heading);
            kind.setSpacingBefore(10);
            document.add(kind);
            document.add(new Paragraph(String.join(", ", entry.references())
                    + (entry.count() > entry.references().size() ? ", …" : ""), text));
        }
        document.close();
        return out.toByteArray();
    }

    private static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
    }
}
