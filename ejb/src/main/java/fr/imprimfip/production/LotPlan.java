package fr.imprimfip.production;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a lot's print file holds, letter by letter in the lot's order; letters of one deposit are contiguous. */
record LotPlan(PrintLot lot, List<LetterToPrint> letters) {

    LotPlan {
        letters = List.copyOf(letters);
    }

    /** The letters of each deposit, deposits in the order they first appear. */
    Map<Long, List<LetterToPrint>> byDeposit() {
        return letters.stream().collect(Collectors.groupingBy(LetterToPrint::depositId,
                java.util.LinkedHashMap::new, Collectors.toList()));
    }
}
