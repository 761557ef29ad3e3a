package fr.imprimfip.lre;

import jakarta.ejb.Stateless;

/**
 * What the recipient pages of an electronic registered letter may do: open a link, receive and check a one-time
 * code, see the letter, accept or refuse it before its deadline, download it once accepted, ask for a new link.
 * Every step is audited without personal data (the target is the deposit's reference and the document's position).
 */
@Stateless
public class ElectronicDelivery {

    /** The landing page of a link: a letter awaits, the masked address, the deadline. */
    public RecipientPage open(String linkToken) {
        throw new UnsupportedOperationException("not yet");
    }

    /** E-mails a one-time code for the link's letter. */
    public void sendCode(String linkToken) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Checks the code; on success the link is used up and an opaque recipient session id is returned. */
    public String verifyCode(String linkToken, String code) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The letter as the identified recipient sees it. */
    public RecipientLetterView view(String sessionId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The recipient accepts the letter (once, before its deadline). */
    public void accept(String sessionId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The recipient refuses the letter (once, before its deadline). */
    public void refuse(String sessionId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The accepted letter's PDF. */
    public LetterDownload letter(String sessionId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** E-mails a fresh link for the letter an expired or used link belonged to (limited per day). */
    public void requestNewLink(String linkToken) {
        throw new UnsupportedOperationException("not yet");
    }
}
