package org.tuodi.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.tuodi.core.engine.AlertDecision;
import org.tuodi.core.engine.DecisionReceipt;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.region.RegionCode;
import org.tuodi.data.alerts.AlertWriter;

/**
 * One row of alerts.csv (formats.md v1), as text, so that the engine's and the SQL baseline's
 * alerts compare column by column.
 */
record AlertRow(
        String householdId,
        String regionCode,
        String level,
        String score,
        String decision,
        String indicators,
        String evidenceEventIds,
        String ruleSetVersion,
        String ruleSetHash,
        String asOf) {

    /** The order of alerts.csv: as-of date, household, decision. */
    static final Comparator<AlertRow> FILE_ORDER =
            Comparator.comparing(AlertRow::asOf)
                    .thenComparing(AlertRow::householdId)
                    .thenComparing(AlertRow::decision);

    /** The row of a RAISE or ESCALATE, as AlertWriter writes it. */
    static AlertRow of(AlertDecision decision, RegionCode region) {
        DecisionReceipt receipt = decision.receipt();
        return new AlertRow(
                decision.household().value(),
                region.value(),
                receipt.level().name(),
                Integer.toString(receipt.score()),
                decision.code(),
                String.join(";", receipt.indicatorCodes()),
                receipt.evidence().stream()
                        .map(EventKey::toString)
                        .collect(Collectors.joining(";")),
                receipt.ruleSetVersion(),
                receipt.ruleSetHash(),
                receipt.asOf().toString());
    }

    List<String> cells() {
        return List.of(
                householdId,
                regionCode,
                level,
                score,
                decision,
                indicators,
                evidenceEventIds,
                ruleSetVersion,
                ruleSetHash,
                asOf);
    }

    static void write(Path file, List<AlertRow> rows) throws IOException {
        List<AlertRow> sorted = new ArrayList<>(rows);
        sorted.sort(FILE_ORDER);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(AlertWriter.COLUMNS);
            for (AlertRow row : sorted) {
                csv.writeRecord(row.cells());
            }
        }
    }

    static List<AlertRow> read(Path file) throws IOException {
        List<AlertRow> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            boolean header = true;
            for (CsvRecord r : csv) {
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(
                        new AlertRow(
                                r.getField(0),
                                r.getField(1),
                                r.getField(2),
                                r.getField(3),
                                r.getField(4),
                                r.getField(5),
                                r.getField(6),
                                r.getField(7),
                                r.getField(8),
                                r.getField(9)));
            }
        }
        return rows;
    }
}
