package fr.imprimfip.partner;

import java.time.Instant;
import java.util.Optional;

import javax.security.auth.x500.X500Principal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.ServiceEnvironment;

/** A technical identifier (OAuth client id) of a partner, valid in one environment. */
@NamedQuery(name = "PartnerCredential.byClientId", query = "select c from PartnerCredential c join fetch c.partner"
        + " where c.clientId = :clientId")
@NamedQuery(name = "PartnerCredential.ofPartner", query = "select c from PartnerCredential c"
        + " where c.partner.id = :partner order by c.environment, c.clientId")
@NamedQuery(name = "PartnerCredential.enabledOfPartnersIn", query = "select c from PartnerCredential c"
        + " where c.partner.status = :status and c.disabledInIdentityProviderAt is null order by c.id")
@NamedQuery(name = "PartnerCredential.keepFirstCertificate", query = "update PartnerCredential c"
        + " set c.certificateIssuer = :issuer, c.certificateThumbprint = :thumbprint"
        + " where c.id = :id and c.certificateThumbprint is null")
@NamedQuery(name = "PartnerCredential.countWithThumbprint", query = "select count(c) from PartnerCredential c"
        + " where c.id = :id and c.certificateThumbprint = :thumbprint")
@Entity
@Table(name = "partner_credential")
public class PartnerCredential {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Column(name = "client_id", nullable = false, unique = true, length = 100)
    private String clientId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ServiceEnvironment environment;

    @Column(name = "certificate_subject", length = 500)
    private String certificateSubject;

    /** The registered certificate's issuer and thumbprint; none until it is registered or first presented. */
    @Column(name = "certificate_issuer", length = 500)
    private String certificateIssuer;

    @Column(name = "certificate_thumbprint", length = 64)
    private String certificateThumbprint;

    /** Keycloak's registration access token of this client, sealed (see {@link RegistrationTokenSeal}). */
    @Column(name = "registration_token", length = 4000)
    private String registrationToken;

    @Column(name = "disabled_in_idp_at")
    private Instant disabledInIdentityProviderAt;

    protected PartnerCredential() {
    }

    public PartnerCredential(Partner partner, String clientId, ServiceEnvironment environment) {
        this.partner = partner;
        this.clientId = clientId;
        this.environment = environment;
    }

    public Long id() {
        return id;
    }

    public Partner partner() {
        return partner;
    }

    public String clientId() {
        return clientId;
    }

    public ServiceEnvironment environment() {
        return environment;
    }

    public String certificateSubject() {
        return certificateSubject;
    }

    /**
     * The certificate of this credential's application is registered by its subject only: the first certificate of
     * that subject the application presents (through a trusted CA) is then the only one accepted.
     */
    public void registerCertificate(String subject) {
        try {
            this.certificateSubject = new X500Principal(subject).getName();
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw new InvalidInputException("Le sujet du certificat n'est pas un nom X.500 : " + subject,
                    "The certificate subject is not an X.500 name: " + subject);
        }
        this.certificateIssuer = null;
        this.certificateThumbprint = null;
    }

    /** The certificate of this credential's application is registered itself: its issuer, subject and thumbprint. */
    public void registerCertificate(CertificateIdentity certificate) {
        registerCertificate(certificate.subject());
        this.certificateIssuer = certificate.issuer();
        this.certificateThumbprint = certificate.thumbprint();
    }

    /** The registered certificate's identity, when its thumbprint is known. */
    public Optional<CertificateIdentity> registeredCertificate() {
        return certificateThumbprint == null ? Optional.empty()
                : Optional.of(new CertificateIdentity(certificateSubject, certificateIssuer, certificateThumbprint));
    }

    /** How a presented certificate compares with the one registered for this credential. */
    public enum Recognition {
        /** Same issuer, subject and thumbprint as the registered certificate. */
        REGISTERED,
        /** The registered subject, and no certificate registered yet: this one is to be kept as the registered one. */
        FIRST_PRESENTATION,
        /** Not the registered subject. */
        OTHER_SUBJECT,
        /** The registered subject, but another issuer or another key than the registered certificate. */
        OTHER_CERTIFICATE
    }

    public Recognition recognize(CertificateIdentity presented) {
        if (presented == null || !presentedBy(presented.subject())) {
            return Recognition.OTHER_SUBJECT;
        }
        if (certificateThumbprint == null) {
            return Recognition.FIRST_PRESENTATION;
        }
        return certificateThumbprint.equals(presented.thumbprint())
                && CertificateIdentity.sameName(certificateIssuer, presented.issuer())
                ? Recognition.REGISTERED : Recognition.OTHER_CERTIFICATE;
    }

    /** The sealed registration access token with which this client may be changed in the identity provider. */
    public String registrationToken() {
        return registrationToken;
    }

    /** The identity provider registered (or changed) this client and renewed its registration access token. */
    public void registeredInIdentityProvider(String sealedRegistrationToken) {
        this.registrationToken = sealedRegistrationToken;
    }

    /** The identity provider disabled this OAuth client (its convention ended): it can get no token any more. */
    public void disabledInIdentityProvider(Instant at) {
        this.disabledInIdentityProviderAt = at;
    }

    public Optional<Instant> disabledInIdentityProviderAt() {
        return Optional.ofNullable(disabledInIdentityProviderAt);
    }

    /**
     * Whether {@code subject} (an X.500 name, RFC 2253) is the subject of the certificate registered for this
     * credential; names are compared as X.500 names, not as text.
     */
    public boolean presentedBy(String subject) {
        return CertificateIdentity.sameName(certificateSubject, subject);
    }
}
