package org.tuodi.core.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tuodi.core.event.Source;
import org.tuodi.core.fixtures.LiXinFamily;
import org.tuodi.core.shared.Yuan;

@DisplayName("《河南日报》临颍县繁城镇西街村李新家: 在继续享受低保边缘家庭政策的同时先给予临时救助")
class SeedStoryTests {

    private final List<Recommendation> recommendations =
            AssistancePolicies.recommend(LiXinFamily.assessedAtTheVisit());

    @Test
    @DisplayName("经核实有劳动力，收入不符合低保条件：保持低保边缘，不纳入低保")
    void theHouseholdStaysDibaoEdgeAndIsNotEnrolledInDibao() {
        assertThat(recommendations)
                .extracting(Recommendation::measure)
                .doesNotContain(Measure.ENROL_DIBAO, Measure.TEKUN_SUPPORT);
    }

    @Test
    @DisplayName("因大病产生大额医疗支出：先给予支出型临时救助（报道中为5040元）")
    void recommendsExpenditureTypeTemporaryAssistanceOfTheReportedAmount() {
        Recommendation temporary = only(Measure.TEMPORARY_ASSISTANCE_EXPENDITURE);

        assertThat(temporary.status()).isEqualTo(RecommendationStatus.RECOMMENDED);
        assertThat(temporary.amount()).contains(Yuan.of(5_040));
        assertThat(temporary.policySource()).contains("民发〔2018〕23号");
    }

    @Test
    @DisplayName("若其婆婆病情加重或没有好转，考虑将其婆婆按“单人户”纳入低保范围")
    void namesSinglePersonDibaoForTheMotherInLawAsAnOptionIfTheIllnessGoesOn() {
        Recommendation singlePerson = only(Measure.SINGLE_PERSON_DIBAO);

        assertThat(singlePerson.status()).isEqualTo(RecommendationStatus.OPTION_IF);
        assertThat(singlePerson.members()).containsExactly(LiXinFamily.motherInLaw().id().masked());
        assertThat(singlePerson.reason()).contains("病情持续或加重");
        assertThat(singlePerson.policySource()).contains("第八条");
    }

    @Test
    void refersTheOutOfPocketMedicalCostToTheMedicalSecurityBureau() {
        Recommendation medical = only(Measure.MEDICAL_ASSISTANCE);

        assertThat(medical.measure().referredTo()).contains(Source.MEDICAL_INSURANCE);
        assertThat(medical.reason()).contains("36000.00");
    }

    @Test
    void recommendsExactlyTheseMeasuresInThisOrder() {
        assertThat(recommendations)
                .extracting(Recommendation::measure)
                .containsExactly(
                        Measure.SINGLE_PERSON_DIBAO,
                        Measure.TEMPORARY_ASSISTANCE_EXPENDITURE,
                        Measure.MEDICAL_ASSISTANCE);
    }

    private Recommendation only(Measure measure) {
        return recommendations.stream()
                .filter(r -> r.measure() == measure)
                .reduce(
                        (a, b) -> {
                            throw new AssertionError("two recommendations of " + measure);
                        })
                .orElseThrow(() -> new AssertionError("no recommendation of " + measure));
    }
}
