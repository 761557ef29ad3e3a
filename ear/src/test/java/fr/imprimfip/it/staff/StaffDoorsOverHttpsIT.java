package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;

/**
 * The finance and admin doors answer over HTTPS only: on the plain HTTP listener, which listens on loopback only, a
 * staff call, even with a valid token, is sent to HTTPS and gets no data.
 */
@ExtendWith(ArquillianExtension.class)
class StaffDoorsOverHttpsIT {

    private static final HttpClient PLAIN = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void staffDoorsOverPlainHttpAreSentToHttpsWithoutData() throws Exception {
        String admin = Keycloak.adminToken();
        for (String path : List.of("/admin/partners", "/finance/billing-runs")) {
            HttpResponse<String> answer = PLAIN.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080" + path))
                    .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, answer.statusCode(), path + ": " + answer.body());
            String location = answer.headers().firstValue("Location").orElse("");
            assertTrue(location.startsWith("https://") && location.endsWith(":8443" + path), location);
            assertFalse(answer.body().contains("identifier"), "no data over plain HTTP: " + answer.body());
        }
        assertEquals(200, new ApiClient().getAs("/admin/partners", admin).status(), "over HTTPS the door opens");
    }

    @Test
    void thePlainHttpListenerListensOnLoopbackOnly() throws Exception {
        ModelNode operation = new ModelNode();
        operation.get("operation").set("read-resource");
        operation.get("include-runtime").set(true);
        operation.get("address").add("socket-binding-group", "standard-sockets").add("socket-binding", "http");
        ModelNode result = management.getControllerClient().execute(operation);
        assertEquals("success", result.get("outcome").asString(), result.toString());
        assertEquals("plain-http", result.get("result", "interface").asString(), result.toString());
        assertTrue(result.get("result", "bound-address").asString().matches("/?127\\.0\\.0\\.1"), result.toString());
    }
}
