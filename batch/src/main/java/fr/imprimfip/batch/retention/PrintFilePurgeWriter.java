package fr.imprimfip.batch.retention;

import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jakarta.batch.api.chunk.AbstractItemWriter;

import fr.imprimfip.production.PrintFileRetention;

/** Destroys the print file of each lot past its retention date. */
@Dependent
@Named("printFilePurgeWriter")
public class PrintFilePurgeWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "asOf")
    String asOf;

    @Inject
    PrintFileRetention printFiles;

    @Override
    public void writeItems(List<Object> items) {
        for (Object id : items) {
            printFiles.purge((Long) id, PurgeInstant.parse(asOf));
        }
    }
}
