package fr.imprimfip.deposit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares the keys of a node's store with the fingerprints the database records: every recorded key must be in
 * the store with the same fingerprint (else files sealed under it would read as altered), and keys of the store
 * that the database does not know yet are to be recorded (the first start, or a key added by a rotation).
 */
record ContentKeyComparison(List<String> problems, List<String> toRecord) {

    static ContentKeyComparison of(Map<String, String> store, Map<String, ContentKeyFingerprint> recorded) {
        List<String> problems = new ArrayList<>();
        List<String> toRecord = new ArrayList<>();
        recorded.forEach((id, fingerprint) -> {
            String held = store.get(id);
            if (held == null) {
                problems.add("the key store lacks key " + id + " (" + fingerprint.provenance()
                        + "), under which stored files were sealed");
            } else if (!fingerprint.matches(held)) {
                problems.add("key " + id + " of the key store is not the key the database records ("
                        + fingerprint.provenance() + ")");
            }
        });
        store.keySet().stream().filter(id -> !recorded.containsKey(id)).forEach(toRecord::add);
        return new ContentKeyComparison(List.copyOf(problems), List.copyOf(toRecord));
    }

    boolean matches() {
        return problems.isEmpty();
    }
}
