package fr.imprimfip.recipient;

import java.util.Optional;

/** A one-time code as typed: six digits, spaces the recipient may have copied with it left out. */
final class OneTimeCode {

    static final int LENGTH = 6;

    private OneTimeCode() {
    }

    static Optional<String> of(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("\\s", "");
        return code.length() == LENGTH && code.chars().allMatch(c -> c >= '0' && c <= '9')
                ? Optional.of(code) : Optional.empty();
    }
}
