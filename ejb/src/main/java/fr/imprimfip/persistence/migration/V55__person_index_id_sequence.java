package fr.imprimfip.persistence.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The person index's entries take their ids from a sequence (by blocks of 50) instead of an identity column: a file
 * of 10,000 letters to as many recipients writes some 30,000 entries, which are then inserted in JDBC batches rather
 * than one statement each.
 */
public class V55__person_index_id_sequence extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            IdSequences.createAfterUsedIds(statement, "person_index");
        }
    }
}
