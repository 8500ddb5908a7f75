package org.tuodi.bench;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.region.Region;

/**
 * The households and members of a synthetic data set (formats.md v1): real Henan villages, valid
 * and unique identity numbers, a plausible mix of categories, ages, disabilities and illnesses;
 * household sizes as the province generator's (54% live alone, 1.9 members on average).
 * Deterministic for a seed. Not the province generator ({@code tuodi generate}): a stand-in for
 * benchmarking until it is merged, and the in-memory mix of the JMH benchmark.
 */
final class SyntheticPeople {

    /** One member as the event mix needs it. */
    record Person(String id, LocalDate birth, int household) {}

    private static final String[] CATEGORIES = {
        "DIBAO",
        "DIBAO",
        "DIBAO",
        "TEKUN",
        "DIBAO_EDGE",
        "DIBAO_EDGE",
        "RELAPSE_MONITORED",
        "OTHER_LOW_INCOME",
        "RIGID_EXPENDITURE;DIBAO_EDGE"
    };
    private static final String[] DISABILITY_TYPES = {
        "PHYSICAL", "VISUAL", "HEARING", "SPEECH", "INTELLECTUAL", "MENTAL", "MULTIPLE"
    };

    private final List<Person> persons = new ArrayList<>();
    private final Map<Long, Integer> nextSequence = new HashMap<>();

    List<Person> persons() {
        return persons;
    }

    /** Writes households.csv and members.csv for {@code count} households, ids H0000001…. */
    void write(List<Region> villages, int count, long seed, LocalDate asOf, Writer hh, Writer mem)
            throws IOException {
        hh.write(
                "household_id,region_code,categories,residence,per_capita_monthly_income,address\n");
        mem.write(
                "household_id,id_number,name,relation,labor_capacity,disability_grade,"
                        + "disability_type,serious_illness,phone\n");
        for (int h = 0; h < count; h++) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + h);
            String id = householdId(h);
            String region = villages.get(random.nextInt(villages.size())).code().value();
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            String residence = random.nextInt(5) == 0 ? "URBAN" : "RURAL";
            int income = 250 + random.nextInt(1200);
            hh.write(String.join(",", id, region, category, residence, income + ".00", "") + "\n");
            writeMembers(mem, random, h, region.substring(0, 6), asOf);
        }
    }

    static String householdId(int h) {
        return "H" + padded(h + 1, 7);
    }

    private void writeMembers(
            Writer mem, SplittableRandom random, int h, String county, LocalDate asOf)
            throws IOException {
        int roll = random.nextInt(100);
        int size = roll < 54 ? 1 : roll < 74 ? 2 : roll < 87 ? 3 : roll < 95 ? 4 : 5;
        int headAge = size == 1 ? 45 + random.nextInt(50) : 25 + random.nextInt(60);
        for (int m = 0; m < size; m++) {
            String relation;
            int age;
            if (m == 0) {
                relation = "HEAD";
                age = headAge;
            } else if (m == 1 && size > 2) {
                relation = "SPOUSE";
                age = Math.max(20, headAge - 5 + random.nextInt(10));
            } else if (m == 4 || (m == 1 && headAge < 55 && random.nextBoolean())) {
                relation = "PARENT";
                age = Math.min(99, headAge + 22 + random.nextInt(10));
            } else {
                relation = "CHILD";
                age = Math.max(0, headAge - 22 - random.nextInt(15));
            }
            LocalDate birth = asOf.minusYears(age).minusDays(random.nextInt(365));
            String idNumber = newId(county, birth, random);
            persons.add(new Person(idNumber, birth, h));
            String grade = "";
            String type = "";
            if (random.nextInt(100) < 6) {
                grade = Integer.toString(1 + random.nextInt(4));
                type = DISABILITY_TYPES[random.nextInt(DISABILITY_TYPES.length)];
            }
            String labor =
                    age < 16 || age >= 70 ? "NONE" : random.nextInt(4) == 0 ? "PARTIAL" : "FULL";
            boolean ill = random.nextInt(100) < 3;
            mem.write(
                    String.join(
                                    ",",
                                    householdId(h),
                                    idNumber,
                                    "成员" + (m + 1),
                                    relation,
                                    labor,
                                    grade,
                                    type,
                                    Boolean.toString(ill),
                                    "")
                            + "\n");
        }
    }

    /** A valid identity number not given before: county, birth date, next free sequence. */
    String newId(String county, LocalDate birth, SplittableRandom random) {
        String birthText =
                padded(birth.getYear(), 4)
                        + padded(birth.getMonthValue(), 2)
                        + padded(birth.getDayOfMonth(), 2);
        long cell = Long.parseLong(county + birthText);
        int sequence = nextSequence.merge(cell, 1 + random.nextInt(20), Integer::sum);
        if (sequence > 999) {
            throw new IllegalStateException("more than 999 persons born on one day in " + county);
        }
        String first17 = county + birthText + padded(sequence, 3);
        return first17 + NationalId.checkCharacter(first17);
    }

    /** The number with leading zeros to {@code width} digits. */
    static String padded(long n, int width) {
        String digits = Long.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
