package kz.aumaq.gis.ows;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import kz.aumaq.gis.features.FeaturesCall;
import kz.aumaq.gis.features.FeaturesRequestParser;
import kz.aumaq.gis.features.FeaturesService;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.TestLayers;
import kz.aumaq.gis.metadata.LayerMetadataRecord;
import kz.aumaq.gis.render.FeatureSets;
import kz.aumaq.gis.render.MapRenderer;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.tile.TileCache;
import kz.aumaq.gis.tile.TileRenderer;
import kz.aumaq.gis.tile.TileRequestParser;
import kz.aumaq.gis.wms.CapabilitiesWriter;
import kz.aumaq.gis.wms.FeatureInfoSearch;
import kz.aumaq.gis.wms.WmsLimits;
import kz.aumaq.gis.wms.WmsRequestParser;
import kz.aumaq.gis.wms.WmsService;
import kz.aumaq.gis.wmts.WmtsService;
import org.junit.jupiter.api.Test;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The OGC front ends that no conformance suite runs here, and the documents they link to, checked
 * against the official schemas, offline: WMS 1.3.0 capabilities and exception reports (XSD),
 * WMS 1.1.1 capabilities (its DTD), WMTS 1.0.0 capabilities and exception reports (XSD with OWS
 * 1.1), the layers' ISO 19139 records (gmd 2007) and the OGC API's OpenAPI 3.0 document
 * (swagger-parser). Every import is read from the ogc-schemas and w3c-schemas jars; anything
 * else fails the test, so nothing is fetched from the internet.
 */
class OfficialSchemasTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final ServiceMetadata SERVICE = ServiceMetadata.aumaq(new ServiceContact("Ақерке", "GIS", "Akimat \"GIS\" <dept>",
            "postal", "Beibitshilik 11", "Astana", "Astana", "010000", "Kazakhstan", "+7 7172 000000", "gis@example.kz"));

    private final LayerCatalog catalog = TestLayers.catalog();
    private final WmsLimits limits = new WmsLimits(2048, 2048, 10_000, 64L * 1024 * 1024);
    private final FeatureSets sets = new FeatureSets(8);
    private final MapRenderer renderer = new MapRenderer(sets);
    private final TileRenderer tiles = new TileRenderer(renderer, new TileCache(1 << 20), 0);
    private final WmsService wms = new WmsService(new WmsRequestParser(catalog, limits, CLOCK),
            new CapabilitiesWriter(catalog, SERVICE, limits), renderer, new FeatureInfoSearch(sets), tiles, limits);
    private final WmtsService wmts = new WmtsService(catalog, new TileRequestParser(catalog, CLOCK), tiles, SERVICE);

    @Test
    void wms130CapabilitiesValidateInEveryLanguage() throws Exception {
        Schema schema = schema("http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd",
                "http://schemas.opengis.net/sld/1.1.0/sld_capabilities.xsd");
        for (Lang lang : Lang.values()) {
            assertThat(errors(schema, wms("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0&LANGUAGE=" + lang.code()))).as(lang.code()).isEmpty();
        }
        // the schema does check: a layer's Style before its Attribution is out of order
        String caps = wms("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0");
        assertThat(errors(schema, caps.replaceFirst("<Attribution><Title>test</Title></Attribution>", "")
                .replaceFirst("(<Style><Name>squares</Name>)", "<Attribution><Title>test</Title></Attribution>$1"))).isNotEmpty();
    }

    @Test
    void wms130ExceptionReportsValidate() throws Exception {
        Schema schema = schema("http://schemas.opengis.net/wms/1.3.0/exceptions_1_3_0.xsd");
        assertThat(errors(schema, wms("SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=nope&STYLES=&CRS=CRS:84&BBOX=0,0,1,1&WIDTH=1&HEIGHT=1&FORMAT=image/png")))
                .isEmpty();
        assertThat(errors(schema, wms("SERVICE=WMS&REQUEST=GetMap&LAYERS=squares"))).isEmpty();
    }

    @Test
    void wms111CapabilitiesValidateAgainstTheDtd() throws Exception {
        String caps = wms("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.1.1&LANGUAGE=ru");
        assertThat(caps).doesNotContain("<!DOCTYPE");
        // Written without the DOCTYPE (parsers would fetch the DTD); validation puts it in.
        String withDoctype = caps.replaceFirst("\\?>", "?><!DOCTYPE WMT_MS_Capabilities SYSTEM \"http://schemas.opengis.net/wms/1.1.1/WMS_MS_Capabilities.dtd\">");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setValidating(true);
        f.setNamespaceAware(true);
        var builder = f.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> new InputSource(local(systemId).openStream()));
        List<String> problems = new ArrayList<>();
        builder.setErrorHandler(collect(problems));
        builder.parse(new InputSource(new StringReader(withDoctype)));
        assertThat(problems).isEmpty();
        // the DTD does check: a MetadataURL type it does not list
        builder.parse(new InputSource(new StringReader(withDoctype.replace("type=\"TC211\"", "type=\"ISO19115:2003\""))));
        assertThat(problems).isNotEmpty();
    }

    @Test
    void wmtsCapabilitiesAndExceptionReportsValidate() throws Exception {
        Schema caps = schema("http://schemas.opengis.net/wmts/1.0/wmtsGetCapabilities_response.xsd");
        for (Lang lang : Lang.values()) {
            assertThat(errors(caps, wmts("SERVICE=WMTS&REQUEST=GetCapabilities&LANGUAGE=" + lang.code()))).as(lang.code()).isEmpty();
        }
        assertThat(errors(caps, wmts("SERVICE=WMTS&REQUEST=GetCapabilities").replace("<ows:ProviderName>", "<ows:ProviderSite/><ows:ProviderName>"))).isNotEmpty();
        Schema report = schema("http://schemas.opengis.net/ows/1.1.0/owsExceptionReport.xsd");
        assertThat(errors(report, wmts("SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=nope"))).isEmpty();
    }

    @Test
    void layerMetadataRecordsValidateAsIso19139() throws Exception {
        Schema schema = schema("http://schemas.opengis.net/iso/19139/20070417/gmd/gmd.xsd");
        LayerMetadataRecord records = new LayerMetadataRecord(SERVICE, CLOCK);
        for (String name : List.of("squares", "dots", "all")) {
            for (Lang lang : Lang.values()) {
                String xml = records.write(catalog.view(kz.aumaq.gis.layer.LayerAccess.PUBLIC), name, "http://example.test/aumaq", lang).orElseThrow();
                assertThat(errors(schema, xml)).as(name + " " + lang.code()).isEmpty();
                assertThat(xml).contains("http://example.test/aumaq/wms?SERVICE=WMS");
                assertThat(errors(schema, xml.replaceFirst("<gmd:dateStamp>.*?</gmd:dateStamp>", ""))).as("without its required dateStamp").isNotEmpty();
            }
        }
        assertThat(records.write(catalog.view(kz.aumaq.gis.layer.LayerAccess.PUBLIC), "nope", "http://example.test", Lang.KK)).isEmpty();
        // the squares have their title in three languages: one as text, the two others as PT_FreeText
        String ru = records.write(catalog.view(kz.aumaq.gis.layer.LayerAccess.PUBLIC), "squares", "http://example.test", Lang.RU).orElseThrow();
        assertThat(ru).contains("<gco:CharacterString>Квадраты</gco:CharacterString>")
                .contains("<gmd:LocalisedCharacterString locale=\"#kk\">Шаршылар</gmd:LocalisedCharacterString>");
    }

    @Test
    void theOpenApiDocumentValidates() {
        FeaturesService features = new FeaturesService(new FeaturesRequestParser(catalog, CLOCK), SERVICE, CLOCK);
        for (Lang lang : Lang.values()) {
            String json = new String(features.api(FeaturesCall.of("http://example.test/ogcapi", Map.of("lang", lang.code()), null, null)).body(), StandardCharsets.UTF_8);
            assertThat(openApiProblems(json)).as(lang.code()).isEmpty();
        }
        // the validator does find faults: an operation without responses
        String broken = "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{\"/x\":{\"get\":{\"summary\":\"no responses\"}}}}";
        assertThat(openApiProblems(broken)).isNotEmpty();
    }

    private static List<String> openApiProblems(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        List<String> problems = new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
        if (result.getOpenAPI() == null) problems.add("not parsed");
        return problems;
    }

    private String wms(String query) {
        return new String(wms.handle(kvp(query), "http://example.test/wms").body(), StandardCharsets.UTF_8);
    }

    private String wmts(String query) {
        return new String(wmts.handle(kvp(query), "http://example.test/wmts", kz.aumaq.gis.layer.LayerAccess.PUBLIC).body(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> kvp(String query) {
        Map<String, String> kvp = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            kvp.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return kvp;
    }

    private static List<String> errors(Schema schema, String xml) throws Exception {
        Validator v = schema.newValidator();
        List<String> problems = new ArrayList<>();
        v.setErrorHandler(collect(problems));
        v.validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        return problems;
    }

    private static ErrorHandler collect(List<String> problems) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("fatal " + e.getMessage());
            }
        };
    }

    private static Schema schema(String... urls) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setResourceResolver(new LocalSchemas());
        StreamSource[] sources = new StreamSource[urls.length];
        for (int i = 0; i < urls.length; i++) {
            sources[i] = new StreamSource(local(urls[i]).openStream(), urls[i]);
        }
        return f.newSchema(sources);
    }

    /** The local copy of an official schema URL; fails for anything not in the schema jars. */
    private static URL local(String url) {
        String path;
        if (url.startsWith("http://schemas.opengis.net/")) path = "ogc/" + url.substring("http://schemas.opengis.net/".length());
        else if (url.startsWith("http://www.w3.org/")) path = "w3c/" + url.substring("http://www.w3.org/".length());
        else throw new AssertionError("not available offline: " + url);
        URL found = OfficialSchemasTest.class.getClassLoader().getResource(path);
        if (found == null) throw new AssertionError("no local copy of " + url + " (" + path + ")");
        return found;
    }

    /** Imports and includes resolved against the official URLs, then read from the jars. */
    private static final class LocalSchemas implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            String absolute = baseUri == null ? systemId : URI.create(baseUri).resolve(systemId).toString();
            URL url = local(absolute);
            return new Input(absolute, url);
        }
    }

    private record Input(String systemId, URL url) implements LSInput {
        @Override
        public InputStream getByteStream() {
            try {
                return url.openStream();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader r) {
        }

        @Override
        public void setByteStream(InputStream s) {
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String s) {
        }

        @Override
        public void setSystemId(String s) {
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public void setPublicId(String s) {
        }

        @Override
        public String getBaseURI() {
            return systemId;
        }

        @Override
        public void setBaseURI(String s) {
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String s) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean b) {
        }
    }
}
