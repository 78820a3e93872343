package org.charterreviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.charterreviewer.testing.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review commands' refusals, batches and help, on a real encrypted data folder. */
class ReviewChangeCliTest {

    @TempDir
    Path dir;
    Path data;
    String finalised;
    String open;

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(Arrays.asList(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @BeforeEach
    void reviews() {
        data = dir.resolve("data");
        finalised = run("demo").out().strip();
        CliRun started = run("review", "new", "--school", "999001", "--charter", "wolverhampton-co-production-charter",
                "--visit-date", "1 Mar 2026", "--participant", "Head teacher");
        assertThat(started.exitCode()).as(started.err()).isZero();
        open = started.out().strip();
        assertThat(open).matches("[0-9a-f-]{36}");
    }

    @Test
    void anUnknownItemListsTheNearestIds() {
        CliRun typo = run("review", "judge", open, "we-promis-1", "established");
        assertThat(typo.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(typo.err()).contains("has no item “we-promis-1”", "The nearest item ids are: we-promise-1")
                .doesNotContain("Exception");
    }

    @Test
    void aLevelNotOnTheScaleListsTheScale() {
        CliRun bad = run("review", "judge", open, "we-promise-1", "excellent");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(bad.err()).contains("“excellent” is not a level",
                "not-yet (Not yet), emerging (Emerging), established (Established), embedded (Embedded)");
    }

    @Test
    void aFinalisedReviewSaysHowToAmendIt() {
        CliRun refused = run("review", "note", finalised, "--text", "Too late");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(refused.err()).contains("is finalised", "review amend " + finalised.substring(0, 8));

        CliRun amended = run("review", "amend", finalised, "--reason", "A parent carer's words were misheard.");
        assertThat(amended.exitCode()).as(amended.err()).isZero();
        assertThat(amended.out()).contains("revision 2");
        assertThat(run("review", "note", finalised, "--text", "Corrected.").exitCode()).isZero();
    }

    @Test
    void datesAreReadTheUkWayAndABadOneIsRefusedInWords() {
        assertThat(run("review", "action", "add", open, "--what", "Easy-read newsletter", "--owner", "SENCO",
                "--due", "01/03/2028").exitCode()).isZero();
        assertThat(run("review", "show", open, "--json").out()).contains("\"dueDate\" : \"2028-03-01\"");
        CliRun bad = run("review", "action", "add", open, "--what", "x", "--owner", "SENCO", "--due", "3/31/2028");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(bad.err()).contains("“3/31/2028” given for --due is not a date");
    }

    @Test
    void applyKeepsAllOrNothing() throws Exception {
        Path mixed = Files.writeString(dir.resolve("mixed.json"), """
                [
                  {"type": "judge", "item": "we-promise-1", "level": "established"},
                  {"type": "voice", "role": "Parent carer", "said": "Listened to.", "consentToShare": true},
                  {"type": "judge", "item": "we-promise-2", "level": "excellent"}
                ]
                """, StandardCharsets.UTF_8);
        CliRun refused = run("review", "apply", open, mixed.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(refused.err()).contains("“excellent” is not a level");
        CliRun progress = run("review", "progress", open, "--json");
        assertThat(progress.out()).contains("\"we-promise-1\"");
        assertThat(run("review", "show", open, "--json").out()).doesNotContain("Listened to.");

        Path good = Files.writeString(dir.resolve("good.json"), """
                [
                  {"type": "judge", "item": "we-promise-1", "level": "established"},
                  {"type": "voice", "role": "Parent carer", "said": "Listened to.", "consentToShare": true},
                  {"type": "action", "what": "Easy read", "owner": "SENCO", "due": "1 Mar 2028"},
                  {"type": "note", "text": "About the whole review.", "internal": true}
                ]
                """, StandardCharsets.UTF_8);
        CliRun applied = run("review", "apply", open, good.toString());
        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("Applied 4 changes");
        assertThat(run("review", "show", open).out()).contains("we-promise-1: Established");
        assertThat(run("review", "show", open, "--json").out()).contains("Listened to.", "\"dueDate\" : \"2028-03-01\"",
                "About the whole review.");
    }

    @Test
    void voicesAndActionsAreNumberedInShowAndEditedOrRemovedByNumberAsInTheWindow() throws Exception {
        Path added = Files.writeString(dir.resolve("added.json"), """
                [
                  {"type": "voice", "item": "we-promise-1", "role": "Parent carer", "said": "Asked first.", "consentToShare": true},
                  {"type": "voice", "item": "we-promise-1", "role": "Pupil", "said": "Said by mistake."},
                  {"type": "action", "item": "we-promise-1", "what": "Easy read", "owner": "SENCO", "due": "1 Mar 2028"},
                  {"type": "action", "item": "we-promise-1", "what": "Not needed", "owner": "Head teacher"}
                ]
                """, StandardCharsets.UTF_8);
        assertThat(run("review", "apply", open, added.toString()).exitCode()).isZero();
        String shown = run("review", "show", open).out();
        assertThat(shown).contains("#1 Voice (Parent carer): “Asked first.”", "#2 Voice (Pupil): “Said by mistake.”",
                "#1 Action: Easy read", "#2 Action: Not needed");

        Path edited = Files.writeString(dir.resolve("edited.json"), """
                [
                  {"type": "voice-edit", "voice": 1, "role": "Parent carer", "said": "They asked us first.", "consentToShare": false},
                  {"type": "voice-remove", "voice": 2},
                  {"type": "action-edit", "action": 1, "what": "Share the plan in easy read", "owner": "SENCO"},
                  {"type": "action-remove", "action": 2}
                ]
                """, StandardCharsets.UTF_8);
        CliRun applied = run("review", "apply", open, edited.toString());
        assertThat(applied.exitCode()).as(applied.err()).isZero();
        String after = run("review", "show", open, "--json").out();
        assertThat(after).contains("They asked us first.", "Share the plan in easy read")
                .doesNotContain("Said by mistake.", "Not needed", "Asked first.", "2028-03-01");
        assertThat(after).contains("\"consentToShare\" : false");
    }

    @Test
    void aChangeFileIsReadStrictlyWithLocations() throws Exception {
        Path unknownField = Files.writeString(dir.resolve("changes.json"), """
                [
                  {"type": "judge", "item": "we-promise-1", "levle": "established"}
                ]
                """, StandardCharsets.UTF_8);
        CliRun field = run("review", "apply", open, unknownField.toString());
        assertThat(field.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(field.err()).startsWith("changes.json:2:").contains("unknown field “levle”");

        Path unknownType = Files.writeString(dir.resolve("types.json"), """
                [
                  {"type": "grade", "item": "we-promise-1"}
                ]
                """, StandardCharsets.UTF_8);
        CliRun type = run("review", "apply", open, unknownType.toString());
        assertThat(type.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(type.err()).startsWith("types.json:2:").contains("“grade” is not a type of change", "judge, flag");
    }

    @Test
    void evidenceIsAttachedLinkedAndListed() throws Exception {
        Path file = Files.writeString(dir.resolve("minutes.txt"), "Minutes\n", StandardCharsets.UTF_8);
        CliRun attached = run("evidence", "attach", open, file.toString(), "--item", "we-promise-1", "--internal");
        assertThat(attached.exitCode()).as(attached.err()).isZero();
        String evidenceId = attached.out().replaceAll("(?s)Attached evidence (\\d+):.*", "$1");
        assertThat(run("evidence", "link", open, evidenceId, "we-promise-2").exitCode()).isZero();
        assertThat(run("evidence", "unlink", open, evidenceId, "we-promise-1").exitCode()).isZero();
        CliRun list = run("evidence", "list", open);
        assertThat(list.out()).contains("minutes.txt", "we-promise-2", "1 evidence file").doesNotContain("we-promise-1 ");
        assertThat(run("evidence", "list", open, "--json").out()).contains("\"internal\" : true");
        CliRun unknown = run("evidence", "attach", open, file.toString(), "--item", "we-promise-99");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(unknown.err()).contains("The nearest item ids are: we-promise-9");
    }

    /** Picocli lists each command with the first line of its description: it must be a whole sentence. */
    @Test
    void everyCommandListedInHelpIsDescribedInAWholeSentence() {
        for (String[] help : List.of(new String[] {"--help"}, new String[] {"review", "--help"},
                new String[] {"delete", "--help"}, new String[] {"evidence", "--help"},
                new String[] {"review", "voice", "--help"}, new String[] {"demo", "--help"})) {
            CliRun shown = CliRun.of(help);
            assertThat(shown.exitCode()).isZero();
            String commands = shown.out().contains("Commands:") ? shown.out().substring(shown.out().indexOf("Commands:"))
                    : "";
            // An entry starts with two spaces and the command's name; deeper lines continue it.
            List<String> entries = new ArrayList<>();
            for (String line : commands.lines().skip(1).toList()) {
                if (line.isBlank()) {
                    break;
                }
                if (line.startsWith("  ") && !line.startsWith("   ")) {
                    entries.add(line.strip());
                } else if (!entries.isEmpty()) {
                    entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.strip());
                }
            }
            assertThat(entries).as(String.join(" ", help)).allSatisfy(entry -> assertThat(entry).endsWith("."));
        }
    }
}
