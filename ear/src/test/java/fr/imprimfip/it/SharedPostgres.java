package fr.imprimfip.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Straight access to the PostgreSQL database the server runs on ({@code IMPRIMFIP_DB_URL}), for what the API does
 * not do: seeding millions of rows for a benchmark, cutting a node's connections.
 */
public final class SharedPostgres {

    private SharedPostgres() {
    }

    /** Whether the build runs on PostgreSQL. */
    public static boolean configured() {
        String url = System.getenv("IMPRIMFIP_DB_URL");
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getenv("IMPRIMFIP_DB_URL"),
                System.getenv().getOrDefault("IMPRIMFIP_DB_USER", "postgres"),
                System.getenv().getOrDefault("IMPRIMFIP_DB_PASSWORD", ""));
    }

    /**
     * Ids for rows seeded into {@code table}, which the platform numbers from a sequence of its own: far above any
     * it has given, so that neither collides with the other.
     */
    public static String idsAbove(String table) {
        return "(select coalesce(max(id), 0) + 1000000000 from " + table + ") + row_number() over ()";
    }

    /** {@code count} active partners named {@code prefix-1} to {@code prefix-count}. */
    public static void seedPartners(Statement sql, String prefix, int count) throws SQLException {
        sql.execute("insert into partner (client_id, name, siret, status, created_at, version)"
                + " select '" + prefix + "-' || g, 'Benchmark ' || g, '11000000000000', 'ACTIVE', now(), 0"
                + " from generate_series(1, " + count + ") g");
    }

    /**
     * The number {@code sql} answers; its one parameter, when {@code prefix} is not null, matches the deposits whose
     * file names start with {@code prefix-} (a test run's own files).
     */
    public static long count(Connection db, String sql, String prefix) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            if (prefix != null) {
                query.setString(1, prefix + "-%");
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
