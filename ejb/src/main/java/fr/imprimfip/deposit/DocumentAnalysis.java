package fr.imprimfip.deposit;

import fr.imprimfip.charter.LetterReport;
import fr.imprimfip.charter.PostalFacts;

/**
 * What the analysis found for one document of a file: its business reference, where it starts, its postal facts,
 * and a refusal or a warning if any.
 */
public record DocumentAnalysis(String businessRef, int firstPage, PostalFacts facts, String refusal, String warning) {

    public static DocumentAnalysis of(LetterReport letter) {
        return new DocumentAnalysis(letter.businessRef(), letter.firstPage(), letter.facts(), letter.refusal(),
                letter.warning());
    }

    public static DocumentAnalysis accepted(String businessRef, int pageCount) {
        return new DocumentAnalysis(businessRef, 1, PostalFacts.duplex(pageCount), null, null);
    }

    public static DocumentAnalysis refused(String businessRef, int pageCount, String refusal) {
        return new DocumentAnalysis(businessRef, 1, PostalFacts.duplex(pageCount), refusal, null);
    }

    public boolean accepted() {
        return refusal == null;
    }

    public boolean warned() {
        return warning != null;
    }

    public int pageCount() {
        return facts.pages();
    }
}
