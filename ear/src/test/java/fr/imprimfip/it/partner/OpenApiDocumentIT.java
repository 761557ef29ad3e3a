package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Platform;

/** The server serves the OpenAPI document of its APIs, the native API included. */
@ExtendWith(ArquillianExtension.class)
class OpenApiDocumentIT {

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void theNativeApiIsDescribed() {
        ApiClient.Answer answer = api.get("/openapi?format=JSON");
        assertEquals(200, answer.status(), answer.body());
        JsonObject document = answer.json();
        assertTrue(document.getString("openapi").startsWith("3."));
        assertEquals("Imprim'FIP", document.getJsonObject("info").getString("title"));
        JsonObject paths = document.getJsonObject("paths");
        assertTrue(paths.containsKey("/api/v2/deposits"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/v2/deposits/{reference}"));
        assertTrue(paths.getJsonObject("/api/v2/deposits").containsKey("post"));
    }
}
