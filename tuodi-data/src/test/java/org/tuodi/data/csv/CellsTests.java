package org.tuodi.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuodi.data.Fixtures.read;
import static org.tuodi.data.Fixtures.write;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellsTests {

    @TempDir Path dir;

    static final class Amounts extends RowReader<String> {
        Amounts(CsvFile file, Consumer<Reject> rejects) {
            super(file, rejects);
        }

        @Override
        protected String parse(Row row) {
            return Cells.amount(row, "amount").toString();
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "5000|5000.00",
                "4999.99|4999.99",
                "0.1|0.10",
                "0|0.00",
                "0.05|0.05",
                "12.3|12.30",
                "007|7.00",
                "999999999999999.99|999999999999999.99",
                "1234567890123456|1234567890123456.00",
                "5.|not an amount in yuan: '5.'",
                ".5|not an amount in yuan: '.5'",
                "+5|not an amount in yuan: '+5'",
                "5.a|not an amount in yuan: '5.a'",
                "1234.567|more than 2 decimals: '1234.567'",
                "12.340|more than 2 decimals: '12.340'",
                "-5|negative amount: '-5'",
                "1e3|not an amount in yuan: '1e3'",
                "1,000|not an amount in yuan: '1,000'",
                "¥5000|not an amount in yuan: '¥5000'"
            })
    void readsAmountsWithAtMostTwoDecimalsAndNeverNegative(String cell, String outcome) {
        Path file = write(dir, "a.csv", "amount", "\"" + cell + "\"");

        var read = read(file, List.of("amount"), List.of("amount"), Amounts::new);

        String actual = read.records().isEmpty() ? read.onlyReject().reason() : read.only();
        assertThat(actual).isEqualTo(outcome);
    }
}
