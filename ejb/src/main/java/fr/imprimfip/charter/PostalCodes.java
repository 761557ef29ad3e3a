package fr.imprimfip.charter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * The French postcodes and their routing labels (libellés d'acheminement), read once from {@code postcodes.txt.gz}
 * (see POSTCODES.md beside it). Kept as a sorted array of codes and one string of labels per code, a few hundred
 * kilobytes, rather than a map of sets that would take several megabytes; beside it, the labels' comparison keys,
 * so that checking an address does not normalise the base's labels again.
 */
final class PostalCodes {

    static final String RESOURCE = "postcodes.txt.gz";
    private static final char LABEL_SEPARATOR = '|';

    private PostalCodes() {
    }

    /** The routing labels of a five-digit postcode, empty when the base does not know it. */
    static List<String> labels(String postcode) {
        return split(Base.LABELS, postcode);
    }

    /** The same labels in the form they are compared in ({@link PostalNames#key}), computed once at load. */
    static List<String> keys(String postcode) {
        return split(Base.KEYS, postcode);
    }

    private static List<String> split(String[] joined, String postcode) {
        int index = Arrays.binarySearch(Base.CODES, Integer.parseInt(postcode));
        return index < 0 ? List.of() : List.of(joined[index].split("\\" + LABEL_SEPARATOR));
    }

    static int size() {
        return Base.CODES.length;
    }

    /** Loaded on first use, by the class loader's lock. */
    private static final class Base {

        static final int[] CODES;
        static final String[] LABELS;
        static final String[] KEYS;

        static {
            List<String> lines = read();
            CODES = new int[lines.size()];
            LABELS = new String[lines.size()];
            KEYS = new String[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                CODES[i] = Integer.parseInt(line.substring(0, 5));
                LABELS[i] = line.substring(6);
                KEYS[i] = Arrays.stream(LABELS[i].split("\\" + LABEL_SEPARATOR)).map(PostalNames::key)
                        .collect(Collectors.joining(String.valueOf(LABEL_SEPARATOR)));
                if (i > 0 && CODES[i] <= CODES[i - 1]) {
                    throw new IllegalStateException(RESOURCE + " is not sorted at " + line.substring(0, 5));
                }
            }
        }

        private static List<String> read() {
            try (InputStream in = PostalCodes.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                        StandardCharsets.US_ASCII));
                List<String> lines = new ArrayList<>();
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.startsWith("#")) {
                        lines.add(line);
                    }
                }
                return lines;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
        }
    }
}
