package org.tuodi.core.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tuodi.core.fixtures.AssistanceContexts;
import org.tuodi.core.fixtures.Findings;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.Members;
import org.tuodi.core.household.DisabilityType;
import org.tuodi.core.household.Household;

@DisplayName("特困人员认定办法 第四条: 无劳动能力、无生活来源、无法定义务人或其无履行义务能力")
class TekunPolicyTests {

    private static final LocalDate DAY = AssistanceContexts.VISIT_DAY;

    private final TekunPolicy policy = new TekunPolicy();

    private static Household elderlyLivingAlone() {
        return Households.aHousehold()
                .withMember(Members.aMember().named("刘桂芝").female().aged(78, DAY))
                .withMonthlyIncome(0)
                .build();
    }

    private static Findings noIncomeNoSupporter() {
        return Findings.aVisitFinding()
                .withMonthlyIncome(0)
                .ofSize(1)
                .noMemberAbleToWork()
                .noAbleSupporter();
    }

    @Test
    void recommendsTekunSupportForAnElderlyPersonLivingAloneWithNoIncome() {
        AssistanceContext context =
                AssistanceContexts.of(elderlyLivingAlone(), noIncomeNoSupporter());

        assertThat(policy.recommend(context))
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.measure()).isEqualTo(Measure.TEKUN_SUPPORT);
                            assertThat(r.isRecommended()).isTrue();
                            assertThat(r.policySource()).contains("特困人员认定办法");
                        });
    }

    @Test
    void supersedesDibaoForThatPerson() {
        AssistanceContext context =
                AssistanceContexts.of(elderlyLivingAlone(), noIncomeNoSupporter());

        assertThat(AssistancePolicies.recommend(context))
                .extracting(Recommendation::measure)
                .contains(Measure.TEKUN_SUPPORT)
                .doesNotContain(Measure.ENROL_DIBAO);
    }

    @Test
    void doesNotApplyWhenASupporterIsAbleToSupport() {
        AssistanceContext context =
                AssistanceContexts.of(
                        elderlyLivingAlone(),
                        Findings.aVisitFinding()
                                .withMonthlyIncome(0)
                                .ofSize(1)
                                .noMemberAbleToWork());

        assertThat(policy.recommend(context)).isEmpty();
    }

    @Test
    void doesNotApplyToAHouseholdWithAWorkingAgeMember() {
        Household coupleWithWorkingSon =
                Households.aHousehold()
                        .withMember(Members.aMember().named("刘桂芝").female().aged(78, DAY))
                        .withMember(Members.aMember().named("刘建军").aged(45, DAY))
                        .build();

        assertThat(
                        policy.recommend(
                                AssistanceContexts.of(coupleWithWorkingSon, noIncomeNoSupporter())))
                .isEmpty();
    }

    @Test
    @DisplayName("第五条(三): 一、二级肢体残疾人视为无劳动能力")
    void countsASeverePhysicalDisabilityAsNoLaborCapacity() {
        Household disabledAdult =
                Households.aHousehold()
                        .withMember(
                                Members.aMember()
                                        .aged(40, DAY)
                                        .withDisability(2, DisabilityType.PHYSICAL))
                        .build();

        assertThat(policy.recommend(AssistanceContexts.of(disabledAdult, noIncomeNoSupporter())))
                .hasSize(1);
    }

    @Test
    void doesNotApplyWithAnIncomeAtTheDibaoStandard() {
        AssistanceContext context =
                AssistanceContexts.of(
                        elderlyLivingAlone(), noIncomeNoSupporter().withMonthlyIncome(420));

        assertThat(policy.recommend(context)).isEmpty();
    }

    @Test
    void doesNotRecommendTekunToAPersonAlreadyTekun() {
        Household tekun =
                Households.aHousehold().tekun().withMember(Members.aMember().aged(80, DAY)).build();

        assertThat(policy.recommend(AssistanceContexts.of(tekun, noIncomeNoSupporter()))).isEmpty();
    }

    @Test
    void movesADibaoHouseholdThatQualifiesToTekun() {
        Household dibao =
                Households.aHousehold().dibao().withMember(Members.aMember().aged(80, DAY)).build();

        assertThat(policy.recommend(AssistanceContexts.of(dibao, noIncomeNoSupporter())))
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("由低保转为特困供养"));
    }
}
