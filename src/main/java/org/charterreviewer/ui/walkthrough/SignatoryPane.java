package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.Styles;
import org.charterreviewer.ui.common.UkDateConverter;

/** The signatory of a pledge: name, role, organisation, date signed (read the UK way) and consent. */
final class SignatoryPane {

    private final VBox root = new VBox(8);

    SignatoryPane(SignatoryViewModel viewModel) {
        TextField name = Controls.describe(new TextField(), "review-sign-name", "review.sign.name");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        TextField role = Controls.describe(new TextField(), "review-sign-role", "review.sign.role");
        role.textProperty().bindBidirectional(viewModel.roleProperty());
        TextField organisation = Controls.describe(new TextField(), "review-sign-organisation",
                "review.sign.organisation");
        organisation.textProperty().bindBidirectional(viewModel.organisationProperty());
        DatePicker date = Controls.describe(new DatePicker(), "review-sign-date", "review.sign.date");
        date.setConverter(new UkDateConverter());
        date.valueProperty().bindBidirectional(viewModel.dateProperty());
        CheckBox consent = Controls.describe(new CheckBox(tr("review.sign.consent")), "review-sign-consent",
                "review.sign.consent");
        consent.setMnemonicParsing(true);
        consent.selectedProperty().bindBidirectional(viewModel.consentProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        List<Control> fields = List.of(name, role, organisation, date);
        List<String> keys = List.of("review.sign.name", "review.sign.role", "review.sign.organisation",
                "review.sign.date");
        for (int i = 0; i < fields.size(); i++) {
            Label label = new Label(tr(keys.get(i)));
            label.setMnemonicParsing(true);
            label.setLabelFor(fields.get(i));
            grid.addRow(i, label, fields.get(i));
            GridPane.setHgrow(fields.get(i), Priority.ALWAYS);
        }
        grid.add(consent, 1, fields.size());
        grid.disableProperty().bind(viewModel.editableProperty().not());
        Label hint = WalkthroughControls.label("review-signatory-hint", viewModel.hintProperty());
        hint.getStyleClass().add(Styles.MUTED);
        Label heading = new Label(tr("review.sign.heading"));
        heading.getStyleClass().add("panel-heading");
        root.getChildren().setAll(heading, grid, hint);
        root.setId("review-pledge");
    }

    Node node() {
        return root;
    }
}
