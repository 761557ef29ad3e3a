package fr.imprimfip.deposit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The status of a partner's deposit and of its documents, as partners poll it (the platform's most frequent call):
 * one SQL query over the deposit and its documents, read outside any transaction into plain values, with no
 * entity loaded.
 */
@ApplicationScoped
public class DepositStatusReader {

    private static final String QUERY = "select d.filename, d.internal_ref, d.analyzed_at, d.analyzed_docs,"
            + " d.rejected_docs, d.status, d.status_message, doc.business_ref, doc.status_at, doc.status,"
            + " doc.status_message from deposit d left join deposit_document doc on doc.deposit_id = d.id"
            + " where d.internal_ref = ? and d.partner_id = ? and d.environment = ?"
            + " order by doc.position_in_file, doc.id";

    @Resource(lookup = "java:jboss/datasources/ImprimfipDS")
    DataSource database;

    /** A deposit's status. */
    public record DepositStatus(String filename, String internalRef, Instant analyzedAt, Integer analyzedDocs,
                                Integer rejectedDocs, FileStatus status, String statusMessage,
                                List<DocumentState> documents) {
    }

    /** One of its documents' status. */
    public record DocumentState(String businessRef, Instant statusAt, DocumentStatus status, String statusMessage) {
    }

    /** The status of {@code owner}'s deposit {@code internalRef}; none for a reference it does not own. */
    public DepositStatus statusOf(DepositOwner owner, String internalRef) {
        if (!TechnicalReference.isWellFormed(internalRef)) {
            throw new DepositNotFoundException();
        }
        try (Connection db = database.getConnection(); PreparedStatement query = db.prepareStatement(QUERY)) {
            query.setString(1, internalRef);
            query.setLong(2, owner.partnerId());
            query.setString(3, owner.environment().name());
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new DepositNotFoundException();
                }
                List<DocumentState> documents = new ArrayList<>();
                DepositStatus deposit = new DepositStatus(rows.getString(1), rows.getString(2), instant(rows, 3),
                        integer(rows, 4), integer(rows, 5), FileStatus.valueOf(rows.getString(6)), rows.getString(7),
                        documents);
                do {
                    if (rows.getString(8) != null) {
                        documents.add(new DocumentState(rows.getString(8), instant(rows, 9),
                                DocumentStatus.valueOf(rows.getString(10)), rows.getString(11)));
                    }
                } while (rows.next());
                return deposit;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the status of a deposit", e);
        }
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Integer integer(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
