package fr.imprimfip.web.v1;

import java.util.List;

import fr.imprimfip.deposit.Paper;
import fr.imprimfip.deposit.SendingType;

/** The members of {@code jsonParameters} that the platform acts upon. */
public record SubmissionParameters(String filename, String onBehalfOf, Paper paper, SendingType sendingType,
                                   List<String> annexNames) {
}
