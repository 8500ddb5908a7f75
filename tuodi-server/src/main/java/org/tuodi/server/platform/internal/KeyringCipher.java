package org.tuodi.server.platform.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.tuodi.server.platform.PersonalDataCipher;
import org.tuodi.server.platform.TamperedDataException;

/**
 * The {@link PersonalDataCipher} over a {@link Keyring}: AES/GCM/NoPadding with a 96-bit random
 * nonce and a 128-bit tag, the field's name as additional data; ciphertext text {@code
 * KEYID:BASE64(nonce || ciphertext || tag)}; HMAC-SHA256 over {@code field NUL value} as lowercase
 * hex. The keyring is swapped as a whole by a rotation, so a value is always sealed and opened with
 * one consistent keyring.
 */
public final class KeyringCipher implements PersonalDataCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final AtomicReference<Keyring> keyring;
    private final SecureRandom random;

    public KeyringCipher(Keyring keyring, SecureRandom random) {
        this.keyring = new AtomicReference<>(keyring);
        this.random = random;
    }

    Keyring keyring() {
        return keyring.get();
    }

    /** From now on, seals with the new keyring's active key and opens with any of its keys. */
    void use(Keyring next) {
        keyring.set(next);
    }

    @Override
    public Sealed seal(Field field, String plaintext) {
        Keyring keys = keyring.get();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.active(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(field));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out =
                    ByteBuffer.allocate(nonce.length + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array();
            String text = keys.activeId() + ":" + Base64.getEncoder().encodeToString(out);
            return new Sealed(text, hash(keys, field, plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    @Override
    public String open(Field field, String ciphertext) {
        Keyring keys = keyring.get();
        int colon = ciphertext == null ? -1 : ciphertext.indexOf(':');
        if (colon < 1) {
            throw new TamperedDataException("stored " + field.context() + " is not a ciphertext");
        }
        String keyId = ciphertext.substring(0, colon);
        SecretKey key = keys.dataKey(keyId);
        if (key == null) {
            throw new TamperedDataException(
                    "stored "
                            + field.context()
                            + " names key "
                            + clip(keyId)
                            + ", which the keyring "
                            + keys.ids()
                            + " does not hold");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(ciphertext.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new TamperedDataException("stored " + field.context() + " is not valid base64");
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new TamperedDataException("stored " + field.context() + " is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key,
                    new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(aad(field));
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new TamperedDataException(
                    "stored "
                            + field.context()
                            + " (key "
                            + keyId
                            + ") failed its integrity check:"
                            + " it was altered or belongs to another field",
                    e);
        } catch (GeneralSecurityException e) {
            throw new TamperedDataException(
                    "stored " + field.context() + " (key " + keyId + ") cannot be decrypted", e);
        }
    }

    @Override
    public String lookupHash(Field field, String plaintext) {
        return hash(keyring.get(), field, plaintext);
    }

    @Override
    public String activeKeyId() {
        return keyring.get().activeId();
    }

    private static String hash(Keyring keys, Field field, String plaintext) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.lookupKey());
            mac.update(aad(field));
            mac.update((byte) 0);
            return HexFormat.of()
                    .formatHex(mac.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available: " + e.getMessage(), e);
        }
    }

    private static byte[] aad(Field field) {
        return field.context().getBytes(StandardCharsets.UTF_8);
    }

    private static String clip(String text) {
        return text.length() > 12 ? text.substring(0, 12) + "…" : text;
    }
}
