package fr.imprimfip.batch.billing;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.imprimfip.billing.BillingService;
import fr.imprimfip.billing.StatementFigures;

/** Records each partner's figures as its draft statement; issued statements are left untouched. */
@Dependent
@Named("statementWriter")
public class StatementWriter extends AbstractItemWriter {

    @Inject
    BillingService billing;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            billing.saveDraft((StatementFigures) item);
        }
    }
}
