package org.tuodi.core.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuodi.core.event.Source;
import org.tuodi.core.fixtures.AssistanceContexts;
import org.tuodi.core.fixtures.Findings;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.MemberConditions;

@DisplayName("社会救助暂行办法 第四十二条: 对有劳动能力并处于失业状态的成员给予就业救助")
class EmploymentAssistancePolicyTests {

    private final EmploymentAssistancePolicy policy = new EmploymentAssistancePolicy();

    private static AssistanceContext withUnemployed(MemberConditions member) {
        return AssistanceContexts.of(
                Households.aHousehold().build(), Findings.aVisitFinding().withMember(member));
    }

    @ParameterizedTest(name = "unemployed at {0}: referred = {1}")
    @CsvSource({"15, false", "16, true", "59, true", "60, false"})
    void refersAnUnemployedMemberOfWorkingAgeToHumanResources(int age, boolean referred) {
        AssistanceContext context =
                withUnemployed(MemberConditions.aMemberCondition("#2").aged(age).unemployed());

        assertThat(policy.recommend(context).isEmpty()).isNotEqualTo(referred);
    }

    @Test
    void namesTheJobSeekers() {
        AssistanceContext context =
                withUnemployed(MemberConditions.aMemberCondition("#2").aged(35).unemployed());

        assertThat(policy.recommend(context))
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.members()).containsExactly("#2");
                            assertThat(r.measure().referredTo()).contains(Source.HUMAN_RESOURCES);
                        });
    }

    @Test
    void leavesASeverelyDisabledMemberToBasicLivingAssistance() {
        AssistanceContext context =
                withUnemployed(
                        MemberConditions.aMemberCondition()
                                .aged(35)
                                .unemployed()
                                .severelyDisabled());

        assertThat(policy.recommend(context)).isEmpty();
    }
}
