package fr.imprimfip.deposit;

import java.util.Objects;

/** What the partner asked for with its file: declared name, owner, paper and sending type. */
public record DepositOptions(String filename, String onBehalfOf, Paper paper, SendingType sendingType,
                             String correlationId) {

    public DepositOptions {
        if (filename == null || filename.isBlank()) {
            throw new IllegalArgumentException("filename is required");
        }
        if (filename.length() > 255) {
            throw new IllegalArgumentException("filename is longer than 255 characters");
        }
        if (filename.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '/' || c == '\\')) {
            throw new IllegalArgumentException("filename is a file name: no control character, no / nor \\");
        }
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(sendingType, "sendingType");
    }
}
