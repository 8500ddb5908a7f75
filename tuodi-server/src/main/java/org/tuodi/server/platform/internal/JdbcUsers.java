package org.tuodi.server.platform.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.tuodi.core.region.RegionCode;
import org.tuodi.core.region.RegionDirectory;
import org.tuodi.server.platform.ConflictProblem;
import org.tuodi.server.platform.CurrentUser;
import org.tuodi.server.platform.InvalidInputProblem;
import org.tuodi.server.platform.Role;
import org.tuodi.server.platform.Users;

/**
 * Users in {@code platform_user}. Passwords go through the delegating encoder (bcrypt by default,
 * stored with its {@code {bcrypt}} prefix so the algorithm can change later); the raw password is
 * never stored or logged.
 */
@Component
class JdbcUsers implements Users {

    static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final RegionDirectory regions;

    JdbcUsers(JdbcClient jdbc, PasswordEncoder encoder, Clock clock, RegionDirectory regions) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
        this.regions = regions;
    }

    @Override
    public CurrentUser create(String username, String rawPassword, Role role, RegionCode region) {
        check(username, rawPassword, role, region);
        try {
            long id =
                    jdbc.sql(
                                    """
                                    INSERT INTO platform_user
                                        (username, password_hash, role, region_code, created_at)
                                    VALUES (:username, :hash, :role, :region, :now)
                                    RETURNING id
                                    """)
                            .param("username", username)
                            .param("hash", encoder.encode(rawPassword))
                            .param("role", role.name())
                            .param("region", region.value())
                            .param("now", OffsetDateTime.now(clock))
                            .query(Long.class)
                            .single();
            return new CurrentUser(id, username, role, region);
        } catch (DuplicateKeyException e) {
            throw new ConflictProblem("username " + username + " is taken");
        }
    }

    private void check(String username, String rawPassword, Role role, RegionCode region) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputProblem(
                    "username",
                    "3 to 64 characters: letters, digits, '.', '_' or '-', starting with a letter"
                            + " or digit");
        }
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputProblem(
                    "password", "at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (role == null) {
            throw new InvalidInputProblem("role", "required");
        }
        if (region == null || regions.find(region).isEmpty()) {
            throw new InvalidInputProblem(
                    "regionCode", "not a region of the statistical division codes (2023)");
        }
        if (role.level() != null && role.level() != region.level()) {
            throw new InvalidInputProblem(
                    "regionCode",
                    "a "
                            + role
                            + " belongs to a "
                            + role.level()
                            + " region, "
                            + region
                            + " is a "
                            + region.level());
        }
    }

    @Override
    public Optional<CurrentUser> find(long id) {
        return jdbc.sql("SELECT id, username, role, region_code FROM platform_user WHERE id = :id")
                .param("id", id)
                .query(JdbcUsers::currentUser)
                .optional();
    }

    @Override
    public Optional<CurrentUser> findByUsername(String username) {
        return jdbc.sql(
                        """
                        SELECT id, username, role, region_code
                        FROM platform_user WHERE username = :username
                        """)
                .param("username", username)
                .query(JdbcUsers::currentUser)
                .optional();
    }

    /** The user with its password hash and whether it may sign in, for authentication. */
    Optional<PlatformUserDetails> account(String username) {
        return jdbc.sql(
                        """
                        SELECT id, username, role, region_code, password_hash, enabled
                        FROM platform_user WHERE username = :username
                        """)
                .param("username", username)
                .query(
                        (rs, n) ->
                                new PlatformUserDetails(
                                        currentUser(rs, n),
                                        rs.getString("password_hash"),
                                        rs.getBoolean("enabled")))
                .optional();
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT count(*) FROM platform_user").query(Long.class).single();
    }

    private static CurrentUser currentUser(ResultSet rs, int rowNum) throws SQLException {
        return new CurrentUser(
                rs.getLong("id"),
                rs.getString("username"),
                Role.valueOf(rs.getString("role")),
                new RegionCode(rs.getString("region_code")));
    }
}
