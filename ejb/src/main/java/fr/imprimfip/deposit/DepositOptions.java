package fr.imprimfip.deposit;

import java.util.Objects;

import fr.imprimfip.registered.RegisteredAddresses;
import fr.imprimfip.shared.Paper;
import fr.imprimfip.shared.SendingType;

/**
 * What the partner asked for with its file: declared name, owner, paper and sending type, and for a registered
 * letter with acknowledgement of receipt (LRAR) its recipient's and return addresses, checked by the door that read
 * them (null for other sending types).
 */
public record DepositOptions(String filename, String onBehalfOf, Paper paper, SendingType sendingType,
                             String correlationId, RegisteredAddresses registeredAddresses) {

    public DepositOptions {
        FileNames.require(filename, "filename");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(sendingType, "sendingType");
        if (registeredAddresses != null && sendingType != SendingType.LRAR) {
            throw new IllegalArgumentException("Only a registered letter with acknowledgement carries addresses");
        }
    }

    /** Options without addresses: any sending type but LRAR, whose deposit needs them. */
    public DepositOptions(String filename, String onBehalfOf, Paper paper, SendingType sendingType,
                          String correlationId) {
        this(filename, onBehalfOf, paper, sendingType, correlationId, null);
    }
}
