package fr.imprimfip.recipient;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The token of a link as it arrives in the address ({@code /lre/l/<token>}): only a plausible one goes further, so
 * that nothing odd is ever handed to the platform. Tokens are URL-safe Base64 or hexadecimal.
 */
final class LinkToken {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    private LinkToken() {
    }

    /** The token in {@code pathInfo} ({@code /<token>}, maybe with a trailing slash), if it has a token's shape. */
    static Optional<String> in(String pathInfo) {
        if (pathInfo == null) {
            return Optional.empty();
        }
        String token = pathInfo.startsWith("/") ? pathInfo.substring(1) : pathInfo;
        if (token.endsWith("/")) {
            token = token.substring(0, token.length() - 1);
        }
        return SHAPE.matcher(token).matches() ? Optional.of(token) : Optional.empty();
    }
}
