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
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.ServiceEnvironment;

/** A technical identifier (OAuth client id) of a partner, valid in one environment. */
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

    /** The certificate of this credential's application is registered by its subject (an X.500 name). */
    public void registerCertificate(String subject) {
        try {
            this.certificateSubject = new X500Principal(subject).getName();
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw new InvalidInputException("Le sujet du certificat n'est pas un nom X.500 : " + subject);
        }
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
        if (certificateSubject == null || subject == null) {
            return false;
        }
        try {
            return new X500Principal(certificateSubject).equals(new X500Principal(subject));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
