package kz.aumaq.gis.style.sld;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import kz.aumaq.gis.style.PropertyFilter;
import kz.aumaq.gis.style.Rule;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.style.Symbolizer;
import kz.aumaq.gis.text.LocalizedText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an SLD 1.0.0 {@code StyledLayerDescriptor} (GeoServer's dialect) or an SLD 1.1.0 one with
 * Symbology Encoding ({@code se:}, what QGIS "Save as SLD" writes) into a {@link Style}: one
 * NamedLayer with one UserStyle, its FeatureTypeStyles' rules in order.
 *
 * <p>Anything the style model cannot express fails the whole document with an {@link SldException}
 * listing every such element; what is merely not kept (abstracts, line label placement) is listed
 * in {@link SldImport#ignored()}. DTDs and external entities are refused, so a document cannot make
 * the server read files or call out.
 */
public class SldReader {

    private final FilterReader filters = new FilterReader();
    private final SymbolizerReader symbolizers = new SymbolizerReader();

    public SldImport read(InputStream in) {
        Element root = parse(in).getDocumentElement();
        if (!root.getLocalName().equals("StyledLayerDescriptor") || !SldNode.knownNamespace(root)) {
            throw new SldException(List.of(root.getLocalName() + ": the document must be a StyledLayerDescriptor (SLD 1.0.0 or 1.1.0)"));
        }
        SldFindings findings = new SldFindings();
        Style style = document(new SldNode(root, "StyledLayerDescriptor", findings));
        if (findings.hasUnsupported()) throw new SldException(findings.unsupported());
        return new SldImport(style, findings.ignored());
    }

    // Parts are read as they come, so problems are listed in document order.
    private Style document(SldNode sld) {
        String version = sld.attribute("version");
        if (version != null && !version.strip().equals("1.0.0") && !version.strip().equals("1.1.0")) {
            sld.unsupported("version " + version + " is not supported; send SLD 1.0.0 or 1.1.0");
        }
        Style style = null;
        boolean layerSeen = false;
        for (SldNode c : sld.children()) {
            switch (c.name()) {
                case "Name", "Title", "Abstract", "Description" -> c.ignored("document metadata is not kept");
                case "NamedLayer" -> {
                    if (layerSeen) c.unsupported("one NamedLayer per document; send each style on its own");
                    else style = namedLayer(c);
                    layerSeen = true;
                }
                case "UserLayer" -> c.unsupported("user layers (inline or remote features) are not supported; use a NamedLayer");
                default -> c.unsupported("not supported in a StyledLayerDescriptor");
            }
        }
        if (!layerSeen) sld.unsupported("no NamedLayer with a UserStyle found");
        return style;
    }

    private Style namedLayer(SldNode layer) {
        String layerName = null;
        Style style = null;
        boolean styleSeen = false;
        for (SldNode c : layer.children()) {
            switch (c.name()) {
                case "Name" -> layerName = c.text();
                case "Title", "Abstract", "Description" -> c.ignored("layer metadata is not kept; edit the layer instead");
                case "UserStyle" -> {
                    if (styleSeen) c.unsupported("one UserStyle per document; send each style on its own");
                    else style = userStyle(c, layerName);
                    styleSeen = true;
                }
                case "NamedStyle" -> c.unsupported("a NamedStyle refers to a style stored elsewhere; send the UserStyle itself");
                case "LayerFeatureConstraints" -> c.unsupported("layer feature constraints are not supported");
                default -> c.unsupported("not supported in a NamedLayer");
            }
        }
        if (!styleSeen) layer.unsupported("no UserStyle found");
        return style;
    }

    private Style userStyle(SldNode s, String layerName) {
        String rawName = null;
        String title = null;
        List<SldNode> featureTypeStyles = new ArrayList<>();
        for (SldNode c : s.children()) {
            switch (c.name()) {
                case "Name" -> rawName = c.text();
                case "Title" -> title = c.text();
                case "Abstract" -> c.ignored("style abstracts are not kept");
                case "Description" -> title = description(c, title, "style abstracts are not kept");
                case "IsDefault" -> c.ignored("which style is a layer's default is set on the layer");
                case "FeatureTypeStyle" -> featureTypeStyles.add(c);
                case "CoverageStyle" -> c.unsupported("coverage (raster) styles are not supported");
                default -> c.unsupported("not supported in a UserStyle");
            }
        }
        if (rawName == null) rawName = layerName;
        String name = urlSafe(rawName);
        if (title == null && rawName != null && !rawName.equals(name)) title = rawName;
        List<Rule> rules = new ArrayList<>();
        for (int k = 0; k < featureTypeStyles.size(); k++) {
            // With one FeatureTypeStyle, rules are numbered as the author sees them: Rule[1], Rule[2]…
            String prefix = featureTypeStyles.size() == 1 ? "" : "FeatureTypeStyle[" + (k + 1) + "]/";
            rules.addAll(featureTypeStyle(featureTypeStyles.get(k), prefix));
        }
        if (featureTypeStyles.isEmpty()) s.unsupported("a UserStyle needs a FeatureTypeStyle with rules");
        return new Style(name, title == null ? LocalizedText.EMPTY : LocalizedText.of(title), rules);
    }

    private List<Rule> featureTypeStyle(SldNode fts, String prefix) {
        List<Rule> rules = new ArrayList<>();
        int n = 0;
        for (SldNode c : fts.children()) {
            switch (c.name()) {
                case "Rule" -> {
                    Rule r = rule(c.at(prefix + "Rule[" + (++n) + "]"));
                    if (r != null) rules.add(r);
                }
                case "Name", "Title", "Abstract", "Description" -> c.ignored("feature type style metadata is not kept");
                case "FeatureTypeName", "SemanticTypeIdentifier" -> c.ignored("a style applies to whichever layer uses it");
                case "VendorOption" -> c.ignored("vendor option not used by this renderer");
                case "Transformation" -> c.unsupported("rendering transformations are not supported");
                default -> c.unsupported("not supported in a FeatureTypeStyle");
            }
        }
        return rules;
    }

    private Rule rule(SldNode r) {
        int before = r.problems();
        String name = null;
        String title = null;
        PropertyFilter filter = null;
        Double minScale = 0.0;
        Double maxScale = 0.0;
        List<Symbolizer> drawn = new ArrayList<>();
        for (SldNode c : r.children()) {
            switch (c.name()) {
                case "Name" -> name = c.text();
                case "Title" -> title = c.text();
                case "Abstract" -> c.ignored("rule abstracts are not kept");
                case "Description" -> title = description(c, title, "rule abstracts are not kept");
                case "Filter" -> filter = filters.read(c);
                case "ElseFilter" -> c.unsupported("ElseFilter is not supported; give the rule an explicit Filter");
                case "MinScaleDenominator" -> minScale = scale(c);
                case "MaxScaleDenominator" -> maxScale = scale(c);
                case "PolygonSymbolizer", "LineSymbolizer", "PointSymbolizer", "TextSymbolizer" -> drawn.add(symbolizers.read(c));
                case "RasterSymbolizer" -> c.unsupported("raster symbolizers are not supported");
                case "LegendGraphic" -> c.unsupported("legends are drawn from the symbolizers; custom legend graphics are not supported");
                case "VendorOption" -> c.ignored("vendor option not used by this renderer");
                default -> c.unsupported("not supported in a Rule");
            }
        }
        if (minScale != null && maxScale != null && maxScale > 0 && minScale >= maxScale) {
            r.unsupported("MinScaleDenominator (" + minScale + ") must be below MaxScaleDenominator (" + maxScale + ")");
        }
        if (r.problems() > before) return null;
        return new Rule(name, title == null ? LocalizedText.EMPTY : LocalizedText.of(title), filter, minScale, maxScale, drawn);
    }

    /** SE 1.1 puts Title and Abstract in a Description; returns the title found, else {@code title}. */
    private static String description(SldNode d, String title, String abstractNote) {
        String found = title;
        for (SldNode c : d.children()) {
            switch (c.name()) {
                case "Title" -> found = c.text();
                case "Abstract" -> c.ignored(abstractNote);
                default -> c.unsupported("not supported in a Description");
            }
        }
        return found;
    }

    private static Double scale(SldNode n) {
        Double v = n.number();
        if (v != null && v < 0) {
            n.unsupported("a scale denominator must not be negative");
            return null;
        }
        return v;
    }

    /**
     * Style names appear in URLs and WMS requests: lower-case letters, digits, '-' and '_'.
     * Anything else becomes '-'; the original stays as the title when there is none.
     */
    static String urlSafe(String raw) {
        if (raw == null) return "style";
        String s = raw.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[-_]+|[-_]+$", "");
        if (s.isEmpty()) return "style";
        if (!Character.isLetter(s.charAt(0))) s = "style-" + s;
        return s.length() > 63 ? s.substring(0, 63).replaceAll("[-_]+$", "") : s;
    }

    private static Document parse(InputStream in) {
        try {
            DocumentBuilder builder = secureFactory().newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(in);
        } catch (SAXParseException e) {
            throw new SldException(List.of("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + notWellFormed(e)));
        } catch (SAXException | IOException e) {
            throw new SldException(List.of("the document is not readable XML: " + e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be configured securely", e);
        }
    }

    private static String notWellFormed(SAXParseException e) {
        String m = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
        return m.contains("DOCTYPE") ? "DOCTYPE declarations are not allowed" : m;
    }

    /** No DTDs, no external entities or schemas, no XInclude: nothing in the document reaches out. */
    private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }
}
