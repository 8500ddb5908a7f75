package org.tuodi.data.households;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.household.Residence;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.core.region.RegionLevel;
import org.tuodi.data.csv.Cells;
import org.tuodi.data.csv.CsvFile;
import org.tuodi.data.csv.Reject;
import org.tuodi.data.csv.Row;
import org.tuodi.data.csv.RowReader;
import org.tuodi.data.csv.RowRejected;

/**
 * Reads households.csv (formats.md v1) into households without members. A household id seen on an
 * earlier row rejects the later row.
 */
public final class HouseholdReader extends RowReader<Household> {

    public static final List<String> REQUIRED =
            List.of(
                    "household_id",
                    "region_code",
                    "categories",
                    "residence",
                    "per_capita_monthly_income");
    public static final List<String> COLUMNS =
            List.of(
                    "household_id",
                    "region_code",
                    "categories",
                    "residence",
                    "per_capita_monthly_income",
                    "address");

    private final Map<HouseholdId, Long> firstRow = new HashMap<>();
    private final RegionDirectory regions;

    /** Villages already found in the division data (a hash lookup instead of two sorted ones). */
    private final Set<RegionCode> knownVillages = new HashSet<>();

    /** Checks region codes against the bundled 2023 statistical division codes. */
    public HouseholdReader(CsvFile file, Consumer<Reject> rejects) {
        this(file, rejects, BundledRegions.DIRECTORY);
    }

    public HouseholdReader(CsvFile file, Consumer<Reject> rejects, RegionDirectory regions) {
        super(file, rejects);
        this.regions = regions;
    }

    /** The division data, loaded once on first use. */
    private static final class BundledRegions {
        static final RegionDirectory DIRECTORY = RegionDirectory.load();
    }

    @Override
    protected Household parse(Row row) {
        HouseholdId id = householdId(row);
        Long earlier = firstRow.get(id);
        if (earlier != null) {
            throw new RowRejected(
                    "household_id", "duplicate household_id " + id + ", first on row " + earlier);
        }
        RegionCode region = region(row);
        checkKnown(region);
        Set<LowIncomeCategory> categories = categories(row);
        Residence residence = Cells.code(row, "residence", Residence.class);
        var income = Cells.amount(row, "per_capita_monthly_income");
        Optional<String> address = Cells.optional(row, "address");
        firstRow.put(id, row.line());
        return new Household(id, region, categories, residence, income, address, List.of());
    }

    /** A household id: 1 to 32 characters. */
    static HouseholdId householdId(Row row) {
        String value = Cells.required(row, "household_id");
        if (value.length() > 32) {
            throw new RowRejected(
                    "household_id", "longer than 32 characters (" + value.length() + ")");
        }
        return new HouseholdId(value);
    }

    /**
     * The village's town must exist in the division data; where the data has the town's villages
     * (Henan, Ningbo), the village must be one of them.
     */
    private void checkKnown(RegionCode village) {
        if (knownVillages.contains(village)) {
            return;
        }
        RegionCode town = village.ancestorAt(RegionLevel.TOWN);
        if (regions.find(town).isEmpty()) {
            throw new RowRejected(
                    "region_code",
                    "no town " + town.shortCode() + " in the statistical division codes (2023)");
        }
        if (!regions.children(town).isEmpty() && !regions.isKnownVillage(village)) {
            throw new RowRejected(
                    "region_code",
                    "no village "
                            + village
                            + " in "
                            + regions.fullName(town)
                            + " (statistical division codes 2023)");
        }
        knownVillages.add(village);
    }

    private static RegionCode region(Row row) {
        String value = Cells.required(row, "region_code");
        if (!isTwelveDigits(value)) {
            throw new RowRejected("region_code", "not a 12-digit region code: '" + value + "'");
        }
        RegionCode region;
        try {
            region = new RegionCode(value);
        } catch (IllegalArgumentException e) {
            throw new RowRejected("region_code", e.getMessage());
        }
        if (region.level() != RegionLevel.VILLAGE) {
            throw new RowRejected(
                    "region_code",
                    "not a village or community (村/居委会) code, it is a "
                            + region.level()
                            + " code: '"
                            + value
                            + "'");
        }
        return region;
    }

    private static boolean isTwelveDigits(String value) {
        if (value.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Set<LowIncomeCategory> categories(Row row) {
        String value = Cells.required(row, "categories");
        Set<LowIncomeCategory> categories = EnumSet.noneOf(LowIncomeCategory.class);
        for (String part : value.split(";", -1)) {
            String code = part.strip();
            if (code.isEmpty()) {
                throw new RowRejected(
                        "categories", "empty entry in the ;-separated list: '" + value + "'");
            }
            categories.add(Cells.code("categories", code, LowIncomeCategory.class));
        }
        return categories;
    }
}
