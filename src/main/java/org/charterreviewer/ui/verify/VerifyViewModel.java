package org.charterreviewer.ui.verify;

import org.charterreviewer.i18n.Dates;
import static org.charterreviewer.i18n.Messages.tr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.charterreviewer.certificate.CertificateCheck;
import org.charterreviewer.certificate.VerificationResult;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * The Verify screen's state: which file was checked, whether it is intact, and what it says (who
 * signed when, its number, the school and dates from the embedded review summary, and whether it
 * matches a review in this install). Checking runs off the FX thread.
 */
public final class VerifyViewModel {

    /** What the screen shows in its verdict area. */
    public enum Verdict { NONE, CHECKING, INTACT, TAMPERED }


    private final Function<Path, CertificateCheck> checker;
    private final ObjectMapper json;
    private final TaskExecutor tasks;
    private final DialogService dialogs;

    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(Verdict.NONE);
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(tr("verify.prompt"));
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper signer = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper signingTime = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper certificateNumber = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper school = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dates = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper matches = new ReadOnlyStringWrapper("");

    public VerifyViewModel(Function<Path, CertificateCheck> checker, ObjectMapper json, TaskExecutor tasks,
            DialogService dialogs) {
        this.checker = checker;
        this.json = json;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Asks for a PDF and checks it. */
    public void chooseFile() {
        List<Path> files = dialogs.chooseFilesToOpen(tr("verify.choose.title"), tr("verify.choose.filter"), "*.pdf");
        if (!files.isEmpty()) {
            verify(files.get(0));
        }
    }

    /** Checks {@code file} in the background and shows what was found. */
    public void verify(Path file) {
        verdict.set(Verdict.CHECKING);
        headline.set(tr("verify.checking"));
        fileName.set(String.valueOf(file.getFileName()));
        clearDetails();
        tasks.execute(BackgroundTask.of(tr("verify.task", file.getFileName()), monitor -> read(file))
                .notCancellable()
                .onSuccess(this::show)
                .onFailure(error -> {
                    verdict.set(Verdict.TAMPERED);
                    headline.set(tr("verify.tampered"));
                    reason.set(tr("certificate.verify.unreadable", file));
                }));
    }

    /** Everything the screen shows, worked out off the FX thread. */
    record Shown(boolean passed, String reason, String signer, String signingTime, String number, String school,
            String dates, String matches) {
    }

    private Shown read(Path file) {
        CertificateCheck check = checker.apply(file);
        VerificationResult result = check.result();
        String schoolText = "";
        String datesText = "";
        if (result.embeddedJson() != null) {
            try {
                JsonNode root = json.readTree(result.embeddedJson());
                JsonNode schoolNode = root.path("school");
                String urn = schoolNode.path("urn").asText("");
                schoolText = schoolNode.path("name").asText("") + (urn.isBlank() ? "" : " (" + tr("certificate.pdf.urn", urn) + ")");
                String awarded = date(root.path("awardedOn"));
                String until = date(root.path("validUntil"));
                if (!awarded.isEmpty()) {
                    datesText = tr("verify.dates", awarded, until);
                }
            } catch (IOException | RuntimeException e) {
                schoolText = tr("verify.noSummary");
            }
        }
        String matchText = check.match()
                .map(m -> tr("certificate.verify.matchText", m.reviewId(), m.revision(), m.schoolName()))
                .map(text -> tr("certificate.verify.yes") + " — " + text)
                .orElse(tr("certificate.verify.no"));
        // A countersigned certificate lists every signer with their role and time, officer first.
        String signerText = result.signers().size() > 1
                ? result.signers().stream().map(s -> tr("verify.signerWithRole", nullToEmpty(s.name()), s.role().label(),
                        Dates.dayAndTime(s.signingTime()))).collect(java.util.stream.Collectors.joining("\n"))
                : nullToEmpty(result.signerName());
        return new Shown(check.passed(), check.reason(), signerText, Dates.dayAndTime(result.signingTime()),
                nullToEmpty(result.certificateNumber()), schoolText, datesText, matchText);
    }

    private static String date(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return "";
        }
        try {
            return Dates.day(LocalDate.parse(node.asText()));
        } catch (RuntimeException e) {
            return node.asText();
        }
    }

    private void show(Shown shown) {
        verdict.set(shown.passed() ? Verdict.INTACT : Verdict.TAMPERED);
        // An ordinary PDF with no signature was not changed; it simply is no signed certificate.
        boolean unsigned = tr("certificate.verify.unsigned").equals(shown.reason());
        headline.set(tr(shown.passed() ? "verify.intact" : unsigned ? "verify.unsigned" : "verify.tampered"));
        reason.set(shown.reason());
        signer.set(shown.signer());
        signingTime.set(shown.signingTime());
        certificateNumber.set(shown.number());
        school.set(shown.school());
        dates.set(shown.dates());
        matches.set(shown.matches());
    }

    private void clearDetails() {
        for (ReadOnlyStringWrapper p : List.of(reason, signer, signingTime, certificateNumber, school, dates, matches)) {
            p.set("");
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public Verdict getVerdict() {
        return verdict.get();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty signerProperty() {
        return signer.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty signingTimeProperty() {
        return signingTime.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty certificateNumberProperty() {
        return certificateNumber.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty schoolProperty() {
        return school.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty datesProperty() {
        return dates.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty matchesProperty() {
        return matches.getReadOnlyProperty();
    }
}
