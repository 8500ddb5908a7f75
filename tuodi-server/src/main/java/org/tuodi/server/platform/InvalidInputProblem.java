package org.tuodi.server.platform;

/**
 * 输入有误: answered as 400 problem+json with the field at fault ({@code field}: a JSON pointer or a
 * column name) and the reason.
 */
public class InvalidInputProblem extends RuntimeException {

    private final String field;

    public InvalidInputProblem(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
