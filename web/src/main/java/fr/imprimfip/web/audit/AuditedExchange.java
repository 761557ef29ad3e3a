package fr.imprimfip.web.audit;

import java.time.Instant;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;

import io.micrometer.core.instrument.Timer;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.AttachmentKey;

import fr.imprimfip.audit.AuditQueue;
import fr.imprimfip.audit.AuditRecord;
import fr.imprimfip.audit.CorrelationHeader;
import fr.imprimfip.shared.NodeDrain;
import fr.imprimfip.web.security.ClientCertificate;
import fr.imprimfip.web.security.Door;

/**
 * Wraps every exchange with the platform's doors and records it in the audit trail once it is complete: when,
 * who, the client certificate's SHA-256 thumbprint, the address, the correlation id, the operation and its target,
 * the status with the reason of a refusal, and the duration. Never the body, the query string or a header value
 * other than the correlation id.
 */
public final class AuditedExchange implements HttpHandler {

    /** A reason noted by a handler that answers before the servlet layer (the maintenance gate). */
    public static final AttachmentKey<String> REASON = AttachmentKey.create(String.class);

    private static final Logger LOG = Logger.getLogger(AuditedExchange.class.getName());

    private final HttpHandler next;
    private final ClassLoader deploymentLoader;
    private volatile AuditQueue trail;
    private volatile RequestTimers timers;

    /**
     * @param deploymentLoader the deployment's class loader: an exchange may complete on an I/O thread (a request
     *                         body still arriving after its answer), where the platform's beans are only reachable
     *                         with it as the thread's context class loader
     */
    public AuditedExchange(HttpHandler next, ClassLoader deploymentLoader) {
        this.next = next;
        this.deploymentLoader = deploymentLoader;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (NodeDrain.requested()) {
            exchange.setPersistent(false); // the client's next request opens a connection the balancer sends elsewhere
        }
        Door door = Door.of(exchange);
        if (!door.isDoor()) {
            next.handleRequest(exchange);
            return;
        }
        Instant at = Instant.now();
        long start = System.nanoTime();
        exchange.addExchangeCompleteListener((done, nextListener) -> {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(deploymentLoader);
            try {
                long nanos = System.nanoTime() - start;
                requestTimer(door, done.getStatusCode()).record(nanos, TimeUnit.NANOSECONDS);
                trail().record(record(done, door, at, nanos / 1_000_000));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Cannot record an audit event", e);
            } finally {
                thread.setContextClassLoader(previous);
                nextListener.proceed();
            }
        });
        next.handleRequest(exchange);
    }

    private static AuditRecord record(HttpServerExchange exchange, Door door, Instant at,
                                      long durationMs) {
        ServletRequestContext context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        ServletRequest request = context == null ? null : context.getOriginalRequest();
        String actor = AuditNotes.text(request, AuditNotes.ACTOR);
        String operation = AuditNotes.text(request, AuditNotes.OPERATION);
        String reason = exchange.getAttachment(REASON) != null ? exchange.getAttachment(REASON)
                : AuditNotes.text(request, AuditNotes.REASON);
        int status = exchange.getStatusCode();
        return new AuditRecord(at, actor == null ? AuditRecord.ActorKind.ANONYMOUS : door.actorKind(), actor,
                thumbprint(exchange), exchange.getSourceAddress() == null ? null
                        : exchange.getSourceAddress().getAddress().getHostAddress(),
                correlationId(exchange, request),
                operation != null ? operation : exchange.getRequestMethod() + " " + exchange.getRequestURI(),
                AuditNotes.text(request, AuditNotes.TARGET), AuditRecord.outcomeOf(status), status,
                status >= 400 ? reason : null, durationMs);
    }

    /** The id the request was served under; the partner's own when it was refused before (a well-formed one). */
    private static String correlationId(HttpServerExchange exchange, ServletRequest request) {
        String served = AuditNotes.text(request, AuditNotes.CORRELATION);
        if (served != null) {
            return served;
        }
        String sent = exchange.getRequestHeaders().getFirst(CorrelationHeader.NAME);
        return CorrelationHeader.wellFormed(sent) ? sent : null;
    }

    private static String thumbprint(HttpServerExchange exchange) {
        return ClientCertificate.of(exchange).map(certificate -> HexFormat.of().formatHex(
                ClientCertificate.sha256(certificate))).orElse(null);
    }

    /** The latency of the door's requests by class of status (2xx, 4xx, 5xx...). */
    private Timer requestTimer(Door door, int status) {
        if (timers == null) {
            timers = CDI.current().select(RequestTimers.class).get();
        }
        return timers.of(door, status);
    }

    private AuditQueue trail() {
        if (trail == null) {
            trail = CDI.current().select(AuditQueue.class).get();
        }
        return trail;
    }
}
