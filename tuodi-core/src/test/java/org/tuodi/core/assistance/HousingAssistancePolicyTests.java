package org.tuodi.core.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tuodi.core.event.Source;
import org.tuodi.core.fixtures.AssistanceContexts;
import org.tuodi.core.fixtures.Findings;
import org.tuodi.core.fixtures.Households;

@DisplayName("社会救助暂行办法 第三十八条: 住房救助通过配租公共租赁住房、发放住房租赁补贴、农村危房改造等方式实施")
class HousingAssistancePolicyTests {

    private final HousingAssistancePolicy policy = new HousingAssistancePolicy();

    @Test
    void refersARuralHouseholdInADangerousHouseToRenovation() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().rural().build(),
                        Findings.aVisitFinding().inDangerousHouse());

        assertThat(policy.recommend(context))
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.measure().referredTo()).contains(Source.HOUSING);
                            assertThat(r.reason()).contains("农村危房改造");
                        });
    }

    @Test
    void refersAnUrbanHouseholdToPublicRentalHousing() {
        AssistanceContext context =
                AssistanceContexts.of(
                        Households.aHousehold().urban().build(),
                        Findings.aVisitFinding().inDangerousHouse());

        assertThat(policy.recommend(context))
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("公共租赁住房"));
    }

    @Test
    void staysSilentForASafeHouse() {
        AssistanceContext context =
                AssistanceContexts.of(Households.aHousehold().build(), Findings.aVisitFinding());

        assertThat(policy.recommend(context)).isEmpty();
    }
}
