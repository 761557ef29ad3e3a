package fr.imprimfip.it.recipient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.DemoPki;
import fr.imprimfip.it.Keycloak;
import fr.imprimfip.it.Platform;
import fr.imprimfip.it.ServerClock;
import fr.imprimfip.testing.LetterPdfs;

/**
 * The recipient's side of electronic registered letters in a real browser (headless Chromium) against the deployed
 * EAR: each test deposits its own LRE letter through v1, receives the notification e-mail on a real SMTP relay,
 * follows its link, proves its address with the code e-mailed, and decides. Every page is photographed
 * (target/console-screenshots/lre-*.png) and audited by axe-core. No sign-in anywhere.
 */
@ExtendWith(ArquillianExtension.class)
class ElectronicLetterRecipientIT {

    /** The demo partner's name, the sender a PARTICULIER must not learn before accepting. */
    private static final String SENDER = "Direction départementale de démonstration";
    private static final Duration STATUS_PATIENCE = Duration.ofSeconds(90);

    private static Mailbox mailbox;
    private static RecipientBrowser recipient;

    private final ApiClient api = new ApiClient();
    private final String partner = Keycloak.demoPartnerToken();

    @Deployment(name = "platform", order = 1, testable = false)
    static EnterpriseArchive platform() {
        return Platform.ear();
    }

    @Deployment(name = "recipient-pages", order = 2, testable = false)
    static WebArchive recipientPages() {
        return Platform.recipientPages();
    }

    @BeforeAll
    static void start() {
        mailbox = new Mailbox();
        recipient = new RecipientBrowser();
    }

    @AfterAll
    static void stop() {
        if (recipient != null) {
            recipient.close();
        }
        if (mailbox != null) {
            mailbox.close();
        }
    }

    @BeforeEach
    void freshVisitor() {
        recipient.forget();
    }

    @Test
    void aPrivatePersonAcceptsThenLearnsTheSenderAndDownloadsTheLetter() throws Exception {
        Letter letter = deposit("PARTICULIER");
        String link = mailbox.nextLink(letter.email());
        assertFalse(link.contains(letter.email()), "the link carries no address");

        recipient.open(link);
        recipient.assertPage("Une lettre recommandée électronique vous attend", "01-lien");
        assertTrue(recipient.text("masked-email").matches("c\\*+@exemple\\.fr"), recipient.text("masked-email"));
        assertTrue(recipient.text("deadline").contains("jusqu'au"), recipient.text("deadline"));
        assertNothingOfTheLetter(letter);

        identify(letter, "02-code");
        Cookie session = recipient.sessionCookie();
        assertTrue(session.isHttpOnly() && session.isSecure(), session.toString());
        assertEquals("Strict", session.getSameSite(), session.toString());
        recipient.assertPage("Votre lettre recommandée électronique", "03-lettre-a-decider");
        assertEquals("En attente de votre décision", recipient.content("state"));
        assertEquals("L’expéditeur vous sera indiqué après acceptation.", recipient.text("sender"));
        assertTrue(recipient.text("recipient-name").contains("MARTIN"), recipient.text("recipient-name"));
        assertFalse(recipient.source().contains(SENDER), "a private person does not see the sender before accepting");
        assertFalse(recipient.has("download"), "nothing to download before accepting");

        recipient.click("accept");
        recipient.await("confirm");
        recipient.assertPage("Votre lettre recommandée électronique", "04-confirmer-acceptation");
        assertTrue(recipient.text("confirmation").contains("définitive"), recipient.text("confirmation"));
        assertFalse(recipient.source().contains(SENDER), "still hidden while asking to confirm");
        recipient.click("confirm");
        recipient.awaitTitle("Votre lettre recommandée électronique");
        awaitState("Acceptée");
        recipient.assertPage("Votre lettre recommandée électronique", "05-lettre-acceptee");
        assertTrue(recipient.text("sender").contains(SENDER), recipient.text("sender"));
        assertTrue(recipient.has("decided-at"), "the acceptance is dated");

        HttpResponse<byte[]> pdf = download(recipient.sessionCookie());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(textOf(letter.pdf()), textOf(pdf.body()), "the letter downloaded is the one deposited, its"
                + " pages taken from the file as analysed");

        assertEquals("Distribué", awaitV1Status(letter.ref(), "Distribué"));
    }

