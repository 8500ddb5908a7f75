package org.tuodi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuodi.core.engine.EngineScenario.START;
import static org.tuodi.core.engine.EngineScenario.engine;
import static org.tuodi.core.engine.EngineScenario.feed;
import static org.tuodi.core.engine.EngineScenario.household;
import static org.tuodi.core.engine.EngineScenario.medical;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.event.Source;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.rules.AlertLevel;

@DisplayName("只要医疗报销自费金额达到或超过5000元，无论其他指标分值如何变化，都会触发风险处置预警（河南日报）")
class MedicalOutOfPocketRuleTests {

    private final RiskEngine engine = engine(31);

    @ParameterizedTest(name = "out of pocket {0} → alert {1}")
    @CsvSource({"4999.99, false", "5000.00, true", "5000.01, true", "0.01, false"})
    void raisesAnAlertFromFiveThousandYuanOutOfPocket(String amount, boolean alerts) {
        var run =
                feed(
                        engine,
                        household(LowIncomeCategory.DIBAO_EDGE),
                        List.of(medical("m1", START, amount)),
                        START);

        assertThat(run.decisions()).hasSize(alerts ? 1 : 0);
    }

    @Test
    void raisesAGeneralAlertWhateverTheScoreLine() {
        var run =
                feed(
                        engine,
                        household(LowIncomeCategory.DIBAO_EDGE),
                        List.of(medical("m1", START, "5000")),
                        START);

        AlertDecision decision = run.decisions().get(0);
        assertThat(decision).isInstanceOf(AlertDecision.Raise.class);
        assertThat(decision.level()).isEqualTo(AlertLevel.GENERAL);
        assertThat(decision.receipt().score()).isEqualTo(60);
        IndicatorHit hit = decision.receipt().hits().get(0);
        assertThat(hit.code()).isEqualTo("MEDICAL_OOP_12M_5000");
        assertThat(hit.value()).isEqualTo("5000.00");
        assertThat(hit.threshold()).isEqualTo("5000.00");
        assertThat(hit.evidence()).containsExactly(new EventKey(Source.MEDICAL_INSURANCE, "m1"));
    }

    @Test
    void addsUpTheHouseholdsSettlementsInTheRollingTwelveMonths() {
        var events =
                List.of(
                        medical("m1", START, "2000"),
                        medical("m2", START.plusMonths(5), "2000"),
                        medical("m3", START.plusMonths(11), "1000"));

        var run = feed(engine, household(LowIncomeCategory.DIBAO), events, START.plusMonths(11));

        assertThat(run.decisions()).hasSize(1);
        DecisionReceipt receipt = run.decisions().get(0).receipt();
        assertThat(receipt.asOf()).isEqualTo(START.plusMonths(11));
        assertThat(receipt.hits().get(0).value()).isEqualTo("5000.00");
        assertThat(receipt.evidence()).hasSize(3);
    }

    @Test
    void leavesOutASettlementExactlyTwelveMonthsBeforeTheDecisionDay() {
        LocalDate end = LocalDate.of(2024, 8, 15);
        var events =
                List.of(
                        medical("old", LocalDate.of(2023, 8, 15), "2500"),
                        medical("new", end, "2500"));

        var run = feed(engine, household(LowIncomeCategory.DIBAO), events, end);

        assertThat(run.decisions()).isEmpty();
    }

    @Test
    void countsASettlementTwelveMonthsLessOneDayBeforeTheDecisionDay() {
        LocalDate end = LocalDate.of(2024, 8, 15);
        var events =
                List.of(
                        medical("old", LocalDate.of(2023, 8, 16), "2500"),
                        medical("new", end, "2500"));

        var run = feed(engine, household(LowIncomeCategory.DIBAO), events, end);

        assertThat(run.decisions()).hasSize(1);
        assertThat(run.decisions().get(0).receipt().evidence()).hasSize(2);
    }

    @Test
    void raisesAnUrgentAlertFromTwentyThousandYuan() {
        var run =
                feed(
                        engine,
                        household(LowIncomeCategory.DIBAO_EDGE),
                        List.of(medical("m1", START, "36000")),
                        START);

        assertThat(run.decisions())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.level()).isEqualTo(AlertLevel.URGENT);
                            assertThat(d.receipt().indicatorCodes())
                                    .containsExactly(
                                            "MEDICAL_OOP_12M_5000", "MEDICAL_OOP_12M_20000");
                            assertThat(d.receipt().score()).isEqualTo(100);
                        });
    }
}
