package org.tuodi.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tuodi.core.json.Json;
import org.tuodi.core.json.JsonValue;
import org.tuodi.core.json.JsonValue.JsonArray;
import org.tuodi.core.json.JsonValue.JsonBoolean;
import org.tuodi.core.json.JsonValue.JsonNull;
import org.tuodi.core.json.JsonValue.JsonNumber;
import org.tuodi.core.json.JsonValue.JsonObject;
import org.tuodi.core.json.JsonValue.JsonString;
import org.tuodi.core.json.JsonValue.Member;
import org.tuodi.core.rules.IndicatorKind.EventMatch;
import org.tuodi.core.rules.IndicatorKind.HouseholdCondition;
import org.tuodi.core.rules.IndicatorKind.WindowCount;
import org.tuodi.core.rules.IndicatorKind.WindowSum;
import org.tuodi.core.shared.Yuan;

/**
 * Writes the canonical form of a rule set: every field in a fixed order, optional ones explicit
 * ({@code null}, {@code ""}, {@code []}, {@code {}}), amounts as strings with two decimals, counts
 * as numbers, condition values as strings, regions as their short code, no whitespace.
 */
final class RuleSetWriter {

    private static final JsonValue NULL = new JsonNull(0, 0);

    private RuleSetWriter() {}

    static String canonical(RuleSet r) {
        return Json.write(
                new Obj()
                        .with("format", RuleSetFormat.FORMAT)
                        .with("id", r.id())
                        .with("version", r.version())
                        .with("name", r.name())
                        .with("effectiveFrom", r.effectiveFrom().toString())
                        .with("latenessDays", r.latenessDays())
                        .with("alertLines", byLevel(r.alertLines(), RuleSetWriter::number))
                        .with("deadlines", byLevel(r.deadlines(), RuleSetWriter::deadline))
                        .with("indicators", array(r.indicators(), RuleSetWriter::indicator))
                        .with("regionOverrides", array(r.regionOverrides(), o -> override(o, r)))
                        .build());
    }

    private static JsonValue deadline(Deadline d) {
        return new Obj()
                .with("visitDays", d.visitDays())
                .with("disposalDays", d.disposalDays())
                .build();
    }

    private static JsonValue indicator(Indicator i) {
        Obj o =
                new Obj()
                        .with("code", i.code())
                        .with("name", i.name())
                        .with("dimension", i.dimension().name())
                        .with("kind", i.kind().code())
                        .with("score", i.score())
                        .with("hardTrigger", i.hardTrigger().map(l -> text(l.name())).orElse(NULL))
                        .with("provenance", i.provenance().name())
                        .with("note", i.note());
        IndicatorKind kind = i.kind();
        if (kind instanceof WindowSum s) {
            o.with("eventType", s.eventType().name())
                    .with("field", s.field().column())
                    .with("window", s.window().toString())
                    .with("threshold", s.threshold().toString())
                    .with("where", array(s.where(), RuleSetWriter::condition));
        } else if (kind instanceof WindowCount c) {
            o.with("eventType", c.eventType().name())
                    .with("window", c.window().toString())
                    .with("threshold", c.threshold())
                    .with("where", array(c.where(), RuleSetWriter::condition));
        } else if (kind instanceof EventMatch m) {
            o.with("eventType", m.eventType().name())
                    .with("window", m.window().toString())
                    .with("where", array(m.where(), RuleSetWriter::condition));
        } else if (kind instanceof HouseholdCondition h) {
            o.with("scope", h.scope().name())
                    .with("minMembers", h.minMembers())
                    .with("where", array(h.where(), RuleSetWriter::condition));
        }
        return o.build();
    }

    private static JsonValue condition(Condition c) {
        Obj o = new Obj().with("field", c.field()).with("op", c.operator().name());
        return c.operator().takesOneValue()
                ? o.with("value", c.values().get(0)).build()
                : o.with("values", array(c.values(), RuleSetWriter::text)).build();
    }

    private static JsonValue override(RegionOverride o, RuleSet r) {
        Obj changes = new Obj();
        o.indicators().forEach((code, c) -> changes.with(code, change(c, r.indicator(code))));
        return new Obj()
                .with("region", o.region().shortCode())
                .with("indicators", changes.build())
                .with("alertLines", byLevel(o.alertLines(), RuleSetWriter::number))
                .build();
    }

    private static JsonValue change(IndicatorOverride change, Optional<Indicator> indicator) {
        return new Obj()
                .with("score", change.score().map(RuleSetWriter::number).orElse(NULL))
                .with(
                        "threshold",
                        change.threshold().map(t -> threshold(t, indicator)).orElse(NULL))
                .with("disabled", new JsonBoolean(change.disabled(), 0, 0))
                .build();
    }

    /** A threshold override as the indicator's own threshold is written: amount string or count. */
    private static JsonValue threshold(String t, Optional<Indicator> indicator) {
        IndicatorKind kind = indicator.map(Indicator::kind).orElse(null);
        try {
            if (kind instanceof WindowSum) {
                return text(Yuan.parse(t).toString());
            } else if (kind instanceof WindowCount) {
                return number(Integer.parseInt(t.trim()));
            }
        } catch (IllegalArgumentException e) {
            // not a value of the kind: written as it is
        }
        return text(t);
    }

    private static <V> JsonValue byLevel(Map<AlertLevel, V> map, Function<V, JsonValue> write) {
        Obj o = new Obj();
        map.forEach((level, value) -> o.with(level.name(), write.apply(value)));
        return o.build();
    }

    private static <T> JsonValue array(List<T> items, Function<T, JsonValue> write) {
        return new JsonArray(items.stream().map(write).toList(), 0, 0);
    }

    private static JsonValue text(String s) {
        return new JsonString(s, 0, 0);
    }

    private static JsonValue number(int n) {
        return new JsonNumber(Integer.toString(n), 0, 0);
    }

    /** An object under construction, members in the order added. */
    private static final class Obj {
        private final List<Member> members = new ArrayList<>();

        Obj with(String key, JsonValue value) {
            members.add(new Member(key, value, 0, 0));
            return this;
        }

        Obj with(String key, String value) {
            return with(key, text(value));
        }

        Obj with(String key, int value) {
            return with(key, number(value));
        }

        JsonValue build() {
            return new JsonObject(members, 0, 0);
        }
    }
}
