package kz.aumaq.server.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pages' message bundles say the same things in kk, ru and en: no word missing in one language, none left empty. */
class MessageBundlesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyLanguageHasEveryKeyAndNoEmptyText() throws Exception {
        Set<String> kk = keys("kk");
        assertThat(kk).hasSizeGreaterThan(50).contains("app.title", "search.placeholder", "print.title", "level.district");
        assertThat(keys("ru")).isEqualTo(kk);
        assertThat(keys("en")).isEqualTo(kk);
    }

    private static Set<String> keys(String lang) throws Exception {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/static/i18n/" + lang + ".json")) {
            assertThat(in).as("bundle " + lang).isNotNull();
            JsonNode bundle = JSON.readTree(in);
            Set<String> out = new TreeSet<>();
            for (String key : bundle.propertyNames()) {
                assertThat(bundle.get(key).asString()).as(lang + " " + key).isNotBlank();
                out.add(key);
            }
            return out;
        }
    }
}
