package org.charterreviewer.moderation;

import java.util.Optional;
import java.util.function.Supplier;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.moderation.store.ModerationStore;
import org.charterreviewer.storage.AppSettingStore;
import org.charterreviewer.storage.Database;

/**
 * Whether certificates need a moderator's approval: the council's setting for this install, or the
 * charter itself ({@code "moderation": "required"}). Either one is enough.
 */
public final class ModerationPolicy {

    /** The app setting: "required" or "optional". */
    static final String SETTING = "council.moderationRequired";
    private static final String AUDIT_ENTITY = "setting";

    private final AppSettingStore settings;
    private final ModerationStore store;
    private final Supplier<String> actor;

    public ModerationPolicy(Database database, AuditLogStore audit, Supplier<String> actor) {
        this.settings = new AppSettingStore(database);
        this.store = new ModerationStore(database, audit);
        this.actor = actor;
    }

    /** The council's setting: every certificate of this install needs approval. */
    public boolean requiredByCouncil() {
        return settings.get(SETTING).map("required"::equals).orElse(false);
    }

    /** Changes the council's setting; recorded in the audit log. */
    public void setRequiredByCouncil(boolean required) {
        String value = required ? "required" : "optional";
        store.setSetting(SETTING, value,
                new ModerationStore.AuditLine(actor.get(), "moderation.settingChanged", AUDIT_ENTITY, SETTING, value));
    }

    /** True when a review of {@code charter} gets no certificate before approval. */
    public boolean requiredFor(Charter charter) {
        return requiredByCouncil() || charter.moderationRequired();
    }

    /** Why moderation is required for {@code charter}, as a message key; empty when it is not. */
    public Optional<String> reasonKey(Charter charter) {
        if (charter.moderationRequired()) {
            return Optional.of("moderation.required.byCharter");
        }
        return requiredByCouncil() ? Optional.of("moderation.required.byCouncil") : Optional.empty();
    }
}
