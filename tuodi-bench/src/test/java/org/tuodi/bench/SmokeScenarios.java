package org.tuodi.bench;

import static java.time.LocalDate.of;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The named households of the smoke data, each at one edge of the reference rule set, with the
 * alerts expected of them ({@code as_of decision level score indicators}). Both the engine and the
 * SQL must give exactly these.
 *
 * <p>Longer than our 150 lines: it is a table of scenarios, one short paragraph each.
 */
final class SmokeScenarios {

    static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    private static final LocalDate ADULT = of(1980, 5, 5);
    private static final String OOP = "MEDICAL_SETTLEMENT";

    private SmokeScenarios() {}

    /** A household of two adults (so not a single-person household); returns the head. */
    private static String couple(SmokeData d, String id, int village, String categories) {
        String head = d.member(d.household(id, village, categories), ADULT, "HEAD", "", "", false);
        d.member(id, ADULT, "SPOUSE", "", "", false);
        return head;
    }

    private static void expect(String household, String... alerts) {
        EXPECTED.put(household, List.of(alerts));
    }

    static void addTo(SmokeData d) {
        twelveMonthWindows(d);
        sixMonthWindows(d);
        escalations(d);
        birthdays(d);
        otherIndicators(d);
        duplicatesAndRejects(d);
    }

    /** (day − 12 months, day]: a year back to the day is out, the day after is in. */
    private static void twelveMonthWindows(SmokeData d) {
        String p = couple(d, "S01", 1, "DIBAO");
        d.event(p, of(2023, 3, 31), OOP, "out_of_pocket=2500.00");
        d.event(p, of(2024, 3, 30), OOP, "out_of_pocket=2500.00");
        expect("S01", "2024-03-30 RAISE GENERAL 60 MEDICAL_OOP_12M_5000");

        p = couple(d, "S02", 1, "DIBAO");
        d.event(p, of(2023, 3, 31), OOP, "out_of_pocket=2500.00");
        d.event(p, of(2024, 3, 31), OOP, "out_of_pocket=2500.00");
        expect("S02");

        // 2024-02-29 minus 12 months is 2023-02-28, which the window leaves out
        p = couple(d, "S03", 2, "DIBAO");
        d.event(p, of(2023, 2, 28), OOP, "out_of_pocket=2600.00");
        d.event(p, of(2024, 2, 29), OOP, "out_of_pocket=2600.00");
        expect("S03");

        p = couple(d, "S04", 2, "DIBAO");
        d.event(p, of(2023, 3, 1), OOP, "out_of_pocket=2600.00");
        d.event(p, of(2024, 2, 29), OOP, "out_of_pocket=2600.00");
        expect("S04", "2024-02-29 RAISE GENERAL 60 MEDICAL_OOP_12M_5000");

        p = d.member(d.household("S12", 3, "DIBAO"), ADULT, "HEAD", "", "", true);
        d.member("S12", ADULT, "SPOUSE", "", "", false);
        d.event(p, of(2023, 1, 31), OOP, "out_of_pocket=100.00", "inpatient=true");
        d.event(p, of(2023, 12, 31), OOP, "out_of_pocket=100.00", "inpatient=true");
        d.event(p, of(2023, 12, 31), "SERIOUS_ILLNESS_DIAGNOSED", "diagnosis=肺癌");
        expect(
                "S12",
                "2023-12-31 RAISE GENERAL 70 MEDICAL_INPATIENT_2X_12M;SERIOUS_ILLNESS_DIAGNOSED;SERIOUSLY_ILL_MEMBER");
    }

    /** 2024-08-31 minus 6 months is 2024-02-29 (clamped): out; 1 March is in. */
    private static void sixMonthWindows(SmokeData d) {
        String p = couple(d, "S05", 4, "DIBAO");
        d.event(p, of(2024, 2, 29), "UNEMPLOYMENT_REGISTERED");
        d.event(p, of(2024, 8, 31), "DISASTER_LOSS", "housing_damage=DAMAGED");
        expect("S05");

        p = couple(d, "S06", 4, "DIBAO");
        d.event(p, of(2024, 3, 1), "UNEMPLOYMENT_REGISTERED");
        d.event(p, of(2024, 8, 31), "DISASTER_LOSS", "housing_damage=DAMAGED");
        expect("S06", "2024-08-31 RAISE GENERAL 60 UNEMPLOYMENT_REGISTERED;DISASTER_HOME_DAMAGED");
    }

