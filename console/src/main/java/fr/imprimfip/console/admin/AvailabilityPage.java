package fr.imprimfip.console.admin;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import fr.imprimfip.availability.AvailabilityFormats;
import fr.imprimfip.availability.AvailabilityMeasure;
import fr.imprimfip.availability.AvailabilityMeasure.RangeAvailability;
import fr.imprimfip.availability.AvailabilityProbes;
import fr.imprimfip.availability.AvailabilityProbes.AvailabilityReport;
import fr.imprimfip.console.Badge;
import fr.imprimfip.console.FrenchFormats;
import fr.imprimfip.console.PlatformServices;

/**
 * The service's availability of a month against the 97.16 % of CGU §11, as the admin API and its monthly PDF report
 * measure it: the opening range (0:00-24:00, planned windows counted) and the coverage range (7:00-20:00), each with
 * its rate, incidents and longest outage, and each node's latest probe. {@code ?mois=AAAA-MM}, the current month by
 * default; a month that does not read so is the current one, said on the page.
 */
@Named
@RequestScoped
public class AvailabilityPage {

    /** One range's figures as the page shows them. */
    public record RangeView(String id, String title, String rate, Badge verdict, String measured, String available,
                            int incidentCount, String longestOutage, List<IncidentRow> incidents) {
    }

    /** One outage of a range. */
    public record IncidentRow(String start, String end, String duration) {
    }

    /** A node's latest probe. */
    public record NodeRow(String node, String probedAt, Badge state, String failure) {
    }

    @EJB(lookup = PlatformServices.AVAILABILITY)
    AvailabilityProbes probes;

    private final Clock clock = Clock.system(AvailabilityMeasure.PARIS);
    private String requested;
    private boolean unreadable;
    private YearMonth month;
    private AvailabilityReport report;

    /** The page's view action: measures the month of the address's {@code mois}. */
    public void load() {
        month = YearMonth.now(clock);
        unreadable = false;
        if (requested != null && !requested.isBlank()) {
            AvailabilityMeasure.month(requested).ifPresentOrElse(asked -> month = asked, () -> unreadable = true);
        }
        report = probes.report(month);
    }

    public String getMois() {
        return requested;
    }

    public void setMois(String mois) {
        this.requested = mois;
    }

    public boolean isUnreadable() {
        return unreadable;
    }

    public String getMonth() {
        return month.toString();
    }

    public String getMonthTitle() {
        String name = month.getMonth().getDisplayName(TextStyle.FULL, Locale.FRANCE);
        return name + " " + month.getYear();
    }

    public String getPrevious() {
        return month.minusMonths(1).toString();
    }

    /** The next month, while it has begun. */
    public String getNext() {
        YearMonth next = month.plusMonths(1);
        return next.isAfter(YearMonth.now(clock)) ? null : next.toString();
    }

    public String getTarget() {
        return AvailabilityFormats.percent(AvailabilityMeasure.TARGET);
    }

    public long getSlotSeconds() {
        return report.slotSeconds();
    }

    public String getMeasuredPeriod() {
        return report.measuredFrom() == null ? null
                : FrenchFormats.instant(report.measuredFrom()) + " – " + FrenchFormats.instant(report.measuredTo());
    }

    public String getGeneratedAt() {
        return FrenchFormats.instant(report.generatedAt());
    }

    public List<RangeView> getRanges() {
        return List.of(view("ouverture", "Plage d'ouverture (0:00-24:00)", report.opening()),
                view("couverture", "Plage de couverture (7:00-20:00)", report.coverage()));
    }

    public List<NodeRow> getNodes() {
        return report.nodes().stream().map(node -> new NodeRow(node.node(), FrenchFormats.instant(node.probedAt()),
                node.available() ? new Badge("Disponible", "fr-badge--success")
                        : new Badge("Indisponible", "fr-badge--error"),
                node.failure() == null ? "" : node.failure())).toList();
    }

    private static RangeView view(String id, String title, RangeAvailability range) {
        Badge verdict = range.met() == null ? new Badge("Non mesuré", "fr-badge--info")
                : range.met() ? new Badge("Engagement respecté", "fr-badge--success")
                : new Badge("Engagement non respecté", "fr-badge--error");
        return new RangeView(id, title, range.rate() == null ? "non mesuré" : AvailabilityFormats.percent(range.rate()),
                verdict, AvailabilityFormats.duration(range.measuredSeconds()),
                AvailabilityFormats.duration(range.availableSeconds()), range.incidents().size(),
                AvailabilityFormats.duration(range.longestOutageSeconds()),
                range.incidents().stream().map(incident -> new IncidentRow(FrenchFormats.instant(incident.start()),
                        incident.ongoing() ? "en cours" : FrenchFormats.instant(incident.end()),
                        AvailabilityFormats.duration(incident.durationSeconds()))).toList());
    }
}
