package fr.imprimfip.billing;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import fr.imprimfip.partner.BillingAddress;

/**
 * A statement as the documents finance staff send: a PDF for the partner (PDF/A-1b, its fonts embedded, "PROJET"
 * across every page of a draft), the same as Factur-X once issued, and a CSV for the accounts (semicolons, decimal
 * commas, UTF-8 with a byte order mark, as French spreadsheets read it).
 */
@ApplicationScoped
public class StatementDocuments {

    static final String LEGAL_BASIS = "Convention financière conclue entre la DGFiP et le partenaire, selon l'article 7"
            + " « Coût du service » des conditions générales d'utilisation de l'API Imprim'FIP : le montant de la"
            + " prestation est calculé annuellement à partir du nombre de plis déposés en production, multiplié par le"
            + " coût d'affranchissement et le coût de production fixés pour l'année (prix révisé chaque 1er janvier).";
    private static final Locale FRENCH = Locale.FRANCE;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(PARIS);
    private static final String[] COLUMNS = {"Mois", "Type d'envoi", "Plis", "Affranchissement / pli",
        "Production / pli", "Affranchissement", "Production", "Total"};

    @Inject
    @ConfigProperty(name = "imprimfip.billing.issuer-name", defaultValue = "Direction générale des Finances publiques (DGFiP)")
    String issuerName;

    @Inject
    @ConfigProperty(name = "imprimfip.billing.issuer-service", defaultValue = "Service Imprim'FIP")
    String issuerService;

    @Inject
    @ConfigProperty(name = "imprimfip.billing.issuer-street", defaultValue = "120 rue de Bercy")
    String issuerStreet;

    @Inject
    @ConfigProperty(name = "imprimfip.billing.issuer-postcode", defaultValue = "75012")
    String issuerPostcode;

    @Inject
    @ConfigProperty(name = "imprimfip.billing.issuer-city", defaultValue = "Paris")
    String issuerCity;

    @Inject
    @ConfigProperty(name = "imprimfip.billing.issuer-siret")
    Optional<String> issuerSiret;

    StatementIssuer issuer() {
        return new StatementIssuer(issuerName, issuerService, issuerStreet, issuerPostcode, issuerCity, issuerSiret);
    }

    public byte[] pdf(Statement statement) {
        return pdf(statement, issuer());
    }

    /** The issued statement as Factur-X: its PDF with its EN 16931 invoice embedded. */
    public byte[] facturX(Statement statement) {
        return FacturX.of(statement, issuer(), pdf(statement));
    }

