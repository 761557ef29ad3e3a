package fr.imprimfip.audit;

import java.io.Serializable;

/** A run of consecutive events of one chain, numbers {@code fromSeq} to {@code toSeq}, past their retention. */
public record ExpiredAuditEvents(String chainId, long fromSeq, long toSeq) implements Serializable {

    public ExpiredAuditEvents {
        if (fromSeq < 1 || toSeq < fromSeq) {
            throw new IllegalArgumentException("Empty or negative run of events: " + fromSeq + " to " + toSeq);
        }
    }

    public long count() {
        return toSeq - fromSeq + 1;
    }
}
