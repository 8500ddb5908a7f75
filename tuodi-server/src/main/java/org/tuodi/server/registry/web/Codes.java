package org.tuodi.server.registry.web;

import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.region.RegionCode;
import org.tuodi.server.platform.InvalidInputProblem;

/** Parses codes and ids from a request, naming the field at fault when they are not valid. */
final class Codes {

    private Codes() {}

    /** A region code of 2, 4, 6, 9 or 12 digits. */
    static RegionCode region(String field, String code) {
        try {
            return RegionCode.of(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputProblem(field, e.getMessage());
        }
    }

    static HouseholdId household(String field, String id) {
        try {
            return new HouseholdId(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputProblem(field, e.getMessage());
        }
    }
}
