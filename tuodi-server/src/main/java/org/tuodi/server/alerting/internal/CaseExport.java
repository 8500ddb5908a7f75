package org.tuodi.server.alerting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tuodi.core.casework.CaseStatus;
import org.tuodi.core.casework.OverdueKind;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.Member;
import org.tuodi.core.household.Relation;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.server.platform.AccessDeniedProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.XlsxWorkbook;
import org.tuodi.server.registry.HouseholdRegistry;

/**
 * 案件清单导出: the case list of a filter (the inbox's: region, status, level, overdue) as an XLSX table
 * with Chinese headers and labels, as offices exchange them. Only the head of household is named,
 * masked as the case page masks names ({@code 李**}), with the identity number masked ({@code
 * 411122********1445}). The same access as the list: officers over their region, an assistant over
 * its own cases. At most {@value #MAX_ROWS} cases: a larger list is refused.
 */
@Component
public class CaseExport {

    public static final int MAX_ROWS = 20_000;
    private static final int PAGE = 500;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final JdbcCaseSearch search;
    private final HouseholdRegistry registry;
    private final RegionDirectory regions;
    private final MessageSource messages;

    CaseExport(
            JdbcCaseSearch search,
            HouseholdRegistry registry,
            RegionDirectory regions,
            MessageSource messages) {
        this.search = search;
        this.registry = registry;
        this.regions = regions;
        this.messages = messages;
    }

    /** The filter of the case list's parameters, checked as the list checks them. */
    public JdbcCaseSearch.CaseFilter filter(
            CurrentUser user, String status, String level, String region, String overdue) {
        boolean assistant = user.role() == Role.VILLAGE_ASSISTANT;
        if (!assistant && !user.role().isOfficer()) {
            throw new AccessDeniedProblem("cases are for officers and village assistants");
        }
        RegionCode within = blank(region) ? user.region() : regionCode(region);
        user.requireCovers(within);
        boolean anyOverdue = "true".equals(overdue);
        return new JdbcCaseSearch.CaseFilter(
                within,
                assistant ? user.id() : null,
                blank(status) ? null : code(status, "status", CaseStatus.class),
                blank(level) ? null : code(level, "level", AlertLevel.class),
                blank(overdue) || anyOverdue ? null : code(overdue, "overdue", OverdueKind.class),
                anyOverdue,
                0,
                PAGE);
    }

    /** The page size the export reads the list by (a filter's own size is ignored). */
    public static final int PAGE_SIZE = PAGE;

    /**
     * The cases of the filter, in its order (newest first unless it says otherwise), as one table.
     */
    public XlsxWorkbook.Table table(JdbcCaseSearch.CaseFilter filter) {
        List<List<Object>> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            JdbcCaseSearch.Found found = search.search(withPage(filter, page));
            if (found.total() > MAX_ROWS) {
                throw new InvalidInputProblem(
                        "filter",
                        found.total() + " cases match; export at most " + MAX_ROWS + ": narrow it");
            }
            for (CaseRow r : found.rows()) {
                rows.add(row(r));
            }
            if (found.rows().size() < PAGE) {
                break;
            }
        }
        return new XlsxWorkbook.Table(
                text("export.cases.sheet"),
                List.of(
                        text("export.cases.id"),
                        text("export.cases.household"),
                        text("export.cases.head"),
                        text("export.cases.headIdNumber"),
                        text("export.cases.regionCode"),
                        text("export.cases.region"),
                        text("export.cases.level"),
                        text("export.cases.status"),
                        text("export.cases.raisedOn"),
                        text("export.cases.visitDue"),
                        text("export.cases.disposalDue"),
                        text("export.cases.visitedOn"),
                        text("export.cases.disposedOn"),
                        text("export.cases.closedOn"),
                        text("export.cases.outcome"),
                        text("export.cases.overdue")),
                rows);
    }

    private List<Object> row(CaseRow r) {
        Optional<Member> head = registry.find(r.householdId()).flatMap(CaseExport::head);
        List<Object> row = new ArrayList<>();
        row.add(r.id());
        row.add(r.householdId().value());
        row.add(head.map(Member::maskedName).orElse(null));
        row.add(head.map(m -> m.id().masked()).orElse(null));
        row.add(r.region().value());
        row.add(regions.fullName(r.region()));
        row.add(text("enum.AlertLevel." + r.level().name()));
        row.add(text("enum.CaseStatus." + r.status().name()));
        row.add(r.raisedOn());
        row.add(r.visitDue());
        row.add(r.disposalDue());
        row.add(r.visitedOn());
        row.add(r.disposedOn());
        row.add(r.closedOn());
        row.add(r.outcome() == null ? null : text("enum.DisposalOutcome." + r.outcome().name()));
        row.add(r.overdue() == null ? null : text("enum.OverdueKind." + r.overdue().name()));
        return row;
    }

    private static Optional<Member> head(Household h) {
        return h.members().stream()
                .filter(m -> m.relation() == Relation.HEAD)
                .findFirst()
                .or(() -> h.members().stream().findFirst());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, ZH);
    }

    private static JdbcCaseSearch.CaseFilter withPage(JdbcCaseSearch.CaseFilter f, int page) {
        return new JdbcCaseSearch.CaseFilter(
                f.region(),
                f.assignee(),
                f.status(),
                f.level(),
                f.overdue(),
                f.anyOverdue(),
                page,
                PAGE);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static RegionCode regionCode(String code) {
        try {
            return RegionCode.of(code.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputProblem("region", e.getMessage());
        }
    }

    private static <E extends Enum<E>> E code(String value, String field, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip())) {
                return constant;
            }
        }
        throw new InvalidInputProblem(field, "unknown code '" + value + "'");
    }
}
