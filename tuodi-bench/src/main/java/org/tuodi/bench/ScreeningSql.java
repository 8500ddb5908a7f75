package org.tuodi.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.core.rules.Condition;
import org.tuodi.core.rules.Indicator;
import org.tuodi.core.rules.IndicatorKind;
import org.tuodi.core.rules.RuleSet;
import org.tuodi.core.rules.Window;

/**
 * A rule set's batch screening in SQL, over the tables of {@link InputSql}: the same alerts the
 * engine gives when every household's records come in order (within the rule set's lateness) and no
 * case is closed. Everything rule-specific is derived from the {@link RuleSet}: the indicator table
 * (index, kind, threshold, score, hard trigger, window), each indicator's record filter ({@link
 * ConditionSql}), the household conditions, the alert lines and the level names. Region overrides
 * are not supported (the reference has none): a rule set with any is refused.
 *
 * <p>The engine semantics it reproduces (RiskEngine, Evaluation): a record matching an indicator's
 * filter is a contribution; a household is assessed on each day that has a contribution; each
 * indicator is measured over its window (day − length, day]; sums and counts compare with ≥, an
 * event match needs one record; household conditions count only with a record-based hit; the level
 * is the higher of the highest line reached and the highest hard trigger; the first level raises, a
 * later higher level escalates; the evidence is every record in the windows of the record-based
 * hits of that day (evidence already in the case still counts, as the engine does).
 *
 * <p>Longer than our 150 lines: most of it is the SQL itself, kept whole (with a comment on each
 * step) so it reads as one query.
 */
final class ScreeningSql {

    private final RuleSet rules;

    ScreeningSql(RuleSet rules) {
        if (!rules.regionOverrides().isEmpty()) {
            throw new IllegalArgumentException(
                    "the SQL baseline does not support region overrides; "
                            + rules.id()
                            + " has "
                            + rules.regionOverrides().size());
        }
        this.rules = rules;
    }

