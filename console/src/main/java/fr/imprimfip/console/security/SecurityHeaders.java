package fr.imprimfip.console.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every console response carries: no inline script or style (the DSFR stylesheet and fonts come from
 * the console itself), never framed, HTTPS only, no MIME sniffing, no address leaked to another site. A page may
 * frame the console's own documents (a statement's PDF, a letter template), which alone answer with
 * {@link #FRAMED_DOCUMENT}.
 */
public final class SecurityHeaders {

    /** The policy of a document the console's own pages show in a frame: nothing active, framed by the console only. */
    public static final String FRAMED_DOCUMENT = "default-src 'none';"
            + " frame-ancestors 'self'";

    private SecurityHeaders() {
    }

    /** The headers, forms being allowed to go to the console and to {@code signInOrigin} (sign-out redirects there). */
    public static Map<String, String> of(String signInOrigin) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; form-action 'self' "
                + signInOrigin
                + "; frame-ancestors 'none'; base-uri 'none'");
        headers.put("Strict-Transport-Security", "max-age=31536000");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        return headers;
    }

}
