package kz.aumaq.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import kz.aumaq.server.testdb.PostgisTestSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same security contract on PostGIS, where the database itself also keeps the audit trail append-only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgis")
class PostgisSecurityTest extends SecurityContract {

    static final PostgisTestSchema SCHEMA = new PostgisTestSchema("sectest");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        SCHEMA.register(registry);
    }

    @AfterAll
    static void dropSchema() {
        SCHEMA.drop();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditEntries() throws Exception {
        assertThat(json("PATCH", "/api/layers/regions", admin(), "{\"attribution\": \"append-only\"}").status()).isEqualTo(200);
        try (Connection c = SCHEMA.connect(); Statement st = c.createStatement()) {
            st.execute("SET search_path TO " + SCHEMA.name());
            assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_entry SET actor = 'someone else'")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_entry")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("TRUNCATE audit_entry")).hasMessageContaining("append-only");
        }
    }
}
