package fr.imprimfip.console.admin;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.console.Confirmation;
import fr.imprimfip.console.FrenchFormats;
import fr.imprimfip.console.ParisTime;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.console.StaffActions;
import fr.imprimfip.console.security.StaffMember;
import fr.imprimfip.incident.BreachNotice;
import fr.imprimfip.incident.BreachNoticeText;
import fr.imprimfip.incident.BreachNotices;
import fr.imprimfip.incident.IncidentPhase;
import fr.imprimfip.incident.NoticeDeadline;
import fr.imprimfip.incident.IncidentRegister;
import fr.imprimfip.incident.SecurityIncident;

/**
 * One security incident: its phases so far and what moves it on (the next phase with what was done, the next stage
 * of a breach's notice to a partner concerned, e-mailed with its PDF, the closure on a verification note,
 * confirmed). Each partner's notice shows its 48-hour deadline and its stages. The register refuses a phase going
 * back or a closure before every partner was sent its notice; the page tells its refusal.
 */
@Named
@ViewScoped
public class IncidentPage implements Serializable {

    static final String CLOSE = "clore";

    /** One step of the incident's handling. */
    public record StepRow(String at, String phase, String note, String by) implements Serializable {
    }

    /** One stage of a partner's notice. */
    public record NoticeRow(String partner, int stage, String written, String sent, String letters, boolean last)
            implements Serializable {
    }

    /** Where a partner's notice stands against its deadline. */
    public record PartnerNoticeRow(String partner, String deadline, String css) implements Serializable {
    }

    @EJB(lookup = PlatformServices.INCIDENTS)
    IncidentRegister register;

    @EJB(lookup = PlatformServices.BREACH_NOTICES)
    BreachNotices notices;

    @Inject
    StaffActions actions;

    @Inject
    StaffMember staff;

    private final Confirmation confirmation = new Confirmation();
    private String reference;
    private IncidentRow incident;
    private List<StepRow> steps = List.of();
    private IncidentPhase nextPhase;
    private String note;
    private List<NoticeRow> noticeRows = List.of();
    private List<PartnerNoticeRow> partnerNotices = List.of();
    private List<String> concerned = List.of();
    private String noticePartner;
    private String nature;
    private String periodFrom;
    private String periodTo;
    private String consequences;
    private String measures;
    private boolean finalStage;
    private String verificationNote;

    /** The page's view action: reads the incident of the address's {@code ref}. */
    public void load() {
        incident = null;
        if (reference == null) {
            return;
        }
        try {
            SecurityIncident found = register.byReference(reference);
            incident = IncidentRow.of(found, register.concernedClientIds(found), Instant.now());
            steps = found.steps().stream().map(step -> new StepRow(FrenchFormats.instant(step.at()),
                    AdminBadges.label(step.phase()), step.note(), step.recordedBy())).toList();
            concerned = register.concernedClientIds(found);
            noticeRows = found.notices().stream().map(notice -> noticeRow(notice)).toList();
            Instant now = Instant.now();
            partnerNotices = found.partnerIds().stream().map(id -> partnerNotice(found, id, now))
                    .flatMap(Optional::stream).sorted(Comparator.comparing(PartnerNoticeRow::partner))
                    .toList();
            if (periodFrom == null) {
                periodFrom = ParisTime.field(found.detectedAt().minus(Duration.ofDays(30)));
                periodTo = ParisTime.field(now);
            }
        } catch (RuntimeException unknown) {
            incident = null;
        }
    }

    private NoticeRow noticeRow(BreachNotice notice) {
        return new NoticeRow(register.clientIdOf(notice.partnerId()), notice.stage(),
                FrenchFormats.instant(notice.writtenAt()),
                notice.sentAt() == null ? "en cours d'envoi" : FrenchFormats.instant(notice.sentAt()),
                notice.scope().letters() + " plis, " + notice.scope().recipients() + " destinataires, "
                        + notice.scope().files() + " fichiers", notice.finalStage());
    }

