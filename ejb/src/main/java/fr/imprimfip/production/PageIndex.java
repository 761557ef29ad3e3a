package fr.imprimfip.production;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.pdf.PRIndirectReference;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;

/**
 * Where each page of a PDF is, found by one walk of its page tree: the page's object number, and the attributes it
 * inherits from the nodes above it (media box, crop box, resources, rotation), kept once per node that sets any.
 * A page written inside its parent rather than as an object of its own (not valid, but read) is kept as it is, by
 * its index in {@code written}, and numbered 0. {@code numbers} is null when the tree is not one this walk follows
 * (deeper than any real file, a node that is no dictionary, counting other than the reader's pages): the reader's
 * own lookup then serves.
 */
record PageIndex(int[] numbers, int[] inheritance, List<PdfDictionary> inherited, Map<Integer, PdfDictionary> written) {

    static final PdfName[] INHERITED = {PdfName.MEDIABOX, PdfName.CROPBOX, PdfName.RESOURCES, PdfName.ROTATE};
    private static final int DEEPEST = 64;

    static PageIndex of(PdfReader reader) {
        int count = reader.getNumberOfPages();
        Walk walk = new Walk(reader, count);
        if (!walk.node(reader.getCatalog().get(PdfName.PAGES), 0, 0) || walk.found != count) {
            return new PageIndex(null, null, List.of(), Map.of());
        }
        return new PageIndex(walk.numbers, walk.inheritance, walk.inherited, walk.written);
    }

    private static final class Walk {
        final PdfReader reader;
        final int[] numbers;
        final int[] inheritance;
        final List<PdfDictionary> inherited = new ArrayList<>(List.of(new PdfDictionary()));
        final Map<Integer, PdfDictionary> written = new HashMap<>();
        /** The nodes walked through: a node met twice makes a tree no reader could count, and could take for ever. */
        final Set<Integer> nodes = new HashSet<>();
        int found;

        Walk(PdfReader reader, int count) {
            this.reader = reader;
            numbers = new int[count];
            inheritance = new int[count];
        }

        boolean node(PdfObject reference, int from, int depth) {
            if (depth > DEEPEST) {
                return false;
            }
            int number = reference instanceof PRIndirectReference indirect ? indirect.getNumber() : 0;
            PdfObject read = number > 0 ? reader.getPdfObjectRelease(number) : reference;
            if (!(read instanceof PdfDictionary node)) {
                return false;
            }
            PdfObject kids = PdfReader.getPdfObjectRelease(node.get(PdfName.KIDS));
            if (PdfName.PAGE.equals(node.get(PdfName.TYPE)) || !(kids instanceof PdfArray children)) {
                if (found == numbers.length) {
                    return false;
                }
                if (number == 0) {
                    written.put(found, node);
                }
                numbers[found] = number;
                inheritance[found++] = from;
                return true;
            }
            if (number > 0 && !nodes.add(number)) {
                return false;
            }
            int passed = passedOn(node, from);
            for (PdfObject kid : children.getElements()) {
                if (!node(kid, passed, depth + 1)) {
                    return false;
                }
            }
            return true;
        }

        /** What the node's pages inherit: its parent's, and what the node sets itself. */
        private int passedOn(PdfDictionary node, int from) {
            PdfDictionary own = null;
            for (PdfName key : INHERITED) {
                PdfObject value = node.get(key);
                if (value != null) {
                    if (own == null) {
                        own = new PdfDictionary();
                        own.merge(inherited.get(from));
                    }
                    own.put(key, value);
                }
            }
            if (own == null) {
                return from;
            }
            inherited.add(own);
            return inherited.size() - 1;
        }
    }
}
