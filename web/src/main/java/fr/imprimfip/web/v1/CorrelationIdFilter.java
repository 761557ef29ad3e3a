package fr.imprimfip.web.v1;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import fr.imprimfip.audit.CorrelationHeader;
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

    @Override
    public void filter(ContainerRequestContext request) {
        String correlationId = request.getHeaderString(CorrelationHeader.NAME);
        if (correlationId == null || correlationId.isBlank()) {
            throw new ApiException(ApiError.CORRELATION_ID_MISSING);
        }
        if (!CorrelationHeader.wellFormed(correlationId)) {
            throw new ApiException(ApiError.CORRELATION_ID_MALFORMED);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String correlationId = request.getHeaderString(CorrelationHeader.NAME);
        if (CorrelationHeader.wellFormed(correlationId)) {
            response.getHeaders().putSingle(CorrelationHeader.NAME, correlationId);
        }
    }
}
