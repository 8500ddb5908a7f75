package org.tuodi.data.alerts;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.tuodi.core.engine.AlertDecision;
import org.tuodi.core.engine.DecisionReceipt;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.region.RegionCode;

/**
 * Writes alerts.csv (formats.md v1): exactly its columns, in its order, one row per {@link
 * AlertDecision.Raise} or {@link AlertDecision.Escalate}. Adding evidence to an open case is not an
 * alert and is refused here. UTF-8, RFC 4180 (CRLF line ends), no BOM.
 */
public final class AlertWriter implements Closeable {

    public static final List<String> COLUMNS =
            List.of(
                    "household_id",
                    "region_code",
                    "level",
                    "score",
                    "decision",
                    "indicators",
                    "evidence_event_ids",
                    "rule_set_version",
                    "rule_set_hash",
                    "as_of");

    private final CsvWriter csv;

    /** Starts the file with its header. */
    public AlertWriter(Writer out) {
        this.csv = CsvWriter.builder().build(out);
        csv.writeRecord(COLUMNS);
    }

    /**
     * @param region the household's region code
     * @throws IllegalArgumentException for an ADD_EVIDENCE decision
     */
    public void write(AlertDecision decision, RegionCode region) {
        if (decision instanceof AlertDecision.AddEvidence) {
            throw new IllegalArgumentException("adding evidence to an open case is not an alert");
        }
        DecisionReceipt receipt = decision.receipt();
        csv.writeRecord(
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

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
