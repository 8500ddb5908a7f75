package org.tuodi.core.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tuodi.core.event.Source;
import org.tuodi.core.fixtures.AssistanceContexts;
import org.tuodi.core.fixtures.Findings;
import org.tuodi.core.fixtures.Households;

@DisplayName("社会救助暂行办法 第二十条: 对基本生活受到自然灾害严重影响的人员，提供生活救助")
class DisasterAssistancePolicyTests {

    private final DisasterAssistancePolicy policy = new DisasterAssistancePolicy();

    @Test
    void refersADisasterHitHouseholdToEmergencyManagement() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().build(),
                        Findings.aVisitFinding().withDisasterLoss());

        assertThat(policy.recommend(context))
                .singleElement()
                .satisfies(
                        r ->
                                assertThat(r.measure().referredTo())
                                        .contains(Source.EMERGENCY_MANAGEMENT));
    }

    @Test
    void staysSilentWithoutADisaster() {
        AssistanceContext context =
                AssistanceContexts.of(Households.aHousehold().build(), Findings.aVisitFinding());

        assertThat(policy.recommend(context)).isEmpty();
    }
}
