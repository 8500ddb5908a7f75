package org.tuodi.data.events;

import java.time.LocalDate;
import org.tuodi.core.event.DeathRegistered;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.event.DisabilityCertified;
import org.tuodi.core.event.DisasterLoss;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.event.EventType;
import org.tuodi.core.event.HousingAssessed;
import org.tuodi.core.event.HousingDamage;
import org.tuodi.core.event.HousingGrade;
import org.tuodi.core.event.MedicalSettlement;
import org.tuodi.core.event.SchoolStage;
import org.tuodi.core.event.SeriousIllnessDiagnosed;
import org.tuodi.core.event.StudentEnrolled;
import org.tuodi.core.event.UnemploymentRegistered;
import org.tuodi.core.household.Disability;
import org.tuodi.core.household.DisabilityType;
import org.tuodi.core.household.NationalId;
import org.tuodi.data.csv.Cells;
import org.tuodi.data.csv.Row;
import org.tuodi.data.csv.RowRejected;

/**
 * The columns of each event type (formats.md, "its columns"), read into the type's record. Required
 * per type: {@code out_of_pocket} for a medical settlement, {@code stage} for an enrolment, {@code
 * disability_grade} and {@code disability_type} for a certification, {@code housing_grade} for an
 * assessment; the others are optional.
 */
final class TypedColumns {

    private TypedColumns() {}

    static DepartmentEvent read(
            EventKey key, EventType type, NationalId person, LocalDate on, Row row) {
        switch (type) {
            case MEDICAL_SETTLEMENT:
                return new MedicalSettlement(
                        key,
                        person,
                        on,
                        Cells.optionalAmount(row, "total_cost"),
                        Cells.optionalAmount(row, "reimbursed"),
                        Cells.amount(requiredFor(type, row, "out_of_pocket"), "out_of_pocket"),
                        Cells.optionalBoolean(row, "inpatient"),
                        Cells.optional(row, "diagnosis"));
            case SERIOUS_ILLNESS_DIAGNOSED:
                return new SeriousIllnessDiagnosed(
                        key, person, on, Cells.optional(row, "diagnosis"));
            case STUDENT_ENROLLED:
                return new StudentEnrolled(
                        key,
                        person,
                        on,
                        Cells.code(requiredFor(type, row, "stage"), "stage", SchoolStage.class),
                        Cells.optionalAmount(row, "annual_fee"));
            case UNEMPLOYMENT_REGISTERED:
                return new UnemploymentRegistered(key, person, on);
            case DISABILITY_CERTIFIED:
                return new DisabilityCertified(key, person, on, disability(type, row));
            case DISASTER_LOSS:
                return new DisasterLoss(
                        key,
                        person,
                        on,
                        Cells.optionalAmount(row, "loss_amount"),
                        Cells.optionalCode(row, "housing_damage", HousingDamage.class));
            case HOUSING_ASSESSED:
                return new HousingAssessed(
                        key,
                        person,
                        on,
                        Cells.code(
                                requiredFor(type, row, "housing_grade"),
                                "housing_grade",
                                HousingGrade.class));
            case DEATH_REGISTERED:
                return new DeathRegistered(key, person, on);
            default:
                throw new IllegalStateException("unknown event type " + type);
        }
    }

    private static Disability disability(EventType type, Row row) {
        requiredFor(type, row, "disability_grade");
        int grade = Cells.optionalWhole(row, "disability_grade", 1, 4).orElseThrow();
        DisabilityType kind =
                Cells.code(
                        requiredFor(type, row, "disability_type"),
                        "disability_type",
                        DisabilityType.class);
        return new Disability(grade, kind);
    }

    /** The row, once the type's required column is known to have a value. */
    private static Row requiredFor(EventType type, Row row, String column) {
        if (!row.has(column)) {
            throw new RowRejected(column, "required for " + type + " records");
        }
        return row;
    }
}
