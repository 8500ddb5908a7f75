package org.tuodi.data.generate;

/**
 * 参数: the rates and amounts of the synthetic province's department records, in one place because
 * they are what the calibration tunes (docs/synthetic-province.md §4–5). Monthly rates are per
 * person (or per household where named) and month; amounts are yuan.
 */
final class Rates {

    private Rates() {}

    /** Assumed 低保 standards, yuan per person and month (rural ¥5,040 a year). */
    static final double RURAL_STANDARD = 420;

    static final double URBAN_STANDARD = 640;

    // Medical settlements (医保结算): expected settlements per person-month by age band.
    static final int[] AGE_BANDS = {16, 45, 60, 75};
    static final double[] SETTLEMENTS = {0.20, 0.18, 0.30, 0.45, 0.55};
    static final double ILL_SETTLEMENT_FACTOR = 2.5;
    static final double[] INPATIENT_SHARE = {0.04, 0.05, 0.065, 0.08, 0.10};
    static final double ILL_INPATIENT_SHARE = 0.125;
    static final double OUTPATIENT_MEDIAN = 110;
    static final double OUTPATIENT_SIGMA = 0.9;
    static final double ILL_OUTPATIENT_FACTOR = 2.5;
    static final double OUTPATIENT_OUT_OF_POCKET_LOW = 0.35;
    static final double OUTPATIENT_OUT_OF_POCKET_HIGH = 0.65;
    static final double INPATIENT_MEDIAN = 5_500;
    static final double INPATIENT_SIGMA = 0.75;
    static final double ILL_INPATIENT_MEDIAN = 10_000;
    static final double ILL_INPATIENT_SIGMA = 0.8;

    // Serious illness (重特大疾病): new diagnoses per person-month by age band, and the first bill.
    static final double[] DIAGNOSES = {0.00004, 0.00015, 0.0005, 0.0008, 0.0009};
    static final double DIAGNOSIS_BILL_MEDIAN = 40_000;
    static final double DIAGNOSIS_BILL_SIGMA = 0.6;

    /** Share of members with a serious illness by age band, times the stratum's rate. */
    static final double[] ILLNESS_AGE_FACTOR = {0.3, 0.6, 1.2, 1.5, 1.5};

    /** Share of members with a disability by age band, times the stratum's rate. */
    static final double[] DISABILITY_AGE_FACTOR = {0.4, 1.0, 1.0, 1.4, 1.4};

    static final double[] DISABILITY_GRADES = {0.15, 0.30, 0.28, 0.27};

    /** PHYSICAL, VISUAL, HEARING, SPEECH, INTELLECTUAL, MENTAL, MULTIPLE (formats.md order). */
    static final double[] DISABILITY_TYPES = {0.44, 0.12, 0.10, 0.02, 0.12, 0.13, 0.07};

    /** New certifications (残疾认定) per person-month without a disability, and their grades. */
    static final double CERTIFICATIONS = 0.0005;

    static final double[] CERTIFIED_GRADES = {0.10, 0.20, 0.30, 0.40};

    /** Deaths: annual probability by age band (<16, 16–44, 45–59, 60–74, 75+), ill times 2.5. */
    static final double[] ANNUAL_DEATHS = {0.0005, 0.0015, 0.006, 0.02, 0.07};

    static final double ILL_DEATH_FACTOR = 2.5;

    /** Unemployment registrations per working-age (16–59) person-month able to work. */
    static final double UNEMPLOYMENT = 0.0015;

    /** Layoff shocks: counties per month, and the chance a person able to work registers. */
    static final double LAYOFFS_PER_MONTH = 0.4;

    static final double LAYOFF_REGISTRATION = 0.015;

    /** Housing assessments (危房鉴定) per rural household-month, and grades A, B, C, D. */
    static final double HOUSING_ASSESSMENTS = 0.003;

    static final double[] HOUSING_GRADES = {0.45, 0.35, 0.14, 0.06};

    /** Regional disasters per month in a normal month, by calendar month (Jan … Dec). */
    static final double DISASTERS_PER_MONTH = 3;

    static final double[] DISASTER_SEASON = {
        0.5, 0.4, 0.3, 0.5, 0.8, 1.2, 2.0, 1.8, 1.0, 0.5, 0.3, 0.5
    };

    /** Damage NONE, DAMAGED, DESTROYED for a household in a disaster area, and for a lone loss. */
    static final double[] DISASTER_DAMAGE = {0.72, 0.23, 0.05};

    static final double[] LONE_LOSS_DAMAGE = {0.60, 0.32, 0.08};

    /** Lone losses (fire, hail) per household-month outside disaster areas. */
    static final double LONE_LOSSES = 0.0004;

    /** Median loss in yuan by damage NONE, DAMAGED, DESTROYED. */
    static final double[] LOSS_MEDIANS = {1_500, 7_000, 45_000};

    /** The index of the age band of an age (see {@link #AGE_BANDS}). */
    static int band(int age) {
        int band = 0;
        while (band < AGE_BANDS.length && age >= AGE_BANDS[band]) {
            band++;
        }
        return band;
    }
}
