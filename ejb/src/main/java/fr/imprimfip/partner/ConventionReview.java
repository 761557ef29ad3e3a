package fr.imprimfip.partner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import fr.imprimfip.shared.BusinessCalendar;

/**
 * The daily review of conventions (6:30, Paris time, on every node): the end of conventions whose termination
 * notice is over, the reminders that a security attestation's
 * renewal is due (three months, one month and one week before its end) and the notice that it lapsed, which the
 * access checks enforce from that very day by refusing production calls. A notice is issued once, whichever node
 * comes first. {@link #review(LocalDate)} runs it as of a day already come (administrators catching up a missed
 * review); {@link #preview(LocalDate)} tells what it would do on any day, the future included.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConventionReview {

    private static final Logger LOG = Logger.getLogger(ConventionReview.class.getName());
    private static final int PAGE = 200;

    @Inject
    private Partners partners;

    @Inject
    private Conventions conventions;

    @Inject
    private PartnerCredentials partnerCredentials;

    @Inject
    private ConventionNotices notices;

    @Inject
    private Clock clock;

    @Inject
    private OAuthClientRegistry oauthClients;

    @Schedule(hour = "6", minute = "30", timezone = "Europe/Paris", persistent = false)
    void daily() {
        List<ConventionNotice> issued = review(LocalDate.now(clock.withZone(BusinessCalendar.PARIS)));
        LOG.info(() -> "Daily review of conventions: " + issued.size() + " notice(s) issued");
    }

    /** Issues every notice due on {@code day}; returns those this call issued. */
    public List<ConventionNotice> review(LocalDate day) {
        List<ConventionNotice> issued = new ArrayList<>();
        forEachPartner(partnerId -> {
            try {
                notices.issueDue(partnerId, day).ifPresent(issued::add);
            } catch (EJBException issuedByAnotherNode) {
                LOG.fine(() -> "Notice of partner " + partnerId + " already issued elsewhere");
            }
            terminateIfDue(partnerId, day);
        });
        disableClientsOfEndedConventions();
        return issued;
    }

    /** What a review on {@code day} would do: the notices it would issue, the conventions it would end. */
    public record Preview(List<ConventionNotice> notices, List<Partner> ending) {
    }

    /** What a review on {@code day}, even one to come, would do, doing none of it. */
    public Preview preview(LocalDate day) {
        List<ConventionNotice> due = new ArrayList<>();
        List<Partner> ending = new ArrayList<>();
        forEachPartner(partnerId -> {
            notices.due(partnerId, day).ifPresent(due::add);
            Partner partner = partners.byId(partnerId);
            if (partner.terminationDueOn(day)) {
                ending.add(partner);
            }
        });
        return new Preview(due, ending);
    }

    private void forEachPartner(LongConsumer action) {
        long after = 0;
        List<Long> page;
        do {
            page = partners.partnerIdsAfter(after, PAGE);
            for (long partnerId : page) {
                action.accept(partnerId);
                after = partnerId;
            }
        } while (page.size() == PAGE);
    }

    /** A convention whose notice is over ends. */
    private void terminateIfDue(long partnerId, LocalDate day) {
        try {
            if (conventions.terminateIfDue(partnerId, day)) {
                LOG.info(() -> "Convention of partner " + partnerId + " terminated at the end of its notice");
            }
        } catch (EJBException terminatedByAnotherNode) {
            LOG.fine(() -> "Partner " + partnerId + " terminated elsewhere");
        }
    }

    /**
     * The OAuth clients of ended conventions are disabled in Keycloak, so that they get no token any more; those
     * Keycloak could not be reached for are tried again at the next review (the API refuses them meanwhile).
     */
    private void disableClientsOfEndedConventions() {
        for (PartnerCredential credential : partnerCredentials.clientsOfEndedConventionsStillEnabled()) {
            try {
                oauthClients.disable(credential.clientId(), credential.registrationToken());
                partnerCredentials.recordClientDisabled(credential.id(), clock.instant());
            } catch (IdentityProviderUnavailableException unavailable) {
                LOG.warning(() -> "OAuth client " + credential.clientId() + " of an ended convention still enabled in"
                        + " Keycloak (" + unavailable.getMessage() + "); tried again at the next review, and the API"
                        + " refuses it meanwhile");
            }
        }
    }
}
