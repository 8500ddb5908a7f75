package org.tuodi.data.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tuodi.core.household.Relation;

/**
 * 家庭结构: who lives in a generated household: the head, perhaps a spouse, children, grandchildren
 * left with their grandparents (留守), or an old parent, with birth years that fit the roles.
 * Children are born 20–38 years after both the head and the spouse, grandchildren at least 38 years
 * after them, a parent 20–32 years before the head, so every gap is at least 18 full years. A 特困
 * household is one old or severely disabled person (or, rarely, a minor), sometimes two.
 */
final class FamilyComposition {

    /**
     * One member's place in the family: relation, sex, birth year, and forced severe disability.
     */
    record Role(Relation relation, boolean male, int birthYear, boolean severelyDisabled) {}

    private FamilyComposition() {}

    /**
     * The members of a household of {@code size}, in the generated period starting in {@code year}.
     */
    static List<Role> compose(SplittableRandom rng, Stratum stratum, int size, int year) {
        List<Role> roles = new ArrayList<>(size);
        if (stratum == Stratum.TEKUN) {
            tekun(rng, size, year, roles);
        } else if (size == 1) {
            boolean old = Draws.chance(rng, Math.min(1, stratum.elderlyLean() + 0.1));
            int age = old ? elderlyAge(rng) : Draws.between(rng, 25, 59);
            roles.add(new Role(Relation.HEAD, Draws.chance(rng, 0.55), year - age, false));
        } else if (Draws.chance(rng, stratum.elderlyLean())) {
            elderlyHeaded(rng, size, year, roles);
        } else {
            working(rng, size, year, roles);
        }
        return roles;
    }

    private static void tekun(SplittableRandom rng, int size, int year, List<Role> roles) {
        int kind = Draws.weighted(rng, new double[] {0.80, 0.17, 0.03});
        boolean male = Draws.chance(rng, 0.62);
        int age;
        if (kind == 0) {
            age = elderlyAge(rng);
        } else if (kind == 1) {
            age = Draws.between(rng, 18, 59);
        } else {
            age = Draws.between(rng, 6, 17);
        }
        roles.add(new Role(Relation.HEAD, male, year - age, kind == 1));
        if (size > 1) {
            // An old couple or two old siblings; a disabled adult or a minor lives with a sibling.
            boolean spouse = kind == 0 && Draws.chance(rng, 0.6);
            int other = age + Draws.between(rng, -4, 4);
            other = kind == 0 ? Math.max(60, Math.min(98, other)) : Math.max(6, other);
            roles.add(
                    new Role(
                            spouse ? Relation.SPOUSE : Relation.SIBLING,
                            spouse ? !male : Draws.chance(rng, 0.5),
                            year - other,
                            false));
        }
    }

    private static void elderlyHeaded(SplittableRandom rng, int size, int year, List<Role> roles) {
        int headYear = year - elderlyAge(rng, 88);
        boolean male = Draws.chance(rng, 0.7);
        roles.add(new Role(Relation.HEAD, male, headYear, false));
        int youngest = headYear;
        if (Draws.chance(rng, 0.7)) {
            int spouseYear = headYear + Draws.between(rng, -3, 5);
            roles.add(new Role(Relation.SPOUSE, !male, spouseYear, false));
            youngest = Math.max(youngest, spouseYear);
        }
        while (roles.size() < size) {
            int low = youngest + 38;
            int high = year - 1;
            if (low <= high && Draws.chance(rng, 0.65)) {
                int grandchild = Math.max(low, high - Draws.between(rng, 0, 16));
                roles.add(
                        new Role(Relation.GRANDCHILD, Draws.chance(rng, 0.52), grandchild, false));
            } else {
                roles.add(
                        new Role(
                                Relation.CHILD,
                                Draws.chance(rng, 0.52),
                                child(rng, youngest, year),
                                false));
            }
        }
    }

    private static void working(SplittableRandom rng, int size, int year, List<Role> roles) {
        int headAge = Draws.between(rng, 24, 59);
        boolean male = Draws.chance(rng, 0.75);
        int headYear = year - headAge;
        roles.add(new Role(Relation.HEAD, male, headYear, false));
        int youngest = headYear;
        if (Draws.chance(rng, 0.8)) {
            int spouseYear = Math.min(year - 22, headYear + Draws.between(rng, -3, 5));
            roles.add(new Role(Relation.SPOUSE, !male, spouseYear, false));
            youngest = Math.max(youngest, spouseYear);
        }
        if (roles.size() < size && headAge >= 40 && headAge <= 65 && Draws.chance(rng, 0.3)) {
            int parentYear = Math.max(year - 98, headYear - Draws.between(rng, 20, 32));
            roles.add(new Role(Relation.PARENT, Draws.chance(rng, 0.4), parentYear, false));
        }
        while (roles.size() < size) {
            roles.add(
                    new Role(
                            Relation.CHILD,
                            Draws.chance(rng, 0.52),
                            child(rng, youngest, year),
                            false));
        }
    }

    /** A child's birth year: 20–38 years after the younger parent, at least a year before now. */
    private static int child(SplittableRandom rng, int youngestParent, int year) {
        int low = youngestParent + 20;
        int high = Math.min(youngestParent + 38, year - 1);
        if (low > high) {
            throw new IllegalStateException("no room for a child after " + youngestParent);
        }
        return Draws.between(rng, low, high);
    }

    /** 60 to 95, most in their late sixties and seventies (mean about 73). */
    static int elderlyAge(SplittableRandom rng) {
        return elderlyAge(rng, 95);
    }

    /**
     * 60 to {@code oldest}: a triangular draw on [0, 1) bent towards the young end, so that no
     * single age stands out (neither a spike at 60 nor one at the oldest age).
     */
    static int elderlyAge(SplittableRandom rng, int oldest) {
        double triangular = (rng.nextDouble() + rng.nextDouble()) / 2;
        return 60 + (int) ((oldest - 59) * StrictMath.pow(triangular, 1.5));
    }
}
