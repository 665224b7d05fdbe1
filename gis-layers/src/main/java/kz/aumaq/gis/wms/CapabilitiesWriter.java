package kz.aumaq.gis.wms;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import kz.aumaq.gis.ows.ServiceMetadata;
import kz.aumaq.gis.ows.ServiceContact;
import kz.aumaq.gis.metadata.LayerMetadataRecord;
import kz.aumaq.gis.crs.CrsRegistry;
import kz.aumaq.gis.crs.MapCrs;
import kz.aumaq.gis.image.ImageFormat;
import kz.aumaq.gis.layer.CatalogView;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.layer.LayerAccess;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.LayerGroup;
import kz.aumaq.gis.ows.XmlText;
import kz.aumaq.gis.render.StyledLayer;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.text.Lang;
import org.locationtech.jts.geom.Envelope;

/**
 * WMS capabilities documents: 1.3.0 ({@code WMS_Capabilities}, valid against its schema) and
 * 1.1.1 ({@code WMT_MS_Capabilities}, valid against its DTD, but written without the DOCTYPE so
 * that parsers never fetch the DTD from the internet).
 * Groups are named parent layers whose children are their members, as GeoServer publishes them.
 * Each document lists what its reader may see: the catalog through their {@link LayerAccess}.
 */
public class CapabilitiesWriter {

    private final LayerCatalog catalog;
    private final ServiceMetadata metadata;
    private final WmsLimits limits;

    public CapabilitiesWriter(LayerCatalog catalog, ServiceMetadata metadata, WmsLimits limits) {
        this.catalog = catalog;
        this.metadata = metadata;
        this.limits = limits;
    }

