package fr.imprimfip.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;

import fr.imprimfip.partner.BillingAddress;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.Tariff;
import fr.imprimfip.partner.TariffLine;
import fr.imprimfip.partner.UnitPrice;
import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.SendingType;

class StatementDocumentsTest {

    private static final Instant ISSUED = Instant.parse("2027-01-15T09:30:00Z");

    @Test
    void aDraftSaysItIsADraftOnEveryPage() throws IOException {
        Statement draft = statement(36);
        String text = text(StatementDocuments.pdf(draft, StatementIssuer.defaults()));
        assertTrue(text.contains("PROJET"), text);
        assertTrue(text.contains("Page 1 / 2") && text.contains("Page 2 / 2"), "36 lines take two pages: " + text);
        assertFalse(text.contains("RLV-"), "a draft has no number");
    }

    @Test
    void anIssuedStatementReadsAsTheOfficialDocument() throws IOException {
        Statement statement = statement(3);
        statement.issue(new StatementNumber(2026, 123), ISSUED, "finance");
        String text = text(StatementDocuments.pdf(statement, new StatementIssuer("DGFiP", "Service Imprim'FIP",
                "120 rue de Bercy", "75012", "Paris", Optional.of("11000201100044"))));
        for (String expected : List.of("Relevé annuel n° RLV-2026-000123", "DGFiP", "SIRET 11000201100044",
                "Mairie de Test", "1 place de la Mairie", "33000 Bordeaux", "SIRET 21330063500017",
                "du 01/01/2026 au 31/12/2026", "émis le 15/01/2027", "article 7", "Page 1 / 1")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertFalse(text.contains("PROJET"));
    }

    @Test
    void statementNumbersAreUniquePerYearAndFitTheirColumn() {
        assertEquals("RLV-2026-000123", new StatementNumber(2026, 123).value());
        assertTrue(new StatementNumber(2999, 999_999).value().length() <= StatementNumber.LENGTH);
        assertThrows(IllegalArgumentException.class, () -> new StatementNumber(2026, 0));
        Statement statement = statement(1);
        assertThrows(IllegalArgumentException.class,
                () -> statement.issue(new StatementNumber(2025, 1), ISSUED, "finance"));
    }

    @Test
    void aBillingAddressIsAPostalOne() {
        assertThrows(InvalidInputException.class, () -> new BillingAddress(List.of("x".repeat(39)), "33000", "B"));
        assertThrows(InvalidInputException.class, () -> new BillingAddress(List.of("a"), "3300", "Bordeaux"));
        assertThrows(InvalidInputException.class, () -> new BillingAddress(List.of("a", "b", "c", "d", "e"),
                "33000", "Bordeaux"));
        assertEquals(List.of("Mairie", "Service"), new BillingAddress(List.of(" Mairie", "Service "), "33000",
                "Bordeaux").lines());
    }

    @Test
    void aPliIsPricedAsItsStatementLineUntilAndOnceIssued() {
        Statement statement = statement(2);
        Tariff tariff = tariff(statement.partner());
        Instant january = Instant.parse("2026-01-10T10:00:00Z");
        Price estimated = new YearPrices(tariff, statement).of(january, SendingType.STD, 3);
        assertEquals(PriceBasis.ESTIMATED, estimated.basis(), "a draft does not bill");
        StatementLine line = statement.lines().get(0);
        assertEquals(line.withPlis(3).postageAmount(), estimated.postage());
        statement.issue(new StatementNumber(2026, 1), ISSUED, "finance");
        Price billed = new YearPrices(tariff, statement).of(january, SendingType.STD, 3);
        assertEquals(PriceBasis.BILLED, billed.basis());
        assertEquals(estimated.total(), billed.total());
        assertEquals(new BigDecimal("4.17"), billed.postage(), "3 x 1.3900");
        assertEquals(new BigDecimal("0.58"), billed.production(), "3 x 0.1925 = 0.5775");
        Price lre = new YearPrices(tariff, statement).of(january, SendingType.LRE, 1);
        assertEquals(PriceBasis.ESTIMATED, lre.basis(), "no LRE on the statement: on no statement");
        assertThrows(IllegalArgumentException.class,
                () -> new YearPrices(tariff, statement).of(Instant.parse("2026-12-31T23:00:00Z"), SendingType.STD, 1),
                "1 January 2027 in Paris is not priced with the 2026 tariff");
    }

    @Test
    void anIssuedStatementIsAValidFacturXInvoiceOfTheSameTotal() throws Exception {
        Statement statement = statement(4);
        statement.issue(new StatementNumber(2026, 7), ISSUED, "finance");
        StatementIssuer issuer = StatementIssuer.defaults();
        byte[] facturX = FacturX.of(statement, issuer, StatementDocuments.pdf(statement, issuer));

        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        // its arithmetic check reads the invoice back and fails on lines outside the scope of VAT (category O has no
        // rate, as EN 16931 rule BR-O-5 wants): the totals are checked below instead; the notices are those of the
        // German XRechnung usage, not of EN 16931
        validator.disableArithmeticCheck();
        validator.disableNotices();
        String report = validator.validate(facturX, "RLV-2026-000007-facturx.pdf");
        assertTrue(validator.wasCompletelyValid(), report);
        assertTrue(report.contains("<pdf>") && report.contains("<xml>"), "both the PDF/A-3 and the XML: " + report);

        String xml = embedded(facturX, "factur-x.xml");
        assertTrue(xml.contains("urn:cen.eu:en16931:2017"), "EN 16931 profile");
        assertTrue(xml.contains(">" + statement.totalAmount().toPlainString() + "</ram:GrandTotalAmount>"), xml);
        assertTrue(xml.contains("RLV-2026-000007"));
    }

    private static String embedded(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDEmbeddedFilesNameTreeNode files = document.getDocumentCatalog().getNames().getEmbeddedFiles();
            PDComplexFileSpecification file = files.getNames().get(name);
            assertTrue(file != null, name + " embedded");
            return new String(file.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ');
        }
    }

    private static Tariff tariff(Partner partner) {
        Tariff tariff = new Tariff(partner, 2026, UnitPrice.of("1.3900"), UnitPrice.of("0.1925"));
        tariff.revise(UnitPrice.of("1.3900"), UnitPrice.of("0.1925"), List.of(new TariffLine(SendingType.LRAR,
                UnitPrice.of("5.3600"), UnitPrice.of("0.2500"))), Instant.EPOCH, "finance");
        return tariff;
    }

    /** A statement of {@code lineCount} lines (months and sending types), addressed to a town hall. */
    private static Statement statement(int lineCount) {
        Partner partner = new Partner("mairie-test", "Mairie de Test", "21330063500017", Instant.EPOCH);
        partner.addressBillsTo(new BillingAddress(List.of("Mairie de Test", "1 place de la Mairie"), "33000",
                "Bordeaux"));
        Tariff tariff = tariff(partner);
        List<StatementLine> lines = new ArrayList<>();
        SendingType[] types = {SendingType.STD, SendingType.LRAR, SendingType.LRE, };
        for (int i = 0; i < lineCount; i++) {
            lines.add(StatementLine.priced(1 + i % 12, types[i / 12 % types.length], 1000L + i * 7, tariff));
        }
        return Statement.draft(partner, new StatementFigures(0, 2026, lines, tariff.postage(), tariff.production()),
                Instant.parse("2027-01-05T08:00:00Z"));
    }
}
