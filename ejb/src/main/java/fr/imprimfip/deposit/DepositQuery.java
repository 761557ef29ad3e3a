package fr.imprimfip.deposit;

import java.time.Instant;
import java.util.Map;

/**
 * A partner's search among its deposits, newest first: by file status, reception period and metadata, a page of
 * {@code limit} deposits at a time after the cursor {@code beforeId} (exclusive), or from the newest when null.
 */
public record DepositQuery(FileStatus status, Instant receivedFrom, Instant receivedTo, Map<String, String> metadata,
                           Long beforeId, int limit) {

    public static final int MAX_LIMIT = 200;

    public DepositQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (metadata.size() > 5) {
            throw new IllegalArgumentException("at most 5 metadata filters");
        }
        metadata = Map.copyOf(metadata);
    }
}
