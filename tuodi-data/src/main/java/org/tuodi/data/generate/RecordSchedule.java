package org.tuodi.data.generate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.tuodi.core.event.EventField;
import org.tuodi.core.event.EventType;
import org.tuodi.core.event.HousingDamage;
import org.tuodi.core.event.HousingGrade;

/**
 * 部门数据排期: the department records of one household in one month, a pure function of the seed, the
 * household and the month (the month's own random stream), sorted by date. Per member: medical
 * settlements (by far the most), a serious-illness diagnosis and its hospital stay, the September
 * enrolment, an unemployment registration, a disability certificate, the death registration; per
 * household: a housing assessment and disaster losses. Nobody has records after their death.
 */
final class RecordSchedule {

    private static final Comparator<GeneratedRecord> BY_DATE =
            Comparator.comparing(GeneratedRecord::on);

    private final long seed;
    private final YearMonth start;
    private final Province province;
    private final Shocks shocks;

    RecordSchedule(long seed, YearMonth start, Province province, Shocks shocks) {
        this.seed = seed;
        this.start = start;
        this.province = province;
        this.shocks = shocks;
    }

    /** The household's records of month {@code m} (0 = the first month), in date order. */
    List<GeneratedRecord> recordsOf(SyntheticHousehold household, int m) {
        SplittableRandom rng = Seeds.stream(seed, Seeds.MONTH + m, household.index());
        YearMonth month = start.plusMonths(m);
        List<GeneratedRecord> records = new ArrayList<>();
        for (SyntheticMember member : household.members()) {
            int lastDay = lastDay(member, m, month);
            if (lastDay > 0) {
                PersonalRecords.add(rng, household.stratum(), member, m, month, lastDay, records);
            }
        }
        if (household.housingAssessment() == m) {
            int day = Draws.between(rng, 1, month.lengthOfMonth());
            HousingGrade grade = HousingGrade.values()[Draws.weighted(rng, Rates.HOUSING_GRADES)];
            add(records, household, m, month, day, EventType.HOUSING_ASSESSED)
                    .ifPresent(r -> r.with(EventField.HOUSING_GRADE, grade.name()));
        }
        for (Shocks.Disaster disaster : shocks.disastersIn(province.townOf(household.village()))) {
            if (disaster.month() == m && Draws.chance(rng, disaster.affectedShare())) {
                int day = Math.min(month.lengthOfMonth(), disaster.day() + rng.nextInt(3));
                loss(rng, household, m, month, day, Rates.DISASTER_DAMAGE, records);
            }
        }
        if (Draws.chance(rng, Rates.LONE_LOSSES)) {
            int day = Draws.between(rng, 1, month.lengthOfMonth());
            loss(rng, household, m, month, day, Rates.LONE_LOSS_DAMAGE, records);
        }
        records.sort(BY_DATE);
        return records;
    }

    private void loss(
            SplittableRandom rng,
            SyntheticHousehold household,
            int m,
            YearMonth month,
            int day,
            double[] damageWeights,
            List<GeneratedRecord> records) {
        int damage = Draws.weighted(rng, damageWeights);
        long amount = Draws.fen(Math.floor(Draws.logNormal(rng, Rates.LOSS_MEDIANS[damage], 0.6)));
        add(records, household, m, month, day, EventType.DISASTER_LOSS)
                .ifPresent(
                        r ->
                                r.withAmount(EventField.LOSS_AMOUNT, amount)
                                        .with(
                                                EventField.HOUSING_DAMAGE,
                                                HousingDamage.values()[damage].name()));
    }

    /** Adds a household record about the first member alive on the day, if anyone is. */
    private static Optional<GeneratedRecord> add(
            List<GeneratedRecord> records,
            SyntheticHousehold household,
            int m,
            YearMonth month,
            int day,
            EventType type) {
        for (SyntheticMember member : household.members()) {
            if (day <= lastDay(member, m, month)) {
                GeneratedRecord record =
                        new GeneratedRecord(type, member.idNumber(), month.atDay(day));
                records.add(record);
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    /** The last day of the month the member is alive, 0 if dead before it. */
    static int lastDay(SyntheticMember member, int m, YearMonth month) {
        int death = member.course().death();
        if (death < m) {
            return 0;
        }
        return death == m
                ? Math.min(member.course().deathDay(), month.lengthOfMonth())
                : month.lengthOfMonth();
    }
}
