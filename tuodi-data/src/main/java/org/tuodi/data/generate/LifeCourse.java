package org.tuodi.data.generate;

import java.util.SplittableRandom;

/**
 * 生命历程: what happens to a person within the generated period, drawn once with the household so that
 * every month's pass sees the same story: the month (0 = the first) of death, of a new
 * serious-illness diagnosis, of an unemployment registration and of a new disability certificate,
 * or {@link Draws#NEVER}; the day of the month of death; and the person's school track (a number in
 * [0, 1) deciding senior, vocational or university education).
 */
record LifeCourse(
        int death, int deathDay, int diagnosis, int unemployment, int certification, double track) {

    /**
     * Draws a person's course: always the same number of draws, so the draws that follow do not
     * depend on the outcome, and a longer period only reveals later events (a month index does not
     * depend on {@code months}, only whether it is within them).
     */
    static LifeCourse draw(
            SplittableRandom rng,
            int age,
            boolean ill,
            boolean disabled,
            boolean ableToWork,
            int months) {
        int band = Rates.band(age);
        double annualDeath = Rates.ANNUAL_DEATHS[band] * (ill ? Rates.ILL_DEATH_FACTOR : 1);
        int death = Draws.firstMonth(rng, annualDeath / 12, months);
        int deathDay = Draws.between(rng, 1, 31);
        int diagnosis = Draws.firstMonth(rng, ill ? 0 : Rates.DIAGNOSES[band], months);
        boolean workingAge = age >= 16 && age < 60 && ableToWork;
        int unemployment = Draws.firstMonth(rng, workingAge ? Rates.UNEMPLOYMENT : 0, months);
        int certification = Draws.firstMonth(rng, disabled ? 0 : Rates.CERTIFICATIONS, months);
        double track = rng.nextDouble();
        return new LifeCourse(death, deathDay, diagnosis, unemployment, certification, track);
    }

    /** 16 to 59 and able to work: who can register as unemployed. */
    static boolean isWorkingAge(int age, boolean ableToWork) {
        return age >= 16 && age < 60 && ableToWork;
    }

    /** The same course with an earlier unemployment registration (a layoff). */
    LifeCourse registeredUnemployedIn(int month) {
        return month >= unemployment
                ? this
                : new LifeCourse(death, deathDay, diagnosis, month, certification, track);
    }

    /** Whether the person is alive at the start of month {@code m}. */
    boolean isAliveIn(int m) {
        return death >= m;
    }
}
