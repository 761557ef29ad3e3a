package fr.imprimfip.web.v1;

import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ApiException;

/**
 * The v1 contract requires an {@code X-Correlation-ID} header holding a UUID on every call (code 910000 when it is
 * absent); it is echoed in the answer so that both sides can trace the exchange.
 */
@Provider
@V1Contract
@Priority(Priorities.HEADER_DECORATOR)
public class CorrelationIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Correlation-ID";
    private static final Pattern UUID =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    @Override
    public void filter(ContainerRequestContext request) {
        String correlationId = request.getHeaderString(HEADER);
        if (correlationId == null || correlationId.isBlank()) {
            throw new ApiException(ApiError.CORRELATION_ID_MISSING);
        }
        if (!wellFormed(correlationId)) {
            throw new ApiException(ApiError.CORRELATION_ID_MALFORMED);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String correlationId = request.getHeaderString(HEADER);
        if (wellFormed(correlationId)) {
            response.getHeaders().putSingle(HEADER, correlationId);
        }
    }

    /** Whether {@code correlationId} is a UUID in its text form. */
    public static boolean wellFormed(String correlationId) {
        return correlationId != null && UUID.matcher(correlationId).matches();
    }
}
