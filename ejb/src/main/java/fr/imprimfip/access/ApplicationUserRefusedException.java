package fr.imprimfip.access;

import jakarta.ejb.ApplicationException;

import fr.imprimfip.shared.AccessRefusedException;
import fr.imprimfip.shared.RefusalText;

/**
 * The v1 {@code username} / {@code password} headers are missing or do not name an active application user of the
 * calling partner with that password; which of the two was wrong is never told.
 */
@ApplicationException(rollback = true)
public class ApplicationUserRefusedException extends AccessRefusedException {

    private static final long serialVersionUID = 1L;

    /** What the audit trail records; the caller reads only the message, the same whatever went wrong. */
    private final String auditReason;

    public ApplicationUserRefusedException(RefusalText text) {
        this(text, text.french());
    }

    public ApplicationUserRefusedException(RefusalText text, String auditReason) {
        super("application-user-refused", text);
        this.auditReason = auditReason;
    }


    @Override
    public String auditReason() {
        return auditReason;
    }
}
