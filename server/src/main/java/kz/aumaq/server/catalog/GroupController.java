package kz.aumaq.server.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.gis.layer.CatalogJson;
import kz.aumaq.gis.layer.CatalogView;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.LayerGroup;
import kz.aumaq.server.api.ApiException;
import kz.aumaq.server.security.LayerVisibility;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Layer groups ({@code admin}…): listed as the viewer sees them (members they may not see left
 * out), and edited by the GIS team — titles, abstract, keywords, members — stored like every
 * catalog change.
 */
@RestController
@RequestMapping("/api/groups")
public class GroupController {

    private final LayerCatalog catalog;
    private final LayerVisibility visibility;
    private final CatalogEdits edits;

    public GroupController(LayerCatalog catalog, LayerVisibility visibility, CatalogEdits edits) {
        this.catalog = catalog;
        this.visibility = visibility;
        this.edits = edits;
    }

    @GetMapping
    public List<Map<String, Object>> list() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (LayerGroup g : view().groups()) out.add(describe(g));
        return out;
    }

    @GetMapping("/{name}")
    public Map<String, Object> one(@PathVariable String name) {
        return describe(existing(name));
    }

    @PatchMapping(value = "/{name}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    public Map<String, Object> patch(@PathVariable String name, @RequestBody(required = false) String body) {
        GroupPatch patch = GroupPatch.parse(body);
        existing(name);
        edits.updateGroup(name, g -> patch.applyTo(g, catalog));
        return describe(existing(name));
    }

    private LayerGroup existing(String name) {
        return view().group(name).orElseThrow(() -> ApiException.notFound("No group named " + name));
    }

    private CatalogView view() {
        return catalog.view(visibility.current());
    }

    private static Map<String, Object> describe(LayerGroup g) {
        return new LinkedHashMap<>(CatalogJson.map(g));
    }
}
