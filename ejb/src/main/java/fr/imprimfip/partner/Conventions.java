package fr.imprimfip.partner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.imprimfip.shared.BusinessCalendar;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The lifecycle of a partner's convention, from its DataPass subscription to its termination: each decision is
 * the partner's own rule (see {@link Partner}), told to the nodes that remember admissions and, when it changes the
 * partner's access, to its contacts.
 */
@Stateless
public class Conventions {

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Partners partners;

    @Inject
    private Event<ConventionChanged> changes;

    @Inject
    private Event<PartnerInformed> informed;

    @Inject
    private Clock clock;

    @Inject
    private OnboardingEvidence evidence;

    /** A new partner from its DataPass subscription (see {@link Partner#register}). */
    public Partner register(String identifier, String name, String siret, List<PartnerContact> contacts,
                            List<String> recipientServices) {
        if (partners.identifierTaken(identifier)) {
            throw new ConventionRuleException("L'identifiant " + identifier + " est déjà pris.",
                    "The identifier " + identifier + " is already taken.");
        }
        Partner partner = Partner.register(identifier, name, siret, contacts, recipientServices, clock.instant());
        em.persist(partner);
        em.flush();
        return partner;
    }

    /** The contacts and recipient services of the convention are replaced. */
    public Partner updateContacts(String clientId, List<PartnerContact> contacts, List<String> recipientServices) {
        Partner partner = partners.existing(clientId);
        partner.updateContacts(contacts, recipientServices);
        return partner;
    }

    /** The functional acceptance run in the sandbox is recorded today. */
    public Partner recordAcceptance(String clientId, String note) {
        Partner partner = partners.existing(clientId);
        partner.recordAcceptance(note, today(), evidence.sandboxDeposits(partner.id()));
        return partner;
    }

    /** The production habilitation becomes active, if the convention's conditions are met (see {@link Partner}). */
    public Partner activateProduction(String clientId) {
        Partner partner = partners.existing(clientId);
        partner.activateProduction(today(), evidence.hasValidatedTemplate(partner.id()), clock.instant());
        return changed(partner);
    }

    /** Notice of termination given today: the convention ends in two months. */
    public Partner giveTerminationNotice(String clientId, String reason) {
        Partner partner = partners.existing(clientId);
        partner.giveTerminationNotice(reason, today(), clock.instant());
        informed.fire(PartnerNoticeTexts.terminationNoticeGiven(partner, reason));
        return changed(partner);
    }

    /** Ends the partner's convention if its notice is over on {@code day}; whether it ended now. */
    public boolean terminateIfDue(long partnerId, LocalDate day) {
        Partner partner = em.find(Partner.class, partnerId);
        if (partner == null || !partner.terminateIfDue(day, clock.instant())) {
            return false;
        }
        informed.fire(PartnerNoticeTexts.conventionEnded(partner, day));
        changed(partner);
        return true;
    }

    /** The convention sets the partner's own call quota, or none (null) to go back to the service's default. */
    public Partner changeCallQuota(String clientId, Integer callsPerMinute) {
        Partner partner = partners.existing(clientId);
        partner.changeCallQuota(callsPerMinute);
        return changed(partner);
    }

    /** The convention declares the address ranges the partner calls from; they replace the previous ones. */
    public Partner declareIpRanges(String clientId, List<String> ranges) {
        Partner partner = partners.existing(clientId);
        partner.declareIpRanges(ranges);
        return changed(partner);
    }

    /** A habilitation (DataPass) is granted or renewed for one environment. */
    public Partner grantHabilitation(String clientId, Habilitation habilitation) {
        Partner partner = partners.existing(clientId);
        partner.grantHabilitation(habilitation, clock.instant());
        return changed(partner);
    }

    /** A security attestation was received; a production access lapsed with the previous one is open again. */
    public Partner attestSecurity(String clientId, SecurityAttestation attestation) {
        Partner partner = partners.existing(clientId);
        partner.attestSecurity(attestation);
        return changed(partner);
    }

    /** Access is suspended for {@code reason} (an administrator's decision, kept on record). */
    public Partner suspend(String clientId, String reason) {
        Partner partner = partners.existing(clientId);
        partner.suspend(reason, clock.instant());
        informed.fire(PartnerNoticeTexts.suspended(partner, reason));
        return changed(partner);
    }

    /** A suspended partner is given its access back. */
    public Partner resume(String clientId, String reason) {
        Partner partner = partners.existing(clientId);
        partner.resume(reason, clock.instant());
        informed.fire(PartnerNoticeTexts.resumed(partner));
        return changed(partner);
    }

    /** Cut off at once after a security incident; its logs and data put on legal hold. */
    public Partner isolate(String clientId, String reason) {
        return isolate(partners.existing(clientId), reason);
    }

    /** The same, for a partner already at hand (managed in the caller's transaction). */
    public Partner isolate(Partner partner, String reason) {
        partner.isolate(reason, clock.instant());
        informed.fire(PartnerNoticeTexts.isolated(partner, reason));
        return changed(partner);
    }

    /** An isolated partner may call again; its legal hold stays until released. */
    public Partner endIsolation(String clientId, String reason) {
        Partner partner = partners.existing(clientId);
        partner.endIsolation(reason, clock.instant());
        return changed(partner);
    }

    /** The partner's logs and data are put on legal hold, whatever its status. */
    public Partner placeLegalHold(String clientId) {
        Partner partner = partners.existing(clientId);
        partner.placeLegalHold(clock.instant());
        return partner;
    }

    public Partner releaseLegalHold(String clientId) {
        Partner partner = partners.existing(clientId);
        partner.releaseLegalHold();
        return partner;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessCalendar.PARIS));
    }

    private Partner changed(Partner partner) {
        changes.fire(new ConventionChanged(partner.id()));
        return partner;
    }
}
