package fr.imprimfip.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.hibernate.id.IdentifierGeneratorHelper;
import org.hibernate.id.IntegralDataTypeHolder;
import org.hibernate.id.enhanced.AccessCallback;
import org.hibernate.id.enhanced.Optimizer;
import org.hibernate.id.enhanced.OptimizerFactory;
import org.hibernate.id.enhanced.StandardOptimizerDescriptor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sequences of the letters' and status changes' ids (V7, moved by V56) on a database that held rows when V7 ran:
 * migrated from version 6 to the latest, new rows take the ids Hibernate's pooled optimizer chooses for the entities
 * ({@code allocationSize = 50}) and none meets an id in use. A sequence already past its table's ids keeps its next
 * value; an empty table's is left alone. On H2, and on PostgreSQL too when {@code IMPRIMFIP_DB_URL} names one (in a
 * schema of the test's own, dropped after).
 */
class LetterIdSequencesMigrationTest {

    private static final int ALLOCATION_SIZE = 50;
    private static final String LATEST = "latest";
    private static final List<String> TABLES = List.of("deposit_document", "document_status_change");
    private static final String DOCUMENT = "insert into deposit_document (id, deposit_id, business_ref,"
            + " position_in_file, page_count, status, status_at) values (?, ?, 'ref', ?, 1, 'ACCEPTED',"
            + " current_timestamp)";
    private static final String STATUS_CHANGE = "insert into document_status_change (id, document_id, status,"
            + " changed_at, source) values (?, ?, 'ACCEPTED', current_timestamp, 'ANALYSIS')";

