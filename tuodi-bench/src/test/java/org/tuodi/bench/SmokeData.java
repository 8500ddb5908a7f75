package org.tuodi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.tuodi.core.household.NationalId;

/**
 * A tiny data set in formats.md v1 for the smoke test, written programmatically and
 * deterministically: named scenario households at the edges of the reference rule set (each
 * indicator, thresholds reached exactly, 6- and 12-month windows ending on month ends and 29
 * February, a 29 February birthday, escalations, duplicates, unmatched persons, rejected rows),
 * then a few hundred random households whose records fall on month ends and near thresholds. All
 * records are written in date order, as the generator writes them.
 *
 * <p>Longer than our 150 lines: the random part draws every record type and its fields.
 */
final class SmokeData {

    /** Columns of events.csv after the five common ones. */
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

    private record Event(LocalDate on, int order, String line) {}

    private final StringBuilder households = new StringBuilder();
    private final StringBuilder members = new StringBuilder();
    private final List<Event> events = new ArrayList<>();
    private int sequence;
    private int eventNumber;

    static void write(Path dir) throws IOException {
        SmokeData data = new SmokeData();
        SmokeScenarios.addTo(data);
        data.randomHouseholds(new Random(20240229), 300);
        data.writeFiles(dir);
    }

    /** A household; returns its id. */
    String household(String id, int village, String categories) {
        households
                .append(id)
                .append(",4111221012")
                .append(String.format("%02d", village))
                .append(',')
                .append(categories)
                .append(",RURAL,500.00,\n");
        return id;
    }

    /** A member; returns the identity number. */
    String member(
            String household,
            LocalDate birth,
            String relation,
            String grade,
            String type,
            boolean ill) {
        String id = idNumber(birth);
        members.append(
                        String.join(
                                ",",
                                household,
                                id,
                                "成员",
                                relation,
                                "",
                                grade,
                                type,
                                Boolean.toString(ill),
                                ""))
                .append('\n');
        return id;
    }

    String idNumber(LocalDate birth) {
        String first17 =
                "411122"
                        + birth.toString().replace("-", "")
                        + String.format("%03d", ++sequence % 1000);
        return first17 + NationalId.checkCharacter(first17);
    }

    /** A raw line of households.csv or members.csv (for rows meant to be rejected). */
    void rawHousehold(String line) {
        households.append(line).append('\n');
    }

    void rawMember(String line) {
        members.append(line).append('\n');
    }

    /** A record with a fresh key; the typed fields are column=value pairs. Returns the key. */
    String event(String person, LocalDate on, String type, String... fields) {
        String key = "E" + String.format("%06d", ++eventNumber);
        eventWithKey(key, person, on, type, fields);
        return key;
    }

    void eventWithKey(String key, String person, LocalDate on, String type, String... fields) {
        eventFrom(sourceOf(type), key, person, on, type, fields);
    }

    void eventFrom(
            String source, String key, String person, LocalDate on, String type, String... fields) {
        String[] typed = new String[TYPED.size()];
        java.util.Arrays.fill(typed, "");
        for (String f : fields) {
            int eq = f.indexOf('=');
            typed[TYPED.indexOf(f.substring(0, eq))] = f.substring(eq + 1);
        }
        String line =
                String.join(",", key, source, type, person, on.toString())
                        + ","
                        + String.join(",", typed);
        events.add(new Event(on, events.size(), line));
    }

    static String sourceOf(String type) {
        return org.tuodi.core.event.EventType.valueOf(type).source().name();
    }

    private void randomHouseholds(Random r, int count) {
        LocalDate[] births = {
            LocalDate.of(1952, 2, 29), LocalDate.of(1956, 2, 29), LocalDate.of(1953, 3, 31),
            LocalDate.of(1954, 12, 31), LocalDate.of(1985, 6, 15), LocalDate.of(2008, 9, 1)
        };
        for (int h = 0; h < count; h++) {
            String id =
                    household(
                            String.format("R%04d", h),
                            1 + r.nextInt(13),
                            r.nextInt(4) == 0 ? "DIBAO;TEKUN" : "DIBAO");
            List<String> persons = new ArrayList<>();
            int size = 1 + r.nextInt(4);
            for (int m = 0; m < size; m++) {
                LocalDate birth =
                        r.nextInt(3) == 0
                                ? births[r.nextInt(births.length)]
                                : LocalDate.of(
                                        1940 + r.nextInt(70), 1 + r.nextInt(12), 1 + r.nextInt(28));
                int disability = r.nextInt(8);
                persons.add(
                        member(
                                id,
                                birth,
                                m == 0 ? "HEAD" : "CHILD",
                                disability < 4 ? Integer.toString(disability + 1) : "",
                                disability < 4 ? (r.nextBoolean() ? "MENTAL" : "PHYSICAL") : "",
                                r.nextInt(10) == 0));
            }
            for (int e = 3 + r.nextInt(20); e > 0; e--) {
                randomEvent(r, persons.get(r.nextInt(size)));
            }
        }
    }

