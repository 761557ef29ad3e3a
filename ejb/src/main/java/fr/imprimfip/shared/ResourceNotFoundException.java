package fr.imprimfip.shared;

/** What the request names does not exist, or not for this caller (404). */
public abstract non-sealed class ResourceNotFoundException extends RefusalException {

    private static final long serialVersionUID = 1L;

    protected ResourceNotFoundException(RefusalText text) {
        super(text, null, null, null);
    }
}
