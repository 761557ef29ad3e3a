package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.LettersInLots;
import fr.imprimfip.it.Platform;
import fr.imprimfip.it.RegisteredLetters;
import fr.imprimfip.testing.LetterPdfs;

/**
 * People's rights requests (annex clause 11.6) on the real server: a partner's request recorded under its reference;
 * the person's letters found by name, address line or e-mail address however they are written (blind indexes, the
 * data itself staying sealed), and only the partner's own; what is held exported as JSON; the letters restricted
 * (kept out of print lots) then erased (withdrawn, files destroyed, no longer found); every step audited without the
 * person's data, and told to the partner's data controller and DPO through the outbox.
 */
@ExtendWith(ArquillianExtension.class)
class DataSubjectRightsIT {

    private static final Random RANDOM = new Random();

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void aPersonsRegisteredLetterIsFoundExportedRestrictedThenErased() throws Exception {
        String admin = Keycloak.adminToken();
        String partner = Keycloak.demoPartnerToken();
        String surname = letters(8);
        String name = "MONSIEUR PAUL " + surname;
        String street = "12 RUE " + letters(10);
        String ref = depositLrar(partner, name, street);
        String neighbour = depositLrar(partner, "MADAME JEANNE " + letters(8), "14 RUE " + letters(10));
        api.awaitAnalysed(partner, ref);
        api.awaitAnalysed(partner, neighbour);

        String request = open(admin, "demo-partner", "ERASURE");
        assertEquals(List.of(ref), found(search(admin, request, "{\"name\": \"" + surname.toLowerCase()
                + ", Paul\"}")), "the name, whatever its case, civility and order");
        assertEquals(List.of(ref), found(search(admin, request, "{\"addressLine\": \"" + street.replace("12 RUE",
                "12, rue") + "\"}")), "an address line, whatever its punctuation");
        assertEquals(List.of(ref), found(search(admin, request, "{\"name\": \"Paul " + surname + "\", \"addressLine\":"
                + " \"69002 Lyon\"}")), "several keys: the letters matching all of them");
        assertEquals(List.of(), found(search(admin, request, "{\"name\": \"Paul " + surname + "\", \"addressLine\":"
                + " \"75001 PARIS\"}")));
        assertEquals(List.of(), found(search(admin, open(admin, "demo-partner-b", "ACCESS"), "{\"name\": \"Paul "
                + surname + "\"}")), "another partner's request never finds this partner's letters");
        assertEquals(List.of(ref), found(search(admin, request, "{\"name\": \"" + name + "\"}")));

        ApiClient.Answer exported = api.postJson("/admin/rights-requests/" + request + "/export", admin, "");
        assertEquals(200, exported.status(), exported.body());
        assertEquals("no-store", exported.header("Cache-Control"));
        JsonObject letter = exported.json().getJsonArray("letters").getJsonObject(0);
        assertEquals(ref, letter.getString("reference"));
        assertEquals(List.of(name, street, "69002 LYON"), letter.getJsonArray("recipientAddress")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("En attente de traitement", letter.getJsonArray("documents").getJsonObject(0).getString("status"));

        JsonObject restricted = step(admin, request, "restriction", "Instruction du DPO du 2 décembre : limiter");
        assertFalse(restricted.getJsonArray("letters").getJsonObject(0).isNull("restrictedAt"));
        assertTrue(LettersInLots.cutOff(api, List.of(ref, neighbour)).stream()
                .noneMatch(inLot -> inLot.internalRef().equals(ref)), "a restricted letter joins no print lot");
        assertEquals("En attente de traitement", docStatus(partner, ref));

        assertEquals(400, api.postJson("/admin/rights-requests/" + request + "/erasure", admin, "{}").status(),
                "an erasure follows a written instruction");
        JsonObject erased = step(admin, request, "erasure", "Instruction du DPO du 3 décembre : effacer");
        JsonObject state = erased.getJsonArray("letters").getJsonObject(0);
        assertFalse(state.isNull("erasedAt"));
        assertFalse(state.getBoolean("contentStored"), "the letter's file is destroyed");
        assertEquals("Supprimé", docStatus(partner, ref), "withdrawn: never printed nor billed");
        assertFalse(api.getAs("/admin/deposits/" + ref, admin).json().getBoolean("registeredAddressesStored"));
        assertEquals(List.of(), found(search(admin, request, "{\"name\": \"" + name + "\"}")),
                "the erased person is no longer found");
        assertEquals(List.of("RECEIVED", "SEARCH", "SEARCH", "SEARCH", "SEARCH", "SEARCH", "EXPORT", "RESTRICTION",
                "ERASURE", "SEARCH"), erasedSteps(admin, request));

        JsonObject audited = AuditProbe.eventOn(api, "POST RightsRequestsResource.erase", request);
        assertEquals("demo-admin", audited.getString("actor", null), audited.toString());
        String trail = api.getAs("/admin/audit/events?from=" + Instant.now().minusSeconds(600) + "&to="
                + Instant.now().plusSeconds(5), admin).body();
        assertTrue(trail.contains("RightsRequestsResource.search"), "searches are audited");
        assertFalse(trail.contains(surname), "the person's data never reaches the audit trail");
    }

    @Test
    void aStandardLettersRecipientIsFoundByItsWindowAndAFileOfSeveralRecipientsIsLeftAlone() throws Exception {
        String admin = Keycloak.adminToken();
        String partner = Keycloak.demoPartnerToken();
        String surname = letters(8);
        String name = "MONSIEUR ALAIN " + surname;
        String street = "7 RUE " + letters(10);
        String otherStreet = "9 RUE " + letters(10);
        String alone = api.submitPdf(partner, "seul.pdf", LetterPdfs.file()
                .letter(null, 1, List.of(name, street, "69002 LYON")).build()).json().getString("internalRef");
        String shared = api.submitPdf(partner, "plusieurs.pdf", LetterPdfs.file()
                .letter("A-" + surname, 1, List.of(name, otherStreet, "69002 LYON"))
                .letter("B-" + surname, 2, List.of("MADAME NINA " + letters(8), "3 RUE " + letters(10), "69002 LYON"))
                .build()).json().getString("internalRef");
        api.awaitAnalysed(partner, alone);
        api.awaitAnalysed(partner, shared);

        String request = open(admin, "demo-partner", "ERASURE");
        assertEquals(Set.of(alone, shared), Set.copyOf(found(search(admin, request, "{\"name\": \"alain "
                + surname.toLowerCase() + "\"}"))), "the name read in each letter's window");
        assertEquals(List.of(shared), found(search(admin, request, "{\"addressLine\": \"" + otherStreet + "\"}")));
        assertEquals(Set.of(alone, shared), Set.copyOf(found(search(admin, request, "{\"name\": \"" + name
                + "\", \"addressLine\": \"69002 Lyon\"}"))));
        ApiClient.Answer refused = api.postJson("/admin/rights-requests/" + request + "/erasure", admin,
                "{\"instruction\": \"Instruction du DPO : effacer\"}");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.body().contains(shared + " (2)"), "the file holding another recipient's letter is named: "
                + refused.body());
        assertTrue(api.getAs("/admin/rights-requests/" + request, admin).json().getJsonArray("letters")
                .getValuesAs(JsonObject.class).stream().allMatch(letter -> letter.getBoolean("contentStored")),
                "nothing erased");

        String narrowed = open(admin, "demo-partner", "ERASURE");
        assertEquals(List.of(alone), found(search(admin, narrowed, "{\"name\": \"" + name + "\", \"addressLine\": \""
                + street + "\"}")));
        JsonObject erased = step(admin, narrowed, "erasure", "Instruction du DPO : effacer la lettre seule");
        assertFalse(erased.getJsonArray("letters").getJsonObject(0).getBoolean("contentStored"), "its file destroyed");
        assertEquals(List.of(shared), found(search(admin, narrowed, "{\"name\": \"" + name + "\"}")),
                "the erased letter is no longer found, the shared file still is");
    }

