package fr.imprimfip.production;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.imprimfip.shared.Paper;
import fr.imprimfip.shared.SendingType;

/**
 * What the letters of one print lot have in common so that the print centre runs them in one go: the paper loaded
 * in the printer, the envelope on the inserter, the sending type (registered mail has its own forms) and the
 * postage class on the franking machine.
 */
@Embeddable
public class LotKey {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "paper", nullable = false, length = 30)
    private Paper paper;

    @Column(name = "envelope_format", nullable = false, length = 10)
    private String envelope;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "sending_type", nullable = false, length = 10)
    private SendingType sendingType;

    @Column(name = "postage_class", nullable = false, length = 10)
    private String postageClass;

    protected LotKey() {
    }

    public LotKey(Paper paper, String envelope, SendingType sendingType, String postageClass) {
        this.paper = Objects.requireNonNull(paper, "paper");
        this.sendingType = Objects.requireNonNull(sendingType, "sendingType");
        if (envelope == null || envelope.isBlank() || postageClass == null || postageClass.isBlank()) {
            throw new IllegalArgumentException("A print lot needs an envelope format and a postage class");
        }
        this.envelope = envelope;
        this.postageClass = postageClass;
    }

    public Paper paper() {
        return paper;
    }

    public String envelope() {
        return envelope;
    }

    public SendingType sendingType() {
        return sendingType;
    }

    public String postageClass() {
        return postageClass;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LotKey key && paper == key.paper && envelope.equals(key.envelope)
                && sendingType == key.sendingType && postageClass.equals(key.postageClass);
    }

    @Override
    public int hashCode() {
        return Objects.hash(paper, envelope, sendingType, postageClass);
    }

    @Override
    public String toString() {
        return paper + "/" + envelope + "/" + sendingType + "/" + postageClass;
    }
}
