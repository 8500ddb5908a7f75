package org.tuodi.server.platform.web;

import tools.jackson.core.JacksonException;

/** The JSON path of a Jackson error, written as bean validation writes fields: {@code a.b[2].c}. */
final class JsonPaths {

    private JsonPaths() {}

    static String of(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
