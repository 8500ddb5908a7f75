package org.tuodi.server.alerting.ui;

import org.tuodi.core.casework.CaseStatus;
import org.tuodi.core.casework.OverdueKind;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.server.alerting.internal.JdbcCaseSearch.CaseFilter;
import org.tuodi.server.alerting.internal.JdbcCaseSearch.Narrowing;
import org.tuodi.server.alerting.internal.JdbcCaseSearch.Order;
import org.tuodi.server.platform.InvalidInputProblem;

/**
 * The case inbox's filter as the form and the dashboard's links send it; every part may be empty.
 * {@code overdue} is {@code VISIT}, {@code DISPOSAL} or {@code ANY}; {@code stage} is {@code
 * VISITED} or {@code HELPED} (the funnel's figures); {@code sort} one of {@link Order}.
 */
public record InboxFilter(
        String region,
        String status,
        String level,
        String overdue,
        String from,
        String to,
        String indicator,
        String stage,
        String sort,
        Integer page) {

    RegionCode regionOr(RegionCode fallback) {
        if (region == null || region.isBlank()) {
            return fallback;
        }
        try {
            return RegionCode.of(region.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputProblem("region", e.getMessage());
        }
    }

    CaseFilter toQuery(RegionCode within, Long assignee, int size) {
        boolean anyOverdue = "ANY".equals(overdue);
        return new CaseFilter(
                within,
                assignee,
                code(status, "status", CaseStatus.class),
                code(level, "level", AlertLevel.class),
                anyOverdue ? null : code(overdue, "overdue", OverdueKind.class),
                anyOverdue,
                page == null || page < 0 ? 0 : page,
                size,
                new Narrowing(
                        CaseInboxController.date(from, "from"),
                        CaseInboxController.date(to, "to"),
                        blankToNull(indicator),
                        "VISITED".equals(stage),
                        "HELPED".equals(stage),
                        false),
                code(sort, "sort", Order.class));
    }

    /** The same filter on another page (for the pager's links). */
    public InboxFilter onPage(int other) {
        return new InboxFilter(
                region, status, level, overdue, from, to, indicator, stage, sort, other);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <E extends Enum<E>> E code(String value, String field, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip())) {
                return constant;
            }
        }
        throw new InvalidInputProblem(field, "unknown code '" + value + "'");
    }
}
