package fr.imprimfip.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.util.UUID;

/** Partners the tests create through the admin API, each with an identifier of its own. */
public final class TestPartners {

    private TestPartners() {
    }

    /**
     * A new partner with its three required contacts and a sandbox habilitation, under termination notice from
     * today (its convention ends in two months); answers its identifier.
     */
    public static String underTerminationNotice(ApiClient api, String admin, String prefix) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, api.postJson("/admin/partners", admin, "{\"identifier\": \"" + id + "\", \"name\":"
                + " \"Syndicat " + id + "\", \"siret\": \"21330063500017\", \"contacts\": ["
                + "{\"role\": \"REQUESTER\", \"name\": \"A\", \"email\": \"a@" + id + ".invalid\"},"
                + "{\"role\": \"DATA_CONTROLLER\", \"name\": \"B\", \"email\": \"b@" + id + ".invalid\"},"
                + "{\"role\": \"TECHNICAL_CONTACT\", \"name\": \"C\", \"email\": \"c@" + id + ".invalid\"}]}").status());
        assertEquals(200, api.send(api.request("/admin/partners/" + id + "/habilitations/SANDBOX", admin)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"validFrom\": \"2026-01-01\", \"deposit\": true, \"read\": true, \"dataPass\":"
                                + " {\"number\": \"DP-9\", \"legalBasis\": \"CGI\", \"purpose\": \"Avis\"}}")))
                .status());
        assertEquals(200, api.postJson("/admin/partners/" + id + "/termination-notice", admin,
                "{\"reason\": \"Fin\"}").status());
        return id;
    }
}
