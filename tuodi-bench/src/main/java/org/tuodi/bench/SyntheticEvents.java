package org.tuodi.bench;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.SplittableRandom;
import org.tuodi.core.event.EventType;

/**
 * The department records of a synthetic data set, one household-month at a time. Rates are per
 * person and year unless stated: medical settlements 3 (under 18), 5 (18–59), 13 (60 and over), of
 * which 2% (6% from 60) inpatient; serious-illness diagnoses 0.4%; an enrolment each September for
 * ages 3–22; unemployment registrations 1.5% (18–59); disability certifications 0.5%; deaths 3%
 * from 70, 0.2% below; per household, disaster losses 1.2% in July and 0.03% in other months,
 * housing assessments 0.25% a month. 1 record in 500 is sent twice.
 */
final class SyntheticEvents {

    /** A line of events.csv and its place in the month's file (department, day, random). */
    record Row(int order, String line) {}

    private static final String[] PREFIX = {"YB", "WJ", "JY", "RS", "CL", "YJ", "ZJ", "GA"};
    private static final String[] DIAGNOSES = {"高血压", "糖尿病", "慢性心力衰竭", "肺炎", "脑梗死", "慢性肾病"};
    private static final String[] DISABILITY_TYPES = {
        "PHYSICAL", "VISUAL", "HEARING", "SPEECH", "INTELLECTUAL", "MENTAL", "MULTIPLE"
    };

    private final long[] counters = new long[PREFIX.length];
    private final String year;

    SyntheticEvents(long seed) {
        this.year = "S" + seed;
    }

    void household(
            List<SyntheticPeople.Person> members,
            LocalDate first,
            int days,
            SplittableRandom r,
            List<Row> rows) {
        int month = first.getMonthValue();
        for (SyntheticPeople.Person p : members) {
            int age = Period.between(p.birth(), first).getYears();
            if (age < 0) {
                continue;
            }
            person(p, age, first, days, r, rows);
        }
        SyntheticPeople.Person head = members.get(0);
        if (r.nextDouble() < (month == 7 ? 0.012 : 0.0003)) {
            int damage = r.nextInt(100);
            String housing = damage < 8 ? "DESTROYED" : damage < 40 ? "DAMAGED" : "NONE";
            long loss = Math.round(Math.exp(Math.log(300_000) + 1.1 * r.nextGaussian()));
            add(
                    rows,
                    r,
                    EventType.DISASTER_LOSS,
                    head,
                    day(first, days, r),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    yuan(loss),
                    housing,
                    "");
        }
        if (r.nextDouble() < 0.0025) {
            int g = r.nextInt(100);
            String grade = g < 40 ? "A" : g < 75 ? "B" : g < 93 ? "C" : "D";
            add(
                    rows,
                    r,
                    EventType.HOUSING_ASSESSED,
                    head,
                    day(first, days, r),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    grade);
        }
    }

    private void person(
            SyntheticPeople.Person p,
            int age,
            LocalDate first,
            int days,
            SplittableRandom r,
            List<Row> rows) {
        double medical = age < 18 ? 3 : age < 60 ? 5 : 13;
        for (int n = poisson(r, medical / 12); n > 0; n--) {
            medical(p, age, day(first, days, r), r, rows);
        }
        if (r.nextDouble() < 0.004 / 12) {
            add(
                    rows,
                    r,
                    EventType.SERIOUS_ILLNESS_DIAGNOSED,
                    p,
                    day(first, days, r),
                    "",
                    "",
                    "",
                    "",
                    DIAGNOSES[r.nextInt(DIAGNOSES.length)],
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "");
        }
        if (first.getMonthValue() == 9 && age >= 3 && age <= 22) {
            enrolment(p, age, first.plusDays(r.nextInt(10)), r, rows);
        }
        if (age >= 18 && age < 60 && r.nextDouble() < 0.015 / 12) {
            add(
                    rows,
                    r,
                    EventType.UNEMPLOYMENT_REGISTERED,
                    p,
                    day(first, days, r),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "");
        }
        if (r.nextDouble() < 0.005 / 12) {
            add(
                    rows,
                    r,
                    EventType.DISABILITY_CERTIFIED,
                    p,
                    day(first, days, r),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    Integer.toString(1 + r.nextInt(4)),
                    DISABILITY_TYPES[r.nextInt(DISABILITY_TYPES.length)],
                    "",
                    "",
                    "");
        }
        if (r.nextDouble() < (age >= 70 ? 0.03 : 0.002) / 12) {
            add(
                    rows,
                    r,
                    EventType.DEATH_REGISTERED,
                    p,
                    day(first, days, r),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "");
        }
    }

