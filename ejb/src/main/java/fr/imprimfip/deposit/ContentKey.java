package fr.imprimfip.deposit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.crypto.SecretKey;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wildfly.security.credential.SecretKeyCredential;
import org.wildfly.security.credential.store.CredentialStore;
import org.wildfly.security.credential.store.WildFlyElytronCredentialStoreProvider;

/**
 * The platform's content key, read from the server's Elytron credential store (see content-encryption.cli). The
 * application refuses to start without it: a file is never stored in clear.
 */
@ApplicationScoped
public class ContentKey {

    @Inject
    @ConfigProperty(name = "imprimfip.storage.key-store", defaultValue = "imprimfip-content-keys.cs")
    String keyStore;

    @Inject
    @ConfigProperty(name = "imprimfip.storage.key-alias", defaultValue = "content-key")
    String alias;

    private ContentCipher cipher;

    @PostConstruct
    void load() {
        Path location = Path.of(System.getProperty("jboss.server.data.dir", "."), "").resolve(keyStore);
        if (!Files.isReadable(location)) {
            throw new IllegalStateException("The content key store " + location + " is missing");
        }
        try {
            CredentialStore store = CredentialStore.getInstance("PropertiesCredentialStore",
                    WildFlyElytronCredentialStoreProvider.getInstance());
            store.initialize(Map.of("location", location.toString(), "create", "false"));
            SecretKeyCredential credential = store.retrieve(alias, SecretKeyCredential.class);
            if (credential == null) {
                throw new IllegalStateException("No key " + alias + " in " + location);
            }
            SecretKey key = credential.getSecretKey();
            cipher = new ContentCipher(key);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the content key from " + location, e);
        }
    }

    public ContentCipher cipher() {
        return cipher;
    }
}
