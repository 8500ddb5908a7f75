package org.tuodi.data.generate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tuodi.core.event.DeathRegistered;
import org.tuodi.core.event.DepartmentEvent;
import org.tuodi.core.event.DisabilityCertified;
import org.tuodi.core.event.DisasterLoss;
import org.tuodi.core.event.EventField;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.event.EventType;
import org.tuodi.core.event.HousingAssessed;
import org.tuodi.core.event.HousingDamage;
import org.tuodi.core.event.HousingGrade;
import org.tuodi.core.event.MedicalSettlement;
import org.tuodi.core.event.SchoolStage;
import org.tuodi.core.event.SeriousIllnessDiagnosed;
import org.tuodi.core.event.Source;
import org.tuodi.core.event.StudentEnrolled;
import org.tuodi.core.event.UnemploymentRegistered;
import org.tuodi.core.household.Disability;
import org.tuodi.core.household.DisabilityType;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.shared.Yuan;

/**
 * 排期记录: one department record of a {@link SyntheticCounty}'s schedule before it is sent: its
 * household, type, person and scheduled date, and its own columns. A feed gives it an event id and
 * a date (a live feed sends it as of today) and gets the typed record of formats.md.
 */
public final class ScheduledRecord {

    private final String householdId;
    private final GeneratedRecord record;

    ScheduledRecord(String householdId, GeneratedRecord record) {
        this.householdId = Objects.requireNonNull(householdId, "householdId");
        this.record = Objects.requireNonNull(record, "record");
    }

    public String householdId() {
        return householdId;
    }

    public EventType type() {
        return record.type();
    }

    /** The department that sends it. */
    public Source source() {
        return record.type().source();
    }

    /** The date in the generated period, as events.csv would carry it. */
    public LocalDate scheduledOn() {
        return record.on();
    }

    /** The typed record with this event id (unique within the source) and date. */
    public DepartmentEvent toEvent(String eventId, LocalDate occurredOn) {
        EventKey key = new EventKey(source(), eventId);
        NationalId person = NationalId.parse(record.person());
        switch (record.type()) {
            case MEDICAL_SETTLEMENT:
                return new MedicalSettlement(
                        key,
                        person,
                        occurredOn,
                        amount(EventField.TOTAL_COST),
                        amount(EventField.REIMBURSED),
                        amount(EventField.OUT_OF_POCKET).orElseThrow(),
                        text(EventField.INPATIENT).map(Boolean::parseBoolean),
                        text(EventField.DIAGNOSIS));
            case SERIOUS_ILLNESS_DIAGNOSED:
                return new SeriousIllnessDiagnosed(
                        key, person, occurredOn, text(EventField.DIAGNOSIS));
            case STUDENT_ENROLLED:
                return new StudentEnrolled(
                        key,
                        person,
                        occurredOn,
                        SchoolStage.valueOf(text(EventField.STAGE).orElseThrow()),
                        amount(EventField.ANNUAL_FEE));
            case UNEMPLOYMENT_REGISTERED:
                return new UnemploymentRegistered(key, person, occurredOn);
            case DISABILITY_CERTIFIED:
                return new DisabilityCertified(
                        key,
                        person,
                        occurredOn,
                        new Disability(
                                Integer.parseInt(text(EventField.DISABILITY_GRADE).orElseThrow()),
                                DisabilityType.valueOf(
                                        text(EventField.DISABILITY_TYPE).orElseThrow())));
            case DISASTER_LOSS:
                return new DisasterLoss(
                        key,
                        person,
                        occurredOn,
                        amount(EventField.LOSS_AMOUNT),
                        text(EventField.HOUSING_DAMAGE).map(HousingDamage::valueOf));
            case HOUSING_ASSESSED:
                return new HousingAssessed(
                        key,
                        person,
                        occurredOn,
                        HousingGrade.valueOf(text(EventField.HOUSING_GRADE).orElseThrow()));
            case DEATH_REGISTERED:
                return new DeathRegistered(key, person, occurredOn);
            default:
                throw new IllegalStateException("unknown event type " + record.type());
        }
    }

    private Optional<String> text(EventField field) {
        String cell = record.cell(field);
        return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
    }

    private Optional<Yuan> amount(EventField field) {
        return text(field).map(Yuan::parse);
    }

    /** Type, household and date only: never the person's identity number. */
    @Override
    public String toString() {
        return "ScheduledRecord[type="
                + record.type()
                + ", household="
                + householdId
                + ", on="
                + record.on()
                + "]";
    }
}
