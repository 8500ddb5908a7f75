package org.tuodi.server.platform;

import java.util.Optional;
import org.tuodi.core.event.Source;

/**
 * 部门令牌: per-department API tokens for the feeds. Tokens are stored hashed; a token may only send
 * its own department's records. Implemented by the ingest module, used by the platform's security.
 */
public interface DepartmentTokens {

    /** The department a raw bearer token belongs to, if it is a valid, unrevoked token. */
    Optional<Source> authenticate(String rawToken);

    /** Issues a new token for a department and returns it in the clear, once. */
    String issue(Source department, String label);
}
