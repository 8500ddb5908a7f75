package org.tuodi.server.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.event.MedicalSettlement;
import org.tuodi.core.event.Source;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.Member;
import org.tuodi.core.shared.Yuan;

/**
 * 大额医疗冲击: the seed story on demand. Shock {@code n} is a hospital stay of the oldest member, 60 or
 * over, of one household of 繁城回族镇 (the households with such a member take turns), costing ¥40,000
 * to ¥120,000 of which 20–45% is left to pay: always past the ¥5,000 of out-of-pocket spending that
 * raises an alert on its own, often past ¥20,000 (紧急). The same seed and number give the same bill,
 * with the id {@code SIM-SHOCK-<n>}.
 */
final class HospitalShocks {

    static final int ELDERLY = 60;

    private static final String[] DIAGNOSES = {
        "慢性心力衰竭", "脑梗死", "急性心肌梗死", "股骨骨折", "肺恶性肿瘤", "慢性阻塞性肺疾病"
    };

    private final List<Household> households;
    private final long seed;

    HospitalShocks(List<Household> countyHouseholds, long seed) {
        this.households =
                countyHouseholds.stream()
                        .filter(h -> DemoCounty.FANCHENG.contains(h.region()))
                        .sorted(Comparator.comparing(Household::id))
                        .toList();
        this.seed = seed;
    }

    /** Shock number {@code n} on the day, or empty if no household has an elderly member. */
    Optional<MedicalSettlement> shock(long n, LocalDate today) {
        List<Member> elderly =
                households.stream()
                        .flatMap(h -> oldest(h, today).stream())
                        .filter(m -> m.ageOn(today) >= ELDERLY)
                        .toList();
        if (elderly.isEmpty()) {
            return Optional.empty();
        }
        Member patient = elderly.get((int) Math.floorMod(n, (long) elderly.size()));
        SplittableRandom rng = new SplittableRandom(seed * 1_000_003L + n);
        long total = 40_000 + rng.nextInt(80_001);
        long outOfPocket = Math.round(total * (0.20 + 0.25 * rng.nextDouble()));
        return Optional.of(
                new MedicalSettlement(
                        new EventKey(Source.MEDICAL_INSURANCE, id(n)),
                        patient.id(),
                        today,
                        Optional.of(Yuan.of(total)),
                        Optional.of(Yuan.of(total - outOfPocket)),
                        Yuan.of(outOfPocket),
                        Optional.of(true),
                        Optional.of(DIAGNOSES[rng.nextInt(DIAGNOSES.length)])));
    }

    static String id(long n) {
        return "SIM-SHOCK-" + FeedCursor.pad(n, 6);
    }

    private static Optional<Member> oldest(Household household, LocalDate today) {
        return household.members().stream().max(Comparator.comparingInt(m -> m.ageOn(today)));
    }
}
