package fr.imprimfip.partner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IpRangeTest {

    @Test
    void ipv4RangesAndSingleAddresses() {
        IpRange office = IpRange.parse("192.0.2.0/24");
        assertTrue(office.contains("192.0.2.1"));
        assertTrue(office.contains("192.0.2.255"));
        assertFalse(office.contains("192.0.3.1"));
        assertTrue(IpRange.parse("127.0.0.0/8").contains("127.0.0.1"));
        assertTrue(IpRange.parse("203.0.113.7").contains("203.0.113.7"));
        assertFalse(IpRange.parse("203.0.113.7").contains("203.0.113.8"));
        assertTrue(IpRange.parse("0.0.0.0/0").contains("198.51.100.1"));
    }

    @Test
    void ipv6RangesAndMappedAddresses() {
        IpRange range = IpRange.parse("2001:db8::/32");
        assertTrue(range.contains("2001:db8:1::5"));
        assertFalse(range.contains("2001:db9::1"));
        assertTrue(IpRange.parse("::1/128").contains("0:0:0:0:0:0:0:1"));
        assertFalse(IpRange.parse("::1/128").contains("127.0.0.1"), "families never match");
        assertTrue(IpRange.parse("127.0.0.0/8").contains("::ffff:127.0.0.1"), "an IPv4-mapped address is IPv4");
    }

    @Test
    void onlyNumericCidrIsAccepted() {
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse("localhost"));
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse("192.0.2.0/33"));
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse("192.0.2.0/x"));
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse("192.0.2.0/24/1"));
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse("999.0.2.0/24"));
        assertFalse(IpRange.parse("192.0.2.0/24").contains("example.org"), "a name is never resolved");
    }
}
