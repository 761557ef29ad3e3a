package fr.imprimfip.shared;

/**
 * The status messages of files, documents and print lots (refusals, warnings, production incidents) fit their
 * 1,000-character columns whatever their source: the charter's descriptions are bounded already, and this is the
 * last guard, so that a long message can never make an analysis or a status change fail to commit.
 */
public final class StatusMessage {

    public static final int COLUMN_LENGTH = 1000;

    private StatusMessage() {
    }

    public static String fit(String message) {
        if (message == null || message.length() <= COLUMN_LENGTH) {
            return message;
        }
        int end = COLUMN_LENGTH - 1;
        if (Character.isHighSurrogate(message.charAt(end - 1))) {
            end--;
        }
        return message.substring(0, end) + "…";
    }
}
