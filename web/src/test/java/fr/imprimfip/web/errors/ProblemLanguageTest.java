package fr.imprimfip.web.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class ProblemLanguageTest {

    @Test
    void frenchWhenNothingIsAsked() {
        assertEquals(Locale.FRENCH, ProblemLanguage.of(null));
        assertEquals(Locale.FRENCH, ProblemLanguage.of(""));
        assertEquals(Locale.FRENCH, ProblemLanguage.of("*"));
    }

    @Test
    void englishWhenPreferredToFrench() {
        assertEquals(Locale.ENGLISH, ProblemLanguage.of("en"));
        assertEquals(Locale.ENGLISH, ProblemLanguage.of("en-GB,en;q=0.9,fr;q=0.8"));
        assertEquals(Locale.ENGLISH, ProblemLanguage.of("de-DE, en-US;q=0.7"), "German is not offered, English is");
    }

    @Test
    void frenchWhenPreferredOrWhenEnglishIsNotAsked() {
        assertEquals(Locale.FRENCH, ProblemLanguage.of("fr-FR,fr;q=0.9,en;q=0.8"));
        assertEquals(Locale.FRENCH, ProblemLanguage.of("en;q=0.5, fr"));
        assertEquals(Locale.FRENCH, ProblemLanguage.of("de, es"));
        assertEquals(Locale.FRENCH, ProblemLanguage.of("en;q=0"), "q=0 means not English");
    }

    @Test
    void frenchWhenTheHeaderIsMalformed() {
        assertEquals(Locale.FRENCH, ProblemLanguage.of("en;q=deux"));
        assertEquals(Locale.FRENCH, ProblemLanguage.of(";;;"));
    }
}
