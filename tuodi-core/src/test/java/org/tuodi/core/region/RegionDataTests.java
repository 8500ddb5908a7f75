package org.tuodi.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionDataTests {

    @Test
    void splitsARowOfTheDivisionFilesIntoUnquotedFields() {
        List<String> fields = RegionData.fields("411122101201,\"繁城村委会\",411122101,41,4111,411122");

        assertThat(fields)
                .containsExactly("411122101201", "繁城村委会", "411122101", "41", "4111", "411122");
    }

    @Test
    void keepsCommasAndDoubledQuotesInsideAQuotedName() {
        List<String> fields = RegionData.fields("11,\"北京,\"\"京\"\"\",\"\"");

        assertThat(fields).containsExactly("11", "北京,\"京\"", "");
    }

    @Test
    void keepsEmptyFieldsAtEitherEnd() {
        assertThat(RegionData.fields(",a,")).containsExactly("", "a", "");
    }

    @Test
    void rejectsTextAfterAClosingQuote() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RegionData.fields("11,\"北京\"市"))
                .withMessageContaining("closing quote");
    }

    @Test
    void rejectsAnUnterminatedQuote() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RegionData.fields("11,\"北京市"))
                .withMessageContaining("unterminated");
    }

    @Test
    void readsEveryBundledFileInOrderFromProvincesToVillages() {
        List<Region> rows = RegionData.read();

        assertThat(rows).hasSize(31 + 342 + 2_978 + 41_352 + 52_378 + 3_042);
        assertThat(rows.get(0).code()).isEqualTo(RegionCode.of("11"));
        assertThat(rows.get(rows.size() - 1).level()).isEqualTo(RegionLevel.VILLAGE);
    }
}
