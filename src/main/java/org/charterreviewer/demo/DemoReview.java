package org.charterreviewer.demo;

import static org.charterreviewer.i18n.Messages.tr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.CharterLibrary;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.Section;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.EvidenceService;
import org.charterreviewer.review.NewReview;
import org.charterreviewer.review.Outcome;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.RevisionRef;
import org.charterreviewer.review.ReviewChange;
import org.charterreviewer.review.ReviewChanges;
import org.charterreviewer.review.ReviewEditor;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.review.RevisionRef;
import org.charterreviewer.school.School;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.school.SchoolRegister;

/**
 * Makes an example for newcomers and tests: a made-up school ("Oak Tree Primary School", URN
 * {@value #DEMO_URN}) and a finished, awarded review of the Wolverhampton charter showing every
 * feature (participants by role, judgements, notes, voices with and without consent, actions,
 * evidence files, decision). Each call adds a new review; the school is made once and reused.
 * No real person or child is named: everyone is recorded by role.
 */
public final class DemoReview {

    public static final String DEMO_URN = "999001";
    public static final String DEMO_SCHOOL_NAME = "Oak Tree Primary School";
    public static final String CHARTER_ID = "wolverhampton-co-production-charter";

    private static final String EMERGING = "emerging";
    private static final String ESTABLISHED = "established";
    private static final String EMBEDDED = "embedded";

    private final SchoolRegister schools;
    private final CharterLibrary charters;
    private final ReviewService reviews;
    private final EvidenceService evidence;
    private final Clock clock;