    private static void escalations(SmokeData d) {
        String p = couple(d, "S07", 5, "DIBAO_EDGE");
        d.event(p, of(2023, 5, 10), OOP, "out_of_pocket=5000.00");
        d.event(p, of(2023, 6, 30), OOP, "out_of_pocket=15000.00");
        d.event(p, of(2023, 7, 31), OOP, "out_of_pocket=100.00");
        expect(
                "S07",
                "2023-05-10 RAISE GENERAL 60 MEDICAL_OOP_12M_5000",
                "2023-06-30 ESCALATE URGENT 100 MEDICAL_OOP_12M_5000;MEDICAL_OOP_12M_20000");

        String h = d.household("S08", 5, "DIBAO");
        p = d.member(h, ADULT, "HEAD", "", "", false);
        d.member(h, of(1940, 1, 1), "PARENT", "", "", false);
        d.event(p, of(2024, 1, 15), OOP, "out_of_pocket=5000.00");
        d.event(p, of(2024, 2, 10), "HOUSING_ASSESSED", "housing_grade=C");
        expect(
                "S08",
                "2024-01-15 RAISE GENERAL 70 MEDICAL_OOP_12M_5000;ELDERLY_MEMBER_70",
                "2024-02-10 ESCALATE URGENT 100 MEDICAL_OOP_12M_5000;DANGEROUS_HOUSE_C;ELDERLY_MEMBER_70");

        p = d.member(d.household("S11", 6, "TEKUN"), ADULT, "HEAD", "", "", false);
        d.member("S11", ADULT, "SPOUSE", "", "", false);
        d.event(p, of(2023, 4, 30), "HOUSING_ASSESSED", "housing_grade=D");
        d.event(p, of(2023, 10, 31), "DISASTER_LOSS", "housing_damage=DESTROYED");
        expect(
                "S11",
                "2023-04-30 RAISE GENERAL 60 DANGEROUS_HOUSE_D",
                "2023-10-31 ESCALATE URGENT 120 DISASTER_HOME_DESTROYED;DANGEROUS_HOUSE_D");
    }

    /** Born 29 February 1952: 69 on 28 February 2022, 70 on 1 March 2022 (Period.between). */
    private static void birthdays(SmokeData d) {
        for (String id : List.of("S09", "S10")) {
            String h = d.household(id, 7, "DIBAO");
            String p = d.member(h, ADULT, "HEAD", "", "", false);
            d.member(h, of(1952, 2, 29), "PARENT", "", "", false);
            d.event(p, of(2022, 2, 20), "HOUSING_ASSESSED", "housing_grade=C");
            d.event(p, of(2022, 2, 28), "STUDENT_ENROLLED", "stage=SENIOR");
            if (id.equals("S09")) {
                d.event(p, of(2022, 3, 1), OOP, "out_of_pocket=10.00");
            }
        }
        expect(
                "S09",
                "2022-03-01 RAISE GENERAL 60 STUDENT_NON_COMPULSORY;DANGEROUS_HOUSE_C;ELDERLY_MEMBER_70");
        expect("S10");

        // 70 on the birthday itself
        String h25 = d.household("S25", 7, "DIBAO");
        String p25 = d.member(h25, ADULT, "HEAD", "", "", false);
        d.member(h25, of(1954, 3, 31), "PARENT", "", "", false);
        d.event(p25, of(2024, 3, 30), "HOUSING_ASSESSED", "housing_grade=C");
        d.event(p25, of(2024, 3, 30), "STUDENT_ENROLLED", "stage=SENIOR");
        d.event(p25, of(2024, 3, 31), OOP, "out_of_pocket=10.00");
        expect(
                "S25",
                "2024-03-31 RAISE GENERAL 60 STUDENT_NON_COMPULSORY;DANGEROUS_HOUSE_C;ELDERLY_MEMBER_70");

        String h = d.household("S18", 8, "TEKUN");
        String p = d.member(h, of(1945, 7, 1), "HEAD", "", "", false);
        d.event(p, of(2024, 6, 3), "HOUSING_ASSESSED", "housing_grade=D");
        expect(
                "S18",
                "2024-06-03 RAISE GENERAL 80 DANGEROUS_HOUSE_D;ELDERLY_MEMBER_70;SINGLE_PERSON_HOUSEHOLD");
    }

