package org.tuodi.server.rules.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tuodi.core.rules.RuleSetFormatException;
import org.tuodi.server.assessment.RuleSetVersions;
import org.tuodi.server.assessment.RuleSetVersions.RuleSetVersion;
import org.tuodi.server.platform.Access;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.NotFoundProblem;
import org.tuodi.server.rules.WhatIfRun;
import org.tuodi.server.rules.WhatIfRuns;

/**
 * 预警指标体系: the versions, drafts (the body is the {@code tuodi-rule-set/1} file itself), checking a
 * file, publishing and what-if runs. Officers of a county and above; publishing is for the province
 * (docs/rule-sets.md §7).
 */
@RestController
class RuleSetApiController {

    private final RuleSetVersions versions;
    private final WhatIfRuns whatIfs;
    private final Clock clock;

    RuleSetApiController(RuleSetVersions versions, WhatIfRuns whatIfs, Clock clock) {
        this.versions = versions;
        this.whatIfs = whatIfs;
        this.clock = clock;
    }

    @GetMapping("/api/v1/rule-sets")
    RuleSetsResponse list(CurrentUser user) {
        Access.requireRole(user, Access.COUNTY_OFFICERS_AND_ABOVE, "read rule sets");
        List<RuleSetVersion> all = versions.list();
        return new RuleSetsResponse(
                summary(versions.inForce(LocalDate.now(clock))),
                all.stream().map(RuleSetApiController::summary).toList());
    }

    @GetMapping("/api/v1/rule-sets/{id}")
    RuleSetResponse version(CurrentUser user, @PathVariable("id") long id) {
        Access.requireRole(user, Access.COUNTY_OFFICERS_AND_ABOVE, "read rule sets");
        RuleSetVersion v = versions.find(id).orElseThrow(() -> new NotFoundProblem("rule set", id));
        return new RuleSetResponse(summary(v), v.content());
    }

    /** Reads a file without storing it: valid with its hash, or the first fault with its line. */
    @PostMapping(
            path = "/api/v1/rule-sets/check",
            consumes = {"application/json", "text/plain"})
    CheckResponse check(CurrentUser user, @RequestBody(required = false) String text) {
        Access.requireRole(user, Access.COUNTY_OFFICERS_AND_ABOVE, "check rule sets");
        return CheckResponse.of(versions, text);
    }

    @PostMapping(
            path = "/api/v1/rule-sets",
            consumes = {"application/json", "text/plain"})
    ResponseEntity<RuleSetSummary> draft(
            CurrentUser user, @RequestBody(required = false) String text) {
        RuleSetVersion v = versions.draft(user, text);
        return ResponseEntity.created(URI.create("/api/v1/rule-sets/" + v.id())).body(summary(v));
    }

    @PutMapping(
            path = "/api/v1/rule-sets/{id}",
            consumes = {"application/json", "text/plain"})
    RuleSetSummary redraft(
            CurrentUser user,
            @PathVariable("id") long id,
            @RequestBody(required = false) String text) {
        return summary(versions.redraft(user, id, text));
    }

    @PostMapping(
            path = "/api/v1/rule-sets/{id}/publish",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    RuleSetSummary publish(
            CurrentUser user, @PathVariable("id") long id, @RequestBody PublishRequest request) {
        return summary(versions.publish(user, id, request.effectiveFrom()));
    }

    @PostMapping(
            path = "/api/v1/rule-sets/{id}/what-if",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<WhatIfRun> whatIf(
            CurrentUser user, @PathVariable("id") long id, @RequestBody WhatIfRequest request) {
        WhatIfRun run = whatIfs.start(user, id, request.from(), request.to());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/what-ifs/" + run.id()))
                .body(run);
    }

    @GetMapping("/api/v1/what-ifs/{id}")
    WhatIfRun whatIfRun(CurrentUser user, @PathVariable("id") long id) {
        return whatIfs.find(user, id);
    }

    static RuleSetSummary summary(RuleSetVersion v) {
        return new RuleSetSummary(
                v.id(),
                v.ruleSetId(),
                v.version(),
                v.name(),
                v.status(),
                v.effectiveFrom(),
                v.contentHash(),
                v.createdBy(),
                v.createdAt(),
                v.publishedBy(),
                v.publishedAt());
    }

    record RuleSetsResponse(RuleSetSummary inForce, List<RuleSetSummary> versions) {}

    record RuleSetSummary(
            long id,
            String ruleSetId,
            String version,
            String name,
            RuleSetVersions.Status status,
            LocalDate effectiveFrom,
            String contentHash,
            String createdBy,
            OffsetDateTime createdAt,
            String publishedBy,
            OffsetDateTime publishedAt) {}

    /**
     * @param content the file as stored
     */
    record RuleSetResponse(RuleSetSummary version, String content) {}

    record PublishRequest(LocalDate effectiveFrom) {}

    record WhatIfRequest(LocalDate from, LocalDate to) {}

    /**
     * @param error the first fault: line and column (from 1), path in the file, what is wrong, and
     *     the whole message as the format writes it
     */
    record CheckResponse(boolean valid, String contentHash, CheckError error) {
        static CheckResponse of(RuleSetVersions versions, String text) {
            if (text == null || text.isBlank()) {
                return new CheckResponse(
                        false,
                        null,
                        new CheckError(
                                1, 1, "", "the file is empty", "draft line 1: the file is empty"));
            }
            try {
                return new CheckResponse(true, versions.check(text), null);
            } catch (RuleSetFormatException e) {
                return new CheckResponse(
                        false,
                        null,
                        new CheckError(e.line(), e.column(), e.path(), e.detail(), e.getMessage()));
            }
        }
    }

    record CheckError(int line, int column, String path, String detail, String message) {}
}
