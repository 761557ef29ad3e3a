package fr.imprimfip.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What the backup and restore scripts ask the database, through JDBC (password in {@code IMPRIMFIP_DB_PASSWORD}):
 * <ul>
 * <li>{@code mark <jdbc-url> <user>}: how many deposits there are and the latest one, for the backup's manifest;</li>
 * <li>{@code received-since <jdbc-url> <user> <instant>}: the deposits received since then (reference, partner,
 * receipt, status; tab-separated), read from the database about to be replaced;</li>
 * <li>{@code missing <jdbc-url> <user> <file>}: the lines of that file whose deposit the (restored) database does not
 * have: the deposits the restore loses;</li>
 * <li>{@code h2-backup <jdbc-url> <user> <zip>}: H2's {@code BACKUP TO}, a consistent copy of an H2 database.</li>
 * </ul>
 * Exit status 0 when done, 2 when the database cannot be read.
 */
public final class BackupDatabaseTool {

    private BackupDatabaseTool() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: BackupDatabaseTool mark|received-since|missing|h2-backup <jdbc-url> <user>"
                    + " [arg]");
            System.exit(2);
        }
        String password = System.getenv().getOrDefault("IMPRIMFIP_DB_PASSWORD", "");
        try (Connection db = DriverManager.getConnection(args[1], args[2], password)) {
            switch (args[0]) {
                case "mark" -> mark(db).forEach(System.out::println);
                case "received-since" -> receivedSince(db, Instant.parse(args[3])).forEach(System.out::println);
                case "missing" -> missing(db, Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8))
                        .forEach(System.out::println);
                case "h2-backup" -> h2Backup(db, Path.of(args[3]));
                default -> {
                    System.err.println("unknown command " + args[0]);
                    System.exit(2);
                }
            }
        } catch (SQLException | IOException e) {
            System.err.println("Cannot read the database: " + e.getMessage());
            System.exit(2);
        }
    }

    static List<String> mark(Connection db) throws SQLException {
        try (Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("select count(*), max(id), max(received_at) from deposit")) {
            row.next();
            OffsetDateTime last = row.getObject(3, OffsetDateTime.class);
            return List.of("deposits=" + row.getLong(1), "last-deposit-id=" + row.getLong(2),
                    "last-deposit-received-at=" + (last == null ? "" : last.toInstant()));
        }
    }

    static List<String> receivedSince(Connection db, Instant since) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select d.internal_ref, p.client_id, d.received_at,"
                + " d.status from deposit d join partner p on p.id = d.partner_id where d.received_at >= ?"
                + " order by d.received_at, d.id")) {
            query.setObject(1, since.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    lines.add(String.join("\t", rows.getString(1), rows.getString(2),
                            rows.getObject(3, OffsetDateTime.class).toInstant().toString(), rows.getString(4)));
                }
            }
        }
        return lines;
    }

    static List<String> missing(Connection db, List<String> deposits) throws SQLException {
        List<String> missing = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select count(*) from deposit where internal_ref = ?")) {
            for (String line : deposits) {
                if (line.isBlank()) {
                    continue;
                }
                query.setString(1, line.split("\t", 2)[0]);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    if (row.getLong(1) == 0) {
                        missing.add(line);
                    }
                }
            }
        }
        return missing;
    }

    static void h2Backup(Connection db, Path zip) throws SQLException {
        try (Statement backup = db.createStatement()) {
            backup.execute("backup to '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }
}
