package fr.imprimfip.it.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import fr.imprimfip.it.AcknowledgementScans;
import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.ConsoleSession;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.LettersInLots;
import fr.imprimfip.it.Platform;
import fr.imprimfip.it.RegisteredLetters;
import fr.imprimfip.testing.LetterPdfs;

/**
 * Administrators follow registered letters per partner and month: three LRAR letters deposited through v1, handed
 * to La Poste, two delivered (one acknowledgement of receipt scanned back, one not) and one failed, move the partner's
 * figures by exactly that, in the API and in the console. Other tests' letters may count too: the test compares the
 * figures before and after its own letters.
 */
@ExtendWith(ArquillianExtension.class)
class RegisteredMailReportIT {

    private static final String PARTNER = "demo-partner";
    private static final List<String> MEASURES = List.of("accepted", "inProduction", "sent", "inDelivery",
            "delivered", "refused", "unclaimed", "failed", "acknowledgementsMissing");

    private final ApiClient api = new ApiClient();
    private final String partner = Keycloak.demoPartnerToken();
    private final String printCentre = Keycloak.printCentreToken();
    private final String admin = Keycloak.adminToken();

    @Deployment(name = "platform", order = 1, testable = false)
    static EnterpriseArchive platform() {
        return Platform.ear();
    }

    @Deployment(name = "console", order = 2, testable = false)
    static WebArchive console() {
        return Platform.console();
    }

    @Test
    void theReportCountsEachOutcomeOfThePartnersRegisteredLetters() throws Exception {
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        int month = LocalDate.now(ZoneId.of("Europe/Paris")).getMonthValue();
        Map<String, Integer> before = figures(year, month);

        String acknowledged = depositLrar("rapport-ar.pdf");
        String unacknowledged = depositLrar("rapport-sans-ar.pdf");
        String failed = depositLrar("rapport-echec.pdf");
        Map<String, String> letters = letterPaths(List.of(acknowledged, unacknowledged, failed));
        for (String letter : letters.values()) {
            expect(200, event(letter, "{\"event\":\"HANDED_OVER\",\"depositSlip\":\"BD-RAPPORT-1\"}"));
        }
        Map<String, Integer> handedOver = figures(year, month);
        assertEquals(3, handedOver.get("sent") - before.get("sent"), handedOver.toString());
        assertEquals(3, handedOver.get("inDelivery") - before.get("inDelivery"), handedOver.toString());

        for (String ref : List.of(acknowledged, unacknowledged)) {
            expect(200, event(letters.get(ref), "{\"event\":\"OUT_FOR_DELIVERY\"}"));
            expect(200, event(letters.get(ref), "{\"event\":\"DELIVERED\"}"));
        }
        expect(200, api.send(api.request(letters.get(acknowledged) + "/acknowledgement", printCentre)
                .header("Content-Type", "image/png").PUT(HttpRequest.BodyPublishers.ofByteArray(AcknowledgementScans.png(Color.BLACK)))));
        expect(200, event(letters.get(failed), "{\"event\":\"DELIVERY_FAILED\",\"message\":\"Adresse incomplète\"}"));

        Map<String, Integer> after = figures(year, month);
        Map<String, Integer> moved = new HashMap<>();
        MEASURES.forEach(measure -> moved.put(measure, after.get(measure) - before.get(measure)));
        assertEquals(Map.of("accepted", 3, "inProduction", 0, "sent", 3, "inDelivery", 0, "delivered", 2,
                "refused", 0, "unclaimed", 0, "failed", 1, "acknowledgementsMissing", 1), moved);

        assertEquals(400, api.getAs("/admin/registered-mail?year=1999", admin).status());
        assertEquals(400, api.getAs("/admin/registered-mail?year=" + year + "&sendingType=STD", admin).status(),
                "standard mail is not followed up");
        ApiClient.Answer electronic = api.getAs("/admin/registered-mail?year=" + year + "&sendingType=LRE", admin);
        assertEquals(200, electronic.status(), electronic.body());
        assertEquals("LRE", electronic.json().getString("sendingType"));
        assertTrue(electronic.json().getJsonArray("partners").getValuesAs(JsonObject.class).stream()
                .noneMatch(p -> p.getString("clientId").equals(PARTNER) && p.getJsonObject("total").getInt("accepted")
                        >= 3 && p.getJsonObject("total").getInt("acknowledgementsMissing") > 0),
                "the paper letters are not counted among the electronic ones");
        assertEquals(403, api.getAs("/admin/registered-mail?year=" + year, partner).status(),
                "partners do not see the administrators' report");

        try (ConsoleSession console = ConsoleSession.admin()) {
            console.open("admin/exploitation.xhtml");
            console.click("vers-suivi-recommandes");
            console.assertPage("/console/admin/suivi-recommandes.xhtml", "Lettres recommandées",
                    "30-admin-suivi-recommandes");
            List<String> cells = console.browser().findElement(By.id("recommandes"))
                    .findElements(By.cssSelector("tbody tr")).stream()
                    .filter(row -> row.findElement(By.tagName("th")).getAttribute("textContent").contains(PARTNER)).findFirst()
                    .orElseThrow().findElements(By.tagName("td")).stream().map(cell -> cell.getAttribute("textContent").strip()).toList();
            JsonObject total = partnerOf(year).getJsonObject("total");
            assertEquals(MEASURES.stream().map(measure -> String.valueOf(total.getInt(measure))).toList(), cells,
                    "the console shows the API's figures, column by column");
            console.click("type-lre");
            console.assertPage("/console/admin/suivi-recommandes.xhtml", "Lettres recommandées",
                    "31-admin-suivi-recommandes-lre");
            assertTrue(console.browser().getPageSource().contains("Négligées")
                    || console.browser().findElements(By.id("aucun-recommande")).size() == 1);
        }
    }

    private Map<String, Integer> figures(int year, int month) {
        JsonObject partnerYear = partnerOf(year);
        Map<String, Integer> figures = new HashMap<>();
        JsonObject months = partnerYear == null ? null : partnerYear.getJsonArray("months").getJsonObject(month - 1);
        if (months != null) {
            assertEquals(month, months.getInt("month"));
        }
        MEASURES.forEach(measure -> figures.put(measure, months == null ? 0 : months.getInt(measure)));
        return figures;
    }

    private JsonObject partnerOf(int year) {
        ApiClient.Answer report = api.getAs("/admin/registered-mail?year=" + year, admin);
        assertEquals(200, report.status(), report.body());
        assertEquals(year, report.json().getInt("year"));
        return report.json().getJsonArray("partners").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("clientId").equals(PARTNER)).findFirst().orElse(null);
    }

    private String depositLrar(String filename) throws InterruptedException {
        String ref = RegisteredLetters.depositV1(api, partner, filename, LetterPdfs.conformingLetter(1));
        JsonObject analysed = api.awaitAnalysed(partner, ref);
        assertEquals("Soumis", analysed.getJsonObject("fileStatus").getString("status"), analysed.toString());
        return ref;
    }

    /** Cuts off the production letters, then finds where each of these deposits' letter is in its lot. */
    private Map<String, String> letterPaths(List<String> refs) {
        Map<String, String> paths = new HashMap<>();
        LettersInLots.cutOff(api, refs).forEach(letter -> paths.put(letter.internalRef(), letter.path()));
        assertEquals(refs.size(), paths.size(), "each letter is in a lot: " + paths);
        return paths;
    }

    private ApiClient.Answer event(String letter, String json) {
        return api.postJson(letter + "/events", printCentre, json);
    }

    private static JsonObject expect(int status, ApiClient.Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        return answer.json();
    }
}
