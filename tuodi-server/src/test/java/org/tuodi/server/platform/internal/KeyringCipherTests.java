package org.tuodi.server.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tuodi.server.platform.PersonalDataCipher.Field;
import org.tuodi.server.platform.PersonalDataCipher.Sealed;
import org.tuodi.server.platform.TamperedDataException;

@DisplayName("个人信息加密: AES-256-GCM with key ids, HMAC-SHA256 lookup hashes")
class KeyringCipherTests {

    static final String ID_NUMBER = "411122195008081445";

    final SecureRandom random = new SecureRandom();
    final Keyring keyring = Keyring.generate(random);
    final KeyringCipher cipher = new KeyringCipher(keyring, random);

    @Test
    void sealsWithTheActiveKeyAndAFreshNonceSoTheSameNumberNeverLooksTheSame() {
        Sealed first = cipher.seal(Field.IDENTITY_NUMBER, ID_NUMBER);
        Sealed second = cipher.seal(Field.IDENTITY_NUMBER, ID_NUMBER);

        assertThat(first.ciphertext()).startsWith("k1:").doesNotContain(ID_NUMBER);
        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
        assertThat(Base64.getDecoder().decode(first.ciphertext().substring(3)))
                .hasSize(12 + ID_NUMBER.length() + 16);
        assertThat(cipher.open(Field.IDENTITY_NUMBER, first.ciphertext())).isEqualTo(ID_NUMBER);
        assertThat(cipher.open(Field.IDENTITY_NUMBER, second.ciphertext())).isEqualTo(ID_NUMBER);
        assertThat(first.toString()).isEqualTo("Sealed[k1]");
    }

    @Test
    void theLookupHashIsTheSameForTheSameNumberAndDiffersBetweenFields() {
        Sealed sealed = cipher.seal(Field.IDENTITY_NUMBER, ID_NUMBER);

        assertThat(sealed.lookupHash())
                .hasSize(64)
                .matches("[0-9a-f]{64}")
                .isEqualTo(cipher.lookupHash(Field.IDENTITY_NUMBER, ID_NUMBER))
                .isNotEqualTo(cipher.lookupHash(Field.PHONE, ID_NUMBER));
        assertThat(
                        new KeyringCipher(Keyring.generate(random), random)
                                .lookupHash(Field.IDENTITY_NUMBER, ID_NUMBER))
                .as("another lookup key gives another hash")
                .isNotEqualTo(sealed.lookupHash());
    }

    @Test
    void aValueSealedUnderARetiredKeyStillOpensAfterARotationAndKeepsItsHash() {
        Sealed old = cipher.seal(Field.PHONE, "13800138000");

        Keyring rotated = keyring.withNewActiveKey(random);
        cipher.use(rotated);
        Sealed renewed = cipher.seal(Field.PHONE, "13800138000");

        assertThat(rotated.ids()).containsExactly("k1", "k2");
        assertThat(cipher.activeKeyId()).isEqualTo("k2");
        assertThat(cipher.activeKeyPattern()).isEqualTo("k2:%");
        assertThat(renewed.ciphertext()).startsWith("k2:");
        assertThat(cipher.open(Field.PHONE, old.ciphertext())).isEqualTo("13800138000");
        assertThat(renewed.lookupHash()).isEqualTo(old.lookupHash());
    }

    @Test
    void aTamperedCiphertextIsDetectedAndTheMessageCarriesNoValue() {
        String ciphertext = cipher.seal(Field.IDENTITY_NUMBER, ID_NUMBER).ciphertext();
        byte[] bytes = Base64.getDecoder().decode(ciphertext.substring(3));
        bytes[20] ^= 0x01;
        String tampered = "k1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.open(Field.IDENTITY_NUMBER, tampered))
                .isInstanceOf(TamperedDataException.class)
                .hasMessageContaining("failed its integrity check")
                .hasMessageNotContaining(ID_NUMBER);
    }

    @Test
    void aCiphertextOfOneFieldDoesNotOpenAsAnother() {
        String phone = cipher.seal(Field.PHONE, "13800138000").ciphertext();

        assertThatThrownBy(() -> cipher.open(Field.IDENTITY_NUMBER, phone))
                .isInstanceOf(TamperedDataException.class);
    }

    @Test
    void aCiphertextUnderAnUnknownKeyOrNotACiphertextAtAllIsRefused() {
        String ciphertext = cipher.seal(Field.IDENTITY_NUMBER, ID_NUMBER).ciphertext();

        assertThatThrownBy(() -> cipher.open(Field.IDENTITY_NUMBER, "k9" + ciphertext.substring(2)))
                .isInstanceOf(TamperedDataException.class)
                .hasMessageContaining("names key k9");
        assertThatThrownBy(() -> cipher.open(Field.IDENTITY_NUMBER, ID_NUMBER))
                .isInstanceOf(TamperedDataException.class)
                .hasMessage("stored identity-number is not a ciphertext")
                .hasMessageNotContaining(ID_NUMBER);
        assertThatThrownBy(() -> cipher.open(Field.IDENTITY_NUMBER, "k1:AAAA"))
                .isInstanceOf(TamperedDataException.class)
                .hasMessageContaining("too short");
    }

    @Test
    void theKeyringTextRoundTripsAndItsToStringShowsKeyIdsOnly() {
        Keyring rotated = keyring.withNewActiveKey(random);
        String text = rotated.format();

        Keyring read = Keyring.parse(text, "test");
        KeyringCipher reader = new KeyringCipher(read, random);

        assertThat(text).contains("active=k2", "lookup=", "key.k1=", "key.k2=");
        assertThat(read.toString()).isEqualTo("Keyring[active=k2, keys=[k1, k2]]");
        String sealed =
                new KeyringCipher(rotated, random).seal(Field.PHONE, "0395-1234567").ciphertext();
        assertThat(reader.open(Field.PHONE, sealed)).isEqualTo("0395-1234567");
        assertThat(Keyring.parse(text.replace("\n", ";"), "inline").ids())
                .containsExactly("k1", "k2");
    }

    @Test
    void aBrokenKeyringTextIsRefusedNamingTheLine() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);

        assertThatThrownBy(
                        () -> Keyring.parse("active=k1;lookup=" + key + ";key.k1=AAAA", "file x"))
                .hasMessage("file x: line 3 holds 3 bytes, not 32");
        assertThatThrownBy(() -> Keyring.parse("active=k2;lookup=" + key + ";key.k1=" + key, "x"))
                .hasMessageContaining("the active key k2 is not among the data keys [k1]");
        assertThatThrownBy(() -> Keyring.parse("lookup=" + key, "x"))
                .hasMessageContaining("a keyring needs active=ID");
        assertThatThrownBy(() -> Keyring.parse("active=k1;secret=" + key, "x"))
                .hasMessage("x: line 2 has an unknown name 'secret'");
    }
}
