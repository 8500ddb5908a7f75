package org.tuodi.core.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tuodi.core.fixtures.AssistanceContexts;
import org.tuodi.core.fixtures.Findings;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.Standards;
import org.tuodi.core.shared.Yuan;

@DisplayName("民发〔2018〕23号 二(一): 临时救助对象分为急难型和支出型")
class TemporaryAssistancePolicyTests {

    private final TemporaryAssistancePolicy policy = new TemporaryAssistancePolicy();

    @Test
    @DisplayName("支出型: 生活必需支出突然增加超出家庭承受能力，人均可支配收入低于当地上年度人均可支配收入")
    void grantsExpenditureTypeAssistanceForAnUncoveredMedicalCost() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().build(),
                        Findings.aVisitFinding()
                                .withMonthlyIncome(900)
                                .withUncoveredMedicalCost(8_000));

        assertThat(policy.recommend(context))
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.measure())
                                    .isEqualTo(Measure.TEMPORARY_ASSISTANCE_EXPENDITURE);
                            assertThat(r.amount()).contains(Yuan.of(2_520));
                        });
    }

    @Test
    void refusesExpenditureTypeAssistanceAtOrAboveLastYearsDisposableIncome() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().build(),
                        Findings.aVisitFinding()
                                .withMonthlyIncome(Yuan.parse("1666.67"))
                                .withUncoveredMedicalCost(8_000));

        assertThat(policy.recommend(context)).isEmpty();
    }

    @Test
    void refusesExpenditureTypeAssistanceWhenAssetsAreBeyondTheRules() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().build(),
                        Findings.aVisitFinding()
                                .withUncoveredMedicalCost(8_000)
                                .assetsBeyondLocalRules());

        assertThat(policy.recommend(context)).isEmpty();
    }

    @Test
    void givesNothingForAHardshipBelowTheLowestTier() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().build(),
                        Findings.aVisitFinding().withUncoveredMedicalCost(999));

        assertThat(policy.recommend(context)).isEmpty();
    }

    @Test
    void leavesTheAmountToTheApprovingOfficeWhereNoTiersAreSet() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().build(),
                        Findings.aVisitFinding().withUncoveredMedicalCost(8_000).build(),
                        Standards.aStandard().withoutTiers().build());

        assertThat(policy.recommend(context))
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.amount()).isEmpty();
                            assertThat(r.reason()).contains("由审批机关确定");
                        });
    }

    @Test
    @DisplayName("急难型: 先行救助，不作收入审查")
    void grantsEmergencyAssistanceWithoutAnIncomeTest() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().build(),
                        Findings.aVisitFinding()
                                .withMonthlyIncome(3_000)
                                .withHardship(6_000)
                                .withSuddenEmergency());

        assertThat(policy.recommend(context))
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.measure())
                                    .isEqualTo(Measure.TEMPORARY_ASSISTANCE_EMERGENCY);
                            assertThat(r.amount()).contains(Yuan.of(2_520));
                            assertThat(r.reason()).contains("先行救助");
                        });
    }

    @Test
    void grantsEmergencyAssistanceEvenBeforeTheHardshipIsKnown() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().build(),
                        Findings.aVisitFinding().withSuddenEmergency());

        assertThat(policy.recommend(context))
                .singleElement()
                .satisfies(r -> assertThat(r.amount()).isEmpty());
    }

    @Test
    void alsoHelpsTekunHouseholds() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().tekun().build(),
                        Findings.aVisitFinding()
                                .withMonthlyIncome(0)
                                .ofSize(1)
                                .withUncoveredMedicalCost(6_000));

        assertThat(policy.recommend(context))
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("不重复纳入低保"));
    }
}
