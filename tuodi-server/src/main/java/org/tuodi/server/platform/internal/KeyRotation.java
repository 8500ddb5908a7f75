package org.tuodi.server.platform.internal;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tuodi.server.platform.AuditEntry;
import org.tuodi.server.platform.AuditLog;
import org.tuodi.server.platform.EncryptedColumns;

/**
 * 密钥轮换 ({@code tuodi keys rotate}): adds a new data key, makes it the active one, and re-encrypts
 * every stored value with it, batch after batch. The key file is rewritten first, before any value
 * is sealed with the new key, so a rotation that stops half-way leaves values under the old and the
 * new key, both in the file and both readable; running it again finishes the work. The lookup key
 * stays: the keyed hashes do not change (docs/security.md, "Keys").
 */
@Component
public class KeyRotation {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    private final KeyringCipher cipher;
    private final KeyringStore store;
    private final List<EncryptedColumns> columns;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    KeyRotation(
            KeyringCipher cipher,
            KeyringStore store,
            List<EncryptedColumns> columns,
            AuditLog audit) {
        this.cipher = cipher;
        this.store = store;
        this.columns = columns;
        this.audit = audit;
    }

    /** What a rotation did: the new active key, all key ids, and rows re-encrypted per table. */
    public record Report(String activeKey, List<String> keys, Map<String, Long> reencrypted) {}

    /**
     * Rotates and re-encrypts.
     *
     * @throws IllegalStateException if the keys come from the configuration, not a key file
     */
    public Report rotate(int batchSize) {
        Keyring next = cipher.keyring().withNewActiveKey(random);
        store.save(next);
        cipher.use(next);
        log.info(
                "data_keys=rotated active={} keys={} source=\"{}\"",
                next.activeId(),
                next.ids(),
                store.describe());
        audit.record(
                new AuditEntry(
                        "system",
                        "DATA_KEY_ROTATED",
                        "keyring",
                        next.activeId(),
                        "keys=" + String.join(",", next.ids())));
        return new Report(next.activeId(), next.ids(), reencrypt(batchSize));
    }

    /** Re-encrypts with the active key every value sealed with an older one. */
    public Map<String, Long> reencrypt(int batchSize) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (EncryptedColumns table : columns) {
            long total = 0;
            for (int done = table.reencryptBatch(batchSize);
                    done > 0;
                    done = table.reencryptBatch(batchSize)) {
                total += done;
            }
            counts.put(table.table(), total);
            log.info(
                    "data_keys=reencrypted table={} rows={} active={}",
                    table.table(),
                    total,
                    cipher.activeKeyId());
        }
        return counts;
    }
}
