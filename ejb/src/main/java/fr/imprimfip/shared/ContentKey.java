package fr.imprimfip.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import javax.crypto.SecretKey;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wildfly.security.credential.SecretKeyCredential;
import org.wildfly.security.credential.store.CredentialStore;
import org.wildfly.security.credential.store.WildFlyElytronCredentialStoreProvider;

/**
 * The platform's content keys, read from the Elytron credential store that the install step created
 * (scripts/install-content-key.sh; the server never creates it). Each alias of the store is a key id; new files are
 * sealed under the current one ({@code IMPRIMFIP_CONTENT_KEY_ID}), older files stay readable under theirs.
 *
 * <p>The keys are usable only once the deposits' {@code ContentKeyCheck} has found them to be the ones the database
 * records: until then, or when they are not, nothing is encrypted nor decrypted, so that a wrong key never makes
 * waiting files look altered.
 */
@ApplicationScoped
public class ContentKey {

    static final String DEFAULT_STORE = "imprimfip-content-keys.cs";
    private static final Logger LOG = Logger.getLogger(ContentKey.class.getName());

    /** The store: an absolute path, or one relative to the server's configuration directory. */
    @Inject
    @ConfigProperty(name = "imprimfip.content-key.store", defaultValue = DEFAULT_STORE)
    String keyStore;

    @Inject
    @ConfigProperty(name = "imprimfip.content-key.id", defaultValue = ContentCipher.INITIAL_KEY_ID)
    String currentKeyId;

    private Map<String, SecretKey> keys = Map.of();
    private Path location;
    private volatile String unreadable;
    private volatile String refusal = "the content key has not been checked against the database yet";
    private ContentCipher cipher;

    @PostConstruct
    void load() {
        location = location(keyStore);
        try {
            keys = read(location);
            if (!keys.containsKey(currentKeyId)) {
                unreadable = "the content key store " + location + " has no key " + currentKeyId
                        + " (IMPRIMFIP_CONTENT_KEY_ID)";
                return;
            }
            cipher = new ContentCipher(currentKeyId, keys);
        } catch (IllegalStateException | IllegalArgumentException e) {
            unreadable = e.getMessage();
        }
    }

    static Path location(String configured) {
        Path path = Path.of(configured);
        return path.isAbsolute() ? path
                : Path.of(System.getProperty("jboss.server.config.dir", ".")).resolve(path);
    }

    private static Map<String, SecretKey> read(Path location) {
        if (!Files.isReadable(location)) {
            throw new IllegalStateException("the content key store " + location + " is missing or unreadable;"
                    + " create it with scripts/install-content-key.sh");
        }
        try {
            CredentialStore store = CredentialStore.getInstance("PropertiesCredentialStore",
                    WildFlyElytronCredentialStoreProvider.getInstance());
            store.initialize(Map.of("location", location.toString(), "create", "false"));
            Map<String, SecretKey> read = new LinkedHashMap<>();
            for (String alias : store.getAliases()) {
                SecretKeyCredential credential = store.retrieve(alias, SecretKeyCredential.class);
                if (credential != null) {
                    read.put(alias, credential.getSecretKey());
                }
            }
            return read;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the content key store " + location + " cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** Where the keys come from, for the logs and the operator. */
    public Path location() {
        return location;
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    /** Each key id of the store with its fingerprint; empty when the store could not be read. */
    public Map<String, String> fingerprints() {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        keys.forEach((id, key) -> fingerprints.put(id, ContentCipher.fingerprint(key)));
        return fingerprints;
    }

    /** Why the store cannot be used at all (missing, unreadable, no current key), if so. */
    public Optional<String> unreadable() {
        return Optional.ofNullable(unreadable);
    }

    /** The database records these keys: files may be encrypted and decrypted. */
    public void accept() {
        if (unreadable == null) {
            refusal = null;
        }
    }

    /** The keys are not the platform's (or cannot be read): every use of them is refused. */
    public void refuse(String reason) {
        refusal = reason;
        LOG.severe(() -> "Stored files will not be read nor written by this node: " + reason);
    }

    /** Whether files may be encrypted and decrypted. */
    public boolean usable() {
        return refusal == null;
    }

    /** Why they may not, if so. */
    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    /**
     * A key for one purpose ({@code info}) derived with HKDF from the platform key {@code keyId}; refused, as the
     * cipher is, unless the keys were checked against the database, and when the store has no such key.
     */
    public SecretKey derivedKey(String keyId, byte[] info) {
        String reason = refusal;
        if (reason != null) {
            throw new ContentKeyUnavailableException(reason);
        }
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new ContentKeyUnavailableException("the content key store has no key " + keyId);
        }
        return Hkdf.hmacKey(key, info);
    }

    /** The cipher of the platform's keys; refused unless they were checked against the database. */
    public ContentCipher cipher() {
        String reason = refusal;
        if (reason != null) {
            throw new ContentKeyUnavailableException(reason);
        }
        return cipher;
    }
}
