package fr.imprimfip.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The guard against request forgery: a webhook URL must be {@code https}, name its host plainly (no user info, no
 * zone id, an IP literal only in its canonical form) and every address the host resolves to must be public: no
 * loopback, private (RFC 1918, unique-local), shared (CGNAT), link-local (cloud metadata included), multicast,
 * reserved or documentation range, in IPv4 or in any IPv6 form that embeds an IPv4 address. Only when loopback is
 * allowed (a test server's setting) may the addresses be loopback ones. Checked when a subscription is made and again
 * just before each delivery.
 */
public final class AddressGuard {

    private static final Pattern CANONICAL_IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final int MAX_LABEL = 63;
    private static final int MAX_URL = 2000;

    /** Resolves host names; the DNS in production, a table in the tests. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    public static final Resolver DNS = host -> List.of(InetAddress.getAllByName(host));

    private AddressGuard() {
    }

    /**
     * The URL, parsed, if a webhook may be sent to it; otherwise a refusal saying why (in French and English).
     * Resolves the host.
     */
    public static URI check(String url, boolean allowLoopback, Resolver resolver) {
        URI uri = parse(url);
        String host = host(uri);
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw notPublic(host);
        }
        if (addresses.isEmpty() || !addresses.stream().allMatch(address -> allowed(address, allowLoopback))) {
            throw notPublic(host);
        }
        return uri;
    }

    /** Parses the URL and checks its shape, without resolving: https, a plain host, no user info, no fragment. */
    static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw refused("l'URL manque", "the URL is missing");
        }
        if (url.length() > MAX_URL) {
            throw refused("l'URL dépasse " + MAX_URL + " caractères", "the URL is longer than " + MAX_URL
                    + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw refused("l'URL est mal formée", "the URL is malformed");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw refused("l'URL doit commencer par https://", "the URL must start with https://");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw refused("l'URL ne peut porter ni identifiants ni fragment",
                    "the URL may carry neither credentials nor a fragment");
        }
        host(uri);
        return uri;
    }

    private static String host(URI uri) {
        String host = uri.getHost();
        if (host == null || host.isEmpty() || host.contains("%")) {
            throw refused("l'hôte de l'URL est absent ou mal formé", "the URL's host is missing or malformed");
        }
        if (host.startsWith("[")) {
            return host.substring(1, host.length() - 1);   // an IPv6 literal, read by InetAddress without lookup
        }
        String lower = host.toLowerCase(Locale.ROOT);
        String[] labels = (lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower).split("\\.", -1);
        // a name whose last label starts with a digit is an address to some resolvers (2130706433, 0177.0.0.1,
        // 0x7f.1, 127.1): only the usual dotted form is taken
        if (Character.isDigit(labels[labels.length - 1].isEmpty() ? 'x' : labels[labels.length - 1].charAt(0))) {
            if (!CANONICAL_IPV4.matcher(lower).matches()) {
                throw refused("l'adresse « " + host + " » n'est pas écrite sous sa forme usuelle",
                        "the address \"" + host + "\" is not written in its usual form");
            }
            return lower;
        }
        for (String label : labels) {
            if (!hostLabel(label)) {
                throw refused("l'hôte de l'URL est mal formé", "the URL's host is malformed");
            }
        }
        return lower;
    }

    private static boolean hostLabel(String label) {
        if (label.isEmpty() || label.length() > MAX_LABEL || label.startsWith("-") || label.endsWith("-")) {
            return false;
        }
        return label.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-');
    }

    /** Whether a webhook may be sent to this address. */
    public static boolean allowed(InetAddress address, boolean allowLoopback) {
        if (address.isLoopbackAddress()) {
            return allowLoopback;
        }
        if (address instanceof Inet4Address) {
            return publicIpv4(address.getAddress());
        }
        if (address instanceof Inet6Address v6) {
            return publicIpv6(v6.getAddress(), allowLoopback);
        }
        return false;
    }

    private static boolean publicIpv4(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        int b2 = a[2] & 0xff;
        return !(b0 == 0                                   // 0.0.0.0/8, "this network"
                || b0 == 10                                // 10/8
                || b0 == 127                               // loopback
                || b0 == 100 && (b1 & 0xc0) == 64          // 100.64/10, shared address space (CGNAT)
                || b0 == 169 && b1 == 254                  // link-local, cloud metadata (169.254.169.254)
                || b0 == 172 && (b1 & 0xf0) == 16          // 172.16/12
                || b0 == 192 && b1 == 168                  // 192.168/16
                || b0 == 192 && b1 == 0 && (b2 == 0 || b2 == 2) // IETF assignments, TEST-NET-1
                || b0 == 192 && b1 == 88 && b2 == 99       // 6to4 relay anycast
                || b0 == 198 && (b1 & 0xfe) == 18          // 198.18/15, benchmarking
                || b0 == 198 && b1 == 51 && b2 == 100      // TEST-NET-2
                || b0 == 203 && b1 == 0 && b2 == 113       // TEST-NET-3
                || b0 >= 224);                             // multicast, reserved, broadcast
    }

    private static boolean publicIpv6(byte[] a, boolean allowLoopback) {
        boolean firstTwelveZero = true;
        for (int i = 0; i < 12; i++) {
            firstTwelveZero &= a[i] == 0;
        }
        boolean mapped = true;
        for (int i = 0; i < 10; i++) {
            mapped &= a[i] == 0;
        }
        mapped &= (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff;
        if (firstTwelveZero || mapped) {                   // ::, ::1, IPv4-compatible ::a.b.c.d, mapped ::ffff:a.b.c.d
            byte[] v4 = {a[12], a[13], a[14], a[15]};
            boolean loopback = firstTwelveZero && a[12] == 0 && a[13] == 0 && a[14] == 0 && a[15] == 1
                    || (v4[0] & 0xff) == 127;
            return loopback ? allowLoopback : !firstTwelveZero && publicIpv4(v4) || firstTwelveZero
                    && (v4[0] & 0xff) != 0 && publicIpv4(v4);
        }
        int w0 = (a[0] & 0xff) << 8 | a[1] & 0xff;
        int w1 = (a[2] & 0xff) << 8 | a[3] & 0xff;
        if (w0 == 0x0064 && w1 == 0xff9b) {               // 64:ff9b::/96 and /48, NAT64: the embedded IPv4 counts
            return publicIpv4(new byte[] {a[12], a[13], a[14], a[15]});
        }
        if (w0 == 0x2002) {                                // 6to4: 2002:a.b.c.d::/48
            return publicIpv4(new byte[] {a[2], a[3], a[4], a[5]});
        }
        if (w0 == 0x2001 && w1 == 0x0000                   // Teredo
                || w0 == 0x2001 && w1 == 0x0db8            // documentation
                || w0 == 0x2001 && (w1 & 0xfff0) == 0x0010) { // ORCHID
            return false;
        }
        return (w0 & 0xe000) == 0x2000;                    // global unicast 2000::/3 only (so no fc00::/7, fe80::/10,
    }                                                      // fec0::/10, ff00::/8, 100::/64)

    /**
     * One answer whether the name does not resolve or leads somewhere not public: a refusal must not tell a partner
     * which names exist on the platform's own network.
     */
    private static WebhookUrlRefusedException notPublic(String host) {
        return refused("le nom « " + host + " » ne mène pas qu'à des adresses publiques",
                "the name \"" + host + "\" does not lead to public addresses only");
    }

    private static WebhookUrlRefusedException refused(String french, String english) {
        return new WebhookUrlRefusedException(french, english);
    }
}
