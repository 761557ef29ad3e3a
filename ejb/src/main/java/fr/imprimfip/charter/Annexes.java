package fr.imprimfip.charter;

import java.util.ArrayList;
import java.util.List;

/**
 * The annexes of a file (v1 {@code anxFile}), appended to the end of each of its letters: how many pages they add
 * and which warnings they carry. An annex with an error refuses the whole file, since every letter would carry it.
 */
public record Annexes(int pages, List<Finding> findings) {

    public static final Annexes NONE = new Annexes(0, List.of());

    public Annexes {
        findings = List.copyOf(findings);
    }

    /** The rules an annex is held to: structure, page format and fonts; not address nor reference. */
    static boolean concernsAnnex(Finding finding) {
        return switch (finding.rule()) {
            case REFERENCE_MISSING, REFERENCE_DUPLICATE, ADDRESS_MISSING, ADDRESS_LINE_COUNT, ADDRESS_LINE_LENGTH,
                 ADDRESS_LAST_LINE, ADDRESS_CHARACTERS, ADDRESS_POSTCODE_UNKNOWN, ADDRESS_TOWN_MISMATCH,
                 ADDRESS_CEDEX_UNVERIFIED, ADDRESS_OVERSEAS_UNVERIFIED, LETTER_TOO_THICK, REGISTERED_SEVERAL_LETTERS,
                 REGISTERED_ADDRESS_MISMATCH -> false;
            default -> true;
        };
    }

    public Annexes plus(int morePages, List<Finding> moreFindings) {
        List<Finding> all = new ArrayList<>(findings);
        moreFindings.stream().filter(f -> !all.contains(f)).forEach(all::add);
        return new Annexes(pages + morePages, all);
    }
}
