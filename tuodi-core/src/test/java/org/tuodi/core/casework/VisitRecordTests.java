package org.tuodi.core.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tuodi.core.fixtures.Visits;

@DisplayName("最低生活保障审核确认办法 第十六条: 每组调查人员不得少于2人")
class VisitRecordTests {

    @Test
    void needsAtLeastTwoInvestigators() {
        assertThatThrownBy(() -> Visits.aVisit().by("assistant-01").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2");
    }

    @Test
    void countsTheSameInvestigatorOnlyOnce() {
        assertThatThrownBy(() -> Visits.aVisit().by("assistant-01", " assistant-01").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesABlankInvestigator() {
        assertThatThrownBy(() -> Visits.aVisit().by("assistant-01", "town-07", " ").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsAVisitTheFamilyDidNotSign() {
        VisitRecord visit = Visits.aVisit().notSignedByFamily().build();

        assertThat(visit.familySigned()).isFalse();
    }

    @Test
    void keepsRemarksAndFindingsOutOfItsPrintedForm() {
        VisitRecord visit = Visits.aVisit().withRemarks("婆婆心衰住院").build();

        assertThat(visit.toString()).doesNotContain("婆婆").doesNotContain("500");
    }
}
