package org.tuodi.data.generate;

import java.time.LocalDate;
import org.tuodi.core.household.DisabilityType;
import org.tuodi.core.household.LaborCapacity;
import org.tuodi.core.household.Relation;

/**
 * 合成成员: a generated household member as members.csv shows it at the start of the period, with the
 * course of the period's events.
 *
 * @param age whole years at the start of the period
 * @param disabilityGrade 1–4, or 0 without a certified disability
 * @param disabilityType null without a certified disability
 */
record SyntheticMember(
        Relation relation,
        boolean male,
        int age,
        LocalDate birthDate,
        String idNumber,
        LaborCapacity labor,
        int disabilityGrade,
        DisabilityType disabilityType,
        boolean seriousIllness,
        LifeCourse course) {

    boolean isDisabled() {
        return disabilityGrade > 0;
    }

    /** Ill in month {@code m}: recognised at the start, or diagnosed in an earlier month. */
    boolean isIllIn(int m) {
        return seriousIllness || course.diagnosis() < m;
    }
}
