package fr.imprimfip.batch.retention;

import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.batch.KeysetReader;

/**
 * Reads the ids of what has passed its retention date at the job's reference instant: deposits or print lots, as
 * the step's {@code content} property says.
 */
@Dependent
@Named("expiredContentReader")
public class ExpiredContentReader extends KeysetReader {

    @Inject
    @BatchProperty(name = "asOf")
    String asOf;

    @Inject
    @BatchProperty(name = "content")
    String content;

    @Inject
    PurgedContent purged;

    @Override
    protected List<Long> idsAfter(long afterId, int max) {
        return purged.expiredAfter(content, PurgeInstant.parse(asOf), afterId, max);
    }
}
