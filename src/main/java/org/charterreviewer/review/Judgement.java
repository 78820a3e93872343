package org.charterreviewer.review;

/** The officer's judgement of one item: a level id of the charter's scale (null: not judged yet) and a flag. */
public record Judgement(String itemId, String levelId, boolean flagged) {

    public boolean isJudged() {
        return levelId != null;
    }
}
