package fr.imprimfip.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import fr.imprimfip.registered.PostalAddress;
import fr.imprimfip.registered.RecipientInformation;
import fr.imprimfip.registered.RecipientType;
import fr.imprimfip.registered.RegisteredAddresses;
import fr.imprimfip.shared.Hkdf;

/**
 * The index key is derived with HKDF-SHA256 (checked against RFC 5869's test vector) from the content key; an index
 * is the same for every spelling of a value, differs between kinds and between keys, and is never the value.
 */
class BlindIndexTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final SecretKey CONTENT_KEY = new SecretKeySpec(new byte[32], "AES");

    @Test
    void hkdfFollowsRfc5869() {
        byte[] okm = Hkdf.derive(HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"),
                HEX.parseHex("000102030405060708090a0b0c"), HEX.parseHex("f0f1f2f3f4f5f6f7f8f9"), 42);
        assertEquals("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865", HEX.formatHex(okm));
    }

    @Test
    void theIndexKeyIsNotTheContentKeyAndDependsOnIt() {
        SecretKey derived = Hkdf.hmacKey(CONTENT_KEY, BlindIndex.KEY_PURPOSE);
        assertEquals(32, derived.getEncoded().length);
        assertFalse(java.util.Arrays.equals(CONTENT_KEY.getEncoded(), derived.getEncoded()));
        byte[] other = new byte[32];
        other[0] = 1;
        assertNotEquals(HEX.formatHex(derived.getEncoded()), HEX.formatHex(Hkdf.hmacKey(new SecretKeySpec(other,
                "AES"), BlindIndex.KEY_PURPOSE).getEncoded()));
    }

    @Test
    void anIndexIsTheSameForEverySpellingAndDiffersByKindAndKey() {
        BlindIndex index = new BlindIndex("content-key", Hkdf.hmacKey(CONTENT_KEY, BlindIndex.KEY_PURPOSE));
        String name = index.of(PersonKey.NAME, "MADAME CLAIRE MARTIN").orElseThrow();
        assertEquals(BlindIndex.DIGEST_LENGTH, name.length());
        assertTrue(name.matches("[0-9a-f]{64}"));
        assertEquals(name, index.of(PersonKey.NAME, "Martin Claire").orElseThrow());
        assertNotEquals(name, index.of(PersonKey.ADDRESS_LINE, "CLAIRE MARTIN").orElseThrow(),
                "a name does not match an address line that reads the same");
        byte[] other = new byte[32];
        other[31] = 7;
        BlindIndex rotated = new BlindIndex("k2", Hkdf.hmacKey(new SecretKeySpec(other, "AES"),
                BlindIndex.KEY_PURPOSE));
        assertNotEquals(name, rotated.of(PersonKey.NAME, "Claire Martin").orElseThrow());
        assertTrue(index.of(PersonKey.NAME, " - ").isEmpty(), "nothing to index");
    }

    @Test
    void aRecipientIsIndexedByNameAddressLinesAndEmailNeverByTheReturnAddress() {
        RegisteredAddresses addresses = new RegisteredAddresses(
                new PostalAddress("MADAME CLAIRE MARTIN", "8 AVENUE DE LA GARE", null, null, null, "69002", "LYON",
                        null),
                new PostalAddress("SIP DE MEAUX", "2 RUE DU PALAIS", null, null, null, "77100", "MEAUX", null));
        assertEquals(List.of(new PersonIndex.IndexedValue(PersonKey.NAME, "MADAME CLAIRE MARTIN"),
                new PersonIndex.IndexedValue(PersonKey.ADDRESS_LINE, "8 AVENUE DE LA GARE"),
                new PersonIndex.IndexedValue(PersonKey.ADDRESS_LINE, "69002 LYON")),
                PersonIndex.values(addresses, null));
        RecipientInformation recipient = new RecipientInformation("claire.martin@example.fr",
                RecipientType.PARTICULIER, "Martin", "Claire", null);
        assertEquals(List.of(new PersonIndex.IndexedValue(PersonKey.EMAIL, "claire.martin@example.fr"),
                new PersonIndex.IndexedValue(PersonKey.NAME, "Claire Martin")), PersonIndex.values(null, recipient));
    }
}
