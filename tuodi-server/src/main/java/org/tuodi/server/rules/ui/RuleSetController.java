package org.tuodi.server.rules.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.tuodi.core.rules.RuleSetFormatException;
import org.tuodi.server.assessment.RuleSetVersions;
import org.tuodi.server.assessment.RuleSetVersions.RuleSetVersion;
import org.tuodi.server.platform.Access;
import org.tuodi.server.platform.ConflictProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.NotFoundProblem;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.ui.NavItem;
import org.tuodi.server.platform.ui.PageController;
import org.tuodi.server.rules.WhatIfRun;
import org.tuodi.server.rules.WhatIfRuns;

/**
 * 预警指标体系 pages: the version in force and every version, a draft's text with a check that shows the
 * format's first fault by line, the what-if of a version (its progress polled by htmx, then its
 * results) and publishing for the province.
 */
@PageController
class RuleSetController {

    private final RuleSetVersions versions;
    private final WhatIfRuns whatIfs;
    private final Clock clock;

    RuleSetController(RuleSetVersions versions, WhatIfRuns whatIfs, Clock clock) {
        this.versions = versions;
        this.whatIfs = whatIfs;
        this.clock = clock;
    }

    /** 预警规则: officers of a county and above. */
    @Bean
    static NavItem rulesNav() {
        return new NavItem("nav.rules", "/rules", Access.COUNTY_OFFICERS_AND_ABOVE, 50);
    }

    @GetMapping("/rules")
    String list(CurrentUser user, Model model) {
        requireReader(user);
        model.addAttribute("inForce", versions.inForce(today()));
        model.addAttribute("versions", versions.list());
        return "rules/list";
    }

    @GetMapping("/rules/new")
    String newDraft(CurrentUser user, Model model) {
        requireReader(user);
        model.addAttribute("ruleText", versions.inForce(today()).content());
        return "rules/new";
    }

    @PostMapping("/rules")
    ModelAndView draft(
            CurrentUser user, @RequestParam(name = "content", defaultValue = "") String content) {
        try {
            RuleSetVersion v = versions.draft(user, content);
            return new ModelAndView("redirect:/rules/" + v.id() + "?saved");
        } catch (InvalidInputProblem | ConflictProblem e) {
            ModelAndView page = new ModelAndView("rules/new", HttpStatus.BAD_REQUEST);
            page.addObject("ruleText", content);
            page.addObject("refused", e.getMessage());
            page.addObject("check", Check.of(versions, content));
            return page;
        }
    }

    @GetMapping("/rules/{id}")
    String version(CurrentUser user, @PathVariable("id") long id, Model model) {
        requireReader(user);
        RuleSetVersion v = find(id);
        show(user, v, v.content(), model);
        return "rules/version";
    }

    @PostMapping("/rules/{id}")
    ModelAndView redraft(
            CurrentUser user,
            @PathVariable("id") long id,
            @RequestParam(name = "content", defaultValue = "") String content) {
        try {
            versions.redraft(user, id, content);
            return new ModelAndView("redirect:/rules/" + id + "?saved");
        } catch (InvalidInputProblem e) {
            ModelAndView page = new ModelAndView("rules/version", HttpStatus.BAD_REQUEST);
            show(user, find(id), content, page.getModel());
            page.addObject("refused", e.getMessage());
            page.addObject("check", Check.of(versions, content));
            return page;
        }
    }

    /** htmx: the check of the text area, as a fragment. */
    @PostMapping("/rules/check")
    String check(
            CurrentUser user,
            @RequestParam(name = "content", defaultValue = "") String content,
            Model model) {
        requireReader(user);
        model.addAttribute("check", Check.of(versions, content));
        return "rules/fragments :: check";
    }

    @PostMapping("/rules/{id}/publish")
    String publish(
            CurrentUser user,
            @PathVariable("id") long id,
            @RequestParam(name = "effectiveFrom", defaultValue = "") String effectiveFrom) {
        versions.publish(user, id, date(effectiveFrom, "effectiveFrom"));
        return "redirect:/rules/" + id + "?published";
    }

    @PostMapping("/rules/{id}/what-if")
    String whatIf(
            CurrentUser user,
            @PathVariable("id") long id,
            @RequestParam(name = "from", defaultValue = "") String from,
            @RequestParam(name = "to", defaultValue = "") String to) {
        WhatIfRun run = whatIfs.start(user, id, date(from, "from"), date(to, "to"));
        return "redirect:/rules/what-ifs/" + run.id();
    }

    @GetMapping("/rules/what-ifs/{id}")
    String whatIfRun(CurrentUser user, @PathVariable("id") long id, Model model) {
        model.addAttribute("run", whatIfs.find(user, id));
        return "rules/what-if";
    }

    /** htmx: the run's progress, or its results once it is over. */
    @GetMapping("/rules/what-ifs/{id}/progress")
    String whatIfProgress(CurrentUser user, @PathVariable("id") long id, Model model) {
        model.addAttribute("run", whatIfs.find(user, id));
        return "rules/fragments :: run";
    }

    private void show(
            CurrentUser user,
            RuleSetVersion v,
            String content,
            java.util.Map<String, Object> model) {
        LocalDate today = today();
        model.put("version", v);
        model.put("ruleText", content);
        model.put("inForce", versions.inForce(today));
        model.put("canEdit", v.isDraft());
        model.put("canPublish", v.isDraft() && user.role() == Role.PROVINCE_OFFICER);
        model.put("periodFrom", today.minusMonths(1).withDayOfMonth(1));
        model.put("periodTo", today.withDayOfMonth(1).minusDays(1));
    }

    private void show(CurrentUser user, RuleSetVersion v, String content, Model model) {
        show(user, v, content, model.asMap());
    }

    private RuleSetVersion find(long id) {
        return versions.find(id).orElseThrow(() -> new NotFoundProblem("rule set", id));
    }

    private static void requireReader(CurrentUser user) {
        Access.requireRole(user, Access.COUNTY_OFFICERS_AND_ABOVE, "read rule sets");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static LocalDate date(String text, String field) {
        if (text.isBlank()) {
            throw new InvalidInputProblem(field, "a date is required");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputProblem(field, "not a date (yyyy-MM-dd): '" + text + "'");
        }
    }

    /** The check of a text: valid with its hash, or the first fault with its line and path. */
    record Check(
            boolean valid,
            String contentHash,
            Integer line,
            Integer column,
            String path,
            String detail) {
        static Check of(RuleSetVersions versions, String text) {
            if (text == null || text.isBlank()) {
                return new Check(false, null, 1, 1, "", "the file is empty");
            }
            try {
                return new Check(true, versions.check(text), null, null, null, null);
            } catch (RuleSetFormatException e) {
                return new Check(false, null, e.line(), e.column(), e.path(), e.detail());
            }
        }
    }
}
