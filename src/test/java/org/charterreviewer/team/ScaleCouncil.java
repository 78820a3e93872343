package org.charterreviewer.team;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.ReviewExchange;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.workspace.Workspace;
import org.postgresql.PGConnection;

/**
 * A council at scale for {@link TeamScaleBenchmark}: its school register and officers' finalised
 * reviews in the council database, written fast but exactly as the real sync writes them. One real
 * laptop finalises a real awarded review with a small evidence file and pushes it with the real
 * sync; every other review is that pushed file with its own review id, school, officer and
 * evidence (same-length values, so the bytes stay the writer's canonical JSON), its content
 * SHA-256 computed by the app's own {@link ReviewExchange}, loaded with COPY.
 */
final class ScaleCouncil {

    static final int FIRST_URN = 200000;
    private static final String TEMPLATE_EVIDENCE = "visit-notes.txt";
    private static final String[] TOWNS = {"Ashford", "Barnet", "Camden", "Dudley", "Exeter", "Fulham", "Gosport",
        "Harlow", "Ipswich", "Jarrow", "Kendal", "Luton", "Margate", "Newark", "Oldham", "Preston"};
    private static final String[] KINDS = {"Primary School", "Academy", "Infant School", "Junior School",
        "High School", "Nursery School", "C of E Primary School", "Catholic Primary School"};

    private final CouncilTestServer council;
    private final ReviewExchange exchange;
    private final int officers;
    private String template;
    private String templateId;
    private String templateEvidenceSha;
    private int templateEvidenceLength;
    private List<String[]> templateAudit;
    private int next;

    ScaleCouncil(CouncilTestServer council, ReviewExchange exchange, int officers) {
        this.council = council;
        this.exchange = exchange;
        this.officers = officers;
    }

