package fr.imprimfip.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The ways a path can be written so that two layers of the server could read it differently. */
public final class PathDisguises {

    private PathDisguises() {
    }

    /** Whether {@code path} is one of the disguises, which name no operation of the v1 contract. */
    public static boolean disguised(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.contains(";") || lower.contains("//") || lower.contains("/./") || lower.contains("/../")
                || lower.contains("%2f") || lower.contains("%3b") || lower.contains("%2e");
    }

    /** {@code path} disguised every way a layer could read differently from another. */
    public static List<String> variants(String path) {
        List<String> variants = new ArrayList<>();
        String[] segments = path.substring(1).split("/");
        for (int i = 0; i < segments.length; i++) {
            String[] copy = segments.clone();
            copy[i] = copy[i] + ";x=1";
            variants.add("/" + String.join("/", copy));
        }
        String first = segments[0];
        String rest = path.substring(first.length() + 1);
        variants.add("/" + first + "%3Bx=1" + rest);
        variants.add("/" + first + "%3bx=1" + rest);
        variants.add("/" + first + "%2F" + rest.substring(1));
        variants.add("/" + first + "/" + rest);
        variants.add("/" + first + "/." + rest);
        variants.add("/" + first + "/x/.." + rest);
        variants.add("/" + first + "/%2E%2E/" + first + rest);
        variants.add("/" + first.toUpperCase() + rest);
        variants.add("/" + Character.toUpperCase(first.charAt(0)) + first.substring(1) + rest);
        variants.add("/%" + Integer.toHexString(first.charAt(0)) + first.substring(1) + rest);
        return variants;
    }
}
