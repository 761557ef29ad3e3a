package fr.imprimfip.billing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Date;
import java.util.Locale;

import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.LegalOrganisation;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.IZUGFeRDExporter;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromPDFA;

import fr.imprimfip.partner.BillingAddress;
import fr.imprimfip.shared.BusinessCalendar;

/**
 * An issued statement as Factur-X (profile EN 16931): its PDF/A made PDF/A-3 with the CII invoice embedded. A line
 * of the invoice per statement line and cost (postage, production), at the line's unit price to four decimals, so
 * the invoice's total is the statement's to the cent. Public bodies' services between them are outside the scope
 * of VAT (article 256 B of the French tax code): VAT category "O".
 */
final class FacturX {

    static final String SIRET_SCHEME = "0009";
    static final String NOT_SUBJECT_TO_VAT = "O";
    static final String VAT_EXEMPTION = "Non soumis à la TVA : article 256 B du code général des impôts";
    private static final String UNIT = "C62";

    private FacturX() {
    }

    static byte[] of(Statement statement, StatementIssuer issuer, byte[] pdf) {
        if (!statement.issued()) {
            throw new IllegalStateException("Only an issued statement is an invoice");
        }
        try (IZUGFeRDExporter exporter = new ZUGFeRDExporterFromPDFA().load(pdf)) {
            exporter.setProducer("Imprim'FIP").setCreator(issuer.name()).setProfile(Profiles.getByName("EN16931"));
            exporter.setTransaction(invoice(statement, issuer));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Invoice invoice(Statement statement, StatementIssuer issuer) {
        TradeParty seller = new TradeParty(issuer.name(), issuer.street(), issuer.postcode(), issuer.city(), "FR")
                .setID("IMPRIMFIP");
        seller.setAdditionalAddress(issuer.service());
        issuer.siret().ifPresent(siret -> seller.setLegalOrganisation(new LegalOrganisation(siret, SIRET_SCHEME)));
        BillingAddress address = statement.billedAddress().orElse(null);
        TradeParty buyer = address == null
                ? new TradeParty(statement.billedName(), "", "", "", "FR")
                : new TradeParty(statement.billedName(), address.lines().get(0), address.postcode(), address.city(),
                        "FR");
        if (address != null && address.lines().size() > 1) {
            buyer.setAdditionalAddress(address.lines().get(1));
        }
        buyer.setID(statement.partner().clientId());
        buyer.setLegalOrganisation(new LegalOrganisation(statement.billedSiret(), SIRET_SCHEME));
        Date issued = day(statement.issuedAt().atZone(BusinessCalendar.PARIS).toLocalDate());
        Invoice invoice = new Invoice().setNumber(statement.number().orElseThrow()).setIssueDate(issued)
                .setDeliveryDate(issued).setCurrency(Price.CURRENCY).setSender(seller).setRecipient(buyer)
                .setDetailedDeliveryPeriod(day(LocalDate.of(statement.year(), 1, 1)),
                        day(LocalDate.of(statement.year(), 12, 31)))
                .setPaymentTermDescription("Paiement selon les modalités de la convention financière")
                .addNote("Relevé annuel " + statement.year() + " Imprim'FIP. " + StatementDocuments.LEGAL_BASIS);
        for (StatementLine line : statement.lines()) {
            String period = Month.of(line.month()).getDisplayName(TextStyle.FULL, Locale.FRANCE) + " "
                    + statement.year() + ", " + line.sendingType().label();
            invoice.addItem(item("Affranchissement — " + period, line.postagePerPli(), line.plis()));
            invoice.addItem(item("Production — " + period, line.productionPerPli(), line.plis()));
        }
        return invoice;
    }

    private static Item item(String name, BigDecimal unitPrice, long plis) {
        Product product = new Product(name, "", UNIT, BigDecimal.ZERO).setTaxCategoryCode(NOT_SUBJECT_TO_VAT)
                .setTaxExemptionReason(VAT_EXEMPTION);
        return new Item(product, unitPrice, BigDecimal.valueOf(plis));
    }

    /** Mustang writes a date in the JVM's own zone: a Paris day is given as its midnight there, whatever it is. */
    private static Date day(LocalDate day) {
        return Date.from(day.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
    }
}
