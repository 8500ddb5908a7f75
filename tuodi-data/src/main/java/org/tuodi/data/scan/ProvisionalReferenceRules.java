package org.tuodi.data.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tuodi.core.event.EventField;
import org.tuodi.core.event.EventType;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.core.rules.Condition;
import org.tuodi.core.rules.Deadline;
import org.tuodi.core.rules.Dimension;
import org.tuodi.core.rules.Indicator;
import org.tuodi.core.rules.IndicatorKind;
import org.tuodi.core.rules.IndicatorKind.HouseholdCondition.Scope;
import org.tuodi.core.rules.Operator;
import org.tuodi.core.rules.Provenance;
import org.tuodi.core.rules.RuleSet;
import org.tuodi.core.rules.Window;
import org.tuodi.core.shared.Yuan;

/**
 * TEMPORARY: the reference rule set (河南参考指标体系) built in Java, until {@code
 * RuleSetFormat.loadReference()} reads the bundled henan-reference.json; then delete this class
 * (see {@link RuleSource#standard}). It has the same indicators, alert lines (一般 60, 紧急 100) and
 * lateness (31 days), under version {@code provisional} and a hash of its own ({@code sha256} of
 * the record's text), so alerts written with it are never mistaken for the file's. Longer than the
 * 150-line aim of style.md because it is data written as code; it goes away with RuleSetFormat.
 */
final class ProvisionalReferenceRules {

    static final String VERSION = "provisional";

    private ProvisionalReferenceRules() {}

    static RuleSource.Rules load() {
        RuleSet ruleSet = ruleSet();
        return new RuleSource.Rules(ruleSet, "sha256:" + sha256(ruleSet.toString()));
    }

    static RuleSet ruleSet() {
        Map<AlertLevel, Integer> lines = new EnumMap<>(AlertLevel.class);
        lines.put(AlertLevel.GENERAL, 60);
        lines.put(AlertLevel.URGENT, 100);
        Map<AlertLevel, Deadline> deadlines = new EnumMap<>(AlertLevel.class);
        deadlines.put(AlertLevel.GENERAL, new Deadline(15, 30));
        deadlines.put(AlertLevel.URGENT, new Deadline(3, 10));
        return new RuleSet(
                "henan-reference",
                VERSION,
                "河南参考指标体系（临时，程序内置）",
                LocalDate.of(2023, 9, 1),
                31,
                lines,
                deadlines,
                indicators(),
                List.of());
    }

