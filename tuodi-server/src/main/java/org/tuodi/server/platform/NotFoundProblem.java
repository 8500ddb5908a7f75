package org.tuodi.server.platform;

/** 不存在: answered as 404 problem+json naming the kind of thing and its id. */
public class NotFoundProblem extends RuntimeException {
    public NotFoundProblem(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
