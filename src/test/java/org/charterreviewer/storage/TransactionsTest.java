package org.charterreviewer.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.charterreviewer.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Work in one transaction commits together, and a refusal rolls it all back and reaches the caller unchanged. */
class TransactionsTest {

    @TempDir
    Path dir;

    @Test
    void commitsEverythingOrNothingAndRethrowsTheRefusalAsItIs() {
        try (Database database = Database.open(DataFolder.at(dir), Optional.empty())) {
            Transactions transactions = Transactions.on(database);
            AppSettingStore settings = new AppSettingStore(database);

            transactions.run(tx -> {
                settings.set(tx, "a", "1");
                settings.set(tx, "b", "2");
            });
            InvalidInputException refusal = new InvalidInputException("no");
            assertThatThrownBy(() -> transactions.run(tx -> {
                settings.set(tx, "a", "changed");
                settings.set(tx, "b", null);
                throw refusal;
            })).isSameAs(refusal);

            Optional<String> a = transactions.write(tx -> AppSettingStore.get(tx, "a"));
            Optional<String> b = transactions.write(tx -> AppSettingStore.get(tx, "b"));
            assertThat(a).contains("1");
            assertThat(b).contains("2");
            assertThat(settings.has("a")).isTrue();
        }
    }
}
