package fr.imprimfip.it;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.Socket;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * The demo PKI made by the build ({@code target/pki}): HTTPS clients that trust the demo CA only and present, when
 * asked, the certificate of a demo partner or of the print centre, as their applications would.
 */
public final class DemoPki {

    public static final Path DIR = Path.of(System.getProperty("imprimfip.pki.dir", "target/pki"));
    private static final char[] PASSWORD = "demo-pki-password".toCharArray();
    private static final Map<String, HttpClient> CLIENTS = new ConcurrentHashMap<>();

    /** The certificate each demo OAuth client authenticates with (several clients may share one). */
    private static final Map<String, String> CERTIFICATE_OF_CLIENT = Map.of(
            "demo-partner", "demo-partner",
            "demo-partner-sandbox", "demo-partner",
            "demo-partner-b", "demo-partner-b",
            "test-short-lived", "demo-partner-b",
            "test-other-audience", "demo-partner-b",
            "demo-editique", "demo-editique");

    private DemoPki() {
    }

    /** The keystore name of the certificate a demo client authenticates with, or null for staff and the rest. */
    public static String certificateOf(String clientId) {
        return clientId == null ? null : CERTIFICATE_OF_CLIENT.get(clientId);
    }

    /**
     * A new HTTPS client of {@code version} presenting the certificate of keystore {@code identity} (none when
     * null): with HTTP/1.1 it opens one keep-alive connection per concurrent request, with HTTP/2 it multiplexes
     * them all on one.
     */
    public static HttpClient newClient(String identity, HttpClient.Version version) {
        return HttpClient.newBuilder().version(version).sslContext(context(identity))
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** An HTTPS client presenting the certificate of keystore {@code identity} (none when null). */
    public static HttpClient client(String identity) {
        return CLIENTS.computeIfAbsent(identity == null ? "" : identity, name -> HttpClient.newBuilder()
                .sslContext(context(name.isEmpty() ? null : name))
                .connectTimeout(Duration.ofSeconds(10)).build());
    }

    private static SSLContext context(String identity) {
        try {
            KeyStore trust = load("truststore");
            TrustManagerFactory trusted = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trusted.init(trust);
            KeyManagerFactory keys = null;
            if (identity != null) {
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(load(identity), PASSWORD);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : new KeyManager[] {new Presenting(identity,
                    (X509ExtendedKeyManager) keys.getKeyManagers()[0])}, trusted.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot load the demo PKI from " + DIR, e);
        }
    }

    /**
     * Presents the keystore's certificate whatever CAs the server says it trusts: left to itself, Java would send
     * no certificate to a server that does not list its issuer, and an untrusted one could never be tried.
     */
    private static final class Presenting extends X509ExtendedKeyManager {
        private final String alias;
        private final X509ExtendedKeyManager keys;

        Presenting(String alias, X509ExtendedKeyManager keys) {
            this.alias = alias;
            this.keys = keys;
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return alias;
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            return alias;
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return new String[] {alias};
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return keys.getServerAliases(keyType, issuers);
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return keys.chooseServerAlias(keyType, issuers, socket);
        }

        @Override
        public X509Certificate[] getCertificateChain(String name) {
            return keys.getCertificateChain(name);
        }

        @Override
        public PrivateKey getPrivateKey(String name) {
            return keys.getPrivateKey(name);
        }
    }

    private static KeyStore load(String name) throws Exception {
        try (InputStream in = Files.newInputStream(DIR.resolve(name + ".p12"))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            return store;
        }
    }
}
