package org.tuodi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tuodi.core.json.Json;
import org.tuodi.core.json.JsonValue;
import org.tuodi.core.json.JsonValue.JsonArray;
import org.tuodi.core.json.JsonValue.JsonObject;
import org.tuodi.core.json.JsonValue.Member;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.rules.IndicatorKind.WindowCount;
import org.tuodi.core.rules.IndicatorKind.WindowSum;
import org.tuodi.core.shared.Yuan;

class RuleSetFormatTests {

    /** Pinned: a change to the reference rule set must be deliberate and change this value. */
    static final String REFERENCE_HASH = "sha256:1704115f54a8ba2e";

    static String resource(String name) {
        try (InputStream in = RuleSetFormatTests.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String VALID = resource("/rules/valid.json");

    @Test
    @DisplayName(
            "参考指标体系: 19 indicators over the 7 dimensions, lines 60/100, deadlines 15/30 and 3/10")
    void loadsTheReferenceRuleSet() {
        RuleSet reference = RuleSetFormat.loadReference();

        assertThat(reference.id()).isEqualTo("henan-reference");
        assertThat(reference.indicators()).hasSize(19);
        assertThat(reference.indicators().stream().map(Indicator::dimension).distinct())
                .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Dimension.class));
        assertThat(reference.alertLines())
                .containsExactly(
                        Map.entry(AlertLevel.GENERAL, 60), Map.entry(AlertLevel.URGENT, 100));
        assertThat(reference.deadline(AlertLevel.GENERAL)).isEqualTo(new Deadline(15, 30));
        assertThat(reference.deadline(AlertLevel.URGENT)).isEqualTo(new Deadline(3, 10));
        assertThat(reference.latenessDays()).isEqualTo(31);
        assertThat(reference.regionOverrides()).isEmpty();
    }

    @Test
    @DisplayName("只有5000元规则来自公开描述: 医疗报销自费金额达到或超过5000元 … 都会触发风险处置预警")
    void marksOnlyTheFiveThousandYuanRuleAsPublic() {
        RuleSet reference = RuleSetFormat.loadReference();

        Indicator medical = reference.indicator("MEDICAL_OOP_12M_5000").orElseThrow();

        assertThat(reference.indicators())
                .filteredOn(i -> i.provenance() == Provenance.PUBLIC_DESCRIPTION)
                .containsExactly(medical);
        assertThat(medical.hardTrigger()).contains(AlertLevel.GENERAL);
        assertThat(((WindowSum) medical.kind()).threshold()).isEqualTo(Yuan.of(5000));
        assertThat(reference.indicators()).allSatisfy(i -> assertThat(i.note()).isNotBlank());
    }

    @Test
    void keepsTheReferenceHashStable() {
        RuleSet reference = RuleSetFormat.loadReference();

        String hash = RuleSetFormat.contentHash(reference);

        assertThat(hash).matches("sha256:[0-9a-f]{16}").isEqualTo(REFERENCE_HASH);
        assertThat(RuleSetFormat.contentHash(RuleSetFormat.loadReference())).isEqualTo(hash);
    }

    static Stream<String> thresholdIndicators() {
        return RuleSetFormat.loadReference().indicators().stream()
                .filter(i -> i.kind() instanceof WindowSum || i.kind() instanceof WindowCount)
                .map(Indicator::code);
    }

    @ParameterizedTest
    @MethodSource("thresholdIndicators")
    void changesTheHashWhenAThresholdChanges(String code) {
        RuleSet reference = RuleSetFormat.loadReference();

        RuleSet changed = withIndicator(reference, code, RuleSetFormatTests::raiseThreshold);

        assertThat(RuleSetFormat.contentHash(changed))
                .isNotEqualTo(RuleSetFormat.contentHash(reference));
    }

