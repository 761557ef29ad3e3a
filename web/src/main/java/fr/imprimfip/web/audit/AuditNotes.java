package fr.imprimfip.web.audit;

import jakarta.servlet.ServletRequest;

/** What the application layers tell the audit about a request, as request attributes. */
public final class AuditNotes {

    static final String ACTOR = "fr.imprimfip.audit.actor";
    static final String OPERATION = "fr.imprimfip.audit.operation";
    static final String TARGET = "fr.imprimfip.audit.target";
    static final String REASON = "fr.imprimfip.audit.reason";
    static final String CORRELATION = "fr.imprimfip.audit.correlation";

    private AuditNotes() {
    }

    /** Why the call was refused or failed, in words written for the caller (never an exception's text). */
    public static void reason(ServletRequest request, String reason) {
        if (request != null && reason != null) {
            request.setAttribute(REASON, reason);
        }
    }

    /** The reference an operation created, when it is not in the request's path. */
    public static void target(ServletRequest request, String target) {
        if (request != null && target != null) {
            request.setAttribute(TARGET, target);
        }
    }

    static String text(ServletRequest request, String name) {
        return request == null || !(request.getAttribute(name) instanceof String value) ? null : value;
    }
}
