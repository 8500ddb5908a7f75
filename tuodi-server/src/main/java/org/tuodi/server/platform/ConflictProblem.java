package org.tuodi.server.platform;

/**
 * 冲突: answered as 409 problem+json: a stale version (optimistic locking), a transition the case
 * state machine does not allow, a duplicate.
 */
public class ConflictProblem extends RuntimeException {
    public ConflictProblem(String message) {
        super(message);
    }
}
