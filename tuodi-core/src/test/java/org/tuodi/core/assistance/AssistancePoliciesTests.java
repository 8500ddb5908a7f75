package org.tuodi.core.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tuodi.core.fixtures.AssistanceContexts;
import org.tuodi.core.fixtures.Findings;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.MemberConditions;
import org.tuodi.core.fixtures.Members;
import org.tuodi.core.fixtures.Standards;

@DisplayName("国办发〔2023〕39号 分层分类: 基本生活救助、急难救助、专项救助、社会力量参与")
class AssistancePoliciesTests {

    @Test
    void listsTheActivePoliciesInAFixedOrderEachCitingItsSource() {
        assertThat(AssistancePolicies.all())
                .extracting(AssistancePolicy::name)
                .containsExactly(
                        "Tekun",
                        "DibaoEligibility",
                        "SinglePersonCoverage",
                        "TemporaryAssistance",
                        "MedicalAssistance",
                        "EducationAssistance",
                        "HousingAssistance",
                        "EmploymentAssistance",
                        "DisasterAssistance",
                        "Charity");
        assertThat(AssistancePolicies.all()).allSatisfy(p -> assertThat(p.source()).isNotBlank());
    }

    @Test
    void listsEveryMeasureOfAHouseholdInTroubleOnceInPolicyOrder() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().dibaoEdge().build(),
                        Findings.aVisitFinding()
                                .withMonthlyIncome(300)
                                .ofSize(4)
                                .withUncoveredMedicalCost(90_000)
                                .withEducationSpending(3_000)
                                .withMember(MemberConditions.aMemberCondition("#1").seriouslyIll())
                                .withMember(
                                        MemberConditions.aMemberCondition("#2")
                                                .aged(30)
                                                .unemployed())
                                .withMember(
                                        MemberConditions.aMemberCondition("#3")
                                                .aged(17)
                                                .inNonCompulsorySchool())
                                .inDangerousHouse()
                                .withDisasterLoss());

        List<Recommendation> recommendations = AssistancePolicies.recommend(context);

        assertThat(recommendations)
                .extracting(Recommendation::measure)
                .containsExactly(
                        Measure.ENROL_DIBAO,
                        Measure.TEMPORARY_ASSISTANCE_EXPENDITURE,
                        Measure.MEDICAL_ASSISTANCE,
                        Measure.EDUCATION_ASSISTANCE,
                        Measure.HOUSING_ASSISTANCE,
                        Measure.EMPLOYMENT_ASSISTANCE,
                        Measure.DISASTER_ASSISTANCE,
                        Measure.CHARITY_SUPPORT);
    }

    @Test
    void keepsOnlyTheFirstRecommendationOfAMeasure() {
        AssistancePolicy medicalTwice = new MedicalAssistancePolicy();
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().build(),
                        Findings.aVisitFinding().withMedicalOutOfPocket(6_000));

        assertThat(AssistancePolicies.recommend(context, List.of(medicalTwice, medicalTwice)))
                .hasSize(1);
    }

    @Test
    @DisplayName("特困供养与低保不重复享受")
    void dropsDibaoWhereTekunSupportIsRecommended() {
        LocalDate day = AssistanceContexts.VISIT_DAY;
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold()
                                .dibaoEdge()
                                .withMember(Members.aMember().aged(82, day))
                                .build(),
                        Findings.aVisitFinding()
                                .withMonthlyIncome(0)
                                .ofSize(1)
                                .noMemberAbleToWork()
                                .noAbleSupporter()
                                .withMember(
                                        MemberConditions.aMemberCondition()
                                                .aged(82)
                                                .severelyDisabled()));

        assertThat(AssistancePolicies.recommend(context))
                .extracting(Recommendation::measure)
                .containsExactly(Measure.TEKUN_SUPPORT);
    }

    @Test
    void recommendsNothingToAHouseholdWithoutNeed() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().dibaoEdge().build(),
                        Findings.aVisitFinding().withMonthlyIncome(560).build(),
                        Standards.linying2023());

        assertThat(AssistancePolicies.recommend(context)).isEmpty();
    }
}
