package org.tuodi.data.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.tuodi.core.event.EventField;
import org.tuodi.core.event.EventType;

/**
 * 医保结算金额: the bills of medical settlements. Costs are log-normal (a heavy right tail); what is left
 * to pay after basic insurance, serious-illness insurance and medical assistance is a share of the
 * cost that depends on the household's stratum for hospital stays (特困 least, 刚性支出 most) and is
 * 35–65% for outpatient care. A new serious-illness diagnosis comes with a large hospital bill.
 */
final class MedicalBills {

    private static final String[] OUTPATIENT = {
        "高血压", "2型糖尿病", "慢性胃炎", "上呼吸道感染", "腰椎间盘突出症", "慢性支气管炎", "骨关节炎", "冠心病"
    };
    private static final String[] INPATIENT = {
        "肺炎", "脑梗死", "冠心病", "慢性阻塞性肺疾病", "股骨骨折", "胆囊结石", "慢性心力衰竭", "白内障"
    };
    static final String[] SERIOUS = {
        "肺恶性肿瘤", "胃恶性肿瘤", "肝恶性肿瘤", "乳腺恶性肿瘤", "尿毒症", "白血病", "急性心肌梗死", "脑出血"
    };

    private MedicalBills() {}

    /** A routine settlement: outpatient or a hospital stay, larger for the seriously ill. */
    static GeneratedRecord settlement(
            SplittableRandom rng,
            Stratum stratum,
            String person,
            LocalDate on,
            boolean inpatient,
            boolean ill) {
        double cost;
        double share;
        String diagnosis;
        if (inpatient) {
            cost =
                    ill
                            ? Draws.logNormal(
                                    rng, Rates.ILL_INPATIENT_MEDIAN, Rates.ILL_INPATIENT_SIGMA)
                            : Draws.logNormal(rng, Rates.INPATIENT_MEDIAN, Rates.INPATIENT_SIGMA);
            share = Draws.uniform(rng, stratum.outOfPocketLow(), stratum.outOfPocketHigh());
            diagnosis = ill ? pick(rng, SERIOUS) : pick(rng, INPATIENT);
        } else {
            cost = Draws.logNormal(rng, Rates.OUTPATIENT_MEDIAN, Rates.OUTPATIENT_SIGMA);
            cost *= ill ? Rates.ILL_OUTPATIENT_FACTOR : 1;
            share =
                    Draws.uniform(
                            rng,
                            Rates.OUTPATIENT_OUT_OF_POCKET_LOW,
                            Rates.OUTPATIENT_OUT_OF_POCKET_HIGH);
            diagnosis = ill ? pick(rng, SERIOUS) : pick(rng, OUTPATIENT);
        }
        return bill(person, on, cost, share, inpatient, diagnosis);
    }

    /** The hospital stay that comes with a new serious-illness diagnosis. */
    static GeneratedRecord diagnosisStay(
            SplittableRandom rng, Stratum stratum, String person, LocalDate on, String diagnosis) {
        double cost = Draws.logNormal(rng, Rates.DIAGNOSIS_BILL_MEDIAN, Rates.DIAGNOSIS_BILL_SIGMA);
        double share = Draws.uniform(rng, stratum.outOfPocketLow(), stratum.outOfPocketHigh());
        return bill(person, on, cost, share, true, diagnosis);
    }

    private static GeneratedRecord bill(
            String person,
            LocalDate on,
            double cost,
            double share,
            boolean inpatient,
            String diagnosis) {
        long total = Math.max(500, Draws.fen(cost));
        long outOfPocket = Math.min(total, Draws.fen(cost * share));
        return new GeneratedRecord(EventType.MEDICAL_SETTLEMENT, person, on)
                .withAmount(EventField.TOTAL_COST, total)
                .withAmount(EventField.REIMBURSED, total - outOfPocket)
                .withAmount(EventField.OUT_OF_POCKET, outOfPocket)
                .with(EventField.INPATIENT, Boolean.toString(inpatient))
                .with(EventField.DIAGNOSIS, diagnosis);
    }

    static String pick(SplittableRandom rng, String[] values) {
        return values[rng.nextInt(values.length)];
    }
}
