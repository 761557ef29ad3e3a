package fr.imprimfip.template;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.deposit.StoredContent;
import fr.imprimfip.shared.InvalidInputException;

/**
 * A letter template submitted by a partner, with what the print charter found in it, then the administrator's
 * decision. A template with charter errors can only be refused; a decision is final.
 */
@NamedQuery(name = "LetterTemplate.idsOfPartnerIn", query = "select t.id from LetterTemplate t"
        + " where t.partnerId = :partner and t.status = :status")
@NamedQuery(name = "LetterTemplate.ofPartner", query = "select t from LetterTemplate t where t.partnerId = :partner"
        + " order by t.submittedAt")
@NamedQuery(name = "LetterTemplate.inStatus", query = "select t from LetterTemplate t where t.status = :status"
        + " order by t.submittedAt")
@Entity
@Table(name = "letter_template")
public class LetterTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(nullable = false, length = 200)
    private String name;

    @Embedded
    private StoredContent content;

    @Column(nullable = false)
    private int pages;

    @Column(name = "charter_errors", nullable = false)
    private int charterErrors;

    @Column(name = "charter_warnings", nullable = false)
    private int charterWarnings;

    @Column(name = "charter_findings", length = 4000)
    private String charterFindings;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private TemplateStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decision_comment", length = 2000)
    private String decisionComment;

    @Version
    private long version;

    protected LetterTemplate() {
    }

    LetterTemplate(long partnerId, String name, StoredContent content, CharterCheck check, Instant at) {
        if (name == null || name.isBlank() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("Une maquette se nomme (200 caractères au plus, sans caractère de"
                    + " contrôle).",
                    "A template needs a name (200 characters at most, no control character).");
        }
        this.partnerId = partnerId;
        this.name = name.strip();
        this.content = Objects.requireNonNull(content);
        this.pages = check.pages();
        this.charterErrors = check.errors();
        this.charterWarnings = check.warnings();
        this.charterFindings = check.findings();
        this.status = TemplateStatus.SUBMITTED;
        this.submittedAt = Objects.requireNonNull(at);
    }

    /** The administrator validates the template; one with charter errors cannot be. */
    public void validate(String comment, Instant at, String by) {
        if (charterErrors > 0) {
            throw new TemplateDecisionRefusedException("La maquette ne respecte pas la charte d'impression ("
                    + charterErrors + " erreur(s)) : elle ne peut qu'être refusée.",
                    "The template does not comply with the print charter (" + charterErrors
                    + " error(s)): it can only be refused.");
        }
        decide(TemplateStatus.VALIDATED, comment, at, by);
    }

    /** The administrator refuses the template, saying why. */
    public void refuse(String comment, Instant at, String by) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("Un refus se motive (comment).",
                    "A refusal needs a reason (comment).");
        }
        decide(TemplateStatus.REFUSED, comment, at, by);
    }

    private void decide(TemplateStatus decision, String comment, Instant at, String by) {
        if (status != TemplateStatus.SUBMITTED) {
            boolean validated = status == TemplateStatus.VALIDATED;
            throw new TemplateDecisionRefusedException(
                    "La maquette a déjà été " + (validated ? "validée." : "refusée."),
                    "The template has already been " + (validated ? "validated." : "refused."));
        }
        if (comment != null && comment.length() > 2000) {
            throw new InvalidInputException("Un commentaire compte 2 000 caractères au plus.",
                    "A comment has 2,000 characters at most.");
        }
        this.status = decision;
        this.decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
        this.decidedAt = Objects.requireNonNull(at);
        this.decidedBy = Objects.requireNonNull(by);
    }

    public Long id() {
        return id;
    }

    public long partnerId() {
        return partnerId;
    }

    public String name() {
        return name;
    }

    public StoredContent content() {
        return content;
    }

    public int pages() {
        return pages;
    }

    public int charterErrors() {
        return charterErrors;
    }

    public int charterWarnings() {
        return charterWarnings;
    }

    public String charterFindings() {
        return charterFindings;
    }

    public TemplateStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionComment() {
        return decisionComment;
    }
}
