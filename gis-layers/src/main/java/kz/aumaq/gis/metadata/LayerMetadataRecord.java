package kz.aumaq.gis.metadata;

import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import kz.aumaq.gis.layer.CatalogView;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.layer.LayerGroup;
import kz.aumaq.gis.ows.XmlText;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.text.LocalizedText;
import kz.aumaq.gis.ows.ServiceContact;
import kz.aumaq.gis.ows.ServiceMetadata;
import org.locationtech.jts.geom.Envelope;

/**
 * A published layer's (or group's) metadata as an ISO 19139 record ({@code gmd:MD_Metadata}),
 * what WMS MetadataURL and the OGC API collection's {@code describedby} link point to, and what
 * catalogues such as GeoNetwork harvest. Title, abstract and the contact's names are in the
 * asked language with the other two as {@code PT_FreeText}, so one record serves all three.
 */
public class LayerMetadataRecord {

    /** Where the records live, beside the map services: {@code <base>/metadata/layers/<name>.xml}. */
    public static final String PATH = "/metadata/layers/";

    private static final String GMD = "http://www.isotc211.org/2005/gmd";
    private static final String GCO = "http://www.isotc211.org/2005/gco";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String CODES = "http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#";
    private static final String LANGUAGES = "http://www.loc.gov/standards/iso639-2/";

    private final ServiceMetadata service;
    private final Clock clock;

