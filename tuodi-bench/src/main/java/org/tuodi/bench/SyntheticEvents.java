package org.tuodi.bench;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.tuodi.core.event.EventType;

/**
 * The department records of a synthetic data set, one household-month at a time, drawn to look like
 * the province generator's (about 10 records per household and year, 9 in 10 of them medical
 * settlements). Rates are per person and year unless stated: medical settlements 3 (under 18), 4
 * (18–59), 7 (60 and over), of which 2.5% (5% from 60) inpatient, out of pocket a uniform share of
 * a lognormal cost; serious-illness diagnoses 0.4%; an enrolment each September for ages 3–22;
 * unemployment registrations 1.5% (18–59); disability certifications 0.5%; deaths 3% from 70, 0.2%
 * below; per household, disaster losses 1.2% in July and 0.03% in other months, housing assessments
 * 0.25% a month. 1 record in 500 is sent twice. About 3% of households alert in a year.
 *
 * <p>Longer than our 150 lines: eight record types, each a few lines of draws; split up, the mix
 * would no longer read in one place.
 */
final class SyntheticEvents {

    /** A line of events.csv and its place in the month's file (department, day, random). */
    record Row(int order, String line) {}

    /** The columns of events.csv after the five common ones. */
    private static final List<String> TYPED =
            List.of(
                    "total_cost",
                    "reimbursed",
                    "out_of_pocket",
                    "inpatient",
                    "diagnosis",
                    "stage",
                    "annual_fee",
                    "disability_grade",
                    "disability_type",
                    "loss_amount",
                    "housing_damage",
                    "housing_grade");

    private static final String[] PREFIX = {"YB", "WJ", "JY", "RS", "CL", "YJ", "ZJ", "GA"};
    private static final String[] DIAGNOSES = {"高血压", "糖尿病", "慢性心力衰竭", "肺炎", "脑梗死", "慢性肾病"};
    private static final String[] DISABILITY_TYPES = {
        "PHYSICAL", "VISUAL", "HEARING", "SPEECH", "INTELLECTUAL", "MENTAL", "MULTIPLE"
    };

    private final long[] counters = new long[PREFIX.length];
    private final String series;

    // the household-month being drawn
    private List<Row> rows;
    private SplittableRandom r;
    private LocalDate first;
    private int days;

    SyntheticEvents(long seed) {
        this.series = "S" + seed;
    }

    /** Draws the records of a household's members in the month starting on {@code first}. */
    void household(
            List<SyntheticPeople.Person> members,
            LocalDate first,
            int days,
            SplittableRandom random,
            List<Row> into) {
        start(first, days, random, into);
        for (SyntheticPeople.Person p : members) {
            int age = Period.between(p.birth(), first).getYears();
            if (age >= 0) {
                person(p, age);
            }
        }
        SyntheticPeople.Person head = members.get(0);
        if (r.nextDouble() < (first.getMonthValue() == 7 ? 0.012 : 0.0003)) {
            int damage = r.nextInt(100);
            String housing = damage < 8 ? "DESTROYED" : damage < 40 ? "DAMAGED" : "NONE";
            long loss = Math.round(Math.exp(Math.log(300_000) + 1.1 * r.nextGaussian()));
            add(
                    EventType.DISASTER_LOSS,
                    head,
                    day(),
                    "loss_amount",
                    yuan(loss),
                    "housing_damage",
                    housing);
        }
        if (r.nextDouble() < 0.0025) {
            int g = r.nextInt(100);
            String grade = g < 40 ? "A" : g < 75 ? "B" : g < 93 ? "C" : "D";
            add(EventType.HOUSING_ASSESSED, head, day(), "housing_grade", grade);
        }
    }

    private void start(LocalDate first, int days, SplittableRandom random, List<Row> into) {
        this.first = first;
        this.days = days;
        this.r = random;
        this.rows = into;
    }

