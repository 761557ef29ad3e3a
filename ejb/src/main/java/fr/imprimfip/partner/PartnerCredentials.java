package fr.imprimfip.partner;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.ServiceEnvironment;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The partners' technical identifiers: an OAuth client per environment registered in the identity provider
 * (Keycloak) with the certificate it is bound to, and disabled there once the convention has ended.
 */
@Stateless
public class PartnerCredentials {

    private static final Logger LOG = Logger.getLogger(PartnerCredentials.class.getName());

    @PersistenceContext(unitName = "imprimfip")
    private EntityManager em;

    @Inject
    private Partners partners;

    @Inject
    private Event<ConventionChanged> changes;

    @Inject
    private OAuthClientRegistry oauthClients;

    /** The credentials of a partner, production first. */
    public List<PartnerCredential> credentialsOf(long partnerId) {
        return em.createNamedQuery("PartnerCredential.ofPartner", PartnerCredential.class)
                .setParameter("partner", partnerId).getResultList();
    }

    /** The OAuth clients of ended conventions that the identity provider has not disabled yet. */
    public List<PartnerCredential> clientsOfEndedConventionsStillEnabled() {
        return em.createNamedQuery("PartnerCredential.enabledOfPartnersIn", PartnerCredential.class)
                .setParameter("status", PartnerStatus.TERMINATED).getResultList();
    }

    /**
     * Keeps {@code certificate} as the registered certificate of a credential registered by subject only, unless
     * another was kept meanwhile; whether it is the registered one now.
     */
    public boolean keepFirstCertificate(long credentialId, CertificateIdentity certificate) {
        int kept = em.createNamedQuery("PartnerCredential.keepFirstCertificate")
                .setParameter("issuer", certificate.issuer()).setParameter("thumbprint", certificate.thumbprint())
                .setParameter("id", credentialId).executeUpdate();
        if (kept == 1) {
            LOG.info(() -> "Credential " + credentialId + " keeps the first certificate presented: "
                    + certificate.subject() + " issued by " + certificate.issuer() + ", " + certificate.thumbprint());
            return true;
        }
        return em.createNamedQuery("PartnerCredential.countWithThumbprint", Long.class)
                .setParameter("id", credentialId).setParameter("thumbprint", certificate.thumbprint())
                .getSingleResult() == 1;
    }

    public void recordClientDisabled(long credentialId, Instant at) {
        em.find(PartnerCredential.class, credentialId).disabledInIdentityProvider(at);
    }

    /**
     * Registers the OAuth client of the partner's application for {@code environment} in Keycloak and records it
     * as a credential; {@code clientId} defaults to the partner's identifier (production) or that identifier with
     * {@code -sandbox}. Registering an existing credential of the partner again updates its certificate.
     */
    public PartnerCredential registerCredential(String partnerClientId, ServiceEnvironment environment,
                                                String clientId, String certificateSubject, String certificatePem) {
        Partner partner = partners.existing(partnerClientId);
        if (partner.status() == PartnerStatus.TERMINATED) {
            throw new ConventionRuleException("La convention du partenaire a pris fin.",
                    "The partner's convention has ended.");
        }
        String id = clientId != null ? clientId
                : environment == ServiceEnvironment.PRODUCTION ? partner.clientId() : partner.clientId() + "-sandbox";
        if (!id.matches("[a-z0-9][a-z0-9-]{2,99}")) {
            throw new InvalidInputException("Un client id compte 3 à 100 caractères parmi a-z, 0-9 et « - ».",
                    "A client id has 3 to 100 characters among a-z, 0-9 and \"-\".");
        }
        if (!id.equals(partner.clientId()) && !id.startsWith(partner.clientId() + "-")) {
            throw new ConventionRuleException("Le client id d'un partenaire est son identifiant, ou commence par"
                    + " son identifiant suivi de « - » : " + id + " est refusé.",
                    "A partner's client id is its identifier, or starts with its identifier followed by \"-\": "
                    + id + " is refused.");
        }
        Optional<PartnerCredential> known = partners.credential(id);
        if (known.isPresent() && (!known.get().partner().id().equals(partner.id())
                || known.get().environment() != environment)) {
            throw new ConventionRuleException("Le client id " + id + " est déjà pris.",
                    "Client id " + id + " is already taken.");
        }
        if (known.isEmpty() && partners.byIdentifier(id).filter(other -> !other.id().equals(partner.id())).isPresent()) {
            throw new ConventionRuleException("Le client id " + id + " est déjà pris.",
                    "Client id " + id + " is already taken.");
        }
        PartnerCredential credential = known.orElseGet(() -> new PartnerCredential(partner, id, environment));
        if (certificatePem != null) {
            CertificateIdentity certificate = CertificateIdentity.ofPem(certificatePem);
            if (certificateSubject != null && !CertificateIdentity.sameName(certificateSubject, certificate.subject())) {
                throw new InvalidInputException("Le sujet donné n'est pas celui du certificat : "
                        + certificate.subject(),
                        "The given subject is not the certificate's: " + certificate.subject());
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
        changes.fire(new ConventionChanged(partner.id()));
        return credential;
    }
}
