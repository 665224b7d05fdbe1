package kz.aumaq.server.catalog;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.style.sld.SldException;
import kz.aumaq.gis.style.sld.SldImport;
import kz.aumaq.gis.style.sld.SldReader;
import kz.aumaq.gis.style.sld.SldWriter;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.wms.StylePreview;
import kz.aumaq.gis.wms.WmsRequestParser;
import kz.aumaq.gis.wms.WmsException;
import kz.aumaq.server.api.ApiException;
import kz.aumaq.server.security.LayerVisibility;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Styles of the layer catalog: listed and shown as JSON, exchanged as SLD (what QGIS and
 * GeoServer read and write). Uploads go through {@link LayerCatalog}, so layers using a replaced
 * style redraw at once and their cached tiles are dropped.
 */
@RestController
@RequestMapping("/api/styles")
public class StyleController {

    static final String SLD = "application/vnd.ogc.sld+xml";

    private final LayerCatalog catalog;
    private final StylePreview preview;
    private final LayerVisibility visibility;
    private final CatalogEdits edits;
    private final SldReader reader = new SldReader();
    private final SldWriter writer = new SldWriter();

    public StyleController(LayerCatalog catalog, StylePreview preview, LayerVisibility visibility, CatalogEdits edits) {
        this.catalog = catalog;
        this.preview = preview;
        this.visibility = visibility;
        this.edits = edits;
    }

    @GetMapping
    public List<Map<String, Object>> list() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Style s : catalog.styles()) out.add(StyleJson.summary(s, usedBy(s.name()), base()));
        return out;
    }

    /** JSON, or SLD 1.0 for {@code ?f=sld} or {@code Accept: application/vnd.ogc.sld+xml}; titles in {@code lang}. */
    @GetMapping("/{name}")
    public ResponseEntity<?> one(@PathVariable String name, @RequestParam(required = false) String f,
                                 @RequestParam(required = false) String lang,
                                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Style style = existing(name);
        if (f != null && !f.equalsIgnoreCase("sld") && !f.equalsIgnoreCase("json")) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "f", "f must be json or sld, got '" + f + "'");
        }
        boolean sld = f == null ? accept != null && accept.contains(SLD) : f.equalsIgnoreCase("sld");
        if (!sld) return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(StyleJson.full(style, usedBy(name), base()));
        Lang titles = lang == null || lang.isBlank() ? Lang.DEFAULT : Lang.fromCode(lang).orElseThrow(() ->
                new ApiException(HttpStatus.BAD_REQUEST, "lang", "lang must be kk, ru or en, got '" + lang + "'"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(SLD + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + ".sld\"")
                .body(writer.write(style, titles));
    }

    /**
     * Creates (201) or replaces (200) the style {@code name} from an SLD 1.0 / SE 1.1 document.
     * The path names the style, whatever the document calls it. Answers with the summary and what
     * the document said that the style does not keep ({@code ignored}).
     */
    @PutMapping(value = "/{name}", consumes = {SLD, MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public ResponseEntity<Map<String, Object>> put(@PathVariable String name, @RequestBody(required = false) byte[] body) {
        validName(name);
        if (body == null || body.length == 0) throw new ApiException(HttpStatus.BAD_REQUEST, "body", "the request body must be an SLD document");
        SldImport imported;
        try {
            imported = reader.read(new ByteArrayInputStream(body));
        } catch (SldException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "body", e.getMessage(), e.problems());
        }
        Style style = new Style(name, imported.style().title(), imported.style().rules());
        // Stored with the document as uploaded; "created" is true for exactly one of two racing uploads, on any node.
        boolean created = edits.putStyle(style, new String(body, java.nio.charset.StandardCharsets.UTF_8));
        Map<String, Object> answer = new LinkedHashMap<>(StyleJson.summary(style, usedBy(name), base()));
        answer.put("ignored", imported.ignored());
        if (!created) return ResponseEntity.ok(answer);
        return ResponseEntity.created(URI.create(base() + "/api/styles/" + name)).body(answer);
    }

    /**
     * Draws a map with an SLD that is not saved: the style editor's live preview. The query holds
     * GetMap's parameters (LAYERS, BBOX, CRS, WIDTH, HEIGHT, FORMAT, LANGUAGE…), the body the SLD.
     */
    @PostMapping(value = "/preview", consumes = {SLD, MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public ResponseEntity<byte[]> preview(@RequestParam Map<String, String> getMap, @RequestBody(required = false) byte[] body) {
        if (body == null || body.length == 0) throw new ApiException(HttpStatus.BAD_REQUEST, "body", "the request body must be an SLD document");
        Style draft;
        try {
            draft = reader.read(new ByteArrayInputStream(body)).style();
        } catch (SldException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "body", e.getMessage(), e.problems());
        }
        byte[] image;
        try {
            image = preview.render(getMap, draft, visibility.current());
        } catch (WmsException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, e.locator() == null ? null : e.locator().toLowerCase(java.util.Locale.ROOT), e.getMessage());
        }
        String type = getMap.entrySet().stream().filter(en -> en.getKey().equalsIgnoreCase("FORMAT")).map(Map.Entry::getValue).findFirst()
                .orElse("image/png");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type.startsWith("image/jpeg") ? "image/jpeg" : "image/png"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(image);
    }

    /** Removes a style no layer uses; 409 names the layers that still do. */
    @DeleteMapping("/{name}")
    public ResponseEntity<Void> delete(@PathVariable String name) {
        existing(name);
        edits.deleteStyle(name);
        return ResponseEntity.noContent().build();
    }

    private Style existing(String name) {
        return catalog.style(name).orElseThrow(() -> ApiException.notFound("No style named " + name));
    }

    /** The layers using a style, among those the viewer may see. */
    private List<String> usedBy(String style) {
        return catalog.view(visibility.current()).layers().stream().filter(l -> l.styles().contains(style)).map(Layer::name).toList();
    }

    private static void validName(String name) {
        if (name.equalsIgnoreCase(WmsRequestParser.GROUP_STYLE)) {
            // WMS, WMTS and tile URLs read "default" as "the layer's default style"; a style of that name could never be asked for
            throw new ApiException(HttpStatus.BAD_REQUEST, "name", "'" + WmsRequestParser.GROUP_STYLE + "' means a layer's default style in the map services; choose another name");
        }
        try {
            new Style(name, null, List.of());
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "name", e.getMessage());
        }
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
