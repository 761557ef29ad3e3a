package fr.imprimfip.deposit;

import java.util.Objects;

import fr.imprimfip.registered.RecipientInformation;
import fr.imprimfip.registered.RegisteredAddresses;
import fr.imprimfip.shared.Paper;
import fr.imprimfip.shared.SendingType;

/**
 * What the partner asked for with its file: declared name, owner, paper and sending type, and for a registered
 * letter with acknowledgement of receipt (LRAR) its recipient's and return addresses, checked by the door that read
 * them, and for an electronic registered letter (LRE) its recipient (null for other sending types).
 */
public record DepositOptions(String filename, String onBehalfOf, Paper paper, SendingType sendingType,
                             String correlationId, RegisteredAddresses registeredAddresses,
                             RecipientInformation lreRecipient) {

    public DepositOptions {
        FileNames.require(filename, "filename");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(sendingType, "sendingType");
        if (registeredAddresses != null && sendingType != SendingType.LRAR) {
            throw new IllegalArgumentException("Only a registered letter with acknowledgement carries addresses");
        }
        if (lreRecipient != null && sendingType != SendingType.LRE) {
            throw new IllegalArgumentException("Only an electronic registered letter carries recipient information");
        }
    }

    /** Options of a paper letter: its addresses for an LRAR, null otherwise. */
    public DepositOptions(String filename, String onBehalfOf, Paper paper, SendingType sendingType,
                          String correlationId, RegisteredAddresses registeredAddresses) {
        this(filename, onBehalfOf, paper, sendingType, correlationId, registeredAddresses, null);
    }

    /** Options without addresses: any sending type but the registered ones, whose deposits need them. */
    public DepositOptions(String filename, String onBehalfOf, Paper paper, SendingType sendingType,
                          String correlationId) {
        this(filename, onBehalfOf, paper, sendingType, correlationId, null, null);
    }
}
