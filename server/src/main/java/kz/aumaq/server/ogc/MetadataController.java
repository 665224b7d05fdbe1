package kz.aumaq.server.ogc;

import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.metadata.LayerMetadataRecord;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.server.api.ApiException;
import kz.aumaq.server.security.LayerVisibility;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /metadata/layers/{name}.xml?lang=}: a layer's or group's ISO 19139 record, the target of
 * WMS MetadataURL and of the OGC API collections' {@code describedby} links. A layer the viewer
 * may not see has no record for them (404, like an unknown one).
 */
@RestController
public class MetadataController {

    private final LayerCatalog catalog;
    private final LayerMetadataRecord records;
    private final LayerVisibility visibility;

    public MetadataController(LayerCatalog catalog, LayerMetadataRecord records, LayerVisibility visibility) {
        this.catalog = catalog;
        this.records = records;
        this.visibility = visibility;
    }

    @GetMapping(LayerMetadataRecord.PATH + "{name}.xml")
    public ResponseEntity<String> record(@PathVariable String name, @RequestParam(required = false) String lang) {
        Lang language = Lang.fromCode(lang).orElse(Lang.DEFAULT);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return records.write(catalog.view(visibility.current()), name, base, language)
                .map(xml -> ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "text/xml;charset=UTF-8")
                        .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").body(xml))
                .orElseThrow(() -> ApiException.notFound("no layer named " + name));
    }
}
