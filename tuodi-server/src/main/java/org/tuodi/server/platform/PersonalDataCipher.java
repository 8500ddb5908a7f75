package org.tuodi.server.platform;

/**
 * 个人信息加密: identity numbers and phone numbers are stored encrypted (AES-256-GCM, a random 96-bit
 * nonce per value, the id of the key stored with each ciphertext as {@code k2:BASE64}) next to a
 * keyed hash (HMAC-SHA256, hex) for exact lookup, so that the database never holds them in plain
 * text and a lookup by number is a lookup by hash. The field is bound to the ciphertext (GCM
 * additional data), so an identity number's ciphertext copied into a phone column does not open.
 * Keys come from the keyring (docs/security.md, "Keys").
 */
public interface PersonalDataCipher {

    /** What a value is: its name is part of the ciphertext's additional data and of the hash. */
    enum Field {
        /** 公民身份号码. */
        IDENTITY_NUMBER("identity-number"),
        /** 联系电话. */
        PHONE("phone");

        private final String context;

        Field(String context) {
            this.context = context;
        }

        public String context() {
            return context;
        }
    }

    /** A value as stored: its ciphertext and its keyed hash. Shows neither in {@code toString}. */
    record Sealed(String ciphertext, String lookupHash) {
        @Override
        public String toString() {
            return "Sealed[" + ciphertext.substring(0, ciphertext.indexOf(':')) + "]";
        }
    }

    /** Encrypts with the active key and hashes with the lookup key. */
    Sealed seal(Field field, String plaintext);

    /**
     * Decrypts a stored ciphertext with the key it names.
     *
     * @throws TamperedDataException if the ciphertext was altered, is not one, or its key is
     *     unknown
     */
    String open(Field field, String ciphertext);

    /** The keyed hash of a value, as {@link #seal} stores it: what lookups compare. */
    String lookupHash(Field field, String plaintext);

    /** The id of the key new values are encrypted with, e.g. {@code k2}. */
    String activeKeyId();

    /** The SQL {@code LIKE} pattern of ciphertexts sealed with the active key ({@code k2:%}). */
    default String activeKeyPattern() {
        return activeKeyId() + ":%";
    }
}
