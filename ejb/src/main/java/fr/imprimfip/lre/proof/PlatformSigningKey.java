package fr.imprimfip.lre.proof;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's signing key, read once from its PKCS #12 key store ({@code wildfly-config/signing.cli}): the
 * demo PKI's {@code platform-signing.p12} on a developer machine, the operator's own elsewhere. A missing or
 * unreadable store refuses every proof with the reason, never with the password.
 */
@ApplicationScoped
public class PlatformSigningKey {

    private static final Logger LOG = Logger.getLogger(PlatformSigningKey.class.getName());

    /** The key store: an absolute path, or one relative to the server's configuration directory. */
    @Inject
    @ConfigProperty(name = "imprimfip.signing.keystore", defaultValue = "platform-signing.p12")
    String keyStore;

    @Inject
    @ConfigProperty(name = "imprimfip.signing.alias", defaultValue = "platform-signing")
    String alias;

    /** Demo default; production sets IMPRIMFIP_SIGNING_KEYSTORE_PASSWORD. */
    @Inject
    @ConfigProperty(name = "imprimfip.signing.keystore-password", defaultValue = "demo-pki-password")
    String password;

    private SigningCredentials credentials;

    /** The key and its chain, read at the first proof. */
    public synchronized SigningCredentials credentials() {
        if (credentials == null) {
            Path path = Path.of(keyStore);
            Path location = path.isAbsolute() ? path
                    : Path.of(System.getProperty("jboss.server.config.dir", ".")).resolve(path);
            credentials = read(location, alias, password.toCharArray());
            LOG.info(() -> "Proofs are signed as " + credentials.certificate().getSubjectX500Principal().getName()
                    + ", key " + alias + " of " + location);
        }
        return credentials;
    }

    static SigningCredentials read(Path location, String alias, char[] password) {
        if (!Files.isReadable(location)) {
            throw new SigningKeyUnavailableException("the signing key store " + location + " is missing or"
                    + " unreadable (IMPRIMFIP_SIGNING_KEYSTORE)");
        }
        try (InputStream in = Files.newInputStream(location)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            Key key = store.getKey(alias, password);
            Certificate[] chain = store.getCertificateChain(alias);
            if (!(key instanceof PrivateKey privateKey) || chain == null) {
                throw new SigningKeyUnavailableException("the signing key store " + location + " has no key "
                        + alias + " with its certificate (IMPRIMFIP_SIGNING_ALIAS)");
            }
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : chain) {
                certificates.add((X509Certificate) certificate);
            }
            return new SigningCredentials(privateKey, certificates);
        } catch (IllegalArgumentException e) {
            throw new SigningKeyUnavailableException("the signing key " + alias + " of " + location + " is unfit: "
                    + e.getMessage(), e);
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningKeyUnavailableException("the signing key " + alias + " of " + location
                    + " cannot be read (" + e.getClass().getSimpleName() + "; check"
                    + " IMPRIMFIP_SIGNING_KEYSTORE_PASSWORD)", e);
        }
    }
}
