package fr.imprimfip.incident;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.shared.InvalidInputException;

/** One step of an incident's handling: the phase it entered, when, by whom, and what was done or found. */
@Embeddable
public class IncidentStep {

    @Column(name = "step_at", nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private IncidentPhase phase;

    @Column(nullable = false, length = 2000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected IncidentStep() {
    }

    IncidentStep(Instant at, IncidentPhase phase, String note, String recordedBy) {
        if (note == null || note.isBlank() || note.length() > 2000) {
            throw new InvalidInputException("Chaque étape se décrit (2 000 caractères au plus).",
                    "Each step needs a description (2,000 characters at most).");
        }
        this.at = Objects.requireNonNull(at);
        this.phase = Objects.requireNonNull(phase);
        this.note = note.strip();
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    public Instant at() {
        return at;
    }

    public IncidentPhase phase() {
        return phase;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
