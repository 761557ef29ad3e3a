package fr.imprimfip.deposit;

import java.io.Serializable;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import fr.imprimfip.shared.BusinessCalendar;

/**
 * The unique technical reference of a deposited file (CGU §4): file name, timestamp and requester identifier, as
 * {@code [FileNameWithoutExtension]_[Timestamp]@[OnBehalfOf].pdf}. The timestamp ({@code MMddyyyyHHmmss}, Paris
 * time) carries a random suffix so that two uploads of the same name in the same second still differ. Only
 * characters safe in a URL path segment and a file name are kept.
 */
@Embeddable
public class TechnicalReference implements Serializable {

    static final int MAX_NAME_LENGTH = 80;
    static final int MAX_REQUESTER_LENGTH = 64;
    private static final Pattern SAFE_REFERENCE =
            Pattern.compile("[A-Za-z0-9()._-]{1,80}_\\d{14}-[0-9A-Z]{6}@[A-Za-z0-9._-]{1,64}\\.pdf");
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("MMddyyyyHHmmss").withZone(BusinessCalendar.PARIS);
    private static final char[] SUFFIX_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final RandomGenerator RANDOM = new SecureRandom();

    @Column(name = "internal_ref", nullable = false, unique = true, length = 255)
    private String value;

    protected TechnicalReference() {
    }

    private TechnicalReference(String value) {
        this.value = value;
    }

    /** Builds the reference of a file received at {@code receivedAt} for {@code requester}. */
    public static TechnicalReference generate(String filename, Instant receivedAt, String requester) {
        return generate(filename, receivedAt, requester, RANDOM);
    }

    static TechnicalReference generate(String filename, Instant receivedAt, String requester, RandomGenerator random) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        StringBuilder suffix = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            suffix.append(SUFFIX_ALPHABET[random.nextInt(SUFFIX_ALPHABET.length)]);
        }
        return new TechnicalReference(safeFileStem(filename) + "_" + TIMESTAMP.format(receivedAt) + "-" + suffix
                + "@" + safeRequester(requester) + ".pdf");
    }

    /**
     * Reads a reference given by a caller. Anything that this platform could not have generated is refused, so a
     * lookup never sees path separators, control characters or oversized input.
     */
    public static TechnicalReference parse(String candidate) {
        if (candidate == null || !SAFE_REFERENCE.matcher(candidate).matches()) {
            throw new IllegalArgumentException("Not a technical reference of this platform");
        }
        return new TechnicalReference(candidate);
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && SAFE_REFERENCE.matcher(candidate).matches();
    }

    /** The file name without its extension, reduced to letters, digits and {@code ( ) . _ -}. */
    static String safeFileStem(String filename) {
        String stem = filename == null ? "" : filename.strip();
        int slash = Math.max(stem.lastIndexOf('/'), stem.lastIndexOf('\\'));
        stem = stem.substring(slash + 1);
        if (stem.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            stem = stem.substring(0, stem.length() - 4);
        }
        return clean(stem, "[^A-Za-z0-9()._-]", MAX_NAME_LENGTH, "document");
    }

    /** The requester identifier, reduced to letters, digits and {@code . _ -}. */
    static String safeRequester(String requester) {
        return clean(requester, "[^A-Za-z0-9._-]", MAX_REQUESTER_LENGTH, "inconnu");
    }

    private static String clean(String raw, String unsafe, int maxLength, String fallback) {
        String text = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        text = text.replaceAll(unsafe, "_")
                .replaceAll("\\.{2,}", ".")
                .replaceAll("_{2,}", "_")
                .replaceAll("^[._-]+", "")
                .replaceAll("[._-]+$", "");
        if (text.length() > maxLength) {
            text = text.substring(0, maxLength).replaceAll("[._-]+$", "");
        }
        return text.isEmpty() ? fallback : text;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TechnicalReference that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
