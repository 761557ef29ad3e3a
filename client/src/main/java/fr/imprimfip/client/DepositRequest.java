package fr.imprimfip.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The options of a deposit (docs/api-v2.md, "Depositing"): its file name, paper ({@code DUPLEX}…), sending type
 * ({@code STD}, {@code LRAR}, {@code LRE}), the application user it is made for, the partner's own labels (no
 * personal data), and, sent in multipart, annexes and the recipient and sender of a registered letter as the v1
 * contract writes them ({@code recipient.address} and {@code sender.returnAddress} for LRAR,
 * {@code recipient.information} for LRE). Immutable: each method answers a new request.
 */
public record DepositRequest(String filename, String paper, String sendingType, String onBehalfOf,
                             Map<String, String> metadata, List<Path> annexes, Map<String, Object> recipient,
                             Map<String, Object> sender) {

    public DepositRequest {
        Objects.requireNonNull(filename, "filename");
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata == null ? Map.of() : metadata));
        annexes = List.copyOf(annexes == null ? List.of() : annexes);
        recipient = recipient == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(recipient));
        sender = sender == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(sender));
    }

    /** A standard letter file printed on both sides, named {@code filename}. */
    public static DepositRequest of(String filename) {
        return new DepositRequest(filename, "DUPLEX", "STD", null, Map.of(), List.of(), null, null);
    }

    /**
     * A registered letter with acknowledgement of receipt: {@code recipientAddress} as printed in the envelope window
     * and {@code returnAddress}, each with the members {@code name}, {@code line2} … {@code line5}, {@code zipCode},
     * {@code town} (and {@code country} for the recipient).
     */
    public static DepositRequest registered(String filename, Map<String, String> recipientAddress,
                                            Map<String, String> returnAddress) {
        return new DepositRequest(filename, "DUPLEX", "LRAR", null, Map.of(), List.of(),
                Map.of("address", recipientAddress), Map.of("returnAddress", returnAddress));
    }

    /**
     * An electronic registered letter to {@code information}: {@code emailAddress}, {@code type} ({@code PARTICULIER}
     * with {@code lastname} and {@code firstname}, or {@code PROFESSIONNEL} with {@code socialReason}).
     */
    public static DepositRequest electronic(String filename, Map<String, String> information) {
        return new DepositRequest(filename, "DUPLEX", "LRE", null, Map.of(), List.of(),
                Map.of("information", information), null);
    }

    public DepositRequest paper(String paper) {
        return new DepositRequest(filename, paper, sendingType, onBehalfOf, metadata, annexes, recipient, sender);
    }

    public DepositRequest onBehalfOf(String onBehalfOf) {
        return new DepositRequest(filename, paper, sendingType, onBehalfOf, metadata, annexes, recipient, sender);
    }

    /** The same request with the label {@code key} = {@code value} added. */
    public DepositRequest label(String key, String value) {
        Map<String, String> labels = new LinkedHashMap<>(metadata);
        labels.put(key, value);
        return new DepositRequest(filename, paper, sendingType, onBehalfOf, labels, annexes, recipient, sender);
    }

    /** The same request with the PDF at {@code annex} appended to each letter. */
    public DepositRequest annex(Path annex) {
        List<Path> all = new ArrayList<>(annexes);
        all.add(annex);
        return new DepositRequest(filename, paper, sendingType, onBehalfOf, metadata, all, recipient, sender);
    }

    /** Whether the deposit goes as multipart (annexes, a recipient), or as the raw PDF with its options as a query. */
    boolean multipart() {
        return !annexes.isEmpty() || recipient != null || sender != null;
    }

    /** The {@code options} part of a multipart deposit. */
    Map<String, Object> options() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("filename", filename);
        options.put("paper", paper);
        options.put("sendingType", sendingType);
        options.put("onBehalfOf", onBehalfOf);
        options.put("metadata", metadata.isEmpty() ? null : metadata);
        options.put("recipient", recipient);
        options.put("sender", sender);
        options.values().removeIf(Objects::isNull);
        return options;
    }
}