    static Stream<Database> databases() {
        String url = System.getenv("IMPRIMFIP_DB_URL");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            return Stream.of(Database.h2(), Database.postgres(url));
        }
        return Stream.of(Database.h2());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void lettersOfAnUpgradedDatabaseTakeNoIdInUse(Database database) throws SQLException {
        try (Connection db = database.connect()) {
            database.migrate("6");
            long deposit = seedAtVersion6(db, 120, 75);
            database.migrate(LATEST);

            List<Long> documents = insertDocuments(db, deposit, new PooledIds(db, "deposit_document_seq").next(120));
            assertTrue(documents.stream().allMatch(id -> id > 120), "new letters: " + documents);
            List<Long> changes = insertStatusChanges(db, documents.get(0),
                    new PooledIds(db, "document_status_change_seq").next(120));
            assertTrue(changes.stream().allMatch(id -> id > 75), "new status changes: " + changes);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSequenceAlreadyPastItsTableKeepsItsNextValue(Database database) throws SQLException {
        try (Connection db = database.connect()) {
            database.migrate("6");
            seedAtVersion6(db, 3, 3);
            database.migrate("55");
            try (Statement sql = db.createStatement()) {
                sql.execute("alter sequence deposit_document_seq restart with 100000");
            }
            database.migrate(LATEST);

            assertEquals(100000, nextValue(db, "deposit_document_seq"));
            assertEquals(3 + ALLOCATION_SIZE, nextValue(db, "document_status_change_seq"));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theSequencesOfEmptyTablesAreLeftAlone(Database database) throws SQLException {
        try (Connection db = database.connect()) {
            database.migrate(LATEST);

            for (String table : TABLES) {
                assertEquals(1, nextValue(db, table + "_seq"), table);
            }
        }
    }

    /**
     * V57: on H2, the sequences of a large file's rows write their state every 1,000 values, not every 32 (each write
     * stores the whole database, the file's open transaction included); PostgreSQL's keep their own setting.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void theSequencesOfALargeFilesRowsAreCachedOnH2Only(Database database) throws SQLException {
        try (Connection db = database.connect()) {
            database.migrate(LATEST);

            boolean postgres = isPostgres(db);
            for (String table : List.of("deposit_document", "document_status_change", "person_index")) {
                String sequence = table + "_seq";
                long cache = single(db, postgres
                        ? "select cache_size from pg_sequences where schemaname = current_schema() and sequencename = '"
                                + sequence + "'"
                        : "select cache from information_schema.sequences where sequence_name = '"
                                + sequence.toUpperCase(Locale.ROOT) + "'");
                assertEquals(postgres ? 1 : 1000, cache, sequence);
                long first = nextValue(db, sequence);
                assertEquals(first + ALLOCATION_SIZE, nextValue(db, sequence), sequence + " still steps by a block");
            }
        }
    }

    /**
     * A partner's deposit with {@code documents} letters, the first with {@code changes} status changes, their ids
     * counted from 1 as the identity columns of version 6 gave them.
     */
    private static long seedAtVersion6(Connection db, int documents, int changes) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("insert into partner (client_id, name, siret, status, created_at, version)"
                    + " values ('migration-test', 'Migration test', '11000000000000', 'ACTIVE', current_timestamp, 0)");
            sql.execute("insert into deposit (internal_ref, partner_id, environment, filename, paper, sending_type,"
                    + " storage_key, size_bytes, sha256, status, received_at, analysis_attempts, version)"
                    + " select 'migration-test', id, 'PRODUCTION', 'lettres.pdf', 'DUPLEX', 'STD', 'key', 1,"
                    + " repeat('0', 64), 'SUBMITTED', current_timestamp, 1, 0 from partner");
        }
        long deposit = maxId(db, "deposit");
        insertDocuments(db, deposit, LongStream.rangeClosed(1, documents));
        insertStatusChanges(db, 1, LongStream.rangeClosed(1, changes));
        return deposit;
    }

    private static List<Long> insertDocuments(Connection db, long deposit, LongStream ids) throws SQLException {
        return insert(db, DOCUMENT, ids, (document, id) -> {
            document.setLong(2, deposit);
            document.setLong(3, id);
        });
    }

    private static List<Long> insertStatusChanges(Connection db, long document, LongStream ids) throws SQLException {
        return insert(db, STATUS_CHANGE, ids, (change, id) -> change.setLong(2, document));
    }

    /** One row of {@code sql} per id, the id its first parameter and {@code row} setting the others; the ids. */
    private static List<Long> insert(Connection db, String sql, LongStream ids, Row row) throws SQLException {
        List<Long> inserted = ids.boxed().toList();
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (long id : inserted) {
                insert.setLong(1, id);
                row.bind(insert, id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return inserted;
    }

    private interface Row {
        void bind(PreparedStatement insert, long id) throws SQLException;
    }

    private static long maxId(Connection db, String table) throws SQLException {
        return single(db, "select max(id) from " + table);
    }

    private static long nextValue(Connection db, String sequence) throws SQLException {
        return single(db, nextValueQuery(db, sequence));
    }

    private static String nextValueQuery(Connection db, String sequence) throws SQLException {
        return isPostgres(db) ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
    }

    private static boolean isPostgres(Connection db) throws SQLException {
        return db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    private static long single(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet value = sql.executeQuery(query)) {
            value.next();
            return value.getLong(1);
        }
    }

    /**
     * Ids as Hibernate hands them out for {@code @SequenceGenerator(allocationSize = 50)}: its pooled optimizer, the
     * default, reading the sequence the way the entity's generator does.
     */
    private static final class PooledIds {

        private final Optimizer optimizer = OptimizerFactory.buildOptimizer(StandardOptimizerDescriptor.POOLED,
                Long.class, ALLOCATION_SIZE, 1);
        private final AccessCallback sequence;

        PooledIds(Connection db, String sequence) {
            this.sequence = new AccessCallback() {
                @Override
                public IntegralDataTypeHolder getNextValue() {
                    try {
                        return IdentifierGeneratorHelper.getIntegralDataTypeHolder(Long.class)
                                .initialize(nextValue(db, sequence));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }

                @Override
                public String getTenantIdentifier() {
                    return null;
                }
            };
        }

        /** The ids of {@code count} new rows. */
        LongStream next(int count) {
            return LongStream.generate(() -> ((Number) optimizer.generate(sequence)).longValue()).limit(count);
        }
    }

    /**
     * A database of the test's own, migrated by Flyway as the persistence unit migrates the platform's; JUnit closes
     * it after the test, as every argument that is {@link AutoCloseable}.
     */
    static final class Database implements AutoCloseable {

        private final String name;
        private final String url;
        private final String user;
        private final String password;
        private final String schemaToDrop;

        private Database(String name, String url, String user, String password, String schemaToDrop) {
            this.name = name;
            this.url = url;
            this.user = user;
            this.password = password;
            this.schemaToDrop = schemaToDrop;
        }

        static Database h2() {
            return new Database("H2", "jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "sa",
                    null);
        }

        /** A new schema of the PostgreSQL database {@code url} names. */
        static Database postgres(String url) {
            String user = System.getenv().getOrDefault("IMPRIMFIP_DB_USER", "postgres");
            String password = System.getenv().getOrDefault("IMPRIMFIP_DB_PASSWORD", "");
            String schema = "migration_" + UUID.randomUUID().toString().replace("-", "");
            String base = url.replaceAll("([?&])currentSchema=[^&]*&?", "$1").replaceAll("[?&]$", "");
            try (Connection db = DriverManager.getConnection(base, user, password);
                 Statement sql = db.createStatement()) {
                sql.execute("create schema " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL is not reachable at " + base, e);
            }
            return new Database("PostgreSQL", base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    user, password, schema);
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        /** Applies the migrations up to {@code version}, demo data aside (see {@link FlywayMigrationIntegrator}). */
        void migrate(String version) {
            Flyway.configure(getClass().getClassLoader())
                    .dataSource(url, user, password)
                    .locations("classpath:db/migration", "classpath:fr/imprimfip/persistence/migration")
                    .table("schema_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .target(version)
                    .load()
                    .migrate();
        }

        @Override
        public void close() throws SQLException {
            try (Connection db = connect(); Statement sql = db.createStatement()) {
                sql.execute(schemaToDrop == null ? "shutdown" : "drop schema " + schemaToDrop + " cascade");
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
