package org.tuodi.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuodi.core.engine.RiskEngine;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.core.rules.Condition;
import org.tuodi.core.rules.Indicator;
import org.tuodi.core.rules.IndicatorKind;
import org.tuodi.core.rules.IndicatorOverride;
import org.tuodi.core.rules.Operator;
import org.tuodi.core.rules.RegionOverride;
import org.tuodi.core.rules.RuleSet;
import org.tuodi.core.rules.RuleSetFormat;
import org.tuodi.core.rules.Window;
import org.tuodi.core.shared.Yuan;

/**
 * The SQL is derived from the rule set, not written for the reference values: an edited rule set
 * (thresholds, windows, lines, a new hard trigger, conditions on record fields, member ages and
 * household categories) gives the engine's alerts in SQL too.
 */
class EditedRuleSetTests {

    private static final RuleSet REFERENCE = RuleSetFormat.loadReference();

    @TempDir static Path dir;

    @BeforeAll
    static void writeTheSmokeData() throws Exception {
        SmokeData.write(dir);
    }

    @Test
    void sqlFollowsAnEditedRuleSet() throws Exception {
        RuleSet edited = edited();

        List<AlertRow> engine = Replay.run(dir, 1, 1, RiskEngine.of(edited)).alerts();
        List<AlertRow> sql =
                DuckDbBaseline.run(dir, 2, edited, RuleSetFormat.contentHash(edited)).alerts();
        List<AlertRow> reference = Replay.run(dir, 1, 1, RiskEngine.of(REFERENCE)).alerts();

        assertThat(AlertComparison.difference("engine", engine, "DuckDB", sql)).isEmpty();
        assertThat(AlertComparison.difference("edited", engine, "reference", reference))
                .isPresent();
        assertThat(engine).extracting(AlertRow::ruleSetVersion).containsOnly("edited-1");
    }

    @Test
    void sqlRefusesARuleSetWithRegionOverrides() {
        RegionOverride linying =
                new RegionOverride(
                        RegionCode.of("411122"),
                        Map.of(
                                "DANGEROUS_HOUSE_C",
                                new IndicatorOverride(Optional.of(40), Optional.empty(), false)),
                        Map.of());
        RuleSet withOverride =
                new RuleSet(
                        REFERENCE.id(),
                        REFERENCE.version(),
                        REFERENCE.name(),
                        REFERENCE.effectiveFrom(),
                        REFERENCE.latenessDays(),
                        REFERENCE.alertLines(),
                        REFERENCE.deadlines(),
                        REFERENCE.indicators(),
                        List.of(linying));

        assertThatThrownBy(() -> new ScreeningSql(withOverride))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("region overrides");
    }

    private static RuleSet edited() {
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : REFERENCE.indicators()) {
            indicators.add(edit(i));
        }
        return new RuleSet(
                REFERENCE.id(),
                "edited-1",
                REFERENCE.name(),
                REFERENCE.effectiveFrom(),
                REFERENCE.latenessDays(),
                Map.of(AlertLevel.GENERAL, 50, AlertLevel.URGENT, 90),
                REFERENCE.deadlines(),
                indicators,
                List.of());
    }

    private static Indicator edit(Indicator i) {
        IndicatorKind kind = i.kind();
        Optional<AlertLevel> hard = i.hardTrigger();
        switch (i.code()) {
            case "MEDICAL_OOP_12M_5000":
                IndicatorKind.WindowSum s = (IndicatorKind.WindowSum) kind;
                kind =
                        new IndicatorKind.WindowSum(
                                s.eventType(), s.where(), s.field(), s.window(), Yuan.of(3000));
                break;
            case "MEDICAL_INPATIENT_2X_12M":
                IndicatorKind.WindowCount c = (IndicatorKind.WindowCount) kind;
                List<Condition> where = new ArrayList<>(c.where());
                where.add(Condition.of("out_of_pocket", Operator.GTE, "50.00"));
                kind = new IndicatorKind.WindowCount(c.eventType(), where, Window.months(6), 2);
                break;
            case "UNEMPLOYMENT_REGISTERED":
                IndicatorKind.EventMatch m = (IndicatorKind.EventMatch) kind;
                kind = new IndicatorKind.EventMatch(m.eventType(), m.where(), Window.days(90));
                break;
            case "DISABILITY_CERTIFIED":
                IndicatorKind.EventMatch d = (IndicatorKind.EventMatch) kind;
                List<Condition> types = new ArrayList<>(d.where());
                types.add(Condition.of("disability_type", Operator.IN, "VISUAL", "HEARING"));
                kind = new IndicatorKind.EventMatch(d.eventType(), types, d.window());
                break;
            case "DANGEROUS_HOUSE_C":
                hard = Optional.of(AlertLevel.GENERAL);
                break;
            case "ELDERLY_MEMBER_70":
                kind = members(Condition.of("age", Operator.GTE, "65"), 1);
                break;
            case "SEVERELY_DISABLED_MEMBER":
                kind = members(Condition.of("disability_grade", Operator.LTE, "3"), 2);
                break;
            case "SINGLE_PERSON_HOUSEHOLD":
                kind =
                        new IndicatorKind.HouseholdCondition(
                                IndicatorKind.HouseholdCondition.Scope.HOUSEHOLD,
                                List.of(
                                        Condition.of(
                                                "category", Operator.IN, "TEKUN", "DIBAO_EDGE")),
                                1);
                break;
            default:
                break;
        }
        return new Indicator(
                i.code(), i.name(), i.dimension(), i.score(), hard, kind, i.provenance(), i.note());
    }

    private static IndicatorKind members(Condition condition, int minMembers) {
        return new IndicatorKind.HouseholdCondition(
                IndicatorKind.HouseholdCondition.Scope.MEMBERS, List.of(condition), minMembers);
    }
}
