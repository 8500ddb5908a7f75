package org.tuodi.server.platform;

import java.util.Objects;

/**
 * 须有授权书: the request needs the household's valid data-query authorisation (授权书) for a scope, and
 * there is none. Answered as 403 problem+json of type {@code
 * urn:tuodi:problem:authorisation-required}, whose detail says what is missing and how to record it
 * (unlike other refusals, it tells the client what to do); ids only, no personal data.
 */
public class AuthorisationRequiredProblem extends RuntimeException {

    private final String household;
    private final String scope;

    public AuthorisationRequiredProblem(String household, String scope) {
        super(
                "household "
                        + household
                        + " has no data-query authorisation (授权书) with scope "
                        + scope
                        + " valid today: record the signed authorisation first (POST"
                        + " /api/v1/households/"
                        + household
                        + "/authorisations)");
        this.household = Objects.requireNonNull(household, "household");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    public String household() {
        return household;
    }

    public String scope() {
        return scope;
    }
}
