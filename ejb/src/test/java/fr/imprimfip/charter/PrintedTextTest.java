package fr.imprimfip.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PrintedTextTest {

    @Test
    void everyDashIsAHyphenMinus() {
        for (char dash : "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D".toCharArray()) {
            assertEquals("REF-IMPRIMFIP:A-1", PrintedText.normalise("REF" + dash + "IMPRIMFIP:A" + dash + "1"),
                    "U+" + Integer.toHexString(dash));
        }
    }

    @Test
    void everySpaceIsAPlainSpace() {
        String spaces = "\t\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000";
        for (char space : spaces.toCharArray()) {
            assertEquals("69002 LYON", PrintedText.normalise("69002" + space + "LYON"),
                    "U+" + Integer.toHexString(space));
        }
    }

    @Test
    void softHyphensAndZeroWidthCharactersAreDropped() {
        for (char invisible : "\u00AD\u200B\u200C\u200D\u2060\uFEFF".toCharArray()) {
            assertEquals("REF-IMPRIMFIP:CAF-0002", PrintedText.normalise(invisible + "REF-IMPRIMFIP:CAF-" + invisible
                    + "0002"), "U+" + Integer.toHexString(invisible));
        }
    }

    @Test
    void ligaturesAreExpanded() {
        assertEquals("fichier fleuve effet efficace souffle", PrintedText.normalise(
                "\uFB01chier \uFB02euve e\uFB00et e\uFB03cace sou\uFB04e"));
    }

    @Test
    void fullwidthLettersAndDigitsAreTheirPlainForms() {
        assertEquals("REF-IMPRIMFIP:FIP-1", PrintedText.normalise("REF-IMPRIMFIP:\uFF26\uFF29\uFF30-\uFF11"));
    }

    @Test
    void typographicApostrophesAreApostrophes() {
        for (char apostrophe : "\u2018\u2019\u02BC".toCharArray()) {
            assertEquals("8 RUE DE L'ELYSEE", PrintedText.normalise("8 RUE DE L" + apostrophe + "ELYSEE"));
        }
    }

    @Test
    void accentedCapitalsAndTheOeLigatureAreKeptForTheAddressRuleToRefuse() {
        assertEquals("MADAME CLÉMENCE MARTIN", PrintedText.normalise("MADAME CLE\u0301MENCE MARTIN"),
                "a decomposed accent is composed, not dropped");
        assertEquals("RUE DU SACRÉ-CŒUR", PrintedText.normalise("RUE DU SACRÉ\u2011CŒUR"));
        assertEquals("sœur", PrintedText.normalise("sœur"));
        assertEquals(List.of(Finding.at(CharterRule.ADDRESS_CHARACTERS, "ligne 2")), new AddressBlock(List.of(
                "MONSIEUR PAUL MARTIN", PrintedText.normalise("RUE DU SACRE\u2011CŒUR"), "75018 PARIS")).check());
    }

    @Test
    void plainTextIsLeftAsItIs() {
        String address = "MADAME CLAIRE MARTIN, 8 AVENUE DE LA GARE (BAT. B) & CIE / 69002 LYON";
        assertEquals(address, PrintedText.normalise(address));
        assertEquals("", PrintedText.normalise(""));
    }
}
