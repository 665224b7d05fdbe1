package kz.aumaq.server.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the web workspace needs to know at start that is not in the layer catalog: basemaps and languages. */
@RestController
class WorkspaceController {

    static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    private final WorkspaceProperties properties;

    WorkspaceController(WorkspaceProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/api/workspace")
    Map<String, Object> workspace() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("languages", LANGUAGES);
        out.put("defaultLanguage", LANGUAGES.get(0));
        out.put("basemaps", properties.basemaps());
        return out;
    }
}