    @Test
    void readsItsOwnCanonicalFormBackToTheSameRuleSet() {
        for (RuleSet ruleSet :
                List.of(RuleSetFormat.loadReference(), RuleSetFormat.parse(VALID, "valid.json"))) {
            String canonical = RuleSetFormat.canonical(ruleSet);

            RuleSet again = RuleSetFormat.parse(canonical, "canonical.json");

            assertThat(again).isEqualTo(ruleSet);
            assertThat(RuleSetFormat.canonical(again)).isEqualTo(canonical);
        }
    }

    @Test
    void givesTheSameHashWhateverTheLayoutKeyOrderAndSpellingOfValues() {
        String reordered = Json.write(reversed(Json.parse(VALID)));
        String respelled =
                VALID.replace("\"5000.00\"", "5000")
                        .replace("\"value\": true", "\"value\": \"true\"")
                        .replace("\"411122\"", "\"411122000000\"");

        assertThat(hashOf(reordered)).isEqualTo(hashOf(VALID));
        assertThat(hashOf(respelled)).isEqualTo(hashOf(VALID));
        assertThat(RuleSetFormat.canonical(RuleSetFormat.parse(reordered, "r")))
                .isEqualTo(RuleSetFormat.canonical(RuleSetFormat.parse(VALID, "v")));
    }

    @Test
    @DisplayName("top-level notes are commentary: not in the hash; an indicator's note is")
    void leavesTopLevelNotesOutOfTheHash() {
        String otherNotes = VALID.replace("for tests:", "for the tests of the format:");
        String otherNote =
                VALID.replace(
                        "\"scope\": \"MEMBERS\",", "\"scope\": \"MEMBERS\", \"note\": \"x\",");

        assertThat(hashOf(otherNotes)).isEqualTo(hashOf(VALID));
        assertThat(hashOf(otherNote)).isNotEqualTo(hashOf(VALID));
    }

    @Test
    void readsRegionOverridesWithThresholdsWrittenAsTheCanonicalFormWritesThem() {
        RuleSet ruleSet = RuleSetFormat.parse(VALID.replace("\"4000.00\"", "4000"), "valid.json");

        RegionOverride override = ruleSet.overrideFor(RegionCode.of("411122101000")).orElseThrow();

        assertThat(override.indicators().get("MEDICAL_OOP_12M_5000"))
                .isEqualTo(new IndicatorOverride(Optional.empty(), Optional.of("4000.00"), false));
        assertThat(override.alertLines()).containsExactly(Map.entry(AlertLevel.GENERAL, 50));
    }

    @Test
    void readsARegionOverrideThatChangesOnlyIndicators() {
        String text =
                VALID.replace(
                                "\"indicators\": {\"MEDICAL_OOP_12M_5000\": {\"threshold\": \"4000.00\"}},",
                                "\"indicators\": {\"MEDICAL_INPATIENT_2X_12M\": {\"threshold\": 3, \"score\": 30}}")
                        .replace("\"alertLines\": {\"GENERAL\": 50}", "");

        RegionOverride override = RuleSetFormat.parse(text, "valid.json").regionOverrides().get(0);

        assertThat(override.alertLines()).isEmpty();
        assertThat(override.indicators().get("MEDICAL_INPATIENT_2X_12M"))
                .isEqualTo(new IndicatorOverride(Optional.of(30), Optional.of("3"), false));
    }

