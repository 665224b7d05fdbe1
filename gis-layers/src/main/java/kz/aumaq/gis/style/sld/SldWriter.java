package kz.aumaq.gis.style.sld;

import java.awt.Color;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import kz.aumaq.gis.style.Fill;
import kz.aumaq.gis.style.HexColor;
import kz.aumaq.gis.style.LabelPlacement;
import kz.aumaq.gis.style.PropertyFilter;
import kz.aumaq.gis.style.Rule;
import kz.aumaq.gis.style.Stroke;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.style.Symbolizer;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.text.LocalizedText;

/**
 * Writes a style as SLD 1.0.0 (elements in schema order, {@code CssParameter}s), which GeoServer,
 * QGIS and {@link SldReader} read. SLD has one Title, so titles are written in one language;
 * everything else reads back unchanged. Label priority goes into a {@code VendorOption}, which
 * other servers may ignore.
 */
public class SldWriter {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    public String write(Style style, Lang titleLanguage) {
        try {
            StringWriter out = new StringWriter(4096);
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            new Document(x, titleLanguage).write(style);
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One document being written; indents so people can read and edit the result. */
    private static final class Document {
        private final XMLStreamWriter x;
        private final Lang lang;
        private int depth;

        Document(XMLStreamWriter x, Lang lang) {
            this.x = x;
            this.lang = lang;
        }

        void write(Style style) throws XMLStreamException {
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.setDefaultNamespace(SldNode.SLD);
            x.setPrefix("ogc", SldNode.OGC);
            x.writeStartElement(SldNode.SLD, "StyledLayerDescriptor");
            x.writeDefaultNamespace(SldNode.SLD);
            x.writeNamespace("ogc", SldNode.OGC);
            x.writeNamespace("xlink", SldNode.XLINK);
            x.writeNamespace("xsi", XSI);
            x.writeAttribute(XSI, "schemaLocation", SldNode.SLD + " http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd");
            x.writeAttribute("version", "1.0.0");
            depth++;
            open("NamedLayer");
            text("Name", style.name());
            open("UserStyle");
            text("Name", style.name());
            title(style.title());
            open("FeatureTypeStyle");
            for (Rule r : style.rules()) rule(r);
            close();
            close();
            close();
            depth--;
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
        }

        private void rule(Rule r) throws XMLStreamException {
            open("Rule");
            if (r.name() != null) text("Name", r.name());
            title(r.title());
            if (r.filter() != null) filter(r.filter());
            if (r.minScale() > 0) text("MinScaleDenominator", number(r.minScale()));
            if (r.maxScale() > 0) text("MaxScaleDenominator", number(r.maxScale()));
            for (Symbolizer s : r.symbolizers()) symbolizer(s);
            close();
        }

        private void title(LocalizedText title) throws XMLStreamException {
            if (!title.isEmpty()) text("Title", title.in(lang));
        }

        private void filter(PropertyFilter f) throws XMLStreamException {
            open(SldNode.OGC, "Filter");
            open(SldNode.OGC, f.op().ogcName);
            text(SldNode.OGC, "PropertyName", f.property());
            text(SldNode.OGC, "Literal", f.value());
            close();
            close();
        }

        private void symbolizer(Symbolizer s) throws XMLStreamException {
            if (s instanceof Symbolizer.Polygon p) {
                open("PolygonSymbolizer");
                if (p.fill() != null) fill(p.fill());
                if (p.stroke() != null) stroke(p.stroke());
                close();
            } else if (s instanceof Symbolizer.Line l) {
                open("LineSymbolizer");
                stroke(l.stroke());
                close();
            } else if (s instanceof Symbolizer.Point p) {
                point(p);
            } else if (s instanceof Symbolizer.Icon i) {
                icon(i);
            } else if (s instanceof Symbolizer.Text t) {
                text(t);
            }
        }

        private void point(Symbolizer.Point p) throws XMLStreamException {
            open("PointSymbolizer");
            open("Graphic");
            open("Mark");
            text("WellKnownName", p.mark().wellKnownName());
            if (p.fill() != null) fill(p.fill());
            if (p.stroke() != null) stroke(p.stroke());
            close();
            text("Size", number(p.size()));
            close();
            close();
        }

        private void icon(Symbolizer.Icon i) throws XMLStreamException {
            open("PointSymbolizer");
            open("Graphic");
            open("ExternalGraphic");
            indent();
            x.writeEmptyElement(SldNode.SLD, "OnlineResource");
            x.writeAttribute(SldNode.XLINK, "type", "simple");
            x.writeAttribute(SldNode.XLINK, "href", i.href());
            text("Format", i.format());
            close();
            if (i.opacity() != 1) text("Opacity", number(i.opacity()));
            text("Size", number(i.size()));
            close();
            close();
        }

        private void text(Symbolizer.Text t) throws XMLStreamException {
            open("TextSymbolizer");
            open("Label");
            text(SldNode.OGC, "PropertyName", t.label());
            close();
            open("Font");
            if (t.fontFamily() != null) parameter("font-family", t.fontFamily());
            parameter("font-size", number(t.fontSize()));
            if (t.bold()) parameter("font-weight", "bold");
            close();
            if (!t.placement().equals(LabelPlacement.CENTRED)) placement(t.placement());
            if (t.haloColor() != null) {
                open("Halo");
                text("Radius", number(t.haloRadius()));
                fill(Fill.solid(t.haloColor()));
                close();
            }
            fill(Fill.solid(t.color() == null ? Color.BLACK : t.color()));
            if (t.priority() != 0) {
                indent();
                x.writeStartElement(SldNode.SLD, "VendorOption");
                x.writeAttribute("name", "priority");
                x.writeCharacters(Integer.toString(t.priority()));
                x.writeEndElement();
            }
            close();
        }

        private void placement(LabelPlacement p) throws XMLStreamException {
            open("LabelPlacement");
            open("PointPlacement");
            open("AnchorPoint");
            text("AnchorPointX", number(p.anchorX()));
            text("AnchorPointY", number(p.anchorY()));
            close();
            open("Displacement");
            text("DisplacementX", number(p.displacementX()));
            text("DisplacementY", number(p.displacementY()));
            close();
            close();
            close();
        }

        private void fill(Fill f) throws XMLStreamException {
            open("Fill");
            parameter("fill", HexColor.format(f.color()));
            if (f.opacity() != 1) parameter("fill-opacity", number(f.opacity()));
            close();
        }

        private void stroke(Stroke s) throws XMLStreamException {
            open("Stroke");
            parameter("stroke", HexColor.format(s.color()));
            if (s.opacity() != 1) parameter("stroke-opacity", number(s.opacity()));
            parameter("stroke-width", number(s.width()));
            if (s.dash() != null) {
                StringBuilder d = new StringBuilder();
                for (float f : s.dash()) d.append(d.length() == 0 ? "" : " ").append(number(f));
                parameter("stroke-dasharray", d.toString());
            }
            close();
        }

        private void parameter(String name, String value) throws XMLStreamException {
            indent();
            x.writeStartElement(SldNode.SLD, "CssParameter");
            x.writeAttribute("name", name);
            x.writeCharacters(value);
            x.writeEndElement();
        }

        private void open(String name) throws XMLStreamException {
            open(SldNode.SLD, name);
        }

        private void open(String ns, String name) throws XMLStreamException {
            indent();
            x.writeStartElement(ns, name);
            depth++;
        }

        private void close() throws XMLStreamException {
            depth--;
            indent();
            x.writeEndElement();
        }

        private void text(String name, String value) throws XMLStreamException {
            text(SldNode.SLD, name, value);
        }

        private void text(String ns, String name, String value) throws XMLStreamException {
            indent();
            x.writeStartElement(ns, name);
            x.writeCharacters(value);
            x.writeEndElement();
        }

        private void indent() throws XMLStreamException {
            x.writeCharacters("\n" + "  ".repeat(depth));
        }
    }

    /** Whole numbers without ".0"; others in the shortest form that reads back to the same double. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    private static String number(float v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7) return Long.toString((long) v);
        return Float.toString(v);
    }
}
