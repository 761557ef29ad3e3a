package fr.imprimfip.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * What a refusal tells its caller: always in French, the platform's language, and in English too where the text
 * was written for foreign readers of the native and staff doors. A missing English text falls back to French.
 */
public record RefusalText(String french, String english) implements Serializable {

    public RefusalText {
        Objects.requireNonNull(french, "french");
    }

    /** French only: the web module still builds its texts so; goes once it writes both. */
    @Deprecated(forRemoval = true)
    public static RefusalText french(String french) {
        return new RefusalText(french, null);
    }

    /** The text in {@code locale}'s language when written in it, French otherwise. */
    public String in(Locale locale) {
        boolean english = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return english && this.english != null ? this.english : french;
    }
}
