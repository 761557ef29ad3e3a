package fr.imprimfip.it.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.testing.LetterPdfs;

/** Letters not shipped within the 2-day commitment are listed for administrators; sandbox letters never are. */
@ExtendWith(ArquillianExtension.class)
class LateLettersIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void aPendingLetterIsLateOnce48HoursHavePassed() throws Exception {
        String partner = Keycloak.otherPartnerToken();
        String sandbox = Keycloak.partnerToken("demo-partner-sandbox");
        String admin = Keycloak.adminToken();
        String ref = api.submitPdf(partner, "en-retard.pdf", LetterPdfs.conformingLetter(1)).json()
                .getString("internalRef");
        String sandboxRef = api.submitPdf(sandbox, "essai.pdf", LetterPdfs.conformingLetter(1)).json()
                .getString("internalRef");
        api.awaitAnalysed(partner, ref);
        api.awaitAnalysed(sandbox, sandboxRef);
        Instant received = Instant.parse(api.getAs("/admin/deposits/" + ref, admin).json().getString("receivedAt"));

        List<JsonObject> notYet = late(admin, received.plus(Duration.ofHours(47)));
        List<JsonObject> late = late(admin, received.plus(Duration.ofHours(50)));

        assertFalse(notYet.stream().anyMatch(l -> l.getString("internalRef").equals(ref)));
        JsonObject letter = late.stream().filter(l -> l.getString("internalRef").equals(ref)).findFirst()
                .orElseThrow(() -> new AssertionError("not listed as late: " + ref));
        assertEquals("demo-partner-b", letter.getString("partnerClientId"));
        assertEquals("En attente de traitement", letter.getString("status"));
        assertEquals(2, letter.getInt("hoursLate"));
        assertEquals(received.plus(Duration.ofHours(48)), Instant.parse(letter.getString("due")));
        assertTrue(late.stream().noneMatch(l -> l.getString("internalRef").equals(sandboxRef)),
                "sandbox letters are never late");

        assertEquals(403, api.getAs("/admin/late-letters", Keycloak.financeToken()).status());
        assertEquals(403, api.getAs("/admin/late-letters", partner).status());
    }

    private List<JsonObject> late(String admin, Instant asOf) {
        ApiClient.Answer answer = api.getAs("/admin/late-letters?asOf=" + asOf, admin);
        assertEquals(200, answer.status(), answer.body());
        return answer.jsonArray().stream().map(v -> v.asJsonObject()).toList();
    }
}
