package fr.imprimfip.web.errors;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;

import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.Refusal;
import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;
import fr.imprimfip.shared.StateConflictException;

/**
 * How the doors answer a failure: a refusal by its kind (or the more precise problem it names), a refusal of the
 * web layer or of JAX-RS as it says, anything else as an internal error that tells nothing of its cause.
 *
 * @param detail what the caller reads beyond the refusal's title, if anything
 * @param auditReason what the audit trail records
 */
public record RefusalAnswer(ApiError error, RefusalText detail, String auditReason) {

    public static RefusalAnswer of(Throwable failure) {
        if (failure instanceof Refusal refusal) {
            return new RefusalAnswer(error(refusal), refusal.text(), refusal.auditReason());
        }
        if (failure instanceof ApiException api) {
            return of(api.error(), api.detail());
        }
        if (failure instanceof NotFoundException) {
            return of(ApiError.NOT_FOUND, null);
        }
        if (failure instanceof NotAllowedException) {
            return of(ApiError.METHOD_NOT_ALLOWED, null);
        }
        if (failure instanceof NotSupportedException) {
            return of(ApiError.UNSUPPORTED_MEDIA_TYPE, null);
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return of(ApiError.INVALID_REQUEST, null);
        }
        return of(ApiError.INTERNAL, null);
    }

    private static RefusalAnswer of(ApiError error, RefusalText detail) {
        return new RefusalAnswer(error, detail, detail != null ? detail.french() : error.title());
    }

    private static ApiError error(Refusal refusal) {
        return refusal.problem().map(ApiError::ofProblem).orElseGet(() -> kindError(refusal));
    }

    /** Access and dependency refusals always name their problem: their statuses and v1 codes differ. */
    private static ApiError kindError(Refusal refusal) {
        if (refusal instanceof ResourceNotFoundException) {
            return ApiError.NOT_FOUND;
        }
        if (refusal instanceof StateConflictException) {
            return ApiError.CONFLICT;
        }
        if (refusal instanceof InvalidInputException) {
            return ApiError.INVALID_REQUEST;
        }
        throw new IllegalStateException(refusal.getClass().getName() + " names no problem");
    }
}
