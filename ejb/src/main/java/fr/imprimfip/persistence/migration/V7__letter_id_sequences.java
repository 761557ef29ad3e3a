package fr.imprimfip.persistence.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Letters and their status changes take their ids from sequences (by blocks of 50) instead of identity columns, so
 * that the thousands of rows a large file produces are inserted in JDBC batches. The sequences start after the
 * ids already used; written in Java because that start value must be read first, on H2 as on PostgreSQL.
 */
public class V7__letter_id_sequences extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String table : new String[] {"deposit_document", "document_status_change"}) {
                IdSequences.createAfterUsedIds(statement, table);
            }
        }
    }
}