    private void randomEvent(Random r, String person) {
        LocalDate on = randomDay(r);
        String[] oop = {
            "35.50", "2500.00", "2500.01", "4999.99", "5000.00", "10000.00", "20000.00"
        };
        String[] stages = {"PRIMARY", "SENIOR", "VOCATIONAL", "UNDERGRADUATE"};
        String[] damages = {"NONE", "DAMAGED", "DESTROYED"};
        int kind = r.nextInt(20);
        String type;
        List<String> fields = new ArrayList<>();
        if (kind < 10) {
            type = "MEDICAL_SETTLEMENT";
            fields.add("out_of_pocket=" + oop[r.nextInt(oop.length)]);
            int inpatient = r.nextInt(3);
            fields.add(
                    inpatient == 0
                            ? "inpatient=true"
                            : inpatient == 1 ? "inpatient=false" : "total_cost=99999.00");
        } else if (kind == 10) {
            type = "SERIOUS_ILLNESS_DIAGNOSED";
            fields.add("diagnosis=肺癌");
        } else if (kind == 11) {
            type = "STUDENT_ENROLLED";
            fields.add("stage=" + stages[r.nextInt(stages.length)]);
            if (r.nextInt(3) > 0) {
                fields.add(r.nextBoolean() ? "annual_fee=2500.00" : "annual_fee=0.00");
            }
        } else if (kind == 12) {
            type = "UNEMPLOYMENT_REGISTERED";
        } else if (kind == 13) {
            type = "DISABILITY_CERTIFIED";
            fields.add("disability_grade=" + (1 + r.nextInt(4)));
            fields.add("disability_type=VISUAL");
        } else if (kind == 14) {
            type = "DISASTER_LOSS";
            if (r.nextInt(3) > 0) {
                fields.add(r.nextBoolean() ? "loss_amount=5000.00" : "loss_amount=9999.99");
            }
            if (r.nextInt(4) > 0) {
                fields.add("housing_damage=" + damages[r.nextInt(damages.length)]);
            }
        } else if (kind < 18) {
            type = "HOUSING_ASSESSED";
            fields.add("housing_grade=" + "ABCD".charAt(r.nextInt(4)));
        } else {
            type = "DEATH_REGISTERED";
        }
        String key = event(person, on, type, fields.toArray(new String[0]));
        if (r.nextInt(40) == 0) {
            // sent again up to four days later, a settlement with a much larger amount: only the
            // first counts
            if (type.equals("MEDICAL_SETTLEMENT")) {
                fields.set(0, "out_of_pocket=30000.00");
            }
            eventWithKey(
                    key, person, on.plusDays(r.nextInt(5)), type, fields.toArray(new String[0]));
        }
    }

    /** Month ends, 29 February, the first of March, or any day of 2022–2024. */
    private static LocalDate randomDay(Random r) {
        int year = 2022 + r.nextInt(3);
        int month = 1 + r.nextInt(12);
        LocalDate first = LocalDate.of(year, month, 1);
        switch (r.nextInt(4)) {
            case 0:
                return first.plusMonths(1).minusDays(1);
            case 1:
                return first;
            default:
                return first.plusDays(r.nextInt(first.lengthOfMonth()));
        }
    }

    private void writeFiles(Path dir) throws IOException {
        Files.writeString(
                dir.resolve("households.csv"),
                "household_id,region_code,categories,residence,per_capita_monthly_income,address\n"
                        + households,
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("members.csv"),
                "household_id,id_number,name,relation,labor_capacity,disability_grade,disability_type,serious_illness,phone\n"
                        + members,
                StandardCharsets.UTF_8);
        events.sort(Comparator.comparing(Event::on).thenComparingInt(Event::order));
        StringBuilder out = new StringBuilder(SyntheticData.EVENTS_HEADER);
        events.forEach(e -> out.append(e.line()).append('\n'));
        Files.writeString(dir.resolve("events.csv"), out, StandardCharsets.UTF_8);
    }
}
