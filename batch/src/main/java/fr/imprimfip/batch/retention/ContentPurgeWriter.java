package fr.imprimfip.batch.retention;

import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jakarta.batch.api.chunk.AbstractItemWriter;

import fr.imprimfip.retention.ContentPurgeService;

/** Destroys the stored content of each expired deposit. */
@Dependent
@Named("contentPurgeWriter")
public class ContentPurgeWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "asOf")
    String asOf;

    @Inject
    ContentPurgeService purge;

    @Override
    public void writeItems(List<Object> items) {
        for (Object id : items) {
            purge.purge((Long) id, PurgeInstant.parse(asOf));
        }
    }
}