    @Test
    void aLargeFileRefusedAfterItsLettersWereReadIndexesNoneOfItsRecipients() throws Exception {
        String admin = Keycloak.adminToken();
        String partner = Keycloak.demoPartnerToken();
        String surname = letters(8);
        LetterPdfs file = LetterPdfs.file().withJavaScript();
        int letters = 1_200; // several chunks of letters are written before the file is refused
        for (int i = 0; i < letters; i++) {
            file.letter("ACTIF-" + i, 1, List.of("MADAME LEA " + surname + " " + i, "4 RUE DES ECOLES", "69002 LYON"));
        }
        String refused = api.submitPdf(partner, "actif-grand.pdf", file.build()).json().getString("internalRef");
        JsonObject status = api.awaitAnalysed(partner, refused);
        assertEquals("Erreur", status.getJsonObject("fileStatus").getString("status"));
        assertTrue(status.getJsonObject("fileStatus").getString("message").contains("[STR-003]"), status.toString());
        assertEquals(0, status.getJsonArray("docStatus").size());

        String control = letters(8);
        String kept = api.submitPdf(partner, "garde.pdf", LetterPdfs.file().letter("GARDE-1", 1,
                List.of("MADAME LEA " + control + " 1", "4 RUE DES ECOLES", "69002 LYON")).build())
                .json().getString("internalRef");
        api.awaitAnalysed(partner, kept);

        String request = open(admin, "demo-partner", "ACCESS");
        assertEquals(List.of(kept), found(search(admin, request, "{\"name\": \"Lea " + control + " 1\"}")),
                "a name written the same way is found in a file kept");
        for (int i : new int[] {0, letters / 2, letters - 1}) {
            assertEquals(List.of(), found(search(admin, request, "{\"name\": \"Lea " + surname + " " + i + "\"}")),
                    "letter " + i + " of the refused file");
        }
    }

