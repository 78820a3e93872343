package org.charterreviewer.cli;

import static org.charterreviewer.i18n.Messages.tr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;
import org.charterreviewer.review.ReviewChanges;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands that record what was found item by item: judge, flag, note, voice add, action add. */
public final class ReviewEditCommands {

    private ReviewEditCommands() {
    }

    @Command(name = "judge", description = {"Judges an item of the review's charter on the charter's scale.",
        "ITEM is an item id and LEVEL a level id of the scale (charter show lists both)."})
    public static final class Judge extends ReviewChangeCommand {
        @Parameters(index = "1", paramLabel = "ITEM", description = "The item id.")
        String item;
        @Parameters(index = "2", paramLabel = "LEVEL", description = "The level id, such as established.")
        String level;

        public Judge(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Review after = apply(latest(), new ReviewChange.Judge(item, level));
            return done(after, tr("cli.change.judged", item, level));
        }
    }

    @Command(name = "flag", description = {"Flags an item to come back to, or clears the flag with --off.",
        "The judgement of the item stays as it is."})
    public static final class Flag extends ReviewChangeCommand {
        @Parameters(index = "1", paramLabel = "ITEM", description = "The item id.")
        String item;
        @Option(names = "--off", description = "Clears the flag instead of setting it.")
        boolean off;

        public Flag(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Review after = apply(latest(), new ReviewChange.Flag(item, !off));
            return done(after, tr(off ? "cli.change.unflagged" : "cli.change.flagged", item));
        }
    }

    /** Exactly one of --text and --file. */
    public static final class NoteText {
        @Option(names = "--text", paramLabel = "TEXT", required = true, description = "The note's text.")
        String text;
        @Option(names = "--file", paramLabel = "FILE", required = true,
                description = "A UTF-8 text file holding the note's text.")
        Path file;

        String read() {
            if (file == null) {
                return text;
            }
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InvalidInputException(tr("cli.change.unreadableFile", file));
            }
        }
    }

    @Command(name = "note", description = {"Writes a note about an item or about the whole review.",
        "With --item it is that item's one note (replacing the note it had; empty text removes it);",
        "without, it adds a note about the review as a whole.",
        "An internal note stays with the council and is left out of what the school sees."})
    public static final class Note extends ReviewChangeCommand {
        @Option(names = "--item", paramLabel = "ITEM", description = "The item the note is about.")
        String item;
        @Option(names = "--internal", description = "Keeps the note internal to the council.")
        boolean internal;
        @ArgGroup(exclusive = true, multiplicity = "1")
        NoteText body;

        public Note(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Review target = latest();
            String text = body.read();
            ReviewChange change = item == null
                    ? new ReviewChange.AddReviewNote(ReviewChanges.nextNoteId(target), text, internal)
                    : new ReviewChange.SetItemNote(item, text, internal);
            Review after = apply(target, change);
            return done(after, item == null ? tr("cli.change.reviewNoted") : tr("cli.change.itemNoted", item));
        }
    }

    @Command(name = "voice", description = "What pupils, parent carers and staff said, recorded by role.",
            subcommands = Voice.Add.class)
    public static final class Voice {
        @Command(name = "add", description = {"Records what someone said, by their role (never their name).",
            "Without --consent-to-share it is kept but not shared beyond the council."})
        public static final class Add extends ReviewChangeCommand {
            @Option(names = "--role", paramLabel = "ROLE", required = true,
                    description = "Who said it, by role, such as \"Parent carer\".")
            String role;
            @Option(names = "--said", paramLabel = "TEXT", required = true, description = "What they said.")
            String said;
            @Option(names = "--item", paramLabel = "ITEM", description = "The item it is about (default: the review).")
            String item;
            @Option(names = "--consent-to-share", description = "They agreed that it may be shared.")
            boolean consent;

            public Add(CliSession session) {
                super(session);
            }

            @Override
            public Integer call() {
                Review target = latest();
                Review after = apply(target, new ReviewChange.AddVoice(ReviewChanges.nextVoiceId(target), item, role,
                        said, consent));
                return done(after, tr("cli.change.voiceAdded", role));
            }
        }
    }

    @Command(name = "action", description = "Follow-up actions agreed with the school.", subcommands = Action.Add.class)
    public static final class Action {
        @Command(name = "add", description = {"Adds a follow-up action with the role that owns it.",
            "A due date may be given, such as 1 Mar 2028, 01/03/2028 or 2028-03-01."})
        public static final class Add extends ReviewChangeCommand {
            @Option(names = "--what", paramLabel = "TEXT", required = true, description = "What is to be done.")
            String what;
            @Option(names = "--owner", paramLabel = "ROLE", required = true, description = "Who owns it, by role.")
            String owner;
            @Option(names = "--due", paramLabel = "DATE", description = "When it is due.")
            String due;
            @Option(names = "--item", paramLabel = "ITEM", description = "The item it is for (default: the review).")
            String item;

            public Add(CliSession session) {
                super(session);
            }

            @Override
            public Integer call() {
                Review target = latest();
                Review after = apply(target, new ReviewChange.AddAction(ReviewChanges.nextActionId(target), item, what,
                        owner, due == null ? null : date(due, "--due")));
                return done(after, tr("cli.change.actionAdded", owner));
            }
        }
    }
}
