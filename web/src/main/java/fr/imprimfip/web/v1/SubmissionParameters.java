package fr.imprimfip.web.v1;

import java.util.List;

import fr.imprimfip.shared.Paper;
import fr.imprimfip.shared.SendingType;

/** The members of {@code jsonParameters} that the platform acts upon. */
public record SubmissionParameters(String filename, String onBehalfOf, Paper paper, SendingType sendingType,
                                   List<String> annexNames) {
}