    private void person(SyntheticPeople.Person p, int age) {
        double medical = age < 18 ? 3 : age < 60 ? 4 : 7;
        for (int n = poisson(medical / 12); n > 0; n--) {
            medical(p, age, day());
        }
        if (r.nextDouble() < 0.004 / 12) {
            String diagnosis = DIAGNOSES[r.nextInt(DIAGNOSES.length)];
            add(EventType.SERIOUS_ILLNESS_DIAGNOSED, p, day(), "diagnosis", diagnosis);
        }
        if (first.getMonthValue() == 9 && age >= 3 && age <= 22) {
            enrolment(p, age, first.plusDays(r.nextInt(10)));
        }
        if (age >= 18 && age < 60 && r.nextDouble() < 0.015 / 12) {
            add(EventType.UNEMPLOYMENT_REGISTERED, p, day());
        }
        if (r.nextDouble() < 0.005 / 12) {
            String grade = Integer.toString(1 + r.nextInt(4));
            String type = DISABILITY_TYPES[r.nextInt(DISABILITY_TYPES.length)];
            add(
                    EventType.DISABILITY_CERTIFIED,
                    p,
                    day(),
                    "disability_grade",
                    grade,
                    "disability_type",
                    type);
        }
        if (r.nextDouble() < (age >= 70 ? 0.03 : 0.002) / 12) {
            add(EventType.DEATH_REGISTERED, p, day());
        }
    }

    /** A person in no household: medical settlements only. */
    void stranger(
            SyntheticPeople.Person p,
            LocalDate first,
            int days,
            SplittableRandom random,
            List<Row> into) {
        start(first, days, random, into);
        for (int n = poisson(1.0); n > 0; n--) {
            medical(p, 50, day());
        }
    }

    private void medical(SyntheticPeople.Person p, int age, LocalDate on) {
        boolean inpatient = r.nextDouble() < (age >= 60 ? 0.05 : 0.025);
        double median = inpatient ? 400_000 : 10_000;
        long total = Math.max(100, Math.round(Math.exp(Math.log(median) + 0.9 * r.nextGaussian())));
        long reimbursed = total * (inpatient ? 75 + r.nextInt(15) : 40 + r.nextInt(30)) / 100;
        String diagnosis = DIAGNOSES[r.nextInt(DIAGNOSES.length)];
        add(
                EventType.MEDICAL_SETTLEMENT,
                p,
                on,
                "total_cost",
                yuan(total),
                "reimbursed",
                yuan(reimbursed),
                "out_of_pocket",
                yuan(total - reimbursed),
                "inpatient",
                Boolean.toString(inpatient),
                "diagnosis",
                diagnosis);
    }

    private void enrolment(SyntheticPeople.Person p, int age, LocalDate on) {
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
        add(EventType.STUDENT_ENROLLED, p, on, "stage", stage, "annual_fee", fee);
    }

    /** Adds a record; {@code typed} are column, value pairs (other columns stay empty). */
    private void add(EventType type, SyntheticPeople.Person p, LocalDate on, String... typed) {
        String[] cells = new String[TYPED.size()];
        Arrays.fill(cells, "");
        for (int i = 0; i < typed.length; i += 2) {
            cells[TYPED.indexOf(typed[i])] = typed[i + 1];
        }
        int source = type.source().ordinal();
        String line =
                PREFIX[source]
                        + '-'
                        + series
                        + '-'
                        + SyntheticPeople.padded(++counters[source], 9)
                        + ','
                        + type.source().name()
                        + ','
                        + type.name()
                        + ','
                        + p.id()
                        + ','
                        + on
                        + ','
                        + String.join(",", cells)
                        + '\n';
        int order = source * 100_000_000 + (on.getDayOfMonth() - 1) * 1_000_000;
        rows.add(new Row(order + r.nextInt(1_000_000), line));
        if (r.nextInt(500) == 0) {
            rows.add(new Row(order + r.nextInt(1_000_000), line));
        }
    }

    private LocalDate day() {
        return first.plusDays(r.nextInt(days));
    }

    private int poisson(double mean) {
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
