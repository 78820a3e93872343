package org.charterreviewer.ui.common;

/** Style classes defined in {@code app.css}; views use these names, never inline styles. */
public final class Styles {

    public static final String STYLESHEET = "/org/charterreviewer/ui/app.css";

    public static final String SIDEBAR = "sidebar";
    public static final String NAV_BUTTON = "nav-button";
    public static final String STATUS_BAR = "status-bar";
    public static final String SCREEN = "screen";
    public static final String SCREEN_TITLE = "screen-title";
    public static final String SCREEN_SUBTITLE = "screen-subtitle";
    public static final String EMPTY_STATE = "empty-state";
    public static final String MUTED = "muted";
    public static final String ERROR_TEXT = "error-text";
    public static final String SUCCESS_TEXT = "success-text";
    public static final String CARD = "card";
    public static final String GUIDANCE = "guidance";
    public static final String CHARTER_TEXT = "charter-text";
    public static final String SECTION_HEADING = "section-heading";
    public static final String TOOLBAR = "screen-toolbar";
    public static final String DROP_TARGET = "drop-target";
    public static final String VERIFY_DROP_AREA = "verify-drop-area";
    public static final String VERDICT_INTACT = "verdict-intact";
    public static final String VERDICT_TAMPERED = "verdict-tampered";

    private Styles() {
    }
}
