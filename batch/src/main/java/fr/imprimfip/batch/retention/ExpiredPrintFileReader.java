package fr.imprimfip.batch.retention;

import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.batch.KeysetReader;
import fr.imprimfip.production.PrintFileRetention;

/** Reads the print lots whose print file has passed its retention date at the job's reference instant. */
@Dependent
@Named("expiredPrintFileReader")
public class ExpiredPrintFileReader extends KeysetReader {

    @Inject
    @BatchProperty(name = "asOf")
    String asOf;

    @Inject
    PrintFileRetention printFiles;

    @Override
    protected List<Long> idsAfter(long afterId, int max) {
        return printFiles.expired(PurgeInstant.parse(asOf), afterId, max);
    }
}
