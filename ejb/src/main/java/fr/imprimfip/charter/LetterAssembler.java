package fr.imprimfip.charter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a file's pages into letters by the business reference written on them: a page bearing a reference other
 * than the current letter's starts a new letter; a page without one continues the current letter. A file where no
 * page bears a reference is a single letter that takes the file's own reference (mono-document file). Pages are
 * consumed one at a time, so that a large file never needs all its pages in memory.
 */
public final class LetterAssembler {

    private final CharterSettings settings;
    private final List<Draft> drafts = new ArrayList<>();
    private Draft current;
    private boolean anyReference;

    public LetterAssembler(CharterSettings settings) {
        this.settings = settings;
    }

    private static final class Draft {
        final String reference;
        final int firstPage;
        final List<String> windowLines;
        final Set<Finding> findings = new LinkedHashSet<>();
        int pages;

        Draft(String reference, int firstPage, List<String> windowLines) {
            this.reference = reference;
            this.firstPage = firstPage;
            this.windowLines = windowLines;
        }
    }

    public void accept(PageRead page) {
        if (page.reference() != null) {
            anyReference = true;
        }
        boolean startsLetter = current == null
                || (page.reference() != null && !page.reference().equals(current.reference));
        if (startsLetter) {
            current = new Draft(page.reference(), page.pageNumber(), page.windowLines());
            drafts.add(current);
        }
        current.pages++;
        current.findings.addAll(page.findings());
    }

    /** The letters, once every page has been accepted; {@code fileReference} names a mono-document file's letter. */
    public List<LetterReport> letters(String fileReference) {
        return letters(fileReference, Annexes.NONE);
    }

    /**
     * The letters, each followed by the file's annexes: their pages count in every letter's sheets and weight,
     * their warnings in every letter's findings.
     */
    public List<LetterReport> letters(String fileReference, Annexes annexes) {
        return letters(fileReference, annexes, null);
    }

    /**
     * The same, each letter's window also compared with the recipient's address of a {@code registered} letter
     * (null for other letters).
     */
    List<LetterReport> letters(String fileReference, Annexes annexes, RegisteredLetter registered) {
        Map<String, Integer> occurrences = new HashMap<>();
        for (Draft draft : drafts) {
            if (draft.reference != null) {
                occurrences.merge(draft.reference, 1, Integer::sum);
            }
        }
        List<LetterReport> letters = new ArrayList<>();
        for (Draft draft : drafts) {
            List<Finding> findings = new ArrayList<>(draft.findings);
            String reference = draft.reference;
            if (!anyReference) {
                reference = fileReference;
            } else if (reference == null) {
                reference = "sans-reference-page-" + draft.firstPage;
                findings.add(0, Finding.onPage(CharterRule.REFERENCE_MISSING, draft.firstPage));
            } else if (occurrences.get(reference) > 1) {
                findings.add(0, Finding.onPage(CharterRule.REFERENCE_DUPLICATE, draft.firstPage));
            }
            AddressBlock window = new AddressBlock(draft.windowLines);
            findings.addAll(window.check());
            if (registered != null) {
                findings.addAll(registered.compare(window));
            }
            findings.addAll(annexes.findings());
            PostalFacts facts = PostalFacts.duplex(draft.pages + annexes.pages());
            if (facts.sheets() > settings.maxSheetsPerLetter()) {
                findings.add(Finding.at(CharterRule.LETTER_TOO_THICK, facts.sheets() + " feuilles"));
            }
            letters.add(new LetterReport(reference, draft.firstPage, facts, List.copyOf(findings),
                    draft.windowLines == null ? List.of() : List.copyOf(draft.windowLines)));
        }
        return letters;
    }
}
