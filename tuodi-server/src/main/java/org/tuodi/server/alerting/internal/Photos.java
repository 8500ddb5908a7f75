package org.tuodi.server.alerting.internal;

/**
 * 入户照片: a photo is taken only if it is what it says: a JPEG (starting FF D8 FF) declared {@code
 * image/jpeg}, or a PNG (starting with the 8-byte PNG signature) declared {@code image/png}.
 */
final class Photos {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private Photos() {}

    static boolean isImage(String contentType, byte[] content) {
        if ("image/jpeg".equals(contentType)) {
            return content.length >= 3
                    && (content[0] & 0xFF) == 0xFF
                    && (content[1] & 0xFF) == 0xD8
                    && (content[2] & 0xFF) == 0xFF;
        }
        if ("image/png".equals(contentType)) {
            if (content.length < PNG.length) {
                return false;
            }
            for (int i = 0; i < PNG.length; i++) {
                if (content[i] != PNG[i]) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
