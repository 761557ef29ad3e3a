package fr.imprimfip.web.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

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

    private static void assertRefused(String detailFragment, Part... parts) {
        ApiException refusal = assertThrows(ApiException.class, () -> SubmissionForm.read(List.of(parts)));
        assertEquals(ApiError.INVALID_REQUEST, refusal.error());
        assertTrue(refusal.detail().french().contains(detailFragment), refusal.detail().french());
    }
}
