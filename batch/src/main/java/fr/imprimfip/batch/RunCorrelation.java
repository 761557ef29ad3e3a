package fr.imprimfip.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.audit.LogCorrelation;

/**
 * Every line a run writes, and the audit records of its steps, carry the correlation id of the request that started
 * or restarted it (job parameter {@code correlationId}; a scheduled run gets one of its own): an operator follows a
 * purge from the administrator's click to its last step by one id. The batch thread is left with no id after the run.
 */
@Dependent
@Named("runCorrelation")
public class RunCorrelation implements JobListener {

    @Inject
    @BatchProperty
    String correlationId;

    @Override
    public void beforeJob() {
        LogCorrelation.startTask(correlationId);
    }

    @Override
    public void afterJob() {
        LogCorrelation.endOfTask();
    }
}
