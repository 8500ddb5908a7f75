package org.tuodi.core.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.event.DisasterLoss;
import org.tuodi.core.event.EventField;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.event.EventType;
import org.tuodi.core.event.HousingDamage;
import org.tuodi.core.event.MedicalSettlement;
import org.tuodi.core.event.Source;
import org.tuodi.core.event.UnemploymentRegistered;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.household.Member;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.household.Relation;
import org.tuodi.core.household.Residence;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.core.rules.Condition;
import org.tuodi.core.rules.Deadline;
import org.tuodi.core.rules.Dimension;
import org.tuodi.core.rules.Indicator;
import org.tuodi.core.rules.IndicatorKind;
import org.tuodi.core.rules.Operator;
import org.tuodi.core.rules.Provenance;
import org.tuodi.core.rules.RegionOverride;
import org.tuodi.core.rules.RuleSet;
import org.tuodi.core.rules.Window;
import org.tuodi.core.shared.Yuan;

/**
 * A small engine test bed: a compact rule set modelled on the reference one, a household in
 * 繁城回族镇营王村 (411122101201; the report's 西街村 has no code in the 2023 list) and records to feed, with
 * the decisions collected.
 */
final class EngineScenario {

    static final RegionCode VILLAGE = RegionCode.of("411122101201");
    static final NationalId HEAD = id("41112219800101001");
    static final NationalId ELDER = id("41112219540312002");
    static final LocalDate START = LocalDate.of(2024, 1, 1);

    static NationalId id(String first17) {
        return NationalId.parse(first17 + NationalId.checkCharacter(first17));
    }

    static Indicator medicalFiveThousand() {
        return new Indicator(
                "MEDICAL_OOP_12M_5000",
                "医疗自付12个月累计达5000元",
                Dimension.MEDICAL,
                60,
                Optional.of(AlertLevel.GENERAL),
                new IndicatorKind.WindowSum(
                        EventType.MEDICAL_SETTLEMENT,
                        List.of(),
                        EventField.OUT_OF_POCKET,
                        Window.months(12),
                        Yuan.of(5000)),
                Provenance.PUBLIC_DESCRIPTION,
                "");
    }

    static Indicator medicalTwentyThousand() {
        return new Indicator(
                "MEDICAL_OOP_12M_20000",
                "医疗自付12个月累计达20000元",
                Dimension.MEDICAL,
                40,
                Optional.of(AlertLevel.URGENT),
                new IndicatorKind.WindowSum(
                        EventType.MEDICAL_SETTLEMENT,
                        List.of(),
                        EventField.OUT_OF_POCKET,
                        Window.months(12),
                        Yuan.of(20000)),
                Provenance.ILLUSTRATIVE_DEFAULT,
                "");
    }

    static Indicator inpatientTwice() {
        return new Indicator(
                "MEDICAL_INPATIENT_2X_12M",
                "12个月内住院2次",
                Dimension.MEDICAL,
                20,
                Optional.empty(),
                new IndicatorKind.WindowCount(
                        EventType.MEDICAL_SETTLEMENT,
                        List.of(Condition.of("inpatient", Operator.EQ, "true")),
                        Window.months(12),
                        2),
                Provenance.ILLUSTRATIVE_DEFAULT,
                "");
    }

    static Indicator unemployment() {
        return new Indicator(
                "UNEMPLOYMENT_REGISTERED",
                "失业登记",
                Dimension.EMPLOYMENT,
                30,
                Optional.empty(),
                new IndicatorKind.EventMatch(
                        EventType.UNEMPLOYMENT_REGISTERED, List.of(), Window.months(6)),
                Provenance.ILLUSTRATIVE_DEFAULT,
                "");
    }

    static Indicator homeDamaged() {
        return new Indicator(
                "DISASTER_HOME_DAMAGED",
                "受灾房屋损坏",
                Dimension.DISASTER,
                30,
                Optional.empty(),
                new IndicatorKind.EventMatch(
                        EventType.DISASTER_LOSS,
                        List.of(Condition.of("housing_damage", Operator.EQ, "DAMAGED")),
                        Window.months(6)),
                Provenance.ILLUSTRATIVE_DEFAULT,
                "");
    }

