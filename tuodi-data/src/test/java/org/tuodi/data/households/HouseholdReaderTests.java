package org.tuodi.data.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuodi.data.Fixtures.read;
import static org.tuodi.data.Fixtures.write;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuodi.core.household.Household;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.household.Residence;
import org.tuodi.core.shared.Yuan;
import org.tuodi.data.Fixtures.Read;
import org.tuodi.data.csv.FileCounts;
import org.tuodi.data.csv.Reject;

class HouseholdReaderTests {

    static final String HEADER =
            "household_id,region_code,categories,residence,per_capita_monthly_income,address";

    @TempDir Path dir;

    private Read<Household> readRows(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return read(
                write(dir, "households.csv", lines),
                HouseholdReader.REQUIRED,
                HouseholdReader.COLUMNS,
                HouseholdReader::new);
    }

    @Test
    void readsAHouseholdWithSeveralCategoriesAndAQuotedChineseAddress() {
        var read =
                readRows(
                        "FC0010,411122101210,DIBAO_EDGE;RIGID_EXPENDITURE,RURAL,760.5,"
                                + "\"繁城回族镇鸭坡徐村三组, 东头第二户\"");

        Household household = read.only();
        assertThat(household.id().value()).isEqualTo("FC0010");
        assertThat(household.region().value()).isEqualTo("411122101210");
        assertThat(household.categories())
                .containsExactly(LowIncomeCategory.DIBAO_EDGE, LowIncomeCategory.RIGID_EXPENDITURE);
        assertThat(household.residence()).isEqualTo(Residence.RURAL);
        assertThat(household.perCapitaMonthlyIncome()).isEqualTo(Yuan.parse("760.50"));
        assertThat(household.address()).contains("繁城回族镇鸭坡徐村三组, 东头第二户");
        assertThat(household.members()).isEmpty();
    }

    @Test
    void acceptsAVillageOfAProvinceWhoseVillagesAreNotBundledWhenItsTownExists() {
        assertThat(readRows("BJ1,110101001201,DIBAO,URBAN,900,").only().region().value())
                .isEqualTo("110101001201");
    }

    @Test
    void leavesTheAddressAbsentWhenItsCellIsEmpty() {
        assertThat(readRows("H1,411122101201,DIBAO,URBAN,0,").only().address())
                .isEqualTo(Optional.empty());
    }

    @Test
    void rejectsTheLaterRowOfADuplicatedHouseholdId() {
        var read =
                readRows(
                        "H1,411122101201,DIBAO,RURAL,500,first",
                        "H2,411122101202,TEKUN,RURAL,300,",
                        "H1,411122101203,DIBAO,RURAL,500,second");

        assertThat(read.records())
                .extracting(h -> h.address().orElse(""))
                .containsExactly("first", "");
        assertThat(read.onlyReject())
                .isEqualTo(
                        new Reject(
                                "households.csv",
                                4,
                                "household_id",
                                "duplicate household_id H1, first on row 2"));
        assertThat(read.counts()).isEqualTo(new FileCounts("households.csv", 3, 2, 1));
    }

    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "123456789012345678901234567890123,411122101201,DIBAO,RURAL,500,"
                        + "|household_id|longer than 32 characters (33)",
                ",411122101201,DIBAO,RURAL,500,|household_id|required value is missing",
                "H1,41112210120,DIBAO,RURAL,500,"
                        + "|region_code|not a 12-digit region code: '41112210120'",
                "H1,411122101000,DIBAO,RURAL,500,"
                        + "|region_code|not a village or community (村/居委会) code, it is a TOWN"
                        + " code: '411122101000'",
                "H1,001122101201,DIBAO,RURAL,500,"
                        + "|region_code|no province has code 00: '001122101201'",
                "H1,411122101299,DIBAO,RURAL,500,"
                        + "|region_code|no village 411122101299 in 河南省漯河市临颍县繁城回族镇"
                        + " (statistical division codes 2023)",
                "H1,411122199201,DIBAO,RURAL,500,"
                        + "|region_code|no town 411122199 in the statistical division codes (2023)",
                "H1,411122101201,DIBAO;POOR,RURAL,500,"
                        + "|categories|unknown code 'POOR' (known: DIBAO, TEKUN, DIBAO_EDGE,"
                        + " RIGID_EXPENDITURE, RELAPSE_MONITORED, OTHER_LOW_INCOME)",
                "H1,411122101201,dibao,RURAL,500,"
                        + "|categories|unknown code 'dibao' (known: DIBAO, TEKUN, DIBAO_EDGE,"
                        + " RIGID_EXPENDITURE, RELAPSE_MONITORED, OTHER_LOW_INCOME)",
                "H1,411122101201,DIBAO;,RURAL,500,"
                        + "|categories|empty entry in the ;-separated list: 'DIBAO;'",
                "H1,411122101201,,RURAL,500,|categories|required value is missing",
                "H1,411122101201,DIBAO,CITY,500,"
                        + "|residence|unknown code 'CITY' (known: URBAN, RURAL)",
                "H1,411122101201,DIBAO,RURAL,,"
                        + "|per_capita_monthly_income|required value is missing",
                "H1,411122101201,DIBAO,RURAL,500.001,"
                        + "|per_capita_monthly_income|more than 2 decimals: '500.001'",
                "H1,411122101201,DIBAO,RURAL,-1,"
                        + "|per_capita_monthly_income|negative amount: '-1'"
            })
    void rejectsARowNamingTheColumnAndTheReason(String row, String column, String reason) {
        var read = readRows(row);

        assertThat(read.records()).isEmpty();
        assertThat(read.onlyReject()).isEqualTo(new Reject("households.csv", 2, column, reason));
    }

    @Test
    void keepsEveryCategoryOnceWhateverItsOrder() {
        assertThat(readRows("H1,411122101201,TEKUN;DIBAO;TEKUN,RURAL,1,").only().categories())
                .isEqualTo(Set.of(LowIncomeCategory.DIBAO, LowIncomeCategory.TEKUN));
    }
}
