package org.tuodi.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasksTests {

    @Test
    void masksTheBirthDateAndSequenceOfAnIdentityNumberInText() {
        assertThat(Masks.identityNumbers("Key (id_number)=(411122195008081445) already exists"))
                .isEqualTo("Key (id_number)=(411122********1445) already exists");
        assertThat(Masks.identityNumbers("person 41112220070618142X and 41112220070618142x"))
                .isEqualTo("person 411122********142X and 411122********142x");
    }

    @Test
    void leavesShorterAndLongerNumbersAlone() {
        assertThat(Masks.identityNumbers("region 411122101201, amount 4999.99"))
                .isEqualTo("region 411122101201, amount 4999.99");
        assertThat(Masks.identityNumbers("1234567890123456789012"))
                .isEqualTo("1234567890123456789012");
        assertThat(Masks.identityNumbers(null)).isNull();
    }

    @Test
    void masksAPhoneNumberKeepingTheMobilePrefixAndTheLastFour() {
        assertThat(Masks.phone("13800138000")).isEqualTo("138****8000");
        assertThat(Masks.phone("0395-1234567")).isEqualTo("********4567");
        assertThat(Masks.phone("12345")).isEqualTo("*****");
        assertThat(Masks.phone(null)).isNull();
    }
}
