package org.tuodi.data.generate;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import org.tuodi.core.event.EventField;
import org.tuodi.core.event.EventType;
import org.tuodi.core.household.DisabilityType;

/**
 * 个人记录: one member's department records in one month, up to the last day the member is alive:
 * medical settlements (a Poisson number by age band, two and a half times as many for the seriously
 * ill, some of them hospital stays), a new serious-illness diagnosis with its hospital stay, the
 * September enrolment, and the unemployment registration, disability certificate and death
 * registration the member's {@link LifeCourse} puts in this month.
 */
final class PersonalRecords {

    private PersonalRecords() {}

    static void add(
            SplittableRandom rng,
            Stratum stratum,
            SyntheticMember member,
            int m,
            YearMonth month,
            int lastDay,
            List<GeneratedRecord> records) {
        String person = member.idNumber();
        LifeCourse course = member.course();
        if (course.diagnosis() == m) {
            int day = Draws.between(rng, 1, lastDay);
            String diagnosis = MedicalBills.pick(rng, MedicalBills.SERIOUS);
            records.add(
                    new GeneratedRecord(
                                    EventType.SERIOUS_ILLNESS_DIAGNOSED, person, month.atDay(day))
                            .with(EventField.DIAGNOSIS, diagnosis));
            LocalDate stay = month.atDay(Math.min(lastDay, day + rng.nextInt(4)));
            records.add(MedicalBills.diagnosisStay(rng, stratum, person, stay, diagnosis));
        }
        boolean ill = member.isIllIn(m);
        int band = Rates.band(member.age());
        double rate = Rates.SETTLEMENTS[band] * (ill ? Rates.ILL_SETTLEMENT_FACTOR : 1);
        double inpatientShare = ill ? Rates.ILL_INPATIENT_SHARE : Rates.INPATIENT_SHARE[band];
        for (int n = Draws.poisson(rng, rate); n > 0; n--) {
            LocalDate on = month.atDay(Draws.between(rng, 1, lastDay));
            boolean inpatient = Draws.chance(rng, inpatientShare);
            records.add(MedicalBills.settlement(rng, stratum, person, on, inpatient, ill));
        }
        if (month.getMonth() == Month.SEPTEMBER) {
            LocalDate on = month.atDay(Draws.between(rng, 1, Math.min(10, lastDay)));
            GeneratedRecord enrolment = Schooling.enrolment(rng, member, on);
            if (enrolment != null) {
                records.add(enrolment);
            }
        }
        if (course.unemployment() == m) {
            LocalDate on = month.atDay(Draws.between(rng, 1, lastDay));
            records.add(new GeneratedRecord(EventType.UNEMPLOYMENT_REGISTERED, person, on));
        }
        if (course.certification() == m) {
            LocalDate on = month.atDay(Draws.between(rng, 1, lastDay));
            int grade = 1 + Draws.weighted(rng, Rates.CERTIFIED_GRADES);
            var type = DisabilityType.values()[Draws.weighted(rng, Rates.DISABILITY_TYPES)];
            records.add(
                    new GeneratedRecord(EventType.DISABILITY_CERTIFIED, person, on)
                            .with(EventField.DISABILITY_GRADE, Integer.toString(grade))
                            .with(EventField.DISABILITY_TYPE, type.name()));
        }
        if (course.death() == m) {
            records.add(
                    new GeneratedRecord(EventType.DEATH_REGISTERED, person, month.atDay(lastDay)));
        }
    }
}
