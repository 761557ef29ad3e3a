package fr.imprimfip.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import fr.imprimfip.production.RegisteredMailReport;
import fr.imprimfip.production.RegisteredOutcomes;
import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.web.requests.RequestFields;

/**
 * Registered letters per partner and month of deposit: sent, delivered, refused, unclaimed, failed, and for paper
 * ones acknowledgements of receipt still missing ({@code year}: the current year when absent; {@code sendingType}:
 * {@code LRAR}, the default, or {@code LRE}, whose letters are notified, accepted, refused or neglected).
 */
@Path("/admin/registered-mail")
@RequestScoped
public class RegisteredMailReportResource {

    /** A month's figures, month 1 to 12. */
    public record MonthView(int month, long accepted, long inProduction, long sent, long inDelivery, long delivered,
                            long refused, long unclaimed, long failed, long acknowledgementsMissing) {

        static MonthView of(int month, RegisteredOutcomes outcomes) {
            return new MonthView(month, outcomes.accepted(), outcomes.inProduction(), outcomes.sent(),
                    outcomes.inDelivery(), outcomes.delivered(), outcomes.refused(), outcomes.unclaimed(),
                    outcomes.failed(), outcomes.acknowledgementsMissing());
        }
    }

    public record PartnerView(String clientId, String name, List<MonthView> months, MonthView total) {

        static PartnerView of(RegisteredMailReport.PartnerYear year) {
            List<MonthView> months = new ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                months.add(MonthView.of(month, year.months().get(month - 1)));
            }
            return new PartnerView(year.clientId(), year.name(), months, MonthView.of(0, year.total()));
        }
    }

    public record ReportView(int year, String sendingType, List<PartnerView> partners) {
    }

    @Inject
    RegisteredMailReport report;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ReportView year(@QueryParam("year") Integer year, @QueryParam("sendingType") String sendingType) {
        int asked = year == null ? LocalDate.now(clock.withZone(BusinessCalendar.PARIS)).getYear() : year;
        if (asked < 2000 || asked > 2100) {
            throw RequestFields.invalid("L'année doit être comprise entre 2000 et 2100.",
                    "The year must be between 2000 and 2100.");
        }
        SendingType type = registeredType(sendingType);
        return new ReportView(asked, type.name(), report.year(asked, type).stream().map(PartnerView::of).toList());
    }

    private static SendingType registeredType(String sendingType) {
        if (sendingType == null || SendingType.LRAR.name().equals(sendingType)) {
            return SendingType.LRAR;
        }
        if (SendingType.LRE.name().equals(sendingType)) {
            return SendingType.LRE;
        }
        throw RequestFields.invalid("Le type d'envoi suivi est LRAR ou LRE.",
                "The sending type followed up is LRAR or LRE.");
    }
}