    @Test
    void anElectronicLettersRecipientIsFoundByEmailAndExported() throws Exception {
        String admin = Keycloak.adminToken();
        String partner = Keycloak.demoPartnerToken();
        String lastname = letters(9);
        String email = "p." + lastname.toLowerCase() + "@exemple.fr";
        ApiClient.Answer deposited = api.submit(partner, new ApiClient.Multipart()
                .file("docFile", "lre-droits.pdf", "application/pdf", LetterPdfs.conformingLetter(1))
                .json("jsonParameters", "{\"filename\":\"lre-droits.pdf\",\"options\":{\"paper\":\"DUPLEX\","
                        + "\"sendingType\":\"LRE\"},\"recipient\":{\"information\":{\"emailAddress\":\"" + email
                        + "\",\"type\":\"PARTICULIER\",\"lastname\":\"" + lastname + "\",\"firstname\":\"Eloise\"}}}"));
        assertEquals(200, deposited.status(), deposited.body());
        String ref = deposited.json().getString("internalRef");

        String request = open(admin, "demo-partner", "ACCESS");
        assertEquals(List.of(ref), found(search(admin, request, "{\"email\": \" " + email.toUpperCase() + "\"}")));
        assertEquals(List.of(ref), found(search(admin, request, "{\"name\": \"Éloïse " + lastname + "\"}")));
        JsonObject recipient = api.postJson("/admin/rights-requests/" + request + "/export", admin, "").json()
                .getJsonArray("letters").getJsonObject(0).getJsonObject("recipient");
        assertEquals(email, recipient.getString("email"));
        assertEquals("Eloise", recipient.getString("firstname"));

        assertEquals(200, api.postJson("/admin/rights-requests/index-backfill", admin, "").status());
        assertEquals(List.of(ref), found(search(admin, request, "{\"email\": \"" + email + "\"}")),
                "a backfill indexes no letter twice");
    }

