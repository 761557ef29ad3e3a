package fr.imprimfip.console.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

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
import fr.imprimfip.incident.IncidentPhase;
import fr.imprimfip.incident.IncidentRegister;
import fr.imprimfip.incident.SecurityIncident;

/**
 * One security incident: its phases so far and what moves it on (the next phase with what was done, the breach's
 * notification to the supervisory authority, the closure on a verification note, confirmed). The register refuses
 * a phase going back or a closure before a breach is notified; the page tells its refusal.
 */
@Named
@ViewScoped
public class IncidentPage implements Serializable {

    static final String CLOSE = "clore";

    /** One step of the incident's handling. */
    public record StepRow(String at, String phase, String note, String by) implements Serializable {
    }

    @EJB(lookup = PlatformServices.INCIDENTS)
    IncidentRegister register;

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
    private String notifiedAt;
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
        } catch (RuntimeException unknown) {
            incident = null;
        }
        if (notifiedAt == null) {
            notifiedAt = ParisTime.field(Instant.now());
        }
    }

    public void enterPhase() {
        if (actions.perform("incident.phase", reference, () -> register.enter(reference, nextPhase, note,
                staff.name()), "L'incident " + reference + " passe en phase " + (nextPhase == null ? ""
                : AdminBadges.label(nextPhase).toLowerCase()) + ".") != null) {
            note = null;
        }
        load();
    }

    public void recordNotification() {
        actions.perform("incident.notification", reference, () -> register.recordBreachNotification(reference,
                ParisTime.parse(notifiedAt, "Notifiée le"), staff.name()),
                "La notification de la violation à l'autorité de contrôle est enregistrée.");
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

    public String getNotifiedAt() {
        return notifiedAt;
    }

    public void setNotifiedAt(String notifiedAt) {
        this.notifiedAt = notifiedAt;
    }

    public String getVerificationNote() {
        return verificationNote;
    }

    public void setVerificationNote(String verificationNote) {
        this.verificationNote = verificationNote;
    }
}
