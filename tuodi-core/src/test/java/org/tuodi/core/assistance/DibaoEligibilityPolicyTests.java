package org.tuodi.core.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuodi.core.fixtures.AssistanceContexts;
import org.tuodi.core.fixtures.Findings;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.household.LowIncomeCategory;

@DisplayName("社会救助暂行办法 第九条: 人均收入低于当地低保标准且财产符合规定的家庭，给予最低生活保障")
class DibaoEligibilityPolicyTests {

    private final DibaoEligibilityPolicy policy = new DibaoEligibilityPolicy();

    @Test
    @DisplayName("低保边缘家庭收入降到低保标准以下：升级保障层级，转为低保家庭")
    void movesADibaoEdgeHouseholdWhoseIncomeFellBelowTheStandardUpToDibao() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().dibaoEdge().build(),
                        Findings.aVisitFinding().withMonthlyIncome(380).ofSize(3));

        List<Recommendation> recommendations = policy.recommend(context);

        assertThat(recommendations).hasSize(1);
        Recommendation enrol = recommendations.get(0);
        assertThat(enrol.measure()).isEqualTo(Measure.ENROL_DIBAO);
        assertThat(enrol.status()).isEqualTo(RecommendationStatus.RECOMMENDED);
        assertThat(enrol.reason()).contains("由低保边缘家庭转为低保家庭").contains("120.00");
        assertThat(enrol.policyName()).isEqualTo("DibaoEligibility");
    }

    @Test
    void recommendsAnOrdinaryLowIncomeHouseholdBelowTheStandardForDibao() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().build(),
                        Findings.aVisitFinding().withMonthlyIncome(200));

        assertThat(policy.recommend(context))
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("申请纳入最低生活保障"));
    }

    @ParameterizedTest(name = "income ¥{0} against the rural standard ¥420: enrol = {1}")
    @CsvSource({"419, true", "420, false", "421, false"})
    void comparesTheVerifiedIncomeStrictlyBelowTheStandard(long income, boolean enrol) {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().dibaoEdge().build(),
                        Findings.aVisitFinding().withMonthlyIncome(income));

        assertThat(policy.recommend(context).isEmpty()).isNotEqualTo(enrol);
    }

    @Test
    void usesTheUrbanStandardForAnUrbanHousehold() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().urban().build(),
                        Findings.aVisitFinding().withMonthlyIncome(600));

        assertThat(policy.recommend(context)).hasSize(1);
    }

    @Test
    void doesNotEnrolAHouseholdWhoseAssetsAreBeyondTheLocalRules() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().dibaoEdge().build(),
                        Findings.aVisitFinding().withMonthlyIncome(200).assetsBeyondLocalRules());

        assertThat(policy.recommend(context)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"DIBAO", "TEKUN"})
    void neverRecommendsDibaoToAHouseholdAlreadyCovered(LowIncomeCategory category) {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().inCategories(category).build(),
                        Findings.aVisitFinding().withMonthlyIncome(100));

        assertThat(policy.recommend(context)).isEmpty();
    }
}
