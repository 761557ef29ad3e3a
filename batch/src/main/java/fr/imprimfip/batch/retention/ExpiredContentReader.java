package fr.imprimfip.batch.retention;

import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.batch.KeysetReader;
import fr.imprimfip.retention.ContentPurgeService;

/** Reads the deposits whose stored content has passed its retention date at the job's reference instant. */
@Dependent
@Named("expiredContentReader")
public class ExpiredContentReader extends KeysetReader {

    @Inject
    @BatchProperty(name = "asOf")
    String asOf;

    @Inject
    ContentPurgeService purge;

    @Override
    protected List<Long> idsAfter(long afterId, int max) {
        return purge.expiredContent(PurgeInstant.parse(asOf), afterId, max);
    }
}
