package fr.imprimfip.production;

/**
 * How production tells the administrators of a failure: its kind and the frame it was thrown from, with those of its
 * first causes, never its message (a parser's or a file system's message may quote a file's content, a person's name
 * in a path, a lot number).
 */
final class FailureKindAndPlace {

    private FailureKindAndPlace() {
    }

    /** The failure and at most {@code kinds - 1} of its causes, "kind at frame, caused by kind at frame". */
    static String of(Throwable failure, int kinds) {
        StringBuilder said = new StringBuilder();
        Throwable next = failure;
        for (int depth = 0; next != null && depth < kinds; depth++, next = next.getCause()) {
            if (depth > 0) {
                said.append(", caused by ");
            }
            said.append(next.getClass().getName());
            StackTraceElement[] frames = next.getStackTrace();
            if (frames.length > 0) {
                said.append(" at ").append(frames[0]);
            }
        }
        return said.toString();
    }
}
