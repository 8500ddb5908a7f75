package org.tuodi.data.households;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.tuodi.core.household.Disability;
import org.tuodi.core.household.DisabilityType;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.LaborCapacity;
import org.tuodi.core.household.Member;
import org.tuodi.core.household.NationalId;
import org.tuodi.core.household.Relation;
import org.tuodi.data.csv.Cells;
import org.tuodi.data.csv.CsvFile;
import org.tuodi.data.csv.Reject;
import org.tuodi.data.csv.Row;
import org.tuodi.data.csv.RowReader;
import org.tuodi.data.csv.RowRejected;

/**
 * Reads members.csv (formats.md v1). A member of a household that households.csv does not have (or
 * whose row was rejected) is rejected as unmatched; a person already taken as a member, of this or
 * another household, is rejected on the later row: a person lives in one household. A disability
 * needs both its grade and its type.
 */
public final class MemberReader extends RowReader<Membership> {

    public static final List<String> REQUIRED =
            List.of("household_id", "id_number", "name", "relation");
    public static final List<String> COLUMNS =
            List.of(
                    "household_id",
                    "id_number",
                    "name",
                    "relation",
                    "labor_capacity",
                    "disability_grade",
                    "disability_type",
                    "serious_illness",
                    "phone");

    private final Set<HouseholdId> households;
    private final Map<NationalId, HouseholdId> persons = new HashMap<>();

    /**
     * @param households the ids of the households taken from households.csv
     */
    public MemberReader(CsvFile file, Consumer<Reject> rejects, Set<HouseholdId> households) {
        super(file, rejects);
        this.households = households;
    }

    @Override
    protected Membership parse(Row row) {
        HouseholdId household = HouseholdReader.householdId(row);
        if (!households.contains(household)) {
            throw new RowRejected(
                    "household_id",
                    "unmatched household: "
                            + household
                            + " is not in households.csv, or its row there was rejected");
        }
        NationalId id = Cells.nationalId(row, "id_number");
        HouseholdId existing = persons.get(id);
        if (existing != null) {
            throw new RowRejected(
                    "id_number",
                    existing.equals(household)
                            ? "person " + id + " is listed twice in household " + household
                            : "person " + id + " is already a member of household " + existing);
        }
        String name = Cells.required(row, "name");
        Relation relation = Cells.code(row, "relation", Relation.class);
        Optional<LaborCapacity> labor =
                Cells.optionalCode(row, "labor_capacity", LaborCapacity.class);
        Optional<Disability> disability = disability(row);
        boolean seriousIllness = Cells.optionalBoolean(row, "serious_illness").orElse(false);
        Optional<String> phone = Cells.optional(row, "phone");
        persons.put(id, household);
        return new Membership(
                household,
                new Member(id, name, relation, labor, disability, seriousIllness, phone));
    }

    /** Both or neither: a grade without a type (or the reverse) is not a certificate. */
    private static Optional<Disability> disability(Row row) {
        Optional<Integer> grade = Cells.optionalWhole(row, "disability_grade", 1, 4);
        Optional<DisabilityType> type =
                Cells.optionalCode(row, "disability_type", DisabilityType.class);
        if (grade.isPresent() && type.isEmpty()) {
            throw new RowRejected("disability_type", "required when disability_grade is given");
        }
        if (type.isPresent() && grade.isEmpty()) {
            throw new RowRejected("disability_grade", "required when disability_type is given");
        }
        return grade.map(g -> new Disability(g, type.get()));
    }

    /** Each person taken, with its household. */
    public Map<NationalId, HouseholdId> persons() {
        return persons;
    }
}
