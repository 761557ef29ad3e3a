package fr.imprimfip.production;

import java.util.List;

/**
 * A letter of a lot as the print file needs it: where its pages are, and the annexes that follow them; for a
 * registered letter with acknowledgement, its registered number and its sealed addresses (null when not on record).
 */
record LetterToPrint(int sequence, long depositId, int position, SourceFile file, int firstPage, int pageCount,
                     List<SourceFile> annexes, int sheets, String registeredNumber, String sealedAddresses) {
}
