package kz.aumaq.gis.wms;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import kz.aumaq.gis.image.ImageFormat;
import kz.aumaq.gis.image.ImageWriter;
import kz.aumaq.gis.ows.XmlText;

/** The ways a WMS error is told: ServiceExceptionReport XML, the message drawn in the image, or a blank image. */
public final class ExceptionReport {

    private ExceptionReport() {
    }

    public static String contentType(WmsVersion version) {
        return version == WmsVersion.V111 ? "application/vnd.ogc.se_xml;charset=UTF-8" : "text/xml;charset=UTF-8";
    }

    public static String xml(WmsException e, WmsVersion version) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("ServiceExceptionReport");
            if (version == WmsVersion.V130) {
                x.writeDefaultNamespace("http://www.opengis.net/ogc");
                x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
                x.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                        "http://www.opengis.net/ogc http://schemas.opengis.net/wms/1.3.0/exceptions_1_3_0.xsd");
            }
            x.writeAttribute("version", version.text);
            x.writeStartElement("ServiceException");
            String code = e.codeFor(version);
            if (code != null) x.writeAttribute("code", code);
            if (e.locator() != null) x.writeAttribute("locator", XmlText.safe(e.locator()));
            x.writeCharacters(XmlText.safe(e.getMessage()));
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The message written into an image of the requested size (EXCEPTIONS=INIMAGE), or an empty one (BLANK). */
    public static byte[] image(WmsException e, int w, int h, ImageFormat format, boolean transparent, Color background, boolean withText) {
        BufferedImage img = new BufferedImage(w, h, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        if (!transparent) {
            g.setColor(background);
            g.fillRect(0, 0, w, h);
        }
        if (withText) {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.RED.darker());
            g.setFont(new Font("DejaVu Sans", Font.PLAIN, 11));
            String text = (e.code() == null ? "" : e.code() + ": ") + e.getMessage();
            int y = 14;
            for (String line : wrap(text, Math.max(10, w / 7))) {
                g.drawString(line, 4, y);
                y += 14;
            }
        }
        g.dispose();
        return ImageWriter.write(img, format == ImageFormat.JPEG ? ImageFormat.JPEG : ImageFormat.PNG);
    }

    private static java.util.List<String> wrap(String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}
