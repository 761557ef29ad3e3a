package fr.imprimfip.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    /** Names resolve from this table only: no DNS in a unit test. */
    private static final Map<String, List<String>> NAMES = Map.of(
            "hooks.example.fr", List.of("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"),
            "localhost", List.of("127.0.0.1", "::1"),
            "localhost.", List.of("127.0.0.1"),
            "rebind.example.fr", List.of("93.184.216.34", "10.0.0.7"),
            "metadata.example.fr", List.of("169.254.169.254"));

    private static final AddressGuard.Resolver TABLE = host -> {
        if (isLiteral(host)) {
            return List.of(InetAddress.getByName(host));
        }
        List<String> found = NAMES.get(host);
        if (found == null) {
            throw new UnknownHostException(host);
        }
        return found.stream().map(AddressGuardTest::address).toList();
    };

    private static boolean isLiteral(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void aPublicHttpsUrlIsAccepted() {
        assertEquals("hooks.example.fr", AddressGuard.check("https://hooks.example.fr/imprimfip?x=1", false, TABLE)
                .getHost());
        assertEquals("93.184.216.34", AddressGuard.check("https://93.184.216.34:8443/h", false, TABLE).getHost());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://hooks.example.fr/h",                 // not https
        "ftp://hooks.example.fr/h",
        "https://user:pass@hooks.example.fr/h",      // credentials
        "https://hooks.example.fr/h#frag",
        "https://127.0.0.1/h",
        "https://127.1/h",                           // short forms
        "https://2130706433/h",                      // decimal
        "https://0x7f000001/h",                      // hex
        "https://0x7f.0.0.1/h",
        "https://0177.0.0.1/h",                      // octal
        "https://017700000001/h",
        "https://localhost/h",
        "https://localhost./h",
        "https://LOCALHOST/h",
        "https://[::1]/h",
        "https://[::ffff:127.0.0.1]/h",              // IPv4-mapped
        "https://[::ffff:7f00:1]/h",
        "https://[::127.0.0.1]/h",                   // IPv4-compatible
        "https://[0:0:0:0:0:ffff:10.0.0.1]/h",
        "https://[fe80::1%25eth0]/h",                // zone id
        "https://[fe80::1]/h",                       // link-local
        "https://[fc00::1]/h",                       // unique-local
        "https://[fd12:3456::1]/h",
        "https://[ff02::1]/h",                       // multicast
        "https://[::]/h",
        "https://[64:ff9b::a9fe:a9fe]/h",            // NAT64 of 169.254.169.254
        "https://[2002:a00:1::]/h",                  // 6to4 of 10.0.0.1
        "https://[2001:db8::1]/h",                   // documentation
        "https://169.254.169.254/latest/meta-data/",
        "https://metadata.example.fr/h",
        "https://10.1.2.3/h",
        "https://172.16.0.1/h",
        "https://172.31.255.255/h",
        "https://192.168.1.1/h",
        "https://100.64.0.1/h",                      // CGNAT
        "https://100.127.255.254/h",
        "https://0.0.0.0/h",
        "https://0.1.2.3/h",
        "https://224.0.0.1/h",
        "https://255.255.255.255/h",
        "https://198.18.0.1/h",
        "https://rebind.example.fr/h",               // one private address among public ones
        "https://unknown.example.fr/h",
        "https:///h",
        "not a url"
    })
    void refused(String url) {
        assertThrows(WebhookUrlRefusedException.class, () -> AddressGuard.check(url, false, TABLE), url);
    }

    @Test
    void loopbackOnlyWhenAllowedAndNothingElsePrivate() {
        assertEquals("127.0.0.1", AddressGuard.check("https://127.0.0.1:9443/h", true, TABLE).getHost());
        assertEquals("localhost", AddressGuard.check("https://localhost:9443/h", true, TABLE).getHost());
        AddressGuard.check("https://[::1]:9443/h", true, TABLE);
        assertThrows(WebhookUrlRefusedException.class, () -> AddressGuard.check("https://10.0.0.1/h", true, TABLE));
        assertThrows(WebhookUrlRefusedException.class,
                () -> AddressGuard.check("https://169.254.169.254/h", true, TABLE));
        assertThrows(WebhookUrlRefusedException.class, () -> AddressGuard.check("http://127.0.0.1/h", true, TABLE));
    }

    @Test
    void addressesAreClassified() {
        assertTrue(AddressGuard.allowed(address("93.184.216.34"), false));
        assertTrue(AddressGuard.allowed(address("100.128.0.1"), false), "just past CGNAT");
        assertTrue(AddressGuard.allowed(address("172.32.0.1"), false), "just past 172.16/12");
        assertTrue(AddressGuard.allowed(address("2606:2800:220:1:248:1893:25c8:1946"), false));
        assertTrue(AddressGuard.allowed(address("::ffff:93.184.216.34"), false), "mapped public");
        assertFalse(AddressGuard.allowed(address("100.64.0.0"), false));
        assertFalse(AddressGuard.allowed(address("::ffff:169.254.169.254"), false));
        assertFalse(AddressGuard.allowed(address("::ffff:127.0.0.1"), false));
        assertTrue(AddressGuard.allowed(address("::ffff:127.0.0.1"), true));
    }

    @Test
    void aRefusalDoesNotTellWhetherAnInternalNameExists() {
        String internal = assertThrows(WebhookUrlRefusedException.class,
                () -> AddressGuard.check("https://metadata.example.fr/h", false, TABLE)).text().english();
        String unknown = assertThrows(WebhookUrlRefusedException.class,
                () -> AddressGuard.check("https://nowhere.example.fr/h", false, TABLE)).text().english();
        assertEquals(internal.replace("metadata", "nowhere"), unknown);
        assertFalse(internal.contains("169.254"), internal);
    }
}
