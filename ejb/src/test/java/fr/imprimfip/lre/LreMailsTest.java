package fr.imprimfip.lre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.imprimfip.registered.RecipientInformation;
import fr.imprimfip.registered.RecipientType;

/** A private person is not told who sends the letter; a professional is. No e-mail carries the letter's content. */
class LreMailsTest {

    private static final RecipientInformation PERSON = new RecipientInformation("claire.martin@exemple.fr",
            RecipientType.PARTICULIER, "Martin", "Claire", null);
    private static final RecipientInformation COMPANY = new RecipientInformation("courrier@dmt-solutions.fr",
            RecipientType.PROFESSIONNEL, null, null, "DMT Solutions");
    private static final Instant DEADLINE = Instant.parse("2026-04-04T12:00:00Z");
    private static final String LINK = "https://localhost:8443/lre/l/abc";
    private static final String SENDER = "DGFiP Service des impôts";

    @Test
    void aPrivatePersonsNotificationDoesNotNameTheSender() {
        for (MessageKind kind : new MessageKind[] {MessageKind.NOTIFICATION, MessageKind.REMINDER}) {
            LreMails.Text text = LreMails.compose(kind, PERSON, SENDER, DEADLINE, LINK, null);
            assertFalse(text.subject().contains(SENDER) || text.body().contains(SENDER), text.toString());
            assertTrue(text.body().contains(LINK), text.body());
            assertTrue(text.body().contains("04/04/2026 à 14h00 (heure de Paris)"), text.body());
            assertTrue(text.body().contains("Claire Martin"), text.body());
        }
    }

    @Test
    void aProfessionalsNotificationNamesTheSender() {
        LreMails.Text text = LreMails.compose(MessageKind.NOTIFICATION, COMPANY, SENDER, DEADLINE, LINK, null);
        assertTrue(text.subject().contains(SENDER), text.subject());
        assertTrue(text.body().contains(SENDER) && text.body().contains(LINK), text.body());
    }

    @Test
    void theCodeEMailCarriesTheCodeAndItsValidity() {
        LreMails.Text text = LreMails.compose(MessageKind.CODE, PERSON, SENDER, DEADLINE, null, "012345");
        assertTrue(text.body().contains("012345") && text.body().contains("10 minutes"), text.body());
        assertFalse(text.body().contains(SENDER));
    }

    @Test
    void addressesAreMasked() {
        assertEquals("c***@exemple.fr", LreMails.masked("claire.martin@exemple.fr"));
        assertEquals("SendFailedException: Invalid Addresses; 550 5.1.1 <c***@exemple.fr>: Recipient address rejected",
                LreMails.withoutAddresses("SendFailedException: Invalid Addresses; 550 5.1.1"
                        + " <claire.martin@exemple.fr>: Recipient address rejected"));
    }
}
