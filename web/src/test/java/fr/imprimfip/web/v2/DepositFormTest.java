package fr.imprimfip.web.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.web.v1.FormPart;

class DepositFormTest {

    private static final String OPTIONS = "{\"filename\":\"courrier.pdf\"}";

    record Part(String name, String submittedFileName, byte[] content) implements FormPart {
        static Part of(String name, String content) {
            return new Part(name, null, content.getBytes(StandardCharsets.UTF_8));
        }

        static Part annex(String filename) {
            return new Part("annexes", filename, "%PDF".getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public long size() {
            return content.length;
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(content);
        }
    }

    @Test
    void readsTheDocumentItsOptionsAndAnnexes() throws Exception {
        DepositForm form = DepositForm.read(List.of(Part.of("document", "%PDF"), Part.of("options",
                "{\"filename\":\"courrier.pdf\",\"paper\":\"DUPLEX_TIP_MICRO\",\"sendingType\":\"LRAR\","
                        + "\"onBehalfOf\":\"jerome.barrat\",\"metadata\":{\"dossier\":\"A-12\",\"lot\":3}}"),
                Part.annex("notice.pdf"), Part.annex("cgv.pdf")));
        assertEquals("courrier.pdf", form.filename());
        assertEquals("DUPLEX_TIP_MICRO", form.paper());
        assertEquals("LRAR", form.sendingType());
        assertEquals("jerome.barrat", form.onBehalfOf());
        assertEquals(Map.of("dossier", "A-12", "lot", "3"), form.metadata());
        assertEquals(List.of("notice.pdf", "cgv.pdf"),
                form.annexes().stream().map(FormPart::submittedFileName).toList());
    }

    @Test
    void paperAndSendingTypeHaveTheirDefaults() throws Exception {
        DepositForm form = DepositForm.read(List.of(Part.of("document", "%PDF"), Part.of("options", OPTIONS)));
        assertEquals("DUPLEX", form.paper());
        assertEquals("STD", form.sendingType());
        assertNull(form.onBehalfOf());
        assertTrue(form.metadata().isEmpty());
    }

    @Test
    void theDocumentAndTheOptionsAreRequired() {
        assertRefused("« document » (le PDF) est absente ou vide", Part.of("options", OPTIONS));
        assertRefused("« document » (le PDF) est absente ou vide", Part.of("document", ""), Part.of("options", OPTIONS));
        assertRefused("« options » est absente", Part.of("document", "%PDF"));
    }

    @Test
    void theOptionsAreAJsonObjectOfTexts() throws Exception {
        assertRefused("n'est pas un JSON valide", Part.of("document", "%PDF"), Part.of("options", "{"));
        assertRefused("doit être un objet JSON", Part.of("document", "%PDF"), Part.of("options", "[]"));
        assertRefused("dépasse 64 Ko", Part.of("document", "%PDF"), new Part("options", null, new byte[70_000]));
        DepositForm form = DepositForm.read(List.of(Part.of("document", "%PDF"),
                Part.of("options", "{\"filename\":12}")));
        InvalidInputException refused = assertThrows(InvalidInputException.class, form::filename);
        assertEquals("options.filename doit être une chaîne de caractères.", refused.getMessage());
    }

    @Test
    void aRegisteredLettersAddressesAreInTheOptionsAsInTheV1Contract() throws Exception {
        String address = "{\"name\":\"MADAME CLAIRE MARTIN\",\"line2\":\"8 AVENUE DE LA GARE\","
                + "\"zipCode\":\"69002\",\"town\":\"LYON\"}";
        DepositForm form = DepositForm.read(List.of(Part.of("document", "%PDF"), Part.of("options",
                "{\"filename\":\"recommande.pdf\",\"sendingType\":\"LRAR\",\"recipient\":{\"address\":"
                        + address + "},\"sender\":{\"returnAddress\":" + address + "}}")));
        assertEquals(List.of("MADAME CLAIRE MARTIN", "8 AVENUE DE LA GARE", "69002 LYON"),
                form.recipient(SendingType.LRAR).registeredAddresses().recipient().printedLines());
        assertNull(form.recipient(SendingType.STD).registeredAddresses());

        DepositForm missing = DepositForm.read(List.of(Part.of("document", "%PDF"), Part.of("options",
                "{\"filename\":\"recommande.pdf\",\"sendingType\":\"LRAR\",\"recipient\":{\"address\":"
                        + address + "}}")));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> missing.recipient(SendingType.LRAR).registeredAddresses());
        assertTrue(refused.text().english().contains("sender.returnAddress"), refused.text().english());

        DepositForm lower = DepositForm.read(List.of(Part.of("document", "%PDF"), Part.of("options",
                "{\"filename\":\"recommande.pdf\",\"sendingType\":\"LRAR\",\"recipient\":{\"address\":"
                        + address.replace("LYON", "Lyon") + "},\"sender\":{\"returnAddress\":" + address + "}}")));
        refused = assertThrows(InvalidInputException.class,
                () -> lower.recipient(SendingType.LRAR).registeredAddresses());
        assertTrue(refused.text().french().startsWith("recipient.address.town : en majuscules non accentuées"),
                refused.text().french());
        assertTrue(refused.text().english().startsWith("recipient.address.town: capitals without accents"),
                refused.text().english());
    }

    @Test
    void unknownPartsAndUnnamedAnnexesAreRefused() {
        assertRefused("Partie inattendue : « script »", Part.of("document", "%PDF"), Part.of("options", OPTIONS),
                Part.of("script", "x"));
        assertRefused("annexes (nom de fichier de la partie)", Part.of("document", "%PDF"),
                Part.of("options", OPTIONS), Part.annex(null));
        assertRefused("annexes (nom de fichier de la partie)", Part.of("document", "%PDF"),
                Part.of("options", OPTIONS), Part.annex("../etc/passwd"));
    }

    private static void assertRefused(String fragment, Part... parts) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> DepositForm.read(List.of(parts)));
        assertTrue(refused.getMessage().contains(fragment), refused.getMessage());
    }
}
