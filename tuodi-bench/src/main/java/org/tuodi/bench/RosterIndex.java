package org.tuodi.bench;

import java.util.HashMap;
import java.util.Map;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.Member;
import org.tuodi.core.household.NationalId;
import org.tuodi.data.households.Roster;

/**
 * The roster as the replay's hot path needs it: households in household-id order by index, and a
 * hash map from each member's identity number to the index. ({@link Roster#householdOf} goes
 * through a sorted map of households, a logarithmic lookup per record.)
 */
final class RosterIndex {

    final Household[] households;
    private final Map<NationalId, Integer> persons;

    private RosterIndex(Household[] households, Map<NationalId, Integer> persons) {
        this.households = households;
        this.persons = persons;
    }

    static RosterIndex of(Roster roster) {
        Household[] households = roster.households().values().toArray(new Household[0]);
        Map<NationalId, Integer> persons = new HashMap<>(households.length * 4);
        for (int h = 0; h < households.length; h++) {
            for (Member m : households[h].members()) {
                persons.put(m.id(), h);
            }
        }
        return new RosterIndex(households, persons);
    }

    /** The index of the person's household, or -1 if the person is in none. */
    int householdOf(NationalId person) {
        Integer h = persons.get(person);
        return h == null ? -1 : h;
    }

    int members() {
        return persons.size();
    }
}
