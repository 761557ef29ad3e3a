package fr.imprimfip.batch.retention;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import fr.imprimfip.production.PrintFileRetention;
import fr.imprimfip.retention.ContentPurgeService;

/**
 * What a step of the retention purge destroys, named by the step's {@code content} property: {@code deposits} (the
 * stored files of deposits and their annexes) or {@code print-files} (the print files of handed-over lots).
 */
@Dependent
class PurgedContent {

    @Inject
    ContentPurgeService deposits;

    @Inject
    PrintFileRetention printFiles;

    List<Long> expiredAfter(String content, Instant asOf, long afterId, int max) {
        return switch (kind(content)) {
            case DEPOSITS -> deposits.expiredContent(asOf, afterId, max);
            case PRINT_FILES -> printFiles.expired(asOf, afterId, max);
        };
    }

    void purge(String content, long id, Instant asOf) {
        switch (kind(content)) {
            case DEPOSITS -> deposits.purge(id, asOf);
            case PRINT_FILES -> printFiles.purge(id, asOf);
        }
    }

    private enum Kind { DEPOSITS, PRINT_FILES }

    private static Kind kind(String content) {
        return switch (content == null ? "" : content) {
            case "deposits" -> Kind.DEPOSITS;
            case "print-files" -> Kind.PRINT_FILES;
            default -> throw new IllegalArgumentException("The step property 'content' is deposits or print-files, not "
                    + content);
        };
    }
}
