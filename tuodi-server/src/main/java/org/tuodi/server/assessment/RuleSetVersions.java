package org.tuodi.server.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.tuodi.core.engine.RiskEngine;
import org.tuodi.core.rules.RuleSetFormatException;
import org.tuodi.server.platform.CurrentUser;

/**
 * 预警指标体系版本: the stored versions of the rule set, drafts and published ones. The assessment runs, on
 * each day, the published version in force that day ({@link #inForce}): the one with the latest
 * effective date on or before the day (of two with the same date, the one published last). Drafts
 * are edited freely by officers of a county and above; publishing is for the province
 * (docs/rule-sets.md, "Publishing"), is audited ({@code RULE_SET_PUBLISHED}) and cannot be undone:
 * a published version is never changed, a later one replaces it from its own effective date.
 */
public interface RuleSetVersions {

    /** Every version, newest first. */
    List<RuleSetVersion> list();

    Optional<RuleSetVersion> find(long id);

    /** The published version in force on the date. */
    RuleSetVersion inForce(LocalDate date);

    /** The engine of a version (parsed once per content hash). */
    RiskEngine engine(RuleSetVersion version);

    /**
     * Reads a rule set file without storing it.
     *
     * @return the content hash of the rules read
     * @throws RuleSetFormatException naming the line, column and path of the first fault
     */
    String check(String text);

    /**
     * Stores a new draft.
     *
     * @throws org.tuodi.server.platform.InvalidInputProblem with the format's line-numbered message
     *     if the file cannot be read
     * @throws org.tuodi.server.platform.ConflictProblem if the rule set id and version are taken
     */
    RuleSetVersion draft(CurrentUser user, String text);

    /** Replaces the text of a draft (not of a published version: 409). */
    RuleSetVersion redraft(CurrentUser user, long id, String text);

    /**
     * Publishes a draft from the effective date. The date must be the draft's own {@code
     * effectiveFrom} (the content hash covers it) and not before today: decisions already made are
     * never remade under other rules.
     */
    RuleSetVersion publish(CurrentUser user, long id, LocalDate effectiveFrom);

    /** A stored version. */
    record RuleSetVersion(
            long id,
            String ruleSetId,
            String version,
            String name,
            Status status,
            LocalDate effectiveFrom,
            String contentHash,
            String content,
            String createdBy,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            String publishedBy,
            OffsetDateTime publishedAt) {

        public boolean isDraft() {
            return status == Status.DRAFT;
        }
    }

    /** DRAFT 草稿, PUBLISHED 已发布. */
    enum Status {
        DRAFT,
        PUBLISHED
    }
}