    static Indicator elderlyMember() {
        return new Indicator(
                "ELDERLY_MEMBER_70",
                "有70岁以上成员",
                Dimension.LIVING,
                10,
                Optional.empty(),
                new IndicatorKind.HouseholdCondition(
                        IndicatorKind.HouseholdCondition.Scope.MEMBERS,
                        List.of(Condition.of("age", Operator.GTE, "70")),
                        1),
                Provenance.ILLUSTRATIVE_DEFAULT,
                "");
    }

    static RuleSet ruleSet(int latenessDays, List<RegionOverride> overrides) {
        Map<AlertLevel, Integer> lines = new EnumMap<>(AlertLevel.class);
        lines.put(AlertLevel.GENERAL, 60);
        lines.put(AlertLevel.URGENT, 100);
        Map<AlertLevel, Deadline> deadlines = new EnumMap<>(AlertLevel.class);
        deadlines.put(AlertLevel.GENERAL, new Deadline(15, 30));
        deadlines.put(AlertLevel.URGENT, new Deadline(3, 10));
        return new RuleSet(
                "test",
                "1",
                "测试指标体系",
                LocalDate.of(2023, 9, 1),
                latenessDays,
                lines,
                deadlines,
                List.of(
                        medicalFiveThousand(),
                        medicalTwentyThousand(),
                        inpatientTwice(),
                        unemployment(),
                        homeDamaged(),
                        elderlyMember()),
                overrides);
    }

    static RiskEngine engine(int latenessDays) {
        return new RiskEngine(ruleSet(latenessDays, List.of()), "sha256:test");
    }

    static Household household(LowIncomeCategory category) {
        return new Household(
                new HouseholdId("H-0001"),
                VILLAGE,
                Set.of(category),
                Residence.RURAL,
                Yuan.of(520),
                Optional.empty(),
                List.of(member(HEAD, Relation.HEAD), member(ELDER, Relation.PARENT)));
    }

    static Member member(NationalId id, Relation relation) {
        return new Member(
                id, "李新", relation, Optional.empty(), Optional.empty(), false, Optional.empty());
    }

    static MedicalSettlement medical(String id, LocalDate on, String outOfPocket) {
        return medical(id, on, outOfPocket, false);
    }

    static MedicalSettlement medical(
            String id, LocalDate on, String outOfPocket, boolean inpatient) {
        return new MedicalSettlement(
                new EventKey(Source.MEDICAL_INSURANCE, id),
                ELDER,
                on,
                Optional.empty(),
                Optional.empty(),
                Yuan.parse(outOfPocket),
                Optional.of(inpatient),
                Optional.empty());
    }

    static UnemploymentRegistered unemployed(String id, LocalDate on) {
        return new UnemploymentRegistered(new EventKey(Source.HUMAN_RESOURCES, id), HEAD, on);
    }

    static DisasterLoss damaged(String id, LocalDate on) {
        return new DisasterLoss(
                new EventKey(Source.EMERGENCY_MANAGEMENT, id),
                HEAD,
                on,
                Optional.of(Yuan.of(3000)),
                Optional.of(HousingDamage.DAMAGED));
    }

    /** Feeds records in the given order, then advances to {@code end}; returns all decisions. */
    static Run feed(
            RiskEngine engine,
            Household household,
            List<? extends DepartmentEvent> events,
            LocalDate end) {
        HouseholdState state = HouseholdState.empty();
        List<AlertDecision> decisions = new ArrayList<>();
        List<EventOutcome> outcomes = new ArrayList<>();
        for (DepartmentEvent event : events) {
            Assessment a = engine.accept(state, household, event);
            state = a.state();
            decisions.addAll(a.decisions());
            outcomes.add(a.outcome().orElseThrow());
        }
        Assessment last = engine.advanceTo(state, household, end);
        decisions.addAll(last.decisions());
        return new Run(last.state(), decisions, outcomes);
    }

    record Run(HouseholdState state, List<AlertDecision> decisions, List<EventOutcome> outcomes) {}

    private EngineScenario() {}
}
