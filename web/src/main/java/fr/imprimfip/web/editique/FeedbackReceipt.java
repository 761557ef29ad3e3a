package fr.imprimfip.web.editique;

import fr.imprimfip.production.ProductionFeedback;

/** What a report changed: the lot as it now stands, letters moved, letters that were already there. */
public record FeedbackReceipt(PrintLotView lot, int changedLetters, int unchangedLetters) {

    static FeedbackReceipt of(ProductionFeedback.Outcome outcome) {
        return new FeedbackReceipt(PrintLotView.of(outcome.lot()), outcome.changed(), outcome.unchanged());
    }
}
