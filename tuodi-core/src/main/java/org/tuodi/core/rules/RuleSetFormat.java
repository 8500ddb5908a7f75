package org.tuodi.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.tuodi.core.json.Json;
import org.tuodi.core.json.JsonSyntaxException;
import org.tuodi.core.json.JsonValue;

/**
 * 预警指标体系文件格式: reads and writes rule set files ({@code tuodi-rule-set/1}, described in
 * docs/rule-sets.md) and gives a rule set's content hash, which every alert stores for audit and
 * replay.
 *
 * <p>Reading is strict: a missing required field, an unknown field, a value of the wrong type or
 * out of its list, and any rule the core records enforce are reported as a {@link
 * RuleSetFormatException} naming the file, the line and the path of the value at fault. The only
 * defaults are those of the documented optional fields. The top-level {@code notes} are commentary
 * on the file: they are checked but not part of the {@link RuleSet}, so they are not in the
 * canonical form or the hash; an indicator's {@code note} is.
 */
public final class RuleSetFormat {

    /** The value of the {@code format} field this version reads and writes. */
    public static final String FORMAT = "tuodi-rule-set/1";

    private static final String REFERENCE = "henan-reference.json";

    private RuleSetFormat() {}

    /**
     * Reads a rule set file.
     *
     * @param sourceName the file's name, used in error messages
     * @throws RuleSetFormatException naming the line and path of the first error
     */
    public static RuleSet parse(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        JsonValue json;
        try {
            json = Json.parse(text);
        } catch (JsonSyntaxException e) {
            throw new RuleSetFormatException(
                    sourceName, e.line(), e.column(), "", e.reason(), true);
        }
        return RuleSetReader.read(new Node(sourceName, "", json));
    }

    /**
     * The canonical text: fixed key order, every field explicit, no whitespace. Files that differ
     * only in layout, key order or the spelling of equal values ({@code 5000} and {@code
     * "5000.00"}) have the same canonical text, and {@code parse(canonical(r))} equals {@code r}
     * for every rule set {@link #parse} returns.
     */
    public static String canonical(RuleSet ruleSet) {
        return RuleSetWriter.canonical(ruleSet);
    }

    /**
     * {@code sha256:} and the first 16 hex digits of the SHA-256 of the canonical text in UTF-8.
     */
    public static String contentHash(RuleSet ruleSet) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(canonical(ruleSet).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The reference rule set bundled with the core, modelled on Henan's public description
     * (docs/rule-sets.md lists which values are public and which are defaults to set locally).
     */
    public static RuleSet loadReference() {
        try (InputStream in = RuleSetFormat.class.getResourceAsStream(REFERENCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + REFERENCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), REFERENCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
