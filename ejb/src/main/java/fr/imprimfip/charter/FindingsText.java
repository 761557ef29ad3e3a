package fr.imprimfip.charter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Findings said in a bounded text: "[PAG-002] Une page est en orientation paysage … (pages 1–16)". Each rule once, in
 * the order it was first found; its pages as ranges and at most {@link #MAX_PLACES} places, then "… et N autres";
 * rules that do not fit in {@link #MAX_LENGTH} are counted, not dropped silently.
 */
public final class FindingsText {

    /**
     * The longest description of a letter's or a file's findings: below the 1,000 characters of the status
     * columns, with room for what is written before it (an annex's file name, at most 255 characters).
     */
    public static final int MAX_LENGTH = 700;
    static final int MAX_PLACES = 8;
    static final int MAX_PLACE_LENGTH = 60;
    private static final int ROOM_FOR_THE_COUNT = 40;

    private FindingsText() {
    }

    static String describe(List<Finding> findings) {
        Map<CharterRule, Places> rules = new LinkedHashMap<>();
        for (Finding finding : findings) {
            rules.computeIfAbsent(finding.rule(), rule -> new Places()).add(finding);
        }
        StringBuilder text = new StringBuilder();
        int said = 0;
        for (Map.Entry<CharterRule, Places> rule : rules.entrySet()) {
            String part = "[" + rule.getKey().code() + "] " + rule.getKey().message() + rule.getValue().text();
            int left = rules.size() - said - 1;
            int limit = MAX_LENGTH - (left > 0 ? ROOM_FOR_THE_COUNT : 0);
            if (said > 0 && text.length() + 1 + part.length() > limit) {
                break;
            }
            text.append(said > 0 ? " " : "").append(clip(part, limit));
            said++;
        }
        int unsaid = rules.size() - said;
        if (unsaid > 0) {
            text.append(" … et ").append(unsaid).append(unsaid == 1 ? " autre règle." : " autres règles.");
        }
        return text.toString();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Where one rule is broken: its pages and its other places (lines, fonts), each once. */
    private static final class Places {
        private final TreeSet<Integer> pages = new TreeSet<>();
        private final List<String> others = new ArrayList<>();

        void add(Finding finding) {
            if (finding.page() != null) {
                pages.add(finding.page());
            }
            if (finding.where() != null) {
                String where = clip(finding.where(), MAX_PLACE_LENGTH);
                if (!others.contains(where)) {
                    others.add(where);
                }
            }
        }

        /** " (pages 1–16, 18)", " (ligne 2, ligne 4 … et 3 autres)", or nothing. */
        String text() {
            List<String> places = new ArrayList<>();
            List<String> ranges = ranges();
            if (!ranges.isEmpty()) {
                places.add((pages.size() == 1 ? "page " : "pages ") + ranges.get(0));
                places.addAll(ranges.subList(1, ranges.size()));
            }
            places.addAll(others);
            if (places.isEmpty()) {
                return "";
            }
            String shown = String.join(", ", places.subList(0, Math.min(places.size(), MAX_PLACES)));
            int hidden = places.size() - MAX_PLACES;
            return " (" + shown + (hidden > 0 ? " … et " + hidden + (hidden == 1 ? " autre" : " autres") : "") + ")";
        }

        /** 1, 2, 3, 5 → "1–3", "5". */
        private List<String> ranges() {
            List<String> ranges = new ArrayList<>();
            Integer first = null;
            Integer last = null;
            for (int page : pages) {
                if (last != null && page == last + 1) {
                    last = page;
                    continue;
                }
                if (first != null) {
                    ranges.add(first.equals(last) ? first.toString() : first + "–" + last);
                }
                first = page;
                last = page;
            }
            if (first != null) {
                ranges.add(first.equals(last) ? first.toString() : first + "–" + last);
            }
            return ranges;
        }
    }
}
