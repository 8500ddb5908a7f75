package org.tuodi.data.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tuodi.core.household.Relation;

@DisplayName("家庭结构: members and birth years fit their roles")
class FamilyCompositionTests {

    @Test
    void composesHouseholdsOfEverySizeWithTheHeadFirstAndRoleFittingYears() {
        SplittableRandom rng = new SplittableRandom(1);

        for (int n = 0; n < 20_000; n++) {
            Stratum stratum = Stratum.values()[n % Stratum.values().length];
            int size = 1 + rng.nextInt(stratum.sizeWeights().length);

            List<FamilyComposition.Role> roles =
                    FamilyComposition.compose(rng, stratum, size, 2023);

            assertThat(roles).hasSize(size);
            assertThat(roles.get(0).relation()).isEqualTo(Relation.HEAD);
            int head = roles.get(0).birthYear();
            int youngestParent =
                    roles.stream()
                            .filter(
                                    r ->
                                            r.relation() == Relation.HEAD
                                                    || r.relation() == Relation.SPOUSE)
                            .mapToInt(FamilyComposition.Role::birthYear)
                            .max()
                            .orElseThrow();
            for (FamilyComposition.Role role : roles) {
                assertThat(role.birthYear()).isBetween(2023 - 100, 2022);
                if (role.relation() == Relation.CHILD) {
                    assertThat(role.birthYear() - youngestParent).isBetween(20, 38);
                }
                if (role.relation() == Relation.GRANDCHILD) {
                    assertThat(role.birthYear() - youngestParent).isGreaterThanOrEqualTo(38);
                }
                if (role.relation() == Relation.PARENT) {
                    assertThat(head - role.birthYear()).isBetween(20, 32);
                }
            }
        }
    }

    @Test
    void makesTekunHouseholdsOldOrSeverelyDisabledPeople() {
        SplittableRandom rng = new SplittableRandom(2);

        for (int n = 0; n < 5_000; n++) {
            FamilyComposition.Role head =
                    FamilyComposition.compose(rng, Stratum.TEKUN, 1, 2023).get(0);

            int age = 2023 - head.birthYear();
            assertThat(age >= 60 || head.severelyDisabled() || age < 18).isTrue();
        }
    }
}
