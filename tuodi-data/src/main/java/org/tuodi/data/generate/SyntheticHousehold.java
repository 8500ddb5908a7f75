package org.tuodi.data.generate;

import java.util.List;
import org.tuodi.core.household.Residence;

/**
 * 合成家庭: a generated monitored household: its index and id, its village (an index into the {@link
 * Province}), its stratum, residence, per-capita monthly income in fen, its members (the head
 * first) and the month its house is assessed ({@link Draws#NEVER} if not in the period).
 */
record SyntheticHousehold(
        long index,
        String id,
        int village,
        Stratum stratum,
        Residence residence,
        long incomeFen,
        List<SyntheticMember> members,
        int housingAssessment) {

    SyntheticHousehold {
        members = List.copyOf(members);
    }
}