    /**
     * {@code contrib}: one row per (record, indicator it matches), the amount summed (fen) or 0.
     * The same (source, event_id) twice in a household is one record: only the first row (in file
     * order) of the key that matched any indicator counts, as the engine's duplicate check.
     */
    String contributions() {
        List<String> parts = new ArrayList<>();
        List<Indicator> indicators = rules.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorKind kind = indicators.get(i).kind();
            if (kind instanceof IndicatorKind.HouseholdCondition) {
                continue;
            }
            String amount = "0";
            List<String> filter = new ArrayList<>();
            filter.add("type = " + ConditionSql.text(eventType(kind)));
            if (kind instanceof IndicatorKind.WindowSum s) {
                amount = s.field().column();
                filter.add(amount + " IS NOT NULL");
            }
            for (Condition c : where(kind)) {
                filter.add("coalesce(" + ConditionSql.onRecord(c) + ", false)");
            }
            parts.add(
                    "SELECT hid, rid, src, source, event_id, day, "
                            + i
                            + " AS ind, "
                            + amount
                            + " AS amount FROM ev WHERE "
                            + String.join(" AND ", filter));
        }
        return "CREATE TABLE contrib AS\nWITH c AS (\n"
                + String.join("\nUNION ALL\n", parts)
                + ")\nSELECT * FROM c"
                + " QUALIFY min(rid) OVER (PARTITION BY hid, source, event_id) = rid";
    }

    /** The alert rows, in the columns of alerts.csv. */
    String alerts(String hash) {
        return SCREENING.formatted(
                indicatorTable(),
                conditionCounts(),
                conditionHits(),
                levelOfScore(),
                levelNames(),
                codeList(),
                ConditionSql.text(rules.version()),
                ConditionSql.text(hash));
    }

    private static final String SCREENING =
            """
            WITH ind(ind, kind, thr, score, hard, months, days) AS (VALUES %s),
            -- every day with a contribution is an evaluation day of its household
            days AS (SELECT DISTINCT hid, day AS d FROM contrib),
            -- per household and indicator, running totals by day: a window is a difference of two
            daily AS (SELECT hid, ind, day, sum(amount) AS s, count(*) AS n FROM contrib GROUP BY ALL),
            pref AS (
                SELECT hid, ind, day, sum(s) OVER w AS cs, sum(n) OVER w AS cn FROM daily
                WINDOW w AS (PARTITION BY hid, ind ORDER BY day ROWS UNBOUNDED PRECEDING)),
            -- each evaluation day with each indicator the household has records of, and the
            -- window's exclusive start (months as LocalDate.minusMonths: end of month clamped)
            q AS (
                SELECT d.hid, d.d, i.ind,
                       CAST(CASE WHEN i.months > 0 THEN d.d - to_months(i.months)
                                 ELSE d.d - to_days(i.days) END AS DATE) AS start
                FROM days d JOIN (SELECT DISTINCT hid, ind FROM daily) p ON p.hid = d.hid
                JOIN ind i ON i.ind = p.ind),
            -- (start, d]: the totals as of d minus the totals as of start
            meas AS (
                SELECT q.hid, q.d, q.ind, q.start, a.cs - coalesce(b.cs, 0) AS s,
                       a.cn - coalesce(b.cn, 0) AS n
                FROM q ASOF JOIN pref a ON q.hid = a.hid AND q.ind = a.ind AND q.d >= a.day
                ASOF LEFT JOIN pref b ON q.hid = b.hid AND q.ind = b.ind AND q.start >= b.day),
            hits AS (
                SELECT m.hid, m.d, m.ind, m.start, i.score, i.hard FROM meas m JOIN ind i USING (ind)
                WHERE m.n > 0 AND (i.kind = 'SUM' AND m.s >= i.thr OR i.kind = 'COUNT' AND m.n >= i.thr
                                   OR i.kind = 'MATCH')),
            -- days with at least one record-based hit: only they can alert
            rec AS (
                SELECT hid, d, sum(score) AS rscore, max(hard) AS hard, list(ind) AS inds
                FROM hits GROUP BY hid, d),
            -- household conditions on those days: members meeting each, and the household itself
            cnt AS (
                SELECT r.hid, r.d%s
                FROM rec r JOIN mem m ON m.hid = r.hid GROUP BY r.hid, r.d),
            cond AS (
                SELECT c.hid, c.d, %s
                FROM cnt c JOIN hh h ON h.hid = c.hid),
            lvl AS (
                SELECT r.hid, r.d, r.rscore + coalesce(c.cscore, 0) AS score,
                       list_sort(list_concat(r.inds, coalesce(c.cinds, []))) AS inds,
                       greatest(%s, r.hard) AS level
                FROM rec r LEFT JOIN cond c ON c.hid = r.hid AND c.d = r.d),
            -- RAISE at the first day with a level, ESCALATE at each later day above all before it
            alert AS (
                SELECT *, max(level) OVER (PARTITION BY hid ORDER BY d
                                           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before
                FROM lvl
                QUALIFY level >= 0 AND level > coalesce(before, -1)),
            -- the evidence: every record in the windows of the day's record-based hits, each once,
            -- sorted as EventKey (source enum order, then event_id)
            keys AS (
                SELECT DISTINCT a.hid, a.d, c.src, c.source, c.event_id
                FROM alert a JOIN hits h ON h.hid = a.hid AND h.d = a.d
                JOIN contrib c ON c.hid = h.hid AND c.ind = h.ind AND c.day > h.start AND c.day <= h.d),
            evidence AS (
                SELECT hid, d, string_agg(source || ':' || event_id, ';' ORDER BY src, event_id) AS ids
                FROM keys GROUP BY hid, d)
            SELECT a.hid, h.region, %s AS level, a.score,
                   CASE WHEN a.before IS NULL OR a.before < 0 THEN 'RAISE' ELSE 'ESCALATE' END,
                   array_to_string(list_transform(a.inds, lambda x: [%s][x + 1]), ';'),
                   e.ids, %s, %s, strftime(a.d, '%%Y-%%m-%%d')
            FROM alert a JOIN hh h ON h.hid = a.hid JOIN evidence e ON e.hid = a.hid AND e.d = a.d
            """;

    private String indicatorTable() {
        List<String> rows = new ArrayList<>();
        List<Indicator> indicators = rules.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            IndicatorKind kind = indicator.kind();
            if (kind instanceof IndicatorKind.HouseholdCondition) {
                continue;
            }
            String type = "MATCH";
            long threshold = 1;
            if (kind instanceof IndicatorKind.WindowSum s) {
                type = "SUM";
                threshold = s.threshold().fen();
            } else if (kind instanceof IndicatorKind.WindowCount c) {
                type = "COUNT";
                threshold = c.threshold();
            }
            Window w = window(kind);
            rows.add(
                    "(%d, '%s', %d, %d, %d, %d, %d)"
                            .formatted(
                                    i,
                                    type,
                                    threshold,
                                    indicator.score(),
                                    indicator.hardTrigger().map(Enum::ordinal).orElse(-1),
                                    w.unit() == Window.Unit.MONTHS ? w.length() : 0,
                                    w.unit() == Window.Unit.DAYS ? w.length() : 0));
        }
        return String.join(", ", rows);
    }

    /** Per household condition: how many members meet it ({@code MEMBERS} scope). */
    private String conditionCounts() {
        StringBuilder s = new StringBuilder();
        forEachCondition(
                (i, h) -> {
                    if (h.scope() == IndicatorKind.HouseholdCondition.Scope.MEMBERS) {
                        s.append(",\n       count(*) FILTER (WHERE ")
                                .append(all(h.where(), ConditionSql::onMember))
                                .append(") AS c")
                                .append(i);
                    }
                });
        return s.toString();
    }

    /** The conditions' score and indicator indexes on the day. */
    private String conditionHits() {
        List<String> scores = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        forEachCondition(
                (i, h) -> {
                    String holds =
                            h.scope() == IndicatorKind.HouseholdCondition.Scope.MEMBERS
                                    ? "c.c" + i + " >= " + h.minMembers()
                                    : all(h.where(), ConditionSql::onHousehold);
                    int score = rules.indicators().get(i).score();
                    scores.add("CASE WHEN " + holds + " THEN " + score + " ELSE 0 END");
                    indexes.add("CASE WHEN " + holds + " THEN " + i + " END");
                });
        if (scores.isEmpty()) {
            return "0 AS cscore, []::INTEGER[] AS cinds";
        }
        return String.join(" + ", scores)
                + " AS cscore,\n       list_filter(["
                + String.join(", ", indexes)
                + "], lambda x: x IS NOT NULL) AS cinds";
    }

    private void forEachCondition(
            java.util.function.BiConsumer<Integer, IndicatorKind.HouseholdCondition> action) {
        List<Indicator> indicators = rules.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).kind() instanceof IndicatorKind.HouseholdCondition h) {
                action.accept(i, h);
            }
        }
    }

    private static String all(
            List<Condition> where, java.util.function.Function<Condition, String> sql) {
        return where.stream()
                .map(c -> "coalesce(" + sql.apply(c) + ", false)")
                .collect(Collectors.joining(" AND "));
    }

    /** The highest level whose line the score reaches, as an AlertLevel ordinal, else -1. */
    private String levelOfScore() {
        StringBuilder s = new StringBuilder("CASE");
        AlertLevel[] levels = AlertLevel.values();
        for (int l = levels.length - 1; l >= 0; l--) {
            Integer line = rules.alertLines().get(levels[l]);
            if (line != null && line > 0) {
                s.append(" WHEN r.rscore + coalesce(c.cscore, 0) >= ")
                        .append(line)
                        .append(" THEN ")
                        .append(l);
            }
        }
        return s.append(" ELSE -1 END").toString();
    }

    private String codeList() {
        return ConditionSql.texts(rules.indicators().stream().map(Indicator::code).toList());
    }

    private static String levelNames() {
        StringBuilder s = new StringBuilder("CASE a.level");
        for (AlertLevel level : AlertLevel.values()) {
            s.append(" WHEN ").append(level.ordinal()).append(" THEN '").append(level).append("'");
        }
        return s.append(" END").toString();
    }

    private static String eventType(IndicatorKind kind) {
        if (kind instanceof IndicatorKind.WindowSum s) {
            return s.eventType().name();
        }
        if (kind instanceof IndicatorKind.WindowCount c) {
            return c.eventType().name();
        }
        return ((IndicatorKind.EventMatch) kind).eventType().name();
    }

    private static List<Condition> where(IndicatorKind kind) {
        if (kind instanceof IndicatorKind.WindowSum s) {
            return s.where();
        }
        if (kind instanceof IndicatorKind.WindowCount c) {
            return c.where();
        }
        return ((IndicatorKind.EventMatch) kind).where();
    }

    private static Window window(IndicatorKind kind) {
        if (kind instanceof IndicatorKind.WindowSum s) {
            return s.window();
        }
        if (kind instanceof IndicatorKind.WindowCount c) {
            return c.window();
        }
        return ((IndicatorKind.EventMatch) kind).window();
    }
}
