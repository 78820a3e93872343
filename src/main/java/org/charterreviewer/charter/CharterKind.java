package org.charterreviewer.charter;

/** Whether a charter is judged item by item, or signed as a pledge (every commitment acknowledged). */
public enum CharterKind {
    CHARTER,
    PLEDGE
}
