package org.tuodi.core.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tuodi.core.fixtures.AssistanceContexts;
import org.tuodi.core.fixtures.Findings;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.MemberConditions;
import org.tuodi.core.shared.Yuan;

@DisplayName("低保对象突发重大疾病: 不能重复办理低保，通过临时救助给予一次性救助金，严重的还可以帮助其申请慈善帮扶资金")
class DibaoHouseholdHitByIllnessTests {

    private static List<Recommendation> recommendationsFor(long uncoveredCost) {
        return AssistancePolicies.recommend(
                AssistanceContexts.of(
                        Households.aHousehold().dibao().withMonthlyIncome(300).build(),
                        Findings.aVisitFinding()
                                .withMonthlyIncome(300)
                                .ofSize(3)
                                .withUncoveredMedicalCost(uncoveredCost)
                                .withMember(MemberConditions.aMemberCondition().seriouslyIll())));
    }

    @Test
    void getsTemporaryAssistanceAndNeverASecondDibao() {
        List<Recommendation> recommendations = recommendationsFor(30_000);

        assertThat(recommendations)
                .extracting(Recommendation::measure)
                .contains(Measure.TEMPORARY_ASSISTANCE_EXPENDITURE)
                .doesNotContain(Measure.ENROL_DIBAO, Measure.SINGLE_PERSON_DIBAO);
        assertThat(recommendations.get(0).reason()).contains("不重复纳入低保");
    }

    @Test
    void isLinkedToCharityWhenTheHardshipLeftIsLarge() {
        List<Recommendation> recommendations = recommendationsFor(80_000);

        assertThat(recommendations)
                .extracting(Recommendation::measure)
                .containsExactly(
                        Measure.TEMPORARY_ASSISTANCE_EXPENDITURE,
                        Measure.MEDICAL_ASSISTANCE,
                        Measure.CHARITY_SUPPORT);
        assertThat(recommendations.get(0).amount()).contains(Yuan.of(7_560));
    }

    @Test
    void isNotLinkedToCharityWhenTemporaryAssistanceCoversMostOfIt() {
        assertThat(recommendationsFor(30_000))
                .extracting(Recommendation::measure)
                .doesNotContain(Measure.CHARITY_SUPPORT);
    }
}
