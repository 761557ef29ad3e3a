package fr.imprimfip.endofservice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class EndOfServiceCertificateTest {

    @Test
    void theCertificateTellsTheChoiceAndEveryThingDestroyedWithItsDigest() throws Exception {
        Instant at = Instant.parse("2026-12-04T10:00:00Z");
        String digest = "0123456789abcdef".repeat(4);
        byte[] pdf = new EndOfServiceCertificate("mairie-x", "Mairie X", "21330063500017", EndOfServiceChoice.RETURN,
                "Courrier 2026-118", at, at.plusSeconds(60), at.plusSeconds(61), List.of(
                new EndOfServiceCertificate.Item("Contenu des fichiers déposés", "avis_20261204@x.pdf", digest),
                new EndOfServiceCertificate.Item("Relevés annuels", "Relevé 2026", null))).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String expected : List.of("Mairie X", "21330063500017", "Courrier 2026-118",
                    "renvoi des données puis destruction", "avis_20261204@x.pdf", digest, "Relevé 2026",
                    "04/12/2026 11:01:01")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        }
    }
}
