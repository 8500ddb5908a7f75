package org.tuodi.server.alerting.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tuodi.core.casework.CaseStatus;
import org.tuodi.core.casework.OverdueKind;
import org.tuodi.core.engine.RiskEngine;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.server.alerting.AlertWorkflow;
import org.tuodi.server.alerting.internal.CaseRow;
import org.tuodi.server.alerting.internal.CaseScope;
import org.tuodi.server.alerting.internal.JdbcCaseSearch;
import org.tuodi.server.alerting.internal.JdbcCaseSearch.CaseFilter;
import org.tuodi.server.platform.Access;
import org.tuodi.server.platform.ConflictProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.NotFoundProblem;
import org.tuodi.server.platform.ui.PageController;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * 预警案件 (the officers' case inbox): the cases of the user's region filtered by level, status,
 * region, indicator, days of raising, overdue, visited or helped (the dashboard's figures link here
 * with those filters), sorted and paged; htmx requests get the result table alone. A town officer
 * assigns the selected cases to their villages' assistants in one go.
 */
@PageController
class CaseInboxController {

    static final int PAGE_SIZE = 20;

    private final JdbcCaseSearch search;
    private final CaseScope scope;
    private final AlertWorkflow workflow;
    private final HouseholdRegistry registry;
    private final CaseRows rows;
    private final RegionDirectory regions;
    private final ObjectProvider<RiskEngine> engine;

    CaseInboxController(
            JdbcCaseSearch search,
            CaseScope scope,
            AlertWorkflow workflow,
            HouseholdRegistry registry,
            CaseRows rows,
            RegionDirectory regions,
            ObjectProvider<RiskEngine> engine) {
        this.regions = regions;
        this.engine = engine;
        this.search = search;
        this.scope = scope;
        this.workflow = workflow;
        this.registry = registry;
        this.rows = rows;
    }

    @GetMapping("/cases")
    String inbox(
            CurrentUser user,
            @ModelAttribute("filter") InboxFilter filter,
            HttpServletRequest request,
            Model model) {
        if (!user.role().isOfficer()) {
            return "redirect:/tasks";
        }
        RegionCode region = filter.regionOr(user.region());
        user.requireCovers(region);
        CaseFilter query = filter.toQuery(region, null, PAGE_SIZE);
        JdbcCaseSearch.Found found = search.search(query);
        model.addAttribute("rows", rows.of(found.rows()));
        model.addAttribute("total", found.total());
        model.addAttribute("page", query.page());
        model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("regionName", rows.regionName(region));
        model.addAttribute("canAssign", CaseActions.isOfficerAtLeastTown(user));
        model.addAttribute("regions", regionChoices(user.region()));
        model.addAttribute("indicatorChoices", indicatorChoices());
        model.addAttribute("levels", AlertLevel.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("overdueKinds", OverdueKind.values());
        model.addAttribute("orders", JdbcCaseSearch.Order.values());
        model.addAttribute(
                "back",
                "/cases"
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        boolean fragment = request.getHeader("HX-Request") != null;
        return fragment ? "alerting/cases :: results" : "alerting/cases";
    }

    /** A region the filter offers: the user's own, then its children. */
    record RegionChoice(String code, String name) {}

    /** An indicator the filter offers: those of the rule set in force. */
    record IndicatorChoice(String code, String name) {}

    private List<RegionChoice> regionChoices(RegionCode own) {
        List<RegionChoice> choices = new ArrayList<>();
        choices.add(new RegionChoice(own.value(), rows.regionName(own)));
        regions.children(own)
                .forEach(r -> choices.add(new RegionChoice(r.code().value(), r.name())));
        return choices;
    }

    private List<IndicatorChoice> indicatorChoices() {
        RiskEngine rules = engine.getIfAvailable();
        return rules == null
                ? List.of()
                : rules.ruleSet().indicators().stream()
                        .map(i -> new IndicatorChoice(i.code(), i.name()))
                        .toList();
    }

    /** 批量分派: each selected case ({@code id:version}) to the assistant of its village. */
    @PostMapping("/cases/assign")
    String assignToVillageAssistants(
            CurrentUser user,
            @RequestParam(name = "selected", required = false) List<String> selected,
            @RequestParam(name = "back", defaultValue = "/cases") String back,
            RedirectAttributes redirect) {
        Access.requireRole(user, Access.OFFICERS, "assign cases");
        List<String> failed = new ArrayList<>();
        int assigned = 0;
        for (String item : selected == null ? List.<String>of() : selected) {
            long id = idOf(item);
            try {
                CaseRow row = scope.visible(user, id);
                Long assistant = registry.assistantOf(row.region()).orElse(null);
                if (assistant == null) {
                    failed.add(row.householdId().value());
                    continue;
                }
                workflow.assign(user, id, versionOf(item), assistant);
                assigned++;
            } catch (ConflictProblem | NotFoundProblem | InvalidInputProblem e) {
                failed.add(Long.toString(id));
            }
        }
        redirect.addFlashAttribute("assigned", assigned);
        redirect.addFlashAttribute("notAssigned", failed);
        return "redirect:" + (back.startsWith("/cases") ? back : "/cases");
    }

    private static long idOf(String item) {
        try {
            return Long.parseLong(item.substring(0, item.indexOf(':')));
        } catch (RuntimeException e) {
            throw new InvalidInputProblem("selected", "not id:version: '" + item + "'");
        }
    }

    private static int versionOf(String item) {
        try {
            return Integer.parseInt(item.substring(item.indexOf(':') + 1));
        } catch (RuntimeException e) {
            throw new InvalidInputProblem("selected", "not id:version: '" + item + "'");
        }
    }

    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputProblem(field, "not a date (yyyy-MM-dd): '" + text + "'");
        }
    }
}
