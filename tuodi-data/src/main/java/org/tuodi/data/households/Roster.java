package org.tuodi.data.households;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.Member;
import org.tuodi.core.household.NationalId;
import org.tuodi.data.csv.CsvFile;
import org.tuodi.data.csv.FileCounts;
import org.tuodi.data.csv.Reject;

/**
 * 监测名册: the monitored households with their members, in household-id order, and which household
 * each person belongs to. Held in memory: it is the small side of a screening (a county has
 * thousands of households, a province a few million), the events are streamed against it.
 */
public final class Roster {

    private final Map<HouseholdId, Household> households;
    private final Map<NationalId, HouseholdId> persons;
    private final FileCounts householdCounts;
    private final FileCounts memberCounts;

    private Roster(
            Map<HouseholdId, Household> households,
            Map<NationalId, HouseholdId> persons,
            FileCounts householdCounts,
            FileCounts memberCounts) {
        this.households = Collections.unmodifiableMap(households);
        this.persons = Collections.unmodifiableMap(persons);
        this.householdCounts = householdCounts;
        this.memberCounts = memberCounts;
    }

    /** Reads households.csv, then members.csv, reporting rejected rows of both. */
    public static Roster read(CsvFile householdFile, CsvFile memberFile, Consumer<Reject> rejects) {
        List<Household> taken = new ArrayList<>();
        Set<HouseholdId> ids = new HashSet<>();
        HouseholdReader householdReader = new HouseholdReader(householdFile, rejects);
        householdReader.read(
                (line, household) -> {
                    taken.add(household);
                    ids.add(household.id());
                });
        Map<HouseholdId, List<Member>> members = new HashMap<>(ids.size() * 2);
        MemberReader memberReader = new MemberReader(memberFile, rejects, ids);
        memberReader.read(
                (line, m) ->
                        members.computeIfAbsent(m.household(), k -> new ArrayList<>(4))
                                .add(m.member()));
        // files usually come in id order, and then this sort only checks that they do
        taken.sort(Comparator.comparing(Household::id));
        Map<HouseholdId, Household> households = new LinkedHashMap<>(taken.size() * 2);
        for (Household household : taken) {
            List<Member> list = members.get(household.id());
            households.put(household.id(), list == null ? household : household.withMembers(list));
        }
        return new Roster(
                households,
                memberReader.persons(),
                householdReader.counts(),
                memberReader.counts());
    }

    /** The household the person is a member of, if any. */
    public Optional<Household> householdOf(NationalId person) {
        HouseholdId id = persons.get(person);
        return id == null ? Optional.empty() : Optional.of(households.get(id));
    }

    public Household household(HouseholdId id) {
        return households.get(id);
    }

    /** All households, in household-id order. */
    public Map<HouseholdId, Household> households() {
        return households;
    }

    /** Households taken whose members were all missing or rejected: no record can reach them. */
    public long householdsWithoutMembers() {
        return households.values().stream().filter(h -> h.members().isEmpty()).count();
    }

    public FileCounts householdCounts() {
        return householdCounts;
    }

    public FileCounts memberCounts() {
        return memberCounts;
    }
}
