package org.tuodi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuodi.core.engine.EngineScenario.START;
import static org.tuodi.core.engine.EngineScenario.feed;
import static org.tuodi.core.engine.EngineScenario.household;
import static org.tuodi.core.engine.EngineScenario.medical;
import static org.tuodi.core.engine.EngineScenario.unemployed;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.core.rules.RuleSetFormat;

@DisplayName("河南参考预警指标体系（示例）")
class ReferenceRuleSetTests {

    private final RiskEngine engine = RiskEngine.of(RuleSetFormat.loadReference());

    @Test
    void namesTheReferenceRuleSetInEveryReceipt() {
        var run =
                feed(
                        engine,
                        household(LowIncomeCategory.DIBAO_EDGE),
                        List.of(medical("m", START, "5000")),
                        START);

        DecisionReceipt receipt = run.decisions().get(0).receipt();
        assertThat(receipt.ruleSetId()).isEqualTo("henan-reference");
        assertThat(receipt.ruleSetVersion()).isEqualTo("2023.09-1");
        assertThat(receipt.ruleSetHash()).isEqualTo(RuleSetFormat.contentHash(engine.ruleSet()));
    }

    @Test
    @DisplayName("婆婆70岁因心衰紧急入院，自费几万元：紧急预警")
    void raisesAnUrgentAlertForTheSeedFamilysHospitalBill() {
        LocalDate admitted = LocalDate.of(2024, 8, 20);
        var events = List.of(medical("hf-1", admitted, "36000.00", true));

        var run =
                feed(
                        engine,
                        household(LowIncomeCategory.DIBAO_EDGE),
                        events,
                        admitted.plusDays(40));

        assertThat(run.decisions())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d).isInstanceOf(AlertDecision.Raise.class);
                            assertThat(d.level()).isEqualTo(AlertLevel.URGENT);
                            assertThat(d.receipt().indicatorCodes())
                                    .containsExactly(
                                            "MEDICAL_OOP_12M_5000",
                                            "MEDICAL_OOP_12M_20000",
                                            "ELDERLY_MEMBER_70");
                            assertThat(d.receipt().score()).isEqualTo(110);
                        });
    }

    @Test
    void leavesAHouseholdWithOnlyAnElderlyMemberUnalerted() {
        var run =
                feed(
                        engine,
                        household(LowIncomeCategory.DIBAO),
                        List.of(medical("m", LocalDate.of(2024, 6, 1), "10")),
                        LocalDate.of(2024, 6, 1));

        assertThat(run.decisions()).isEmpty();
    }

    @Test
    void raisesAGeneralAlertWhenUnemploymentAndAnElderlyMemberAndRepeatedStaysAddUp() {
        LocalDate day = LocalDate.of(2024, 6, 1);
        var events =
                List.of(
                        unemployed("u", day),
                        medical("a", day, "10", true),
                        medical("b", day.plusDays(9), "10", true));

        var run = feed(engine, household(LowIncomeCategory.DIBAO), events, day.plusDays(9));

        assertThat(run.decisions())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.level()).isEqualTo(AlertLevel.GENERAL);
                            assertThat(d.receipt().score()).isEqualTo(60);
                        });
    }
}
