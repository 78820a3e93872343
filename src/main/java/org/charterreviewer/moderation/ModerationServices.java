package org.charterreviewer.moderation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.function.Supplier;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.identity.IdentityService;
import org.charterreviewer.moderation.store.ModerationStore;
import org.charterreviewer.review.ReviewJsonWriter;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.storage.Database;

/**
 * The moderation services of one workspace: states and decisions, the approval countersigning and
 * verifying ask about, the signed decision file, and the relay a council database sync uses.
 */
public record ModerationServices(ModerationService service, ModerationApproval approval, DecisionExchange decisions,
        ModerationRelay relay) {

    /** Wires them on the workspace's parts; {@code actor} names who acts in the audit log. */
    public static ModerationServices wire(Database database, ReviewService reviews, IdentityService identity,
            AuditLogStore audit, ObjectMapper json, Clock clock, Supplier<String> actor) {
        ModerationService service = new ModerationService(database, reviews, identity,
                new ModerationPolicy(database, audit, actor), new ReviewJsonWriter(json), audit, clock, actor);
        return new ModerationServices(service, new ModerationApproval(service, reviews),
                new DecisionExchange(service, reviews, identity, json),
                new ModerationRelay(service, new ModerationStore(database, audit), reviews, identity, actor));
    }
}