    private static void otherIndicators(SmokeData d) {
        String h = d.household("S13", 9, "DIBAO");
        String p = d.member(h, ADULT, "HEAD", "3", "MENTAL", false);
        String child = d.member(h, of(2005, 1, 1), "CHILD", "", "", false);
        d.event(
                child,
                of(2023, 9, 1),
                "STUDENT_ENROLLED",
                "stage=UNDERGRADUATE",
                "annual_fee=2500.00");
        d.event(
                child,
                of(2024, 8, 31),
                "STUDENT_ENROLLED",
                "stage=VOCATIONAL",
                "annual_fee=2500.00");
        d.event(p, of(2024, 8, 31), "DEATH_REGISTERED");
        expect(
                "S13",
                "2024-08-31 RAISE GENERAL 80 STUDENT_NON_COMPULSORY;EDUCATION_FEES_12M_5000;MEMBER_DEATH;SEVERELY_DISABLED_MEMBER");

        for (String[] s : new String[][] {{"S14", "INTELLECTUAL"}, {"S15", "PHYSICAL"}}) {
            p = d.member(d.household(s[0], 10, "DIBAO"), ADULT, "HEAD", "3", s[1], false);
            d.member(s[0], ADULT, "SPOUSE", "", "", false);
            d.event(p, of(2024, 5, 5), "HOUSING_ASSESSED", "housing_grade=C");
            d.event(p, of(2024, 5, 6), "STUDENT_ENROLLED", "stage=SENIOR");
        }
        expect(
                "S14",
                "2024-05-06 RAISE GENERAL 60 STUDENT_NON_COMPULSORY;DANGEROUS_HOUSE_C;SEVERELY_DISABLED_MEMBER");
        expect("S15");

        p = d.member(d.household("S16", 11, "DIBAO"), ADULT, "HEAD", "", "", false);
        d.member("S16", ADULT, "SPOUSE", "", "", false);
        d.event(
                p,
                of(2023, 6, 30),
                "DISABILITY_CERTIFIED",
                "disability_grade=2",
                "disability_type=HEARING");
        d.event(
                p,
                of(2023, 7, 31),
                "DISABILITY_CERTIFIED",
                "disability_grade=4",
                "disability_type=SPEECH");
        expect(
                "S16",
                "2023-07-31 RAISE GENERAL 60 SEVERE_DISABILITY_CERTIFIED;DISABILITY_CERTIFIED");

        p = couple(d, "S24", 11, "DIBAO");
        d.event(p, of(2024, 7, 20), "DISASTER_LOSS", "loss_amount=6000.00", "housing_damage=NONE");
        d.event(p, of(2024, 7, 21), "DISASTER_LOSS", "loss_amount=4000.00");
        d.event(p, of(2024, 7, 22), "DISASTER_LOSS", "housing_damage=DAMAGED");
        expect("S24", "2024-07-22 RAISE GENERAL 70 DISASTER_HOME_DAMAGED;DISASTER_LOSS_12M_10000");

        p = d.member(d.household("S19", 12, "DIBAO"), ADULT, "HEAD", "", "", false);
        d.member("S19", ADULT, "SPOUSE", "", "", false);
        d.event(p, of(2024, 1, 31), "HOUSING_ASSESSED", "housing_grade=A");
        d.event(p, of(2024, 2, 29), "STUDENT_ENROLLED", "stage=PRIMARY");
        d.event(p, of(2024, 3, 31), OOP, "out_of_pocket=9000.00", "reimbursed=1.00");
        d.event(p, of(2024, 3, 31), "UNEMPLOYMENT_REGISTERED");
        expect("S19", "2024-03-31 RAISE GENERAL 90 MEDICAL_OOP_12M_5000;UNEMPLOYMENT_REGISTERED");
    }

    private static void duplicatesAndRejects(SmokeData d) {
        String p = couple(d, "S17", 13, "DIBAO");
        d.eventWithKey("DUP-1", p, of(2024, 4, 1), OOP, "out_of_pocket=3000.00");
        d.eventWithKey("DUP-1", p, of(2024, 4, 2), OOP, "out_of_pocket=3000.00");
        expect("S17");
        // the same key about a person of another household is another record
        String q = couple(d, "S20", 13, "DIBAO");
        d.event(q, of(2024, 4, 1), OOP, "out_of_pocket=2500.00");
        d.eventWithKey("DUP-1", q, of(2024, 4, 3), OOP, "out_of_pocket=2500.00");
        expect("S20", "2024-04-03 RAISE GENERAL 60 MEDICAL_OOP_12M_5000");

        // the grandmother's row has a wrong check digit: rejected, so no ELDERLY_MEMBER_70
        String h = d.household("S21", 1, "DIBAO");
        p = d.member(h, ADULT, "HEAD", "", "", false);
        d.member(h, ADULT, "SPOUSE", "", "", false);
        String elder = d.idNumber(of(1940, 2, 2));
        d.rawMember(
                "S21,"
                        + elder.substring(0, 17)
                        + (elder.charAt(17) == '1' ? '2' : '1')
                        + ",成员,PARENT,,,,false,");
        d.event(p, of(2024, 5, 5), "HOUSING_ASSESSED", "housing_grade=C");
        d.event(p, of(2024, 5, 6), "STUDENT_ENROLLED", "stage=SENIOR");
        expect("S21");

        p = couple(d, "S22", 2, "DIBAO");
        d.event(p, of(2024, 6, 1), OOP, "out_of_pocket=5000.001");
        d.eventFrom("HEALTH", "WRONG-SOURCE", p, of(2024, 6, 2), OOP, "out_of_pocket=6000.00");
        d.event(p, of(2024, 6, 3), "UNEMPLOYMENT_REGISTERED", "out_of_pocket=6000.00");
        d.event(p, of(2024, 6, 4), OOP, "out_of_pocket=4000.00", "inpatient=yes");
        expect("S22");

        d.rawHousehold("S23,411122101201,POOR,RURAL,500.00,");
        d.rawMember("S23," + d.idNumber(ADULT) + ",成员,HEAD,,,,false,");
        String stranger = d.idNumber(of(1970, 1, 1));
        d.event(stranger, of(2024, 6, 1), OOP, "out_of_pocket=50000.00");
    }
}
