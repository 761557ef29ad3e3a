package fr.imprimfip.console.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import fr.imprimfip.console.FrenchFormats;
import fr.imprimfip.console.PlatformServices;
import fr.imprimfip.incident.IncidentRegister;
import fr.imprimfip.notification.Outbox;
import fr.imprimfip.production.LateLetters;
import fr.imprimfip.template.LetterTemplates;
import fr.imprimfip.template.TemplateStatus;

/**
 * What needs an administrator's attention today, each figure from the service the matching admin endpoint calls:
 * open security incidents, letter templates waiting for review, letters late against the commitment, notifications
 * not delivered.
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

    private int openIncidents;
    private int templatesWaiting;
    private long lateLetterCount;
    private int undelivered;

    @PostConstruct
    void read() {
        openIncidents = incidents.forReview(true).size();
        templatesWaiting = templates.inStatus(TemplateStatus.SUBMITTED).size();
        lateLetterCount = lateLetters.lateness(null).late();
        undelivered = outbox.undelivered(UNDELIVERED_SHOWN).size();
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
