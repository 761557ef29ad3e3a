package fr.imprimfip.batch.retention;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import fr.imprimfip.production.PrintFileRetention;
import fr.imprimfip.retention.ContentPurgeService;
import fr.imprimfip.retention.RecordsPurgeService;

/**
 * What a step of the retention purge destroys, named by the step's {@code content} property: {@code deposits} (the
 * stored files of deposits and their annexes), {@code print-files} (the print files of handed-over lots),
 * {@code deposit-metadata} (deposits, documents and their history), {@code statements}, {@code habilitation-data}
 * (a terminated partner's DataPass data).
 */
@Dependent
class PurgedContent {

    @Inject
    ContentPurgeService deposits;

    @Inject
    PrintFileRetention printFiles;

    @Inject
    RecordsPurgeService records;

    List<Long> expiredAfter(String content, Instant asOf, long afterId, int max) {
        return switch (kind(content)) {
            case DEPOSITS -> deposits.expiredContent(asOf, afterId, max);
            case PRINT_FILES -> printFiles.expired(asOf, afterId, max);
            case DEPOSIT_METADATA -> records.expiredDeposits(asOf, afterId, max);
            case STATEMENTS -> records.expiredStatements(asOf, afterId, max);
            case HABILITATION_DATA -> records.expiredHabilitationData(asOf, afterId, max);
        };
    }

    /** Destroys what is still due among a chunk's ids (a restarted run meets some already gone). */
    void purge(String content, List<Long> ids, Instant asOf) {
        Kind kind = kind(content);
        if (kind == Kind.DEPOSIT_METADATA) {
            records.purgeDeposits(ids, asOf);
            return;
        }
        for (long id : ids) {
            switch (kind) {
                case DEPOSITS -> deposits.purge(id, asOf);
                case PRINT_FILES -> printFiles.purge(id, asOf);
                case STATEMENTS -> records.purgeStatement(id, asOf);
                case HABILITATION_DATA -> records.eraseHabilitationData(id, asOf);
                default -> throw new IllegalStateException(kind.name());
            }
        }
    }

    private enum Kind { DEPOSITS, PRINT_FILES, DEPOSIT_METADATA, STATEMENTS, HABILITATION_DATA }

    private static Kind kind(String content) {
        return switch (content == null ? "" : content) {
            case "deposits" -> Kind.DEPOSITS;
            case "print-files" -> Kind.PRINT_FILES;
            case "deposit-metadata" -> Kind.DEPOSIT_METADATA;
            case "statements" -> Kind.STATEMENTS;
            case "habilitation-data" -> Kind.HABILITATION_DATA;
            default -> throw new IllegalArgumentException("Unknown step property 'content': " + content);
        };
    }
}