    public DemoReview(SchoolRegister schools, CharterLibrary charters, ReviewService reviews,
            EvidenceService evidence, Clock clock) {
        this.schools = schools;
        this.charters = charters;
        this.reviews = reviews;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** The demo school, added on first use. */
    public School school() {
        return schools.findByUrn(DEMO_URN).orElseGet(() -> schools.add(new SchoolDraft(DEMO_URN, DEMO_SCHOOL_NAME,
                "Wolverhampton", "Community school", "Primary", "Open", "1 Acorn Lane", null, null,
                "Wolverhampton", null, "WV99 9ZZ", "https://oaktree.example.org", "01632 960001", null)));
    }

    /** Adds a finished, awarded review of the demo school and returns it. */
    public Review create() {
        Charter charter = charters.latest(CHARTER_ID)
                .orElseThrow(() -> new InvalidInputException(tr("demo.error.noCharter", CHARTER_ID)))
                .charter();
        School school = school();
        LocalDate visit = LocalDate.now(clock).minusDays(7);
        Review review = reviews.start(new NewReview(school.id(), charter.id(), charter.version(), visit,
                List.of("Charter officer (example)", "SEND participation lead (example)"), participants()));
        RevisionRef ref = review.ref();

        judgeEveryItem(ref, charter);
        writeNotesVoicesAndActions(ref, charter, visit);
        attachEvidence(review.ref(), charter);

        Outcome outcome = reviews.evaluate(editor().latest(ref.reviewId()));
        if (!outcome.met()) {
            throw new IllegalStateException("The demo review does not meet the award rule: " + outcome.failures());
        }
        editor().apply(ref, new ReviewChange.RecordDecision(Decision.AWARDED, "Pupils and parent carers gave recent, specific examples of "
                + "shaping decisions, from the school council’s playground project to the termly SEND coffee "
                + "mornings. Communication with families is the area to grow: see the two follow-up actions.", null));
        return editor().apply(ref, new ReviewChange.Finalise());
    }

    private static List<Participant> participants() {
        return List.of(
                new Participant("Head teacher", null),
                new Participant("SENCO", null),
                new Participant("Chair of governors", null),
                new Participant("School council", "6 pupils, Years 3–6"),
                new Participant("Parent carers", "4"));
    }

    /** Mostly established or embedded; the last item of two sections emerging, so the rule is still met. */
    private void judgeEveryItem(RevisionRef ref, Charter charter) {
        List<Section> sections = charter.judgedSections();
        for (int s = 0; s < sections.size(); s++) {
            List<Item> items = sections.get(s).items();
            for (int i = 0; i < items.size(); i++) {
                boolean emerging = (s == 2 || s == 4) && i == items.size() - 1;
                String level = emerging ? EMERGING : (i + s) % 3 == 0 ? EMBEDDED : ESTABLISHED;
                editor().apply(ref, new ReviewChange.Judge(items.get(i).id(), level));
            }
        }
    }

    private void writeNotesVoicesAndActions(RevisionRef ref, Charter charter, LocalDate visit) {
        List<Item> items = charter.judgedItems();
        Item first = items.get(0);
        Item second = items.get(1);
        Item middle = items.get(items.size() / 2);
        Item last = items.get(items.size() - 1);
        List<Section> sections = charter.judgedSections();
        Item communication = sections.stream().filter(s -> s.id().equals("communication")).findFirst()
                .map(s -> s.items().get(s.items().size() - 1)).orElse(middle);

        setItemNote(ref, first.id(), "The school council showed minutes of three meetings this year where "
                + "pupils chose and then reviewed the playground changes.", false);
        setItemNote(ref, second.id(), "Parent carers described being asked before their child’s support "
                + "plan changed, not told afterwards.", false);
        setItemNote(ref, middle.id(), "Strong practice in Year 5; less visible in Key Stage 1.", false);
        setItemNote(ref, communication.id(), "Internal: newsletter still goes out in English only; the "
                + "SENCO is aware. Not for the report.", true);

        addVoice(ref, first.id(), "School council member (Year 6)",
                "We asked for a quiet corner and they made one, and then they asked us if it worked.", true);
        addVoice(ref, second.id(), "Parent carer",
                "For the first time I felt listened to at the review meeting.", true);
        addVoice(ref, middle.id(), "SENCO",
                "We plan the SEND coffee mornings with the parents now, not for them.", true);
        addVoice(ref, communication.id(), "Parent carer",
                "Letters home are hard to follow if English is not your first language.", false);

        addAction(ref, communication.id(), "Offer the termly newsletter in the three most spoken home "
                + "languages and in an easy-read version.", "SENCO", visit.plusMonths(3));
        addAction(ref, last.id(), "Invite the school council to present its work to the full governing board.",
                "Chair of governors", visit.plusMonths(6));
    }

    private ReviewEditor editor() {
        return reviews.editor();
    }

    private void setItemNote(RevisionRef ref, String itemId, String body, boolean internal) {
        editor().apply(ref, new ReviewChange.SetItemNote(itemId, body, internal));
    }

    private void addVoice(RevisionRef ref, String itemId, String role, String said, boolean consent) {
        Review review = editor().revision(ref);
        editor().apply(ref, new ReviewChange.AddVoice(ReviewChanges.nextVoiceId(review), itemId, role, said, consent));
    }

    private void addAction(RevisionRef ref, String itemId, String what, String owner, LocalDate due) {
        Review review = editor().revision(ref);
        editor().apply(ref, new ReviewChange.AddAction(ReviewChanges.nextActionId(review), itemId, what, owner, due));
    }

    private void attachEvidence(RevisionRef key, Charter charter) {
        List<String> allJudged = charter.judgedItems().stream().map(Item::id).toList();
        List<String> firstHalf = allJudged.subList(0, allJudged.size() / 2);
        List<String> secondHalf = allJudged.subList(allJudged.size() / 2, allJudged.size());
        Path folder = null;
        try {
            folder = Files.createTempDirectory("charter-reviewer-demo-");
            Path chart = folder.resolve("pupil-voice-survey-chart.png");
            ImageIO.write(surveyChart(), "png", chart.toFile());
            Path poster = folder.resolve("school-council-poster.png");
            ImageIO.write(councilPoster(), "png", poster.toFile());
            Path minutes = folder.resolve("school-council-minutes.txt");
            Files.writeString(minutes, minutesText(), StandardCharsets.UTF_8);

            evidence.attach(key, minutes, allJudged, "Minutes of the school council’s spring term meetings",
                    ProgressMonitor.NONE);
            evidence.attach(key, chart, secondHalf, "Pupil voice survey: share of pupils who feel listened to, by year",
                    ProgressMonitor.NONE);
            evidence.attach(key, poster, firstHalf, "Poster made by the school council about the playground project",
                    ProgressMonitor.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the demo evidence files", e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static String minutesText() {
        return String.join("\n",
                "Oak Tree Primary School – School council minutes (example)",
                "",
                "Present: six members of the school council (Years 3–6), the SENCO, one governor.",
                "1. Playground project: pupils presented the survey results; the quiet corner is agreed.",
                "2. Co-production charter: pupils chose three promises to report on at the next assembly.",
                "3. Parent carers’ coffee morning: the council will make the invitation poster.",
                "Actions: SENCO to share the survey chart with parent carers; council to review the quiet corner.",
                "");
    }

    /** A bar chart without text (no fonts needed): five bars rising, on axes. */
    private static BufferedImage surveyChart() {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 320, 200);
            g.setColor(new Color(0x33, 0x33, 0x33));
            g.setStroke(new BasicStroke(2));
            g.drawLine(30, 170, 300, 170);
            g.drawLine(30, 20, 30, 170);
            int[] heights = {70, 95, 110, 125, 140};
            Color[] colours = {new Color(0x1b6ca8), new Color(0x2a9d8f), new Color(0xe9c46a), new Color(0xf4a261),
                new Color(0xe76f51)};
            for (int i = 0; i < heights.length; i++) {
                g.setColor(colours[i]);
                g.fillRect(45 + i * 50, 170 - heights[i], 35, heights[i]);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A poster-like picture: a tree of circles over a green field. */
    private static BufferedImage councilPoster() {
        BufferedImage image = new BufferedImage(240, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xfdf6e3));
            g.fillRect(0, 0, 240, 320);
            g.setColor(new Color(0x6a994e));
            g.fillRect(0, 250, 240, 70);
            g.setColor(new Color(0x7f5539));
            g.fillRect(108, 150, 24, 110);
            g.setColor(new Color(0x386641));
            g.fillOval(60, 60, 120, 110);
            g.fillOval(40, 100, 80, 70);
            g.fillOval(120, 100, 80, 70);
            g.setColor(new Color(0xbc4749));
            for (int i = 0; i < 6; i++) {
                g.fillOval(30 + i * 32, 270, 16, 16);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> all = new ArrayList<>(paths.toList());
            all.sort(Comparator.reverseOrder());
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Temporary files of made-up content only; the system's temp cleaner removes leftovers.
        }
    }
}
