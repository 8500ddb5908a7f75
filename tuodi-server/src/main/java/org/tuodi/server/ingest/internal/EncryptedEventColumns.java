package org.tuodi.server.ingest.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuodi.server.platform.EncryptedColumns;
import org.tuodi.server.platform.PersonalDataCipher;
import org.tuodi.server.platform.PersonalDataCipher.Field;

/**
 * The encrypted column of {@code ingest_event} (the person's identity number) as a key rotation
 * re-encrypts it: rows sealed under an older key, a batch at a time. The keyed hash and the masked
 * form do not change.
 */
@Component
class EncryptedEventColumns implements EncryptedColumns {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    EncryptedEventColumns(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public String table() {
        return "ingest_event";
    }

    @Override
    public void checkReadable() {
        jdbc.sql(
                        """
                        (SELECT id_number_cipher FROM ingest_event ORDER BY id LIMIT 1)
                        UNION ALL
                        (SELECT id_number_cipher FROM ingest_event ORDER BY id DESC LIMIT 1)
                        """)
                .query(String.class)
                .list()
                .forEach(c -> cipher.open(Field.IDENTITY_NUMBER, c));
    }

    private record Stale(long id, String idNumber) {}

    @Override
    @Transactional
    public int reencryptBatch(int batchSize) {
        List<Stale> rows =
                jdbc.sql(
                                """
                                SELECT id, id_number_cipher FROM ingest_event
                                WHERE id_number_cipher NOT LIKE :active
                                ORDER BY id LIMIT :limit FOR UPDATE
                                """)
                        .param("active", cipher.activeKeyPattern())
                        .param("limit", batchSize)
                        .query((rs, n) -> new Stale(rs.getLong(1), rs.getString(2)))
                        .list();
        for (Stale row : rows) {
            String idNumber = cipher.open(Field.IDENTITY_NUMBER, row.idNumber());
            jdbc.sql("UPDATE ingest_event SET id_number_cipher = :id WHERE id = :row")
                    .param("id", cipher.seal(Field.IDENTITY_NUMBER, idNumber).ciphertext())
                    .param("row", row.id())
                    .update();
        }
        return rows.size();
    }
}
