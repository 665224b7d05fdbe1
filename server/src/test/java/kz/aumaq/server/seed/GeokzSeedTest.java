package kz.aumaq.server.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.server.demo.DemoDataLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Starts on the real geokz files beside the checkout ({@code ../shared/data/geokz}); disabled when they are absent. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "geokzPresent", disabledReason = "shared/data/geokz not found beside the checkout")
class GeokzSeedTest {

    @LocalServerPort
    int port;

    @Autowired
    AdminUnitRepository repository;

    static boolean geokzPresent() {
        return geokzDir().isPresent();
    }

    static Optional<Path> geokzDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/geokz");
            if (Files.isDirectory(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        Path dataDir = Files.createTempDirectory("aumaq-geokz-test");
        registry.add("aumaq.data-dir", dataDir::toString);
        registry.add("aumaq.seed.geokz-dir", () -> geokzDir().map(Path::toString).orElse(""));
    }

    @Test
    void theRealBoundariesReplaceTheDemoTerritory() throws Exception {
        assertThat(repository.countBySource(DemoDataLoader.SOURCE)).isZero();
        assertThat(repository.countBySource("geokz-2024")).isEqualTo(1 + 20 + 224);

        assertThat(get("/api/units?level=district&limit=0").get("numberMatched").asLong()).isEqualTo(224);
        JsonNode astana = get("/api/units?level=region&bbox=71.43,51.13,71.43,51.13");
        assertThat(astana.get("numberMatched").asLong()).isEqualTo(1);
        assertThat(astana.get("features").get(0).get("id").asString()).isEqualTo("710000000");
        assertThat(get("/api").get("demo").asBoolean()).isFalse();
    }

    private JsonNode get(String pathAndQuery) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(pathAndQuery).isEqualTo(200);
        return JsonMapper.builder().build().readTree(r.body());
    }
}