    @ParameterizedTest(name = "{2}: {4}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            textBlock =
                    """
        # replace                                    | with                                            | path                          | line | message fragment
        `      "score": 60,`                         | ``                                              | indicators[0].score           | 15   | required field is missing
        "threshold": "5000.00"                       | "tresHold": "5000.00"                           | indicators[0].tresHold        | 26   | unknown field for a WINDOW_SUM indicator; did you mean "threshold"?
        "window": "6M",                              | "window": "6M", "threshold": 2,                 | indicators[1].threshold       | 36   | unknown field for an EVENT_MATCH indicator
        "latenessDays": 31                           | "latenessDays": "31"                            | latenessDays                  | 7    | must be a whole number, was "31"
        "dimension": "EDUCATION"                     | "dimension": "SCHOOL"                           | indicators[1].dimension       | 31   | must be one of MEDICAL, EDUCATION, EMPLOYMENT, DISASTER, DISABILITY, HOUSING, LIVING, was "SCHOOL"
        "5000.00"                                    | "5000.001"                                      | indicators[0].threshold       | 26   | must be an amount with at most 2 decimals, was "5000.001"
        "6M"                                         | "12Y"                                           | indicators[1].window          | 36   | must be a window like 12M (months) or 90D (days), was "12Y"
        "2024-01-01"                                 | "2024-02-30"                                    | effectiveFrom                 | 6    | must be a date like 2023-09-01, was "2024-02-30"
        {"GENERAL": 60, "URGENT": 100}               | {"GENERAL": 100, "URGENT": 60}                  | alertLines                    | 9    | must be positive and rise with the level (GENERAL < URGENT), they are GENERAL 100, URGENT 60
        {"GENERAL": 50}                              | {"GENERAL": 120}                                | regionOverrides[0].alertLines | 66   | with the rule set's lines they are GENERAL 120, URGENT 100
        "code": "MEDICAL_INPATIENT_2X_12M"           | "code": "MEDICAL_OOP_12M_5000"                  | indicators[2].code            | 40   | indicator code repeated, first at line 16
        "field": "out_of_pocket"                     | "field": "annual_fee"                           | indicators[0].field           | 24   | MEDICAL_SETTLEMENT has no amount field "annual_fee"; its amount fields: total_cost, reimbursed, out_of_pocket
        "field": "stage", "op": "IN"                 | "field": "out_of_pocket", "op": "IN"            | indicators[1].where[0]        | 37   | STUDENT_ENROLLED has no field 'out_of_pocket'; it has [stage, annual_fee]
        "VOCATIONAL"]                                | "KINDERGARTEN"]                                 | indicators[1].where[0]        | 37   | stage is one of [PRESCHOOL, PRIMARY, JUNIOR, SENIOR, VOCATIONAL, UNDERGRADUATE], not 'KINDERGARTEN'
        "values": ["SENIOR", "VOCATIONAL"]           | "value": "SENIOR"                               | indicators[1].where[0].value  | 37   | IN takes a list: "values": [...]
        {"MEDICAL_OOP_12M_5000": {                   | {"MEDICAL_OOP_12M_500": {                       | regionOverrides[0].indicators.MEDICAL_OOP_12M_500 | 65 | no indicator has this code; did you mean MEDICAL_OOP_12M_5000?
        {"MEDICAL_OOP_12M_5000": {"threshold": "4000.00"}} | {"STUDENT_NON_COMPULSORY": {"threshold": "4000.00"}} | regionOverrides[0].indicators.STUDENT_NON_COMPULSORY.threshold | 65 | EVENT_MATCH indicators have no threshold to override
        {"threshold": "4000.00"}                     | {"threshold": "-1"}                             | regionOverrides[0].indicators.MEDICAL_OOP_12M_5000.threshold | 65 | a sum threshold is positive
        "region": "411122"                           | "region": "41112"                               | regionOverrides[0].region     | 64   | a region code has 2, 4, 6, 9 or 12 digits: '41112'
        "disposalDays": 10                           | "disposalDays": 2                               | deadlines.URGENT              | 12   | disposal deadline comes after the visit deadline
        `      "score": 25,`                         | `      "score": 2000,`                          | indicators[2]                 | 39   | indicator MEDICAL_INPATIENT_2X_12M score is 0 to 1000
        `      "score": 10,`                         | `      "score": 10, "hardTrigger": "GENERAL",`  | indicators[3].hardTrigger     | 56   | a HOUSEHOLD_CONDITION never raises an alert alone
        "tuodi-rule-set/1"                           | "tuodi-rule-set/2"                              | format                        | 2    | must be "tuodi-rule-set/1", was "tuodi-rule-set/2"
        "latenessDays": 31                           | "latenessDays": 400                             | ``                            | 1    | lateness is 0 to 366 days
        """)
    void reportsThePathAndLineOfEachError(
            String replace, String with, String path, int line, String fragment) {
        assertThat(VALID).contains(replace);
        String broken = VALID.replace(replace, with);

        RuleSetFormatException e = failureOf(broken);

        assertThat(e.sourceName()).isEqualTo("valid.json");
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.getMessage())
                .startsWith("valid.json line " + line + ": " + (path.isEmpty() ? "" : path + ": "))
                .contains(fragment);
    }

    @Test
    void reportsSyntaxErrorsWithLineAndColumn() {
        String broken = VALID.replace("\"latenessDays\": 31,", "\"latenessDays\": 31");

        RuleSetFormatException e = failureOf(broken);

        assertThat(e.line()).isEqualTo(8);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.path()).isEmpty();
        assertThat(e.getMessage())
                .isEqualTo(
                        "valid.json line 8, column 3: expected ',' or '}' after an object member,"
                                + " found '\"'");
    }

    @Test
    void reportsADuplicateKeyWithBothLines() {
        String broken =
                VALID.replace("\"name\": \"测试县预警指标\",", "\"name\": \"测试县预警指标\", \"id\": \"x\",");

        RuleSetFormatException e = failureOf(broken);

        assertThat(e.getMessage())
                .isEqualTo("valid.json line 5, column 22: duplicate key \"id\" (first at line 3)");
    }

    @Test
    void refusesHostileNesting() {
        String deep = "[".repeat(10_000);

        RuleSetFormatException e = failureOf(deep);

        assertThat(e.getMessage()).contains("nesting deeper than 64 levels");
    }

    static RuleSetFormatException failureOf(String text) {
        return catchThrowableOfType(
                RuleSetFormatException.class, () -> RuleSetFormat.parse(text, "valid.json"));
    }

    static String hashOf(String text) {
        return RuleSetFormat.contentHash(RuleSetFormat.parse(text, "test.json"));
    }

    /** The same JSON with every object's members in reverse order. */
    static JsonValue reversed(JsonValue value) {
        if (value instanceof JsonObject o) {
            List<Member> members = new ArrayList<>();
            for (Member m : o.members()) {
                members.add(0, new Member(m.key(), reversed(m.value()), m.line(), m.column()));
            }
            return new JsonObject(members, o.line(), o.column());
        } else if (value instanceof JsonArray a) {
            return new JsonArray(
                    a.elements().stream()
                            .map(RuleSetFormatTests::reversed)
                            .collect(Collectors.toList()),
                    a.line(),
                    a.column());
        }
        return value;
    }

    static IndicatorKind raiseThreshold(IndicatorKind kind) {
        if (kind instanceof WindowSum s) {
            return new WindowSum(
                    s.eventType(),
                    s.where(),
                    s.field(),
                    s.window(),
                    s.threshold().plus(Yuan.ofFen(1)));
        }
        WindowCount c = (WindowCount) kind;
        return new WindowCount(c.eventType(), c.where(), c.window(), c.threshold() + 1);
    }

    static RuleSet withIndicator(
            RuleSet r, String code, java.util.function.UnaryOperator<IndicatorKind> change) {
        List<Indicator> indicators =
                r.indicators().stream()
                        .map(
                                i ->
                                        !i.code().equals(code)
                                                ? i
                                                : new Indicator(
                                                        i.code(),
                                                        i.name(),
                                                        i.dimension(),
                                                        i.score(),
                                                        i.hardTrigger(),
                                                        change.apply(i.kind()),
                                                        i.provenance(),
                                                        i.note()))
                        .toList();
        return new RuleSet(
                r.id(),
                r.version(),
                r.name(),
                r.effectiveFrom(),
                r.latenessDays(),
                r.alertLines(),
                r.deadlines(),
                indicators,
                r.regionOverrides());
    }
}
