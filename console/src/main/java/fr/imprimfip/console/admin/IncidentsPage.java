package fr.imprimfip.console.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.console.Confirmation;
import fr.imprimfip.console.ParisTime;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.console.StaffActions;
import fr.imprimfip.console.security.StaffMember;
import fr.imprimfip.incident.IncidentRegister;
import fr.imprimfip.incident.SecurityIncident;

/**
 * The register of security incidents: the open ones first, each breach with its 48-hour deadline counting down, and
 * the form that opens one. Opening one that isolates its partners cuts them off at once: that is confirmed first.
 */
@Named
@ViewScoped
public class IncidentsPage implements Serializable {

    static final String ISOLATE = "isoler";

    @EJB(lookup = PlatformServices.INCIDENTS)
    IncidentRegister register;

    @Inject
    StaffActions actions;

    @Inject
    StaffMember staff;

    private final Confirmation confirmation = new Confirmation();
    private List<IncidentRow> rows;
    private String summary;
    private String detectedAt;
    private boolean breach;
    private String partners;
    private boolean isolate;

    @PostConstruct
    void read() {
        Instant now = Instant.now();
        rows = register.forReview(false).stream()
                .map(incident -> IncidentRow.of(incident, register.concernedClientIds(incident), now)).toList();
        if (detectedAt == null) {
            detectedAt = ParisTime.field(now);
        }
    }

    /** The form's button: opens the incident, or first asks to confirm when it isolates partners. */
    public void open() {
        if (isolate) {
            confirmation.ask(ISOLATE);
            return;
        }
        doOpen();
    }

    public void confirmOpen() {
        if (confirmation.confirm(ISOLATE)) {
            doOpen();
        }
    }

    public void cancel() {
        confirmation.cancel();
    }

    private void doOpen() {
        SecurityIncident opened = actions.perform("incident.ouvrir", "nouvel incident",
                () -> register.open(summary, ParisTime.parse(detectedAt, "Détecté le"), breach, clientIds(), isolate,
                        staff.name()),
                SecurityIncident::reference,
                incident -> "Incident " + incident.reference() + " ouvert" + (breach
                        ? " : la violation est à notifier à l'autorité de contrôle avant le délai de 48 heures."
                        : "."));
        if (opened != null) {
            summary = null;
            partners = null;
            breach = false;
            isolate = false;
            detectedAt = null;
            read();
        }
    }

    private List<String> clientIds() {
        return partners == null ? List.of() : Arrays.stream(partners.split("[,;\\s]+")).map(String::strip)
                .filter(id -> !id.isEmpty()).toList();
    }

    public List<IncidentRow> getRows() {
        return rows;
    }

    public long getOpenCount() {
        return rows.stream().filter(row -> !row.closed()).count();
    }

    public Confirmation getConfirmation() {
        return confirmation;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDetectedAt() {
        return detectedAt;
    }

    public void setDetectedAt(String detectedAt) {
        this.detectedAt = detectedAt;
    }

    public boolean isBreach() {
        return breach;
    }

    public void setBreach(boolean breach) {
        this.breach = breach;
    }

    public String getPartners() {
        return partners;
    }

    public void setPartners(String partners) {
        this.partners = partners;
    }

    public boolean isIsolate() {
        return isolate;
    }

    public void setIsolate(boolean isolate) {
        this.isolate = isolate;
    }
}
