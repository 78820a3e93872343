package org.charterreviewer.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import org.charterreviewer.i18n.Messages;

/**
 * Keeps a second copy of the application off a data folder that is already open. The operating
 * system releases the lock when the process ends, so a crash never leaves the folder locked.
 */
public final class InstanceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder's lock or throws {@link DataFolderInUseException} at once. */
    public static InstanceLock acquire(DataFolder folder) {
        folder.create();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            OwnerOnlyFiles.restrict(folder.lockFile());
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new DataFolderInUseException(folder);
            }
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new DataFolderInUseException(folder);
        } catch (IOException e) {
            closeQuietly(channel);
            FailureKind kind = FailureKind.of(e);
            if (kind == FailureKind.READ_ONLY || !Files.isWritable(folder.root())) {
                throw new StorageException(Messages.tr("storage.readOnly", folder.root()), e);
            }
            if (kind == FailureKind.NO_SPACE) {
                throw new StorageException(Messages.tr("storage.noSpace", folder.root()), e);
            }
            throw new StorageException(Messages.tr("storage.cannotLock", folder.root()), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // The lock attempt already failed; the first error is the one worth reporting.
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new StorageException("Cannot release the data folder lock", e);
        }
    }
}