    @Test
    void aProfessionalSeesTheSenderAndRefuses() throws Exception {
        Letter letter = deposit("PROFESSIONNEL");
        recipient.open(mailbox.nextLink(letter.email()));
        recipient.awaitTitle("Une lettre recommandée électronique vous attend");
        assertNothingOfTheLetter(letter);
        identify(letter, null);
        recipient.awaitTitle("Votre lettre recommandée électronique");
        assertTrue(recipient.text("sender").contains(SENDER), "a professional may know the sender at once: "
                + recipient.text("sender"));

        recipient.click("refuse");
        recipient.await("confirm");
        recipient.assertPage("Votre lettre recommandée électronique", "06-confirmer-refus");
        recipient.click("cancel");
        recipient.awaitGone("confirm");
        assertEquals("En attente de votre décision", recipient.content("state"), "cancelling decides nothing");

        recipient.click("refuse");
        recipient.await("confirm");
        recipient.click("confirm");
        awaitState("Refusée");
        recipient.assertPage("Votre lettre recommandée électronique", "07-lettre-refusee");
        assertFalse(recipient.has("download"), "a refused letter is not delivered");
        assertFalse(recipient.has("accept"), "the decision is final");
        assertEquals(302, download(recipient.sessionCookie()).statusCode(), "no PDF of a refused letter");

        assertEquals("Refusé", awaitV1Status(letter.ref(), "Refusé"));
    }

    @Test
    void wrongCodesCountDownUntilTheCodeIsSpentThenANewCodeOpensTheLetter() throws Exception {
        Letter letter = deposit("PARTICULIER");
        recipient.open(mailbox.nextLink(letter.email()));
        recipient.awaitTitle("Une lettre recommandée électronique vous attend");
        recipient.click("send-code");
        recipient.awaitTitle("Saisissez le code reçu par courriel");
        String code = mailbox.nextCode(letter.email());
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);

        recipient.type("code", "12ab");
        recipient.click("verify");
        recipient.awaitMessage("Le code compte 6 chiffres");
        for (int left = 4; left >= 1; left--) {
            recipient.type("code", wrong);
            recipient.click("verify");
            recipient.awaitMessage("Il vous reste " + left + (left == 1 ? " essai." : " essais."));
        }
        recipient.assertPage("Saisissez le code reçu par courriel", "08-code-incorrect");
        recipient.type("code", wrong);
        recipient.click("verify");
        recipient.awaitMessage("Ce code n'est plus valable");
        recipient.assertPage("Saisissez le code reçu par courriel", "09-code-epuise");
        assertTrue(recipient.text("code-spent").contains("demandez un nouveau code"), recipient.text("code-spent"));
        assertFalse(recipient.has("code"), "a spent code cannot be typed again");

