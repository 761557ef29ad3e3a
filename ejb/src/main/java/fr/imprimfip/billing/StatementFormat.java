package fr.imprimfip.billing;

/** The forms an issued statement is downloaded in. */
public enum StatementFormat {
    /** The document as read and printed. */
    PDF("application/pdf", ".pdf"),
    /** The lines for the accounts. */
    CSV("text/csv; charset=UTF-8", ".csv"),
    /** The PDF/A-3 with its EN 16931 invoice (CII) embedded, as Chorus Pro takes it. */
    FACTUR_X("application/pdf", "-facturx.pdf");

    private final String mediaType;
    private final String suffix;

    StatementFormat(String mediaType, String suffix) {
        this.mediaType = mediaType;
        this.suffix = suffix;
    }

    public String mediaType() {
        return mediaType;
    }

    String fileName(Statement statement) {
        return statement.number().orElse("releve-" + statement.id()) + suffix;
    }
}
