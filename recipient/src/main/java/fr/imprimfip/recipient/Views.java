package fr.imprimfip.recipient;

/** The pages' view ids, for forwards and redirections. */
final class Views {

    static final String LANDING = "/lettre-en-attente.xhtml";
    static final String CODE = "/code.xhtml";
    static final String LETTER = "/lettre.xhtml";
    static final String LINK_REFUSED = "/lien-refuse.xhtml";
    static final String SESSION_ENDED = "/session-terminee.xhtml";

    private Views() {
    }

    /** The Faces outcome that redirects the browser to {@code view} (post, then redirect, then get). */
    static String redirect(String view) {
        return view + "?faces-redirect=true";
    }
}
