package fr.imprimfip.persistence.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * V7 started the letters' and status changes' sequences at the first unused id, but Hibernate's pooled optimizer
 * reads each value as the last id of a block of 50: on a database that held rows when V7 ran, the first block after
 * the upgrade handed out ids already in use. Each sequence now goes past a whole block after the ids in use. (The
 * person index's sequence of V55 is read as the first id of its block, by hand-written JDBC: it is right as it is.)
 */
public class V56__letter_id_sequences_past_used_blocks extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String table : new String[] {"deposit_document", "document_status_change"}) {
                IdSequences.moveBlocksPastUsedIds(statement, table);
            }
        }
    }
}
