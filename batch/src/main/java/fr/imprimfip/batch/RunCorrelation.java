package fr.imprimfip.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.audit.LogCorrelation;

/**
 * Every line a run writes, and the audit records of its steps, carry the correlation id of the request that started
 * or restarted it (job parameter {@code correlationId}; a scheduled run gets one of its own): an operator follows a
 * purge from the administrator's click to its last step by one id. The id is set before the other listeners run and
 * left on the batch thread after the run, so that the other listeners' and the batch runtime's closing lines carry it
 * too; the thread's next run puts its own (a batch thread runs nothing else, and this listener is every job's first).
 */
@Dependent
@Named("runCorrelation")
public class RunCorrelation extends AbstractJobListener {

    @Inject
    @BatchProperty
    String correlationId;

    @Override
    public void beforeJob() {
        LogCorrelation.begin(correlationId);
    }
}
