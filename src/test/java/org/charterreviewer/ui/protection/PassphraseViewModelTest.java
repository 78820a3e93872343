package org.charterreviewer.ui.protection;

import static org.assertj.core.api.Assertions.assertThat;

import org.charterreviewer.ui.protection.PassphraseViewModel.Mode;
import org.junit.jupiter.api.Test;

class PassphraseViewModelTest {

    @Test
    void enteringNeedsSomethingTypedButNoStrengthRules() {
        PassphraseViewModel viewModel = new PassphraseViewModel(Mode.ENTER);
        assertThat(viewModel.submit()).isEmpty();
        assertThat(viewModel.getMessage()).isEqualTo("Type your passphrase.");
        assertThat(viewModel.getHint()).isEmpty();
        viewModel.passphraseProperty().set("old short");
        assertThat(viewModel.submit()).hasValueSatisfying(s -> assertThat(new String(s.passphrase())).isEqualTo("old short"));
        assertThat(viewModel.submit()).as("no second submit while busy").isEmpty();
    }

    @Test
    void changingNeedsTheCurrentPassphraseAndAConfirmedStrongNewOne() {
        PassphraseViewModel viewModel = new PassphraseViewModel(Mode.CHANGE);
        viewModel.passphraseProperty().set("Seven green owls at midnight");
        viewModel.confirmationProperty().set("Seven green owls at midnight");
        assertThat(viewModel.submit()).isEmpty();
        assertThat(viewModel.getMessage()).contains("current passphrase");
        viewModel.currentProperty().set("Blue kettle on the 4th shelf");
        viewModel.passphraseProperty().set("Seven green owls at midnight");
        viewModel.confirmationProperty().set("Seven green owls at midnight");
        PassphraseViewModel.Submission submission = viewModel.submit().orElseThrow();
        assertThat(new String(submission.current())).isEqualTo("Blue kettle on the 4th shelf");
        assertThat(new String(submission.passphrase())).isEqualTo("Seven green owls at midnight");
    }
}