        recipient.click("resend");
        recipient.awaitMessage("Un code à 6 chiffres vient de vous être envoyé");
        String fresh = mailbox.nextCode(letter.email());
        recipient.type("code", fresh);
        recipient.click("verify");
        recipient.awaitTitle("Votre lettre recommandée électronique");
        assertEquals("En attente de votre décision", recipient.content("state"));
    }

    @Test
    void aLinkFollowedBeforeTheRelayAnswersItsSenderOpensTheLetter() throws Exception {
        mailbox.delayAnswers(Duration.ofSeconds(10));
        Letter letter;
        String link;
        try {
            letter = deposit("PARTICULIER");
            link = mailbox.nextLink(letter.email());
        } finally {
            mailbox.delayAnswers(Duration.ZERO);
        }
        recipient.open(link);
        recipient.awaitTitle("Une lettre recommandée électronique vous attend");
        assertTrue(mailbox.answersHeld() > 0, "the page was served while the relay still held its answer");
        assertTrue(recipient.text("deadline").contains("jusqu'au"), "the deadline runs from the notification: "
                + recipient.text("deadline"));
        identify(letter, null);
        recipient.awaitTitle("Votre lettre recommandée électronique");
        assertEquals("En attente de votre décision", recipient.content("state"));
    }

    @Test
    void aLinkServesOnceThenANewOneMayBeAskedAndAnUnknownOneLeadsNowhere() throws Exception {
        Letter letter = deposit("PARTICULIER");
        String link = mailbox.nextLink(letter.email());
        recipient.open(link);
        recipient.awaitTitle("Une lettre recommandée électronique vous attend");
        identify(letter, null);
        recipient.awaitTitle("Votre lettre recommandée électronique");

        recipient.forget();
        recipient.open(link);
        recipient.assertPage("Lien déjà utilisé", "10-lien-utilise");
        assertNothingOfTheLetter(letter);
        recipient.click("new-link");
        recipient.awaitMessage("Un nouveau lien vient de vous être envoyé");
        String fresh = mailbox.nextLink(letter.email());
        assertFalse(fresh.equals(link), "a new link, not the old one again");
        recipient.open(fresh);
        recipient.awaitTitle("Une lettre recommandée électronique vous attend");

        recipient.forget();
        recipient.open(RecipientBrowser.PAGES + "/l/" + "A".repeat(43));
        recipient.assertPage("Lien inconnu", "11-lien-inconnu");
        assertFalse(recipient.has("new-link"), "no new link for a letter nobody knows");
    }

    @Test
    void theLinkToComeBackAfterAcceptingExpires() throws Exception {
        Letter letter = deposit("PROFESSIONNEL");
        recipient.open(mailbox.nextLink(letter.email()));
        recipient.awaitTitle("Une lettre recommandée électronique vous attend");
        identify(letter, null);
        recipient.awaitTitle("Votre lettre recommandée électronique");
        recipient.click("accept");
        recipient.await("confirm");
        recipient.click("confirm");
        awaitState("Acceptée");
        String comeBack = mailbox.nextLink(letter.email());

        try (ServerClock clock = ServerClock.ofTestServer().movedTo(Instant.now().plus(Duration.ofDays(31)))) {
            recipient.forget();
            recipient.open(comeBack);
            recipient.assertPage("Lien expiré", "12-lien-expire");
            assertTrue(recipient.has("new-link"), "a known letter's expired link offers a new one");
            assertNothingOfTheLetter(letter);
        }
    }

    @Test
    void noAnswerWithinTheDeadlineMakesTheLetterNeglected() throws Exception {
        Letter letter = deposit("PARTICULIER");
        String link = mailbox.nextLink(letter.email());
        recipient.open(link);
        recipient.awaitTitle("Une lettre recommandée électronique vous attend");

        try (ServerClock clock = ServerClock.ofTestServer().movedTo(Instant.now().plus(Duration.ofDays(16)))) {
            assertEquals("Négligé", awaitV1Status(letter.ref(), "Négligé"));
            recipient.forget();
            recipient.open(link);
            recipient.assertPage("Lien expiré", "13-lien-expire-delai-depasse");
            assertTrue(recipient.text("refusal").contains("négligée"), recipient.text("refusal"));
            recipient.click("new-link");
            recipient.awaitMessage("lettre négligée");
            recipient.assertPage("Lien expiré", "14-lettre-negligee");
            assertFalse(recipient.has("new-link"), "no new link once the letter is neglected");
            assertFalse(recipient.source().contains(SENDER), "the sender stays hidden from a private person");
        }
    }

    @Test
    void thePagesNeedNoSignInAndGuardTheirAddresses() throws Exception {
        HttpResponse<String> help = DemoPki.client(null).send(HttpRequest.newBuilder(
                URI.create(RecipientBrowser.PAGES + "/aide")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, help.statusCode(), "public, no certificate, no sign-in");
        assertEquals("no-referrer", help.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("no-store", help.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(help.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertTrue(help.body().contains("R.53-1"), "the help names the law");

        recipient.open(RecipientBrowser.PAGES + "/aide");
        recipient.assertPage("La lettre recommandée électronique", "00-aide");
        recipient.open(RecipientBrowser.PAGES + "/lettre.xhtml");
        recipient.assertPage("Votre session a pris fin", "15-session-terminee");
        HttpResponse<String> missing = DemoPki.client(null).send(HttpRequest.newBuilder(
                URI.create(RecipientBrowser.PAGES + "/rien-ici")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertFalse(missing.body().contains("Exception") || missing.body().contains("at fr."), "no stack trace");
    }

    /** An LRE letter of the demo partner to a new address at exemple.fr. */
    private Letter deposit(String type) {
        String email = "claire.martin." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        String names = "PARTICULIER".equals(type) ? "\"lastname\":\"MARTIN\",\"firstname\":\"Claire\""
                : "\"socialReason\":\"MARTIN CONSEIL SARL\"";
        byte[] pdf = LetterPdfs.conformingLetter(2);
        String filename = "lre-" + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
        ApiClient.Answer answer = api.submit(partner, new ApiClient.Multipart()
                .file("docFile", filename, "application/pdf", pdf)
                .json("jsonParameters", "{\"filename\":\"" + filename + "\",\"options\":{\"paper\":\"DUPLEX\","
                        + "\"sendingType\":\"LRE\"},\"recipient\":{\"information\":{\"emailAddress\":\"" + email
                        + "\",\"type\":\"" + type + "\"," + names + "}}}"));
        assertEquals(200, answer.status(), answer.body());
        return new Letter(answer.json().getString("internalRef"), email, pdf);
    }

    private record Letter(String ref, String email, byte[] pdf) {
    }

    /** Asks a code on the landing page, then types the one e-mailed. */
    private void identify(Letter letter, String screenshot) {
        recipient.click("send-code");
        if (screenshot != null) {
            recipient.assertPage("Saisissez le code reçu par courriel", screenshot);
        } else {
            recipient.awaitTitle("Saisissez le code reçu par courriel");
        }
        recipient.type("code", mailbox.nextCode(letter.email()));
        recipient.click("verify");
    }

    /** Before the code, the page tells that a letter awaits and nothing of it. */
    private void assertNothingOfTheLetter(Letter letter) {
        String page = recipient.source();
        assertFalse(page.contains(SENDER), "no sender");
        assertFalse(page.contains("MARTIN"), "no recipient name");
        assertFalse(page.contains(letter.email()), "no full address");
        assertFalse(page.contains(letter.ref()), "no reference");
    }

    private void awaitState(String state) {
        recipient.awaitContent("state", state);
    }

    private static HttpResponse<byte[]> download(Cookie session) throws Exception {
        return DemoPki.client(null).send(HttpRequest.newBuilder(URI.create(RecipientBrowser.PAGES + "/lettre/pdf"))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The letter's v1 status label, once it is {@code expected} (or the last seen after the patience). */
    private String awaitV1Status(String ref, String expected) {
        long deadline = System.nanoTime() + STATUS_PATIENCE.toNanos();
        String seen;
        do {
            JsonObject status = api.status(partner, ref).json();
            seen = status.getJsonArray("docStatus").isEmpty() ? ""
                    : status.getJsonArray("docStatus").getJsonObject(0).getString("status");
            if (expected.equals(seen)) {
                return seen;
            }
            pause();
        } while (System.nanoTime() < deadline);
        return seen;
    }

    /** The pages and text of a PDF: the letter downloaded is its pages taken out of the deposited file. */
    private static String textOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages() + " page(s)\n" + new PDFTextStripper().getText(document);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
