package org.tuodi.server.alerting.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tuodi.core.household.HouseholdId;
import org.tuodi.core.region.RegionCode;
import org.tuodi.server.alerting.internal.CaseRow;
import org.tuodi.server.alerting.web.CaseDetails;
import org.tuodi.server.alerting.web.CaseViews.CaseDetailView;
import org.tuodi.server.alerting.web.CaseViews.DecisionView;
import org.tuodi.server.ingest.HouseholdRecords;
import org.tuodi.server.ingest.HouseholdRecords.RecordLine;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.registry.HouseholdRegistry;
import org.tuodi.server.registry.HouseholdRegistry.CategorySpan;
import tools.jackson.databind.JsonNode;

/**
 * Puts the case page together: the case as the API gives it (household masked, decisions, visit,
 * measures, history), the village's name, the assignee's and the village assistant's user names,
 * the household's category history, its department records, and each decision's receipt as "why
 * this alert": every indicator with its value against the threshold, its score and the records
 * behind it.
 */
@Component
class CasePages {

    /** How many department records the timeline shows. */
    static final int RECORDS_SHOWN = 100;

    private final CaseDetails details;
    private final CaseRows rows;
    private final HouseholdRegistry registry;
    private final HouseholdRecords records;

    CasePages(
            CaseDetails details,
            CaseRows rows,
            HouseholdRegistry registry,
            HouseholdRecords records) {
        this.details = details;
        this.rows = rows;
        this.registry = registry;
        this.records = records;
    }

    record HitView(
            String code,
            String name,
            String dimension,
            String value,
            String threshold,
            int score,
            String hardTrigger,
            List<EvidenceView> evidence) {}

    /** A record behind a hit: its key and, when it is stored, the record itself. */
    record EvidenceView(String key, RecordLine record) {}

    record ReceiptView(DecisionView decision, List<HitView> hits) {}

    record AssistantView(long id, String username) {}

    record Page(
            CaseDetailView c,
            String regionName,
            String assignee,
            AssistantView villageAssistant,
            List<CategorySpan> categories,
            List<RecordLine> records,
            List<ReceiptView> receipts,
            Map<String, String> findings,
            Set<CaseActions.Step> steps) {

        /** Whether the user may take the step now ({@code ASSIGN}, {@code CLOSE}, …). */
        public boolean can(String step) {
            return steps.contains(CaseActions.Step.valueOf(step));
        }
    }

    Page of(CurrentUser user, CaseRow row) {
        CaseDetailView c = details.of(row);
        HouseholdId household = row.householdId();
        List<RecordLine> lines = records.ofHousehold(household, RECORDS_SHOWN);
        Map<String, RecordLine> byKey =
                lines.stream()
                        .collect(
                                Collectors.toMap(
                                        RecordLine::key, Function.identity(), (a, b) -> a));
        return new Page(
                c,
                rows.regionName(row.region()),
                rows.username(row.assigneeId()),
                villageAssistant(row.region()),
                registry.categoryHistory(household),
                lines,
                c.decisions().stream().map(d -> receipt(d, byKey)).toList(),
                c.visit() == null ? Map.of() : flat(c.visit().findings()),
                CaseActions.offered(user, c));
    }

    private AssistantView villageAssistant(RegionCode village) {
        return registry.assistantOf(village)
                .map(id -> new AssistantView(id, rows.username(id)))
                .orElse(null);
    }

    private static ReceiptView receipt(DecisionView d, Map<String, RecordLine> records) {
        List<HitView> hits = new ArrayList<>();
        JsonNode receipt = d.receipt();
        JsonNode list = receipt == null ? null : receipt.get("hits");
        if (list != null) {
            for (JsonNode h : list) {
                List<EvidenceView> evidence = new ArrayList<>();
                JsonNode keys = h.get("evidence");
                if (keys != null) {
                    for (JsonNode k : keys) {
                        String key = text(k);
                        evidence.add(new EvidenceView(key, records.get(key)));
                    }
                }
                hits.add(
                        new HitView(
                                text(h.get("code")),
                                text(h.get("name")),
                                text(h.get("dimension")),
                                text(h.get("value")),
                                text(h.get("threshold")),
                                h.get("score") == null ? 0 : h.get("score").asInt(),
                                text(h.get("hardTrigger")),
                                evidence));
            }
        }
        return new ReceiptView(d, hits);
    }

    /**
     * The findings' fields as text, nested ones by dotted name ({@code
     * rigidSpending.medicalOutOfPocket}).
     */
    private static Map<String, String> flat(JsonNode findings) {
        Map<String, String> flat = new java.util.LinkedHashMap<>();
        if (findings != null) {
            for (Map.Entry<String, JsonNode> field : findings.properties()) {
                JsonNode value = field.getValue();
                if (value.isObject()) {
                    for (Map.Entry<String, JsonNode> inner : value.properties()) {
                        flat.put(field.getKey() + "." + inner.getKey(), text(inner.getValue()));
                    }
                } else if (!value.isArray()) {
                    flat.put(field.getKey(), text(value));
                }
            }
        }
        return flat;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isString() ? node.stringValue() : node.toString();
    }
}
