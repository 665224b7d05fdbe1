package kz.aumaq.gis.wmts;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import kz.aumaq.gis.layer.CatalogView;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.layer.LayerAccess;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.LayerGroup;
import kz.aumaq.gis.ows.OgcResponse;
import kz.aumaq.gis.ows.XmlText;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.tile.TileGrid;
import kz.aumaq.gis.tile.TileRenderer;
import kz.aumaq.gis.tile.TileRequest;
import kz.aumaq.gis.tile.TileRequestParser;
import kz.aumaq.gis.ows.ServiceContact;
import kz.aumaq.gis.ows.ServiceMetadata;
import kz.aumaq.gis.wms.WmsException;
import org.locationtech.jts.geom.Envelope;

/**
 * WMTS 1.0.0 with KVP encoding: GetCapabilities and GetTile over the same cached, metatiled
 * renderer as the XYZ tiles, in the GoogleMapsCompatible and WorldCRS84Quad matrix sets.
 * Errors are OWS 1.1 ExceptionReports with the WMTS codes.
 */
public class WmtsService {

    private static final String OWS = "http://www.opengis.net/ows/1.1";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private final LayerCatalog catalog;
    private final TileRequestParser parser;
    private final TileRenderer tiles;
    private final ServiceMetadata metadata;

    public WmtsService(LayerCatalog catalog, TileRequestParser parser, TileRenderer tiles, ServiceMetadata metadata) {
        this.catalog = catalog;
        this.parser = parser;
        this.tiles = tiles;
        this.metadata = metadata;
    }

    /** An anonymous request. */
    public OgcResponse handle(Map<String, String> params, String serviceUrl) {
        return handle(params, serviceUrl, LayerAccess.PUBLIC);
    }

    /** A request by a viewer with this access: capabilities list, and GetTile serves, only what they may see. */
    public OgcResponse handle(Map<String, String> params, String serviceUrl, LayerAccess access) {
        Map<String, String> kvp = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        kvp.putAll(params);
        try {
            String service = kvp.get("SERVICE");
            if (service == null || service.isBlank()) throw new WmsException("MissingParameterValue", "SERVICE", "SERVICE=WMTS is required");
            if (!service.trim().equalsIgnoreCase("WMTS")) throw new WmsException("InvalidParameterValue", "SERVICE", "this endpoint serves SERVICE=WMTS, not " + service);
            String request = required(kvp, "REQUEST");
            switch (request.trim().toLowerCase(Locale.ROOT)) {
                case "getcapabilities":
                    Lang lang = Lang.fromCode(kvp.get("LANGUAGE")).orElse(Lang.DEFAULT);
                    return OgcResponse.ok("application/xml;charset=UTF-8", capabilities(serviceUrl, lang, catalog.view(access)).getBytes(StandardCharsets.UTF_8));
                case "gettile":
                    String version = required(kvp, "VERSION");
                    if (!version.trim().equals("1.0.0")) throw new WmsException("InvalidParameterValue", "VERSION", "VERSION must be 1.0.0");
                    TileGrid grid = TileGrid.byIdentifier(required(kvp, "TILEMATRIXSET")).orElseThrow(() -> new WmsException(
                            "InvalidParameterValue", "TILEMATRIXSET", "TILEMATRIXSET must be GoogleMapsCompatible or WorldCRS84Quad"));
                    int z = number(kvp, "TILEMATRIX");
                    int row = number(kvp, "TILEROW");
                    int col = number(kvp, "TILECOL");
                    if (z < 0 || z > grid.maxZoom()) throw new WmsException("InvalidParameterValue", "TILEMATRIX", "TILEMATRIX must be 0 to " + grid.maxZoom());
                    if (row < 0 || row >= grid.matrixHeight(z)) throw new WmsException("TileOutOfRange", "TILEROW", "TILEROW is outside matrix " + z);
                    if (col < 0 || col >= grid.matrixWidth(z)) throw new WmsException("TileOutOfRange", "TILECOL", "TILECOL is outside matrix " + z);
                    String layer = required(kvp, "LAYER");
                    String style = kvp.getOrDefault("STYLE", "default");
                    String format = required(kvp, "FORMAT");
                    TileRequest r;
                    try {
                        r = parser.parse(layer, style, grid, z, col, row, format, kvp.get("LANGUAGE"), kvp.get("TIME"), true, access);
                    } catch (WmsException e) {
                        // WMTS reports unknown layers and styles as InvalidParameterValue (400).
                        throw new WmsException("InvalidParameterValue", e.locator() == null ? null : e.locator().toUpperCase(Locale.ROOT), e.getMessage());
                    }
                    return OgcResponse.ok(r.format().contentType(), tiles.tile(r));
                default:
                    throw new WmsException("OperationNotSupported", "REQUEST", "REQUEST " + request + " is not supported; use GetCapabilities or GetTile");
            }
        } catch (WmsException e) {
            return OgcResponse.text(e.httpStatus(), "application/xml;charset=UTF-8", exceptionReport(e));
        }
    }

