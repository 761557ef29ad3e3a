package fr.imprimfip.web.security;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import fr.imprimfip.shared.RefusalText;

/**
 * The one spelling a door accepts. The layers of a request read its path each in their own way: the container
 * drops path parameters ({@code ;x=1}) before matching its security constraints, JAX-RS keeps them, a decoder
 * turns {@code %2F} into a separator, a normaliser resolves {@code /../}. A path that could be read two ways is
 * refused on the doors before anything else looks at it, so that no check can be skipped by reading it the other way.
 */
final class CanonicalPath {

    private static final String UNRESERVED_MARKS = "-._~";

    private CanonicalPath() {
    }

    /**
     * Why {@code rawPath} (as sent, relative to the context root, without the query string) is not the canonical
     * spelling of a path to {@code door}, in words for the caller ("Chemin refusé : ..."); empty when it is.
     */
    static Optional<RefusalText> flawIn(String rawPath, Door door) {
        if (rawPath.indexOf(';') >= 0) {
            return refused("les paramètres de chemin (« ; ») ne sont pas acceptés",
                    "path parameters (\";\") are not accepted");
        }
        if (rawPath.indexOf('\\') >= 0) {
            return refused("la barre oblique inverse n'est pas acceptée", "the backslash is not accepted");
        }
        for (int i = rawPath.indexOf('%'); i >= 0; i = rawPath.indexOf('%', i + 1)) {
            int c = i + 2 < rawPath.length() ? hex(rawPath.charAt(i + 1), rawPath.charAt(i + 2)) : -1;
            if (c < 0) {
                return refused("encodage « % » invalide", "invalid \"%\" encoding");
            }
            if (c == '/' || c == '\\' || c == ';' || c == '%' || c < 0x20 || c == 0x7f || unreserved(c)) {
                String encoded = "%" + rawPath.substring(i + 1, i + 3).toUpperCase();
                return refused("le caractère « " + encoded + " » ne doit pas être encodé",
                        "the character \"" + encoded + "\" must not be encoded");
            }
        }
        String[] segments = rawPath.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].isEmpty() && i < segments.length - 1) {
                return refused("les barres obliques répétées (« // ») ne sont pas acceptées",
                        "repeated slashes (\"//\") are not accepted");
            }
            if (segments[i].equals(".") || segments[i].equals("..")) {
                return refused("les segments « . » et « .. » ne sont pas acceptés",
                        "the \".\" and \"..\" segments are not accepted");
            }
        }
        if (!door.spelledExactly(rawPath)) {
            return refused("écrivez « " + door.prefix() + " » en minuscules",
                    "write \"" + door.prefix() + "\" in lower case");
        }
        return Optional.empty();
    }

    private static Optional<RefusalText> refused(String french, String english) {
        return Optional.of(new RefusalText("Chemin refusé : " + french + ".", "Path refused: " + english + "."));
    }

    /**
     * The path as a lenient layer would read it: percent-decoded (twice, for double encodings), backslashes as
     * slashes, path parameters dropped, repeated slashes and {@code .} segments collapsed, and {@code ..} segments
     * resolved when {@code resolveParents}.
     */
    static String leniently(String path, boolean resolveParents) {
        if (path.indexOf('%') < 0 && path.indexOf(';') < 0 && path.indexOf('\\') < 0 && !path.contains("//")
                && !path.contains("/.")) {
            return path;
        }
        String decoded = decode(decode(path)).replace('\\', '/');
        Deque<String> kept = new ArrayDeque<>();
        for (String segment : decoded.split("/")) {
            int parameters = segment.indexOf(';');
            String name = parameters >= 0 ? segment.substring(0, parameters) : segment;
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..") && resolveParents) {
                kept.pollLast();
            } else {
                kept.addLast(name);
            }
        }
        return "/" + String.join("/", kept);
    }

    private static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int value = c == '%' && i + 2 < text.length() ? hex(text.charAt(i + 1), text.charAt(i + 2)) : -1;
            if (value >= 0) {
                bytes.write(value);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }

    private static boolean unreserved(int c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || UNRESERVED_MARKS.indexOf(c) >= 0);
    }
}
