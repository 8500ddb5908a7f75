package org.tuodi.core.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.tuodi.core.event.EventKey;
import org.tuodi.core.rules.AlertLevel;

/**
 * 决策凭证: why the engine decided: the rule set (id, version, content hash), the event-time date of
 * the decision, the level and total score, and every indicator that hit with its value, threshold,
 * score and evidence. The same records and rule set give the same receipt, in the server, the
 * command line, the benchmark and the stream job.
 */
public record DecisionReceipt(
        String ruleSetId,
        String ruleSetVersion,
        String ruleSetHash,
        LocalDate asOf,
        AlertLevel level,
        int score,
        List<IndicatorHit> hits) {

    public DecisionReceipt {
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        Objects.requireNonNull(ruleSetHash, "ruleSetHash");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(level, "level");
        hits = List.copyOf(hits);
    }

    /** The codes of the indicators that hit, in rule set order. */
    public List<String> indicatorCodes() {
        return hits.stream().map(IndicatorHit::code).toList();
    }

    /** All evidence records of all hits, each once, sorted. */
    public Set<EventKey> evidence() {
        Set<EventKey> all = new TreeSet<>();
        hits.forEach(hit -> all.addAll(hit.evidence()));
        return all;
    }
}