    public static byte[] csv(Statement statement) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("partenaire;annee;mois;type_envoi;plis;affranchissement_par_pli;production_par_pli;"
                + "montant_affranchissement;montant_production;montant_total\r\n");
        String partner = statement.partner().clientId();
        for (StatementLine line : statement.lines()) {
            csv.append(partner).append(';').append(statement.year()).append(';').append(line.month()).append(';')
                    .append(line.sendingType()).append(';').append(line.plis()).append(';')
                    .append(decimal(line.postagePerPli())).append(';').append(decimal(line.productionPerPli()))
                    .append(';').append(decimal(line.postageAmount())).append(';')
                    .append(decimal(line.productionAmount())).append(';').append(decimal(line.total())).append("\r\n");
        }
        csv.append(partner).append(';').append(statement.year()).append(";TOTAL;;").append(statement.plis())
                .append(";;;").append(decimal(statement.postageAmount())).append(';')
                .append(decimal(statement.productionAmount())).append(';').append(decimal(statement.totalAmount()))
                .append("\r\n");
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdf(Statement statement, StatementIssuer issuer) {
        Fonts fonts = Fonts.load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.setPageEvent(new Pages(fonts.text, statement.issued() ? null : fonts.bold));
        String number = statement.number().orElse("PROJET");
        document.addTitle("Relevé annuel " + statement.year() + " " + number + " — " + statement.billedName());
        document.addAuthor(issuer.name());
        document.addSubject("Relevé annuel Imprim'FIP " + statement.year());
        document.addCreator("Imprim'FIP");
        writer.createXmpMetadata();
        document.open();
        try {
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        PdfPTable head = new PdfPTable(new float[] {1, 1});
        head.setWidthPercentage(100);
        head.addCell(block(String.join("\n", issuer.lines())
                + issuer.siret().map(siret -> "\nSIRET " + siret).orElse(""), fonts.text, "Émetteur", fonts));
        head.addCell(block(String.join("\n", addressee(statement)), fonts.text, "Destinataire", fonts));
        document.add(head);

        document.add(new Paragraph(statement.issued()
                ? "Relevé annuel n° " + number : "PROJET de relevé annuel — non émis", fonts.title));
        document.add(new Paragraph("Période : du 01/01/" + statement.year() + " au 31/12/" + statement.year()
                + (statement.issued() ? " — émis le " + DAY.format(statement.issuedAt())
                : " — calculé le " + DAY.format(statement.computedAt()) + ", sans valeur de facturation"),
                fonts.text));
        document.add(new Paragraph("Fondement : " + LEGAL_BASIS, fonts.small));
        document.add(new Paragraph("Plis déposés en production, ni supprimés ni en erreur ; prix unitaires à quatre"
                + " décimales, montants arrondis au centime par ligne ; prestation non soumise à la TVA (article 256 B"
                + " du code général des impôts).", fonts.small));

        PdfPTable table = new PdfPTable(new float[] {2, 1.5f, 1, 1.5f, 1.5f, 1.5f, 1.5f, 1.5f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        for (String column : COLUMNS) {
            table.addCell(cell(column, fonts.bold, Element.ALIGN_CENTER));
        }
        table.setHeaderRows(1);
        for (StatementLine line : statement.lines()) {
            table.addCell(cell(Month.of(line.month()).getDisplayName(TextStyle.FULL, FRENCH), fonts.text,
                    Element.ALIGN_LEFT));
            table.addCell(cell(line.sendingType().label(), fonts.text, Element.ALIGN_LEFT));
            table.addCell(cell(String.valueOf(line.plis()), fonts.text, Element.ALIGN_RIGHT));
            table.addCell(cell(euros(line.postagePerPli()), fonts.text, Element.ALIGN_RIGHT));
            table.addCell(cell(euros(line.productionPerPli()), fonts.text, Element.ALIGN_RIGHT));
            table.addCell(cell(euros(line.postageAmount()), fonts.text, Element.ALIGN_RIGHT));
            table.addCell(cell(euros(line.productionAmount()), fonts.text, Element.ALIGN_RIGHT));
            table.addCell(cell(euros(line.total()), fonts.text, Element.ALIGN_RIGHT));
        }
        table.addCell(cell("Total", fonts.bold, Element.ALIGN_LEFT));
        table.addCell(cell("", fonts.bold, Element.ALIGN_LEFT));
        table.addCell(cell(String.valueOf(statement.plis()), fonts.bold, Element.ALIGN_RIGHT));
        table.addCell(cell("", fonts.bold, Element.ALIGN_LEFT));
        table.addCell(cell("", fonts.bold, Element.ALIGN_LEFT));
        table.addCell(cell(euros(statement.postageAmount()), fonts.bold, Element.ALIGN_RIGHT));
        table.addCell(cell(euros(statement.productionAmount()), fonts.bold, Element.ALIGN_RIGHT));
        table.addCell(cell(euros(statement.totalAmount()), fonts.bold, Element.ALIGN_RIGHT));
        document.add(table);
        document.add(new Paragraph("Montant total dû : " + euros(statement.totalAmount()) + ", payable selon les"
                + " modalités de la convention financière.", fonts.bold));
        document.close();
        return out.toByteArray();
    }

    /** The partner as billed: name, address (when finance gave one), SIRET and identifier. */
    private static List<String> addressee(Statement statement) {
        List<String> lines = new ArrayList<>();
        lines.add(statement.billedName());
        Optional<BillingAddress> address = statement.billedAddress();
        address.ifPresent(a -> {
            lines.addAll(a.lines());
            lines.add(a.postcode() + " " + a.city());
        });
        if (address.isEmpty()) {
            lines.add("(adresse de facturation non renseignée)");
        }
        lines.add("SIRET " + statement.billedSiret() + " — identifiant " + statement.partner().clientId());
        return lines;
    }

    private static PdfPCell block(String text, Font font, String title, Fonts fonts) {
        Phrase phrase = new Phrase(title + "\n", fonts.bold);
        phrase.add(new Phrase(text, font));
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingBottom(12);
        return cell;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    private static String decimal(BigDecimal amount) {
        return amount.toPlainString().replace('.', ',');
    }

    /** An amount in euros as French readers write it, with a no-break space the embedded fonts have. */
    static String euros(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00##", DecimalFormatSymbols.getInstance(FRENCH));
        return format.format(amount).replace('\u202F', '\u00A0') + "\u00A0€";
    }

    /** The embedded Liberation Sans faces (PDF/A embeds every font). */
    private record Fonts(Font title, Font bold, Font text, Font small) {
        static Fonts load() {
            BaseFont regular = font("LiberationSans-Regular.ttf");
            BaseFont bold = font("LiberationSans-Bold.ttf");
            return new Fonts(new Font(bold, 15), new Font(bold, 9), new Font(regular, 9), new Font(regular, 7.5f));
        }

        private static BaseFont font(String name) {
            try (InputStream in = StatementDocuments.class.getClassLoader().getResourceAsStream("liberation/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + name + " missing from the class path");
                }
                return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** "Page x / y" at the foot of every page, and a draft's diagonal "PROJET" under the content. */
    private static final class Pages extends PdfPageEventHelper {

        private final Font text;
        private final Font watermark;
        private PdfTemplate total;

        Pages(Font text, Font watermark) {
            this.text = text;
            this.watermark = watermark;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte over = writer.getDirectContent();
            BaseFont font = text.getBaseFont();
            String page = "Page " + writer.getPageNumber() + " / ";
            float width = font.getWidthPoint(page, 8);
            float x = document.right() - width - 20;
            over.beginText();
            over.setFontAndSize(font, 8);
            over.setTextMatrix(x, 24);
            over.showText(page);
            over.endText();
            over.addTemplate(total, x + width, 24);
            if (watermark != null) {
                PdfContentByte under = writer.getDirectContentUnder();
                Rectangle size = document.getPageSize();
                under.saveState();
                under.setColorFill(new Color(0xD9, 0xD9, 0xD9));
                under.beginText();
                under.setFontAndSize(watermark.getBaseFont(), 150);
                under.showTextAligned(Element.ALIGN_CENTER, "PROJET", size.getWidth() / 2, size.getHeight() / 2, 30);
                under.endText();
                under.restoreState();
            }
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(text.getBaseFont(), 8);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
