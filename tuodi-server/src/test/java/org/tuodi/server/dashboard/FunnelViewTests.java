package org.tuodi.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tuodi.server.dashboard.StatisticsViews.FunnelView;
import org.tuodi.server.dashboard.StatisticsViews.OverdueView;

class FunnelViewTests {

    @Test
    @DisplayName("河南: 推送预警处置信息6.6万条，入户5.1万户，对其中1.8万户家庭给予了救助帮扶建议或措施")
    void ratesTheVisitsOfThePushedAndTheHelpOfTheVisited() {
        FunnelView henan = FunnelView.of(66_000, 51_000, 18_000, 60_000, 45_000, OverdueView.NONE);

        assertThat(henan.visitRate()).isEqualByComparingTo("0.7727");
        assertThat(henan.helpRate()).isEqualByComparingTo("0.3529");
        assertThat(henan.onTimeVisitRate()).isEqualByComparingTo("0.75");
        assertThat(henan.visitRate().scale()).isEqualTo(4);
    }

    @Test
    void hasNoRateWhereThereIsNothingToDivideBy() {
        FunnelView nothing = FunnelView.of(0, 0, 0, 0, 0, OverdueView.of(1, 2));

        assertThat(nothing.visitRate()).isNull();
        assertThat(nothing.helpRate()).isNull();
        assertThat(nothing.onTimeVisitRate()).isNull();
        assertThat(nothing.overdue().total()).isEqualTo(3);
    }

    @Test
    void roundsHalfUpToFourDecimals() {
        assertThat(FunnelView.of(3, 2, 1, 3, 2, OverdueView.NONE).visitRate())
                .isEqualTo(new BigDecimal("0.6667"));
    }
}
