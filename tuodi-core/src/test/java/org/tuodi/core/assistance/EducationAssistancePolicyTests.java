package org.tuodi.core.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tuodi.core.event.Source;
import org.tuodi.core.fixtures.AssistanceContexts;
import org.tuodi.core.fixtures.Findings;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.MemberConditions;

@DisplayName("社会救助暂行办法 第三十三条: 对在高中、高等教育阶段就学的学生根据实际情况给予适当教育救助")
class EducationAssistancePolicyTests {

    private final EducationAssistancePolicy policy = new EducationAssistancePolicy();

    @Test
    void refersAHouseholdWithAStudentBeyondCompulsorySchoolToEducation() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().build(),
                        Findings.aVisitFinding()
                                .withMember(
                                        MemberConditions.aMemberCondition()
                                                .aged(17)
                                                .inNonCompulsorySchool()));

        assertThat(policy.recommend(context))
                .singleElement()
                .satisfies(r -> assertThat(r.measure().referredTo()).contains(Source.EDUCATION));
    }

    @Test
    void refersAHouseholdWithEducationSpending() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().build(),
                        Findings.aVisitFinding().withEducationSpending(4_800));

        assertThat(policy.recommend(context)).hasSize(1);
    }

    @Test
    void staysSilentWithoutStudentsOrSpending() {
        AssistanceContext context =
                AssistanceContexts.of(Households.aHousehold().build(), Findings.aVisitFinding());

        assertThat(policy.recommend(context)).isEmpty();
    }
}
