package fr.imprimfip.audit;

import java.util.regex.Pattern;

/** The X-Correlation-ID header by which a caller and the platform name one exchange: a UUID in its text form. */
public final class CorrelationHeader {

    public static final String NAME = "X-Correlation-ID";

    private static final Pattern UUID =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private CorrelationHeader() {
    }

    /** Whether {@code correlationId} is a UUID in its text form. */
    public static boolean wellFormed(String correlationId) {
        return correlationId != null && UUID.matcher(correlationId).matches();
    }
}
