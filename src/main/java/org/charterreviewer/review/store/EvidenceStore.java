package org.charterreviewer.review.store;

import static org.charterreviewer.storage.jooq.Tables.EVIDENCE;
import static org.charterreviewer.storage.jooq.Tables.EVIDENCE_BLOB;
import static org.charterreviewer.storage.jooq.Tables.EVIDENCE_LINK;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.storage.JooqTransactions;
import org.charterreviewer.storage.Tx;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Evidence of reviews: the rows that put a file in a revision (with their links to items) and the
 * content, stored once per SHA-256 however many revisions use it. Content is streamed in and out
 * through JDBC, never held whole in memory.
 */
public final class EvidenceStore {

    private static final int COPY_BUFFER = 256 * 1024;

    /** Whether content with this SHA-256 is stored, or recorded to be fetched when first opened. */
    public boolean hasContent(Tx tx, String sha256) {
        return JooqTransactions.dsl(tx).fetchExists(EVIDENCE_BLOB, EVIDENCE_BLOB.SHA256.eq(sha256));
    }

    /** Whether this content is recorded (size, media type) but its bytes are still to be fetched. */
    public boolean isPending(Tx tx, String sha256) {
        return JooqTransactions.dsl(tx).fetchExists(EVIDENCE_BLOB,
                EVIDENCE_BLOB.SHA256.eq(sha256).and(EVIDENCE_BLOB.CONTENT.isNull()));
    }

    /** Which of {@code sha256s} are recorded but still to be fetched, in one query (a review's list of files). */
    public java.util.Set<String> pendingAmong(Tx tx, java.util.Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(JooqTransactions.dsl(tx).select(EVIDENCE_BLOB.SHA256).from(EVIDENCE_BLOB)
                .where(EVIDENCE_BLOB.SHA256.in(sha256s).and(EVIDENCE_BLOB.CONTENT.isNull()))
                .fetch(EVIDENCE_BLOB.SHA256));
    }

    /** Records content whose bytes come later (a review pulled from the council), unless it is here already. */
    public void storePending(Tx tx, String sha256, long size, String mediaType, Instant now) {
        if (!hasContent(tx, sha256)) {
            JooqTransactions.dsl(tx).insertInto(EVIDENCE_BLOB).set(EVIDENCE_BLOB.SHA256, sha256)
                    .set(EVIDENCE_BLOB.SIZE_BYTES, size).set(EVIDENCE_BLOB.MEDIA_TYPE, mediaType)
                    .set(EVIDENCE_BLOB.CREATED_AT, ReviewReader.offset(now)).execute();
        }
    }

    /**
     * Stores {@code content} (already hashed by the caller to {@code sha256}, {@code size} bytes) unless
     * the same content is stored already; content recorded as pending gets its bytes.
     */
    public void storeContent(Tx tx, String sha256, long size, String mediaType, Path content, Instant now) {
        if (isPending(tx, sha256)) {
            fillPending(tx, sha256, content);
            return;
        }
        if (hasContent(tx, sha256)) {
            return;
        }
        try (InputStream in = Files.newInputStream(content)) {
            insertContent(tx, sha256, size, mediaType, in, now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Inserts {@code size} bytes read from {@code in} as the content of {@code sha256}, which must not be
     * stored yet; the caller may hash what {@code in} gives as H2 reads it (one pass over the file) and
     * refuse afterwards, which rolls the insert back with its transaction.
     */
    public void insertContent(Tx tx, String sha256, long size, String mediaType, InputStream in, Instant now) {
        JooqTransactions.dsl(tx).connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO evidence_blob (sha256, size_bytes, media_type, content, created_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, sha256);
                insert.setLong(2, size);
                insert.setString(3, mediaType);
                insert.setBinaryStream(4, in, size);
                insert.setObject(5, ReviewReader.offset(now));
                insert.executeUpdate();
            }
        });
    }

