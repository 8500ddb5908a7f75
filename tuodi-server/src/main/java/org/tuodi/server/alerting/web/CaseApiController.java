package org.tuodi.server.alerting.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tuodi.core.assistance.Measure;
import org.tuodi.core.casework.CaseStatus;
import org.tuodi.core.casework.DisposalOutcome;
import org.tuodi.core.casework.OverdueKind;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.server.alerting.AlertWorkflow;
import org.tuodi.server.alerting.AlertWorkflow.CaseState;
import org.tuodi.server.alerting.AlertWorkflow.Disposal;
import org.tuodi.server.alerting.internal.CaseRow;
import org.tuodi.server.alerting.internal.CaseScope;
import org.tuodi.server.alerting.internal.JdbcCaseSearch;
import org.tuodi.server.alerting.internal.JdbcCaseSearch.CaseFilter;
import org.tuodi.server.alerting.internal.JdbcVisits;
import org.tuodi.server.alerting.web.CaseRequests.AssignRequest;
import org.tuodi.server.alerting.web.CaseRequests.CountyDecisionRequest;
import org.tuodi.server.alerting.web.CaseRequests.DisposeRequest;
import org.tuodi.server.alerting.web.CaseRequests.NoAssistanceNeededRequest;
import org.tuodi.server.alerting.web.CaseRequests.ReferralFeedbackRequest;
import org.tuodi.server.alerting.web.CaseRequests.VersionRequest;
import org.tuodi.server.alerting.web.CaseRequests.VisitRequest;
import org.tuodi.server.alerting.web.CaseViews.CaseDetailView;
import org.tuodi.server.alerting.web.CaseViews.CasePage;
import org.tuodi.server.alerting.web.CaseViews.CaseSummaryView;
import org.tuodi.server.platform.AccessDeniedProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.NotFoundProblem;
import org.tuodi.server.platform.Role;

/**
 * 预警案件接口 ({@code /api/v1/cases}): the case list and page of the user's region (an assistant's own
 * cases only), and one endpoint per step of the case workflow. Each step answers the case's new
 * status and version. (A little over 150 lines: one short handler per workflow step.)
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApiController {

    /** Ids added to the read's audit entry (platform.web.ReadAudit.DETAIL). */
    static final String AUDIT_DETAIL = "tuodi.audit.detail";

    private final AlertWorkflow workflow;
    private final CaseScope scope;
    private final JdbcCaseSearch search;
    private final JdbcVisits visits;
    private final CaseDetails details;

    CaseApiController(
            AlertWorkflow workflow,
            CaseScope scope,
            JdbcCaseSearch search,
            JdbcVisits visits,
            CaseDetails details) {
        this.workflow = workflow;
        this.scope = scope;
        this.search = search;
        this.visits = visits;
        this.details = details;
    }

    @GetMapping
    CasePage list(
            CurrentUser user,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "level", required = false) String level,
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "overdue", required = false) String overdue,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "50") int size) {
        boolean assistant = user.role() == Role.VILLAGE_ASSISTANT;
        if (!assistant && !user.role().isOfficer()) {
            throw new AccessDeniedProblem("cases are for officers and village assistants");
        }
        RegionCode within = region == null ? user.region() : region(region);
        user.requireCovers(within);
        if (page < 0 || size < 1 || size > 500) {
            throw new InvalidInputProblem("size", "page from 0, size from 1 to 500");
        }
        boolean anyOverdue = "true".equals(overdue);
        CaseFilter filter =
                new CaseFilter(
                        within,
                        assistant ? user.id() : null,
                        status == null
                                ? null
                                : CaseRequests.code(status, "status", CaseStatus.class),
                        level == null ? null : CaseRequests.code(level, "level", AlertLevel.class),
                        overdue == null || anyOverdue
                                ? null
                                : CaseRequests.code(overdue, "overdue", OverdueKind.class),
                        anyOverdue,
                        page,
                        size);
        JdbcCaseSearch.Found found = search.search(filter);
        return new CasePage(
                found.rows().stream().map(CaseSummaryView::of).toList(), page, size, found.total());
    }

    @GetMapping("/{id}")
    CaseDetailView detail(
            CurrentUser user, @PathVariable("id") long id, HttpServletRequest request) {
        CaseRow row = scope.visible(user, id);
        request.setAttribute(AUDIT_DETAIL, "household=" + row.householdId());
        return details.of(row);
    }

    @PostMapping("/{id}/assign")
    CaseState assign(CurrentUser user, @PathVariable("id") long id, @RequestBody AssignRequest r) {
        long assignee = CaseRequests.required(r.assigneeId(), "assigneeId");
        return workflow.assign(user, id, CaseRequests.version(r.version()), assignee);
    }

    @PostMapping("/{id}/visit")
    CaseState visit(CurrentUser user, @PathVariable("id") long id, @RequestBody VisitRequest r) {
        int version = CaseRequests.version(r.version());
        return workflow.recordVisit(user, id, version, CaseRequests.visit(r));
    }

    @PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Long>> photo(
            CurrentUser user,
            @PathVariable("id") long id,
            @RequestParam("photo") MultipartFile photo)
            throws IOException {
        long photoId = workflow.addPhoto(user, id, photo.getContentType(), photo.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("photoId", photoId));
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(
            CurrentUser user,
            @PathVariable("id") long id,
            @PathVariable("photoId") long photoId,
            HttpServletRequest request) {
        CaseRow row = scope.visible(user, id);
        request.setAttribute(AUDIT_DETAIL, "household=" + row.householdId() + " photo=" + photoId);
        JdbcVisits.Photo photo =
                visits.photo(id, photoId).orElseThrow(() -> new NotFoundProblem("photo", photoId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .body(photo.content());
    }

    @PostMapping("/{id}/dispose")
    CaseState dispose(
            CurrentUser user, @PathVariable("id") long id, @RequestBody DisposeRequest r) {
        int version = CaseRequests.version(r.version());
        Disposal disposal =
                new Disposal(
                        CaseRequests.code(r.outcome(), "outcome", DisposalOutcome.class),
                        r.measures() == null
                                ? java.util.List.of()
                                : r.measures().stream().map(CaseRequests::measure).toList(),
                        r.editReason());
        return workflow.dispose(user, id, version, disposal);
    }

    @PostMapping("/{id}/county-decision")
    CaseState countyDecision(
            CurrentUser user, @PathVariable("id") long id, @RequestBody CountyDecisionRequest r) {
        return workflow.decideByCounty(user, id, CaseRequests.version(r.version()), r.decision());
    }

    @PostMapping("/{id}/no-assistance-needed")
    CaseState noAssistanceNeeded(
            CurrentUser user,
            @PathVariable("id") long id,
            @RequestBody NoAssistanceNeededRequest r) {
        return workflow.concludeNoAssistanceNeeded(
                user, id, CaseRequests.version(r.version()), r.reason());
    }

    @PostMapping("/{id}/referral-feedback")
    CaseState referralFeedback(
            CurrentUser user, @PathVariable("id") long id, @RequestBody ReferralFeedbackRequest r) {
        int version = CaseRequests.version(r.version());
        Measure measure = CaseRequests.code(r.measure(), "measure", Measure.class);
        return workflow.recordReferralFeedback(user, id, version, measure, r.result());
    }

    @PostMapping("/{id}/close")
    CaseState close(CurrentUser user, @PathVariable("id") long id, @RequestBody VersionRequest r) {
        return workflow.close(user, id, CaseRequests.version(r.version()));
    }

    private static RegionCode region(String code) {
        try {
            return RegionCode.of(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputProblem("region", e.getMessage());
        }
    }
}
