package org.charterreviewer.review;

import static org.charterreviewer.i18n.Messages.tr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.review.store.ImportedReviewWriter;
import org.charterreviewer.review.store.ReviewReader;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.school.SchoolRegister;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Section;
import org.charterreviewer.charter.StoredCharter;
import org.charterreviewer.charter.CharterCatalog;
import org.charterreviewer.storage.AtomicFileWriter;
import org.charterreviewer.storage.Tx;

/**
 * Moves reviews in and out of the review file format: export of one revision (with its evidence
 * content in a folder beside the file), the canonical SHA-256 a certificate carries, and import
 * validated against the pinned charter and written all or nothing.
 */
public final class ReviewExchange {

    /** The folder beside {@code review.json} holding evidence content: {@code review.evidence/}. */
    public static final String CONTENT_FOLDER_SUFFIX = ".evidence";

    private final ReviewService reviews;
    private final EvidenceService evidence;
    private final SchoolRegister schools;
    private final ImportedReviewWriter importWriter;
    private final CharterCatalog charters;
    private final ReviewJsonWriter writer;
    private final ReviewJsonReader reader;
    private final ReviewConsistency consistency = new ReviewConsistency();

    public ReviewExchange(ReviewService reviews, EvidenceService evidence, SchoolRegister schools,
            CharterCatalog charters, ReviewJsonWriter writer, ReviewJsonReader reader) {
        this.reviews = reviews;
        this.evidence = evidence;
        this.schools = schools;
        this.importWriter = new ImportedReviewWriter(reviews.storedEditor().evidence());
        this.charters = charters;
        this.writer = writer;
        this.reader = reader;
    }

    /** The document of a revision as stored. */
    public ReviewDocument document(Review review) {
        return ReviewJsonWriter.document(review, reviews.revisions(review.id()));
    }

    /** The canonical bytes of a revision. */
    public byte[] canonicalJson(Review review) {
        return writer.write(document(review));
    }

    /** The SHA-256 of a revision's canonical file: what a certificate's QR code carries. */
    public String canonicalSha256(Review review) {
        return writer.canonicalSha256(document(review));
    }

    /**
     * The SHA-256 of what a revision says, leaving out the list of later revisions and the evidence
     * numbers (as {@link #importDocument} compares): equal on every computer that holds the same
     * revision, so the council database can tell the same revision from a conflicting one.
     */
    public String contentSha256(ReviewDocument document) {
        return writer.canonicalSha256(ReviewContent.comparable(document));
    }

    /** Reads a review file's bytes (as the council database keeps them), in plain words when they are not one. */
    public ReviewDocument read(byte[] json, String label) {
        try {
            return reader.read(new java.io.ByteArrayInputStream(json), label);
        } catch (IOException e) {
            throw new ReviewFileException(List.of(tr("reviewFile.unreadable", label)));
        }
    }

