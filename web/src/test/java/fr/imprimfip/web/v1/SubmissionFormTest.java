package fr.imprimfip.web.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.imprimfip.registered.PostalAddress;
import fr.imprimfip.registered.RegisteredAddresses;
import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.Paper;
import fr.imprimfip.shared.SendingType;
import fr.imprimfip.web.errors.ApiError;
import fr.imprimfip.web.errors.ApiException;

class SubmissionFormTest {

    private static final String STD = "{\"filename\":\"courrier.pdf\",\"options\":{\"paper\":\"DUPLEX\",\"sendingType\":\"STD\"}}";

    record Part(String name, byte[] content) implements FormPart {
        static Part of(String name, String content) {
            return new Part(name, content.getBytes(StandardCharsets.UTF_8));
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
    void readsTheDocumentAndItsParameters() throws Exception {
        SubmissionForm form = SubmissionForm.read(List.of(Part.of("docFile", "%PDF"), Part.of("jsonParameters",
                "{\"filename\":\"courrier.pdf\",\"onBehalfOf\":\"jerome.barrat\","
                        + "\"options\":{\"paper\":\"DUPLEX_TIP_MICRO\",\"sendingType\":\"STD\"}}")));
        assertEquals("courrier.pdf", form.parameters().filename());
        assertEquals("jerome.barrat", form.parameters().onBehalfOf());
        assertEquals(Paper.DUPLEX_TIP_MICRO, form.parameters().paper());
        assertEquals(SendingType.STD, form.parameters().sendingType());
        assertTrue(form.annexes().isEmpty());
    }

    @Test
    void docFileIsRequiredAndNotEmpty() {
        assertRefused("docFile) est absent", Part.of("jsonParameters", STD));
        assertRefused("docFile) est vide", Part.of("docFile", ""), Part.of("jsonParameters", STD));
        assertRefused("Un seul fichier", Part.of("docFile", "a"), Part.of("docFile", "b"), Part.of("jsonParameters", STD));
    }

    @Test
    void jsonParametersAreRequiredValidAndStrict() {
        assertRefused("jsonParameters) sont absents", Part.of("docFile", "%PDF"));
        assertRefused("pas un JSON valide", Part.of("docFile", "%PDF"), Part.of("jsonParameters", "{"));
        assertRefused("objet JSON", Part.of("docFile", "%PDF"), Part.of("jsonParameters", "[]"));
        assertRefused("Champ inconnu : colour", Part.of("docFile", "%PDF"), Part.of("jsonParameters",
                "{\"filename\":\"a.pdf\",\"colour\":1,\"options\":{\"paper\":\"DUPLEX\",\"sendingType\":\"STD\"}}"));
        assertRefused("Champ inconnu : options.tray", Part.of("docFile", "%PDF"), Part.of("jsonParameters",
                "{\"filename\":\"a.pdf\",\"options\":{\"paper\":\"DUPLEX\",\"sendingType\":\"STD\",\"tray\":2}}"));
        assertRefused("filename est obligatoire", Part.of("docFile", "%PDF"), Part.of("jsonParameters",
                "{\"filename\":\"\",\"options\":{\"paper\":\"DUPLEX\",\"sendingType\":\"STD\"}}"));
        assertRefused("options est obligatoire", Part.of("docFile", "%PDF"),
                Part.of("jsonParameters", "{\"filename\":\"a.pdf\"}"));
        assertRefused("options.sendingType doit valoir STD ou LRE ou LRAR", Part.of("docFile", "%PDF"),
                Part.of("jsonParameters", "{\"filename\":\"a.pdf\",\"options\":{\"paper\":\"DUPLEX\",\"sendingType\":\"FAX\"}}"));
        assertRefused("filename doit être une chaîne", Part.of("docFile", "%PDF"), Part.of("jsonParameters",
                "{\"filename\":12,\"options\":{\"paper\":\"DUPLEX\",\"sendingType\":\"STD\"}}"));
        assertRefused("onBehalfOf doit être un identifiant", Part.of("docFile", "%PDF"), Part.of("jsonParameters",
                "{\"filename\":\"a.pdf\",\"onBehalfOf\":\"../x y\",\"options\":{\"paper\":\"DUPLEX\",\"sendingType\":\"STD\"}}"));
        assertRefused("caractères de contrôle", Part.of("docFile", "%PDF"), Part.of("jsonParameters",
                "{\"filename\":\"a\\u0000.pdf\",\"options\":{\"paper\":\"DUPLEX\",\"sendingType\":\"STD\"}}"));
        assertRefused("dépassent 64 Ko", Part.of("docFile", "%PDF"), new Part("jsonParameters", new byte[70_000]));
    }

    @Test
    void registeredMailNeedsItsRecipientAndSender() {
        assertRefused("recipient.information", Part.of("docFile", "%PDF"), Part.of("jsonParameters",
                "{\"filename\":\"a.pdf\",\"options\":{\"paper\":\"DUPLEX\",\"sendingType\":\"LRE\"}}"));
        assertRefused("recipient.address", Part.of("docFile", "%PDF"), Part.of("jsonParameters",
                "{\"filename\":\"a.pdf\",\"options\":{\"paper\":\"DUPLEX\",\"sendingType\":\"LRAR\"}}"));
        assertRefused("sender.returnAddress", Part.of("docFile", "%PDF"), Part.of("jsonParameters",
                "{\"filename\":\"a.pdf\",\"options\":{\"paper\":\"DUPLEX\",\"sendingType\":\"LRAR\"},"
                        + "\"recipient\":{\"address\":{\"name\":\"X\"}}}"));
    }

    private static final String RECIPIENT = "{\"name\":\"DMT SOLUTIONS FRANCE SAS\",\"line2\":\"14 RUE GALILEE\","
            + "\"line3\":\"\",\"line4\":null,\"line5\":\"\",\"zipCode\":\"77420\",\"town\":\"CHAMPS-SUR-MARNE\","
            + "\"country\":\"\"}";
    private static final String RETURN_ADDRESS = "{\"name\":\"SIP DE MEAUX\",\"line2\":\"2 RUE DU PALAIS\","
            + "\"zipCode\":\"77100\",\"town\":\"MEAUX\"}";

    private static String lrar(String recipient, String returnAddress) {
        return "{\"filename\":\"a.pdf\",\"options\":{\"paper\":\"DUPLEX\",\"sendingType\":\"LRAR\"},"
                + "\"recipient\":{\"address\":" + recipient + "},\"sender\":{\"returnAddress\":" + returnAddress + "}}";
    }

    @Test
    void aRegisteredLettersAddressesAreReadAndChecked() throws Exception {
        SubmissionForm form = SubmissionForm.read(List.of(Part.of("docFile", "%PDF"),
                Part.of("jsonParameters", lrar(RECIPIENT, RETURN_ADDRESS))));
        RegisteredAddresses addresses = form.parameters().registeredAddresses();
        assertEquals(new PostalAddress("DMT SOLUTIONS FRANCE SAS", "14 RUE GALILEE", null, null, null, "77420",
                "CHAMPS-SUR-MARNE", null), addresses.recipient());
        assertEquals(List.of("SIP DE MEAUX", "2 RUE DU PALAIS", "77100 MEAUX"), addresses.returnAddress().printedLines());
        assertNull(SubmissionForm.read(List.of(Part.of("docFile", "%PDF"), Part.of("jsonParameters",
                "{\"filename\":\"a.pdf\",\"options\":{\"paper\":\"DUPLEX\",\"sendingType\":\"STD\"},"
                        + "\"recipient\":{\"address\":" + RECIPIENT + "}}"))).parameters().registeredAddresses(),
                "only LRAR keeps addresses");
    }

    @Test
    void aRegisteredLettersAddressesFollowTheContractsSchema() {
        assertRefused("Champ inconnu : recipient.address.street.", Part.of("docFile", "%PDF"), Part.of("jsonParameters",
                lrar(RECIPIENT.replace("\"line5\"", "\"street\""), RETURN_ADDRESS)));
        assertRefused("Champ inconnu : sender.returnAddress.country.", Part.of("docFile", "%PDF"),
                Part.of("jsonParameters", lrar(RECIPIENT, RETURN_ADDRESS.replace("}", ",\"country\":\"FRANCE\"}"))));
        assertRefused("Champ inconnu : recipient.phone.", Part.of("docFile", "%PDF"), Part.of("jsonParameters",
                lrar(RECIPIENT, RETURN_ADDRESS).replace("\"recipient\":{", "\"recipient\":{\"phone\":\"1\",")));
        assertRefused("Champ inconnu : sender.name.", Part.of("docFile", "%PDF"), Part.of("jsonParameters",
                lrar(RECIPIENT, RETURN_ADDRESS).replace("\"sender\":{", "\"sender\":{\"name\":\"X\",")));
        assertRefused("recipient.address.zipCode doit être une chaîne", Part.of("docFile", "%PDF"),
                Part.of("jsonParameters", lrar(RECIPIENT.replace("\"77420\"", "77420"), RETURN_ADDRESS)));
        assertRefused("recipient.address.name doit être une chaîne de caractères, pas null", Part.of("docFile", "%PDF"),
                Part.of("jsonParameters", lrar(RECIPIENT.replace("\"DMT SOLUTIONS FRANCE SAS\"", "null"),
                        RETURN_ADDRESS)));
        assertRefused("recipient.address doit être un objet", Part.of("docFile", "%PDF"),
                Part.of("jsonParameters", lrar("\"14 RUE GALILEE\"", RETURN_ADDRESS)));
        assertRefused("sender.returnAddress doit être un objet", Part.of("docFile", "%PDF"),
                Part.of("jsonParameters", lrar(RECIPIENT, "null")));
        assertRefused("recipient.address.line2 contient des caractères de contrôle", Part.of("docFile", "%PDF"),
                Part.of("jsonParameters", lrar(RECIPIENT.replace("14 RUE", "14\\u0007RUE"), RETURN_ADDRESS)));
    }

    @Test
    void aRegisteredLettersAddressesFollowThePostalRules() {
        assertRefused("recipient.address.line2 : en majuscules non accentuées", Part.of("docFile", "%PDF"),
                Part.of("jsonParameters", lrar(RECIPIENT.replace("14 RUE GALILEE", "14 rue Galilée"), RETURN_ADDRESS)));
        assertRefused("recipient.address.zipCode : ce code postal n'existe pas", Part.of("docFile", "%PDF"),
                Part.of("jsonParameters", lrar(RECIPIENT.replace("77420", "77999"), RETURN_ADDRESS)));
        assertRefused("sender.returnAddress.town : la localité n'est pas un libellé d'acheminement",
                Part.of("docFile", "%PDF"), Part.of("jsonParameters", lrar(RECIPIENT,
                        RETURN_ADDRESS.replace("MEAUX\"}", "MELUN\"}"))));
        assertRefused("recipient.address.line3 : une ligne d'adresse compte 38 caractères au plus (39)",
                Part.of("docFile", "%PDF"), Part.of("jsonParameters", lrar(RECIPIENT.replace("\"line3\":\"\"",
                        "\"line3\":\"" + "B".repeat(39) + "\""), RETURN_ADDRESS)));
    }

    @Test
    void annexesMustMatchTheirDeclaration() throws Exception {
        String declared = "{\"filename\":\"a.pdf\",\"options\":{\"paper\":\"DUPLEX\",\"sendingType\":\"STD\"},"
                + "\"annexes\":[{\"filename\":\"notice.pdf\"}]}";
        assertRefused("nombre d'annexes déclarées (1)", Part.of("docFile", "%PDF"), Part.of("jsonParameters", declared));
        assertRefused("nombre d'annexes déclarées (0)", Part.of("docFile", "%PDF"), Part.of("jsonParameters", STD),
                Part.of("anxFile", "%PDF"));
        SubmissionForm form = SubmissionForm.read(List.of(Part.of("docFile", "%PDF"),
                Part.of("jsonParameters", declared), Part.of("anxFile", "%PDF")));
        assertEquals(List.of("notice.pdf"), form.parameters().annexNames());
        assertEquals(1, form.annexes().size());
    }

    @Test
    void unknownPartsAreRefused() {
        assertRefused("Partie inattendue", Part.of("docFile", "%PDF"), Part.of("jsonParameters", STD),
                Part.of("script", "x"));
    }

    /** Refused as an invalid request (920001 on this door), in French. */
    private static void assertRefused(String detailFragment, Part... parts) {
        RuntimeException refusal = assertThrows(RuntimeException.class, () -> SubmissionForm.read(List.of(parts)));
        String french;
        if (refusal instanceof ApiException api) {
            assertEquals(ApiError.INVALID_REQUEST, api.error());
            french = api.detail().french();
        } else {
            french = assertInstanceOf(InvalidInputException.class, refusal).text().french();
        }
        assertTrue(french.contains(detailFragment), french);
    }
}
