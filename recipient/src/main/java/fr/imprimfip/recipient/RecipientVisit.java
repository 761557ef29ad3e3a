package fr.imprimfip.recipient;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;

import fr.imprimfip.lre.LinkRefusedException;

/**
 * What the browser's HTTP session holds for a recipient: the link followed (until a code is verified) and then the
 * opaque recipient session id the platform gave; neither is ever written in a page.
 */
@SessionScoped
public class RecipientVisit implements Serializable {

    private static final long serialVersionUID = 1L;

    private String link;
    private String recipientSession;
    private LinkRefusedException.Reason refusal;

    /** The recipient followed {@code token}: a new visit, whatever the session held before. */
    public void followed(String token) {
        link = token;
        recipientSession = null;
        refusal = null;
    }

    /** The link was refused for {@code reason}; it is kept so that a new link may be asked for a known letter. */
    public void refused(LinkRefusedException.Reason reason) {
        refusal = reason;
    }

    /** The code was verified: the link is spent, the recipient session stands in for it. */
    public void identified(String sessionId) {
        recipientSession = sessionId;
        link = null;
    }

    public void ended() {
        recipientSession = null;
    }

    public String link() {
        return link;
    }

    public String recipientSession() {
        return recipientSession;
    }

    public LinkRefusedException.Reason refusal() {
        return refusal;
    }
}