    /** Finalises the template review on {@code laptop}, pushes it with the real sync and keeps its rows. */
    void pushTemplate(Workspace laptop, Path dir) throws IOException {
        council.connect(laptop);
        Path notes = dir.resolve(TEMPLATE_EVIDENCE);
        Files.writeString(notes, evidenceText(0));
        UUID id = CertificateReviews.awarded(laptop,
                review -> laptop.evidence().attach(review.ref(), notes, List.of(), "Visit notes", ProgressMonitor.NONE));
        laptop.team().sync(ProgressMonitor.NONE);
        templateId = id.toString();
        try (Connection c = connection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select document from council_review where review_id = '" + id
                    + "'")) {
                rs.next();
                template = new String(rs.getBytes(1), StandardCharsets.UTF_8);
            }
            try (ResultSet rs = s.executeQuery("select sha256, size_bytes from council_evidence")) {
                rs.next();
                templateEvidenceSha = rs.getString(1);
                templateEvidenceLength = rs.getInt(2);
            }
            templateAudit = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select occurred_at, actor, event, detail from council_audit where review_id = '"
                    + id + "'")) {
                while (rs.next()) {
                    templateAudit.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            // Only the generated council stays; laptops still pull the charters the template pushed.
            s.execute("delete from council_audit; delete from council_certificate; delete from council_review; "
                    + "delete from council_evidence; delete from council_school");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (!template.contains(CertificateReviews.URN) || !template.contains(templateEvidenceSha)) {
            throw new IllegalStateException("The template review file does not carry its URN and evidence");
        }
    }

    static String evidenceText(int review) {
        return String.format(Locale.ROOT, "Visit notes of review %08d: the head teacher and two parents met the officer.%n",
                review);
    }

    /** Adds {@code count} schools to the council register with COPY, each with change numbers of its own. */
    void addSchools(int count) {
        Random random = new Random(19);
        StringBuilder rows = new StringBuilder();
        try (Connection c = connection()) {
            long first = reserveChanges(c, count);
            for (int i = 0; i < count; i++) {
                SchoolDraft s = school(i, random);
                rows.append(String.join("\t", s.urn(), s.name(), s.localAuthority(), s.establishmentType(), s.phase(),
                        s.establishmentStatus(), s.street(), s.town(), s.postcode(), Long.toString(first + i))).append('\n');
            }
            copy(c, "council_school (urn, name, local_authority, establishment_type, phase, establishment_status, street, "
                    + "town, postcode, change_no)", rows.toString());
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static SchoolDraft school(int i, Random random) {
        String town = TOWNS[random.nextInt(TOWNS.length)];
        String kind = KINDS[random.nextInt(KINDS.length)];
        String phase = kind.contains("High") ? "Secondary" : kind.contains("Nursery") ? "Nursery" : "Primary";
        return new SchoolDraft(Integer.toString(FIRST_URN + i), town + " " + (char) ('A' + i % 26) + "ll Saints " + i
                + " " + kind, "Scale Council", kind.contains("Academy") ? "Academy converter" : "Community school", phase,
                "Open", (i % 200 + 1) + " School Lane", null, null, town, null,
                String.format(Locale.ROOT, "SC%d %dAB", i % 90 + 1, i % 9 + 1), null, null, null);
    }

    /**
     * Adds {@code count} finalised reviews, one to each school in turn, pushed by the officers in turn,
     * each with its own small evidence file and the template's audit entries.
     */
    void addReviews(int count, int schools) {
        int from = next;
        next += count;
        String[][] generated = new String[count][];
        IntStream.range(0, count).parallel().forEach(k -> generated[k] = review(from + k, schools));
        StringBuilder reviews = new StringBuilder();
        StringBuilder evidence = new StringBuilder();
        StringBuilder audit = new StringBuilder();
        try (Connection c = connection()) {
            long first = reserveChanges(c, count);
            for (int k = 0; k < count; k++) {
                String[] r = generated[k];
                String officer = String.format(Locale.ROOT, "officer%02d", (from + k) % officers + 1);
                reviews.append(String.join("\t", r[0], "1", r[1], r[2], officer, r[3], Long.toString(first + k)))
                        .append('\n');
                evidence.append(String.join("\t", r[4], "text/plain", Integer.toString(templateEvidenceLength), r[5],
                        officer)).append('\n');
                for (String[] entry : templateAudit) {
                    audit.append(String.join("\t", sha256Hex((r[0] + entry[2] + entry[0]).getBytes(StandardCharsets.UTF_8)),
                            r[0], entry[0], entry[1], entry[2], entry[3] == null ? "\\N" : escape(entry[3]), officer))
                            .append('\n');
                }
            }
            copy(c, "council_review (review_id, revision, content_sha256, school_urn, officer, document, change_no)",
                    reviews.toString());
            copy(c, "council_evidence (sha256, media_type, size_bytes, content, officer)", evidence.toString());
            copy(c, "council_audit (entry_sha256, review_id, occurred_at, actor, event, detail, officer)", audit.toString());
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {review id, content SHA-256, URN, document as bytea hex, evidence SHA-256, evidence as bytea hex}. */
    private String[] review(int n, int schools) {
        String id = new UUID(0x5ca1e00000004000L, 0x8000000000000000L | n).toString();
        SchoolDraft school = school(n % schools, new Random(19)); // the name only matters as far as its URN
        byte[] content = evidenceText(n + 1).getBytes(StandardCharsets.UTF_8);
        if (content.length != templateEvidenceLength) {
            throw new IllegalStateException("evidence length differs");
        }
        String evidenceSha = sha256Hex(content);
        String document = template.replace(templateId, id).replace(templateEvidenceSha, evidenceSha)
                .replace("\"" + CertificateReviews.URN + "\"", "\"" + school.urn() + "\"");
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        String contentSha = exchange.contentSha256(exchange.read(bytes, "scale review " + n));
        return new String[] {id, contentSha, school.urn(), "\\\\x" + HexFormat.of().formatHex(bytes), evidenceSha,
            "\\\\x" + HexFormat.of().formatHex(content)};
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** Takes {@code count} numbers from the council's change sequence; returns the first. */
    private static long reserveChanges(Connection c, int count) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select setval('council_change', nextval('council_change') + " + count + ")")) {
            rs.next();
            return rs.getLong(1) - count + 1;
        }
    }

    private static void copy(Connection c, String target, String rows) throws SQLException, IOException {
        c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + target + " from stdin", new StringReader(rows));
    }

    Connection connection() throws SQLException {
        return DriverManager.getConnection(council.url(), CouncilTestServer.USER, CouncilTestServer.PASSWORD);
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
