package fr.imprimfip.web.editique;

import java.time.Instant;

import fr.imprimfip.production.PrintLot;

/** A print lot as the print centre sees it, with where to fetch its print file and manifest. */
public record PrintLotView(String reference, String status, Instant statusAt, String message, String paper,
                           String envelope, String sendingType, String postageClass, int letters, int sheets,
                           Integer printPages, Instant createdAt, Instant composedAt, PrintFile printFile,
                           Instant printFileExpiresAt, String manifest) {

    /** The print-ready PDF: where to fetch it and how to check it; gone once its retention period has ended. */
    public record PrintFile(String href, long sizeBytes, String sha256) {
    }

    public static PrintLotView of(PrintLot lot) {
        String base = "/editique/lots/" + lot.reference();
        PrintFile file = lot.printFile() == null || lot.printFilePurged() ? null
                : new PrintFile(base + "/print-file", lot.printFile().sizeBytes(), lot.printFile().sha256());
        return new PrintLotView(lot.reference(), lot.status().name(), lot.statusAt(), lot.statusMessage(),
                lot.key().paper().name(), lot.key().envelope(), lot.key().sendingType().name(),
                lot.key().postageClass(), lot.letters(), lot.sheets(), lot.printPages(), lot.createdAt(),
                lot.composedAt(), file, lot.printFileExpiresAt(), lot.composedAt() == null ? null : base + "/manifest");
    }
}
