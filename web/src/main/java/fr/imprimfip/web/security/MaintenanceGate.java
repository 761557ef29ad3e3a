package fr.imprimfip.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.inject.spi.CDI;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import fr.imprimfip.access.MaintenanceSchedule;
import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ErrorRendering;

/**
 * The first check of the partner doors (docs/operations.md, "Maintenance windows"): during a maintenance window, a
 * partner call is answered 503 with {@code Retry-After}, before its certificate or token is even looked at. Runs
 * ahead of the container's security, so a caller learns about the maintenance rather than about its credentials.
 * The health check, the administrators', finance and print-centre doors stay open.
 */
public final class MaintenanceGate implements HttpHandler {

    private final HttpHandler next;
    private volatile MaintenanceSchedule schedule;

    public MaintenanceGate(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (Door.of(exchange).closedDuringMaintenance(exchange.getRelativePath())) {
            Optional<Instant> until = schedule().untilNow();
            if (until.isPresent()) {
                refuse(exchange, until.get());
                return;
            }
        }
        next.handleRequest(exchange);
    }

    private MaintenanceSchedule schedule() {
        if (schedule == null) {
            schedule = CDI.current().select(MaintenanceSchedule.class).get();
        }
        return schedule;
    }

    private static void refuse(HttpServerExchange exchange, Instant until) {
        Instant now = Instant.now();
        long seconds = Math.max(1, Duration.between(now, until).toSeconds());
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, Long.toString(seconds));
        ErrorRendering.send(exchange, ApiError.MAINTENANCE, new RefusalText(
                "Le service est en maintenance jusqu'à " + until + ".",
                "The service is under maintenance until " + until + "."), now);
    }
}
