package org.tuodi.core.golden;

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
import org.tuodi.core.event.Source;
import org.tuodi.core.event.StudentEnrolled;
import org.tuodi.core.event.UnemploymentRegistered;
import org.tuodi.core.household.Disability;
import org.tuodi.core.household.DisabilityType;
import org.tuodi.core.household.NationalId;

/** A department record in the JSON form of formats.md (camelCase names, one object per record). */
final class EventJson {

    private EventJson() {}

    static DepartmentEvent event(JsonFields e) {
        EventKey key = new EventKey(Source.valueOf(e.string("source")), e.string("eventId"));
        NationalId person = NationalId.parse(e.string("idNumber"));
        LocalDate on = e.date("occurredOn");
        switch (EventType.valueOf(e.string("type"))) {
            case MEDICAL_SETTLEMENT:
                return new MedicalSettlement(
                        key,
                        person,
                        on,
                        e.optionalYuan("totalCost"),
                        e.optionalYuan("reimbursed"),
                        e.yuan("outOfPocket"),
                        e.text("inpatient").map(Boolean::parseBoolean),
                        e.text("diagnosis"));
            case SERIOUS_ILLNESS_DIAGNOSED:
                return new SeriousIllnessDiagnosed(key, person, on, e.text("diagnosis"));
            case STUDENT_ENROLLED:
                return new StudentEnrolled(
                        key,
                        person,
                        on,
                        SchoolStage.valueOf(e.string("stage")),
                        e.optionalYuan("annualFee"));
            case UNEMPLOYMENT_REGISTERED:
                return new UnemploymentRegistered(key, person, on);
            case DISABILITY_CERTIFIED:
                return new DisabilityCertified(
                        key,
                        person,
                        on,
                        new Disability(
                                e.integer("disabilityGrade"),
                                DisabilityType.valueOf(e.string("disabilityType"))));
            case DISASTER_LOSS:
                return new DisasterLoss(
                        key,
                        person,
                        on,
                        e.optionalYuan("lossAmount"),
                        e.text("housingDamage").map(HousingDamage::valueOf));
            case HOUSING_ASSESSED:
                return new HousingAssessed(
                        key, person, on, HousingGrade.valueOf(e.string("housingGrade")));
            case DEATH_REGISTERED:
                return new DeathRegistered(key, person, on);
            default:
                throw new IllegalArgumentException("unknown type " + e.string("type"));
        }
    }
}
