package fr.imprimfip.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * What a refusal tells its caller, in French, the platform's language, and in English for the native and staff
 * doors' foreign readers. Only a text meant for the v1 door alone, whose contract speaks French, has no English.
 */
public record RefusalText(String french, String english) implements Serializable {

    public RefusalText {
        Objects.requireNonNull(french, "french");
    }

    /** The text in {@code locale}'s language when written in it, French otherwise. */
    public String in(Locale locale) {
        boolean english = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return english && this.english != null ? this.english : french;
    }
}
