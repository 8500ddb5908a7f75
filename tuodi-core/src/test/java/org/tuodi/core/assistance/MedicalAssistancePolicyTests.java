package org.tuodi.core.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tuodi.core.event.Source;
import org.tuodi.core.fixtures.AssistanceContexts;
import org.tuodi.core.fixtures.Findings;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.MemberConditions;

@DisplayName("社会救助暂行办法 第二十九条: 对个人及其家庭难以承担的基本医疗自负费用给予补助")
class MedicalAssistancePolicyTests {

    private final MedicalAssistancePolicy policy = new MedicalAssistancePolicy();

    @Test
    void refersAnOutOfPocketMedicalCostToTheMedicalSecurityBureau() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().build(),
                        Findings.aVisitFinding().withMedicalOutOfPocket(6_000));

        assertThat(policy.recommend(context))
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.measure().isReferral()).isTrue();
                            assertThat(r.measure().referredTo()).contains(Source.MEDICAL_INSURANCE);
                            assertThat(r.reason()).contains("6000.00");
                        });
    }

    @Test
    void refersASeriouslyIllMemberEvenBeforeACostIsKnown() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().build(),
                        Findings.aVisitFinding()
                                .withMember(MemberConditions.aMemberCondition().seriouslyIll()));

        assertThat(policy.recommend(context)).hasSize(1);
    }

    @Test
    void staysSilentWithoutMedicalNeed() {
        AssistanceContext context =
                AssistanceContexts.of(Households.aHousehold().build(), Findings.aVisitFinding());

        assertThat(policy.recommend(context)).isEmpty();
    }
}
