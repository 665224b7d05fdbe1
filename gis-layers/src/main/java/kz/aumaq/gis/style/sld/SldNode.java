package kz.aumaq.gis.style.sld;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One element of an SLD document with its path for messages ({@code Rule[2]/PolygonSymbolizer/Fill}).
 * SLD 1.0 ({@code sld:}) and SE 1.1 ({@code se:}) elements are read alike by local name, so QGIS's
 * 1.1 output and GeoServer's 1.0 output go through the same code.
 */
final class SldNode {

    static final String SLD = "http://www.opengis.net/sld";
    static final String SE = "http://www.opengis.net/se";
    static final String OGC = "http://www.opengis.net/ogc";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    /** Hand-written SLD sometimes leaves elements without a namespace; their meaning is still clear. */
    private static final Set<String> KNOWN = Set.of(SLD, SE, OGC, "");
    private static final Set<String> NAMED = Set.of("CssParameter", "SvgParameter", "VendorOption");

    private final Element element;
    private final String path;
    private final SldFindings findings;
    private List<SldNode> children;

    SldNode(Element element, String path, SldFindings findings) {
        this.element = element;
        this.path = path;
        this.findings = findings;
    }

    static boolean knownNamespace(Element e) {
        return KNOWN.contains(e.getNamespaceURI() == null ? "" : e.getNamespaceURI());
    }

    String name() {
        return element.getLocalName();
    }

    String path() {
        return path;
    }

    SldNode at(String otherPath) {
        return new SldNode(element, otherPath, findings);
    }

    /** An attribute without namespace, or null when absent. */
    String attribute(String name) {
        return element.hasAttributeNS(null, name) ? element.getAttributeNS(null, name) : null;
    }

    /** A namespaced attribute ({@code xlink:href}), or null when absent. */
    String attribute(String namespace, String name) {
        return element.hasAttributeNS(namespace, name) ? element.getAttributeNS(namespace, name) : null;
    }

    boolean isParameter() {
        return name().equals("CssParameter") || name().equals("SvgParameter");
    }

    void unsupported(String reason) {
        findings.unsupported(path, reason);
    }

    void ignored(String reason) {
        findings.ignored(path, reason);
    }

    /**
     * Child elements. Repeated names get an index ({@code PolygonSymbolizer[2]}), parameters their
     * name ({@code CssParameter[@name='fill']}); elements from other namespaces are reported.
     */
    List<SldNode> children() {
        if (children == null) children = readChildren();
        return children;
    }

    /** Unsupported things reported so far in the whole document; a part is usable if it added none. */
    int problems() {
        return findings.unsupportedCount();
    }

    private List<SldNode> readChildren() {
        List<Element> elements = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
                counts.merge(e.getLocalName(), 1, Integer::sum);
            }
        }
        List<SldNode> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Element e : elements) {
            String local = e.getLocalName();
            int index = seen.merge(local, 1, Integer::sum);
            String step;
            if (NAMED.contains(local)) {
                step = local + "[@name='" + e.getAttribute("name") + "']";
            } else {
                step = counts.get(local) > 1 ? local + "[" + index + "]" : local;
            }
            SldNode child = new SldNode(e, path + "/" + step, findings);
            if (knownNamespace(e)) {
                out.add(child);
            } else {
                child.unsupported("element of namespace " + e.getNamespaceURI() + " is not part of SLD");
            }
        }
        return out;
    }

    /** True when the element has non-blank text of its own beside child elements (mixed content). */
    boolean hasOwnText() {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if ((n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) && !n.getNodeValue().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Character content of a text-only element (Name, Title, WellKnownName); null when empty. */
    String text() {
        for (SldNode c : children()) c.unsupported("expected text only inside " + name());
        String t = element.getTextContent();
        return t == null || t.isBlank() ? null : t.strip();
    }

    /**
     * A constant value: plain text or one {@code ogc:Literal}. Expressions (PropertyName, Function,
     * arithmetic) would make the value vary per feature, which styles here cannot express.
     */
    String literal() {
        List<SldNode> kids = children();
        if (kids.isEmpty()) {
            String t = element.getTextContent();
            return t == null || t.isBlank() ? null : t.strip();
        }
        String value = null;
        for (SldNode c : kids) {
            if (c.name().equals("Literal") && kids.size() == 1) {
                value = c.text();
            } else {
                c.unsupported(c.name().equals("Literal") ? "only one Literal is allowed here"
                        : "expressions (" + c.name() + ") are not supported here; use a constant value");
            }
        }
        return value;
    }

    /** A literal that must be there; reports {@code missing} unless the value was already reported. */
    String required(String missing) {
        int before = findings.unsupportedCount();
        String v = literal();
        if (v == null && findings.unsupportedCount() == before) unsupported(missing);
        return v;
    }

    /** A literal number; reports and returns null when it is missing or not a number. */
    Double number() {
        String v = required("a number is required");
        if (v == null) return null;
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) return d;
        } catch (NumberFormatException e) {
            // reported below
        }
        unsupported("not a number: '" + v + "'");
        return null;
    }
}