    private static List<Indicator> indicators() {
        EventType med = EventType.MEDICAL_SETTLEMENT;
        EventType edu = EventType.STUDENT_ENROLLED;
        EventType dis = EventType.DISASTER_LOSS;
        EventType cert = EventType.DISABILITY_CERTIFIED;
        EventType house = EventType.HOUSING_ASSESSED;
        Window year = Window.months(12);
        Window half = Window.months(6);
        return List.of(
                sum(
                        "MEDICAL_OOP_12M_5000",
                        "医疗自付12个月累计达5000元",
                        Dimension.MEDICAL,
                        60,
                        AlertLevel.GENERAL,
                        med,
                        EventField.OUT_OF_POCKET,
                        5000),
                sum(
                        "MEDICAL_OOP_12M_20000",
                        "医疗自付12个月累计达20000元",
                        Dimension.MEDICAL,
                        40,
                        AlertLevel.URGENT,
                        med,
                        EventField.OUT_OF_POCKET,
                        20000),
                indicator(
                        "MEDICAL_INPATIENT_2X_12M",
                        "12个月内住院2次",
                        Dimension.MEDICAL,
                        20,
                        null,
                        new IndicatorKind.WindowCount(
                                med, List.of(is("inpatient", "true")), year, 2)),
                match(
                        "SERIOUS_ILLNESS_DIAGNOSED",
                        "确诊重特大疾病",
                        Dimension.MEDICAL,
                        40,
                        null,
                        EventType.SERIOUS_ILLNESS_DIAGNOSED,
                        year),
                match(
                        "STUDENT_NON_COMPULSORY",
                        "非义务教育阶段入学",
                        Dimension.EDUCATION,
                        20,
                        null,
                        edu,
                        year,
                        Condition.of(
                                "stage", Operator.IN, "SENIOR", "VOCATIONAL", "UNDERGRADUATE")),
                sum(
                        "EDUCATION_FEES_12M_5000",
                        "学费12个月累计达5000元",
                        Dimension.EDUCATION,
                        20,
                        null,
                        edu,
                        EventField.ANNUAL_FEE,
                        5000),
                match(
                        "UNEMPLOYMENT_REGISTERED",
                        "失业登记",
                        Dimension.EMPLOYMENT,
                        30,
                        null,
                        EventType.UNEMPLOYMENT_REGISTERED,
                        half),
                match(
                        "DISASTER_HOME_DESTROYED",
                        "受灾房屋倒塌",
                        Dimension.DISASTER,
                        60,
                        AlertLevel.URGENT,
                        dis,
                        half,
                        is("housing_damage", "DESTROYED")),
                match(
                        "DISASTER_HOME_DAMAGED",
                        "受灾房屋损坏",
                        Dimension.DISASTER,
                        30,
                        null,
                        dis,
                        half,
                        is("housing_damage", "DAMAGED")),
                sum(
                        "DISASTER_LOSS_12M_10000",
                        "受灾损失12个月累计达10000元",
                        Dimension.DISASTER,
                        40,
                        null,
                        dis,
                        EventField.LOSS_AMOUNT,
                        10000),
                match(
                        "SEVERE_DISABILITY_CERTIFIED",
                        "新认定重度残疾",
                        Dimension.DISABILITY,
                        40,
                        null,
                        cert,
                        year,
                        Condition.of("disability_grade", Operator.LTE, "2")),
                match(
                        "DISABILITY_CERTIFIED",
                        "新认定残疾",
                        Dimension.DISABILITY,
                        20,
                        null,
                        cert,
                        year,
                        Condition.of("disability_grade", Operator.GTE, "3")),
                match(
                        "DANGEROUS_HOUSE_D",
                        "鉴定为D级危房",
                        Dimension.HOUSING,
                        60,
                        AlertLevel.GENERAL,
                        house,
                        year,
                        is("housing_grade", "D")),
                match(
                        "DANGEROUS_HOUSE_C",
                        "鉴定为C级危房",
                        Dimension.HOUSING,
                        30,
                        null,
                        house,
                        year,
                        is("housing_grade", "C")),
                match(
                        "MEMBER_DEATH",
                        "家庭成员死亡",
                        Dimension.LIVING,
                        30,
                        null,
                        EventType.DEATH_REGISTERED,
                        half),
                condition(
                        "ELDERLY_MEMBER_70",
                        "有70岁以上成员",
                        Scope.MEMBERS,
                        Condition.of("age", Operator.GTE, "70")),
                condition(
                        "SEVERELY_DISABLED_MEMBER",
                        "有重度残疾成员",
                        Scope.MEMBERS,
                        is("severe_disability", "true")),
                condition(
                        "SERIOUSLY_ILL_MEMBER",
                        "有重特大疾病成员",
                        Scope.MEMBERS,
                        is("serious_illness", "true")),
                condition("SINGLE_PERSON_HOUSEHOLD", "单人户", Scope.HOUSEHOLD, is("size", "1")));
    }

    private static Indicator sum(
            String code,
            String name,
            Dimension dimension,
            int score,
            AlertLevel hard,
            EventType type,
            EventField field,
            long threshold) {
        return indicator(
                code,
                name,
                dimension,
                score,
                hard,
                new IndicatorKind.WindowSum(
                        type, List.of(), field, Window.months(12), Yuan.of(threshold)));
    }

    private static Indicator match(
            String code,
            String name,
            Dimension dimension,
            int score,
            AlertLevel hard,
            EventType type,
            Window window,
            Condition... where) {
        return indicator(
                code,
                name,
                dimension,
                score,
                hard,
                new IndicatorKind.EventMatch(type, List.of(where), window));
    }

    private static Indicator condition(String code, String name, Scope scope, Condition where) {
        return indicator(
                code,
                name,
                Dimension.LIVING,
                10,
                null,
                new IndicatorKind.HouseholdCondition(scope, List.of(where), 1));
    }

    private static Indicator indicator(
            String code,
            String name,
            Dimension dimension,
            int score,
            AlertLevel hard,
            IndicatorKind kind) {
        Provenance provenance =
                code.equals("MEDICAL_OOP_12M_5000")
                        ? Provenance.PUBLIC_DESCRIPTION
                        : Provenance.ILLUSTRATIVE_DEFAULT;
        return new Indicator(
                code,
                name,
                dimension,
                score,
                Optional.ofNullable(hard),
                kind,
                provenance,
                "provisional, in code until RuleSetFormat");
    }

    private static Condition is(String field, String value) {
        return Condition.of(field, Operator.EQ, value);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
