package org.tuodi.server.platform.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * 密钥环: the data keys (AES-256, each with an id such as {@code k2}), the id of the one active key
 * that encrypts new values, and the lookup key (HMAC-SHA256) that makes the keyed hashes used for
 * exact lookup. Older data keys stay to decrypt values sealed before a rotation. Its text form (the
 * key file, or {@code tuodi.crypto.keys} with {@code ;} between lines) is:
 *
 * <pre>
 * active=k2
 * lookup=BASE64 (32 bytes)
 * key.k1=BASE64 (32 bytes)
 * key.k2=BASE64 (32 bytes)
 * </pre>
 *
 * Its {@code toString} shows key ids only, never key bytes.
 */
public final class Keyring {

    private static final Pattern KEY_ID = Pattern.compile("k[0-9]{1,6}");
    private static final int KEY_BYTES = 32;

    private final Map<String, SecretKey> dataKeys;
    private final String activeId;
    private final SecretKey lookupKey;

    Keyring(Map<String, SecretKey> dataKeys, String activeId, SecretKey lookupKey) {
        this.dataKeys = Map.copyOf(dataKeys);
        this.activeId = Objects.requireNonNull(activeId, "activeId");
        this.lookupKey = Objects.requireNonNull(lookupKey, "lookupKey");
        if (!this.dataKeys.containsKey(activeId)) {
            throw new IllegalArgumentException(
                    "the active key " + activeId + " is not among the data keys " + ids());
        }
    }

    /** A new keyring: one data key {@code k1} (active) and a lookup key, from the random source. */
    public static Keyring generate(SecureRandom random) {
        return new Keyring(Map.of("k1", newKey(random, "AES")), "k1", newKey(random, "HmacSHA256"));
    }

    /** This keyring with one more data key, which becomes the active one; the lookup key stays. */
    public Keyring withNewActiveKey(SecureRandom random) {
        int next =
                dataKeys.keySet().stream()
                                .mapToInt(id -> Integer.parseInt(id.substring(1)))
                                .max()
                                .orElse(0)
                        + 1;
        Map<String, SecretKey> keys = new LinkedHashMap<>(dataKeys);
        String id = "k" + next;
        keys.put(id, newKey(random, "AES"));
        return new Keyring(keys, id, lookupKey);
    }

    private static SecretKey newKey(SecureRandom random, String algorithm) {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return new SecretKeySpec(bytes, algorithm);
    }

    /**
     * Reads the text form.
     *
     * @param origin where the text comes from, for the message (never the text itself)
     * @throws IllegalArgumentException naming the line at fault
     */
    public static Keyring parse(String text, String origin) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String active = null;
        SecretKey lookup = null;
        int lineNumber = 0;
        for (String raw : text.split("[;\\n]")) {
            lineNumber++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw bad(origin, lineNumber, "is not NAME=VALUE");
            }
            String name = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            if (name.equals("active")) {
                active = value;
            } else if (name.equals("lookup")) {
                lookup = new SecretKeySpec(bytes(value, origin, lineNumber), "HmacSHA256");
            } else if (name.startsWith("key.") && KEY_ID.matcher(name.substring(4)).matches()) {
                keys.put(
                        name.substring(4),
                        new SecretKeySpec(bytes(value, origin, lineNumber), "AES"));
            } else {
                throw bad(origin, lineNumber, "has an unknown name '" + name + "'");
            }
        }
        if (active == null || lookup == null || keys.isEmpty()) {
            throw new IllegalArgumentException(
                    origin
                            + ": a keyring needs active=ID, lookup=BASE64 and at least one key.ID=BASE64");
        }
        try {
            return new Keyring(keys, active, lookup);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage());
        }
    }

    private static byte[] bytes(String base64, String origin, int line) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw bad(origin, line, "is not valid base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw bad(origin, line, "holds " + bytes.length + " bytes, not " + KEY_BYTES);
        }
        return bytes;
    }

    private static IllegalArgumentException bad(String origin, int line, String problem) {
        return new IllegalArgumentException(origin + ": line " + line + " " + problem);
    }

    /** The text form (key file contents), newest key last. */
    public String format() {
        StringBuilder text =
                new StringBuilder(
                        "# Tuodi data keys (docs/security.md, \"Keys\"). Secret: readable by the"
                                + " server's user only.\n");
        text.append("active=").append(activeId).append('\n');
        text.append("lookup=").append(base64(lookupKey)).append('\n');
        dataKeys.keySet().stream()
                .sorted((a, b) -> Integer.compare(number(a), number(b)))
                .forEach(
                        id ->
                                text.append("key.")
                                        .append(id)
                                        .append('=')
                                        .append(base64(dataKeys.get(id)))
                                        .append('\n'));
        return text.toString();
    }

    private static int number(String id) {
        return Integer.parseInt(id.substring(1));
    }

    private static String base64(SecretKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    String activeId() {
        return activeId;
    }

    SecretKey active() {
        return dataKeys.get(activeId);
    }

    /** The data key of the id, or null. */
    SecretKey dataKey(String id) {
        return dataKeys.get(id);
    }

    SecretKey lookupKey() {
        return lookupKey;
    }

    /** The data key ids, oldest first. */
    public List<String> ids() {
        return dataKeys.keySet().stream()
                .sorted((a, b) -> Integer.compare(number(a), number(b)))
                .toList();
    }

    @Override
    public String toString() {
        return "Keyring[active=" + activeId + ", keys=" + ids() + "]";
    }
}
