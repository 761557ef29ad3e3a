package fr.imprimfip.lre;

import java.time.Instant;

/** An LRE e-mail composed for one delivery attempt; it lives in memory only (it holds the address, link and code). */
record OutgoingMail(long messageId, MessageKind kind, String to, LreMails.Text text, Instant composedAt) {

    @Override
    public String toString() {
        return "OutgoingMail[" + messageId + ", " + kind + "]";
    }
}
