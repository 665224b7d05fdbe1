package kz.aumaq.server.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How server tests sign in: as the first administrator, whose password the test properties set
 * ({@code src/test/resources/application.properties}), or as users a test creates.
 */
public final class TestUsers {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password-1";

    private TestUsers() {
    }

    /** The value of an {@code Authorization} header for HTTP Basic. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String admin() {
        return basic(ADMIN, ADMIN_PASSWORD);
    }
}
