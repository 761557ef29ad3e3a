package fr.imprimfip.partner;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import fr.imprimfip.shared.BusinessCalendar;
import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.ServiceEnvironment;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Finds partners and their tariffs. */
@Stateless
public class PartnerDirectory {

    private static final Logger LOG = Logger.getLogger(PartnerDirectory.class.getName());

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Event<ConventionChanged> changes;

    @Inject
    private Event<PartnerInformed> informed;

    @Inject
    private Clock clock;

    @Inject
    private OnboardingEvidence evidence;

    @Inject
    private BilledYears billedYears;

    @Inject
    private OAuthClientRegistry oauthClients;

    /** The credential with this OAuth client id, with its partner. */
    public Optional<PartnerCredential> credential(String clientId) {
        return em.createQuery("select c from PartnerCredential c join fetch c.partner where c.clientId = :clientId",
                        PartnerCredential.class)
                .setParameter("clientId", clientId)
                .getResultStream().findFirst();
    }

    public Partner byId(long id) {
        return em.find(Partner.class, id);
    }

    /** Up to {@code max} partner ids greater than {@code afterId}, in increasing order. */
    public List<Long> partnerIdsAfter(long afterId, int max) {
        return em.createQuery("select p.id from Partner p where p.id > :afterId order by p.id", Long.class)
                .setParameter("afterId", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    public Optional<Tariff> tariff(long partnerId, int year) {
        return em.createQuery("select t from Tariff t where t.partner.id = :partner and t.year = :year", Tariff.class)
                .setParameter("partner", partnerId)
                .setParameter("year", year)
                .getResultStream().findFirst();
    }

    /** The partner of the convention known by this client id (production or sandbox credential). */
    public Optional<Partner> byClientId(String clientId) {
        return credential(clientId).map(PartnerCredential::partner);
    }

    /** Every yearly version of the partner's tariff, the latest year first. */
    public List<Tariff> tariffs(long partnerId) {
        return em.createQuery("select t from Tariff t where t.partner.id = :partner order by t.year desc",
                Tariff.class).setParameter("partner", partnerId).getResultList();
    }

    /**
     * Sets the partner's tariff for {@code year} (a new version, or the year's version revised): refused once a
     * statement of that year is issued, since it was billed with the prices it had.
     */
    public Tariff setTariff(String clientId, int year, UnitPrice postage, UnitPrice production,
                            List<TariffLine> byType, String by) {
        Partner partner = existing(clientId);
        if (billedYears.billed(partner.id(), year)) {
            throw new ConventionRuleException("Le relevé " + year + " du partenaire est émis : son tarif ne change"
                    + " plus.");
        }
        Tariff tariff = tariff(partner.id(), year).orElseGet(() -> {
            Tariff created = new Tariff(partner, year, postage, production);
            em.persist(created);
            return created;
        });
        tariff.revise(postage, production, byType, clock.instant(), by);
        return tariff;
    }

    /** The partner of this client id or identifier, which must exist. */
    public Partner existing(String clientId) {
        return byClientId(clientId).or(() -> byIdentifier(clientId))
                .orElseThrow(() -> new PartnerNotFoundException(clientId));
    }

    private Optional<Partner> byIdentifier(String identifier) {
        return em.createQuery("select p from Partner p where p.clientId = :identifier", Partner.class)
                .setParameter("identifier", identifier).getResultStream().findFirst();
    }

    /** Whether {@code name} already names a partner or one of the credentials. */
    public boolean identifierTaken(String name) {
        return byIdentifier(name).isPresent() || credential(name).isPresent();
    }

    /** A new partner from its DataPass subscription (see {@link Partner#register}). */
    public Partner register(String identifier, String name, String siret, List<PartnerContact> contacts,
                            List<String> recipientServices) {
        if (identifierTaken(identifier)) {
            throw new ConventionRuleException("L'identifiant " + identifier + " est déjà pris.");
        }
        Partner partner = Partner.register(identifier, name, siret, contacts, recipientServices, clock.instant());
        em.persist(partner);
        em.flush();
        return partner;
    }

    /** The contacts and recipient services of the convention are replaced. */
    public Partner updateContacts(String clientId, List<PartnerContact> contacts, List<String> recipientServices) {
        Partner partner = existing(clientId);
        partner.updateContacts(contacts, recipientServices);
        return partner;
    }

    /** Every partner, by name. */
    public List<Partner> all() {
        return em.createQuery("select p from Partner p order by p.name, p.id", Partner.class).getResultList();
    }

    /** The credentials of a partner, production first. */
    /** Whether any partner's data is on legal hold (an incident, a dispute). */
    public boolean anyOnLegalHold() {
        return !em.createQuery("select p.id from Partner p where p.legalHoldSince is not null", Long.class)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The OAuth clients of ended conventions that the identity provider has not disabled yet. */
    public List<PartnerCredential> clientsOfEndedConventionsStillEnabled() {
        return em.createQuery("select c from PartnerCredential c where c.partner.status = :terminated"
                        + " and c.disabledInIdentityProviderAt is null order by c.id", PartnerCredential.class)
                .setParameter("terminated", PartnerStatus.TERMINATED).getResultList();
    }

    /**
     * Keeps {@code certificate} as the registered certificate of a credential registered by subject only, unless
     * another was kept meanwhile; whether it is the registered one now.
     */
    public boolean keepFirstCertificate(long credentialId, CertificateIdentity certificate) {
        int kept = em.createQuery("update PartnerCredential c set c.certificateIssuer = :issuer,"
                        + " c.certificateThumbprint = :thumbprint where c.id = :id and c.certificateThumbprint is null")
                .setParameter("issuer", certificate.issuer()).setParameter("thumbprint", certificate.thumbprint())
                .setParameter("id", credentialId).executeUpdate();
        if (kept == 1) {
            LOG.info(() -> "Credential " + credentialId + " keeps the first certificate presented: "
                    + certificate.subject() + " issued by " + certificate.issuer() + ", " + certificate.thumbprint());
            return true;
        }
        return em.createQuery("select count(c) from PartnerCredential c where c.id = :id"
                        + " and c.certificateThumbprint = :thumbprint", Long.class)
                .setParameter("id", credentialId).setParameter("thumbprint", certificate.thumbprint())
                .getSingleResult() == 1;
    }

    public void recordClientDisabled(long credentialId, Instant at) {
        em.find(PartnerCredential.class, credentialId).disabledInIdentityProvider(at);
    }

    public List<PartnerCredential> credentialsOf(long partnerId) {
        return em.createQuery("select c from PartnerCredential c where c.partner.id = :partner"
                        + " order by c.environment, c.clientId", PartnerCredential.class)
                .setParameter("partner", partnerId).getResultList();
    }

    /**
     * Registers the OAuth client of the partner's application for {@code environment} in Keycloak and records it
     * as a credential; {@code clientId} defaults to the partner's identifier (production) or that identifier with
     * {@code -sandbox}. Registering an existing credential of the partner again updates its certificate.
     */
    public PartnerCredential registerCredential(String partnerClientId, ServiceEnvironment environment,
                                                String clientId, String certificateSubject, String certificatePem) {
        Partner partner = existing(partnerClientId);
        if (partner.status() == PartnerStatus.TERMINATED) {
            throw new ConventionRuleException("La convention du partenaire a pris fin.");
        }
        String id = clientId != null ? clientId
                : environment == ServiceEnvironment.PRODUCTION ? partner.clientId() : partner.clientId() + "-sandbox";
        if (!id.matches("[a-z0-9][a-z0-9-]{2,99}")) {
            throw new InvalidInputException("Un client id compte 3 à 100 caractères parmi a-z, 0-9 et « - ».");
        }
        if (!id.equals(partner.clientId()) && !id.startsWith(partner.clientId() + "-")) {
            throw new ConventionRuleException("Le client id d'un partenaire est son identifiant, ou commence par"
                    + " son identifiant suivi de « - » : " + id + " est refusé.");
        }
        Optional<PartnerCredential> known = credential(id);
        if (known.isPresent() && (!known.get().partner().id().equals(partner.id())
                || known.get().environment() != environment)) {
            throw new ConventionRuleException("Le client id " + id + " est déjà pris.");
        }
        if (known.isEmpty() && byIdentifier(id).filter(other -> !other.id().equals(partner.id())).isPresent()) {
            throw new ConventionRuleException("Le client id " + id + " est déjà pris.");
        }
        PartnerCredential credential = known.orElseGet(() -> new PartnerCredential(partner, id, environment));
        if (certificatePem != null) {
            CertificateIdentity certificate = CertificateIdentity.ofPem(certificatePem);
            if (certificateSubject != null && !CertificateIdentity.sameName(certificateSubject, certificate.subject())) {
                throw new InvalidInputException("Le sujet donné n'est pas celui du certificat : "
                        + certificate.subject());
            }
            credential.registerCertificate(certificate);
        } else {
            credential.registerCertificate(certificateSubject);
        }
        if (known.isEmpty()) {
            em.persist(credential);
        }
        em.flush();
        credential.registeredInIdentityProvider(oauthClients.register(id, partner.clientId(), partner.name()
                + (environment == ServiceEnvironment.SANDBOX ? " (bac à sable)" : ""), credential.certificateSubject(),
                credential.registrationToken()));
        changed(partner);
        return credential;
    }

    /** The functional acceptance run in the sandbox is recorded today. */
    public Partner recordAcceptance(String clientId, String note) {
        Partner partner = existing(clientId);
        partner.recordAcceptance(note, today(), evidence.sandboxDeposits(partner.id()));
        return partner;
    }

    /** The production habilitation becomes active, if the convention's conditions are met (see {@link Partner}). */
    public Partner activateProduction(String clientId) {
        Partner partner = existing(clientId);
        partner.activateProduction(today(), evidence.hasValidatedTemplate(partner.id()), clock.instant());
        return changed(partner);
    }

    /** Notice of termination given today: the convention ends in two months. */
    public Partner giveTerminationNotice(String clientId, String reason) {
        Partner partner = existing(clientId);
        partner.giveTerminationNotice(reason, today(), clock.instant());
        inform(partner, PartnerInformed.Topic.TERMINATION, "Résiliation de la convention", "La résiliation de"
                + " l'accès de " + partner.name() + " au service Imprim'FIP a été notifiée ce jour (motif : " + reason
                + "). Conformément aux conditions générales d'utilisation, le service est maintenu pendant le préavis"
                + " de deux mois ; la résiliation prendra effet le " + partner.terminatesOn().orElseThrow() + ".");
        return changed(partner);
    }

    /** Ends the partner's convention if its notice is over on {@code day}; whether it ended now. */
    public boolean terminateIfDue(long partnerId, LocalDate day) {
        Partner partner = em.find(Partner.class, partnerId);
        if (partner == null || !partner.terminateIfDue(day, clock.instant())) {
            return false;
        }
        inform(partner, PartnerInformed.Topic.TERMINATION, "Fin de la convention", "Le préavis est écoulé : l'accès"
                + " de " + partner.name() + " au service Imprim'FIP a pris fin le " + day + ". Les données de"
                + " l'habilitation sont conservées jusqu'au " + partner.habilitationDataKeptUntil().orElseThrow() + ".");
        changed(partner);
        return true;
    }

    private void inform(Partner partner, PartnerInformed.Topic topic, String subject, String text) {
        informed.fire(new PartnerInformed(partner.id(), topic, subject, text));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessCalendar.PARIS));
    }

    /** The convention sets the partner's own call quota, or none (null) to go back to the service's default. */
    public Partner changeCallQuota(String clientId, Integer callsPerMinute) {
        Partner partner = existing(clientId);
        partner.changeCallQuota(callsPerMinute);
        return changed(partner);
    }

    /** The convention declares the address ranges the partner calls from; they replace the previous ones. */
    public Partner declareIpRanges(String clientId, List<String> ranges) {
        Partner partner = existing(clientId);
        partner.declareIpRanges(ranges);
        return changed(partner);
    }

    /** A habilitation (DataPass) is granted or renewed for one environment. */
    public Partner grantHabilitation(String clientId, Habilitation habilitation) {
        Partner partner = existing(clientId);
        partner.grantHabilitation(habilitation, clock.instant());
        return changed(partner);
    }

    /** A security attestation was received; a production access lapsed with the previous one is open again. */
    public Partner attestSecurity(String clientId, SecurityAttestation attestation) {
        Partner partner = existing(clientId);
        partner.attestSecurity(attestation);
        return changed(partner);
    }

    /** Access is suspended for {@code reason} (an administrator's decision, kept on record). */
    public Partner suspend(String clientId, String reason) {
        Partner partner = existing(clientId);
        partner.suspend(reason, clock.instant());
        inform(partner, PartnerInformed.Topic.ACCESS, "Accès suspendu", "L'accès de " + partner.name()
                + " au service Imprim'FIP est suspendu à compter de ce jour. Motif : " + reason);
        return changed(partner);
    }

    /** A suspended partner is given its access back. */
    public Partner resume(String clientId, String reason) {
        Partner partner = existing(clientId);
        partner.resume(reason, clock.instant());
        inform(partner, PartnerInformed.Topic.ACCESS, "Accès rétabli", "L'accès de " + partner.name()
                + " au service Imprim'FIP est rétabli.");
        return changed(partner);
    }

    /** Cut off at once after a security incident; its logs and data put on legal hold. */
    public Partner isolate(String clientId, String reason) {
        return isolate(existing(clientId), reason);
    }

    /** The same, for a partner already at hand (managed in the caller's transaction). */
    public Partner isolate(Partner partner, String reason) {
        partner.isolate(reason, clock.instant());
        inform(partner, PartnerInformed.Topic.SECURITY_INCIDENT, "Accès coupé à la suite d'un incident de sécurité",
                "L'accès de " + partner.name() + " au service Imprim'FIP est coupé à la suite d'un incident de"
                + " sécurité ; ses traces et données sont conservées pour l'enquête. Motif : " + reason);
        return changed(partner);
    }

    /** An isolated partner may call again; its legal hold stays until released. */
    public Partner endIsolation(String clientId, String reason) {
        Partner partner = existing(clientId);
        partner.endIsolation(reason, clock.instant());
        return changed(partner);
    }

    /** The partner's logs and data are put on legal hold, whatever its status. */
    public Partner placeLegalHold(String clientId) {
        Partner partner = existing(clientId);
        partner.placeLegalHold(clock.instant());
        return partner;
    }

    public Partner releaseLegalHold(String clientId) {
        Partner partner = existing(clientId);
        partner.releaseLegalHold();
        return partner;
    }

    private Partner changed(Partner partner) {
        changes.fire(new ConventionChanged(partner.id()));
        return partner;
    }
}
