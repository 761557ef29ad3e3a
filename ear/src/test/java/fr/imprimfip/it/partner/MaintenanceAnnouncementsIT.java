package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.AuditProbe;
import fr.imprimfip.it.DemoPki;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.LoopbackHttpsServer;
import fr.imprimfip.it.Platform;
import fr.imprimfip.it.ServerClock;
import fr.imprimfip.it.SmtpRelay;

/**
 * Maintenance windows and changes are announced in writing and in time (terms of use §9.3, §11, §12): an urgent
 * window a day ahead is refused (422 notice-too-short) until an administrator justifies the shorter notice, which
 * the audit trail keeps; every partner's technical contacts are e-mailed at once (through a relay this test starts
 * on 127.0.0.1:2525), its webhooks receive {@code maintenance.notice}, partners read the window on
 * {@code GET /api/v2/maintenance-windows}; 24 hours before the start (the server's clock moved) they are reminded
 * once, and told when the window is cancelled. A nominal change with its 14 working days' notice needs no
 * justification.
 */
@ExtendWith(ArquillianExtension.class)
class MaintenanceAnnouncementsIT {

    private static final int RELAY_PORT = 2525;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ApiClient api = new ApiClient();
    private SmtpRelay relay;
    private LoopbackHttpsServer receiver;
    private String partner;
    private String webhook;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @BeforeEach
    void setUp() throws Exception {
        relay = SmtpRelay.start(RELAY_PORT, address -> false);
        receiver = new LoopbackHttpsServer();
        String admin = Keycloak.adminToken();
        partner = "maint-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Answer created = api.postJson("/admin/partners", admin, "{\"identifier\": \"" + partner
                + "\", \"name\": \"Commune " + partner + "\", \"siret\": \"21330063500017\", \"contacts\": ["
                + "{\"role\": \"REQUESTER\", \"name\": \"A\", \"email\": \"demandeur@" + partner + ".invalid\"},"
                + "{\"role\": \"DATA_CONTROLLER\", \"name\": \"B\", \"email\": \"rt@" + partner + ".invalid\"},"
                + "{\"role\": \"TECHNICAL_CONTACT\", \"name\": \"C\", \"email\": \"tech@" + partner + ".invalid\"}]}");
        assertEquals(201, created.status(), created.body());
        ApiClient.Answer subscribed = api.postJson("/api/v2/webhooks", Keycloak.demoPartnerToken(), "{\"url\": \""
                + receiver.url("/maintenance/hooks") + "\", \"eventTypes\": [\"maintenance.notice\"]}");
        assertEquals(201, subscribed.status(), subscribed.body());
        webhook = subscribed.json().getString("id");
    }

    @AfterEach
    void tearDown() throws IOException {
        try {
            api.send(api.request("/api/v2/webhooks/" + webhook, Keycloak.demoPartnerToken()).DELETE());
        } finally {
            receiver.close();
            relay.close();
        }
    }

