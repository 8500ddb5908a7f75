package org.tuodi.server.platform;

import java.util.Objects;
import java.util.Optional;
import org.tuodi.core.event.Source;

/**
 * 部门令牌: per-department API tokens for the feeds. Tokens are stored hashed; a token may only send
 * its own department's records, at its own request rate. Implemented by the ingest module, used by
 * the platform's security.
 */
public interface DepartmentTokens {

    /**
     * What a presented token is: its id, department, its own rate (requests a minute; null for the
     * server's default), a key for its rate bucket (the stored hash: unique, and not the token),
     * and whether it is revoked.
     */
    record Grant(
            long id, Source department, Integer ratePerMinute, String bucketKey, boolean revoked) {
        public Grant {
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(bucketKey, "bucketKey");
        }
    }

    /** The token a raw bearer token is, revoked or not; empty if it is no token at all. */
    Optional<Grant> check(String rawToken);

    /** The department a raw bearer token belongs to, if it is a valid, unrevoked token. */
    default Optional<Source> authenticate(String rawToken) {
        return check(rawToken).filter(grant -> !grant.revoked()).map(Grant::department);
    }

    /** Issues a new token for a department and returns it in the clear, once. */
    String issue(Source department, String label);
}
