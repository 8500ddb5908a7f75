package org.tuodi.server.platform;

/**
 * Columns that a module keeps encrypted with the {@link PersonalDataCipher}: a key rotation asks
 * each of them to re-encrypt, batch after batch, the values not yet sealed with the active key.
 */
public interface EncryptedColumns {

    /** The table, for the rotation's report. */
    String table();

    /**
     * Re-encrypts with the active key up to {@code batchSize} rows whose values were sealed with an
     * older key, in one transaction; answers how many rows it re-encrypted (0 when done).
     */
    int reencryptBatch(int batchSize);

    /**
     * Opens the first and the last value stored, so that keys that do not belong to the database
     * stop the server at start-up rather than fail its first read.
     *
     * @throws TamperedDataException if one of them does not open
     */
    void checkReadable();
}
