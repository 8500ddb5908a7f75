package org.tuodi.core.golden;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tuodi.core.json.JsonValue;
import org.tuodi.core.json.JsonValue.JsonArray;
import org.tuodi.core.json.JsonValue.JsonBoolean;
import org.tuodi.core.json.JsonValue.JsonNull;
import org.tuodi.core.json.JsonValue.JsonNumber;
import org.tuodi.core.json.JsonValue.JsonObject;
import org.tuodi.core.json.JsonValue.JsonString;
import org.tuodi.core.shared.Yuan;

/** Typed reads of a JSON object's members, failing with the file, line and key. */
record JsonFields(String file, JsonObject object) {

    Optional<JsonValue> optional(String key) {
        return object.get(key).filter(v -> !(v instanceof JsonNull));
    }

    JsonValue required(String key) {
        return optional(key).orElseThrow(() -> error(object, "missing '" + key + "'"));
    }

    /** The text of a string, number or boolean. */
    Optional<String> text(String key) {
        return optional(key).map(v -> literal(key, v));
    }

    String string(String key) {
        return literal(key, required(key));
    }

    int integer(String key) {
        return Integer.parseInt(string(key));
    }

    boolean bool(String key, boolean otherwise) {
        return text(key).map(Boolean::parseBoolean).orElse(otherwise);
    }

    LocalDate date(String key) {
        return LocalDate.parse(string(key));
    }

    Yuan yuan(String key) {
        return Yuan.parse(string(key));
    }

    Optional<Yuan> optionalYuan(String key) {
        return text(key).map(Yuan::parse);
    }

    JsonFields object(String key) {
        JsonValue value = required(key);
        if (!(value instanceof JsonObject o)) {
            throw error(value, "'" + key + "' must be an object");
        }
        return new JsonFields(file, o);
    }

    List<JsonFields> objects(String key) {
        return array(key).stream()
                .map(
                        v -> {
                            if (!(v instanceof JsonObject o)) {
                                throw error(v, "'" + key + "' must hold objects");
                            }
                            return new JsonFields(file, o);
                        })
                .toList();
    }

    List<String> strings(String key) {
        return array(key).stream().map(v -> literal(key, v)).toList();
    }

    private List<JsonValue> array(String key) {
        Optional<JsonValue> value = optional(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof JsonArray a)) {
            throw error(value.get(), "'" + key + "' must be an array");
        }
        return a.elements();
    }

    private String literal(String key, JsonValue value) {
        if (value instanceof JsonString s) {
            return s.value();
        }
        if (value instanceof JsonNumber n) {
            return n.text();
        }
        if (value instanceof JsonBoolean b) {
            return Boolean.toString(b.value());
        }
        throw error(value, "'" + key + "' must be a string, number or boolean");
    }

    IllegalArgumentException error(JsonValue at, String message) {
        return new IllegalArgumentException(file + " line " + at.line() + ": " + message);
    }
}
