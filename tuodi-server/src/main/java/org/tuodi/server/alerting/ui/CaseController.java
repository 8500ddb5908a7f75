package org.tuodi.server.alerting.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuodi.core.assistance.Measure;
import org.tuodi.core.assistance.RecommendationStatus;
import org.tuodi.core.casework.DisposalOutcome;
import org.tuodi.core.shared.Yuan;
import org.tuodi.server.alerting.AlertWorkflow;
import org.tuodi.server.alerting.AlertWorkflow.Disposal;
import org.tuodi.server.alerting.AlertWorkflow.MeasureDecision;
import org.tuodi.server.alerting.internal.CaseScope;
import org.tuodi.server.alerting.internal.JdbcVisits;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.NotFoundProblem;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.Users;
import org.tuodi.server.platform.ui.PageController;

/**
 * 案件页: one case with its household, records, receipts ("why this alert"), visit, measures and audit
 * trail, and a form for each step the user may take now. Every step posts the case version the page
 * showed and comes back to the page (post/redirect/get) with what was done; a refused step is
 * answered with the error page (400 naming the field, 403, 404, 409 to reload).
 */
@PageController
class CaseController {

    /** Times are shown in China time, whatever the server's zone. */
    static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");

    private final CaseScope scope;
    private final CasePages pages;
    private final AlertWorkflow workflow;
    private final Users users;
    private final JdbcVisits visits;

    CaseController(
            CaseScope scope,
            CasePages pages,
            AlertWorkflow workflow,
            Users users,
            JdbcVisits visits) {
        this.scope = scope;
        this.visits = visits;
        this.pages = pages;
        this.workflow = workflow;
        this.users = users;
    }

    @GetMapping("/cases/{id}")
    String page(CurrentUser user, @PathVariable("id") long id, Model model) {
        model.addAttribute("p", pages.of(user, scope.visible(user, id)));
        model.addAttribute("measures", Measure.values());
        model.addAttribute("outcomes", DisposalOutcome.values());
        model.addAttribute("zone", CHINA);
        return "alerting/case";
    }

    /** A visit photo, for the case page (the API's is for HTTP Basic clients). */
    @GetMapping("/cases/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(
            CurrentUser user, @PathVariable("id") long id, @PathVariable("photoId") long photoId) {
        scope.visible(user, id);
        JdbcVisits.Photo photo =
                visits.photo(id, photoId).orElseThrow(() -> new NotFoundProblem("photo", photoId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .header("Cache-Control", "private, max-age=86400")
                .body(photo.content());
    }

    @PostMapping("/cases/{id}/assign")
    String assign(
            CurrentUser user,
            @PathVariable("id") long id,
            @RequestParam("version") int version,
            @RequestParam("assignee") String assignee,
            RedirectAttributes redirect) {
        CurrentUser to =
                users.findByUsername(assignee.strip())
                        .filter(u -> u.role() == Role.VILLAGE_ASSISTANT)
                        .orElseThrow(
                                () -> new InvalidInputProblem("assignee", "no such assistant"));
        workflow.assign(user, id, version, to.id());
        return done(id, "ASSIGN", redirect);
    }

    @PostMapping("/cases/{id}/dispose")
    String dispose(
            CurrentUser user,
            @PathVariable("id") long id,
            @RequestParam("version") int version,
            @RequestParam("outcome") String outcome,
            @RequestParam(name = "measure", required = false) List<String> chosen,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        List<MeasureDecision> decided = new ArrayList<>();
        for (String name : chosen == null ? List.<String>of() : chosen) {
            if (name.isBlank()) {
                continue; // the "add a measure" list left at none
            }
            Measure measure = code(name, "measure", Measure.class);
            decided.add(
                    new MeasureDecision(
                            measure,
                            code(
                                    form.getOrDefault(
                                            "status_" + name,
                                            RecommendationStatus.RECOMMENDED.name()),
                                    "status_" + name,
                                    RecommendationStatus.class),
                            amount(form.get("amount_" + name), "amount_" + name),
                            form.get("reason_" + name)));
        }
        workflow.dispose(
                user,
                id,
                version,
                new Disposal(
                        code(outcome, "outcome", DisposalOutcome.class),
                        decided,
                        form.get("editReason")));
        return done(id, "DISPOSE", redirect);
    }

    @PostMapping("/cases/{id}/no-assistance-needed")
    String noAssistanceNeeded(
            CurrentUser user,
            @PathVariable("id") long id,
            @RequestParam("version") int version,
            @RequestParam("reason") String reason,
            RedirectAttributes redirect) {
        workflow.concludeNoAssistanceNeeded(user, id, version, reason);
        return done(id, "NO_ASSISTANCE_NEEDED", redirect);
    }

    @PostMapping("/cases/{id}/county-decision")
    String countyDecision(
            CurrentUser user,
            @PathVariable("id") long id,
            @RequestParam("version") int version,
            @RequestParam("decision") String decision,
            RedirectAttributes redirect) {
        workflow.decideByCounty(user, id, version, decision);
        return done(id, "COUNTY_DECISION", redirect);
    }

    @PostMapping("/cases/{id}/referral-feedback")
    String referralFeedback(
            CurrentUser user,
            @PathVariable("id") long id,
            @RequestParam("version") int version,
            @RequestParam("measure") String measure,
            @RequestParam("result") String result,
            RedirectAttributes redirect) {
        workflow.recordReferralFeedback(
                user, id, version, code(measure, "measure", Measure.class), result);
        return done(id, "REFERRAL_FEEDBACK", redirect);
    }

    @PostMapping("/cases/{id}/close")
    String close(
            CurrentUser user,
            @PathVariable("id") long id,
            @RequestParam("version") int version,
            RedirectAttributes redirect) {
        workflow.close(user, id, version);
        return done(id, "CLOSE", redirect);
    }

    private static String done(long id, String step, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", step);
        return "redirect:/cases/" + id;
    }

    static Optional<Yuan> amount(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            BigDecimal amount = new BigDecimal(text.strip());
            if (amount.signum() < 0) {
                throw new InvalidInputProblem(field, "negative amount");
            }
            return Optional.of(Yuan.of(amount));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputProblem(field, "not an amount in yuan: '" + text + "'");
        }
    }

    static <E extends Enum<E>> E code(String value, String field, Class<E> type) {
        if (value != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.strip())) {
                    return constant;
                }
            }
        }
        throw new InvalidInputProblem(field, "unknown code '" + value + "'");
    }
}
