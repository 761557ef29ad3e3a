package fr.imprimfip.web.v2;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import fr.imprimfip.web.requests.RequestFields;

/**
 * The opaque cursor of the deposits' pages: the id the next page starts before, encoded so that callers take it
 * back as it is rather than compute it.
 */
public final class DepositCursor {

    private static final String PREFIX = "d:";

    private DepositCursor() {
    }

    public static String encode(long beforeId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + beforeId).getBytes(StandardCharsets.UTF_8));
    }

    /** The id a cursor stands for, {@code null} without a cursor; a cursor not made by {@link #encode} is refused. */
    public static Long decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!decoded.startsWith(PREFIX)) {
                throw new IllegalArgumentException();
            }
            return Long.parseLong(decoded.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw RequestFields.invalid("Curseur de pagination invalide : reprenez celui de la page précédente.",
                    "Invalid page cursor: use the one of the previous page.");
        }
    }
}
