package org.tuodi.data.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.household.Relation;
import org.tuodi.core.region.RegionCode;

@DisplayName("合成名册: households sit in real villages; identity numbers fit county, sex and role")
class GeneratedRosterTests {

    @TempDir static Path dir;

    static GenerationReport report;
    static Map<String, NamedCsvRecord> households = new HashMap<>();
    static Map<String, List<NamedCsvRecord>> members = new HashMap<>();

    @BeforeAll
    static void generate() {
        report = TinyProvince.generate(dir, 11);
        for (NamedCsvRecord row : TinyProvince.rows(dir.resolve("households.csv"))) {
            households.put(row.getField("household_id"), row);
        }
        for (NamedCsvRecord row : TinyProvince.rows(dir.resolve("members.csv"))) {
            members.computeIfAbsent(row.getField("household_id"), k -> new ArrayList<>()).add(row);
        }
    }

    @Test
    void placesEveryHouseholdInAKnownVillageOfHenan() {
        for (NamedCsvRecord household : households.values()) {
            RegionCode village = new RegionCode(household.getField("region_code"));

            assertThat(TinyProvince.REGIONS.isKnownVillage(village)).isTrue();
            assertThat(village.value()).startsWith("41");
            String name = TinyProvince.REGIONS.find(village).orElseThrow().name();
            assertThat(household.getField("residence"))
                    .isEqualTo(VillageNames.residenceOf(name).name());
        }
    }

    @Test
    void givesEachMemberAnIdentityNumberOfTheHouseholdsCounty() {
        for (NamedCsvRecord household : households.values()) {
            String county = household.getField("region_code").substring(0, 6);

            for (NamedCsvRecord member : members.get(household.getField("household_id"))) {
                NationalId id = NationalId.parse(member.getField("id_number"));
                assertThat(id.addressCode()).isEqualTo(county);
                assertThat(id.birthDate()).isBefore(TinyProvince.START);
            }
        }
    }

    @Test
    void makesChildrenAtLeastEighteenYearsYoungerThanTheirParents() {
        for (List<NamedCsvRecord> family : members.values()) {
            assertThat(family.get(0).getField("relation")).isEqualTo("HEAD");
            LocalDate head = birth(family.get(0));
            List<LocalDate> parents = new ArrayList<>(List.of(head));
            family.stream()
                    .filter(m -> m.getField("relation").equals("SPOUSE"))
                    .forEach(m -> parents.add(birth(m)));

            for (NamedCsvRecord member : family) {
                Relation relation = Relation.valueOf(member.getField("relation"));
                LocalDate born = birth(member);
                if (relation == Relation.CHILD || relation == Relation.GRANDCHILD) {
                    int gap = relation == Relation.CHILD ? 18 : 36;
                    parents.forEach(p -> assertThat(born).isAfter(p.plusYears(gap)));
                }
                if (relation == Relation.PARENT) {
                    assertThat(born.plusYears(18)).isBefore(head);
                }
            }
        }
    }

    @Test
    void givesEveryoneADifferentIdentityNumber() {
        long distinct =
                members.values().stream()
                        .flatMap(List::stream)
                        .map(m -> m.getField("id_number"))
                        .distinct()
                        .count();

        assertThat(distinct).isEqualTo(report.members());
    }

    @Test
    void followsThePlansCategoryProportionsAndRuralShare() {
        PopulationPlan plan = new PopulationPlan();
        Map<String, Long> byCategories = new HashMap<>();
        households
                .values()
                .forEach(h -> byCategories.merge(h.getField("categories"), 1L, Long::sum));
        Map<Stratum, Double> planned = new EnumMap<>(Stratum.class);
        for (Stratum s : Stratum.values()) {
            planned.put(s, (double) s.households() / plan.householdsAtFullScale());
        }

        assertThat(households).hasSize((int) plan.households(TinyProvince.SCALE));
        assertThat(share(byCategories.get("DIBAO")))
                .isCloseTo(planned.get(Stratum.DIBAO), within(0.005));
        assertThat(share(byCategories.get("TEKUN")))
                .isCloseTo(planned.get(Stratum.TEKUN), within(0.005));
        assertThat(share(byCategories.get("DIBAO;RELAPSE_MONITORED")))
                .isCloseTo(planned.get(Stratum.DIBAO_RELAPSE), within(0.005));
        assertThat(share(byCategories.get("DIBAO_EDGE")))
                .isCloseTo(planned.get(Stratum.DIBAO_EDGE), within(0.005));
        assertThat(share(byCategories.get("RIGID_EXPENDITURE")))
                .isCloseTo(planned.get(Stratum.RIGID_EXPENDITURE), within(0.005));
        assertThat(share(byCategories.get("RELAPSE_MONITORED")))
                .isCloseTo(planned.get(Stratum.RELAPSE_MONITORED), within(0.005));
        assertThat(share(report.ruralHouseholds())).isCloseTo(0.89, within(0.03));
    }

    @Test
    void keepsTheMeanHouseholdSizeNearThePlan() {
        double plannedPeople = 0;
        double plannedHouseholds = 0;
        for (Stratum s : Stratum.values()) {
            plannedPeople += s.people();
            plannedHouseholds += s.households();
        }

        double mean = (double) report.members() / report.households();

        assertThat(mean).isCloseTo(plannedPeople / plannedHouseholds, within(0.08));
    }

    private static double share(long count) {
        return (double) count / households.size();
    }

    private static LocalDate birth(NamedCsvRecord member) {
        return NationalId.parse(member.getField("id_number")).birthDate();
    }
}
