package org.tuodi.core.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuodi.core.fixtures.AssistanceContexts;
import org.tuodi.core.fixtures.Findings;
import org.tuodi.core.fixtures.Households;

@DisplayName("民发〔2018〕23号 二(五): 慈善组织承接政府救助之后“转介”的个案")
class CharityPolicyTests {

    private static AssistanceContext householdOfThreeWithHardship(long hardship) {
        return AssistanceContexts.of(
                Households.aHousehold().build(),
                Findings.aVisitFinding().ofSize(3).withUncoveredMedicalCost(hardship));
    }

    // 36 months × ¥420 × 3 people = ¥45,360 must be left after 临时救助.
    @ParameterizedTest(name = "hardship ¥{0}: charity = {1}")
    @CsvSource({
        "30000, false", // 30,000 − 5,040 = 24,960 left
        "50400, false", // reaches the ¥50,000 tier: 50,400 − 7,560 = 42,840 left
        "52919, false", // 52,919 − 7,560 = 45,359 left
        "52920, true", //  52,920 − 7,560 = 45,360 left
        "80000, true"
    })
    void linksTheHouseholdToCharityWhenTheHardshipLeftAfterTemporaryAssistanceIsLarge(
            long hardship, boolean charity) {
        CharityPolicy policy = new CharityPolicy();

        assertThat(policy.recommend(householdOfThreeWithHardship(hardship)).isEmpty())
                .isNotEqualTo(charity);
    }

    @Test
    void countsTheWholeHardshipWhenNoTemporaryAssistanceApplies() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().build(),
                        Findings.aVisitFinding()
                                .ofSize(1)
                                .withMonthlyIncome(5_000)
                                .withUncoveredMedicalCost(20_000));

        assertThat(new CharityPolicy(36).recommend(context))
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("20000.00"));
    }

    @Test
    void takesTheMeaningOfLargeAsAParameter() {
        assertThat(new CharityPolicy(12).recommend(householdOfThreeWithHardship(30_000)))
                .hasSize(1);
        assertThatThrownBy(() -> new CharityPolicy(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
