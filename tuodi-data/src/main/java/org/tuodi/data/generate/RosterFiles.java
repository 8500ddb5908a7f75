package org.tuodi.data.generate;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.household.Relation;
import org.tuodi.core.household.Residence;

/**
 * 名册文件: writes households.csv and members.csv (formats.md v1, every column of the format, UTF-8
 * without BOM, RFC 4180 with CRLF line ends) one household at a time. Names and addresses come from
 * the household's own names stream, so they never disturb the other draws. Phones are left empty.
 */
final class RosterFiles implements Closeable {

    static final List<String> HOUSEHOLD_COLUMNS =
            List.of(
                    "household_id",
                    "region_code",
                    "categories",
                    "residence",
                    "per_capita_monthly_income",
                    "address");
    static final List<String> MEMBER_COLUMNS =
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

    private final long seed;
    private final Province province;
    private final CsvWriter households;
    private final CsvWriter members;
    private final String[] categories = new String[Stratum.values().length];

    RosterFiles(long seed, Province province, Path householdsFile, Path membersFile)
            throws IOException {
        this.seed = seed;
        this.province = province;
        this.households = open(householdsFile, HOUSEHOLD_COLUMNS);
        this.members = open(membersFile, MEMBER_COLUMNS);
        for (Stratum stratum : Stratum.values()) {
            categories[stratum.ordinal()] =
                    stratum.categories().stream()
                            .map(LowIncomeCategory::name)
                            .collect(Collectors.joining(";"));
        }
    }

    static CsvWriter open(Path file, List<String> header) throws IOException {
        CsvWriter csv = CsvWriter.builder().bufferSize(1 << 16).build(file, StandardCharsets.UTF_8);
        csv.writeRecord(header);
        return csv;
    }

    /** Writes the household's row and its members' rows, the head first. */
    void write(SyntheticHousehold household) {
        SplittableRandom rng = Seeds.stream(seed, Seeds.NAMES, household.index());
        boolean rural = household.residence() == Residence.RURAL;
        int number = Draws.between(rng, 1, rural ? 12 : 30);
        households.writeRecord(
                household.id(),
                province.villageCode(household.village()),
                categories[household.stratum().ordinal()],
                household.residence().name(),
                GeneratedRecord.yuan(household.incomeFen()),
                province.address(household.village(), household.residence(), number));
        List<SyntheticMember> people = household.members();
        String family = Names.surname(rng);
        String spouseSurname = Names.surname(rng);
        SyntheticMember head = people.get(0);
        boolean husbandIsSpouse =
                !head.male()
                        && people.stream()
                                .anyMatch(p -> p.relation() == Relation.SPOUSE && p.male());
        String childSurname = husbandIsSpouse ? spouseSurname : family;
        for (SyntheticMember member : people) {
            String surname;
            if (member.relation() == Relation.SPOUSE) {
                surname = spouseSurname;
            } else if (member.relation() == Relation.CHILD
                    || member.relation() == Relation.GRANDCHILD) {
                surname = childSurname;
            } else if (member.relation() == Relation.PARENT && !member.male()) {
                surname = Names.surname(rng);
            } else {
                surname = family;
            }
            writeMember(household.id(), member, surname + Names.givenName(rng, member.male()));
        }
    }

    private void writeMember(String householdId, SyntheticMember member, String name) {
        members.writeRecord(
                householdId,
                member.idNumber(),
                name,
                member.relation().name(),
                member.labor().name(),
                member.isDisabled() ? Integer.toString(member.disabilityGrade()) : "",
                member.isDisabled() ? member.disabilityType().name() : "",
                Boolean.toString(member.seriousIllness()),
                "");
    }

    @Override
    public void close() throws IOException {
        try (CsvWriter h = households;
                CsvWriter m = members) {
            // both closed, the second even if the first fails
        }
    }
}
