package fr.imprimfip.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;

/**
 * E-mail notifications to a partner's contacts, through the server's mail session, received by a real SMTP server
 * this test starts on loopback (the relay address the server is provisioned with, 127.0.0.1:2525): suspension,
 * resumption, attestation renewal, security incident; and none lost while the relay is down.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    private static final ServerSetup RELAY = new ServerSetup(2525, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final ApiClient api = new ApiClient();
    private GreenMail relay;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @AfterEach
    void stopRelay() {
        if (relay != null) {
            relay.stop();
        }
    }

    @Test
    void contactsAreToldOfWhatConcernsThem() throws Exception {
        startRelay();
        String admin = Keycloak.adminToken();
        String id = newPartner(admin);

        assertEquals(200, api.postJson("/admin/partners/" + id + "/suspension", admin,
                "{\"reason\": \"Convention financière non signée\"}").status());
        List<MimeMessage> suspension = received(id, "Accès suspendu", 3);
        assertEquals(List.of("demandeur@" + id + ".invalid", "support@" + id + ".invalid",
                "traitement@" + id + ".invalid"), recipients(suspension),
                "requester, data controller and technical contact, not the DPO");
        assertTrue(GreenMailUtil.getBody(suspension.get(0)).contains("Convention financi"),
                "the reason is told");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        assertEquals(200, api.send(api.request("/admin/partners/" + id + "/security-attestation", admin)
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"kind\": \"HOMOLOGATION\", \"validUntil\": \"" + today.plusMonths(2) + "\"}"))).status());
        assertEquals(200, api.postJson("/admin/convention-reviews", admin, "{\"asOf\": \"" + today + "\"}").status());
        assertTrue(GreenMailUtil.getBody(received(id, "Renouvellement de l'attestation", 3).get(0))
                .contains(today.plusMonths(2).toString()), "the renewal reminder names the end date");

        assertEquals(201, api.postJson("/admin/security-incidents", admin, "{\"summary\": \"Jeton divulgué\","
                + " \"detectedAt\": \"" + java.time.Instant.now() + "\", \"personalDataBreach\": true,"
                + " \"partners\": [\"" + id + "\"], \"isolate\": false}").status());
        assertEquals(List.of("dpo@" + id + ".invalid", "support@" + id + ".invalid", "traitement@" + id + ".invalid"),
                recipients(received(id, "Incident de sécurité", 3)), "an incident is told to the DPO too");

        List<JsonObject> sent = notifications(id, admin);
        assertEquals(3, sent.size(), sent.toString());
        assertTrue(sent.stream().allMatch(n -> n.getString("status").equals("SENT")), sent.toString());
    }

    @Test
    void nothingIsLostWhileTheRelayIsDown() throws Exception {
        String admin = Keycloak.adminToken();
        String id = newPartner(admin);
        assertEquals(200, api.postJson("/admin/partners/" + id + "/suspension", admin,
                "{\"reason\": \"Contrôle\"}").status());

        JsonObject failed = waitFor(() -> notifications(id, admin).stream()
                .filter(n -> n.getInt("attempts") > 0).findFirst().orElse(null));
        assertEquals("PENDING", failed.getString("status"), failed.toString());
        assertTrue(failed.containsKey("lastError") && failed.containsKey("nextAttemptAt"), failed.toString());

        startRelay();
        JsonObject delivery = api.postJson("/admin/notifications/delivery", admin, "{}").json();
        assertTrue(delivery.getInt("sent") >= 1, delivery.toString());
        received(id, "Accès suspendu", 3);
        assertEquals("SENT", notifications(id, admin).get(0).getString("status"));
        assertEquals(403, api.postJson("/admin/notifications/delivery", Keycloak.demoPartnerToken(), "{}").status());
    }

    @Test
    void aTopicsNotificationsAreReadDeliveredOrNotMostRecentFirst() throws Exception {
        startRelay();
        String admin = Keycloak.adminToken();
        String first = newPartner(admin);
        String second = newPartner(admin);
        for (String id : List.of(first, second)) {
            assertEquals(200, api.postJson("/admin/partners/" + id + "/suspension", admin,
                    "{\"reason\": \"Contrôle\"}").status());
            received(id, "Accès suspendu", 3);
        }
        long firstId = notifications(first, admin).get(0).getJsonNumber("id").longValue();
        long secondId = notifications(second, admin).get(0).getJsonNumber("id").longValue();

        List<JsonObject> access = api.getAs("/admin/notifications?topic=ACCESS", admin).jsonArray()
                .getValuesAs(JsonObject.class);
        assertTrue(access.stream().allMatch(n -> n.getString("topic").equals("ACCESS")), access.toString());
        List<Long> ids = access.stream().map(n -> n.getJsonNumber("id").longValue()).toList();
        assertTrue(ids.contains(firstId) && ids.contains(secondId), "delivered ones are listed too: " + ids);
        assertTrue(ids.indexOf(secondId) < ids.indexOf(firstId), "the most recent first: " + ids);
        assertTrue(api.getAs("/admin/notifications?topic=LOT_NOT_COMPOSED", admin).jsonArray().stream()
                .map(JsonObject.class::cast).noneMatch(n -> ids.contains(n.getJsonNumber("id").longValue())));
        assertTrue(api.getAs("/admin/notifications", admin).jsonArray().stream().map(JsonObject.class::cast)
                .noneMatch(n -> n.getJsonNumber("id").longValue() == secondId), "without a topic: undelivered ones");

        for (String query : List.of("topic=access", "topic=ACCESS%27%20OR%201%3D1", "topic=" + "A".repeat(31),
                "topic=ACCESS&partner=" + first, "topic=")) {
            ApiClient.Answer refused = api.getAs("/admin/notifications?" + query, admin);
            assertEquals(400, refused.status(), query + ": " + refused.body());
            assertEquals("urn:imprimfip:problem:invalid-request", refused.json().getString("type"), refused.body());
        }
        assertEquals(403, api.getAs("/admin/notifications?topic=ACCESS", Keycloak.demoPartnerToken()).status());
    }

    private void startRelay() {
        relay = new GreenMail(RELAY);
        relay.start();
    }

    private String newPartner(String admin) {
        String id = "ntf-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Answer created = api.postJson("/admin/partners", admin, "{\"identifier\": \"" + id + "\","
                + " \"name\": \"Administration " + id + "\", \"siret\": \"11000000000095\", \"contacts\": ["
                + "{\"role\": \"REQUESTER\", \"name\": \"Anne Martin\", \"email\": \"demandeur@" + id + ".invalid\"},"
                + "{\"role\": \"DATA_CONTROLLER\", \"name\": \"Paul Durand\", \"email\": \"traitement@" + id
                + ".invalid\"}, {\"role\": \"DPO\", \"name\": \"Déléguée\", \"email\": \"dpo@" + id + ".invalid\"},"
                + "{\"role\": \"TECHNICAL_CONTACT\", \"name\": \"Support\", \"email\": \"support@" + id
                + ".invalid\"}], \"recipientServices\": []}");
        assertEquals(201, created.status(), created.body());
        return id;
    }

    private List<JsonObject> notifications(String id, String admin) {
        return api.getAs("/admin/notifications?partner=" + id, admin).jsonArray().getValuesAs(JsonObject.class);
    }

    /** The {@code count} messages of partner {@code id} whose subject holds {@code subject}, once all arrived. */
    private List<MimeMessage> received(String id, String subject, int count) throws Exception {
        return waitFor(() -> {
            List<MimeMessage> found = Arrays.stream(relay.getReceivedMessages())
                    .filter(m -> subjectOf(m).contains(subject) && recipientsOf(m).contains("@" + id + ".invalid"))
                    .toList();
            return found.size() >= count ? found : null;
        });
    }

    private static List<String> recipients(List<MimeMessage> messages) {
        return messages.stream().map(NotificationsIT::recipientsOf).findFirst().map(all -> Arrays.stream(all
                .split(",")).sorted().toList()).orElseThrow();
    }

    private static String recipientsOf(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Address::toString).collect(Collectors.joining(","));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T waitFor(java.util.function.Supplier<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            T found = probe.get();
            if (found != null) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE);
            }
            Thread.sleep(200);
        }
    }
}