    /** @param serviceUrl the URL clients call, e.g. {@code https://host/wms}; @param access who reads the document */
    public String write(GetCapabilitiesRequest request, String serviceUrl, LayerAccess access) {
        try {
            StringWriter out = new StringWriter(32 * 1024);
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            new Document(x, catalog.view(access), request.version(), request.lang(), serviceUrl.endsWith("?") ? serviceUrl : serviceUrl + "?").write();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class Document {
        private final XMLStreamWriter x;
        private final CatalogView catalog;
        private final WmsVersion v;
        private final Lang lang;
        private final String url;
        private final boolean v13;

        Document(XMLStreamWriter x, CatalogView catalog, WmsVersion v, Lang lang, String url) {
            this.x = x;
            this.catalog = catalog;
            this.v = v;
            this.lang = lang;
            this.url = url;
            this.v13 = v == WmsVersion.V130;
        }

        void write() throws XMLStreamException {
            x.writeStartDocument("UTF-8", "1.0");
            if (v13) {
                x.writeStartElement("WMS_Capabilities");
                x.writeDefaultNamespace("http://www.opengis.net/wms");
                x.writeNamespace("xlink", "http://www.w3.org/1999/xlink");
                x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
                x.writeNamespace("sld", "http://www.opengis.net/sld");
                x.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                        "http://www.opengis.net/wms http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd");
            } else {
                // the 1.1.1 DTD declares xmlns:xlink on OnlineResource only (see onlineResource)
                x.writeStartElement("WMT_MS_Capabilities");
            }
            x.writeAttribute("version", v.text);
            x.writeAttribute("updateSequence", Long.toString(catalog.updateSequence()));
            service();
            capability();
            x.writeEndElement();
            x.writeEndDocument();
        }

        private void service() throws XMLStreamException {
            x.writeStartElement("Service");
            text("Name", v13 ? "WMS" : "OGC:WMS");
            text("Title", metadata.title().in(lang));
            text("Abstract", metadata.abstractText().in(lang));
            keywords(metadata.keywords());
            onlineResource(url);
            contact(metadata.contact());
            text("Fees", metadata.fees());
            text("AccessConstraints", metadata.accessConstraints());
            if (v13) {
                text("MaxWidth", Integer.toString(limits.maxWidth()));
                text("MaxHeight", Integer.toString(limits.maxHeight()));
            }
            x.writeEndElement();
        }

        /** ContactInformation in the order both the 1.3.0 schema and the 1.1.1 DTD give. */
        private void contact(ServiceContact c) throws XMLStreamException {
            x.writeStartElement("ContactInformation");
            x.writeStartElement("ContactPersonPrimary");
            text("ContactPerson", c.person());
            text("ContactOrganization", c.organization());
            x.writeEndElement();
            if (!c.position().isEmpty()) text("ContactPosition", c.position());
            if (c.hasAddress()) {
                x.writeStartElement("ContactAddress");
                text("AddressType", c.addressType().isEmpty() ? "postal" : c.addressType());
                text("Address", c.address());
                text("City", c.city());
                text("StateOrProvince", c.region());
                text("PostCode", c.postCode());
                text("Country", c.country());
                x.writeEndElement();
            }
            if (!c.phone().isEmpty()) text("ContactVoiceTelephone", c.phone());
            if (!c.email().isEmpty()) text("ContactElectronicMailAddress", c.email());
            x.writeEndElement();
        }

        private void capability() throws XMLStreamException {
            x.writeStartElement("Capability");
            x.writeStartElement("Request");
            operation("GetCapabilities", List.of(v13 ? "text/xml" : "application/vnd.ogc.wms_xml"));
            operation("GetMap", ImageFormat.advertised());
            operation("GetFeatureInfo", InfoFormat.advertised());
            if (v13) {
                x.writeStartElement("http://www.opengis.net/sld", "GetLegendGraphic");
                formatsAndDcp(List.of("image/png", "image/png8", "image/jpeg"));
                x.writeEndElement();
            } else {
                operation("GetLegendGraphic", List.of("image/png", "image/png8", "image/jpeg"));
            }
            x.writeEndElement();
            x.writeStartElement("Exception");
            for (String f : v13 ? List.of("XML", "INIMAGE", "BLANK")
                    : List.of("application/vnd.ogc.se_xml", "application/vnd.ogc.se_inimage", "application/vnd.ogc.se_blank")) {
                text("Format", f);
            }
            x.writeEndElement();
            rootLayer();
            x.writeEndElement();
        }

        private void operation(String name, List<String> formats) throws XMLStreamException {
            x.writeStartElement(name);
            formatsAndDcp(formats);
            x.writeEndElement();
        }

        private void formatsAndDcp(List<String> formats) throws XMLStreamException {
            for (String f : formats) text("Format", f);
            x.writeStartElement("DCPType");
            x.writeStartElement("HTTP");
            x.writeStartElement("Get");
            onlineResource(url);
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
        }

        private void rootLayer() throws XMLStreamException {
            x.writeStartElement("Layer");
            text("Title", metadata.title().in(lang));
            text("Abstract", metadata.abstractText().in(lang));
            for (MapCrs crs : CrsRegistry.all()) text(v13 ? "CRS" : "SRS", crs.code());
            Envelope all = new Envelope();
            for (Layer l : catalog.layers()) all.expandToInclude(l.source().extent());
            if (all.isNull()) all = new Envelope(46.4, 87.4, 40.5, 55.5);
            bounds(all);
            Set<String> grouped = new HashSet<>();
            for (LayerGroup g : catalog.groups()) {
                x.writeStartElement("Layer");
                boolean queryable = false;
                Envelope extent = new Envelope();
                for (String m : g.layers()) {
                    Layer l = catalog.layer(m).orElse(null);
                    if (l == null) continue;
                    queryable |= l.queryable();
                    extent.expandToInclude(l.source().extent());
                }
                x.writeAttribute("queryable", queryable ? "1" : "0");
                text("Name", g.name());
                text("Title", g.title().in(lang));
                if (!g.abstractText().isEmpty()) text("Abstract", g.abstractText().in(lang));
                keywords(g.keywords());
                if (!extent.isNull()) bounds(extent);
                metadataUrl(g.name());
                groupStyle(g);
                for (String m : g.layers()) {
                    Layer l = catalog.layer(m).orElse(null);
                    if (l == null) continue;
                    layer(l);
                    grouped.add(m);
                }
                x.writeEndElement();
            }
            for (Layer l : catalog.layers()) if (!grouped.contains(l.name())) layer(l);
            x.writeEndElement();
        }

        private void layer(Layer l) throws XMLStreamException {
            x.writeStartElement("Layer");
            x.writeAttribute("queryable", l.queryable() ? "1" : "0");
            x.writeAttribute("opaque", "0");
            text("Name", l.name());
            text("Title", l.title().in(lang));
            if (!l.abstractText().isEmpty()) text("Abstract", l.abstractText().in(lang));
            keywords(l.keywords());
            bounds(l.source().extent());
            if (l.attribution() != null && !l.attribution().isBlank()) {
                x.writeStartElement("Attribution");
                text("Title", l.attribution());
                x.writeEndElement();
            }
            metadataUrl(l.name());
            for (String s : l.styles()) {
                Style style = catalog.style(s).orElse(null);
                if (style == null) continue;
                x.writeStartElement("Style");
                text("Name", style.name());
                text("Title", style.title().in(lang).isEmpty() ? style.name() : style.title().in(lang));
                legendUrl(l.name(), style.name(), LegendRenderer.size(GetLegendGraphicRequest.of(l, style, ImageFormat.PNG,
                        LEGEND_SYMBOL, LEGEND_SYMBOL, lang, Double.NaN, null, false)));
                x.writeEndElement();
            }
            if (v13) {
                if (l.minScale() > 0) text("MinScaleDenominator", num(l.minScale()));
                if (l.maxScale() > 0) text("MaxScaleDenominator", num(l.maxScale()));
            }
            x.writeEndElement();
        }

        /**
         * A group's one style: its members in their default styles. Members inherit it by name
         * (§7.2.4.6.5), and every layer takes that name for its default style.
         */
        private void groupStyle(LayerGroup g) throws XMLStreamException {
            List<StyledLayer> members = new ArrayList<>();
            for (String m : g.layers()) {
                Layer l = catalog.layer(m).orElse(null);
                Style style = l == null ? null : catalog.style(l.defaultStyle()).orElse(null);
                if (style != null) members.add(0, new StyledLayer(l, style));
            }
            if (members.isEmpty()) return;
            x.writeStartElement("Style");
            text("Name", WmsRequestParser.GROUP_STYLE);
            text("Title", g.title().in(lang));
            legendUrl(g.name(), WmsRequestParser.GROUP_STYLE, LegendRenderer.size(new GetLegendGraphicRequest(members, true, ImageFormat.PNG,
                    LEGEND_SYMBOL, LEGEND_SYMBOL, lang, Double.NaN, null, false)));
            x.writeEndElement();
        }

        /** The LegendURL with the size GetLegendGraphic answers for that URL, in this document's language. */
        private void legendUrl(String layer, String style, java.awt.Dimension size) throws XMLStreamException {
            x.writeStartElement("LegendURL");
            x.writeAttribute("width", Integer.toString(size.width));
            x.writeAttribute("height", Integer.toString(size.height));
            text("Format", "image/png");
            onlineResource(url + "SERVICE=WMS&VERSION=" + v.text + "&REQUEST=GetLegendGraphic&FORMAT=image/png&LAYER="
                    + layer + "&STYLE=" + style + "&LANGUAGE=" + lang.code());
            x.writeEndElement();
        }

        /** The layer's ISO 19139 record (1.1.1 calls the type TC211). */
        private void metadataUrl(String name) throws XMLStreamException {
            x.writeStartElement("MetadataURL");
            x.writeAttribute("type", v13 ? "ISO19115:2003" : "TC211");
            text("Format", "text/xml");
            onlineResource(LayerMetadataRecord.url(url, name, lang));
            x.writeEndElement();
        }

        /** Geographic box plus one BoundingBox per CRS, in each CRS's axis order for 1.3.0. */
        private void bounds(Envelope lonLat) throws XMLStreamException {
            if (v13) {
                x.writeStartElement("EX_GeographicBoundingBox");
                text("westBoundLongitude", num(lonLat.getMinX()));
                text("eastBoundLongitude", num(lonLat.getMaxX()));
                text("southBoundLatitude", num(lonLat.getMinY()));
                text("northBoundLatitude", num(lonLat.getMaxY()));
                x.writeEndElement();
            } else {
                x.writeStartElement("LatLonBoundingBox");
                box(lonLat.getMinX(), lonLat.getMinY(), lonLat.getMaxX(), lonLat.getMaxY());
                x.writeEndElement();
            }
            for (MapCrs crs : CrsRegistry.all()) {
                if (crs.code().equals("CRS:84") && !v13) continue;
                Envelope e = crs.fromLonLat(lonLat);
                x.writeStartElement("BoundingBox");
                x.writeAttribute(v13 ? "CRS" : "SRS", crs.code());
                if (v13 && crs.latLonAxisOrder()) box(e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX());
                else box(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
                x.writeEndElement();
            }
        }

        private void box(double minx, double miny, double maxx, double maxy) throws XMLStreamException {
            x.writeAttribute("minx", num(minx));
            x.writeAttribute("miny", num(miny));
            x.writeAttribute("maxx", num(maxx));
            x.writeAttribute("maxy", num(maxy));
        }

        private void keywords(List<String> keywords) throws XMLStreamException {
            if (keywords.isEmpty()) return;
            x.writeStartElement("KeywordList");
            for (String k : keywords) text("Keyword", k);
            x.writeEndElement();
        }

        private void onlineResource(String href) throws XMLStreamException {
            x.writeStartElement("OnlineResource");
            if (!v13) x.writeNamespace("xlink", "http://www.w3.org/1999/xlink");
            x.writeAttribute("http://www.w3.org/1999/xlink", "type", "simple");
            x.writeAttribute("http://www.w3.org/1999/xlink", "href", href);
            x.writeEndElement();
        }

        private void text(String name, String value) throws XMLStreamException {
            x.writeStartElement(name);
            x.writeCharacters(XmlText.safe(value));
            x.writeEndElement();
        }
    }

    /** Symbol size of a GetLegendGraphic without WIDTH and HEIGHT, as LegendURLs ask for it. */
    static final int LEGEND_SYMBOL = 20;

    static String num(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return String.format(Locale.ROOT, "%.6f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
