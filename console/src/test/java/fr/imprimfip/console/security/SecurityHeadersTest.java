package fr.imprimfip.console.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    private final Map<String, String> headers = SecurityHeaders.of("https://sso.example.gouv.fr");

    @Test
    void theCspAllowsNoInlineScriptAndNoFraming() {
        String csp = headers.get("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self';"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("form-action 'self' https://sso.example.gouv.fr;"), csp);
        assertTrue(csp.contains("frame-src 'self';"), "the console's pages may show its own PDFs: " + csp);
        assertEquals("frame-ancestors 'self'", SecurityHeaders.FRAMED_BY_CONSOLE);
    }

    @Test
    void transportAndSniffingHeaders() {
        assertTrue(headers.get("Strict-Transport-Security").startsWith("max-age="));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("same-origin", headers.get("Referrer-Policy"));
    }
}
