package fr.imprimfip.charter;

/**
 * What the print centre needs to envelope and frank a letter: sheets printed on both sides, weight with its
 * envelope, envelope format and the postage weight class.
 */
public record PostalFacts(int pages, int sheets, int weightGrams, Envelope envelope, String postageClass) {

    /** A sheet of 80 g/m² A4 paper weighs about 5 g. */
    static final double SHEET_GRAMS = 4.99;
    /** Folded in three, up to this many sheets fit a DL window envelope; more go flat in a C4. */
    static final int MAX_DL_SHEETS = 6;

    /** Window envelopes used by the print centres. */
    public enum Envelope {
        DL(5),
        C4(16);

        private final int grams;

        Envelope(int grams) {
            this.grams = grams;
        }

        public int grams() {
            return grams;
        }
    }

    private static final int[] CLASSES = {20, 100, 250, 500, 1000, 2000, 3000};

    public static PostalFacts duplex(int pages) {
        int sheets = (pages + 1) / 2;
        Envelope envelope = sheets <= MAX_DL_SHEETS ? Envelope.DL : Envelope.C4;
        int weight = (int) Math.ceil(sheets * SHEET_GRAMS) + envelope.grams();
        return new PostalFacts(pages, sheets, weight, envelope, postageClass(weight));
    }

    static String postageClass(int grams) {
        for (int limit : CLASSES) {
            if (grams <= limit) {
                return "≤" + limit + "g";
            }
        }
        return ">3000g";
    }
}
