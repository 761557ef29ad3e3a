package fr.imprimfip.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.json.JsonObject;

/** What the billing restart tests share: partners to bill, runs, and the totals a run left. */
public final class BillingRuns {

    private BillingRuns() {
    }

    /** Creates {@code count} partners, each with a tariff for {@code year}; their identifiers. */
    public static List<String> partnersWithTariffs(ApiClient api, int count, int year) {
        String admin = Keycloak.adminToken();
        String run = UUID.randomUUID().toString().substring(0, 6);
        return IntStream.range(0, count).mapToObj(i -> {
            String id = "bill-" + run + "-" + i;
            ApiClient.Answer created = api.postJson("/admin/partners", admin, "{\"identifier\": \"" + id + "\","
                    + " \"name\": \"Commune " + id + "\", \"siret\": \"21330063500017\", \"contacts\": ["
                    + "{\"role\": \"REQUESTER\", \"name\": \"A\", \"email\": \"a@" + id + ".invalid\"},"
                    + "{\"role\": \"DATA_CONTROLLER\", \"name\": \"B\", \"email\": \"b@" + id + ".invalid\"},"
                    + "{\"role\": \"TECHNICAL_CONTACT\", \"name\": \"C\", \"email\": \"c@" + id + ".invalid\"}]}");
            assertEquals(201, created.status(), created.body());
            ApiClient.Answer tariff = api.send(api.request("/finance/partners/" + id + "/tariffs/" + year, admin)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                            "{\"postagePerPli\": \"1.3" + (i % 10) + "00\", \"productionPerPli\": \"0.1925\"}")));
            assertEquals(200, tariff.status(), tariff.body());
            return id;
        }).toList();
    }

    /** Starts the billing of {@code year} with {@code extra} JSON fields; the execution id. */
    public static long start(ApiClient api, String finance, int year, String extra) {
        ApiClient.Answer started = api.postJson("/finance/billing-runs", finance, "{\"year\": " + year + extra + "}");
        assertEquals(202, started.status(), started.body());
        return started.json().getJsonNumber("executionId").longValue();
    }

    /** Every statement of {@code year}: partner, plis and total, as finance reads them. */
    public static Map<String, String> totals(ApiClient api, String finance, int year) {
        Map<String, String> totals = new TreeMap<>();
        for (JsonObject statement : api.getAs("/finance/statements?year=" + year, finance).jsonArray()
                .getValuesAs(JsonObject.class)) {
            totals.put(statement.getString("partnerClientId"), statement.getJsonNumber("plis") + " plis, "
                    + statement.getJsonNumber("totalAmount").bigDecimalValue().toPlainString() + " EUR, "
                    + statement.getJsonArray("lines").size() + " lines");
        }
        return totals;
    }

    /** The partner id (as the billing job reads it) of the statement of {@code clientId}. */
    public static long partnerIdOf(ApiClient api, String finance, int year, String clientId) {
        return api.getAs("/finance/statements?year=" + year, finance).jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getString("partnerClientId").equals(clientId)).findFirst()
                .orElseThrow().getJsonNumber("partnerId").longValue();
    }

    public static JsonObject step(JsonObject run) {
        return run.getJsonArray("steps").getJsonObject(0);
    }
}
