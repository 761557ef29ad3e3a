package fr.imprimfip.registered;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.ContentCipher;
import fr.imprimfip.shared.ContentKey;

class RegisteredAddressSealTest {

    private final RegisteredAddressSeal seal = new RegisteredAddressSeal();

    @BeforeEach
    void key() {
        ContentCipher cipher = new ContentCipher(new SecretKeySpec(new byte[32], "AES"));
        seal.key = new ContentKey() {
            @Override
            public ContentCipher cipher() {
                return cipher;
            }
        };
    }

    /**
     * Six printed lines of 38 characters each, the most the rules accept: abroad, name, three lines, postcode and
     * town, country; in France, name, four lines, postcode and town. Characters JSON would escape are refused.
     */
    @Test
    void theLongestAddressesTheRulesAcceptFitTheirColumnOnceSealed() {
        String line = "X'&/(),.-".repeat(5).substring(0, 38);
        PostalAddress recipient = new PostalAddress(line, line, line, line, null, "1234567890", "Z".repeat(27),
                "ETATS-UNIS D'AMERIQUE").checkedAsRecipient("recipient.address");
        PostalAddress returnAddress = new PostalAddress(line, line, line, line, line, "75008",
                "PARIS" + " /".repeat(13), null).checkedAsReturnAddress("sender.returnAddress");
        RegisteredAddresses longest = new RegisteredAddresses(recipient, returnAddress);
        String sealed = seal.seal(longest);
        assertTrue(sealed.length() < RegisteredAddressSeal.MAX_SEALED_LENGTH / 2, sealed.length() + " characters");
        assertEquals(longest, seal.open(sealed));
    }

    @Test
    void theSealedTextSaysNothingOfTheAddresses() {
        PostalAddress address = new PostalAddress("DMT SOLUTIONS FRANCE SAS", "14 RUE GALILEE", null, null, null,
                "77420", "CHAMPS-SUR-MARNE", null);
        String sealed = seal.seal(new RegisteredAddresses(address, address));
        assertFalse(sealed.contains("GALILEE"));
        assertFalse(new String(java.util.Base64.getDecoder().decode(sealed), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("GALILEE"));
    }
}