    public LayerMetadataRecord(ServiceMetadata service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /**
     * The record's URL for a map service URL such as {@code https://host/aumaq/wms?}: the same
     * server and context path, so it is right behind a proxy too.
     */
    public static String url(String serviceUrl, String name, Lang lang) {
        String base = serviceUrl;
        int query = base.indexOf('?');
        if (query >= 0) base = base.substring(0, query);
        base = base.substring(0, base.lastIndexOf('/'));
        return base + PATH + name + ".xml?lang=" + lang.code();
    }

    /**
     * The record of the layer or group the viewer sees by that name; empty when they see none.
     *
     * @param baseUrl the server's URL without a trailing slash, e.g. {@code https://host/aumaq}
     */
    public Optional<String> write(CatalogView view, String name, String baseUrl, Lang lang) {
        Optional<Layer> layer = view.layer(name);
        if (layer.isPresent()) {
            Layer l = layer.get();
            return Optional.of(document(new Subject(l.name(), l.title(), l.abstractText(), l.keywords(), l.source().extent(), false), baseUrl, lang));
        }
        Optional<LayerGroup> group = view.group(name);
        if (group.isEmpty()) return Optional.empty();
        LayerGroup g = group.get();
        Envelope extent = new Envelope();
        for (String m : g.layers()) view.layer(m).ifPresent(l -> extent.expandToInclude(l.source().extent()));
        return Optional.of(document(new Subject(g.name(), g.title(), g.abstractText(), g.keywords(), extent, true), baseUrl, lang));
    }

    private record Subject(String name, LocalizedText title, LocalizedText abstractText, List<String> keywords, Envelope extent, boolean group) {
    }

    private String document(Subject s, String baseUrl, Lang lang) {
        try {
            StringWriter out = new StringWriter(8192);
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            new Writer(x, lang).record(s, baseUrl, LocalDate.now(clock));
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class Writer {
        private final XMLStreamWriter x;
        private final Lang lang;

        Writer(XMLStreamWriter x, Lang lang) {
            this.x = x;
            this.lang = lang;
        }

        void record(Subject s, String baseUrl, LocalDate today) throws XMLStreamException {
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("gmd", "MD_Metadata", GMD);
            x.writeNamespace("gmd", GMD);
            x.writeNamespace("gco", GCO);
            x.writeNamespace("xsi", XSI);
            x.writeAttribute(XSI, "schemaLocation", GMD + " http://schemas.opengis.net/iso/19139/20070417/gmd/gmd.xsd");
            string("fileIdentifier", "aumaq-layer-" + s.name());
            language(lang);
            code("characterSet", "MD_CharacterSetCode", "utf8");
            code("hierarchyLevel", "MD_ScopeCode", s.group() ? "series" : "dataset");
            contact("contact");
            x.writeStartElement("gmd", "dateStamp", GMD);
            element(GCO, "Date", today.toString());
            x.writeEndElement();
            string("metadataStandardName", "ISO 19115:2003/19139");
            string("metadataStandardVersion", "1.0");
            for (Lang other : Lang.values()) {
                if (other == lang) continue;
                x.writeStartElement("gmd", "locale", GMD);
                x.writeStartElement("gmd", "PT_Locale", GMD);
                x.writeAttribute("id", other.code());
                x.writeStartElement("gmd", "languageCode", GMD);
                languageCode(other);
                x.writeEndElement();
                code("characterEncoding", "MD_CharacterSetCode", "utf8");
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeStartElement("gmd", "referenceSystemInfo", GMD);
            x.writeStartElement("gmd", "MD_ReferenceSystem", GMD);
            x.writeStartElement("gmd", "referenceSystemIdentifier", GMD);
            x.writeStartElement("gmd", "RS_Identifier", GMD);
            string("code", "4326");
            string("codeSpace", "EPSG");
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            identification(s, today);
            distribution(s, baseUrl);
            x.writeEndElement();
            x.writeEndDocument();
        }

        private void identification(Subject s, LocalDate today) throws XMLStreamException {
            x.writeStartElement("gmd", "identificationInfo", GMD);
            x.writeStartElement("gmd", "MD_DataIdentification", GMD);
            x.writeStartElement("gmd", "citation", GMD);
            x.writeStartElement("gmd", "CI_Citation", GMD);
            text("title", s.title().isEmpty() ? LocalizedText.of(s.name()) : s.title());
            x.writeStartElement("gmd", "date", GMD);
            x.writeStartElement("gmd", "CI_Date", GMD);
            x.writeStartElement("gmd", "date", GMD);
            element(GCO, "Date", today.toString());
            x.writeEndElement();
            code("dateType", "CI_DateTypeCode", "revision");
            x.writeEndElement();
            x.writeEndElement();
            x.writeStartElement("gmd", "identifier", GMD);
            x.writeStartElement("gmd", "MD_Identifier", GMD);
            string("code", s.name());
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            text("abstract", s.abstractText().isEmpty() ? (s.title().isEmpty() ? LocalizedText.of(s.name()) : s.title()) : s.abstractText());
            contact("pointOfContact");
            if (!s.keywords().isEmpty()) {
                x.writeStartElement("gmd", "descriptiveKeywords", GMD);
                x.writeStartElement("gmd", "MD_Keywords", GMD);
                for (String k : s.keywords()) string("keyword", k);
                x.writeEndElement();
                x.writeEndElement();
            }
            language(lang);
            x.writeStartElement("gmd", "topicCategory", GMD);
            element(GMD, "MD_TopicCategoryCode", "boundaries");
            x.writeEndElement();
            if (!s.extent().isNull()) {
                x.writeStartElement("gmd", "extent", GMD);
                x.writeStartElement("gmd", "EX_Extent", GMD);
                x.writeStartElement("gmd", "geographicElement", GMD);
                x.writeStartElement("gmd", "EX_GeographicBoundingBox", GMD);
                decimal("westBoundLongitude", s.extent().getMinX());
                decimal("eastBoundLongitude", s.extent().getMaxX());
                decimal("southBoundLatitude", s.extent().getMinY());
                decimal("northBoundLatitude", s.extent().getMaxY());
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
        }

        /** Where to get it: WMS always, WMTS and OGC API – Features for layers (groups are no collections). */
        private void distribution(Subject s, String baseUrl) throws XMLStreamException {
            x.writeStartElement("gmd", "distributionInfo", GMD);
            x.writeStartElement("gmd", "MD_Distribution", GMD);
            x.writeStartElement("gmd", "transferOptions", GMD);
            x.writeStartElement("gmd", "MD_DigitalTransferOptions", GMD);
            online(baseUrl + "/wms?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0", "OGC:WMS", s.name());
            online(baseUrl + "/wmts?SERVICE=WMTS&REQUEST=GetCapabilities", "OGC:WMTS", s.name());
            if (!s.group()) online(baseUrl + "/ogcapi/collections/" + s.name(), "OGC API - Features", s.name());
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
        }

        private void online(String url, String protocol, String name) throws XMLStreamException {
            x.writeStartElement("gmd", "onLine", GMD);
            x.writeStartElement("gmd", "CI_OnlineResource", GMD);
            x.writeStartElement("gmd", "linkage", GMD);
            element(GMD, "URL", url);
            x.writeEndElement();
            string("protocol", protocol);
            string("name", name);
            x.writeEndElement();
            x.writeEndElement();
        }

        private void contact(String role) throws XMLStreamException {
            ServiceContact c = service.contact();
            x.writeStartElement("gmd", role, GMD);
            x.writeStartElement("gmd", "CI_ResponsibleParty", GMD);
            if (!c.person().isEmpty()) string("individualName", c.person());
            if (!c.organization().isEmpty()) string("organisationName", c.organization());
            if (!c.position().isEmpty()) string("positionName", c.position());
            x.writeStartElement("gmd", "contactInfo", GMD);
            x.writeStartElement("gmd", "CI_Contact", GMD);
            if (!c.phone().isEmpty()) {
                x.writeStartElement("gmd", "phone", GMD);
                x.writeStartElement("gmd", "CI_Telephone", GMD);
                string("voice", c.phone());
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeStartElement("gmd", "address", GMD);
            x.writeStartElement("gmd", "CI_Address", GMD);
            if (!c.address().isEmpty()) string("deliveryPoint", c.address());
            if (!c.city().isEmpty()) string("city", c.city());
            if (!c.region().isEmpty()) string("administrativeArea", c.region());
            if (!c.postCode().isEmpty()) string("postalCode", c.postCode());
            if (!c.country().isEmpty()) string("country", c.country());
            if (!c.email().isEmpty()) string("electronicMailAddress", c.email());
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            code("role", "CI_RoleCode", "pointOfContact");
            x.writeEndElement();
            x.writeEndElement();
        }

        private void language(Lang l) throws XMLStreamException {
            x.writeStartElement("gmd", "language", GMD);
            languageCode(l);
            x.writeEndElement();
        }

        private void languageCode(Lang l) throws XMLStreamException {
            String code = switch (l) {
                case KK -> "kaz";
                case RU -> "rus";
                case EN -> "eng";
            };
            x.writeStartElement("gmd", "LanguageCode", GMD);
            x.writeAttribute("codeList", LANGUAGES);
            x.writeAttribute("codeListValue", code);
            x.writeCharacters(code);
            x.writeEndElement();
        }

        private void code(String property, String codeType, String value) throws XMLStreamException {
            x.writeStartElement("gmd", property, GMD);
            x.writeStartElement("gmd", codeType, GMD);
            x.writeAttribute("codeList", CODES + codeType);
            x.writeAttribute("codeListValue", value);
            x.writeCharacters(value);
            x.writeEndElement();
            x.writeEndElement();
        }

        /** A text in the record's language, with the other languages as PT_FreeText where they differ. */
        private void text(String property, LocalizedText t) throws XMLStreamException {
            x.writeStartElement("gmd", property, GMD);
            boolean others = false;
            for (Lang l : Lang.values()) others |= l != lang && !t.in(l).equals(t.in(lang));
            if (others) x.writeAttribute(XSI, "type", "gmd:PT_FreeText_PropertyType");
            element(GCO, "CharacterString", t.in(lang));
            if (others) {
                x.writeStartElement("gmd", "PT_FreeText", GMD);
                for (Lang l : Lang.values()) {
                    if (l == lang) continue;
                    x.writeStartElement("gmd", "textGroup", GMD);
                    x.writeStartElement("gmd", "LocalisedCharacterString", GMD);
                    x.writeAttribute("locale", "#" + l.code());
                    x.writeCharacters(XmlText.safe(t.in(l)));
                    x.writeEndElement();
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeEndElement();
        }

        private void string(String property, String value) throws XMLStreamException {
            x.writeStartElement("gmd", property, GMD);
            element(GCO, "CharacterString", value);
            x.writeEndElement();
        }

        private void decimal(String property, double value) throws XMLStreamException {
            x.writeStartElement("gmd", property, GMD);
            element(GCO, "Decimal", String.format(Locale.ROOT, "%.6f", value));
            x.writeEndElement();
        }

        private void element(String ns, String name, String value) throws XMLStreamException {
            x.writeStartElement(ns.equals(GMD) ? "gmd" : "gco", name, ns);
            x.writeCharacters(XmlText.safe(value));
            x.writeEndElement();
        }
    }
}
