package fr.imprimfip.lre.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform's signing key comes from a PKCS #12 store; what goes wrong is said, the password never. */
class PlatformSigningKeyTest {

    private static final String PASSWORD = "test-store-secret";

    @TempDir
    static Path directory;

    private static SigningCredentials credentials;
    private static Path store;

    @BeforeAll
    static void keyStore() throws Exception {
        credentials = TestSigningKeys.ecWithCa();
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry("platform-signing", credentials.privateKey(), PASSWORD.toCharArray(),
                credentials.chain().toArray(Certificate[]::new));
        keyStore.setCertificateEntry("demo-ca", credentials.chain().get(1));
        store = directory.resolve("platform-signing.p12");
        try (OutputStream out = Files.newOutputStream(store)) {
            keyStore.store(out, PASSWORD.toCharArray());
        }
    }

    @Test
    void readsTheKeyAndItsChain() {
        SigningCredentials read = PlatformSigningKey.read(store, "platform-signing", PASSWORD.toCharArray());
        assertEquals(credentials.chain(), read.chain());
        SignedPdf proof = new SignedPdf(ProofDocuments.issue(ProofDocumentsTest.facts(ProofKind.DEPOSIT), read,
                ProofDocumentsTest.DEPOSITED));
        assertTrue(proof.verifies(proof.bytes));
    }

    @Test
    void aKeyThatIsNotTheCertificatesIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new SigningCredentials(TestSigningKeys.ecKeyPair().getPrivate(), credentials.chain()));
        assertTrue(refused.getMessage().contains("not the key of its certificate"), refused.getMessage());
    }

    @Test
    void aMissingStoreIsNamed() {
        Path missing = directory.resolve("nowhere.p12");
        SigningKeyUnavailableException refused = assertThrows(SigningKeyUnavailableException.class,
                () -> PlatformSigningKey.read(missing, "platform-signing", PASSWORD.toCharArray()));
        assertTrue(refused.getMessage().contains(missing.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("IMPRIMFIP_SIGNING_KEYSTORE"), refused.getMessage());
    }

    @Test
    void anAliasWithoutAKeyIsNamed() {
        for (String alias : new String[] {"other", "demo-ca"}) {
            SigningKeyUnavailableException refused = assertThrows(SigningKeyUnavailableException.class,
                    () -> PlatformSigningKey.read(store, alias, PASSWORD.toCharArray()));
            assertTrue(refused.getMessage().contains("no key " + alias), refused.getMessage());
        }
    }

    @Test
    void aWrongPasswordIsNotRepeated() {
        String wrong = "not-the-store-secret";
        SigningKeyUnavailableException refused = assertThrows(SigningKeyUnavailableException.class,
                () -> PlatformSigningKey.read(store, "platform-signing", wrong.toCharArray()));
        assertTrue(refused.getMessage().contains("IMPRIMFIP_SIGNING_KEYSTORE_PASSWORD"), refused.getMessage());
        assertFalse(refused.getMessage().contains(wrong), refused.getMessage());
        assertFalse(refused.getMessage().contains(PASSWORD), refused.getMessage());
    }
}
