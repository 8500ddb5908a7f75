package org.tuodi.data.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tuodi.core.household.DisabilityType;
import org.tuodi.core.household.LaborCapacity;
import org.tuodi.core.household.Residence;

/**
 * 家庭生成: derives household {@code i} of a synthetic province from the seed and {@code i} alone (its
 * structure stream), except the identity numbers, whose sequence comes from {@link IdNumbers}: call
 * {@link #derive} for households 0, 1, 2, … in order after {@link IdNumbers#reset()}, and every
 * pass gives the same households.
 */
final class HouseholdFactory {

    private final long seed;
    private final int months;
    private final int startYear;
    private final PopulationPlan plan;
    private final Province province;
    private final Shocks shocks;
    private final IdNumbers ids;

    HouseholdFactory(
            long seed,
            int months,
            int startYear,
            PopulationPlan plan,
            Province province,
            Shocks shocks,
            IdNumbers ids) {
        this.seed = seed;
        this.months = months;
        this.startYear = startYear;
        this.plan = plan;
        this.province = province;
        this.shocks = shocks;
        this.ids = ids;
    }

    /** The household id: province code and 1-based index, e.g. {@code 41-00000001}. */
    String householdId(long index) {
        return province.code().shortCode() + "-" + padded(index + 1, 8);
    }

    SyntheticHousehold derive(long index) {
        SplittableRandom rng = Seeds.stream(seed, Seeds.STRUCTURE, index);
        Stratum stratum = plan.stratumOf(seed, index);
        Residence residence =
                Draws.chance(rng, stratum.ruralShare()) ? Residence.RURAL : Residence.URBAN;
        int village = province.pickVillage(rng, residence);
        int size = 1 + Draws.weighted(rng, stratum.sizeWeights());
        double standard =
                residence == Residence.RURAL ? Rates.RURAL_STANDARD : Rates.URBAN_STANDARD;
        double multiple = Draws.uniform(rng, stratum.incomeLow(), stratum.incomeHigh());
        long income = Draws.fen(Math.floor(multiple * standard));
        int county = province.countyOf(village);
        int[] layoffs = shocks.layoffMonths(county);
        List<SyntheticMember> members = new ArrayList<>(size);
        for (FamilyComposition.Role role :
                FamilyComposition.compose(rng, stratum, size, startYear)) {
            long person = index * 16 + members.size();
            members.add(member(rng, stratum, role, county, layoffs, person));
        }
        boolean rural = residence == Residence.RURAL;
        int housing = Draws.firstMonth(rng, rural ? Rates.HOUSING_ASSESSMENTS : 0, months);
        return new SyntheticHousehold(
                index, householdId(index), village, stratum, residence, income, members, housing);
    }

    private SyntheticMember member(
            SplittableRandom rng,
            Stratum stratum,
            FamilyComposition.Role role,
            int county,
            int[] layoffs,
            long personKey) {
        IdNumbers.Person person =
                ids.next(county, province.countyCode(county), role.birthYear(), role.male());
        int age = startYear - role.birthYear();
        int band = Rates.band(age);
        int grade = 0;
        DisabilityType type = null;
        boolean disabled =
                Draws.chance(rng, stratum.disabilityRate() * Rates.DISABILITY_AGE_FACTOR[band]);
        int gradeIndex = Draws.weighted(rng, Rates.DISABILITY_GRADES);
        int typeIndex = Draws.weighted(rng, Rates.DISABILITY_TYPES);
        if (role.severelyDisabled()) {
            grade = 1 + Math.min(gradeIndex, 1);
            type = DisabilityType.values()[typeIndex];
        } else if (disabled) {
            grade = 1 + gradeIndex;
            type = DisabilityType.values()[typeIndex];
        }
        boolean ill =
                Draws.chance(rng, stratum.seriousIllnessRate() * Rates.ILLNESS_AGE_FACTOR[band]);
        LaborCapacity labor = labor(age, grade, ill);
        boolean able = labor != LaborCapacity.NONE;
        LifeCourse course = LifeCourse.draw(rng, age, ill, grade > 0, able, months);
        if (LifeCourse.isWorkingAge(age, able)) {
            course = laidOff(course, layoffs, personKey);
        }
        return new SyntheticMember(
                role.relation(),
                role.male(),
                age,
                person.birthDate(),
                person.idNumber(),
                labor,
                grade,
                type,
                ill,
                course);
    }

    /**
     * A layoff in the county registers a person able to work with {@link
     * Rates#LAYOFF_REGISTRATION}'s chance. The chance is a hash of (seed, person, month), not a
     * draw, so the shocks never shift the household's other draws.
     */
    private LifeCourse laidOff(LifeCourse course, int[] layoffs, long person) {
        for (int month : layoffs) {
            long hash = Seeds.hash(seed ^ Seeds.LAYOFFS, person, month);
            if ((hash >>> 11) * 0x1.0p-53 < Rates.LAYOFF_REGISTRATION) {
                course = course.registeredUnemployedIn(month);
            }
        }
        return course;
    }

    /** 劳动能力: none under 16, from 70 or with a grade 1–2 disability; partial when old or ill. */
    static LaborCapacity labor(int age, int disabilityGrade, boolean ill) {
        if (age < 16 || age >= 70 || (disabilityGrade > 0 && disabilityGrade <= 2)) {
            return LaborCapacity.NONE;
        }
        if (age >= 60 || disabilityGrade > 0 || ill) {
            return LaborCapacity.PARTIAL;
        }
        return LaborCapacity.FULL;
    }

    /** A number with leading zeros to the width (longer numbers are kept whole). */
    static String padded(long number, int width) {
        String digits = Long.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
