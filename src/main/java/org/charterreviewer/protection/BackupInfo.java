package org.charterreviewer.protection;

import java.nio.file.Path;
import java.time.Instant;

/** One backup file found in a folder: where it is, when it was taken (from its name) and its size. */
public record BackupInfo(Path file, Instant takenAt, long sizeBytes) {
}
