package org.charterreviewer.ui.verify;

import static org.charterreviewer.i18n.Messages.tr;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.charterreviewer.ui.certificate.TrustedTimeViewModel;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.Screen;
import org.charterreviewer.ui.common.Styles;

/**
 * The Verify screen: drop a certificate PDF (or choose one with Ctrl+O) and see whether it is
 * intact, who signed it and when, what it awards to whom, and whether this install issued it.
 * The verdict is said in words and with a symbol, not by colour alone.
 */
public final class VerifyView implements Screen {

    static final KeyCombination CHOOSE = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);

    private final VerifyViewModel viewModel;
    private final VBox root = new VBox(16);
    private final Button choose;
    private final Label verdict = new Label();
    private final ChangeListener<VerifyViewModel.Verdict> verdictListener = (observable, before, after) -> showVerdict(after);
    private final Runnable chooseAction;
    private Scene acceleratorScene;

    public VerifyView(VerifyViewModel viewModel) {
        this(viewModel, null);
    }

    /** @param trustedTime "Add trusted time…" beside Choose; null for a screen that only checks */
    public VerifyView(VerifyViewModel viewModel, TrustedTimeViewModel trustedTime) {
        this.viewModel = viewModel;
        this.chooseAction = viewModel::chooseFile;
        root.setId("verify-screen");
        root.getStyleClass().add(Styles.SCREEN);

        Label title = new Label(tr("nav.verify"));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        Label intro = new Label(tr("verify.intro"));
        intro.getStyleClass().add(Styles.SCREEN_SUBTITLE);
        intro.setWrapText(true);

        choose = Controls.button("verify-choose", "verify.choose");
        choose.setOnAction(event -> chooseAction.run());
        Label dropHint = new Label(tr("verify.dropHint"));
        dropHint.getStyleClass().add(Styles.MUTED);
        HBox dropArea = new HBox(12, choose, dropHint);
        if (trustedTime != null) {
            Button extend = Controls.button("verify-extend", "verify.extend");
            extend.setOnAction(event -> trustedTime.addTrustedTime());
            extend.disableProperty().bind(trustedTime.busyProperty());
            dropArea.getChildren().add(1, extend);
        }
        dropArea.setId("verify-drop-area");
        dropArea.getStyleClass().addAll(Styles.CARD, Styles.VERIFY_DROP_AREA);

        verdict.setId("verify-verdict");
        verdict.setWrapText(true);
        verdict.setAccessibleRole(AccessibleRole.TEXT);
        verdict.textProperty().bind(viewModel.headlineProperty());
        Label reason = label("verify-reason", viewModel.reasonProperty());
        reason.setWrapText(true);

        GridPane details = new GridPane();
        details.setId("verify-details");
        details.setHgap(12);
        details.setVgap(6);
        addRow(details, 0, "verify.field.file", label("verify-file", viewModel.fileNameProperty()));
        addRow(details, 1, "certificate.verify.result.signerName", label("verify-signer", viewModel.signerProperty()));
        addRow(details, 2, "certificate.verify.result.signingTime", label("verify-signing-time", viewModel.signingTimeProperty()));
        addRow(details, 3, "certificate.verify.result.certificateNumber",
                label("verify-number", viewModel.certificateNumberProperty()));
        addRow(details, 4, "verify.field.school", label("verify-school", viewModel.schoolProperty()));
        addRow(details, 5, "verify.field.dates", label("verify-dates", viewModel.datesProperty()));
        addRow(details, 6, "certificate.verify.result.matchesReview", label("verify-matches", viewModel.matchesProperty()));
        VBox result = new VBox(10, verdict, reason, details);
        result.setId("verify-result");
        result.getStyleClass().add(Styles.CARD);
        result.visibleProperty().bind(viewModel.verdictProperty().isNotEqualTo(VerifyViewModel.Verdict.NONE));
        result.managedProperty().bind(result.visibleProperty());

        root.getChildren().addAll(title, intro, dropArea, result);
        root.setOnDragOver(this::dragOver);
        root.setOnDragExited(event -> root.getStyleClass().remove(Styles.DROP_TARGET));
        root.setOnDragDropped(this::dropped);
        showVerdict(viewModel.getVerdict());
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }

    private static void addRow(GridPane grid, int row, String key, Label value) {
        Label name = new Label(tr(key));
        name.getStyleClass().add(Styles.MUTED);
        name.setLabelFor(value);
        value.setAccessibleText(null);
        value.accessibleTextProperty().bind(name.textProperty().concat(": ").concat(value.textProperty()));
        grid.addRow(row, name, value);
    }

    private void showVerdict(VerifyViewModel.Verdict value) {
        verdict.getStyleClass().removeAll(Styles.VERDICT_INTACT, Styles.VERDICT_TAMPERED);
        if (value == VerifyViewModel.Verdict.INTACT) {
            verdict.getStyleClass().add(Styles.VERDICT_INTACT);
        } else if (value == VerifyViewModel.Verdict.TAMPERED) {
            verdict.getStyleClass().add(Styles.VERDICT_TAMPERED);
        }
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && !pdfs(event.getDragboard().getFiles()).isEmpty()) {
            event.acceptTransferModes(TransferMode.COPY);
            if (!root.getStyleClass().contains(Styles.DROP_TARGET)) {
                root.getStyleClass().add(Styles.DROP_TARGET);
            }
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        List<Path> files = event.getDragboard().hasFiles() ? pdfs(event.getDragboard().getFiles()) : List.of();
        root.getStyleClass().remove(Styles.DROP_TARGET);
        event.setDropCompleted(!files.isEmpty());
        event.consume();
        if (!files.isEmpty()) {
            viewModel.verify(files.get(0));
        }
    }

    private static List<Path> pdfs(List<File> files) {
        return files.stream().map(File::toPath)
                .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).toList();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        viewModel.verdictProperty().addListener(verdictListener);
        showVerdict(viewModel.getVerdict());
        acceleratorScene = root.getScene();
        if (acceleratorScene != null) {
            acceleratorScene.getAccelerators().put(CHOOSE, chooseAction);
        }
    }

    @Override
    public void onHide() {
        viewModel.verdictProperty().removeListener(verdictListener);
        if (acceleratorScene != null) {
            acceleratorScene.getAccelerators().remove(CHOOSE, chooseAction);
            acceleratorScene = null;
        }
    }

    @Override
    public Node initialFocus() {
        return choose;
    }
}
