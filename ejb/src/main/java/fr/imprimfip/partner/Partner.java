package fr.imprimfip.partner;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An administration that holds a convention with the service, known to the API by its OAuth client id. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, unique = true, length = 100)
    private String clientId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 14)
    private String siret;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private PartnerStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Partner() {
    }

    public Partner(String clientId, String name, String siret, Instant createdAt) {
        this.clientId = Objects.requireNonNull(clientId);
        this.name = Objects.requireNonNull(name);
        if (siret == null || !siret.matches("\\d{14}")) {
            throw new IllegalArgumentException("A SIRET has 14 digits");
        }
        this.siret = siret;
        this.status = PartnerStatus.ACTIVE;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public boolean mayUseService() {
        return status.mayUseService();
    }

    public Long id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public String name() {
        return name;
    }

    public String siret() {
        return siret;
    }

    public PartnerStatus status() {
        return status;
    }
}
