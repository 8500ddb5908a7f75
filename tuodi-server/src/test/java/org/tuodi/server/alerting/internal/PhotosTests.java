package org.tuodi.server.alerting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhotosTests {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0};

    @Test
    void takesAJpegOrAPngThatIsWhatItSays() {
        assertThat(Photos.isImage("image/jpeg", JPEG)).isTrue();
        assertThat(Photos.isImage("image/png", PNG)).isTrue();
    }

    @Test
    void refusesAFileThatIsNotWhatItSaysOrNotAPhoto() {
        assertThat(Photos.isImage("image/png", JPEG)).isFalse();
        assertThat(Photos.isImage("image/jpeg", "%PDF-1.7".getBytes())).isFalse();
        assertThat(Photos.isImage("application/pdf", PNG)).isFalse();
        assertThat(Photos.isImage(null, PNG)).isFalse();
    }
}
