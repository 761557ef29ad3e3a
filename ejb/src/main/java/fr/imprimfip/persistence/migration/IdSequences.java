package fr.imprimfip.persistence.migration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Sequences that hand out a table's ids by blocks of 50, so that its rows can be inserted in JDBC batches. */
final class IdSequences {

    private static final int BLOCK = 50;
    /** How many values an H2 sequence hands out between two writes of its state (V57). */
    static final int H2_CACHE = 1000;

    private IdSequences() {
    }

    /**
     * Creates {@code table_seq}, starting after the ids the table already uses: read first, on H2 as on PostgreSQL,
     * which is why the migrations that call this are written in Java.
     */
    static void createAfterUsedIds(Statement statement, String table) throws SQLException {
        long next = maxId(statement, table) + 1;
        statement.execute("create sequence " + table + "_seq start with " + next + " increment by " + BLOCK);
    }

    /**
     * Moves {@code table_seq} so that the next value read is a whole block past the ids the table uses, for
     * Hibernate's pooled optimizer, which takes a value as the last id of its block. Never backwards: a sequence
     * already there keeps its next value; an empty table's sequence is left alone.
     */
    static void moveBlocksPastUsedIds(Statement statement, String table) throws SQLException {
        long used = maxId(statement, table);
        if (used == 0) {
            return;
        }
        String sequence = table + "_seq";
        boolean postgres = statement.getConnection().getMetaData().getDatabaseProductName().toLowerCase()
                .contains("postgres");
        long next = single(statement, postgres ? "select nextval('" + sequence + "')"
                : "select next value for " + sequence);
        statement.execute("alter sequence " + sequence + " restart with " + Math.max(next, used + BLOCK));
    }

    /** Lets H2 hand out {@value #H2_CACHE} values of {@code table_seq} between two writes of its state. */
    static void cacheOnH2(Statement statement, String table) throws SQLException {
        statement.execute("alter sequence " + table + "_seq cache " + H2_CACHE);
    }

    private static long maxId(Statement statement, String table) throws SQLException {
        return single(statement, "select coalesce(max(id), 0) from " + table);
    }

    private static long single(Statement statement, String query) throws SQLException {
        try (ResultSet value = statement.executeQuery(query)) {
            value.next();
            return value.getLong(1);
        }
    }
}
