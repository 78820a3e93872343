package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterreviewer.i18n.Dates;
import org.charterreviewer.audit.AuditEntry;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.JudgementScale;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.FollowUpAction;
import org.charterreviewer.review.Review;

/**
 * Turns an audit entry into a sentence an officer reads: the item's words instead of its id, the
 * evidence file's name instead of its number, the level's name instead of its id. "evidence 2 to
 * item meaningful-contribution-5" becomes "“council-photo.png” to “Pupils help to choose …”".
 */
final class AuditSentences {

    /** Long items are cut, so one line of the trail stays one line. */
    private static final int WORDS = 60;
    private static final Pattern REVISION = Pattern.compile("^revision (\\d+);?\\s*");
    private static final Pattern TOKEN = Pattern.compile("\\b(item|evidence|action|voice|note) ([\\w.:-]+)");
    /** A list of item ids, as attaching evidence records them: "[we-promise-1, we-promise-2]". */
    private static final Pattern ITEM_LIST = Pattern.compile("\\[([\\w.:-]+(?:, [\\w.:-]+)*)]");
    /** Values recorded as constants, "MET", "NOT_YET": shown in lower case words. */
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)*\\b");
    /** A pledge's signatory as the log records it: by place and consent only, never by name. */
    private static final Pattern SIGNATORY = Pattern.compile(
            "^(?:signatory (\\d+) (added|changed|removed)|(first signatory removed))?;?\\s*(?:consent to publish (yes|no))?$");

    private final Charter charter;
    private final Review review;

    AuditSentences(Charter charter, Review review) {
        this.charter = charter;
        this.review = review;
    }

    String sentence(AuditEntry entry) {
        String when = Dates.shortDayAndTime(entry.occurredAt());
        String detail = entry.detail() == null ? "" : detail(entry.detail());
        return tr("review.audit.line", when, entry.actor(), tr(entry.event()), detail).strip();
    }

    private String detail(String raw) {
        Matcher revision = REVISION.matcher(raw);
        String rest = revision.find() ? raw.substring(revision.end()) : raw;
        Matcher signatory = SIGNATORY.matcher(rest);
        if (!rest.isBlank() && signatory.matches()) {
            return "— " + signatorySentence(signatory);
        }
        Matcher token = TOKEN.matcher(rest);
        StringBuilder out = new StringBuilder();
        while (token.find()) {
            token.appendReplacement(out, Matcher.quoteReplacement(named(token.group(1), token.group(2))));
        }
        token.appendTail(out);
        Matcher list = ITEM_LIST.matcher(out.toString());
        StringBuilder listed = new StringBuilder();
        while (list.find()) {
            String[] ids = list.group(1).split(", ");
            String named = ids.length == 1 ? named("item", ids[0]) : tr("review.audit.items", ids.length);
            list.appendReplacement(listed, Matcher.quoteReplacement(named));
        }
        list.appendTail(listed);
        Matcher constant = CONSTANT.matcher(listed.toString());
        StringBuilder lowered = new StringBuilder();
        while (constant.find()) {
            constant.appendReplacement(lowered, constant.group().toLowerCase(java.util.Locale.UK).replace('_', ' '));
        }
        constant.appendTail(lowered);
        out = lowered;
        List<String> words = new ArrayList<>();
        for (String word : out.toString().split(" ")) {
            words.add(levelLabel(word));
        }
        String text = String.join(" ", words).strip();
        return text.isEmpty() ? "" : "— " + text;
    }

    /** "the 2nd signatory added, who consents to publication"; the first (lead) one when no place is given. */
    private static String signatorySentence(Matcher m) {
        String number = m.group(1) == null ? "1" : m.group(1);
        String what = m.group(3) != null ? "removed" : m.group(2) == null ? "recorded" : m.group(2);
        String sentence = tr("review.audit.signatory." + what, number);
        return m.group(4) == null ? sentence
                : sentence + tr("yes".equals(m.group(4)) ? "review.audit.signatory.consents"
                        : "review.audit.signatory.noConsent");
    }

    private String named(String kind, String id) {
        return switch (kind) {
            case "item" -> charter.item(id).map(i -> quoted(i.text())).orElse(tr("review.audit.anItem"));
            case "evidence" -> evidence(id).map(e -> quoted(e.originalName())).orElse(tr("review.audit.aFile"));
            case "action" -> action(id).map(a -> quoted(a.description())).orElse(tr("review.audit.anAction"));
            // What someone said is not repeated in the trail.
            case "voice" -> tr("review.audit.aVoice");
            default -> tr("review.audit.aNote");
        };
    }

    private java.util.Optional<EvidenceFile> evidence(String id) {
        return review.evidence().stream().filter(e -> String.valueOf(e.id()).equals(id)
                || e.sha256().startsWith(id)).findFirst();
    }

    private java.util.Optional<FollowUpAction> action(String id) {
        return review.actions().stream().filter(a -> String.valueOf(a.id()).equals(id)).findFirst();
    }

    private String levelLabel(String word) {
        return charter.scale().levels().stream().filter(l -> l.id().equals(word))
                .map(JudgementScale.Level::label).findFirst().orElse(word);
    }

    private static String quoted(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return "“" + (oneLine.length() > WORDS ? oneLine.substring(0, WORDS).strip() + "…" : oneLine) + "”";
    }
}
