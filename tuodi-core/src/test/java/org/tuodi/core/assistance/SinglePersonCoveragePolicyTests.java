package org.tuodi.core.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tuodi.core.fixtures.AssistanceContexts;
import org.tuodi.core.fixtures.Findings;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.MemberConditions;

@DisplayName("最低生活保障审核确认办法 第八条: 低保边缘家庭中的重度残疾人、重特大疾病患者可以单独提出申请")
class SinglePersonCoveragePolicyTests {

    private final SinglePersonCoveragePolicy policy = new SinglePersonCoveragePolicy();

    private static AssistanceContext edgeHouseholdWith(MemberConditions member) {
        return AssistanceContexts.of(
                Households.aHousehold().dibaoEdge().build(),
                Findings.aVisitFinding().withMonthlyIncome(520).withMember(member));
    }

    @Test
    void recommendsASeverelyDisabledMemberOfAnEdgeHouseholdAsASinglePerson() {
        AssistanceContext context =
                edgeHouseholdWith(MemberConditions.aMemberCondition("#2").severelyDisabled());

        assertThat(policy.recommend(context))
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.measure()).isEqualTo(Measure.SINGLE_PERSON_DIBAO);
                            assertThat(r.status()).isEqualTo(RecommendationStatus.RECOMMENDED);
                            assertThat(r.members()).containsExactly("#2");
                        });
    }

    @Test
    void recommendsAMemberWithARecognisedMajorIllness() {
        AssistanceContext context =
                edgeHouseholdWith(
                        MemberConditions.aMemberCondition("#3").withRecognisedMajorIllness());

        assertThat(policy.recommend(context))
                .singleElement()
                .satisfies(r -> assertThat(r.isRecommended()).isTrue());
    }

    @Test
    @DisplayName("病情尚未认定为重特大疾病：单人户作为病情持续或加重时的备选")
    void namesSinglePersonDibaoAsAnOptionWhenTheIllnessIsNotYetRecognised() {
        AssistanceContext context =
                edgeHouseholdWith(MemberConditions.aMemberCondition("#3").aged(70).seriouslyIll());

        assertThat(policy.recommend(context))
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.status()).isEqualTo(RecommendationStatus.OPTION_IF);
                            assertThat(r.members()).containsExactly("#3");
                        });
    }

    @Test
    void prefersTheEstablishedMemberToTheOption() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().dibaoEdge().build(),
                        Findings.aVisitFinding()
                                .withMember(MemberConditions.aMemberCondition("#2").seriouslyIll())
                                .withMember(
                                        MemberConditions.aMemberCondition("#3")
                                                .severelyDisabled()));

        assertThat(policy.recommend(context))
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.isRecommended()).isTrue();
                            assertThat(r.members()).containsExactly("#3");
                            assertThat(r.reason()).contains("单人户");
                        });
    }

    @Test
    void leavesItToDibaoWhenTheWholeHouseholdIsEligible() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().dibaoEdge().build(),
                        Findings.aVisitFinding()
                                .withMonthlyIncome(300)
                                .withMember(
                                        MemberConditions.aMemberCondition().severelyDisabled()));

        assertThat(policy.recommend(context)).isEmpty();
    }

    @Test
    void treatsAHouseholdVerifiedBelowTheEdgeLineAsAnEdgeHousehold() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().build(),
                        Findings.aVisitFinding()
                                .withMonthlyIncome(600)
                                .withMember(
                                        MemberConditions.aMemberCondition().severelyDisabled()));

        assertThat(policy.recommend(context)).hasSize(1);
    }

    @Test
    void doesNotApplyToASeverelyDisabledMemberOfAHouseholdAboveTheEdgeLine() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().build(),
                        Findings.aVisitFinding()
                                .withMonthlyIncome(900)
                                .withMember(
                                        MemberConditions.aMemberCondition().severelyDisabled()));

        assertThat(policy.recommend(context)).isEmpty();
    }

    @Test
    @DisplayName("2022年兜底工作通知: 成年无业重度残疾人可参照单人户提出申请")
    void coversAnAdultUnemployedSeverelyDisabledMemberOfAnyHousehold() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().build(),
                        Findings.aVisitFinding()
                                .withMonthlyIncome(900)
                                .withMember(
                                        MemberConditions.aMemberCondition()
                                                .aged(30)
                                                .unemployed()
                                                .severelyDisabled()));

        assertThat(policy.recommend(context))
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("参照“单人户”"));
    }

    @Test
    void neverAppliesToAHouseholdAlreadyOnDibao() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().dibao().build(),
                        Findings.aVisitFinding()
                                .withMember(
                                        MemberConditions.aMemberCondition().severelyDisabled()));

        assertThat(policy.recommend(context)).isEmpty();
    }
}
