package fr.imprimfip.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The independent verification of the audit trail: reads the events straight from the database (JDBC, no server),
 * walks every chain and prints each problem. Exit status 0 when the trail is intact, 1 when it is not, 2 when it
 * could not be read. Usage: {@code AuditTrailCheck <jdbc-url> [user]}, password in {@code IMPRIMFIP_DB_PASSWORD}.
 */
public final class AuditTrailCheck {

    private AuditTrailCheck() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: AuditTrailCheck <jdbc-url> [user]   (password in IMPRIMFIP_DB_PASSWORD)");
            System.exit(2);
        }
        String user = args.length > 1 ? args[1] : "";
        String password = System.getenv().getOrDefault("IMPRIMFIP_DB_PASSWORD", "");
        try (Connection db = DriverManager.getConnection(args[0], user, password)) {
            AuditVerification verification = verify(db);
            for (AuditVerification.Problem problem : verification.problems()) {
                System.out.println("BROKEN chain " + problem.chainId() + " n° " + problem.chainSeq()
                        + (problem.eventId() == null ? "" : " (event " + problem.eventId() + ")") + ": "
                        + problem.what());
            }
            System.out.println((verification.intact() ? "INTACT: " : "NOT INTACT: ") + verification.events()
                    + " events checked, " + verification.problems().size() + " problem(s)");
            System.exit(verification.intact() ? 0 : 1);
        } catch (SQLException e) {
            System.err.println("Cannot read the audit trail: " + e.getMessage());
            System.exit(2);
        }
    }

    static AuditVerification verify(Connection db) throws SQLException {
        Map<String, Object[]> heads = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement("select chain_id, last_seq, last_hash from audit_chain");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                heads.put(rows.getString(1), new Object[] {rows.getLong(2), rows.getString(3)});
            }
        }
        List<String> chains = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select distinct chain_id from audit_event");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                chains.add(rows.getString(1));
            }
        }
        heads.keySet().stream().filter(c -> !chains.contains(c)).forEach(chains::add);
        Map<String, Object[]> anchors = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement("select chain_id, first_seq, previous_hash"
                + " from audit_chain_anchor"); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                anchors.put(rows.getString(1), new Object[] {rows.getLong(2), rows.getString(3)});
            }
        }
        anchors.keySet().stream().filter(c -> !chains.contains(c)).forEach(chains::add);
        AuditVerification verification = new AuditVerification();
        for (String chain : chains) {
            Object[] anchor = anchors.get(chain);
            verification.startChain(chain, anchor == null ? null : (Long) anchor[0],
                    anchor == null ? null : (String) anchor[1]);
            try (PreparedStatement query = db.prepareStatement("select id, chain_seq, occurred_at, actor_kind, actor,"
                    + " certificate_sha256, ip, correlation_id, operation, target, outcome, http_status, reason,"
                    + " duration_ms, previous_hash, hash from audit_event where chain_id = ? order by chain_seq")) {
                query.setString(1, chain);
                query.setFetchSize(1_000);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        AuditRecord fields = new AuditRecord(rows.getObject(3, OffsetDateTime.class).toInstant(),
                                AuditRecord.ActorKind.valueOf(rows.getString(4)), rows.getString(5),
                                rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                                rows.getString(10), AuditRecord.Outcome.valueOf(rows.getString(11)),
                                (Integer) rows.getObject(12, Integer.class), rows.getString(13),
                                (Long) rows.getObject(14, Long.class));
                        verification.next(rows.getLong(1), rows.getLong(2), rows.getString(15), rows.getString(16),
                                fields);
                    }
                }
            }
            Object[] head = heads.get(chain);
            verification.endChain(head == null ? null : (Long) head[0], head == null ? null : (String) head[1]);
        }
        return verification;
    }
}
