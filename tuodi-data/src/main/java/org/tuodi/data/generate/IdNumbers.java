package org.tuodi.data.generate;

import java.time.LocalDate;
import java.time.Year;
import org.tuodi.core.household.NationalId;

/**
 * 身份号码分配: gives each generated person a resident identity number that is unique in the province:
 * the county's address code, a birth date in the person's birth year, a sequence number that is odd
 * for men and even for women (GB 11643), and the ISO 7064 check character.
 *
 * <p>Uniqueness without remembering the numbers: the {@code n}-th person of a (county, birth year,
 * sex) gets day {@code (113·n + offset) mod daysInYear} of the year (113 is prime to 365 and 366,
 * so the first 365 people of a cell get different days) and sequence block {@code n / daysInYear},
 * so two people of a cell never share both. The state is one counter per (county, year, sex): about
 * 70,000 ints for Henan, whatever the scale. Counters depend on the households before, so every
 * pass over the households starts from {@link #reset()} and replays them in order.
 */
final class IdNumbers {

    static final int FIRST_YEAR = 1900;
    private static final int YEARS = 200;
    private static final int STRIDE = 113;
    private static final int BLOCKS = 500;

    private final long seed;
    private final int[] counters;

    IdNumbers(long seed, int counties) {
        this.seed = seed;
        this.counters = new int[counties * YEARS * 2];
    }

    /** Starts a new pass over the households from the first. */
    void reset() {
        java.util.Arrays.fill(counters, 0);
    }

    /** The birth date the next person of the cell gets; call {@link #number} with it next. */
    Person next(int county, String countyCode, int birthYear, boolean male) {
        if (birthYear < FIRST_YEAR || birthYear >= FIRST_YEAR + YEARS) {
            throw new IllegalArgumentException("birth year out of range: " + birthYear);
        }
        int cell = (county * YEARS + birthYear - FIRST_YEAR) * 2 + (male ? 1 : 0);
        int n = counters[cell]++;
        int days = Year.of(birthYear).length();
        long hash = Seeds.hash(seed, cell, 0x1d);
        int dayOffset = (int) Long.remainderUnsigned(hash, days);
        int blockOffset = (int) Long.remainderUnsigned(hash >>> 20, BLOCKS);
        int block = n / days;
        if (block >= BLOCKS) {
            throw new IllegalStateException(
                    "more than " + days * BLOCKS + " people in one county, year and sex");
        }
        int day = (int) ((STRIDE * (long) (n % days) + dayOffset) % days);
        LocalDate birth = LocalDate.ofYearDay(birthYear, day + 1);
        int sequence = 2 * ((block + blockOffset) % BLOCKS) + (male ? 1 : 0);
        return new Person(birth, number(countyCode, birth, sequence));
    }

    /** The 18-character number: address code, yyyymmdd, 3-digit sequence, check character. */
    static String number(String countyCode, LocalDate birth, int sequence) {
        StringBuilder first17 = new StringBuilder(18).append(countyCode);
        first17.append(birth.getYear());
        pad2(first17, birth.getMonthValue());
        pad2(first17, birth.getDayOfMonth());
        if (sequence < 100) {
            first17.append('0');
        }
        if (sequence < 10) {
            first17.append('0');
        }
        first17.append(sequence);
        return first17.append(NationalId.checkCharacter(first17.toString())).toString();
    }

    private static void pad2(StringBuilder sb, int value) {
        if (value < 10) {
            sb.append('0');
        }
        sb.append(value);
    }

    /** A birth date and the identity number that carries it. */
    record Person(LocalDate birthDate, String idNumber) {}
}
