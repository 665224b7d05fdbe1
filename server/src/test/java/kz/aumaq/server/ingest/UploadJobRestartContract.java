package kz.aumaq.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import kz.aumaq.server.security.TestUsers;
import kz.aumaq.server.testdb.TestServers;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Upload jobs are kept: after a restart their id, status, progress and report answer as before;
 * a job that was running when its server stopped is failed with the reason, nothing of it written,
 * and its upload can be committed again.
 */
abstract class UploadJobRestartContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    /** The server's properties (its database and data dir), the same for both starts. */
    abstract Map<String, String> database() throws Exception;

    private static final String POINTS = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"name": "ЦОН Есиль"}, "geometry": {"type": "Point", "coordinates": [71.43, 51.13]}},
              {"type": "Feature", "properties": {"name": "ХҚКО Алмалы"}, "geometry": {"type": "Point", "coordinates": [76.94, 43.25]}}]}""";

    @Test
    void jobsOutliveARestartAndAnInterruptedCommitCanBeCommittedAgain() throws Exception {
        Map<String, String> db = database();
        String id;
        JsonNode dryRun;
        try (ConfigurableApplicationContext first = TestServers.start(db)) {
            String base = TestServers.base(first);
            JsonNode posted = upload(base, "sites.geojson", POINTS.getBytes(StandardCharsets.UTF_8), "target", "layer", "layer", "restart-sites", "wait", "30");
            assertThat(posted.get("status").asString()).as(posted.toString()).isEqualTo("dry-run");
            id = posted.get("id").asString();
            dryRun = posted;
            // Its commit starts, and the server stops in the middle of it: as the row stands then.
            JdbcTemplate jdbc = new JdbcTemplate(first.getBean(javax.sql.DataSource.class));
            String node = first.getBean(kz.aumaq.server.cluster.NodeIdentity.class).id();
            jdbc.update("UPDATE upload_job SET status = 'running', dry_run = FALSE, progress = 40, node = ?, heartbeat_at = CURRENT_TIMESTAMP WHERE id = ?",
                    node, id);
        }
        try (ConfigurableApplicationContext second = TestServers.start(db)) {
            String base = TestServers.base(second);
            JsonNode after = get(base, "/api/ingest/jobs/" + id);
            assertThat(after.get("id").asString()).isEqualTo(id);
            assertThat(after.get("status").asString()).isEqualTo("failed");
            assertThat(after.get("error").asString()).contains("stopped while it ran", "nothing of it was written");
            assertThat(after.get("fileName").asString()).isEqualTo(dryRun.get("fileName").asString());
            assertThat(after.get("recordedJobs")).isEqualTo(dryRun.get("recordedJobs"));
            // nothing of the interrupted commit is there
            assertThat(new String(raw(base, "/ogcapi/collections/restart-sites").body(), StandardCharsets.UTF_8)).doesNotContain("\"id\":\"restart-sites\"");
            // and the upload can be committed again
            JsonNode committed = send(base, "POST", "/api/ingest/jobs/" + id + "/commit?wait=30");
            assertThat(committed.get("status").asString()).as(committed.toString()).isEqualTo("committed");
            assertThat(committed.get("counts").get("inserted").asInt()).isEqualTo(2);
            assertThat(raw(base, "/ogcapi/collections/restart-sites").statusCode()).isEqualTo(200);
            // committed once: a second click is refused
            HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest/jobs/" + id + "/commit"))
                    .header("Authorization", TestUsers.admin()).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(again.statusCode()).isEqualTo(409);
        }
        // and once more after another restart, the committed job and its report
        try (ConfigurableApplicationContext third = TestServers.start(db)) {
            JsonNode kept = get(TestServers.base(third), "/api/ingest/jobs/" + id);
            assertThat(kept.get("status").asString()).isEqualTo("committed");
            assertThat(kept.get("progress").asInt()).isEqualTo(100);
            assertThat(kept.get("report")).isNotNull();
            assertThat(kept.get("recordedJobs").size()).isEqualTo(2);
        }
    }

    private JsonNode get(String base, String path) throws Exception {
        HttpResponse<byte[]> r = raw(base, path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(new String(r.body(), StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> raw(String base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", TestUsers.admin()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode send(String base, String method, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", TestUsers.admin())
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    private JsonNode upload(String base, String name, byte[] content, String... fields) throws Exception {
        String boundary = "aumaq" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i += 2) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n" + fields[i + 1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest/jobs")).header("Authorization", TestUsers.admin())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }
}
