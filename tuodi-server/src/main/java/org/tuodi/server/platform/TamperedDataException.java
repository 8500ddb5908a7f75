package org.tuodi.server.platform;

/**
 * 密文校验失败: a stored ciphertext failed its integrity check (GCM tag), is malformed, or names a key
 * the keyring does not hold. The message names the field and key id, never a value.
 */
public class TamperedDataException extends RuntimeException {
    public TamperedDataException(String message) {
        super(message);
    }

    public TamperedDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
