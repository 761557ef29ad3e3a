package fr.imprimfip.web.security;

import java.time.Instant;
import java.util.Optional;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;

import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ErrorRendering;

/**
 * Refuses, before any other check of a door, a path that is not spelled the one way the door accepts
 * ({@link CanonicalPath}): 400 in the door's format, recorded in the audit trail with the reason.
 */
public final class CanonicalPathGuard implements HttpHandler {

    private final HttpHandler next;
    private final String contextPath;

    public CanonicalPathGuard(HttpHandler next, String contextPath) {
        this.next = next;
        this.contextPath = contextPath == null || contextPath.equals("/") ? "" : contextPath;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Door door = Door.of(exchange);
        if (door.isDoor()) {
            Optional<RefusalText> flaw = CanonicalPath.flawIn(rawPath(exchange), door);
            if (flaw.isPresent()) {
                ErrorRendering.send(exchange, ApiError.NON_CANONICAL_PATH, flaw.get(), Instant.now());
                return;
            }
        }
        next.handleRequest(exchange);
    }

    /** The path as the client sent it, relative to the context root: not decoded, path parameters included. */
    private String rawPath(HttpServerExchange exchange) {
        String uri = exchange.getRequestURI();
        if (exchange.isHostIncludedInRequestURI()) {
            int authority = uri.indexOf("://");
            int path = authority < 0 ? -1 : uri.indexOf('/', authority + 3);
            uri = path < 0 ? "/" : uri.substring(path);
        }
        return uri.regionMatches(true, 0, contextPath, 0, contextPath.length()) ? uri.substring(contextPath.length())
                : uri;
    }
}
