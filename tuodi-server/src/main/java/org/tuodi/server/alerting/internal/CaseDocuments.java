package org.tuodi.server.alerting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tuodi.core.assistance.MemberCondition;
import org.tuodi.core.assistance.RigidSpending;
import org.tuodi.core.assistance.VisitFindings;
import org.tuodi.core.engine.DecisionReceipt;
import org.tuodi.core.engine.IndicatorHit;
import org.tuodi.core.shared.Yuan;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON documents of a case, stored as jsonb: the decision receipt ("why this alert": each
 * indicator's value against its threshold, its score and its evidence records) and the visit's
 * findings. Amounts are strings with two decimals, never binary floating point.
 */
@Component
public class CaseDocuments {

    private final JsonMapper json;

    CaseDocuments(JsonMapper json) {
        this.json = json;
    }

    String receipt(DecisionReceipt receipt) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("ruleSetId", receipt.ruleSetId());
        doc.put("ruleSetVersion", receipt.ruleSetVersion());
        doc.put("ruleSetHash", receipt.ruleSetHash());
        doc.put("asOf", receipt.asOf().toString());
        doc.put("level", receipt.level().name());
        doc.put("score", receipt.score());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (IndicatorHit hit : receipt.hits()) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("code", hit.code());
            h.put("name", hit.name());
            h.put("dimension", hit.dimension().name());
            h.put("value", hit.value());
            h.put("threshold", hit.threshold());
            h.put("score", hit.score());
            hit.hardTrigger().ifPresent(level -> h.put("hardTrigger", level.name()));
            h.put("evidence", hit.evidence().stream().map(Object::toString).toList());
            hits.add(h);
        }
        doc.put("hits", hits);
        doc.put("evidence", receipt.evidence().stream().map(Object::toString).toList());
        return json.writeValueAsString(doc);
    }

    String findings(VisitFindings f) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("perCapitaMonthlyIncome", f.perCapitaMonthlyIncome().toString());
        doc.put("householdSize", f.householdSize());
        doc.put("assetsWithinLocalRules", f.assetsWithinLocalRules());
        Map<String, Object> rigid = new LinkedHashMap<>();
        rigid.put("medicalOutOfPocket", f.rigidSpending().medicalOutOfPocket().toString());
        rigid.put("education", f.rigidSpending().education().toString());
        rigid.put("rehabilitation", f.rigidSpending().rehabilitation().toString());
        rigid.put("other", f.rigidSpending().other().toString());
        doc.put("rigidSpending", rigid);
        doc.put("hardship", f.hardship().toString());
        doc.put("hasMemberAbleToWork", f.hasMemberAbleToWork());
        doc.put("hasAbleSupporter", f.hasAbleSupporter());
        List<Map<String, Object>> members = new ArrayList<>();
        for (MemberCondition m : f.members()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("member", m.member());
            c.put("age", m.age());
            c.put("seriouslyIll", m.seriouslyIll());
            c.put("majorIllnessRecognised", m.majorIllnessRecognised());
            c.put("severelyDisabled", m.severelyDisabled());
            c.put("unemployed", m.unemployed());
            c.put("nonCompulsoryStudent", m.nonCompulsoryStudent());
            members.add(c);
        }
        doc.put("members", members);
        doc.put("dangerousHouse", f.dangerousHouse());
        doc.put("disasterLoss", f.disasterLoss());
        doc.put("suddenEmergency", f.suddenEmergency());
        return json.writeValueAsString(doc);
    }

    VisitFindings findings(String stored) {
        JsonNode f = json.readTree(stored);
        JsonNode rigid = f.get("rigidSpending");
        List<MemberCondition> members = new ArrayList<>();
        for (JsonNode m : f.get("members")) {
            members.add(
                    new MemberCondition(
                            m.get("member").stringValue(),
                            m.get("age").intValue(),
                            m.get("seriouslyIll").booleanValue(),
                            m.get("majorIllnessRecognised").booleanValue(),
                            m.get("severelyDisabled").booleanValue(),
                            m.get("unemployed").booleanValue(),
                            m.get("nonCompulsoryStudent").booleanValue()));
        }
        return new VisitFindings(
                yuan(f, "perCapitaMonthlyIncome"),
                f.get("householdSize").intValue(),
                f.get("assetsWithinLocalRules").booleanValue(),
                new RigidSpending(
                        yuan(rigid, "medicalOutOfPocket"),
                        yuan(rigid, "education"),
                        yuan(rigid, "rehabilitation"),
                        yuan(rigid, "other")),
                yuan(f, "hardship"),
                f.get("hasMemberAbleToWork").booleanValue(),
                f.get("hasAbleSupporter").booleanValue(),
                members,
                f.get("dangerousHouse").booleanValue(),
                f.get("disasterLoss").booleanValue(),
                f.get("suddenEmergency").booleanValue());
    }

    /** A stored document as a tree, to hand on in an API answer as it is. */
    public JsonNode tree(String stored) {
        return json.readTree(stored);
    }

    private static Yuan yuan(JsonNode node, String field) {
        return Yuan.parse(node.get(field).stringValue());
    }
}
