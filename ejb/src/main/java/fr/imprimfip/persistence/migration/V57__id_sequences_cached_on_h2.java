package fr.imprimfip.persistence.migration;

import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On H2, the sequences a large file's rows take their ids from (its letters, their status changes, its recipients'
 * index entries) hand out {@value IdSequences#H2_CACHE} values between two writes of their state. H2 writes a
 * sequence's state by committing its system session, which stores every page changed in the database so far,
 * those of the file's transaction still open included: with H2's default of 32 values, recording a file of 10,000
 * letters stored the database some thirty times before its own commit. A value cached and not handed out is skipped
 * after a crash, which ids do not mind. PostgreSQL is left as it is: reading its sequences writes nothing of the
 * kind.
 */
public class V57__id_sequences_cached_on_h2 extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
            try (Statement statement = context.getConnection().createStatement()) {
                for (String table : new String[] {"deposit_document", "document_status_change", "person_index"}) {
                    IdSequences.cacheOnH2(statement, table);
                }
            }
        }
    }
}
