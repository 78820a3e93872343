package org.charterreviewer.report;

import org.charterreviewer.review.RevisionRef;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Item;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.NewReview;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.Review;
import org.charterreviewer.school.School;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.workspace.Workspace;

/**
 * A review like the one the {@code demo} command is to add (issue 5; not built yet): a finished,
 * awarded review of the bundled Wolverhampton charter with every kind of content, including what
 * the school's report must leave out (internal notes and evidence, voices without consent).
 */
final class ReportFixtures {

    static final String CHARTER_ID = "wolverhampton-co-production-charter";
    static final String SCHOOL_NAME = "St Ŵyn’s “Ysgol” – Łódź École Primary";
    static final String INTERNAL = "INTERNAL-ONLY";
    static final String NOT_CONSENTED = "NO-CONSENT";

    private ReportFixtures() {
    }

    static Charter charter(Workspace workspace) {
        return workspace.charters().latest(CHARTER_ID).orElseThrow().charter();
    }

    /** A review in progress with nothing judged yet, of a new school (with no URN unless it is the demo school). */
    static Review start(Workspace workspace, String schoolName) {
        String urn = schoolName.equals(SCHOOL_NAME) ? "104321" : null;
        School school = workspace.schools().add(new SchoolDraft(urn, schoolName, "Wolverhampton", null, null,
                null, "Low Hill Crescent", null, null, "Wolverhampton", null, "WV10 9JN", null, null, null));
        Charter charter = charter(workspace);
        return workspace.reviews().start(new NewReview(school.id(), charter.id(), charter.version(),
                LocalDate.of(2026, 3, 9), List.of("Siân O’Brien", "Dafydd Ŵyn"),
                List.of(new Participant("Head teacher", null),
                        new Participant("Pupils’ council", "Years 5 and 6"),
                        new Participant("Parent carers", "three families of pupils with EHC plans"))));
    }

    /** The whole demo-like review, finalised and awarded. */
    static Review awardedReview(Workspace workspace, Path scratch) throws IOException {
        Review review = start(workspace, SCHOOL_NAME);
        RevisionRef key = review.ref();
        Charter charter = charter(workspace);
        List<Item> items = charter.judgedItems();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            workspace.reviews().judge(key, item.id(), i % 3 == 0 ? "embedded" : "established");
            if (i % 4 == 0) {
                workspace.reviews().setItemNote(key, item.id(), INTERNAL + " note about staffing " + i, true);
            } else {
                workspace.reviews().setItemNote(key, item.id(), "Shared note " + i + ": pupils’ ideas were “acted on” – see minutes.", false);
            }
            if (i % 5 == 0) {
                workspace.reviews().addVoice(key, item.id(), "Pupil, Year 5", "Consented voice " + i + ": we chose the trip", true);
                workspace.reviews().addVoice(key, item.id(), "Parent", NOT_CONSENTED + " voice " + i, false);
            }
        }
        workspace.reviews().addAction(key, items.get(2).id(), "Invite parent carers to plan the autumn review",
                "SENCo", LocalDate.of(2026, 6, 30));
        long done = workspace.reviews().addAction(key, null, "Publish the pupils’ council minutes on the website",
                "Head teacher", LocalDate.of(2026, 4, 15));
        workspace.reviews().setActionDone(key, done, true);
        workspace.reviews().addReviewNote(key, "A warm, well-prepared visit.", false);
        workspace.reviews().addReviewNote(key, INTERNAL + " review note", true);
        workspace.reviews().addVoice(key, null, "Teaching assistant", "Whole-review consented voice", true);

        List<String> principleItems = charter.sections().stream()
                .filter(s -> !s.id().equals("we-promise"))
                .flatMap(s -> s.items().stream()).map(Item::id).toList();
        Path photo = image(scratch.resolve("pupils-council.png"), 900, 600, new Color(0x2E, 0x86, 0xC1));
        workspace.evidence().attach(key, photo, principleItems, "Pupils’ council meeting board", ProgressMonitor.NONE);
        Path plan = Files.writeString(scratch.resolve("co-production-plan.txt"), "The school's co-production plan");
        workspace.evidence().attach(key, plan, principleItems.subList(0, 3), "The plan, agreed with families",
                ProgressMonitor.NONE);
        Path secret = Files.writeString(scratch.resolve(INTERNAL + "-safeguarding.txt"), "internal");
        long secretId = workspace.evidence().attach(key, secret, List.of(principleItems.get(0)), null,
                ProgressMonitor.NONE).id();
        workspace.evidence().setInternal(key, secretId, true);

        workspace.reviews().recordDecision(key, Decision.AWARDED,
                "The school shows co-production in its everyday work with pupils and families.", null);
        return workspace.reviews().finalise(key);
    }

    static Path image(Path file, int width, int height, Color color) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.YELLOW);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** Every judged item's text, in charter order. */
    static List<String> judgedItemTexts(Charter charter) {
        List<String> texts = new ArrayList<>();
        charter.judgedItems().forEach(item -> texts.add(item.text()));
        return texts;
    }
}