    /**
     * Writes the revision to {@code out} and, unless {@code withContent} is false, the content of each
     * evidence file into the folder {@link #contentFolder(Path)} beside it, named by SHA-256.
     */
    public void export(Review review, Path out, boolean withContent) {
        try {
            AtomicFileWriter.write(out, canonicalJson(review));
            if (withContent && !review.evidence().isEmpty()) {
                Path folder = contentFolder(out);
                Files.createDirectories(folder);
                for (EvidenceFile file : review.evidence()) {
                    Path target = folder.resolve(file.sha256());
                    if (!Files.exists(target)) {
                        AtomicFileWriter.write(target, stream -> evidence.copyContent(file.sha256(), stream));
                    }
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(tr("reviewFile.cannotWrite", out), e);
        }
    }

    public static Path contentFolder(Path jsonFile) {
        String name = jsonFile.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return jsonFile.toAbsolutePath().resolveSibling(stem + CONTENT_FOLDER_SUFFIX);
    }

    /** Reads, validates and imports a review file, finding evidence content in the folder beside it. */
    public ImportResult importFile(Path file) {
        ReviewDocument document = reader.read(file);
        return importDocument(document, file.getFileName().toString(), EvidenceContentSource.folder(contentFolder(file)),
                contentFolder(file));
    }

    /**
     * Imports a document already read (bundles use this with their own content source). The same
     * revision already here with the same content changes nothing; with different content it is
     * refused; another revision of a review that is here is kept beside the others.
     */
    public ImportResult importDocument(ReviewDocument d, String label, EvidenceContentSource content, Path contentHint) {
        return importDocument(d, label, content, contentHint, tx -> { });
    }

    /**
     * As {@link #importDocument(ReviewDocument, String, EvidenceContentSource, Path)}, running
     * {@code firstInTransaction} at the start of the same transaction (a bundle adds its charter there,
     * so the charter and the review are written all or nothing).
     */
    public ImportResult importDocument(ReviewDocument d, String label, EvidenceContentSource content, Path contentHint,
            java.util.function.Consumer<Tx> firstInTransaction) {
        return importDocument(d, label, content, contentHint, firstInTransaction, (tx, result) -> { },
                ReviewConsistency.Source.FILE);
    }

    /** As above, for a document from {@code source} (see the next overload). */
    public ImportResult importDocument(ReviewDocument d, String label, EvidenceContentSource content, Path contentHint,
            java.util.function.Consumer<Tx> firstInTransaction, ReviewConsistency.Source source) {
        return importDocument(d, label, content, contentHint, firstInTransaction, (tx, result) -> { }, source);
    }

    /**
     * As above, for a document from {@code source} (a redacted bundle's review lacks its internal
     * evidence), also running {@code lastInTransaction} once the revision is there (newly written or
     * found unchanged), in the same transaction: a bundle keeps its certificate and report there. The
     * review must hold together against its charter ({@link ReviewConsistency}); photos are cleaned of
     * hidden metadata before they are stored, and the review records the cleaned content.
     */
    public ImportResult importDocument(ReviewDocument given, String label, EvidenceContentSource content, Path contentHint,
            java.util.function.Consumer<Tx> firstInTransaction,
            java.util.function.BiConsumer<Tx, ImportResult> lastInTransaction,
            ReviewConsistency.Source source) {
        Charter charter = validate(given, label);
        List<String> inconsistent = new ArrayList<>(ReviewFieldLimits.problems(given));
        inconsistent.addAll(consistency.problems(given, charter, source));
        if (!inconsistent.isEmpty()) {
            throw new ReviewFileException(inconsistent.stream().map(p -> label + ": " + p).toList());
        }
        Map<Integer, Path> contentFiles = new HashMap<>();
        List<String> missing = new ArrayList<>();
        List<ReviewDocument.EvidencePart> later = new ArrayList<>();
        for (ReviewDocument.EvidencePart e : given.evidence()) {
            Optional<Path> file = content.find(e.sha256());
            if (file.isPresent()) {
                contentFiles.put(e.id(), file.get());
            } else if (content.fetchedWhenOpened()) {
                // Recorded inside the import's transaction, unless stored already: no look-up of its own
                // (a read of its own is a unit of work of its own, and a pull imports thousands).
                later.add(e);
            } else if (evidence.hasContent(e.sha256())) {
                continue;
            } else {
                missing.add(label + ": " + tr("reviewFile.missingContent", e.id(), e.name(),
                        contentHint == null ? e.sha256() : contentHint.resolve(e.sha256())));
            }
        }
        if (!missing.isEmpty()) {
            throw new ReviewFileException(missing);
        }
        java.util.function.Consumer<Tx> first = later.isEmpty() ? firstInTransaction
                : firstInTransaction.andThen(tx -> later.forEach(e -> evidence.storePendingContent(tx, e)));
        try (ImportedEvidence cleaned = ImportedEvidence.clean(given, contentFiles, evidence.sanitizer(), label)) {
            return store(cleaned.document(), cleaned, first, lastInTransaction);
        }
    }

    /** Writes the (cleaned) document and its evidence content in one transaction, unless the same revision is here. */
    private ImportResult store(ReviewDocument d, ImportedEvidence contentFiles,
            java.util.function.Consumer<Tx> firstInTransaction,
            java.util.function.BiConsumer<Tx, ImportResult> lastInTransaction) {
        ReviewReader stored = reviews.storedEditor().reader();
        return reviews.transactions().write(tx -> {
            firstInTransaction.accept(tx);
            Optional<Review> existing = stored.revision(tx, new RevisionRef(d.reviewId(), d.revision()));
            if (existing.isPresent()) {
                Review here = existing.get();
                byte[] hereBytes = writer.write(ReviewJsonWriter.document(here, stored.revisions(tx, d.reviewId())));
                // The file's own bytes only when the revision is here already (a pull imports thousands that are not).
                if (Arrays.equals(hereBytes, writer.write(d)) || sameIgnoringHistory(here, d, tx)) {
                    ImportResult unchanged = new ImportResult(d.reviewId(), d.revision(), true, false);
                    lastInTransaction.accept(tx, unchanged);
                    return unchanged;
                }
                throw new InvalidInputException(tr("reviewFile.conflict", d.reviewId(), d.revision()));
            }
            // The school register adds the school (with its search key): a review writes only its own tables.
            SchoolRegister.Match school = schools.matchOrAdd(tx,
                    SchoolDraft.fromReviewFile(d.school().name(), d.school().urn(), d.school().address()));
            for (ReviewDocument.EvidencePart e : d.evidence()) {
                Path file = contentFiles.file(e.id());
                if (file != null) {
                    try {
                        evidence.storeImportedContent(tx, e.sha256(), e.mediaType(), file);
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                }
            }
            RevisionRef ref = importWriter.write(tx, d, school.schoolId(), reviews.now());
            reviews.audit().append(tx, reviews.actor(), "review.imported", ReviewService.AUDIT_ENTITY,
                    d.reviewId().toString(), "revision " + d.revision() + "; charter " + d.charter().id() + "@"
                            + d.charter().version()
                            + (school.created() ? "; new school " + school.schoolId() : "; school " + school.schoolId()));
            ImportResult imported = new ImportResult(ref.reviewId(), ref.revision(), false, school.created());
            lastInTransaction.accept(tx, imported);
            return imported;
        });
    }

    /**
     * The same revision counts as unchanged when it says the same things: only the list of later
     * revisions may differ (the data folder may know revisions the file does not, or the other way
     * round), and the evidence numbers the file happens to use (they only tie links to files; a file
     * from a redacted bundle has gaps where internal evidence was left out, and storing renumbers).
     */
    private boolean sameIgnoringHistory(Review here, ReviewDocument incoming, Tx tx) {
        ReviewDocument stored = ReviewJsonWriter.document(here, reviews.storedEditor().reader().revisions(tx, here.id()));
        return Arrays.equals(writer.write(ReviewContent.comparable(stored)), writer.write(ReviewContent.comparable(incoming)));
    }

    /** Checks the document against its pinned charter; every problem in plain words, all at once. */
    Charter validate(ReviewDocument d, String label) {
        Optional<StoredCharter> stored = charters.find(d.charter().id(), d.charter().version());
        if (stored.isEmpty()) {
            throw new ReviewFileException(List.of(label + ": " + tr("reviewFile.unknownCharter", d.charter().id(),
                    d.charter().version())));
        }
        if (!stored.get().contentSha256().equals(d.charter().sha256())) {
            throw new ReviewFileException(List.of(label + ": " + tr("reviewFile.charterMismatch", d.charter().id(),
                    d.charter().version())));
        }
        Charter charter = stored.get().charter();
        List<String> problems = new ArrayList<>();
        for (ReviewDocument.JudgementPart j : d.judgements()) {
            if (charter.item(j.itemId()).isEmpty()) {
                problems.add(tr("reviewFile.unknownItem", tr("reviewFile.where.judgement"), j.itemId(), charter.reference()));
                continue;
            }
            if (charter.sectionOf(j.itemId()).map(Section::contextOnly).orElse(false)) {
                problems.add(tr("reviewFile.contextItem", j.itemId()));
            }
            if (j.level() != null && charter.scale().level(j.level()).isEmpty()) {
                problems.add(tr("reviewFile.unknownLevel", j.itemId(), j.level()));
            }
        }
        checkItems(charter, d.notes().stream().map(ReviewDocument.NotePart::itemId).toList(), "reviewFile.where.note", problems);
        checkItems(charter, d.voices().stream().map(ReviewDocument.VoicePart::itemId).toList(), "reviewFile.where.voice", problems);
        checkItems(charter, d.actions().stream().map(ReviewDocument.ActionPart::itemId).toList(), "reviewFile.where.action",
                problems);
        checkItems(charter, d.evidenceLinks().stream().map(ReviewDocument.LinkPart::itemId).toList(),
                "reviewFile.where.link", problems);
        if (!problems.isEmpty()) {
            throw new ReviewFileException(problems.stream().distinct().map(p -> label + ": " + p).toList());
        }
        return charter;
    }

    private static void checkItems(Charter charter, List<String> itemIds, String whereKey, List<String> problems) {
        for (String itemId : itemIds) {
            if (itemId != null && charter.item(itemId).isEmpty()) {
                problems.add(tr("reviewFile.unknownItem", tr(whereKey), itemId, charter.reference()));
            }
        }
    }

    /** Finds a review by id or unique prefix, at the given revision or the latest. */
    public Review find(String idOrPrefix, Integer revision) {
        UUID id = reviews.resolveId(idOrPrefix);
        return revision == null ? reviews.latest(id) : reviews.revision(id, revision);
    }
}
