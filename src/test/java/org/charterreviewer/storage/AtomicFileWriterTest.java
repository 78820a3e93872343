package org.charterreviewer.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesTheFileAndLeavesNoTemporaryBehind() throws Exception {
        Path target = dir.resolve("out").resolve("certificate.pdf");
        AtomicFileWriter.write(target, "done".getBytes());
        assertThat(target).hasContent("done");
        assertThat(Files.list(target.getParent()).toList()).containsExactly(target);
    }

    @Test
    void aFailureHalfWayKeepsTheOldFileAndLeavesNoHalfWrittenOne() throws Exception {
        Path target = dir.resolve("report.csv");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(target).hasContent("old");
        assertThat(Files.list(dir).toList()).containsExactly(target);
    }
}
