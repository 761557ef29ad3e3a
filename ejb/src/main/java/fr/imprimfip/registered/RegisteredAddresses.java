package fr.imprimfip.registered;

import java.util.Objects;

/** What a registered letter carries besides its content: where it goes, and where its acknowledgement comes back. */
public record RegisteredAddresses(PostalAddress recipient, PostalAddress returnAddress) {

    /** Where the v1 contract puts them in a deposit's parameters, as a refusal names them. */
    public static final String RECIPIENT_FIELD = "recipient.address";
    public static final String RETURN_ADDRESS_FIELD = "sender.returnAddress";

    public RegisteredAddresses {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(returnAddress, "returnAddress");
    }

    /** Both addresses as a partner gives them, checked by the postal rules; refused with the field at fault. */
    public static RegisteredAddresses checked(PostalAddress recipient, PostalAddress returnAddress) {
        return new RegisteredAddresses(recipient.checkedAsRecipient(RECIPIENT_FIELD),
                returnAddress.checkedAsReturnAddress(RETURN_ADDRESS_FIELD));
    }
}
