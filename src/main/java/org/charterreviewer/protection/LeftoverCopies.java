package org.charterreviewer.protection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.FailureKind;
import org.charterreviewer.storage.StorageException;
import org.charterreviewer.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears what a crash left of work on copies of the data: the re-encryption folder (a whole copy of
 * the database under the old or the new key), the restore's check folder (the unpacked backup and
 * its identity), the backup's work folder, and an identity set aside during a restore. Each of
 * these works on a copy and replaces the real file in one step, so at the next start the real files
 * are complete and the copies are only a risk: a later deletion would never reach them. Runs with
 * the folder locked, before the database opens.
 */
public final class LeftoverCopies {

    private static final Logger LOG = LoggerFactory.getLogger(LeftoverCopies.class);

    private LeftoverCopies() {
    }

    public static void clear(DataFolder folder) {
        Path root = folder.root();
        try {
            finishIdentitySwap(folder);
            for (String name : new String[] {DatabaseEncryption.WORK_FOLDER, BackupService.RESTORE_CHECK_FOLDER,
                BackupService.BACKUP_WORK_FOLDER}) {
                Path leftover = root.resolve(name);
                if (Files.exists(leftover)) {
                    DatabaseEncryption.deleteTree(leftover);
                    LOG.info("Removed {} left by an interrupted operation", name);
                }
            }
        } catch (IOException e) {
            LOG.error("Cannot remove copies left by an interrupted operation ({})", FailureKind.of(e).description());
            throw new StorageException(Messages.tr("protection.leftoverCopies", root), e);
        }
    }

    /**
     * A restore moves the identity aside, then the backup's into place: a crash between the two
     * leaves no identity, so the one set aside goes back. Otherwise the set-aside one is stale.
     */
    private static void finishIdentitySwap(DataFolder folder) throws IOException {
        Path aside = folder.root().resolve(BackupService.IDENTITY_BEFORE_RESTORE);
        if (!Files.exists(aside)) {
            return;
        }
        if (!Files.exists(folder.identityFolder())) {
            Files.move(aside, folder.identityFolder(), StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Put back the signing identity set aside by an interrupted restore");
        } else {
            DatabaseEncryption.deleteTree(aside);
        }
    }
}
