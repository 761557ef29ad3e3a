package fr.imprimfip.persistence.migration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Sequences that hand out a table's ids by blocks of 50, so that its rows can be inserted in JDBC batches. */
final class IdSequences {

    private IdSequences() {
    }

    /**
     * Creates {@code table_seq}, starting after the ids the table already uses: read first, on H2 as on PostgreSQL,
     * which is why the migrations that call this are written in Java.
     */
    static void createAfterUsedIds(Statement statement, String table) throws SQLException {
        long next = 1;
        try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            if (max.next()) {
                next = max.getLong(1);
            }
        }
        statement.execute("create sequence " + table + "_seq start with " + next + " increment by 50");
    }
}
