package fr.imprimfip.registered;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The proof of deposit as a partner reads it: a PDF naming the letter, its hand-over, its sender and recipient. */
class ProofOfDepositTest {

    private static final Instant HANDED_OVER = Instant.parse("2026-03-03T15:30:00Z");

    @Test
    void theProofNamesTheLetterItsHandOverAndItsAddresses() throws IOException {
        RegisteredAddresses addresses = new RegisteredAddresses(
                new PostalAddress("Mme Camille Durand", null, "Bâtiment B", "12 rue des Écoles", null, "75005",
                        "PARIS", null),
                new PostalAddress("DGFiP SIE Paris 5e", null, null, "4 place du Panthéon", null, "75005", "PARIS",
                        null));
        String text = text(new ProofOfDeposit("1A12345678901", HANDED_OVER, "BD-2026-000123",
                "Envoi recommandé papier", addresses, "Direction démo", "AVIS-2026-42", "20260303-ABCDEF", 0,
                HANDED_OVER.plusSeconds(86_400)).pdf());
        for (String expected : new String[] {"Preuve de dépôt", "1A12345678901", "03/03/2026 à 16:30",
                "BD-2026-000123", "Mme Camille Durand", "12 rue des Écoles", "DGFiP SIE Paris 5e", "AVIS-2026-42",
                "20260303-ABCDEF", "Direction démo"}) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertFalse(text.contains("non conservée"), text);
    }

    @Test
    void whatThePlatformDoesNotKnowIsSaid() throws IOException {
        String text = text(new ProofOfDeposit(null, HANDED_OVER, null, "Envoi recommandé papier", null,
                "Direction démo", "AVIS-2026-43", "20260303-ABCDEF", 1, HANDED_OVER).pdf());
        assertTrue(text.contains("non attribué par la plateforme"), text);
        assertTrue(text.contains("adresse non conservée par la plateforme"), text);
        assertTrue(text.contains("AVIS-2026-43"), text);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
