package fr.imprimfip.web.v1;

/** The contract's {@code Information}. */
public record Information(String message) {
}
