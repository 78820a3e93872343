package org.charterreviewer.cli;

import static org.charterreviewer.i18n.Messages.tr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.i18n.Sizes;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.EvidenceSizeLimit;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evidence ...}: attach files to a review through the evidence service (streamed, photo
 * metadata removed, audited, as in the window), link and unlink them to items, and list them.
 */
@Command(name = "evidence", description = "Evidence files of a review: attach, link, unlink and list; the size limit.",
        subcommands = {EvidenceCommand.Attach.class, EvidenceCommand.Link.class, EvidenceCommand.Unlink.class,
            EvidenceCommand.ListEvidence.class, EvidenceCommand.Limit.class})
public final class EvidenceCommand {

    @Command(name = "attach", description = {"Attaches files to a review in progress.",
        "Each file is linked to the items given with --item. Photos have their location and camera details",
        "removed before they are stored."})
    public static final class Attach extends ReviewChangeCommand {
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "The files to attach.")
        List<Path> files;
        @Option(names = "--item", paramLabel = "ITEM", description = "An item the files support (repeatable).")
        List<String> items = new ArrayList<>();
        @Option(names = "--caption", paramLabel = "TEXT", description = "A caption for the files.")
        String caption;
        @Option(names = "--internal", description = "Keeps the files with the council, out of what the school sees.")
        boolean internal;

        public Attach(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Review target = latest();
            // Refuse an unknown item or a finalised review before copying any file.
            Charter charter = charterOf(target);
            List<ReviewChange> links = items.stream()
                    .<ReviewChange>map(item -> new ReviewChange.LinkEvidence(0, item)).toList();
            ChangeRefusals.check(charter, target, links);
            Review after = target;
            for (Path file : files) {
                EvidenceFile attached = workspace().evidence().attach(target.ref(), file, items, caption,
                        ProgressMonitor.NONE);
                if (internal) {
                    after = apply(after, new ReviewChange.SetEvidenceInternal(attached.id(), true));
                } else {
                    after = workspace().reviews().editor().latest(target.id());
                }
                if (!json) {
                    out().println(tr("cli.evidence.attached", attached.id(), attached.originalName(),
                            attached.metadataRemoved() ? tr("cli.evidence.cleaned") : ""));
                }
            }
            if (json) {
                printJson(after.evidence());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "link", description = "Says that an attached evidence file supports an item as well.")
    public static final class Link extends ReviewChangeCommand {
        @Parameters(index = "1", paramLabel = "EVIDENCE_ID", description = "The evidence id (evidence list shows it).")
        long evidenceId;
        @Parameters(index = "2", paramLabel = "ITEM", description = "The item id.")
        String item;

        public Link(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Review after = apply(latest(), new ReviewChange.LinkEvidence(evidenceId, item));
            return done(after, tr("cli.evidence.linked", evidenceId, item));
        }
    }

    @Command(name = "unlink", description = "Says that an evidence file no longer supports an item; the file stays.")
    public static final class Unlink extends ReviewChangeCommand {
        @Parameters(index = "1", paramLabel = "EVIDENCE_ID", description = "The evidence id (evidence list shows it).")
        long evidenceId;
        @Parameters(index = "2", paramLabel = "ITEM", description = "The item id.")
        String item;

        public Unlink(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Review after = apply(latest(), new ReviewChange.UnlinkEvidence(evidenceId, item));
            return done(after, tr("cli.evidence.unlinked", evidenceId, item));
        }
    }

    @Command(name = "list", description = "Lists the evidence files of a review's latest revision.")
    public static final class ListEvidence extends ReviewChangeCommand {
        public ListEvidence(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Review target = latest();
            if (json) {
                printJson(target.evidence());
                return ExitCode.OK;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(tr("cli.evidence.col.id"), tr("cli.evidence.col.name"), tr("cli.evidence.col.size"),
                    tr("cli.evidence.col.internal"), tr("cli.evidence.col.items"), tr("cli.evidence.col.caption")));
            // One query for the whole list: which files are still on the council database.
            java.util.Set<String> onCouncil = workspace().evidence().pendingAmong(
                    target.evidence().stream().map(EvidenceFile::sha256).toList());
            for (EvidenceFile file : target.evidence()) {
                String name = onCouncil.contains(file.sha256())
                        ? file.originalName() + " (" + tr("cli.evidence.onCouncil") + ")" : file.originalName();
                rows.add(List.of(Long.toString(file.id()), name, Long.toString(file.sizeBytes()),
                        tr(file.internal() ? "cli.review.yes" : "cli.review.no"), String.join(" ", file.linkedItemIds()),
                        file.caption() == null ? "" : file.caption()));
            }
            ReviewCommand.printTable(out(), rows);
            out().println(tr("cli.evidence.count", target.evidence().size()));
            long pending = target.evidence().stream().filter(file -> onCouncil.contains(file.sha256())).count();
            if (pending > 0) {
                out().println(tr("cli.evidence.onCouncilCount", pending));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "limit", description = {"Shows the largest evidence file that may be attached, or sets it.",
        "Give a whole number of megabytes (1 to 100000) to set it; the change is audited.",
        "The window's File > Evidence size limit... does the same."})
    public static final class Limit extends WorkspaceCommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "MEGABYTES", description = "The new limit, in megabytes.")
        String megabytes;
        @Option(names = "--json", description = "Prints the limit in bytes as JSON.")
        boolean json;

        public Limit(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            // Read before the folder is touched, so a mistyped number changes nothing.
            Long wanted = megabytes == null ? null : EvidenceSizeLimit.bytesFrom(megabytes);
            if (wanted != null) {
                workspace().evidence().setMaxBytes(wanted);
            }
            long limit = workspace().evidence().maxBytes();
            if (json) {
                printJson(java.util.Map.of("maxBytes", limit));
            } else {
                out().println(tr(wanted == null ? "cli.evidence.limit" : "cli.evidence.limitSet", Sizes.format(limit)));
            }
            return ExitCode.OK;
        }
    }
}
