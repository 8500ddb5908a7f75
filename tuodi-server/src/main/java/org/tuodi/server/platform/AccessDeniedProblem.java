package org.tuodi.server.platform;

/** 无权访问: answered as 403 problem+json; the message is for the log, not the client. */
public class AccessDeniedProblem extends RuntimeException {
    public AccessDeniedProblem(String message) {
        super(message);
    }
}
