package fr.imprimfip.web.errors;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import fr.imprimfip.access.ApplicationUserRefusedException;
import fr.imprimfip.shared.ContentKeyUnavailableException;
import fr.imprimfip.access.CallerAddressRefusedException;
import fr.imprimfip.access.MaintenanceWindowNotFoundException;
import fr.imprimfip.access.RightsRefusedException;
import fr.imprimfip.access.UnknownPartnerException;
import fr.imprimfip.batch.JobNotRestartableException;
import fr.imprimfip.batch.NoSuchJobRunException;
import fr.imprimfip.billing.StatementIssuedException;
import fr.imprimfip.billing.StatementOutdatedException;
import fr.imprimfip.billing.StatementNotFoundException;
import fr.imprimfip.deposit.ContentTooLargeException;
import fr.imprimfip.deposit.DepositNotFoundException;
import fr.imprimfip.deposit.DocumentNotDeletableException;
import fr.imprimfip.deposit.DocumentNotFoundException;
import fr.imprimfip.deposit.IdempotencyConflictException;
import fr.imprimfip.deposit.ProductionEventRefusedException;
import fr.imprimfip.incident.IncidentNotFoundException;
import fr.imprimfip.incident.IncidentRefusedException;
import fr.imprimfip.partner.ApplicationUserNotFoundException;
import fr.imprimfip.partner.ConventionRuleException;
import fr.imprimfip.partner.IdentityProviderUnavailableException;
import fr.imprimfip.partner.PartnerNotFoundException;
import fr.imprimfip.web.audit.AuditNotes;
import fr.imprimfip.web.security.Door;
import fr.imprimfip.production.EventTimeOutOfRangeException;
import fr.imprimfip.production.PrintLotNotFoundException;
import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.template.TemplateDecisionRefusedException;
import fr.imprimfip.template.TemplateNotFoundException;

