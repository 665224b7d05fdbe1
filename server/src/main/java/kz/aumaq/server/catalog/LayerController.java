package kz.aumaq.server.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.aumaq.gis.layer.CatalogView;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.Visibility;
import kz.aumaq.server.api.ApiException;
import kz.aumaq.server.security.LayerVisibility;
import kz.aumaq.server.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The published layers: described with links to draw them, their presentation edited (titles,
 * styles, scale range, visibility…) and unpublished. Every change goes through
 * {@link LayerCatalog}, so WMS, capabilities and tiles follow at once, without a restart.
 *
 * <p>Each viewer sees the layers they may see (a restricted one is a 404 for others, as an unknown
 * one); changes are the GIS team's (see SecurityConfig) and go into the audit trail.
 *
 * <p>Changes are stored ({@link CatalogEdits}): they hold across restarts and reach every node. A
 * layer is published by its source (the admin levels, an ingest load, later the domain modules),
 * so there is no POST here.
 */
@RestController
@RequestMapping("/api/layers")
public class LayerController {

    private final LayerCatalog catalog;
    private final LayerVisibility visibility;
    private final CatalogEdits edits;

    public LayerController(LayerCatalog catalog, LayerVisibility visibility, CatalogEdits edits) {
        this.catalog = catalog;
        this.visibility = visibility;
        this.edits = edits;
    }

    /** The layers this viewer may see; editors also get the unpublished ones, to publish them again. */
    @GetMapping
    public List<Map<String, Object>> list() {
        CatalogView view = view();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Layer l : catalog.layers()) {
            Optional<Layer> shown = view.layer(l.name()).or(() -> unpublishedForEditor(l.name()));
            shown.ifPresent(s -> out.add(LayerJson.describe(s, view.groups(), base())));
        }
        return out;
    }

    @GetMapping("/{name}")
    public Map<String, Object> one(@PathVariable String name) {
        return LayerJson.describe(editable(name), view().groups(), base());
    }

    /** Changes the fields present in the JSON body; answers with the layer as it now is. */
    @PatchMapping(value = "/{name}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    public Map<String, Object> patch(@PathVariable String name, @RequestBody(required = false) String body) {
        LayerPatch patch = LayerPatch.parse(body);
        editable(name);
        // Checked and written against the stored catalog as it is now, in one transaction with its audit entry.
        Layer updated = edits.updateLayer(name, layer -> {
            try {
                return patch.applyTo(layer, catalog);
            } catch (IllegalArgumentException e) {
                // The patch checks every field first; this only catches an invariant it missed.
                throw new ApiException(HttpStatus.BAD_REQUEST, null, e.getMessage());
            }
        }, "layer.update");
        return LayerJson.describe(updated, view().groups(), base());
    }

    /**
     * Unpublishes the layer: every map service answers LayerNotDefined / 404 and its groups go on
     * without it, for everyone. It stays in the catalog as {@code unpublished} (kept across restarts)
     * so an editor can publish it again with {@code PATCH {"visibility": "public"}}.
     */
    @DeleteMapping("/{name}")
    public ResponseEntity<Void> delete(@PathVariable String name) {
        existing(name);
        edits.updateLayer(name, layer -> layer.withVisibility(Visibility.UNPUBLISHED), "layer.unpublish");
        return ResponseEntity.noContent().build();
    }

    private CatalogView view() {
        return catalog.view(visibility.current());
    }

    /** A published layer this viewer may see. */
    private Layer existing(String name) {
        return view().layer(name).orElseThrow(() -> ApiException.notFound("No layer named " + name));
    }

    /** As {@link #existing}, or an unpublished one for an editor. */
    private Layer editable(String name) {
        return view().layer(name).or(() -> unpublishedForEditor(name)).orElseThrow(() -> ApiException.notFound("No layer named " + name));
    }

    private Optional<Layer> unpublishedForEditor(String name) {
        if (!catalogEditor()) return Optional.empty();
        return catalog.layer(name).filter(l -> l.visibility() == Visibility.UNPUBLISHED);
    }

    private static boolean catalogEditor() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(r -> r.equals("ROLE_" + Role.ADMIN.name()) || r.equals("ROLE_" + Role.GIS_EDITOR.name()));
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
