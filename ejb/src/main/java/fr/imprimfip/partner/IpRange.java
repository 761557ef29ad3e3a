package fr.imprimfip.partner;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.regex.Pattern;

import fr.imprimfip.shared.InvalidInputException;

/**
 * A range of addresses a partner calls from, in CIDR notation: {@code 192.0.2.0/24}, {@code 2001:db8::/32}, or a
 * single address. Only numeric addresses are accepted: a name is never resolved.
 */
public final class IpRange {

    private static final Pattern V4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final byte[] network;
    private final int prefix;
    private final String text;

    private IpRange(byte[] network, int prefix, String text) {
        this.network = network;
        this.prefix = prefix;
        this.text = text;
    }

    public static IpRange parse(String cidr) {
        Objects.requireNonNull(cidr, "cidr");
        String[] parts = cidr.strip().split("/", -1);
        if (parts.length > 2) {
            throw invalid(cidr);
        }
        byte[] address = literal(parts[0], cidr);
        int prefix = address.length * 8;
        if (parts.length == 2) {
            try {
                prefix = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw invalid(cidr);
            }
            if (prefix < 0 || prefix > address.length * 8) {
                throw invalid(cidr);
            }
        }
        return new IpRange(mask(address, prefix), prefix, cidr.strip());
    }

    /** Whether {@code address} (a numeric address, as the connection gives it) lies in the range. */
    public boolean contains(String address) {
        byte[] candidate;
        try {
            candidate = literal(address, address);
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
        return candidate.length == network.length && java.util.Arrays.equals(mask(candidate, prefix), network);
    }

    private static byte[] literal(String address, String cidr) {
        String candidate = address.strip();
        if (!V4.matcher(candidate).matches() && !V6.matcher(candidate).matches()) {
            throw invalid(cidr);
        }
        try {
            return InetAddress.getByName(candidate).getAddress();
        } catch (UnknownHostException e) {
            throw invalid(cidr);
        }
    }

    private static byte[] mask(byte[] address, int prefix) {
        byte[] masked = address.clone();
        for (int bit = prefix; bit < masked.length * 8; bit++) {
            masked[bit / 8] &= (byte) ~(0x80 >> (bit % 8));
        }
        return masked;
    }

    private static InvalidInputException invalid(String cidr) {
        return new InvalidInputException("Plage d'adresses invalide (notation CIDR attendue) : " + cidr,
                "Invalid address range (CIDR notation expected): " + cidr);
    }

    @Override
    public String toString() {
        return text;
    }
}
