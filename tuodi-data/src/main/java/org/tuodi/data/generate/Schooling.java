package org.tuodi.data.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.tuodi.core.event.EventField;
import org.tuodi.core.event.EventType;
import org.tuodi.core.event.SchoolStage;

/**
 * 入学: which stage a young member is enrolled in each September, by the age reached that year and
 * the person's school track, and the annual fee. Compulsory education (primary, junior) is free and
 * its fee left empty; 80% of children of 3–5 attend preschool; at 15–17 a track below 0.55 goes to
 * senior school and one below 0.90 to vocational school; at 18–21 a track below 0.30 (or from 0.55
 * to 0.70, higher vocational college) is at university (本专科, UNDERGRADUATE).
 */
final class Schooling {

    private Schooling() {}

    /** The stage at the age reached this year, or null when not in education. */
    static SchoolStage stage(int ageThisYear, double track) {
        if (ageThisYear >= 3 && ageThisYear <= 5) {
            return track < 0.8 ? SchoolStage.PRESCHOOL : null;
        }
        if (ageThisYear >= 6 && ageThisYear <= 11) {
            return SchoolStage.PRIMARY;
        }
        if (ageThisYear >= 12 && ageThisYear <= 14) {
            return SchoolStage.JUNIOR;
        }
        if (ageThisYear >= 15 && ageThisYear <= 17) {
            return track < 0.55 ? SchoolStage.SENIOR : track < 0.90 ? SchoolStage.VOCATIONAL : null;
        }
        if (ageThisYear >= 18 && ageThisYear <= 21) {
            boolean college = track < 0.30 || (track >= 0.55 && track < 0.70);
            return college ? SchoolStage.UNDERGRADUATE : null;
        }
        return null;
    }

    /** The enrolment record of a member in the September of {@code on}, or null. */
    static GeneratedRecord enrolment(SplittableRandom rng, SyntheticMember member, LocalDate on) {
        SchoolStage stage =
                stage(on.getYear() - member.birthDate().getYear(), member.course().track());
        if (stage == null) {
            return null;
        }
        GeneratedRecord record =
                new GeneratedRecord(EventType.STUDENT_ENROLLED, member.idNumber(), on)
                        .with(EventField.STAGE, stage.name());
        double fee = fee(rng, stage);
        return fee < 0 ? record : record.withAmount(EventField.ANNUAL_FEE, Draws.fen(fee));
    }

    /** Yuan a year, or −1 for free compulsory education (fee left empty). */
    private static double fee(SplittableRandom rng, SchoolStage stage) {
        switch (stage) {
            case PRESCHOOL:
                return 100 * Draws.between(rng, 12, 30);
            case SENIOR:
                return 100 * Draws.between(rng, 10, 22);
            case VOCATIONAL:
                return Draws.chance(rng, 0.6) ? 0 : 100 * Draws.between(rng, 5, 15);
            case UNDERGRADUATE:
                return 100 * Draws.between(rng, 35, 65);
            default:
                return -1;
        }
    }
}
