package org.tuodi.data.households;

import java.util.Objects;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.Member;

/** A row of members.csv: a member and the household it belongs to. */
public record Membership(HouseholdId household, Member member) {

    public Membership {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(member, "member");
    }
}
