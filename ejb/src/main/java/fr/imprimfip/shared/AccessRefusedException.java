package fr.imprimfip.shared;

import java.util.Objects;

/**
 * The caller may not do this: it names the refusal's problem, which carries its v1 code (920003 unknown partner,
 * 920007 address, 920008 rights, 920017 application user) and its status (401 or 403).
 */
public abstract non-sealed class AccessRefusedException extends RefusalException {

    private static final long serialVersionUID = 1L;

    protected AccessRefusedException(String problem, RefusalText text) {
        super(text, Objects.requireNonNull(problem, "problem"), null, null);
    }
}
