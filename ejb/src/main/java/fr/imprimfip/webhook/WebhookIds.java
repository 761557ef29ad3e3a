package fr.imprimfip.webhook;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * The public ids of subscriptions ({@code wh_}) and events ({@code evt_}): 26 characters of Crockford base32, the
 * first 10 the millisecond they were made (so ids sort by time), the other 16 random (80 bits).
 */
final class WebhookIds {

    static final String SUBSCRIPTION = "wh_";
    static final String EVENT = "evt_";
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookIds() {
    }

    static String subscription(Instant now) {
        return SUBSCRIPTION + body(now);
    }

    static String event(Instant now) {
        return EVENT + body(now);
    }

    /** Whether {@code id} is shaped as an id with that prefix (it may still name nothing). */
    static boolean wellFormed(String id, String prefix) {
        if (id == null || !id.startsWith(prefix) || id.length() != prefix.length() + 26) {
            return false;
        }
        for (int i = prefix.length(); i < id.length(); i++) {
            if (new String(ALPHABET).indexOf(id.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String body(Instant now) {
        char[] out = new char[26];
        long millis = now.toEpochMilli();
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        for (int i = 10; i < 26; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(32)];
        }
        return new String(out);
    }
}
