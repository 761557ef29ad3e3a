package fr.imprimfip.deposit;

import java.util.Objects;

import fr.imprimfip.shared.Paper;
import fr.imprimfip.shared.SendingType;

/** What the partner asked for with its file: declared name, owner, paper and sending type. */
public record DepositOptions(String filename, String onBehalfOf, Paper paper, SendingType sendingType,
                             String correlationId) {

    public DepositOptions {
        FileNames.require(filename, "filename");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(sendingType, "sendingType");
    }
}