    private Optional<PartnerNoticeRow> partnerNotice(SecurityIncident found, long id, Instant now) {
        return found.noticeDeadline(id, now).map(deadline -> new PartnerNoticeRow(register.clientIdOf(id),
                switch (deadline) {
                    case RUNNING -> "à notifier avant le " + FrenchFormats.instant(found.breachNotificationDue()
                            .orElseThrow());
                    case OVERDUE -> "en retard : à notifier sans délai";
                    case MET -> "notifié dans le délai, le " + FrenchFormats.instant(found.noticeSentAt(id)
                            .orElseThrow());
                    case MISSED -> "notifié après le délai, le " + FrenchFormats.instant(found.noticeSentAt(id)
                            .orElseThrow());
                }, deadline == NoticeDeadline.OVERDUE || deadline == NoticeDeadline.MISSED ? "fr-badge--error"
                : deadline == NoticeDeadline.RUNNING ? "fr-badge--warning" : "fr-badge--success"));
    }

    public void enterPhase() {
        if (actions.perform("incident.phase", reference, () -> register.enter(reference, nextPhase, note,
                staff.name()), "L'incident " + reference + " passe en phase " + (nextPhase == null ? ""
                : AdminBadges.label(nextPhase).toLowerCase()) + ".") != null) {
            note = null;
        }
        load();
    }

    public void sendNotice() {
        String partner = noticePartner;
        if (actions.perform("incident.notification", reference + "/" + partner, () -> notices.notify(reference,
                        partner, new BreachNoticeText(nature, null, null, consequences, measures, finalStage),
                        ParisTime.parse(periodFrom, "Période du"), ParisTime.parse(periodTo, "Période au"),
                        staff.name()),
                "La notification de la violation est envoyée au partenaire " + partner + ".") != null) {
            finalStage = false;
        }
        load();
    }

    public void askClose() {
        confirmation.ask(CLOSE);
    }

    public void cancel() {
        confirmation.cancel();
    }

    public void close() {
        if (confirmation.confirm(CLOSE)) {
            actions.perform("incident.clore", reference, () -> register.close(reference, verificationNote,
                    staff.name()), "L'incident " + reference + " est clos.");
            load();
        }
    }

    /** The phases an incident may move on to from the phase it is in (closing has its own form). */
    public List<IncidentPhase> getNextPhases() {
        if (incident == null) {
            return List.of();
        }
        return Arrays.stream(IncidentPhase.values())
                .filter(phase -> phase != IncidentPhase.CLOSED && phase.ordinal() > incident.phaseValue().ordinal())
                .toList();
    }

    public String phaseLabel(IncidentPhase phase) {
        return AdminBadges.label(phase);
    }

    public Confirmation getConfirmation() {
        return confirmation;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public IncidentRow getIncident() {
        return incident;
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    public IncidentPhase getNextPhase() {
        return nextPhase;
    }

    public void setNextPhase(IncidentPhase nextPhase) {
        this.nextPhase = nextPhase;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<NoticeRow> getNoticeRows() {
        return noticeRows;
    }

    public List<PartnerNoticeRow> getPartnerNotices() {
        return partnerNotices;
    }

    public List<String> getConcerned() {
        return concerned;
    }

    public String getNoticePartner() {
        return noticePartner;
    }

    public void setNoticePartner(String noticePartner) {
        this.noticePartner = noticePartner;
    }

    public String getNature() {
        return nature;
    }

    public void setNature(String nature) {
        this.nature = nature;
    }

    public String getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(String periodFrom) {
        this.periodFrom = periodFrom;
    }

    public String getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(String periodTo) {
        this.periodTo = periodTo;
    }

    public String getConsequences() {
        return consequences;
    }

    public void setConsequences(String consequences) {
        this.consequences = consequences;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public boolean isFinalStage() {
        return finalStage;
    }

    public void setFinalStage(boolean finalStage) {
        this.finalStage = finalStage;
    }

    public String getVerificationNote() {
        return verificationNote;
    }

    public void setVerificationNote(String verificationNote) {
        this.verificationNote = verificationNote;
    }
}
