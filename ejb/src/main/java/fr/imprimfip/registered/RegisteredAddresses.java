package fr.imprimfip.registered;

import java.util.Objects;

/** What a registered letter carries besides its content: where it goes, and where its acknowledgement comes back. */
public record RegisteredAddresses(PostalAddress recipient, PostalAddress returnAddress) {

    public RegisteredAddresses {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(returnAddress, "returnAddress");
    }
}