    private static void fillPending(Tx tx, String sha256, Path content) {
        JooqTransactions.dsl(tx).connection(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE evidence_blob SET content = ? WHERE sha256 = ? AND content IS NULL");
                    InputStream in = Files.newInputStream(content)) {
                update.setBinaryStream(1, in, Files.size(content));
                update.setString(2, sha256);
                update.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Streams the stored content of {@code sha256} to {@code out}; false when there is none (or it is pending). */
    public boolean copyContent(Tx tx, String sha256, OutputStream out) {
        boolean[] found = new boolean[1];
        JooqTransactions.dsl(tx).connection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT content FROM evidence_blob WHERE sha256 = ?")) {
                select.setString(1, sha256);
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next()) {
                        try (InputStream in = rs.getBinaryStream(1)) {
                            if (in != null) {
                                found[0] = true;
                                // H2 keeps a LOB in 256 KB blocks: reading a block at a time gives the
                                // stream under it (hashing, zip) a few large writes instead of many 8 KB ones.
                                byte[] buffer = new byte[COPY_BUFFER];
                                int n;
                                while ((n = in.read(buffer)) > 0) {
                                    out.write(buffer, 0, n);
                                }
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return found[0];
    }

    /** The media type of stored content, if stored. */
    public Optional<String> mediaType(Tx tx, String sha256) {
        return JooqTransactions.dsl(tx).select(EVIDENCE_BLOB.MEDIA_TYPE).from(EVIDENCE_BLOB)
                .where(EVIDENCE_BLOB.SHA256.eq(sha256)).fetchOptional(EVIDENCE_BLOB.MEDIA_TYPE);
    }

    /** Deletes every content no evidence row refers to (left behind by a crash); returns how many. */
    public int deleteOrphanContent(Tx tx) {
        return JooqTransactions.dsl(tx).deleteFrom(EVIDENCE_BLOB)
                .where(DSL.notExists(DSL.selectOne().from(EVIDENCE).where(EVIDENCE.SHA256.eq(EVIDENCE_BLOB.SHA256))))
                .execute();
    }

    // --- inside this package -------------------------------------------------------------------

    /** The evidence of revision {@code key} with its links, in one query. */
    List<EvidenceFile> evidenceOf(DSLContext tx, long key) {
        Map<Long, Record> rows = new LinkedHashMap<>();
        Map<Long, List<String>> links = new LinkedHashMap<>();
        tx.select(EVIDENCE.fields()).select(EVIDENCE_BLOB.SIZE_BYTES, EVIDENCE_BLOB.MEDIA_TYPE, EVIDENCE_LINK.ITEM_ID)
                .from(EVIDENCE).join(EVIDENCE_BLOB).on(EVIDENCE_BLOB.SHA256.eq(EVIDENCE.SHA256))
                .leftJoin(EVIDENCE_LINK).on(EVIDENCE_LINK.EVIDENCE_ID.eq(EVIDENCE.EVIDENCE_ID))
                .where(EVIDENCE.REVIEW_KEY.eq(key))
                .orderBy(EVIDENCE.EVIDENCE_ID, EVIDENCE_LINK.ITEM_ID)
                .forEach(r -> {
                    long id = r.get(EVIDENCE.EVIDENCE_ID);
                    rows.putIfAbsent(id, r);
                    List<String> items = links.computeIfAbsent(id, k -> new ArrayList<>());
                    if (r.get(EVIDENCE_LINK.ITEM_ID) != null) {
                        items.add(r.get(EVIDENCE_LINK.ITEM_ID));
                    }
                });
        List<EvidenceFile> files = new ArrayList<>();
        rows.forEach((id, e) -> files.add(new EvidenceFile(id, e.get(EVIDENCE.SHA256),
                e.get(EVIDENCE.ORIGINAL_NAME), e.get(EVIDENCE_BLOB.SIZE_BYTES), e.get(EVIDENCE_BLOB.MEDIA_TYPE),
                e.get(EVIDENCE.CAPTION), e.get(EVIDENCE.INTERNAL), e.get(EVIDENCE.METADATA_REMOVED),
                ReviewReader.instant(e.get(EVIDENCE.ADDED_AT)), links.get(id))));
        return files;
    }

    long insertEvidence(DSLContext tx, long key, String sha256, String originalName, String caption,
            boolean internal, boolean metadataRemoved, OffsetDateTime addedAt) {
        return tx.insertInto(EVIDENCE)
                .set(EVIDENCE.REVIEW_KEY, key).set(EVIDENCE.SHA256, sha256).set(EVIDENCE.ORIGINAL_NAME, originalName)
                .set(EVIDENCE.CAPTION, caption).set(EVIDENCE.INTERNAL, internal)
                .set(EVIDENCE.METADATA_REMOVED, metadataRemoved).set(EVIDENCE.ADDED_AT, addedAt)
                .returning(EVIDENCE.EVIDENCE_ID).fetchSingle(EVIDENCE.EVIDENCE_ID);
    }

    /** Inserts a file with its links (copying a revision, importing, attaching). */
    long insertWithLinks(DSLContext tx, long key, EvidenceFile e) {
        long evidenceId = insertEvidence(tx, key, e.sha256(), e.originalName(), e.caption(), e.internal(),
                e.metadataRemoved(), ReviewReader.offset(e.addedAt()));
        for (String itemId : e.linkedItemIds()) {
            link(tx, evidenceId, itemId);
        }
        return evidenceId;
    }

    void link(DSLContext tx, long evidenceId, String itemId) {
        tx.insertInto(EVIDENCE_LINK, EVIDENCE_LINK.EVIDENCE_ID, EVIDENCE_LINK.ITEM_ID)
                .values(evidenceId, itemId)
                .onConflictDoNothing()
                .execute();
    }

    void unlink(DSLContext tx, long evidenceId, String itemId) {
        tx.deleteFrom(EVIDENCE_LINK).where(EVIDENCE_LINK.EVIDENCE_ID.eq(evidenceId).and(EVIDENCE_LINK.ITEM_ID.eq(itemId)))
                .execute();
    }

    void setCaption(DSLContext tx, long evidenceId, String caption) {
        tx.update(EVIDENCE).set(EVIDENCE.CAPTION, caption).where(EVIDENCE.EVIDENCE_ID.eq(evidenceId)).execute();
    }

    void setInternal(DSLContext tx, long evidenceId, boolean internal) {
        tx.update(EVIDENCE).set(EVIDENCE.INTERNAL, internal).where(EVIDENCE.EVIDENCE_ID.eq(evidenceId)).execute();
    }

    /** Removes an evidence row and its content when nothing else refers to it. */
    void remove(DSLContext tx, long evidenceId, String sha256) {
        tx.deleteFrom(EVIDENCE).where(EVIDENCE.EVIDENCE_ID.eq(evidenceId)).execute();
        tx.deleteFrom(EVIDENCE_BLOB)
                .where(EVIDENCE_BLOB.SHA256.eq(sha256))
                .and(DSL.notExists(DSL.selectOne().from(EVIDENCE).where(EVIDENCE.SHA256.eq(sha256))))
                .execute();
    }
}
