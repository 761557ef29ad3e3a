package fr.imprimfip.web.v2;

import java.time.Instant;
import java.util.Locale;

import fr.imprimfip.lre.ElectronicLetterProofs;

/** A proof of an electronic registered letter the partner may download: its kind, title, step's time, and where. */
public record ElectronicProofView(String kind, String title, Instant eventAt, String href) {

    static ElectronicProofView of(String reference, int position, ElectronicLetterProofs.Available proof) {
        return new ElectronicProofView(proof.kind().name(), proof.title(), proof.eventAt(), DepositsResource.PATH
                + "/" + reference + "/documents/" + position + "/electronic-proofs/"
                + proof.kind().name().toLowerCase(Locale.ROOT));
    }
}
