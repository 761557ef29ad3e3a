package fr.imprimfip.web.v1;

import java.util.List;

import fr.imprimfip.registered.RecipientInformation;
import fr.imprimfip.registered.RegisteredAddresses;
import fr.imprimfip.shared.Paper;
import fr.imprimfip.shared.SendingType;

/**
 * The members of {@code jsonParameters} that the platform acts upon; the checked addresses of a registered letter
 * with acknowledgement (LRAR), the recipient of an electronic registered letter (LRE); null for other sending types.
 */
public record SubmissionParameters(String filename, String onBehalfOf, Paper paper, SendingType sendingType,
                                   List<String> annexNames, RegisteredAddresses registeredAddresses,
                                   RecipientInformation lreRecipient) {
}
