package fr.imprimfip.deposit;

/** What the analysis found for one document of a file: its business reference, pages, and a refusal if any. */
public record DocumentAnalysis(String businessRef, int pageCount, String refusal) {

    public static DocumentAnalysis accepted(String businessRef, int pageCount) {
        return new DocumentAnalysis(businessRef, pageCount, null);
    }

    public static DocumentAnalysis refused(String businessRef, int pageCount, String refusal) {
        return new DocumentAnalysis(businessRef, pageCount, refusal);
    }

    public boolean accepted() {
        return refusal == null;
    }
}
