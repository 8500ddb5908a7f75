package org.tuodi.server.registry.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuodi.server.platform.EncryptedColumns;
import org.tuodi.server.platform.PersonalDataCipher;
import org.tuodi.server.platform.PersonalDataCipher.Field;

/**
 * The encrypted columns of {@code registry_member} (identity number, phone) as a key rotation
 * re-encrypts them: rows with a value sealed under an older key, a batch at a time. The keyed
 * hashes and the masked form do not change.
 */
@Component
class EncryptedMemberColumns implements EncryptedColumns {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    EncryptedMemberColumns(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public String table() {
        return "registry_member";
    }

    @Override
    public void checkReadable() {
        jdbc.sql(
                        """
                        (SELECT id_number_cipher FROM registry_member ORDER BY id LIMIT 1)
                        UNION ALL
                        (SELECT id_number_cipher FROM registry_member ORDER BY id DESC LIMIT 1)
                        """)
                .query(String.class)
                .list()
                .forEach(c -> cipher.open(Field.IDENTITY_NUMBER, c));
    }

    private record Stale(long id, String idNumber, String phone) {}

    @Override
    @Transactional
    public int reencryptBatch(int batchSize) {
        String active = cipher.activeKeyPattern();
        List<Stale> rows =
                jdbc.sql(
                                """
                                SELECT id, id_number_cipher, phone_cipher FROM registry_member
                                WHERE id_number_cipher NOT LIKE :active
                                   OR (phone_cipher IS NOT NULL AND phone_cipher NOT LIKE :active)
                                ORDER BY id LIMIT :limit FOR UPDATE
                                """)
                        .param("active", active)
                        .param("limit", batchSize)
                        .query(
                                (rs, n) ->
                                        new Stale(rs.getLong(1), rs.getString(2), rs.getString(3)))
                        .list();
        for (Stale row : rows) {
            String idNumber = cipher.open(Field.IDENTITY_NUMBER, row.idNumber());
            String phone = row.phone() == null ? null : cipher.open(Field.PHONE, row.phone());
            jdbc.sql(
                            """
                            UPDATE registry_member
                            SET id_number_cipher = :id, phone_cipher = :phone WHERE id = :row
                            """)
                    .param("id", cipher.seal(Field.IDENTITY_NUMBER, idNumber).ciphertext())
                    .param(
                            "phone",
                            phone == null ? null : cipher.seal(Field.PHONE, phone).ciphertext())
                    .param("row", row.id())
                    .update();
        }
        return rows.size();
    }
}
