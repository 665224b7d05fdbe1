package kz.aumaq.server.print;

import java.util.Map;
import kz.aumaq.gis.layer.AdminUnitLayerSource;
import kz.aumaq.gis.layer.LayerSource;
import kz.aumaq.gis.layer.ScopedLayerSource;
import kz.aumaq.gis.print.PrintRequest;
import kz.aumaq.gis.print.PrintRequestParser;
import kz.aumaq.gis.print.PrintService;
import kz.aumaq.gis.print.Printout;
import kz.aumaq.gis.render.RenderLimitExceeded;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.server.api.ApiException;
import kz.aumaq.server.demo.DemoDataLoader;
import kz.aumaq.server.security.LayerVisibility;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/print}: the web map's current view as a sheet (PNG or one-page PDF) with title,
 * legend, scale and sources, drawn at print DPI. Parameters are validated in full before anything
 * is drawn; bad ones answer 400 JSON naming the parameter.
 */
@RestController
public class PrintController {

    private final PrintRequestParser parser;
    private final PrintService printer;
    private final AdminUnitRepository units;
    private final LayerVisibility visibility;

    public PrintController(PrintRequestParser parser, PrintService printer, AdminUnitRepository units, LayerVisibility visibility) {
        this.parser = parser;
        this.printer = printer;
        this.units = units;
        this.visibility = visibility;
    }

    @GetMapping("/api/print")
    public ResponseEntity<byte[]> print(@RequestParam Map<String, String> params) {
        // Only layers the viewer may see: a restricted one is "no layer named …", as in WMS.
        PrintRequest request = parser.parse(params, visibility.current());
        Printout out;
        try {
            out = printer.print(request, showsDemoBoundaries(request));
        } catch (RenderLimitExceeded e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, null, e.getMessage() + " (aumaq.wms.max-render-millis)");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(out.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(out.fileName()).build().toString())
                .body(out.body());
    }

    /** Generated boundaries must not pass for official ones on paper: such sheets carry a notice. */
    private boolean showsDemoBoundaries(PrintRequest request) {
        return request.map().layers().stream().anyMatch(l -> published(l.layer().source()) instanceof AdminUnitLayerSource)
                && units.countBySource(DemoDataLoader.SOURCE) > 0;
    }

    /** A restricted layer cut to the viewer's territory still draws the same units. */
    private static LayerSource published(LayerSource source) {
        return source instanceof ScopedLayerSource s ? s.inner() : source;
    }
}