    private static String required(Map<String, String> kvp, String key) {
        String v = kvp.get(key);
        if (v == null || v.isBlank()) throw new WmsException("MissingParameterValue", key, key + " is required");
        return v;
    }

    private static int number(Map<String, String> kvp, String key) {
        String v = required(kvp, key);
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new WmsException("InvalidParameterValue", key, key + " must be a whole number, got '" + v + "'");
        }
    }

    /** An OWS 1.1 ExceptionReport, the WMTS way of telling errors. */
    public static String exceptionReport(WmsException e) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("ows", "ExceptionReport", OWS);
            x.writeNamespace("ows", OWS);
            x.writeAttribute("version", "1.1.0");
            x.writeAttribute("xml:lang", "en");
            x.writeStartElement("ows", "Exception", OWS);
            x.writeAttribute("exceptionCode", e.code() == null ? "NoApplicableCode" : e.code());
            if (e.locator() != null) x.writeAttribute("locator", XmlText.safe(e.locator()));
            x.writeStartElement("ows", "ExceptionText", OWS);
            x.writeCharacters(XmlText.safe(e.getMessage()));
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private String capabilities(String serviceUrl, Lang lang, CatalogView view) {
        String url = serviceUrl.endsWith("?") ? serviceUrl : serviceUrl + "?";
        try {
            StringWriter out = new StringWriter(32 * 1024);
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("Capabilities");
            x.writeDefaultNamespace("http://www.opengis.net/wmts/1.0");
            x.writeNamespace("ows", OWS);
            x.writeNamespace("xlink", XLINK);
            x.writeAttribute("version", "1.0.0");
            x.writeStartElement("ows", "ServiceIdentification", OWS);
            ows(x, "Title", metadata.title().in(lang));
            ows(x, "Abstract", metadata.abstractText().in(lang));
            if (!metadata.keywords().isEmpty()) {
                x.writeStartElement("ows", "Keywords", OWS);
                for (String k : metadata.keywords()) ows(x, "Keyword", k);
                x.writeEndElement();
            }
            ows(x, "ServiceType", "OGC WMTS");
            ows(x, "ServiceTypeVersion", "1.0.0");
            ows(x, "Fees", metadata.fees());
            ows(x, "AccessConstraints", metadata.accessConstraints());
            x.writeEndElement();
            serviceProvider(x, metadata.contact());
            x.writeStartElement("ows", "OperationsMetadata", OWS);
            for (String op : List.of("GetCapabilities", "GetTile")) {
                x.writeStartElement("ows", "Operation", OWS);
                x.writeAttribute("name", op);
                x.writeStartElement("ows", "DCP", OWS);
                x.writeStartElement("ows", "HTTP", OWS);
                x.writeStartElement("ows", "Get", OWS);
                x.writeAttribute("xlink", XLINK, "href", url);
                x.writeStartElement("ows", "Constraint", OWS);
                x.writeAttribute("name", "GetEncoding");
                x.writeStartElement("ows", "AllowedValues", OWS);
                ows(x, "Value", "KVP");
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeStartElement("Contents");
            List<String> names = new ArrayList<>();
            for (LayerGroup g : view.groups()) names.add(g.name());
            for (Layer l : view.layers()) names.add(l.name());
            for (String name : names) layer(x, name, lang, view);
            for (TileGrid grid : TileGrid.all()) matrixSet(x, grid);
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** OWS 1.1 ServiceProvider: who answers for the service (aumaq.contact.*), in the schema's order. */
    private static void serviceProvider(XMLStreamWriter x, ServiceContact c) throws XMLStreamException {
        x.writeStartElement("ows", "ServiceProvider", OWS);
        ows(x, "ProviderName", c.organization());
        x.writeStartElement("ows", "ServiceContact", OWS);
        if (!c.person().isEmpty()) ows(x, "IndividualName", c.person());
        if (!c.position().isEmpty()) ows(x, "PositionName", c.position());
        x.writeStartElement("ows", "ContactInfo", OWS);
        if (!c.phone().isEmpty()) {
            x.writeStartElement("ows", "Phone", OWS);
            ows(x, "Voice", c.phone());
            x.writeEndElement();
        }
        x.writeStartElement("ows", "Address", OWS);
        if (!c.address().isEmpty()) ows(x, "DeliveryPoint", c.address());
        if (!c.city().isEmpty()) ows(x, "City", c.city());
        if (!c.region().isEmpty()) ows(x, "AdministrativeArea", c.region());
        if (!c.postCode().isEmpty()) ows(x, "PostalCode", c.postCode());
        if (!c.country().isEmpty()) ows(x, "Country", c.country());
        if (!c.email().isEmpty()) ows(x, "ElectronicMailAddress", c.email());
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    private void layer(XMLStreamWriter x, String name, Lang lang, CatalogView view) throws XMLStreamException {
        String title;
        Envelope extent = new Envelope();
        List<String> styles = new ArrayList<>();
        String defaultStyle;
        LayerGroup group = view.group(name).orElse(null);
        if (group != null) {
            title = group.title().in(lang);
            for (String m : group.layers()) view.layer(m).ifPresent(l -> extent.expandToInclude(l.source().extent()));
            styles.add("default");
            defaultStyle = "default";
        } else {
            Layer l = view.layer(name).orElseThrow();
            title = l.title().in(lang);
            extent.expandToInclude(l.source().extent());
            styles.addAll(l.styles());
            defaultStyle = l.defaultStyle();
        }
        x.writeStartElement("Layer");
        ows(x, "Title", title);
        x.writeStartElement("ows", "WGS84BoundingBox", OWS);
        ows(x, "LowerCorner", num(extent.getMinX()) + " " + num(extent.getMinY()));
        ows(x, "UpperCorner", num(extent.getMaxX()) + " " + num(extent.getMaxY()));
        x.writeEndElement();
        ows(x, "Identifier", name);
        for (String s : styles) {
            x.writeStartElement("Style");
            if (s.equals(defaultStyle)) x.writeAttribute("isDefault", "true");
            ows(x, "Identifier", s);
            x.writeEndElement();
        }
        for (String f : List.of("image/png", "image/jpeg")) {
            x.writeStartElement("Format");
            x.writeCharacters(f);
            x.writeEndElement();
        }
        for (TileGrid grid : TileGrid.all()) {
            x.writeStartElement("TileMatrixSetLink");
            x.writeStartElement("TileMatrixSet");
            x.writeCharacters(grid.identifier());
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void matrixSet(XMLStreamWriter x, TileGrid grid) throws XMLStreamException {
        x.writeStartElement("TileMatrixSet");
        ows(x, "Identifier", grid.identifier());
        ows(x, "SupportedCRS", grid.crsUrn());
        x.writeStartElement("WellKnownScaleSet");
        x.writeCharacters(grid.wellKnownScaleSet());
        x.writeEndElement();
        int maxZoom = Math.min(grid.maxZoom(), 18);
        for (int z = 0; z <= maxZoom; z++) {
            x.writeStartElement("TileMatrix");
            ows(x, "Identifier", Integer.toString(z));
            element(x, "ScaleDenominator", String.format(Locale.ROOT, "%.10f", grid.scaleDenominator(z)));
            // Both sets' CRSs (EPSG:3857, CRS84) are x/y ordered, so the corner is written x first.
            element(x, "TopLeftCorner", num(grid.originX()) + " " + num(grid.originY()));
            element(x, "TileWidth", Integer.toString(TileGrid.TILE_SIZE));
            element(x, "TileHeight", Integer.toString(TileGrid.TILE_SIZE));
            element(x, "MatrixWidth", Long.toString(grid.matrixWidth(z)));
            element(x, "MatrixHeight", Long.toString(grid.matrixHeight(z)));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void ows(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement("ows", name, OWS);
        x.writeCharacters(XmlText.safe(text));
        x.writeEndElement();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.8f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
