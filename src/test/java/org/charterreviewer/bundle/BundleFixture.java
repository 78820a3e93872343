package org.charterreviewer.bundle;

import org.charterreviewer.review.RevisionRef;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.identity.SigningIdentity;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.NewReview;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewFixtures;
import org.charterreviewer.workspace.Workspace;
import org.jooq.DSLContext;
import org.jooq.Table;

/** A review with notes, voices and evidence (some internal) in a real workspace; and tools to craft hostile bundles. */
final class BundleFixture {

    static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    static final String CHARTER = "wolverhampton-co-production-charter";
    static final String INTERNAL_NOTE = "INTERNAL-NOTE: head teacher seemed defensive about the SEND budget";
    static final String PUBLIC_NOTE = "Pupils lead the school council agenda.";
    static final String SECRET_VOICE = "NO-CONSENT-VOICE: my child was left out of the trip";
    static final String SHARED_VOICE = "We choose the topics for assemblies.";
    static final String INTERNAL_FILE = "safeguarding-minutes-INTERNAL.txt";
    static final byte[] INTERNAL_BYTES = "INTERNAL-EVIDENCE-BYTES: confidential minutes".getBytes(StandardCharsets.UTF_8);

    private BundleFixture() {
    }

    static SigningIdentity identity(Workspace workspace, String name) {
        if (!workspace.identity().exists()) {
            workspace.identity().create(name, "SEND Officer", "City of Wolverhampton Council", PASSPHRASE.clone(),
                    Optional.empty(), false);
        }
        return workspace.identity().unlock(PASSPHRASE.clone());
    }

    /** A review with two evidence photos of the same name, an internal file, notes and voices of both kinds. */
    static Review review(Bundles bundles, Workspace workspace, Path files) throws IOException {
        long school = ReviewFixtures.insertSchool(workspace.database().dsl(), "Low Hill Nursery School", "103986");
        Charter charter = workspace.charters().latest(CHARTER).orElseThrow().charter();
        var reviews = bundles.reviews();
        Review review = reviews.start(new NewReview(school, charter.id(), charter.version(), LocalDate.of(2026, 3, 9),
                List.of("Siân O’Brien"), List.of(new Participant("Head teacher", null))));
        RevisionRef key = review.ref();
        String first = charter.judgedItems().get(0).id();
        String second = charter.judgedItems().get(1).id();
        reviews.judge(key, first, charter.scale().levels().get(1).id());
        reviews.flag(key, second, true);
        reviews.setItemNote(key, first, PUBLIC_NOTE, false);
        reviews.addReviewNote(key, INTERNAL_NOTE, true);
        reviews.addVoice(key, first, "Pupil, Year 6", SHARED_VOICE, true);
        reviews.addVoice(key, second, "Parent", SECRET_VOICE, false);
        Files.createDirectories(files.resolve("a"));
        Files.createDirectories(files.resolve("b"));
        Path photo1 = Files.write(files.resolve("a").resolve("photo.jpg"), random(200_000, 1));
        Path photo2 = Files.write(files.resolve("b").resolve("photo.jpg"), random(150_000, 2));
        Path odd = Files.write(files.resolve("a").resolve("CON.txt"), "reserved name".getBytes(StandardCharsets.UTF_8));
        Path internal = Files.write(files.resolve(INTERNAL_FILE), INTERNAL_BYTES);
        bundles.evidence().attach(key, photo1, List.of(first), "Council meeting", ProgressMonitor.NONE);
        bundles.evidence().attach(key, photo2, List.of(second), null, ProgressMonitor.NONE);
        bundles.evidence().attach(key, odd, List.of(), "Odd name", ProgressMonitor.NONE);
        EvidenceFile secret = bundles.evidence().attach(key, internal, List.of(first), "Minutes", ProgressMonitor.NONE);
        bundles.evidence().setInternal(key, secret.id(), true);
        return reviews.latest(review.id());
    }

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new java.util.Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Every row of every table, as text: equal before and after means the database did not change. */
    static String snapshot(Workspace workspace) {
        DSLContext dsl = org.charterreviewer.testing.QuotedNames.of(workspace.database().dsl());
        StringBuilder out = new StringBuilder();
        List<Table<?>> tables = new ArrayList<>(dsl.meta().getSchemas("PUBLIC").get(0).getTables());
        tables.sort(java.util.Comparator.comparing(Table::getName));
        for (Table<?> table : tables) {
            var rows = dsl.selectFrom(table).fetch();
            out.append(table.getName()).append(' ').append(rows.size()).append('\n');
            rows.forEach(r -> {
                for (Object value : r.intoArray()) {
                    out.append(value instanceof byte[] b ? sha(b) : String.valueOf(value)).append('|');
                }
                out.append('\n');
            });
        }
        return out.toString();
    }

    static String sha(byte[] bytes) {
        return HexFormat.of().formatHex(Sha256.digest().digest(bytes));
    }

    /** The entries of a ZIP, in order. */
    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static Path write(Path zip, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    /** A copy of {@code bundle} with its entries changed by {@code change}; the manifest and signature kept as they were. */
    static Path tamper(Path bundle, Path out, Consumer<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> entries = entries(bundle);
        change.accept(entries);
        return write(out, entries);
    }

    /**
     * A copy with its entries changed and then a fresh manifest listing them, properly signed: only the
     * content is hostile, the signature holds.
     */
    static Path tamperAndResign(Path bundle, Path out, SigningIdentity identity, Workspace workspace,
            Consumer<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> entries = entries(bundle);
        BundleManifest old = workspace.json().readValue(entries.get(BundleManifest.MANIFEST), BundleManifest.class);
        entries.remove(BundleManifest.MANIFEST);
        entries.remove(BundleManifest.SIGNATURE);
        change.accept(entries);
        List<BundleManifest.Entry> listed = new ArrayList<>();
        entries.forEach((path, bytes) -> listed.add(new BundleManifest.Entry(path, bytes.length, sha(bytes),
                old.entries().stream().filter(e -> e.path().equals(path)).map(BundleManifest.Entry::role).findFirst()
                        .orElse(BundleManifest.Role.EVIDENCE))));
        BundleManifest manifest = new BundleManifest(1, old.bundleId(), old.reviewId(), old.revision(), old.createdAt(),
                old.creator(), old.redacted(), listed);
        byte[] json = (workspace.json().writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        entries.put(BundleManifest.MANIFEST, json);
        entries.put(BundleManifest.SIGNATURE, ManifestSignature.sign(json, identity));
        return write(out, entries);
    }

    /**
     * Makes the ZIP's table of contents (central directory) claim {@code size} unpacked bytes for the
     * entry {@code name}, whatever the entry really holds: how a crafted ZIP lies to one reader.
     */
    static void claimSizeInTableOfContents(Path zip, String name, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        int found = -1;
        // A central directory header: signature PK\1\2, the name at offset 46, the size at offset 24.
        for (int at = 0; at + 46 + wanted.length <= bytes.length; at++) {
            if (bytes[at] == 'P' && bytes[at + 1] == 'K' && bytes[at + 2] == 1 && bytes[at + 3] == 2
                    && java.util.Arrays.equals(bytes, at + 46, at + 46 + wanted.length, wanted, 0, wanted.length)) {
                found = at;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("no central directory header for " + name);
        }
        for (int i = 0; i < 4; i++) {
            bytes[found + 24 + i] = (byte) (size >>> (8 * i));
        }
        Files.write(zip, bytes);
    }

    /** A real PDF of one blank page, as a report stand-in. */
    static byte[] onePagePdf() throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    static String sha256Hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}