/**
 * Turns every exception that reaches JAX-RS into an answer in the door's format. Unexpected failures are logged
 * with their stack trace and answered with a generic message: no internal detail ever reaches the caller.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    Clock clock;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable failure = unwrap(thrown);
        ApiException refusal = classify(failure);
        if (refusal.error() == ApiError.INTERNAL) {
            LOG.log(Level.SEVERE, "Unexpected failure on " + uriInfo.getPath(), failure);
        }
        AuditNotes.reason(servletRequest, failure instanceof ApplicationUserRefusedException user ? user.auditReason()
                : refusal.detail() != null ? refusal.detail() : refusal.error().title());
        return ErrorRendering.response(refusal.error(), refusal.detail(), Door.of(servletRequest), uriInfo.getPath(),
                clock.instant());
    }

    private static ApiException classify(Throwable failure) {
        if (failure instanceof ApiException api) {
            return api;
        }
        if (failure instanceof DepositNotFoundException) {
            return new ApiException(ApiError.NOT_FOUND, "Aucun fichier ne correspond à cette référence.");
        }
        if (failure instanceof DocumentNotFoundException) {
            return new ApiException(ApiError.NOT_FOUND, "Aucun document à cette position dans le fichier.");
        }
        if (failure instanceof DocumentNotDeletableException notDeletable) {
            return new ApiException(ApiError.CONFLICT, notDeletable.getMessage());
        }
        if (failure instanceof IdempotencyConflictException conflict) {
            return conflict.inFlight()
                    ? new ApiException(ApiError.IDEMPOTENCY_IN_FLIGHT, "Réessayez une fois la première requête terminée.")
                    : new ApiException(ApiError.IDEMPOTENCY_MISMATCH,
                            "Cette Idempotency-Key a déjà servi pour une requête différente.");
        }
        if (failure instanceof PrintLotNotFoundException notFound) {
            return new ApiException(ApiError.NOT_FOUND, notFound.getMessage());
        }
        if (failure instanceof ProductionEventRefusedException refused) {
            return new ApiException(ApiError.CONFLICT, refused.getMessage());
        }
        if (failure instanceof EventTimeOutOfRangeException outOfRange) {
            return new ApiException(ApiError.INVALID_REQUEST, outOfRange.getMessage());
        }
        if (failure instanceof MaintenanceWindowNotFoundException notFound) {
            return new ApiException(ApiError.NOT_FOUND, notFound.getMessage());
        }
        if (failure instanceof PartnerNotFoundException notFound) {
            return new ApiException(ApiError.NOT_FOUND, notFound.getMessage());
        }
        if (failure instanceof ContentKeyUnavailableException) {
            // why is in the node's log, not in the answer: the caller may retry on another node or later
            return new ApiException(ApiError.CONTENT_UNAVAILABLE, "Les fichiers stockés sont momentanément"
                    + " indisponibles sur ce serveur ; réessayez plus tard.");
        }
        if (failure instanceof NoSuchJobRunException) {
            return new ApiException(ApiError.NOT_FOUND, "Aucune exécution ne correspond à cet identifiant.");
        }
        if (failure instanceof InvalidInputException invalid) {
            return new ApiException(ApiError.INVALID_REQUEST, invalid.getMessage());
        }
        if (failure instanceof RightsRefusedException refused) {
            return new ApiException(ApiError.RIGHTS_REFUSED, refused.getMessage());
        }
        if (failure instanceof ApplicationUserRefusedException refused) {
            return new ApiException(ApiError.APPLICATION_USER_REFUSED, refused.getMessage());
        }
        if (failure instanceof TemplateNotFoundException notFound) {
            return new ApiException(ApiError.NOT_FOUND, notFound.getMessage());
        }
        if (failure instanceof TemplateDecisionRefusedException refused) {
            return new ApiException(ApiError.CONFLICT, refused.getMessage());
        }
        if (failure instanceof IncidentNotFoundException notFound) {
            return new ApiException(ApiError.NOT_FOUND, notFound.getMessage());
        }
        if (failure instanceof IncidentRefusedException refused) {
            return new ApiException(ApiError.CONFLICT, refused.getMessage());
        }
        if (failure instanceof JobNotRestartableException notRestartable) {
            return new ApiException(ApiError.CONFLICT, "Cette exécution ne peut pas être relancée : "
                    + notRestartable.getMessage());
        }
        if (failure instanceof StatementNotFoundException notFound) {
            return new ApiException(ApiError.NOT_FOUND, notFound.getMessage());
        }
        if (failure instanceof StatementIssuedException issued) {
            return new ApiException(ApiError.CONFLICT, issued.getMessage());
        }
        if (failure instanceof StatementOutdatedException outdated) {
            return new ApiException(ApiError.CONFLICT, outdated.getMessage());
        }
        if (failure instanceof ConventionRuleException refused) {
            return new ApiException(ApiError.CONFLICT, refused.getMessage());
        }
        if (failure instanceof IdentityProviderUnavailableException unavailable) {
            LOG.warning(() -> "Identity provider: " + unavailable.getMessage());
            return new ApiException(ApiError.IDENTITY_PROVIDER_UNAVAILABLE,
                    "Keycloak n'a pas pu enregistrer le client ; rien n'a été modifié, réessayez.");
        }
        if (failure instanceof ApplicationUserNotFoundException notFound) {
            return new ApiException(ApiError.NOT_FOUND, notFound.getMessage());
        }
        if (failure instanceof CallerAddressRefusedException) {
            return new ApiException(ApiError.ADDRESS_REFUSED);
        }
        if (failure instanceof UnknownPartnerException unknown) {
            return new ApiException(ApiError.UNKNOWN_PARTNER, unknown.getMessage());
        }
        if (failure instanceof ContentTooLargeException tooLarge) {
            return new ApiException(ApiError.TOO_LARGE,
                    "Le fichier dépasse la taille maximale de " + tooLarge.maxBytes() / (1024 * 1024) + " Mo.");
        }
        if (failure instanceof NotFoundException) {
            return new ApiException(ApiError.NOT_FOUND);
        }
        if (failure instanceof NotAllowedException) {
            return new ApiException(ApiError.METHOD_NOT_ALLOWED);
        }
        if (failure instanceof NotSupportedException) {
            return new ApiException(ApiError.UNSUPPORTED_MEDIA_TYPE);
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return new ApiException(ApiError.INVALID_REQUEST);
        }
        return new ApiException(ApiError.INTERNAL);
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
