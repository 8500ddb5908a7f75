package org.tuodi.server.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tuodi.core.region.RegionCode;

/** Users for integration tests, all with the same password, and their HTTP Basic header. */
public final class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";

    private final Users users;

    public TestUsers(Users users) {
        this.users = users;
    }

    /** Creates the user, or finds it if a test before made it. */
    public CurrentUser user(String username, Role role, String region) {
        return users.findByUsername(username)
                .orElseGet(() -> users.create(username, PASSWORD, role, RegionCode.of(region)));
    }

    public static RequestPostProcessor as(CurrentUser user) {
        return basic(user.username(), PASSWORD);
    }

    public static RequestPostProcessor basic(String username, String password) {
        String token =
                Base64.getEncoder()
                        .encodeToString(
                                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Basic " + token);
            return request;
        };
    }

    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }
}
