package fr.imprimfip.rights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.shared.InvalidInputException;

/**
 * A partner's written request about a person's rights (annex clause 11.6): the partner's own reference, the right
 * exercised, the letters found for the person (the last search's), and every step taken, in order. Only the
 * partner's letters are ever concerned: the partner is the controller of its letters, the platform its processor.
 */
@Entity
@Table(name = "rights_request")
public class RightsRequest {

    public static final int MAX_PARTNER_REFERENCE = 100;
    private static final String PREFIX = "DRP-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(name = "partner_reference", nullable = false, length = MAX_PARTNER_REFERENCE)
    private String partnerReference;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "person_right", nullable = false, length = 20)
    private PersonsRight right;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, length = 100)
    private String receivedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rights_request_letter", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "deposit_id", nullable = false)
    private Set<Long> letters = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rights_request_step", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "step_index")
    private List<RightsStep> steps = new ArrayList<>();

    @Version
    private long version;

    protected RightsRequest() {
    }

    RightsRequest(long partnerId, String partnerReference, PersonsRight right, Instant now, String by) {
        if (partnerReference == null || partnerReference.isBlank()
                || partnerReference.strip().length() > MAX_PARTNER_REFERENCE) {
            throw new InvalidInputException("partnerReference : la référence de la demande écrite du partenaire"
                    + " est obligatoire (100 caractères au plus).",
                    "partnerReference: the reference of the partner's written request is required (100 characters"
                            + " at most).");
        }
        if (right == null) {
            throw new InvalidInputException("right : le droit exercé est obligatoire.", "right: the right is required.");
        }
        this.partnerId = partnerId;
        this.partnerReference = partnerReference.strip();
        this.right = right;
        this.receivedAt = now;
        this.receivedBy = by;
        steps.add(new RightsStep(now, RightsAction.RECEIVED, 0, null, by));
    }

    /** The letters found by a search, which the next steps concern; {@code keys} names the keys used, not values. */
    void found(List<Long> depositIds, String keys, Instant now, String by) {
        letters.clear();
        letters.addAll(depositIds);
        steps.add(new RightsStep(now, RightsAction.SEARCH, letters.size(), "Recherche par " + keys, by));
    }

    /** A step taken on the letters found: export, restriction or erasure. */
    void record(RightsAction action, String instruction, Instant now, String by) {
        steps.add(new RightsStep(now, action, letters.size(), instruction, by));
    }

    public String reference() {
        return String.format("%s%05d", PREFIX, id);
    }

    /** The id a reference names; a reference of another shape names no request. */
    public static long idOf(String reference) {
        if (reference == null || !reference.matches(PREFIX + "\\d{5,18}")) {
            throw new RightsRequestNotFoundException(String.valueOf(reference));
        }
        return Long.parseLong(reference.substring(PREFIX.length()));
    }

    public long partnerId() {
        return partnerId;
    }

    public String partnerReference() {
        return partnerReference;
    }

    public PersonsRight right() {
        return right;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public Set<Long> letters() {
        return Set.copyOf(letters);
    }

    public boolean searched() {
        return steps.stream().anyMatch(step -> step.action() == RightsAction.SEARCH);
    }

    public List<RightsStep> steps() {
        return List.copyOf(steps);
    }
}
