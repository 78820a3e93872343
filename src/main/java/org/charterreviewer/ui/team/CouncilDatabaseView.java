package org.charterreviewer.ui.team;

import static org.charterreviewer.i18n.Messages.tr;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.ClosableDialog;
import org.charterreviewer.ui.common.FirstFocus;

/**
 * File → Council database…: the address, user name and password council IT gave the officer,
 * Connect / Test / Disconnect / Sync now, what happened, and the conflicts waiting for a person.
 * Only builds controls and binds them to {@link CouncilDatabaseViewModel}.
 */
public final class CouncilDatabaseView extends VBox {

    final TextField url = new TextField();

    /** @param councilSettings other council settings kept on this laptop, shown below (the timestamp server) */
    CouncilDatabaseView(CouncilDatabaseViewModel viewModel, javafx.scene.Node... councilSettings) {
        setSpacing(12);
        setPadding(new Insets(8));
        // 49em wide (640 px at 100 % text), growing with View → Larger text.
        getStyleClass().add("council-database-view");

        Label intro = new Label(tr("team.form.intro"));
        intro.setWrapText(true);

        Controls.describe(url, "team-url", "team.form.url");
        url.setPromptText("jdbc:postgresql://server.council.example/charters");
        url.textProperty().bindBidirectional(viewModel.urlProperty());
        TextField user = Controls.describe(new TextField(), "team-user", "team.form.user");
        user.textProperty().bindBidirectional(viewModel.userProperty());
        PasswordField password = Controls.describe(new PasswordField(), "team-password", "team.form.password");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, label("team.form.url", url), url);
        form.addRow(1, label("team.form.user", user), user);
        form.addRow(2, label("team.form.password", password), password);
        GridPane.setHgrow(url, javafx.scene.layout.Priority.ALWAYS);

        Button connect = Controls.button("team-connect", "team.form.connect");
        connect.setOnAction(event -> viewModel.connect());
        connect.disableProperty().bind(viewModel.busyProperty());
        Button test = Controls.button("team-test", "team.form.test");
        test.setOnAction(event -> viewModel.test());
        test.disableProperty().bind(viewModel.busyProperty().or(viewModel.connectedProperty().not()));
        Button sync = Controls.button("team-sync", "team.form.sync");
        sync.setOnAction(event -> viewModel.sync());
        sync.disableProperty().bind(test.disableProperty());
        Button disconnect = Controls.button("team-disconnect", "team.form.disconnect");
        disconnect.setOnAction(event -> viewModel.disconnect());
        disconnect.disableProperty().bind(test.disableProperty());
        HBox buttons = new HBox(8, connect, test, sync, disconnect);
        // Council IT's step, once per server (team prepare-server), with the owner's login typed above.
        Button prepare = Controls.button("team-prepare", "team.form.prepare");
        prepare.setOnAction(event -> viewModel.prepareServer());
        prepare.disableProperty().bind(viewModel.busyProperty());
        Label prepareNote = new Label(tr("team.form.prepareNote"));
        prepareNote.setWrapText(true);
        prepareNote.getStyleClass().add(org.charterreviewer.ui.common.Styles.MUTED);

        Label message = new Label();
        message.setId("team-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        Label lastSync = new Label();
        lastSync.setId("team-last-sync");
        lastSync.textProperty().bind(viewModel.lastSyncProperty());

        ConflictResolutionPane conflicts = new ConflictResolutionPane(viewModel.resolution());
        getChildren().addAll(intro, form, buttons, message, lastSync, conflicts, new javafx.scene.control.Separator(),
                prepareNote, prepare);
        for (javafx.scene.Node setting : councilSettings) {
            getChildren().addAll(new javafx.scene.control.Separator(), setting);
        }
    }

    private static Label label(String key, javafx.scene.Node field) {
        Label label = new Label(tr(key));
        label.setLabelFor(field);
        return label;
    }

    /** Shows the dialog over {@code owner} until the officer closes it. */
    public static void showDialog(Window owner, CouncilDatabaseViewModel viewModel,
            javafx.scene.Node... councilSettings) {
        CouncilDatabaseView view = new CouncilDatabaseView(viewModel, councilSettings);
        // At large text, or once a long refusal shows, the form scrolls inside a dialog kept on the screen.
        Dialog<Void> dialog = ClosableDialog.scrolling(owner, tr("team.dialog.title"), view, "team-scroll");
        viewModel.refresh();
        FirstFocus.on(dialog, view.url);
        dialog.showAndWait();
    }
}
