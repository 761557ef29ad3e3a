package fr.imprimfip.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The rows a 10,000-letter file writes when its analysis is recorded (10,000 letters, their first status, 30,000
 * person-index entries), in one transaction on an H2 file database opened as the platform opens it
 * ({@code WRITE_DELAY=0}), ids read from their sequences by blocks of 50 in JDBC batches of 500: with the sequences
 * as V57 leaves them (1,000 values between two writes of their state) against H2's default of 32, alternated over
 * {@code bench.rounds} rounds (5; the first of each setting not counted). Not a unit test; see docs/benchmarks.md:
 * {@code ./mvnw -B -pl ejb -am test -Dtest=IdSequenceCacheBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class IdSequenceCacheBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final int LETTERS = 10_000;
    private static final int INDEX_ENTRIES_PER_LETTER = 3;
    private static final int BLOCK = 50;
    private static final int BATCH = 500;
    private static final List<String> SEQUENCES = List.of("deposit_document_seq", "document_status_change_seq",
            "person_index_seq");

    @Test
    void aLargeFilesRowsWithTheSequencesCachedAgainstH2sDefault() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "benchmarks"));
        List<long[]> cached = new ArrayList<>();
        List<long[]> byDefault = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            boolean cachedFirst = round % 2 == 0;
            for (boolean withCache : new boolean[] {cachedFirst, !cachedFirst}) {
                long[] timing = recordAFile(dir, withCache);
                if (round > 0) {
                    (withCache ? cached : byDefault).add(timing);
                }
            }
        }
        StringBuilder report = new StringBuilder(String.format("%d letters, %d status changes, %d index entries in"
                + " one transaction, H2 file database, WRITE_DELAY=0; %d rounds after one not counted%n", LETTERS,
                LETTERS, LETTERS * INDEX_ENTRIES_PER_LETTER, ROUNDS - 1));
        report.append(line("sequences cached by 32 (H2's default)", byDefault));
        report.append(line("sequences cached by 1000 (V57)", cached));
        report.append(String.format("ratio of the medians, cached by 1000 / by 32: inserts %.2f, commit %.2f,"
                        + " in all %.2f%n", median(cached, 0) / median(byDefault, 0),
                median(cached, 1) / median(byDefault, 1), median(cached, 2) / median(byDefault, 2)));
        Files.writeString(dir.resolve("id-sequence-cache.txt"), report);
        System.out.print(report);
    }

    /** The inserts', the commit's and the whole transaction's milliseconds; the rows are counted after. */
    private static long[] recordAFile(Path dir, boolean withCache) throws Exception {
        Path db = Files.createTempDirectory(dir, "h2-");
        String url = "jdbc:h2:file:" + db.toAbsolutePath().resolve("imprimfip") + ";WRITE_DELAY=0";
        Flyway.configure(IdSequenceCacheBenchmark.class.getClassLoader()).dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:fr/imprimfip/persistence/migration")
                .table("schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            long deposit = seedADeposit(connection, withCache);
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            writeTheFilesRows(connection, deposit);
            long inserted = System.nanoTime();
            connection.commit();
            long committed = System.nanoTime();
            assertEquals(LETTERS, count(connection, "deposit_document"));
            assertEquals(LETTERS, count(connection, "document_status_change"));
            assertEquals(LETTERS * INDEX_ENTRIES_PER_LETTER, count(connection, "person_index"));
            try (Statement sql = connection.createStatement()) {
                sql.execute("shutdown");
            }
            return new long[] {(inserted - start) / 1_000_000, (committed - inserted) / 1_000_000,
                (committed - start) / 1_000_000};
        }
    }

    private static long seedADeposit(Connection connection, boolean withCache) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            if (!withCache) {
                for (String sequence : SEQUENCES) {
                    sql.execute("alter sequence " + sequence + " cache 32");
                }
            }
            sql.execute("insert into partner (client_id, name, siret, status, created_at, version)"
                    + " values ('benchmark', 'Benchmark', '11000000000000', 'ACTIVE', current_timestamp, 0)");
            sql.execute("insert into deposit (internal_ref, partner_id, environment, filename, paper, sending_type,"
                    + " storage_key, size_bytes, sha256, status, received_at, analysis_attempts, version)"
                    + " select 'benchmark', id, 'PRODUCTION', 'lettres.pdf', 'DUPLEX', 'STD', 'key', 1,"
                    + " repeat('0', 64), 'IN_SUBMISSION', current_timestamp, 1, 0 from partner");
            try (ResultSet id = sql.executeQuery("select max(id) from deposit")) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private static void writeTheFilesRows(Connection connection, long deposit) throws SQLException {
        SecureRandom random = new SecureRandom();
        byte[] digest = new byte[32];
        try (Ids letterIds = new Ids(connection, "deposit_document_seq");
             Ids changeIds = new Ids(connection, "document_status_change_seq");
             Ids entryIds = new Ids(connection, "person_index_seq");
             PreparedStatement letter = connection.prepareStatement("insert into deposit_document (id, deposit_id,"
                     + " business_ref, position_in_file, page_count, status, status_at)"
                     + " values (?, ?, ?, ?, 2, 'PENDING', current_timestamp)");
             PreparedStatement change = connection.prepareStatement("insert into document_status_change (id,"
                     + " document_id, status, changed_at, source) values (?, ?, 'PENDING', current_timestamp,"
                     + " 'ANALYSIS')");
             PreparedStatement entry = connection.prepareStatement("insert into person_index (id, deposit_id,"
                     + " partner_id, kind, key_id, digest) values (?, ?, 1, ?, 'k1', ?)")) {
            long[] letters = new long[LETTERS];
            for (int i = 0; i < LETTERS; i++) {
                letters[i] = letterIds.next();
                letter.setLong(1, letters[i]);
                letter.setLong(2, deposit);
                letter.setString(3, String.format("L%06d", i));
                letter.setInt(4, i);
                add(letter, i);
            }
            for (int i = 0; i < LETTERS; i++) {
                change.setLong(1, changeIds.next());
                change.setLong(2, letters[i]);
                add(change, i);
            }
            for (int i = 0; i < LETTERS * INDEX_ENTRIES_PER_LETTER; i++) {
                random.nextBytes(digest);
                entry.setLong(1, entryIds.next());
                entry.setLong(2, deposit);
                entry.setString(3, i % INDEX_ENTRIES_PER_LETTER == 0 ? "NAME" : "ADDRESS_LINE");
                entry.setString(4, HexFormat.of().formatHex(digest));
                add(entry, i);
            }
            letter.executeBatch();
            change.executeBatch();
            entry.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, int row) throws SQLException {
        insert.addBatch();
        if ((row + 1) % BATCH == 0) {
            insert.executeBatch();
        }
    }

    /** Ids by blocks of 50, one sequence value read per block. */
    private static final class Ids implements AutoCloseable {

        private final PreparedStatement block;
        private long next;
        private long end;

        Ids(Connection connection, String sequence) throws SQLException {
            block = connection.prepareStatement("select next value for " + sequence);
        }

        long next() throws SQLException {
            if (next == end) {
                try (ResultSet value = block.executeQuery()) {
                    value.next();
                    next = value.getLong(1);
                    end = next + BLOCK;
                }
            }
            return next++;
        }

        @Override
        public void close() throws SQLException {
            block.close();
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String line(String setting, List<long[]> timings) {
        return String.format("%s: inserts %.0f ms, commit %.0f ms, in all %.0f ms (medians of %d)%n", setting,
                median(timings, 0), median(timings, 1), median(timings, 2), timings.size());
    }

    private static double median(List<long[]> timings, int column) {
        double[] values = timings.stream().mapToDouble(t -> t[column]).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
