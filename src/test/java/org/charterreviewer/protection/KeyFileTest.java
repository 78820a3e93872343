package org.charterreviewer.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.charterreviewer.storage.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The key file is read with Jackson's streaming parser (quicker start-up), as strictly as the mapper read it. */
class KeyFileTest {

    @TempDir
    Path folder;

    @Test
    void readsBackWhatItWrote() {
        KeyFile written = KeyFile.generate();
        written.writeTo(folder);

        assertThat(KeyFile.read(folder)).isEqualTo(written);
        assertThat(KeyFile.read(folder).saltBytes()).hasSize(16);
    }

    @Test
    void readsTheFieldsInAnyOrder() throws Exception {
        write("{\"salt\":\"mL92xsBdPYmtGLPueaPHnQ==\",\"iterations\":210000,\"kdf\":\"PBKDF2WithHmacSHA256\",\"formatVersion\":1}");

        assertThat(KeyFile.read(folder)).isEqualTo(new KeyFile(1, KeyFile.KDF, 210_000, "mL92xsBdPYmtGLPueaPHnQ=="));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "[]",
        "{\"formatVersion\":1,\"kdf\":\"PBKDF2WithHmacSHA256\",\"iterations\":210000}",
        "{\"formatVersion\":1,\"kdf\":\"PBKDF2WithHmacSHA256\",\"iterations\":210000,\"salt\":\"mL92xsBdPYmtGLPueaPHnQ==\",\"extra\":1}",
        "{\"formatVersion\":1,\"kdf\":\"PBKDF2WithHmacSHA256\",\"iterations\":210000,\"salt\":\"mL92xsBdPYmtGLPueaPHnQ==\",\"salt\":\"AAAAAAAAAAAAAAAAAAAAAA==\"}",
        "{\"formatVersion\":1,\"kdf\":\"PBKDF2WithHmacSHA256\",\"iterations\":210000,\"salt\":\"mL92xsBdPYmtGLPueaPHnQ==\"} {}",
        "{\"formatVersion\":1,\"kdf\":\"PBKDF2WithHmacSHA256\",\"iterations\":\"many\",\"salt\":\"mL92xsBdPYmtGLPueaPHnQ==\"}",
        "{\"formatVersion\":2,\"kdf\":\"PBKDF2WithHmacSHA256\",\"iterations\":210000,\"salt\":\"mL92xsBdPYmtGLPueaPHnQ==\"}",
        "{\"formatVersion\":1,\"kdf\":\"MD5\",\"iterations\":210000,\"salt\":\"mL92xsBdPYmtGLPueaPHnQ==\"}",
        "{\"formatVersion\":1,\"kdf\":\"PBKDF2WithHmacSHA256\",\"iterations\":210000,\"salt\":\"not base64!\"}",
        "{\"formatVersion\":1,\"kdf\":\"PBKDF2WithHmacSHA256\",\"iterations\":210000,\"salt\":\"mL92xsBd",
    })
    void refusesADamagedFileInWords(String content) throws Exception {
        write(content);

        assertThatThrownBy(() -> KeyFile.read(folder)).isInstanceOf(StorageException.class)
                .hasMessageContaining("is damaged");
    }

    @Test
    void saysWhenTheFileIsMissing() {
        assertThatThrownBy(() -> KeyFile.read(folder)).isInstanceOf(StorageException.class)
                .hasMessageNotContaining("is damaged");
    }

    private void write(String content) throws Exception {
        Files.writeString(KeyFile.pathIn(folder), content, StandardCharsets.UTF_8);
    }
}
