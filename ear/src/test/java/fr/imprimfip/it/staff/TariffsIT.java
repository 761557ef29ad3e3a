package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;

/** Tariffs per partner and per year, set by finance staff: base prices, sending types apart, every year kept. */
@ExtendWith(ArquillianExtension.class)
class TariffsIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void financeSetsEachYearsTariffAndKeepsTheHistory() {
        String admin = Keycloak.adminToken();
        String finance = Keycloak.financeToken();
        String id = "tar-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, api.postJson("/admin/partners", admin, "{\"identifier\": \"" + id + "\", \"name\": \"Mairie "
                + id + "\", \"siret\": \"21330063500017\", \"contacts\": ["
                + "{\"role\": \"REQUESTER\", \"name\": \"A\", \"email\": \"a@" + id + ".invalid\"},"
                + "{\"role\": \"DATA_CONTROLLER\", \"name\": \"B\", \"email\": \"b@" + id + ".invalid\"},"
                + "{\"role\": \"TECHNICAL_CONTACT\", \"name\": \"C\", \"email\": \"c@" + id + ".invalid\"}]}").status());
        String path = "/finance/partners/" + id + "/tariffs";

        ApiClient.Answer y2026 = put(path + "/2026", finance, "{\"postagePerPli\": \"1.3900\", \"productionPerPli\":"
                + " \"0.1925\", \"bySendingType\": {\"LRAR\": {\"postagePerPli\": \"5.3600\", \"productionPerPli\":"
                + " 0.25}}}");
        assertEquals(200, y2026.status(), y2026.body());
        assertEquals(new BigDecimal("5.3600"), y2026.json().getJsonArray("bySendingType").getJsonObject(0)
                .getJsonNumber("postagePerPli").bigDecimalValue());
        assertEquals("demo-finance", y2026.json().getString("setBy"), "who set it is kept");
        assertEquals(200, put(path + "/2027", admin, "{\"postagePerPli\": 1.45, \"productionPerPli\": 0.199}")
                .status(), "administrators may set tariffs too");
        ApiClient.Answer revised = put(path + "/2027", finance, "{\"postagePerPli\": \"1.4600\", \"productionPerPli\":"
                + " \"0.1990\"}");
        assertEquals(200, revised.status(), revised.body());

        List<JsonObject> history = api.getAs(path, finance).jsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of(2027, 2026), history.stream().map(t -> t.getInt("year")).toList());
        assertEquals(new BigDecimal("1.4600"), history.get(0).getJsonNumber("postagePerPli").bigDecimalValue());
        assertEquals(new BigDecimal("1.3900"), history.get(1).getJsonNumber("postagePerPli").bigDecimalValue(),
                "each year keeps its own prices");

        ApiClient.Answer fiveDecimals = put(path + "/2028", finance, "{\"postagePerPli\": \"1.23456\","
                + " \"productionPerPli\": \"0.1\"}");
        assertEquals(400, fiveDecimals.status());
        assertTrue(fiveDecimals.json().getString("detail").contains("postagePerPli"), fiveDecimals.body());
        assertEquals(400, put(path + "/2028", finance, "{\"postagePerPli\": \"-1\", \"productionPerPli\": \"0\"}")
                .status(), "no negative price");
        assertEquals(400, put(path + "/2028", finance, "{\"postagePerPli\": \"1\", \"productionPerPli\": \"0\","
                + " \"bySendingType\": {\"EXPRESS\": {\"postagePerPli\": \"1\", \"productionPerPli\": \"0\"}}}")
                .status(), "known sending types only");
        assertEquals(404, put("/finance/partners/nobody-here/tariffs/2028", finance, "{\"postagePerPli\": \"1\","
                + " \"productionPerPli\": \"0\"}").status());
        assertEquals(403, put(path + "/2028", Keycloak.demoPartnerToken(), "{\"postagePerPli\": \"1\","
                + " \"productionPerPli\": \"0\"}").status(), "partners do not set tariffs");
    }

    private ApiClient.Answer put(String path, String token, String json) {
        return api.send(api.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }
}
