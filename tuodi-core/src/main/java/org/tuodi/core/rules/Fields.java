package org.tuodi.core.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tuodi.core.json.JsonValue.JsonNull;
import org.tuodi.core.json.JsonValue.JsonObject;
import org.tuodi.core.json.JsonValue.Member;

/**
 * The members of an object of a rule set file. Unknown names are errors, never ignored, so that a
 * typo cannot turn into a silent default; the error suggests the closest allowed name.
 */
final class Fields {

    private final Node node;
    private final JsonObject object;

    Fields(Node node, JsonObject object) {
        this.node = node;
        this.object = object;
    }

    Node node() {
        return node;
    }

    /** Rejects any member not in {@code allowed}; {@code what} names the object in the message. */
    Fields allowOnly(Collection<String> allowed, String what) {
        for (Member m : object.members()) {
            if (!allowed.contains(m.key())) {
                String hint =
                        closest(m.key(), allowed)
                                .map(k -> "; did you mean \"" + k + "\"?")
                                .orElse(";");
                throw node.error(
                        m.line(),
                        m.column(),
                        node.child(m.key(), m.value()).path(),
                        "unknown field for "
                                + what
                                + hint
                                + " allowed: "
                                + String.join(", ", allowed));
            }
        }
        return this;
    }

    /** Rejects a member that is allowed in general but not here. */
    void forbid(String key, String reason) {
        Optional<Member> member = object.member(key);
        if (member.isPresent()) {
            throw node.child(key, member.get().value()).error(reason);
        }
    }

    /** A required member. */
    Node get(String key) {
        return find(key)
                .orElseThrow(
                        () ->
                                node.error(
                                        object.line(),
                                        object.column(),
                                        node.child(key, object).path(),
                                        "required field is missing"));
    }

    /** An optional member; {@code null} counts as absent. */
    Optional<Node> find(String key) {
        return object.get(key).filter(v -> !(v instanceof JsonNull)).map(v -> node.child(key, v));
    }

    /** The members in their order, as name and value. */
    List<Map.Entry<String, Node>> entries() {
        List<Map.Entry<String, Node>> entries = new ArrayList<>();
        for (Member m : object.members()) {
            entries.add(Map.entry(m.key(), node.child(m.key(), m.value())));
        }
        return entries;
    }

    /** The allowed name within two edits of {@code key}, ignoring case, if any. */
    static Optional<String> closest(String key, Collection<String> allowed) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : allowed) {
            int d = distance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
