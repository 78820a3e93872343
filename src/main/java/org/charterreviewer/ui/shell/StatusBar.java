package org.charterreviewer.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.FxTaskExecutor;
import org.charterreviewer.ui.common.Styles;

/** The bottom line of the window: a status message and, while work runs, its progress and Cancel. */
final class StatusBar extends HBox {

    StatusBar(MainWindowViewModel viewModel, FxTaskExecutor tasks) {
        getStyleClass().add(Styles.STATUS_BAR);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);

        Label status = new Label();
        status.setId("status-message");
        status.textProperty().bind(viewModel.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);

        Label lastSync = new Label();
        lastSync.setId("status-last-sync");
        lastSync.textProperty().bind(viewModel.lastSyncProperty());
        lastSync.visibleProperty().bind(viewModel.lastSyncProperty().isNotEmpty());
        lastSync.managedProperty().bind(lastSync.visibleProperty());

        Label taskMessage = new Label();
        taskMessage.setId("task-message");
        ProgressBar progress = new ProgressBar();
        progress.setId("task-progress");
        progress.getStyleClass().add("task-progress");
        progress.setAccessibleText(Messages.tr("status.progress.accessible"));
        Button cancel = Controls.button("task-cancel", "status.cancel");

        var running = tasks.currentProperty();
        var isRunning = running.isNotNull();
        for (var node : new javafx.scene.Node[] {taskMessage, progress, cancel}) {
            node.visibleProperty().bind(isRunning);
            node.managedProperty().bind(isRunning);
        }
        running.addListener((observable, before, task) -> {
            taskMessage.textProperty().unbind();
            progress.progressProperty().unbind();
            if (task != null) {
                taskMessage.textProperty().bind(Bindings.when(task.messageProperty().isEmpty())
                        .then(task.titleProperty()).otherwise(task.messageProperty()));
                progress.progressProperty().bind(task.progressProperty());
                cancel.setDisable(!task.isCancellable());
            }
        });
        cancel.setOnAction(event -> {
            FxTaskExecutor.RunningTask<?> task = tasks.getCurrent();
            if (task != null) {
                task.cancel();
            }
        });
        getChildren().addAll(status, lastSync, taskMessage, progress, cancel);
    }
}
