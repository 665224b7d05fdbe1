package kz.aumaq.server.testdb;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.aumaq.server.AumaqApplication;
import kz.aumaq.server.security.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole servers started and stopped by a test, as often as it needs (a restart is two starts on the
 * same database and data directory), each on a free port.
 */
public final class TestServers {

    private TestServers() {
    }

    /** Starts a server with these properties (its database, data dir…), as command-line arguments: they win over the yml files. */
    public static ConfigurableApplicationContext start(Map<String, String> properties) {
        Map<String, Object> p = new LinkedHashMap<>(properties);
        p.putIfAbsent("server.port", "0");
        p.putIfAbsent("aumaq.layers.refresh-seconds", "0");
        p.putIfAbsent("aumaq.security.admin-password", TestUsers.ADMIN_PASSWORD);
        return new SpringApplicationBuilder(AumaqApplication.class).run(p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new));
    }

    /** The started server's root URL. */
    public static String base(ConfigurableApplicationContext app) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }
}