    @Test
    void anUrgentWindowADayAheadIsAnnouncedOnlyWithAJustificationThenRemindedAndCancelled() throws Exception {
        String admin = Keycloak.adminToken();
        String reason = "Correctif du socle " + UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now().plus(Duration.ofHours(25)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String window = "{\"startsAt\": \"" + start + "\", \"endsAt\": \"" + start.plus(Duration.ofHours(2))
                + "\", \"reason\": \"" + reason + "\", \"urgency\": \"URGENT\"";

        ApiClient.Answer refused = api.postJson("/admin/maintenance-windows", admin, window + "}");
        assertEquals(422, refused.status(), refused.body());
        assertEquals("urn:imprimfip:problem:notice-too-short", refused.json().getString("type"));
        assertTrue(refused.json().getString("detail").contains("7 jours ouvrés"), refused.body());
        assertFalse(listedToPartners(reason), "nothing announced");

        String justification = "Faille de sécurité " + UUID.randomUUID().toString().substring(0, 6);
        ApiClient.Answer announced = api.postJson("/admin/maintenance-windows", admin, window
                + ", \"shortNoticeJustification\": \"" + justification + "\"}");
        assertEquals(201, announced.status(), announced.body());
        JsonObject created = announced.json();
        long id = created.getJsonNumber("id").longValue();
        assertEquals("URGENT", created.getString("urgency"));
        assertEquals("MAINTENANCE", created.getString("kind"));
        assertEquals(justification, created.getString("shortNoticeJustification"));
        assertEquals(start.minus(Duration.ofHours(24)), Instant.parse(created.getString("reminderDueAt")));

        JsonObject audited = AuditProbe.eventOn(api, "maintenance.preavis-reduit", "fenetre-" + id);
        assertEquals("demo-admin", audited.getString("actor"), audited.toString());
        assertTrue(audited.getString("reason").contains(justification), audited.toString());

        SmtpRelay.Received mail = mailTo("tech@" + partner + ".invalid", "Maintenance urgente programmée");
        String body = (String) mail.message().getContent();
        assertTrue(body.contains("Objet : " + reason) && body.contains("préavis de 7 jours ouvrés")
                && body.contains("(heure de Paris)"), body);
        assertEquals(1, mail.recipients().size(), "the technical contact only: " + mail.recipients());

        JsonObject event = awaitNotice(e -> e.getJsonObject("data").getString("reference").equals(String.valueOf(id))
                && e.getJsonObject("data").getString("notice").equals("ANNOUNCED"));
        assertEquals("maintenance.notice", event.getString("type"));
        assertEquals("URGENT", event.getJsonObject("data").getString("urgency"));
        assertEquals(start, Instant.parse(event.getJsonObject("data").getString("startsAt")));

        JsonObject listed = partnerView(id);
        assertEquals("URGENT", listed.getString("urgency"));
        assertEquals(reason, listed.getString("reason"));
        assertFalse(listed.containsKey("shortNoticeJustification") || listed.containsKey("announcedBy"),
                "staff notes stay with the staff: " + listed);

        try (ServerClock clock = ServerClock.ofTestServer().movedTo(start.minus(Duration.ofHours(24)))) {
            SmtpRelay.Received reminder = mailTo("tech@" + partner + ".invalid", "Rappel : maintenance urgente demain");
            assertTrue(((String) reminder.message().getContent()).contains(reason));
            awaitNotice(e -> e.getJsonObject("data").getString("reference").equals(String.valueOf(id))
                    && e.getJsonObject("data").getString("notice").equals("REMINDER"));
            JsonObject reminded = waitFor(() -> absent(adminView(id, admin), "reminderSentAt") ? null
                    : adminView(id, admin), "reminder recorded");
            Thread.sleep(11_000);   // the reminders' next round: sent once only
            assertEquals(1, mails("tech@" + partner + ".invalid", "Rappel").size(), "reminded once");
            assertEquals(reminded.getString("reminderSentAt"), adminView(id, admin).getString("reminderSentAt"));
        }

        assertEquals(200, api.send(api.request("/admin/maintenance-windows/" + id, admin).DELETE()).status());
        mailTo("tech@" + partner + ".invalid", "Annulation : maintenance urgente");
        awaitNotice(e -> e.getJsonObject("data").getString("reference").equals(String.valueOf(id))
                && e.getJsonObject("data").getString("notice").equals("CANCELLED"));
        assertFalse(absent(partnerView(id), "cancelledAt"), "listed as cancelled");
    }

    @Test
    void aNominalChangeWithItsNoticeNeedsNoJustificationAndAWrongUrgencyIsRefusedByName() throws Exception {
        String admin = Keycloak.adminToken();
        String reason = "Version 2.4 de l'API " + UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now().plus(Duration.ofDays(40));
        String window = "{\"startsAt\": \"" + start + "\", \"endsAt\": \"" + start.plus(Duration.ofHours(1))
                + "\", \"reason\": \"" + reason + "\", \"kind\": \"CHANGE\", \"urgency\": ";
        ApiClient.Answer wrong = api.postJson("/admin/maintenance-windows", admin, window + "\"URGENTISSIME\"}");
        assertEquals(400, wrong.status(), wrong.body());
        assertTrue(wrong.json().getString("detail").contains("urgency"), wrong.body());

        ApiClient.Answer announced = api.postJson("/admin/maintenance-windows", admin, window + "\"NOMINAL\"}");
        assertEquals(201, announced.status(), announced.body());
        long id = announced.json().getJsonNumber("id").longValue();
        try {
            assertTrue(absent(announced.json(), "shortNoticeJustification"), announced.body());
            mailTo("tech@" + partner + ".invalid", "Évolution du service nominale programmée");
            JsonObject event = awaitNotice(e -> e.getJsonObject("data").getString("reference")
                    .equals(String.valueOf(id)));
            assertEquals("CHANGE", event.getJsonObject("data").getString("kind"));
            assertEquals("CHANGE", partnerView(id).getString("kind"));
        } finally {
            assertEquals(200, api.send(api.request("/admin/maintenance-windows/" + id, admin).DELETE()).status());
        }
    }

    private static boolean absent(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name);
    }

    private boolean listedToPartners(String reason) {
        ApiClient.Answer windows = api.getAs("/api/v2/maintenance-windows", Keycloak.demoPartnerToken());
        assertEquals(200, windows.status(), windows.body());
        return windows.jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(w -> reason.equals(w.getString("reason")));
    }

    private JsonObject partnerView(long id) {
        ApiClient.Answer windows = api.getAs("/api/v2/maintenance-windows", Keycloak.demoPartnerToken());
        assertEquals(200, windows.status(), windows.body());
        return windows.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("window " + id + " not listed: " + windows.body()));
    }

    private JsonObject adminView(long id, String admin) {
        return api.getAs("/admin/maintenance-windows", admin).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private List<SmtpRelay.Received> mails(String to, String subjectStart) {
        return relay.received().stream().filter(r -> r.recipients().contains(to)).filter(r -> {
            try {
                return r.message().getSubject().startsWith("[Imprim'FIP] " + subjectStart);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private SmtpRelay.Received mailTo(String to, String subjectStart) throws InterruptedException {
        return waitFor(() -> mails(to, subjectStart).stream().findFirst().orElse(null),
                "e-mail « " + subjectStart + " » to " + to + "; received: " + relay.received().size());
    }

    private static <T> T waitFor(Supplier<T> probe, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            T found = probe.get();
            if (found != null) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + PATIENCE);
            }
            Thread.sleep(250);
        }
    }

    /** An HTTPS endpoint on loopback (the demo PKI's server certificate) keeping the events it receives. */

    /** The first maintenance.notice event the receiver got that {@code wanted} accepts, with its timestamp. */
    private JsonObject awaitNotice(Predicate<JsonObject> wanted) throws InterruptedException {
        JsonObject event = receiver.await(request -> "maintenance.notice".equals(request.type())
                && wanted.test(request.json()), PATIENCE).json();
        assertNotNull(event.getString("timestamp", null), event.toString());
        return event;
    }
}
