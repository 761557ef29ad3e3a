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
    }

    @Test
    void pagesFrameOnlyTheConsolesOwnDocumentsWhichOnlyTheConsoleFrames() {
        assertTrue(headers.get("Content-Security-Policy").contains("frame-src 'self';"));
        assertTrue(SecurityHeaders.FRAMED_DOCUMENT.contains("frame-ancestors 'self'"), SecurityHeaders.FRAMED_DOCUMENT);
        assertFalse(SecurityHeaders.FRAMED_DOCUMENT.contains("script-src"), SecurityHeaders.FRAMED_DOCUMENT);
    }

    @Test
    void transportAndSniffingHeaders() {
        assertTrue(headers.get("Strict-Transport-Security").startsWith("max-age="));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("same-origin", headers.get("Referrer-Policy"));
    }
}
