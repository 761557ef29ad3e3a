package fr.imprimfip.console.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import fr.imprimfip.console.Badge;
import fr.imprimfip.console.FrenchFormats;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.production.LateLetters;
import fr.imprimfip.production.PrintLot;
import fr.imprimfip.production.PrintLotCatalog;
import fr.imprimfip.production.ProductionMetrics;
import fr.imprimfip.shared.BusinessCalendar;

/**
 * Production for administrators: the figures the monitoring scrapes, the latest print lots, the letters late
 * against the 2-day commitment and the registered letters without news from La Poste (as the late-letters API lists
 * them), the production deposits of the last 30 days
 * and the hand-over delays of the letters handed to La Poste in that time.
 */
@Named
@RequestScoped
public class ProductionPage {

    static final int DAYS = 30;
    private static final int LOTS_SHOWN = 30;
    private static final int LATE_SHOWN = 200;
    private static final int DELAYS_READ = 10_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM", Locale.FRANCE);

    /** A print lot's line. */
    public record LotRow(String reference, Badge status, int letters, int sheets, String createdAt,
                         String statusAt) {
    }

    /** A late letter's line. */
    public record LateRow(String internalRef, String partner, String businessRef, String status, String receivedAt,
                          String due, long hoursLate) {
    }

    @EJB(lookup = PlatformServices.PRODUCTION_METRICS)
    ProductionMetrics metrics;

    @EJB(lookup = PlatformServices.PRINT_LOTS)
    PrintLotCatalog lots;

    @EJB(lookup = PlatformServices.LATE_LETTERS)
    LateLetters lateLetters;

    private ProductionMetrics.Reading reading;
    private List<LotRow> lotRows;
    private List<LateRow> lateRows;
    private ChartData deposits;
    private ChartData delays;

    @PostConstruct
    void read() {
        reading = metrics.read();
        lotRows = lots.recent(LOTS_SHOWN).stream().map(ProductionPage::lotRow).toList();
        lateRows = lateLetters.late(null, null, null, LATE_SHOWN).letters().stream()
                .map(letter -> new LateRow(letter.internalRef(), letter.partnerClientId(), letter.businessRef(),
                        letter.status(), FrenchFormats.instant(letter.receivedAt()),
                        FrenchFormats.instant(letter.due()), letter.hoursLate()))
                .toList();
        LocalDate today = LocalDate.now(BusinessCalendar.PARIS);
        List<LocalDate> days = lastDays(today, DAYS);
        List<Instant> starts = IntStream.rangeClosed(0, days.size()).mapToObj(i -> (i < days.size() ? days.get(i)
                : today.plusDays(1)).atStartOfDay(BusinessCalendar.PARIS).toInstant()).toList();
        deposits = new ChartData(days.stream().map(DAY::format).toList(), metrics.depositsReceived(starts));
        DelayHistogram histogram = DelayHistogram.of(metrics.handOverDelays(starts.get(0), DELAYS_READ));
        delays = new ChartData(histogram.labels(), histogram.counts());
    }

    /** The {@code count} days up to {@code today}, oldest first. */
    static List<LocalDate> lastDays(LocalDate today, int count) {
        return IntStream.range(0, count).mapToObj(i -> today.minusDays(count - 1L - i)).toList();
    }

    private static LotRow lotRow(PrintLot lot) {
        return new LotRow(lot.reference(), AdminBadges.of(lot.status()), lot.letters(), lot.sheets(),
                FrenchFormats.instant(lot.createdAt()), FrenchFormats.instant(lot.statusAt()));
    }

    public String getPending() {
        return FrenchFormats.count(reading.pending());
    }

    public String getInProduction() {
        return FrenchFormats.count(reading.inProduction());
    }

    public String getLate() {
        return FrenchFormats.count(reading.late());
    }

    public String getOldestLate() {
        return reading.late() == 0 ? "aucun" : Countdown.hours(Duration.ofSeconds(reading.oldestLateSeconds()));
    }

    public List<LotRow> getLots() {
        return lotRows;
    }

    public List<LateRow> getLateLetters() {
        return lateRows;
    }

    public ChartData getDeposits() {
        return deposits;
    }

    public ChartData getDelays() {
        return delays;
    }
}
