package org.tuodi.server.alerting;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tuodi.server.alerting.internal.OverdueOversight;
import org.tuodi.server.assessment.RiskAssessment;

/**
 * 定时巡检: the scheduled sweep, by default at five past every hour (China Standard Time; {@code
 * tuodi.sweep.cron}, {@code -} to switch it off). It first assesses the records the engine still
 * holds up to today minus {@code tuodi.assessment.advance-lag-days} (default 0: today), which may
 * raise cases, then marks overdue cases and escalates them. Both steps are callable on their own
 * with an explicit date, for tests and for a replay.
 */
@Component
public class CaseSweep {

    private final RiskAssessment assessment;
    private final OverdueOversight oversight;
    private final Clock clock;
    private final int advanceLagDays;

    CaseSweep(
            RiskAssessment assessment,
            OverdueOversight oversight,
            Clock clock,
            @Value("${tuodi.assessment.advance-lag-days:0}") int advanceLagDays) {
        this.assessment = assessment;
        this.oversight = oversight;
        this.clock = clock;
        this.advanceLagDays = advanceLagDays;
    }

    /** What one sweep did. */
    public record Report(int householdsAdvanced, int decisions, int casesMarked) {}

    @Scheduled(cron = "${tuodi.sweep.cron:0 5 * * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        run(LocalDate.now(clock));
    }

    /** The whole sweep as of the date. */
    public Report run(LocalDate today) {
        RiskAssessment.Advanced advanced = advance(today.minusDays(advanceLagDays));
        int marked = markOverdue(today);
        return new Report(advanced.households(), advanced.decisions(), marked);
    }

    /**
     * The advance step: the engine's {@code advanceTo(through)} for every household holding
     * records.
     */
    public RiskAssessment.Advanced advance(LocalDate through) {
        return assessment.advanceHeld(through);
    }

    /** The overdue step. */
    public int markOverdue(LocalDate today) {
        return oversight.markOverdue(today);
    }
}
