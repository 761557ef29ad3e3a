package fr.imprimfip.production;

import fr.imprimfip.deposit.StoredContent;

/**
 * A deposited PDF that letters are printed from, with the number of pages the analysis read in it; 0 when that
 * number is not on record (an annex deposited before annexes were counted), in which case the print file trusts
 * its own reader's count.
 */
record SourceFile(StoredContent content, int analysedPages) {

    static SourceFile counted(StoredContent content, Integer pages) {
        return new SourceFile(content, pages == null ? 0 : pages);
    }
}