    @Test
    void thePartnersDataControllerAndDpoAreToldOfEachStep() {
        String admin = Keycloak.adminToken();
        String id = "drp-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, api.postJson("/admin/partners", admin, "{\"identifier\": \"" + id + "\", \"name\":"
                + " \"Commune " + id + "\", \"siret\": \"21330063500017\", \"contacts\": ["
                + "{\"role\": \"REQUESTER\", \"name\": \"A\", \"email\": \"a@" + id + ".invalid\"},"
                + "{\"role\": \"DATA_CONTROLLER\", \"name\": \"B\", \"email\": \"b@" + id + ".invalid\"},"
                + "{\"role\": \"DPO\", \"name\": \"D\", \"email\": \"dpo@" + id + ".invalid\"},"
                + "{\"role\": \"TECHNICAL_CONTACT\", \"name\": \"C\", \"email\": \"c@" + id + ".invalid\"}]}")
                .status());
        String partnerReference = "DPO-" + letters(6);
        ApiClient.Answer opened = api.postJson("/admin/rights-requests", admin, "{\"partner\": \"" + id + "\","
                + " \"partnerReference\": \"" + partnerReference + "\", \"right\": \"RESTRICTION\"}");
        assertEquals(201, opened.status(), opened.body());
        String request = opened.json().getString("reference");
        assertEquals(409, api.postJson("/admin/rights-requests/" + request + "/restriction", admin,
                "{\"instruction\": \"Limiter\"}").status(), "the person's letters are searched first");
        assertEquals(400, api.postJson("/admin/rights-requests/" + request + "/search", admin, "{}").status());
        assertEquals(List.of(), found(search(admin, request, "{\"name\": \"Marie DUVAL\"}")));
        step(admin, request, "restriction", "Instruction écrite du responsable de traitement");

        List<JsonObject> told = api.getAs("/admin/notifications?partner=" + id, admin).jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("topic").equals("DATA_SUBJECT_RIGHTS"))
                .toList();
        assertEquals(3, told.size(), "received, searched, restricted: " + told);
        for (JsonObject mail : told) {
            assertEquals(List.of("b@" + id + ".invalid", "dpo@" + id + ".invalid"), mail.getJsonArray("recipients")
                    .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                    .sorted().toList(), "the data controller and the DPO");
            assertTrue(mail.getString("subject").contains(partnerReference) && mail.getString("subject")
                    .contains(request), mail.getString("subject"));
            assertFalse(mail.getString("body").contains("DUVAL"), "the person is never named in an e-mail");
        }
        assertTrue(told.get(0).getString("body").contains("limité"), told.get(0).getString("body"));

        assertEquals(400, api.postJson("/admin/rights-requests", admin, "{\"partner\": \"" + id + "\","
                + " \"partnerReference\": \"" + "x".repeat(101) + "\", \"right\": \"ACCESS\"}").status());
        assertEquals(404, api.getAs("/admin/rights-requests/DRP-99999999", admin).status());
        assertEquals(403, api.getAs("/admin/rights-requests", Keycloak.demoPartnerToken()).status());
    }

    private String depositLrar(String partner, String name, String street) {
        String filename = "droits-" + letters(4).toLowerCase() + ".pdf";
        ApiClient.Answer answer = api.submit(partner, new ApiClient.Multipart()
                .file("docFile", filename, "application/pdf",
                        LetterPdfs.file().letter(null, 1, List.of(name, street, "69002 LYON")).build())
                .json("jsonParameters", RegisteredLetters.v1Parameters(filename,
                        RegisteredLetters.address(name, street, "69002", "LYON"))));
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getString("internalRef");
    }

    private String open(String admin, String partner, String right) {
        ApiClient.Answer opened = api.postJson("/admin/rights-requests", admin, "{\"partner\": \"" + partner + "\","
                + " \"partnerReference\": \"Courrier DPO " + letters(6) + "\", \"right\": \"" + right + "\"}");
        assertEquals(201, opened.status(), opened.body());
        return opened.json().getString("reference");
    }

    private JsonObject search(String admin, String request, String body) {
        ApiClient.Answer answer = api.postJson("/admin/rights-requests/" + request + "/search", admin, body);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private JsonObject step(String admin, String request, String step, String instruction) {
        ApiClient.Answer answer = api.postJson("/admin/rights-requests/" + request + "/" + step, admin,
                "{\"instruction\": \"" + instruction + "\"}");
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private List<String> erasedSteps(String admin, String request) {
        return api.getAs("/admin/rights-requests/" + request, admin).json().getJsonArray("steps")
                .getValuesAs(JsonObject.class).stream().map(step -> step.getString("action")).toList();
    }

    private String docStatus(String partner, String ref) {
        return api.status(partner, ref).json().getJsonArray("docStatus").getJsonObject(0).getString("status");
    }

    private static List<String> found(JsonObject request) {
        return request.getJsonArray("letters").getValuesAs(JsonObject.class).stream()
                .map(letter -> letter.getString("reference")).toList();
    }

    private static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return letters.toString();
    }
}
