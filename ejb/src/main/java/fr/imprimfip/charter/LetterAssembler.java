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
 * consumed one at a time and each letter goes to the sink as soon as the next one starts, so that a large file's
 * letters can be recorded while its later pages are still being read.
 */
public final class LetterAssembler {

    private final CharterSettings settings;
    private final String fileReference;
    private final Annexes annexes;
    private final RegisteredLetter registered;
    private final LetterSink sink;
    /** The first letter bearing each reference, until a second one makes it a duplicate. */
    private final Map<String, Emitted> firstBearers = new HashMap<>();
    private Draft current;
    private boolean anyReference;
    private int emitted;

    /**
     * An assembler giving {@code sink} the letters of the file named {@code fileReference}, each followed by
     * {@code annexes} and, when the file is a {@code registered} letter's (null for other files), compared with its
     * recipient's address.
     */
    public LetterAssembler(CharterSettings settings, String fileReference, Annexes annexes,
                           RegisteredLetter registered, LetterSink sink) {
        this.settings = settings;
        this.fileReference = fileReference;
        this.annexes = annexes;
        this.registered = registered;
        this.sink = sink;
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

    private record Emitted(int position, LetterReport letter) {
    }

    public void accept(PageRead page) {
        if (page.reference() != null) {
            anyReference = true;
        }
        boolean startsLetter = current == null
                || (page.reference() != null && !page.reference().equals(current.reference));
        if (startsLetter) {
            if (current != null) {
                emit(current);
            }
            current = new Draft(page.reference(), page.pageNumber(), page.windowLines());
        }
        current.pages++;
        current.findings.addAll(page.findings());
    }

    /** Gives the last letter to the sink, once every page has been accepted, and returns how many letters it got. */
    public int finish() {
        if (current != null) {
            emit(current);
            current = null;
        }
        return emitted;
    }

    private void emit(Draft draft) {
        List<Finding> findings = new ArrayList<>(draft.findings);
        String reference = draft.reference;
        Emitted first = null;
        if (reference == null) {
            // only a file's first letter can lack a reference; a page bearing one has closed it, or none does
            if (anyReference) {
                reference = "sans-reference-page-" + draft.firstPage;
                findings.add(0, Finding.onPage(CharterRule.REFERENCE_MISSING, draft.firstPage));
            } else {
                reference = fileReference;
            }
        } else if (firstBearers.containsKey(reference)) {
            first = firstBearers.get(reference);
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
        LetterReport letter = new LetterReport(reference, draft.firstPage, facts, List.copyOf(findings),
                draft.windowLines == null ? List.of() : List.copyOf(draft.windowLines));
        int position = emitted++;
        if (first != null) {
            if (first.letter() != null) {
                sink.revised(first.position(), first.letter().withFirstFinding(
                        Finding.onPage(CharterRule.REFERENCE_DUPLICATE, first.letter().firstPage())));
                firstBearers.put(reference, new Emitted(first.position(), null));
            }
        } else if (draft.reference != null) {
            firstBearers.put(reference, new Emitted(position, letter));
        }
        sink.letter(position, letter);
    }
}
