package org.charterreviewer.review.store;

import static org.charterreviewer.storage.jooq.Tables.CHARTER;
import static org.charterreviewer.storage.jooq.Tables.REVIEW;
import static org.charterreviewer.storage.jooq.Tables.SCHOOL;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.review.ReviewSummary;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Select;

/**
 * The rows of the review lists: what a {@link ReviewSummary} shows of each revision a condition
 * picks, newest visit first. A list holds every review (20,000 at a council), so how each row is
 * read and sorted is most of a list's time, on a council server most of all (docs/PERFORMANCE.md,
 * "Council at scale"): jOOQ renders the query, the rows are read over JDBC by position, and sorted
 * here.
 */
final class ReviewListQuery {

    /**
     * Only what a summary shows, in the order of its record (read by position): each column more is
     * read, sent over the wire from a council server and decoded 20,000 times.
     */
    private static final List<Field<?>> COLUMNS = List.of(REVIEW.REVIEW_ID, REVIEW.REVISION, REVIEW.STATUS,
            REVIEW.SCHOOL_ID, SCHOOL.NAME, SCHOOL.URN, REVIEW.CHARTER_ID, REVIEW.CHARTER_VERSION, CHARTER.TITLE,
            REVIEW.VISIT_DATE, REVIEW.DECISION, REVIEW.AWARDED_ON, REVIEW.VALID_UNTIL, REVIEW.UPDATED_AT,
            REVIEW.AWARD_LEVEL_NAME);

    /**
     * Newest visit first, reviews without a visit date last, then the latest change first. Sorted
     * here rather than by an ORDER BY: PostgreSQL sorted the whole list before sending its first row
     * (a third of its execution at 20,000 rows), while the rows' decoding waited for it.
     */
    static final Comparator<ReviewSummary> NEWEST_VISIT_FIRST = Comparator
            .comparing(ReviewSummary::visitDate, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(ReviewSummary::updatedAt)
            .reversed();

    private ReviewListQuery() {
    }

    /** The summaries of the revisions {@code condition} picks, joined to their school and charter, sorted. */
    static List<ReviewSummary> summaries(DSLContext tx, Condition condition) {
        Select<?> query = tx.select(COLUMNS)
                .from(REVIEW)
                .join(SCHOOL).on(SCHOOL.SCHOOL_ID.eq(REVIEW.SCHOOL_ID))
                .join(CHARTER).on(CHARTER.CHARTER_ID.eq(REVIEW.CHARTER_ID).and(CHARTER.VERSION.eq(REVIEW.CHARTER_VERSION)))
                .where(condition);
        String sql = query.getSQL();
        List<Object> binds = query.getBindValues();
        List<ReviewSummary> rows = tx.connectionResult(connection -> read(connection, sql, binds));
        rows.sort(NEWEST_VISIT_FIRST);
        return rows;
    }

    private static List<ReviewSummary> read(Connection connection, String sql, List<Object> binds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < binds.size(); i++) {
                statement.setObject(i + 1, binds.get(i));
            }
            List<ReviewSummary> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(summary(rs));
                }
            }
            return rows;
        }
    }

    /**
     * One row as a summary. Dates and the timestamp are read as java.time values: jOOQ's own binding
     * reads a date through {@code java.sql.Date} (PostgreSQL's driver builds a {@code Calendar} for
     * each, a third of the list's time on the client) and a timestamp as text to parse.
     */
    private static ReviewSummary summary(ResultSet rs) throws SQLException {
        String decision = rs.getString(11);
        OffsetDateTime updatedAt = rs.getObject(14, OffsetDateTime.class);
        return new ReviewSummary(rs.getObject(1, UUID.class), rs.getInt(2), ReviewStatus.valueOf(rs.getString(3)),
                rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getObject(10, LocalDate.class), decision == null ? null : Decision.valueOf(decision),
                rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class), ReviewReader.instant(updatedAt),
                rs.getString(15));
    }
}
