package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.NodeMetrics;
import fr.imprimfip.it.Platform;

/**
 * The call quota: past its partner's quota for the current window, a call is answered 429 with Retry-After and the
 * RateLimit headers (v1: code 900804), and the partner is served again in the next window. The suite's server
 * counts in windows of 10 s; this test gives the other demo partner a quota of 5 calls for its duration.
 */
@ExtendWith(ArquillianExtension.class)
class QuotaIT {

    private static final Pattern STATE = Pattern.compile("\"partner\";r=(\\d+);t=(\\d+)");

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void callsOverTheQuotaAreRefusedUntilTheNextWindow() throws Exception {
        String admin = Keycloak.adminToken();
        String partner = Keycloak.otherPartnerToken();
        assertEquals(400, api.send(quota(admin, "{\"callsPerMinute\": 0}")).status());
        assertEquals(404, api.send(api.request("/admin/partners/nobody/call-quota", admin)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"callsPerMinute\": 5}"))).status());
        assertEquals(200, api.send(quota(admin, "{\"callsPerMinute\": 5}")).status());
        NodeMetrics before = NodeMetrics.scrape();
        try {
            ApiClient.Answer first = list(partner);
            Matcher state = state(first);
            // a fresh window: too little of this one left, or calls of other tests already counted in it
            if (Integer.parseInt(state.group(2)) < 4 || Integer.parseInt(state.group(1)) != 4) {
                Thread.sleep(Integer.parseInt(state.group(2)) * 1000L + 200);
                first = list(partner);
                state = state(first);
            }
            assertEquals("\"partner\";q=5;w=10", first.headers().get("ratelimit-policy").get(0));
            assertEquals(4, Integer.parseInt(state.group(1)), "one call of five made");
            for (int call = 2; call <= 5; call++) {
                assertEquals(200, list(partner).status(), "call " + call + " is within the quota");
            }
            ApiClient.Answer refused = list(partner);
            assertEquals(429, refused.status(), refused.body());
            assertEquals("urn:imprimfip:problem:quota-exceeded", refused.json().getString("type"));
            AuditProbe.assertRefusalAudited(api, refused, "Quota");
            assertEquals(0, Integer.parseInt(state(refused).group(1)));
            long retryAfter = Long.parseLong(refused.headers().get("retry-after").get(0));
            assertTrue(retryAfter >= 1 && retryAfter <= 10, "until the next window: " + retryAfter);

            ApiClient.Answer v1 = api.status(partner, "courrier_11272026101500-ABC123@demo-partner-b.pdf");
            assertEquals(429, v1.status());
            assertEquals(900804, v1.json().getJsonObject("erreur").getInt("code"));
            NodeMetrics after = NodeMetrics.scrape();
            for (String door : List.of("door=\"PARTNER_NATIVE\"", "door=\"PARTNER_V1\"")) {
                assertTrue(after.sum("imprimfip_quota_refusals_total", door)
                        >= before.sum("imprimfip_quota_refusals_total", door) + 1, "the refusal is counted: " + door);
            }

            Thread.sleep(retryAfter * 1000 + 300);
            assertEquals(200, list(partner).status(), "served again in the next window");
        } finally {
            assertEquals(200, api.send(quota(admin, "{\"callsPerMinute\": null}")).status());
        }
    }

    private java.net.http.HttpRequest.Builder quota(String admin, String json) {
        return api.request("/admin/partners/demo-partner-b/call-quota", admin)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json));
    }

    private ApiClient.Answer list(String partner) {
        return api.getAs("/api/v2/deposits?limit=1", partner);
    }

    private static Matcher state(ApiClient.Answer answer) {
        Matcher matcher = STATE.matcher(answer.headers().get("ratelimit").get(0));
        assertTrue(matcher.matches(), answer.headers().toString());
        return matcher;
    }
}
