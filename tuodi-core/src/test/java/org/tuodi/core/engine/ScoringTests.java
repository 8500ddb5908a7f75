package org.tuodi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuodi.core.engine.EngineScenario.START;
import static org.tuodi.core.engine.EngineScenario.damaged;
import static org.tuodi.core.engine.EngineScenario.feed;
import static org.tuodi.core.engine.EngineScenario.household;
import static org.tuodi.core.engine.EngineScenario.medical;
import static org.tuodi.core.engine.EngineScenario.ruleSet;
import static org.tuodi.core.engine.EngineScenario.unemployed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.core.rules.IndicatorOverride;
import org.tuodi.core.rules.RegionOverride;

@DisplayName("每一项指标都会赋予一定的分值，当累计分值达到预警警戒线时就会触发风险处置预警")
class ScoringTests {

    private final Household household = household(LowIncomeCategory.DIBAO);

    @Test
    void raisesAnAlertWhenScoresAddUpToTheAlertLine() {
        var events = List.of(unemployed("u", START), damaged("d", START.plusDays(3)));

        var run = feed(EngineScenario.engine(0), household, events, START.plusDays(3));

        assertThat(run.decisions())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.level()).isEqualTo(AlertLevel.GENERAL);
                            assertThat(d.receipt().score()).isEqualTo(60);
                            assertThat(d.receipt().indicatorCodes())
                                    .containsExactly(
                                            "UNEMPLOYMENT_REGISTERED", "DISASTER_HOME_DAMAGED");
                        });
    }

    @Test
    void staysBelowTheLineWithOneScoredIndicator() {
        var run = feed(EngineScenario.engine(0), household, List.of(unemployed("u", START)), START);

        assertThat(run.decisions()).isEmpty();
    }

    @Test
    void letsAHouseholdConditionAddToTheScore() {
        LocalDate afterSeventieth = LocalDate.of(2024, 6, 1);
        var events =
                List.of(
                        unemployed("u", afterSeventieth),
                        medical("m", afterSeventieth, "100", true),
                        medical("m2", afterSeventieth.plusDays(1), "100", true));

        var run = feed(EngineScenario.engine(0), household, events, afterSeventieth.plusDays(1));

        assertThat(run.decisions())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.receipt().score()).isEqualTo(60);
                            assertThat(d.receipt().indicatorCodes())
                                    .containsExactly(
                                            "MEDICAL_INPATIENT_2X_12M",
                                            "UNEMPLOYMENT_REGISTERED",
                                            "ELDERLY_MEMBER_70");
                            assertThat(d.receipt().hits().get(2).evidence()).isEmpty();
                        });
    }

    @Test
    void appliesTheMostSpecificRegionOverride() {
        var county =
                new RegionOverride(
                        RegionCode.of("411122"),
                        Map.of(
                                "MEDICAL_OOP_12M_5000",
                                new IndicatorOverride(
                                        Optional.empty(), Optional.of("4000.00"), false)),
                        Map.of());
        var otherCounty =
                new RegionOverride(
                        RegionCode.of("411121"),
                        Map.of(
                                "MEDICAL_OOP_12M_5000",
                                new IndicatorOverride(
                                        Optional.empty(), Optional.of("100.00"), false)),
                        Map.of());
        RiskEngine engine = new RiskEngine(ruleSet(0, List.of(county, otherCounty)), "sha256:test");

        var run = feed(engine, household, List.of(medical("m", START, "4000")), START);

        assertThat(run.decisions())
                .singleElement()
                .satisfies(
                        d ->
                                assertThat(d.receipt().hits().get(0).threshold())
                                        .isEqualTo("4000.00"));
    }

    @Test
    void letsARegionSwitchAnIndicatorOff() {
        var county =
                new RegionOverride(
                        RegionCode.of("4111"),
                        Map.of(
                                "MEDICAL_OOP_12M_5000",
                                new IndicatorOverride(Optional.empty(), Optional.empty(), true)),
                        Map.of());
        RiskEngine engine = new RiskEngine(ruleSet(0, List.of(county)), "sha256:test");

        var run = feed(engine, household, List.of(medical("m", START, "6000")), START);

        assertThat(run.decisions()).isEmpty();
    }
}
