package fr.imprimfip.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class FindingsTextTest {

    @Test
    void aRuleBrokenOnEveryPageIsSaidOnceWithItsPageRanges() {
        List<Finding> findings = new ArrayList<>();
        IntStream.rangeClosed(1, 16).forEach(page -> findings.add(Finding.onPage(CharterRule.PAGE_NOT_A4, page)));
        findings.add(Finding.onPage(CharterRule.PAGE_NOT_A4, 18));
        assertEquals("[PAG-001] " + CharterRule.PAGE_NOT_A4.message() + " (pages 1–16, 18)",
                Finding.describe(findings, Severity.ERROR));
        assertEquals("[PAG-002] " + CharterRule.PAGE_LANDSCAPE.message() + " (page 3)",
                Finding.onPage(CharterRule.PAGE_LANDSCAPE, 3).describe());
    }

    @Test
    void placesPastTheLimitAreCounted() {
        List<Finding> findings = IntStream.rangeClosed(1, 12)
                .mapToObj(line -> Finding.at(CharterRule.ADDRESS_CHARACTERS, "ligne " + line)).toList();
        String text = Finding.describe(findings, Severity.ERROR);
        assertTrue(text.endsWith("(ligne 1, ligne 2, ligne 3, ligne 4, ligne 5, ligne 6, ligne 7, ligne 8 … et 4 autres)"),
                text);
        List<Finding> scattered = IntStream.rangeClosed(1, 40)
                .mapToObj(page -> Finding.onPage(CharterRule.PAGE_LANDSCAPE, page * 2)).toList();
        assertTrue(Finding.describe(scattered, Severity.ERROR).endsWith("(pages 2, 4, 6, 8, 10, 12, 14, 16 … et 32 autres)"));
    }

    @Test
    void onlyTheAskedSeverityIsSaidAndNothingIsNull() {
        List<Finding> findings = List.of(Finding.at(CharterRule.STANDARD_FONT_NOT_EMBEDDED, "Helvetica"));
        assertNull(Finding.describe(findings, Severity.ERROR));
        assertEquals("[FNT-002] " + CharterRule.STANDARD_FONT_NOT_EMBEDDED.message() + " (Helvetica)",
                Finding.describe(findings, Severity.WARNING));
    }

    @Test
    void aLongPlaceIsClippedAndRulesThatDoNotFitAreCounted() {
        List<Finding> findings = new ArrayList<>();
        for (CharterRule rule : CharterRule.values()) {
            for (int font = 0; font < 20; font++) {
                findings.add(Finding.at(rule, "POLICE-" + font + "-" + "X".repeat(300)));
            }
        }
        String text = FindingsText.describe(findings);
        assertTrue(text.length() <= FindingsText.MAX_LENGTH, text.length() + ": " + text);
        assertTrue(text.matches(".* … et \\d+ autres règles\\."), text);
        assertTrue(text.startsWith("[" + CharterRule.values()[0].code() + "]"), text);
    }

    @Test
    void noMixOfFindingsEverExceedsTheBound() {
        Random random = new Random(20261203);
        CharterRule[] rules = CharterRule.values();
        for (int round = 0; round < 2_000; round++) {
            List<Finding> findings = new ArrayList<>();
            int count = 1 + random.nextInt(400);
            for (int i = 0; i < count; i++) {
                CharterRule rule = rules[random.nextInt(rules.length)];
                findings.add(switch (random.nextInt(3)) {
                    case 0 -> Finding.onPage(rule, 1 + random.nextInt(50_000));
                    case 1 -> Finding.at(rule, "x".repeat(random.nextInt(200)));
                    default -> Finding.of(rule);
                });
            }
            String text = FindingsText.describe(findings);
            assertTrue(text.length() <= FindingsText.MAX_LENGTH, text.length() + ": " + text);
        }
    }
}
