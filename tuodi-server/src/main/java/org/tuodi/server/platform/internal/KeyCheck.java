package org.tuodi.server.platform.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.tuodi.server.platform.EncryptedColumns;
import org.tuodi.server.platform.TamperedDataException;

/**
 * At start-up, before the server takes requests: the keyring must open what the database holds.
 * Keys that belong to another database (a key file lost and made anew, the wrong file given) stop
 * the server with a message saying so, instead of failing every read of a household later.
 */
@Component
class KeyCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(KeyCheck.class);

    private final List<EncryptedColumns> columns;
    private final KeyringStore store;

    KeyCheck(List<EncryptedColumns> columns, KeyringStore store) {
        this.columns = columns;
        this.store = store;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (EncryptedColumns table : columns) {
            try {
                table.checkReadable();
            } catch (TamperedDataException e) {
                throw new IllegalStateException(
                        "the data keys ("
                                + store.describe()
                                + ") do not open the numbers stored in "
                                + table.table()
                                + ": "
                                + e.getMessage()
                                + ". Start with the keys that belong to this database"
                                + " (docs/security.md, \"Keys\").",
                        e);
            }
        }
        log.info(
                "data_keys=checked tables={}",
                columns.stream().map(EncryptedColumns::table).toList());
    }
}
