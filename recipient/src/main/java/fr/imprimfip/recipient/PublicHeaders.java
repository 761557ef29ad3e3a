package fr.imprimfip.recipient;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers of every answer of the recipient pages: the console's policy (no inline script or style, assets from
 * the pages' own origin, never framed, HTTPS only), forms posted to the pages only, and no referrer at all: the
 * link's token is in the address and must not leave with a click on a link to another site.
 */
final class PublicHeaders {

    static final Map<String, String> ALL = headers();

    private PublicHeaders() {
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
                + "frame-ancestors 'none'; base-uri 'none'");
        headers.put("Strict-Transport-Security", "max-age=31536000");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        return Map.copyOf(headers);
    }
}
