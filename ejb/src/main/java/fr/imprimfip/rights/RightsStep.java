package fr.imprimfip.rights;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.shared.InvalidInputException;

/**
 * One step of a rights request: what was done, when, by whom, on how many letters, and the controller's
 * instruction or the administrator's note (never the person's data: a search records which keys were used, not
 * their values).
 */
@Embeddable
public class RightsStep {

    public static final int MAX_NOTE = 1000;

    @Column(name = "step_at", nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RightsAction action;

    @Column(nullable = false)
    private int letters;

    @Column(length = MAX_NOTE)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected RightsStep() {
    }

    RightsStep(Instant at, RightsAction action, int letters, String note, String recordedBy) {
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidInputException("La note ou l'instruction tient en 1 000 caractères au plus.",
                    "The note or instruction is 1,000 characters at most.");
        }
        this.at = at;
        this.action = action;
        this.letters = letters;
        this.note = note;
        this.recordedBy = recordedBy.length() > 100 ? recordedBy.substring(0, 100) : recordedBy;
    }

    public Instant at() {
        return at;
    }

    public RightsAction action() {
        return action;
    }

    public int letters() {
        return letters;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
