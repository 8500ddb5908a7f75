package org.tuodi.server.assessment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuodi.core.engine.RiskEngine;
import org.tuodi.core.rules.RuleSet;
import org.tuodi.core.rules.RuleSetFormat;
import org.tuodi.core.rules.RuleSetFormatException;
import org.tuodi.server.assessment.RuleSetVersions;
import org.tuodi.server.platform.Access;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.ConflictProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.NotFoundProblem;
import org.tuodi.server.platform.Role;

/**
 * 规则集: the one place that decides which rule set the server runs. Versions are stored in {@code
 * assessment_rule_set}; on a database without any published version the reference rule set bundled
 * with the core is stored as published by {@code system}, effective from its own date. Engines are
 * built once per content hash and kept: a published version never changes.
 */
@Service
class StoredRuleSets implements RuleSetVersions {

    private static final Logger log = LoggerFactory.getLogger(StoredRuleSets.class);
    private static final String REFERENCE = "/org/tuodi/core/rules/henan-reference.json";
    static final String SYSTEM = "system";

    /** 省级民政: one rule set runs for every region of the platform (docs/rule-sets.md §7). */
    static final Set<Role> PUBLISHERS = EnumSet.of(Role.PROVINCE_OFFICER);

    private final JdbcRuleSetVersions versions;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, RiskEngine> engines = new ConcurrentHashMap<>();

