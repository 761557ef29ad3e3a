package fr.imprimfip.deposit;

import fr.imprimfip.registered.RecipientInformation;
import fr.imprimfip.registered.RegisteredAddresses;

/**
 * A letter's recipient was recorded with its deposit (a registered letter's addresses, an electronic letter's
 * recipient), in the transaction that records it: what keeps personal data about the recipient (the person index)
 * learns of it. One of the two is null.
 */
public record RecipientRecorded(long depositId, long partnerId, RegisteredAddresses addresses,
                                RecipientInformation lreRecipient) {
}
