package org.charterreviewer.cli;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.JudgementScale;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;

/**
 * The command line's refusals that help someone typing: an unknown item id lists the nearest ids,
 * a level not on the scale lists the scale, and a finalised review says how to amend it. The rules
 * themselves stay in {@code ChangeRules}, which the editor applies to every change after this.
 */
final class ChangeRefusals {

    private static final int NEAREST = 5;

    private ChangeRefusals() {
    }

    /** Refuses, in the words above, the first of {@code changes} that would fail for these reasons. */
    static void check(Charter charter, Review review, List<ReviewChange> changes) {
        boolean finalised = review.isFinalised();
        for (ReviewChange change : changes) {
            if (change instanceof ReviewChange.Amend) {
                finalised = false;
                continue;
            }
            if (finalised) {
                throw new InvalidInputException(tr("cli.change.refusedFinalised", shortId(review), review.revision()));
            }
            if (change instanceof ReviewChange.Finalise) {
                finalised = true;
            }
            String item = itemOf(change);
            if (item != null) {
                requireItem(charter, item);
            }
            if (change instanceof ReviewChange.Judge judge && judge.levelId() != null) {
                requireLevel(charter, judge.levelId());
            }
        }
    }

    static void requireItem(Charter charter, String itemId) {
        if (charter.item(itemId).isEmpty()) {
            throw new InvalidInputException(tr("cli.change.noSuchItem", itemId, charter.reference(),
                    String.join(", ", nearest(itemId, charter.allItems().map(Item::id).toList()))));
        }
    }

    static void requireLevel(Charter charter, String levelId) {
        if (charter.scale().level(levelId).isEmpty()) {
            throw new InvalidInputException(tr("cli.change.noSuchLevel", levelId, charter.reference(),
                    charter.scale().levels().stream().map(ChangeRefusals::levelText).collect(Collectors.joining(", "))));
        }
    }

    /** The first eight characters of the review id, as lists show it and commands accept it. */
    static String shortId(Review review) {
        return review.id().toString().substring(0, 8);
    }

    private static String levelText(JudgementScale.Level level) {
        return level.id() + " (" + level.label() + ")";
    }

    private static String itemOf(ReviewChange change) {
        if (change instanceof ReviewChange.Judge c) {
            return c.itemId();
        } else if (change instanceof ReviewChange.Flag c) {
            return c.itemId();
        } else if (change instanceof ReviewChange.SetItemNote c) {
            return c.itemId();
        } else if (change instanceof ReviewChange.AddVoice c) {
            return c.itemId();
        } else if (change instanceof ReviewChange.AddAction c) {
            return c.itemId();
        } else if (change instanceof ReviewChange.LinkEvidence c) {
            return c.itemId();
        } else if (change instanceof ReviewChange.UnlinkEvidence c) {
            return c.itemId();
        }
        return null;
    }

    /** The ids nearest to what was typed: those it starts or that start it first, then by edit distance. */
    static List<String> nearest(String typed, List<String> ids) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        return ids.stream()
                .sorted(Comparator.comparingInt((String id) -> prefixed(wanted, id.toLowerCase(Locale.ROOT)) ? 0 : 1)
                        .thenComparingInt(id -> distance(wanted, id.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(NEAREST)
                .toList();
    }

    private static boolean prefixed(String a, String b) {
        return !a.isEmpty() && (a.startsWith(b) || b.startsWith(a));
    }

    /** Levenshtein distance: the fewest single-character edits turning one into the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
