package fr.imprimfip.recipient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.imprimfip.lre.CodeRefusedException;

class RecipientInputsTest {

    @Test
    void onlyATokenShapedPathReachesThePlatform() {
        assertEquals(Optional.of("AbC_def-0123456789xyz"), LinkToken.in("/AbC_def-0123456789xyz"));
        assertEquals(Optional.of("AbC_def-0123456789xyz"), LinkToken.in("/AbC_def-0123456789xyz/"));
        assertEquals(Optional.empty(), LinkToken.in(null));
        assertEquals(Optional.empty(), LinkToken.in("/short"));
        assertEquals(Optional.empty(), LinkToken.in("/../../etc/passwd-0123456789"));
        assertEquals(Optional.empty(), LinkToken.in("/abcdefghijklmnop/qrstuvwxyz"));
        assertEquals(Optional.empty(), LinkToken.in("/" + "a".repeat(129)));
    }

    @Test
    void aCodeIsSixDigitsSpacesLeftOut() {
        assertEquals(Optional.of("123456"), OneTimeCode.of(" 123 456 "));
        assertEquals(Optional.empty(), OneTimeCode.of("12345"));
        assertEquals(Optional.empty(), OneTimeCode.of("12345a"));
        assertEquals(Optional.empty(), OneTimeCode.of("١٢٣٤٥٦"));
        assertEquals(Optional.empty(), OneTimeCode.of(null));
    }

    @Test
    void aRefusedCodeSaysWhatIsLeft() {
        assertEquals("Code incorrect. Il vous reste 4 essais.", CodeTexts.refused(CodeRefusedException.wrong(4)));
        assertEquals("Code incorrect. Il vous reste 1 essai.", CodeTexts.refused(CodeRefusedException.wrong(1)));
        assertTrue(CodeTexts.refused(CodeRefusedException.wrong(0)).contains("Demandez un nouveau code"));
        assertTrue(CodeTexts.spent(CodeRefusedException.wrong(0)));
        assertFalse(CodeTexts.spent(CodeRefusedException.wrong(2)));
        assertTrue(CodeTexts.spent(CodeRefusedException.limitReached()));
        assertTrue(CodeTexts.refused(CodeRefusedException.limitReached()).contains("demain"));
    }

    @Test
    void datesAreWrittenInParisTimeAndPassWithThePlatformsClock() {
        OffsetDateTime deadline = OffsetDateTime.of(2026, 12, 17, 22, 59, 0, 0, ZoneOffset.UTC);
        FrenchDates dates = new FrenchDates(Clock.fixed(Instant.parse("2026-12-17T22:58:00Z"), ZoneOffset.UTC));
        assertEquals("jeudi 17 décembre 2026 à 23h59", dates.format(deadline));
        assertFalse(dates.passed(deadline));
        assertTrue(new FrenchDates(Clock.fixed(deadline.toInstant(), ZoneOffset.UTC)).passed(deadline));
    }

    @Test
    void theDownloadsPlainNameKeepsToSafeSigns() {
        assertEquals("Lettre_d_avis_2026.pdf", DownloadServlet.asciiName("Lettre d'avis 2026.pdf"));
        assertEquals("_t_.pdf", DownloadServlet.asciiName("été.pdf"));
        assertEquals("lettre.pdf", DownloadServlet.asciiName(null));
    }

    @Test
    void noReferrerLeavesThePagesAndNothingIsFramed() {
        assertEquals("no-referrer", PublicHeaders.ALL.get("Referrer-Policy"));
        assertTrue(PublicHeaders.ALL.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertTrue(PublicHeaders.ALL.get("Content-Security-Policy").contains("form-action 'self'"));
    }
}
