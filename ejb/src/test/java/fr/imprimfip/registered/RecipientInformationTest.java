package fr.imprimfip.registered;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.imprimfip.shared.ContentCipher;
import fr.imprimfip.shared.ContentKey;

class RecipientInformationTest {

    @Test
    void aPrivatePersonNeedsBothNamesAndDoesNotLearnTheSenderBeforeAccepting() {
        RecipientInformation person = new RecipientInformation(" claire.martin@Exemple.FR ", RecipientType.PARTICULIER,
                "MARTIN", " Claire ", null);
        assertEquals("claire.martin@exemple.fr", person.email());
        assertEquals("Claire MARTIN", person.displayName());
        assertFalse(person.mayKnowSenderBeforeAccepting());
        AddressRefusedException refused = assertThrows(AddressRefusedException.class, () -> new RecipientInformation(
                "claire.martin@exemple.fr", RecipientType.PARTICULIER, "MARTIN", " ", null));
        assertEquals("recipient.information.firstname", refused.field());
    }

    @Test
    void aProfessionalNeedsItsCompanyName() {
        RecipientInformation company = new RecipientInformation("courrier@dmt-solutions.fr",
                RecipientType.PROFESSIONNEL, null, null, "DMT SOLUTIONS FRANCE SAS");
        assertEquals("DMT SOLUTIONS FRANCE SAS", company.displayName());
        assertTrue(company.mayKnowSenderBeforeAccepting());
        assertEquals("recipient.information.socialReason", assertThrows(AddressRefusedException.class,
                () -> new RecipientInformation("courrier@dmt-solutions.fr", RecipientType.PROFESSIONNEL, "A", "B",
                        null)).field());
        assertEquals("recipient.information.type", assertThrows(AddressRefusedException.class,
                () -> RecipientInformation.type("ENTREPRISE")).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "claire", "claire@", "@exemple.fr", "claire@localhost", "claire@[127.0.0.1]",
        "claire@127.0.0.1", "claire martin@exemple.fr", "claire..martin@exemple.fr", ".claire@exemple.fr",
        "claire@exemple..fr", "claire@-exemple.fr", "claire@exemple.f", "claire@exemple.fr.",
        "claire@exe_mple.fr", "\"claire\"@exemple.fr", "claire@exemple.fr\r\nBcc: x@y.fr"})
    void addressesThatAreNotMailboxesAreRefusedNamingTheField(String email) {
        AddressRefusedException refused = assertThrows(AddressRefusedException.class, () -> new RecipientInformation(
                email, RecipientType.PARTICULIER, "MARTIN", "CLAIRE", null));
        assertEquals("recipient.information.emailAddress", refused.field());
        assertFalse(refused.auditReason().contains("exemple"), "the audit trail never keeps the address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"o'brien+lre@exemple.fr", "claire@mairie.saint-etienne.fr", "élise@exemple.fr",
        "claire@préfecture.gouv.fr", "x@xn--prfecture-b4a.gouv.fr"})
    void realMailboxesAreAccepted(String email) {
        if (email.startsWith("élise")) {
            assertThrows(AddressRefusedException.class, () -> new RecipientInformation(email,
                    RecipientType.PARTICULIER, "MARTIN", "ELISE", null), "a local part is ASCII here");
            return;
        }
        String kept = new RecipientInformation(email, RecipientType.PARTICULIER, "MARTIN", "CLAIRE", null).email();
        assertTrue(kept.chars().allMatch(c -> c < 128), kept);
    }

    @Test
    void theLongestInformationTheRulesAcceptFitsItsColumnOnceSealedAndOpensIdentical() {
        RecipientInformationSeal seal = new RecipientInformationSeal();
        ContentCipher cipher = new ContentCipher(new SecretKeySpec(new byte[32], "AES"));
        seal.key = new ContentKey() {
            @Override
            public ContentCipher cipher() {
                return cipher;
            }
        };
        String name = "\"\\<>&é".repeat(20).substring(0, RecipientInformation.MAX_NAME);
        RecipientInformation longest = new RecipientInformation("a".repeat(64) + "@" + ("b".repeat(60) + ".")
                .repeat(3) + "cc.fr", RecipientType.PARTICULIER, name, name, name);
        String sealed = seal.seal(longest);
        assertTrue(sealed.length() <= RecipientInformationSeal.MAX_SEALED_LENGTH, sealed.length() + " characters");
        assertEquals(longest, seal.open(sealed));
        assertFalse(sealed.contains("aaaa"));
    }
}
