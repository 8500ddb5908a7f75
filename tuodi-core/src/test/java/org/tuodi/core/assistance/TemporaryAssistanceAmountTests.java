package org.tuodi.core.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuodi.core.fixtures.AssistanceContexts;
import org.tuodi.core.fixtures.Findings;
import org.tuodi.core.fixtures.Households;
import org.tuodi.core.fixtures.Standards;
import org.tuodi.core.shared.Yuan;

@DisplayName("民发〔2018〕23号 二(三): 临时救助标准与当地低保标准挂钩，分类分档")
class TemporaryAssistanceAmountTests {

    private static Optional<Yuan> amountFor(String hardship, int size) {
        return TemporaryAssistancePolicy.amountFor(
                AssistanceContexts.of(
                        Households.aHousehold().build(),
                        Findings.aVisitFinding().ofSize(size).withHardship(Yuan.parse(hardship))));
    }

    @ParameterizedTest(name = "hardship ¥{0}, 3 people at ¥420: ¥{1}")
    @CsvSource({
        "999.99,   ",
        "1000,     1000.00",
        "1500,     1260.00",
        "4999.99,  1260.00",
        "5000,     2520.00",
        "19999.99, 2520.00",
        "20000,    5040.00",
        "49999.99, 5040.00",
        "50000,    7560.00"
    })
    void paysTheTierReachedByTheHardship(String hardship, String expected) {
        Optional<Yuan> amount = amountFor(hardship, 3);

        assertThat(amount).isEqualTo(Optional.ofNullable(expected).map(Yuan::parse));
    }

    @Test
    void isCappedAtTheTiersMaximum() {
        assertThat(amountFor("20000", 6)).contains(Yuan.of(8_000));
    }

    @Test
    void isCappedAtTheHardshipItself() {
        assertThat(amountFor("1000", 4)).contains(Yuan.of(1_000));
    }

    @Test
    void followsTheLocalStandardAndHouseholdSize() {
        Optional<Yuan> amount =
                TemporaryAssistancePolicy.amountFor(
                        AssistanceContexts.of(
                                Households.aHousehold().build(),
                                Findings.aVisitFinding().ofSize(2).withHardship(6_000).build(),
                                Standards.aStandard().withRuralDibao(500).build()));

        assertThat(amount).contains(Yuan.of(2_000));
    }

    @Test
    void isEmptyWithoutHardship() {
        assertThat(amountFor("0", 3)).isEmpty();
    }
}
