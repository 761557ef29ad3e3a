package fr.imprimfip.incident;

/** Where the notice of a breach to one partner stands against its 48-hour deadline. */
public enum NoticeDeadline {
    /** Not sent yet, still within the 48 hours. */
    RUNNING,
    /** Not sent and the 48 hours are over. */
    OVERDUE,
    /** Its first stage was sent within the 48 hours. */
    MET,
    /** Its first stage was sent after the 48 hours. */
    MISSED
}
