package fr.imprimfip.batch.retention;

import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jakarta.batch.api.chunk.AbstractItemWriter;


/** Destroys the stored content of each expired deposit or print lot, as the step's {@code content} property says. */
@Dependent
@Named("contentPurgeWriter")
public class ContentPurgeWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "asOf")
    String asOf;

    @Inject
    @BatchProperty(name = "content")
    String content;

    /** {@code true}: nothing is destroyed; the step's counts tell what would be. */
    @Inject
    @BatchProperty(name = "dryRun")
    String dryRun;

    @Inject
    PurgedContent purged;

    @Override
    public void writeItems(List<Object> items) {
        if (Boolean.parseBoolean(dryRun)) {
            return;
        }
        purged.purge(content, items.stream().map(Long.class::cast).toList(), PurgeInstant.parse(asOf));
    }
}
