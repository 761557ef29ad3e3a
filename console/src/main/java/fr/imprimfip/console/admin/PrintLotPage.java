package fr.imprimfip.console.admin;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import fr.imprimfip.console.Badge;
import fr.imprimfip.console.FrenchFormats;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.deposit.StatusSource;
import fr.imprimfip.production.PrintLot;
import fr.imprimfip.production.PrintLotCatalog;

/**
 * One print lot, read only, as the print centre's API describes it: its status and last report, its kind (paper,
 * envelope, sending type, postage class), its print file, its letters in the lot's order (the manifest) and what
 * the reports did to them since the cut-off.
 */
@Named
@RequestScoped
public class PrintLotPage {

    /** The lot's description. */
    public record LotView(String reference, Badge status, String statusAt, String message, String paper,
                          String envelope, String sendingType, String postageClass, int letters, int sheets,
                          String printPages, String createdAt, String composedAt, String printFile,
                          String printFileExpiresAt) {
    }

    /** A letter of the lot. */
    public record LetterRow(int sequence, String internalRef, String businessRef, String partner, String onBehalfOf,
                            String firstPage, int pages, int sheets, int weightGrams, String status, String step,
                            String statusAt) {
    }

    /** What the reports did to the lot's letters, one line per moment. */
    public record EventRow(String at, String status, String source, String message, long letters) {
    }

    @EJB(lookup = PlatformServices.PRINT_LOTS)
    PrintLotCatalog catalog;

    private String reference;
    private LotView lot;
    private List<LetterRow> letters = List.of();
    private List<EventRow> events = List.of();

    /** The page's view action: reads the lot of the address's {@code ref}; none when unknown. */
    public void load() {
        lot = null;
        if (reference == null || reference.isBlank()) {
            return;
        }
        try {
            PrintLotCatalog.Manifest manifest = catalog.manifest(reference);
            lot = view(manifest.lot());
            letters = manifest.letters().stream().map(line -> new LetterRow(line.sequence(), line.internalRef(),
                    line.businessRef() == null ? "" : line.businessRef(), line.partner(),
                    line.onBehalfOf() == null ? "" : line.onBehalfOf(),
                    line.firstPage() == null ? "" : String.valueOf(line.firstPage()), line.pages(), line.sheets(),
                    line.weightGrams(), line.status(), line.productionStep() == null ? "" : line.productionStep(),
                    FrenchFormats.instant(line.statusAt()))).toList();
            events = catalog.events(reference).stream().map(event -> new EventRow(FrenchFormats.instant(event.at()),
                    event.step() == null ? event.status().label() : event.status().label() + " : "
                            + event.step().label().toLowerCase(), source(event.source()),
                    event.message() == null ? "" : event.message(), event.letters())).toList();
        } catch (RuntimeException unknown) {
            lot = null;
        }
    }

    private static LotView view(PrintLot lot) {
        String file = lot.printFile() == null ? "pas encore écrit" : lot.printFilePurged()
                ? "détruit à la fin de sa durée de conservation"
                : FrenchFormats.count(lot.printFile().sizeBytes()) + " octets, SHA-256 " + lot.printFile().sha256();
        return new LotView(lot.reference(), AdminBadges.of(lot.status()), FrenchFormats.instant(lot.statusAt()),
                lot.statusMessage() == null ? "" : lot.statusMessage(), lot.key().paper().name(),
                lot.key().envelope(), lot.key().sendingType().name(), lot.key().postageClass(), lot.letters(),
                lot.sheets(), lot.printPages() == null ? "" : String.valueOf(lot.printPages()),
                FrenchFormats.instant(lot.createdAt()), FrenchFormats.instant(lot.composedAt()), file,
                FrenchFormats.instant(lot.printFileExpiresAt()));
    }

    /** Who reported a change, in words. */
    static String source(StatusSource source) {
        return switch (source) {
            case ANALYSIS -> "analyse du dépôt";
            case PARTNER -> "partenaire";
            case PRODUCTION -> "plateforme (coupure de production)";
            case PRINT_CENTRE -> "centre d'impression";
            case POSTAL_SERVICE -> "La Poste";
            case ADMINISTRATOR -> "administrateur";
            case SIMULATION -> "simulation";
            case ELECTRONIC_DELIVERY -> "remise électronique";
        };
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public LotView getLot() {
        return lot;
    }

    public List<LetterRow> getLetters() {
        return letters;
    }

    public List<EventRow> getEvents() {
        return events;
    }
}
