package fr.imprimfip.console.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import fr.imprimfip.batch.JobRunView;
import fr.imprimfip.batch.JobRuns;
import fr.imprimfip.console.FrenchFormats;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.incident.IncidentRegister;
import fr.imprimfip.notification.Outbox;
import fr.imprimfip.partner.Partner;
import fr.imprimfip.partner.PartnerStatus;
import fr.imprimfip.partner.Partners;
import fr.imprimfip.partner.SecurityAttestation;
import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.production.LateLetters;
import fr.imprimfip.template.LetterTemplates;
import fr.imprimfip.template.TemplateStatus;

/**
 * What needs an administrator's attention today, each figure from the service the matching admin endpoint calls:
 * open security incidents, letter templates waiting for review, letters late against the commitment, notifications
 * not delivered, security attestations due for renewal (from the renewal date the attestation itself gives), and
 * the batch jobs whose latest run failed.
 */
@Named
@RequestScoped
public class AdminHome {

    /** The outbox lists at most this many undelivered notifications: more shows as "500 ou plus". */
    private static final int UNDELIVERED_SHOWN = 500;

    @EJB(lookup = PlatformServices.INCIDENTS)
    IncidentRegister incidents;

    @EJB(lookup = PlatformServices.TEMPLATES)
    LetterTemplates templates;

    @EJB(lookup = PlatformServices.LATE_LETTERS)
    LateLetters lateLetters;

    @EJB(lookup = PlatformServices.OUTBOX)
    Outbox outbox;

    @EJB(lookup = PlatformServices.PARTNERS)
    Partners partners;

    @EJB(lookup = PlatformServices.JOB_RUNS)
    JobRuns jobs;

    private int openIncidents;
    private long attestationsDue;
    private List<String> failedRuns;
    private boolean billingFailed;
    private int templatesWaiting;
    private long lateLetterCount;
    private int undelivered;

    @PostConstruct
    void read() {
        openIncidents = incidents.forReview(true).size();
        templatesWaiting = templates.inStatus(TemplateStatus.SUBMITTED).size();
        lateLetterCount = lateLetters.lateness(null).late();
        undelivered = outbox.undelivered(UNDELIVERED_SHOWN).size();
        LocalDate today = LocalDate.now(BusinessCalendar.PARIS);
        attestationsDue = partners.all().stream().filter(partner -> partner.status() != PartnerStatus.TERMINATED)
                .map(Partner::attestation).flatMap(Optional::stream).map(SecurityAttestation::renewalDueOn)
                .filter(due -> !due.isAfter(today)).count();
        billingFailed = failed(JobRuns.ANNUAL_BILLING);
        failedRuns = Stream.of(billingFailed ? "facturation annuelle" : null,
                failed(JobRuns.RETENTION_PURGE) ? "purge de conservation" : null)
                .filter(Objects::nonNull).toList();
    }

    /** Whether the latest run of {@code job} ended in failure (failed, stopped or abandoned). */
    private boolean failed(String job) {
        return jobs.latest(job).filter(JobRunView::finished).map(run -> !"COMPLETED".equals(run.batchStatus()))
                .orElse(false);
    }

    public long getAttestationsDue() {
        return attestationsDue;
    }

    public int getFailedRunCount() {
        return failedRuns.size();
    }

    /** Which jobs failed, in words. */
    public String getFailedRuns() {
        return failedRuns.isEmpty() ? "Dernières exécutions réussies" : "En échec : " + String.join(", ", failedRuns);
    }

    /** Where the failed run is restarted: the billing's page for the finance run, else the retention page. */
    public String getFailedRunsPage() {
        return billingFailed ? "/finance/accueil" : "/admin/conservation";
    }

    public int getOpenIncidents() {
        return openIncidents;
    }

    public int getTemplatesWaiting() {
        return templatesWaiting;
    }

    public String getLateLetters() {
        return FrenchFormats.count(lateLetterCount);
    }

    public long getLateLetterCount() {
        return lateLetterCount;
    }

    public String getUndelivered() {
        return undelivered >= UNDELIVERED_SHOWN ? UNDELIVERED_SHOWN + " ou plus" : Integer.toString(undelivered);
    }

    public int getUndeliveredCount() {
        return undelivered;
    }
}
