package fr.imprimfip.console.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every console response carries: no inline script or style (the DSFR stylesheet and fonts come from
 * the console itself), never framed (but the console's own PDF previews, see {@link #FRAMED_BY_CONSOLE}), HTTPS
 * only, no MIME sniffing, no address leaked to another site.
 */
public final class SecurityHeaders {

    private SecurityHeaders() {
    }

    /** The headers, forms being allowed to go to the console and to {@code signInOrigin} (sign-out redirects there). */
    public static Map<String, String> of(String signInOrigin) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; form-action 'self' " + signInOrigin
                + "; frame-ancestors 'none'; base-uri 'none'");
        headers.put("Strict-Transport-Security", "max-age=31536000");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        return headers;
    }

    /**
     * The policy of a PDF the console shows inside one of its own pages: framed by the console only. Set by that
     * document's servlet in place of the pages' {@code frame-ancestors 'none'}.
     */
    public static final String FRAMED_BY_CONSOLE = "frame-ancestors 'self'";
}