    /** A person in no household: medical settlements only. */
    void stranger(
            SyntheticPeople.Person p,
            LocalDate first,
            int days,
            SplittableRandom r,
            List<Row> rows) {
        for (int n = poisson(r, 1.0); n > 0; n--) {
            medical(p, 50, day(first, days, r), r, rows);
        }
    }

    private void medical(
            SyntheticPeople.Person p, int age, LocalDate on, SplittableRandom r, List<Row> rows) {
        boolean inpatient = r.nextDouble() < (age >= 60 ? 0.025 : 0.01);
        double median = inpatient ? 450_000 : 8_000;
        long total = Math.max(100, Math.round(Math.exp(Math.log(median) + 0.9 * r.nextGaussian())));
        long reimbursed = total * (inpatient ? 80 + r.nextInt(16) : 50 + r.nextInt(30)) / 100;
        add(
                rows,
                r,
                EventType.MEDICAL_SETTLEMENT,
                p,
                on,
                yuan(total),
                yuan(reimbursed),
                yuan(total - reimbursed),
                Boolean.toString(inpatient),
                DIAGNOSES[r.nextInt(DIAGNOSES.length)],
                "",
                "",
                "",
                "",
                "",
                "",
                "");
    }

    private void enrolment(
            SyntheticPeople.Person p, int age, LocalDate on, SplittableRandom r, List<Row> rows) {
        String stage;
        String fee = "";
        if (age < 6) {
            stage = "PRESCHOOL";
            fee = yuan(100_000 + r.nextInt(200_000));
        } else if (age < 12) {
            stage = "PRIMARY";
        } else if (age < 15) {
            stage = "JUNIOR";
        } else if (age < 18) {
            stage = r.nextInt(3) == 0 ? "VOCATIONAL" : "SENIOR";
            fee = yuan(150_000 + r.nextInt(250_000));
        } else if (r.nextInt(3) == 0) {
            stage = "UNDERGRADUATE";
            fee = yuan(400_000 + r.nextInt(300_000));
        } else {
            return;
        }
        add(
                rows,
                r,
                EventType.STUDENT_ENROLLED,
                p,
                on,
                "",
                "",
                "",
                "",
                "",
                stage,
                fee,
                "",
                "",
                "",
                "",
                "");
    }

    private void add(
            List<Row> rows,
            SplittableRandom r,
            EventType type,
            SyntheticPeople.Person p,
            LocalDate on,
            String... typed) {
        int source = type.source().ordinal();
        StringBuilder line = new StringBuilder(160);
        line.append(PREFIX[source])
                .append('-')
                .append(year)
                .append('-')
                .append(SyntheticPeople.padded(++counters[source], 9))
                .append(',')
                .append(type.source().name())
                .append(',')
                .append(type.name())
                .append(',')
                .append(p.id())
                .append(',')
                .append(on);
        for (String field : typed) {
            line.append(',').append(field);
        }
        line.append('\n');
        int order = source * 100_000_000 + (on.getDayOfMonth() - 1) * 1_000_000;
        Row row = new Row(order + r.nextInt(1_000_000), line.toString());
        rows.add(row);
        if (r.nextInt(500) == 0) {
            rows.add(new Row(order + r.nextInt(1_000_000), row.line()));
        }
    }

    private static LocalDate day(LocalDate first, int days, SplittableRandom r) {
        return first.plusDays(r.nextInt(days));
    }

    private static int poisson(SplittableRandom r, double mean) {
        double limit = Math.exp(-mean);
        double product = r.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= r.nextDouble();
            n++;
        }
        return n;
    }

    private static String yuan(long fen) {
        return fen / 100 + "." + SyntheticPeople.padded(fen % 100, 2);
    }
}
