package org.charterreviewer.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How much space is free to write in a folder; tests give a smaller disk than they have. */
@FunctionalInterface
public interface FreeSpace {

    FreeSpace STANDARD = folder -> Files.getFileStore(folder).getUsableSpace();

    long usableBytes(Path folder) throws IOException;
}
