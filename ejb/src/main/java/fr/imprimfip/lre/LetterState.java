package fr.imprimfip.lre;

/** Where an electronic registered letter stands in its delivery. */
public enum LetterState {
    /** Taken for electronic delivery; the notification e-mail is on its way. */
    TAKEN,
    /** The relay accepted the notification: the recipient has until the deadline to decide. */
    NOTIFIED,
    /** The notification could not be delivered ("Echec de distribution"). */
    UNDELIVERABLE,
    ACCEPTED,
    REFUSED,
    /** No decision before the deadline ("Négligé"). */
    NEGLECTED;

    /** Whether nothing more happens to the letter's delivery (downloads after acceptance aside). */
    public boolean isFinal() {
        return this != TAKEN && this != NOTIFIED;
    }
}
