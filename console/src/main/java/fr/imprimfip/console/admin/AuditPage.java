package fr.imprimfip.console.admin;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.audit.AuditTrail;
import fr.imprimfip.audit.AuditTrailVerifier;
import fr.imprimfip.audit.AuditVerification;
import fr.imprimfip.console.FrenchFormats;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.console.StaffActions;
import fr.imprimfip.shared.BusinessCalendar;

/**
 * The audit trail's verification, as the audit API runs it (the trail flushed, then every chain walked), with its
 * verdict chain by chain; and the export of a period, downloaded from {@link AuditExportServlet}.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    /** A chain found altered, with what was found. */
    public record ChainVerdict(String chain, List<String> problems) implements Serializable {
    }

    @EJB(lookup = PlatformServices.AUDIT_VERIFIER)
    AuditTrailVerifier verifier;

    @EJB(lookup = PlatformServices.AUDIT)
    AuditTrail trail;

    @Inject
    StaffActions actions;

    private Boolean intact;
    private String events;
    private int chains;
    private List<ChainVerdict> altered = List.of();
    private String from = LocalDate.now(BusinessCalendar.PARIS).minusDays(7).toString();
    private String to = LocalDate.now(BusinessCalendar.PARIS).toString();

    public void verify() {
        AuditTrailVerifier.Report report = actions.perform("audit.verifier", "journal d'audit", () -> {
            trail.flush();
            return verifier.verify();
        }, "Vérification du journal d'audit terminée.");
        if (report != null) {
            intact = report.intact();
            events = FrenchFormats.count(report.events());
            chains = report.chains();
            altered = verdicts(report.problems());
        }
    }

    static List<ChainVerdict> verdicts(List<AuditVerification.Problem> problems) {
        Map<String, List<String>> byChain = problems.stream().collect(Collectors.groupingBy(
                AuditVerification.Problem::chainId, TreeMap::new, Collectors.mapping(problem -> "n° "
                        + problem.chainSeq() + " : " + problem.what(), Collectors.toList())));
        return byChain.entrySet().stream().map(entry -> new ChainVerdict(entry.getKey(), entry.getValue())).toList();
    }

    public Boolean getIntact() {
        return intact;
    }

    public String getEvents() {
        return events;
    }

    public int getChains() {
        return chains;
    }

    /** The chains found intact: all but the altered ones. */
    public int getIntactChains() {
        return chains - altered.size();
    }

    public List<ChainVerdict> getAltered() {
        return altered;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }
}