    StoredRuleSets(JdbcRuleSetVersions versions, AuditLog audit, Clock clock) {
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores the reference on a first start, before any record is assessed. */
    @EventListener(ApplicationReadyEvent.class)
    void storeReferenceOnFirstStart() {
        RuleSetVersion version = inForce(LocalDate.now(clock));
        log.info(
                "rule_set=in_force id={} version={} hash={}",
                version.ruleSetId(),
                version.version(),
                version.contentHash());
    }

    @Override
    public List<RuleSetVersion> list() {
        inForce(LocalDate.now(clock));
        return versions.list();
    }

    @Override
    public Optional<RuleSetVersion> find(long id) {
        return versions.find(id);
    }

    @Override
    public RuleSetVersion inForce(LocalDate date) {
        return versions.inForce(date)
                .or(versions::earliestPublished)
                .orElseGet(this::storeReference);
    }

    @Override
    public RiskEngine engine(RuleSetVersion version) {
        return engines.computeIfAbsent(
                version.contentHash(),
                hash -> {
                    RuleSet rules = RuleSetFormat.parse(version.content(), version.version());
                    log.info(
                            "rule_set=loaded id={} version={} hash={}",
                            rules.id(),
                            rules.version(),
                            hash);
                    return new RiskEngine(rules, hash);
                });
    }

    @Override
    public String check(String text) {
        return RuleSetFormat.contentHash(RuleSetFormat.parse(text, "draft"));
    }

    @Override
    @Transactional
    public RuleSetVersion draft(CurrentUser user, String text) {
        Access.requireRole(user, Access.COUNTY_OFFICERS_AND_ABOVE, "draft rule sets");
        inForce(LocalDate.now(clock));
        RuleSet rules = read(text);
        requireFree(rules, 0);
        long id =
                versions.insert(
                        rules,
                        RuleSetFormat.contentHash(rules),
                        text,
                        Status.DRAFT,
                        user.username(),
                        now());
        audit.record(
                new AuditEntry(
                        user.username(),
                        "RULE_SET_DRAFTED",
                        "rule_set",
                        Long.toString(id),
                        "rule_set_id=" + rules.id() + " version=" + rules.version()));
        return versions.find(id).orElseThrow();
    }

    @Override
    @Transactional
    public RuleSetVersion redraft(CurrentUser user, long id, String text) {
        Access.requireRole(user, Access.COUNTY_OFFICERS_AND_ABOVE, "edit rule sets");
        requireDraft(id);
        RuleSet rules = read(text);
        requireFree(rules, id);
        String hash = RuleSetFormat.contentHash(rules);
        if (!versions.updateDraft(id, rules, hash, text, now())) {
            throw new ConflictProblem("rule set " + id + " was published meanwhile");
        }
        audit.record(
                new AuditEntry(
                        user.username(),
                        "RULE_SET_REDRAFTED",
                        "rule_set",
                        Long.toString(id),
                        "version=" + rules.version() + " hash=" + hash));
        return versions.find(id).orElseThrow();
    }

    @Override
    @Transactional
    public RuleSetVersion publish(CurrentUser user, long id, LocalDate effectiveFrom) {
        Access.requireRole(user, PUBLISHERS, "publish rule sets");
        RuleSetVersion draft = requireDraft(id);
        if (effectiveFrom == null) {
            throw new InvalidInputProblem("effectiveFrom", "the effective date is required");
        }
        LocalDate today = LocalDate.now(clock);
        if (effectiveFrom.isBefore(today)) {
            throw new InvalidInputProblem(
                    "effectiveFrom",
                    "a rule set takes effect today (" + today + ") or later, not " + effectiveFrom);
        }
        if (!effectiveFrom.equals(draft.effectiveFrom())) {
            throw new InvalidInputProblem(
                    "effectiveFrom",
                    "the draft's effectiveFrom is "
                            + draft.effectiveFrom()
                            + ": publish with that date, or change it in the draft first");
        }
        if (!versions.publish(id, user.username(), now())) {
            throw new ConflictProblem("rule set " + id + " was published meanwhile");
        }
        audit.record(
                new AuditEntry(
                        user.username(),
                        "RULE_SET_PUBLISHED",
                        "rule_set",
                        Long.toString(id),
                        "rule_set_id="
                                + draft.ruleSetId()
                                + " version="
                                + draft.version()
                                + " hash="
                                + draft.contentHash()
                                + " effective_from="
                                + effectiveFrom));
        log.info(
                "rule_set=published id={} version={} hash={} effective_from={} by={}",
                draft.ruleSetId(),
                draft.version(),
                draft.contentHash(),
                effectiveFrom,
                user.username());
        return versions.find(id).orElseThrow();
    }

    private RuleSetVersion requireDraft(long id) {
        RuleSetVersion version =
                versions.find(id).orElseThrow(() -> new NotFoundProblem("rule set", id));
        if (!version.isDraft()) {
            throw new ConflictProblem(
                    "rule set " + id + " is published: it never changes; write a new draft");
        }
        return version;
    }

    private void requireFree(RuleSet rules, long exceptId) {
        if (versions.exists(rules.id(), rules.version(), exceptId)) {
            throw new ConflictProblem(
                    "rule set "
                            + rules.id()
                            + " already has a version "
                            + rules.version()
                            + ": change the version");
        }
    }

    /** Reads the text, or refuses it with the format's line-numbered message. */
    static RuleSet read(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputProblem("content", "the rule set file is empty");
        }
        try {
            return RuleSetFormat.parse(text, "draft");
        } catch (RuleSetFormatException e) {
            throw new InvalidInputProblem(
                    e.path().isEmpty() ? "content" : e.path(), e.getMessage());
        }
    }

    /** The first start: no version is published yet, the reference becomes the first. */
    private synchronized RuleSetVersion storeReference() {
        Optional<RuleSetVersion> stored = versions.earliestPublished();
        if (stored.isPresent()) {
            return stored.get();
        }
        String text = referenceText();
        RuleSet rules = RuleSetFormat.parse(text, "henan-reference.json");
        long id =
                versions.insert(
                        rules,
                        RuleSetFormat.contentHash(rules),
                        text,
                        Status.PUBLISHED,
                        SYSTEM,
                        now());
        log.info("rule_set=stored_reference id={} version={}", rules.id(), rules.version());
        return versions.find(id).orElseThrow();
    }

    private static String referenceText() {
        try (InputStream in = RuleSetFormat.class.getResourceAsStream(REFERENCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + REFERENCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
