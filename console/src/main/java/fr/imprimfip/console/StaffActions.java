package fr.imprimfip.console;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import fr.imprimfip.audit.AuditRecord;
import fr.imprimfip.audit.AuditTrail;
import fr.imprimfip.audit.LogCorrelation;
import fr.imprimfip.console.security.StaffMember;
import fr.imprimfip.shared.Refusal;

/**
 * How a page changes something: the action runs through the same EJB service as the API's, is recorded in the
 * audit trail under the staff member's name (operation {@code console <what>}, its target, its outcome), and its
 * result is told on the page: the success message, or the refusal's own words. A failure that is no refusal shows
 * a generic message; its detail goes to the server log only.
 */
@RequestScoped
public class StaffActions {

    private static final Logger LOG = Logger.getLogger(StaffActions.class.getName());

    @EJB(lookup = PlatformServices.AUDIT)
    AuditTrail audit;

    @Inject
    StaffMember staff;

    @Inject
    HttpServletRequest request;

    /** Runs {@code action} on {@code target}; true when it was done, false when refused or failed. */
    public boolean perform(String operation, String target, Runnable action, String done) {
        return perform(operation, target, () -> {
            action.run();
            return Boolean.TRUE;
        }, done) != null;
    }

    /** Runs {@code action} on {@code target} and gives its result, or {@code null} when refused or failed. */
    public <T> T perform(String operation, String target, Supplier<T> action, String done) {
        return perform(operation, target, action, result -> target, result -> done);
    }

    /**
     * Runs an action whose target exists only once done (an incident opened gets its reference): the audit names
     * {@code targetOf} the result, or {@code target} when refused or failed; the success message may tell it too.
     */
    public <T> T perform(String operation, String target, Supplier<T> action, Function<T, String> targetOf,
                         Function<T, String> done) {
        Instant start = Instant.now();
        try {
            T result = action.get();
            record(operation, targetOf.apply(result), AuditRecord.Outcome.SUCCESS, null, start);
            tell(FacesMessage.SEVERITY_INFO, done.apply(result));
            return result;
        } catch (RuntimeException failure) {
            Refusal refusal = RefusalCause.of(failure);
            if (refusal != null) {
                record(operation, target, AuditRecord.Outcome.REFUSED, refusal.auditReason(), start);
                tell(FacesMessage.SEVERITY_ERROR, refusal.text().french());
            } else {
                LOG.log(Level.SEVERE, "Console action " + operation + " on " + target + " failed", failure);
                record(operation, target, AuditRecord.Outcome.FAILED, failure.getClass().getSimpleName(), start);
                tell(FacesMessage.SEVERITY_FATAL, "L'action n'a pas pu aboutir à cause d'une erreur interne ;"
                        + " elle est consignée dans le journal du serveur. Réessayez ou prévenez l'astreinte.");
            }
            return null;
        }
    }

    private void record(String operation, String target, AuditRecord.Outcome outcome, String reason, Instant start) {
        audit.record(new AuditRecord(start, AuditRecord.ActorKind.STAFF, staff.name(), null, request.getRemoteAddr(),
                LogCorrelation.current(), "console " + operation, target, outcome, null, reason,
                Duration.between(start, Instant.now()).toMillis()));
    }

    private static void tell(FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && text != null) {
            faces.addMessage(null, new FacesMessage(severity, text, null));
        }
    }

    /**
     * The navigation of an action that ends by reloading {@code page} (post-redirect-get: a reload posts nothing
     * again), its messages carried over the redirect. Only then: messages kept without a redirect would show twice.
     */
    public static String reload(String page) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return page + (page.contains("?") ? "&" : "?") + "faces-redirect=true";
    }
}
