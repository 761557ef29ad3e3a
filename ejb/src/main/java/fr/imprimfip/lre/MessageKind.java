package fr.imprimfip.lre;

/** The e-mails an electronic registered letter's recipient receives. */
public enum MessageKind {
    /** A registered letter awaits: the first link. */
    NOTIFICATION(true),
    /** A one-time code to prove the recipient holds the address. */
    CODE(false),
    /** The deadline is near and no decision was made: a new link. */
    REMINDER(true),
    /** A fresh link asked for after an expired or used one. */
    NEW_LINK(true),
    /** The letter was accepted: a link to come back and download it. */
    ACCEPTED(true);

    private final boolean carriesLink;

    MessageKind(boolean carriesLink) {
        this.carriesLink = carriesLink;
    }

    public boolean carriesLink() {
        return carriesLink;
    }
}
