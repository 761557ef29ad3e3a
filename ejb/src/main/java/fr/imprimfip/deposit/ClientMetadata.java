package fr.imprimfip.deposit;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A partner's own labels on a deposit (its file number, its department...): at most 20 entries, keys of letters,
 * digits, {@code _ - .} up to 64 characters, values up to 256 printable characters. No personal data belongs here.
 */
public record ClientMetadata(Map<String, String> entries) {

    static final int MAX_ENTRIES = 20;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public static final ClientMetadata NONE = new ClientMetadata(Map.of());

    public ClientMetadata {
        if (entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("At most " + MAX_ENTRIES + " metadata entries");
        }
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            if (!KEY.matcher(entry.getKey()).matches()) {
                throw new IllegalArgumentException("Metadata key « " + entry.getKey() + " » is not allowed");
            }
            String value = entry.getValue();
            if (value == null || value.isEmpty() || value.length() > 256 || value.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("Metadata value of « " + entry.getKey() + " » is not allowed");
            }
        }
        entries = Map.copyOf(new TreeMap<>(entries));
    }
}
