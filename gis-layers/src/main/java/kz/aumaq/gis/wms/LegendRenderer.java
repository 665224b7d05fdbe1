package kz.aumaq.gis.wms;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import kz.aumaq.gis.image.IconImages;
import kz.aumaq.gis.image.ImageWriter;
import kz.aumaq.gis.render.StyledLayer;
import kz.aumaq.gis.style.Rule;
import kz.aumaq.gis.style.Stroke;
import kz.aumaq.gis.style.Symbolizer;

/**
 * GetLegendGraphic: one row per rule, a swatch drawn with the rule's symbolizers and its title in the
 * requested language; a group's legend is its members' legends, each under the member's title.
 */
public final class LegendRenderer {

    private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 12);
    private static final Font HEADING = new Font("DejaVu Sans", Font.BOLD, 12);
    private static final int HEADING_HEIGHT = 16;
    private static final int GAP = 4;

    private LegendRenderer() {
    }

    public static byte[] render(GetLegendGraphicRequest r) {
        return ImageWriter.write(image(r, 1), r.format());
    }

    /**
     * The size {@link #render} answers, without drawing: what capabilities advertise in each
     * LegendURL, so that the two always agree (text widths depend on the language).
     */
    public static Dimension size(GetLegendGraphicRequest r) {
        Layout layout = layout(r, 1);
        return new Dimension(layout.pixelWidth(), layout.pixelHeight());
    }

    /**
     * The legend drawn {@code scale} times larger, symbols and text alike, for print: vectors
     * drawn at the print resolution stay sharp where an enlarged picture would blur.
     */
    public static BufferedImage image(GetLegendGraphicRequest r, double scale) {
        Layout layout = layout(r, scale);
        int sw = r.symbolWidth();
        int sh = r.symbolHeight();
        boolean scaled = scale != 1;
        boolean transparent = r.transparent() && r.format().supportsTransparency();
        BufferedImage img = new BufferedImage(layout.pixelWidth(), layout.pixelHeight(), transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        if (transparent) {
            g.setComposite(AlphaComposite.Clear);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setComposite(AlphaComposite.SrcOver);
        } else {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        if (scaled) {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.scale(scale, scale);
        }
        int y = 0;
        for (Row row : layout.rows()) {
            if (row.rule() == null) {
                g.setFont(HEADING);
                g.setColor(Color.BLACK);
                g.drawString(row.text(), 0, y + HEADING_HEIGHT - 4);
                y += HEADING_HEIGHT + GAP;
                continue;
            }
            swatch(g, row.rule(), 0, y, sw, sh, row.pointLayer());
            if (!layout.symbolsOnly()) {
                g.setFont(FONT);
                g.setColor(Color.BLACK);
                g.drawString(row.text(), sw + GAP * 2, y + sh / 2 + 5);
            }
            y += sh + GAP;
        }
        g.dispose();
        return img;
    }

    /** A line of the legend: a member's title (no rule) or a rule's swatch with its title. */
    private record Row(String text, Rule rule, boolean pointLayer) {
    }

    private record Layout(List<Row> rows, double width, int height, double scale, boolean symbolsOnly) {
        int pixelWidth() {
            return Math.max((int) Math.ceil(width * scale) + (scale != 1 ? 2 : 0), 1);
        }

        int pixelHeight() {
            return Math.max((int) Math.ceil(height * scale), 1);
        }
    }

    /** What the legend holds and how big it is, in unscaled pixels; one computation for drawing and for {@link #size}. */
    private static Layout layout(GetLegendGraphicRequest r, double scale) {
        List<Row> rows = new ArrayList<>();
        for (StyledLayer sl : r.layers()) {
            List<Row> rules = new ArrayList<>();
            for (Rule rule : sl.style().rules()) {
                if (r.rule() != null && !r.rule().equals(rule.name())) continue;
                if (!Double.isNaN(r.scale()) && !rule.activeAt(r.scale())) continue;
                rules.add(new Row(title(rule, r), rule, sl.layer().source().isPoint()));
            }
            if (r.group()) {
                if (rules.isEmpty()) continue;
                String t = sl.layer().title().in(r.lang());
                rows.add(new Row(t.isEmpty() ? sl.layer().name() : t, null, false));
            }
            rows.addAll(rules);
        }
        int sw = r.symbolWidth();
        int sh = r.symbolHeight();
        boolean scaled = scale != 1;
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D pg = probe.createGraphics();
        if (scaled) pg.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        // Scaled text is measured at its drawn size (glyph widths do not grow exactly linearly).
        Font font = scaled ? FONT.deriveFont((float) (FONT.getSize2D() * scale)) : FONT;
        Font heading = scaled ? HEADING.deriveFont((float) (HEADING.getSize2D() * scale)) : HEADING;
        boolean symbolsOnly = r.rule() != null;
        double width = 0;
        int height = 0;
        for (Row row : rows) {
            if (row.rule() == null) {
                width = Math.max(width, pg.getFontMetrics(heading).stringWidth(row.text()) / scale);
                height += HEADING_HEIGHT + GAP;
            } else {
                double text = symbolsOnly ? 0 : pg.getFontMetrics(font).stringWidth(row.text()) / scale;
                width = Math.max(width, sw + (text > 0 ? GAP * 2 + text : 0));
                height += sh + GAP;
            }
        }
        pg.dispose();
        if (rows.isEmpty()) {
            width = sw;
            height = sh + GAP;
        }
        return new Layout(rows, Math.max(width, sw), height - GAP, scale, symbolsOnly);
    }

    private static String title(Rule rule, GetLegendGraphicRequest r) {
        String t = rule.title().in(r.lang());
        return t.isEmpty() ? (rule.name() == null ? "" : rule.name()) : t;
    }

    private static void swatch(Graphics2D g, Rule rule, int x, int y, int w, int h, boolean pointLayer) {
        for (Symbolizer s : rule.symbolizers()) {
            if (s instanceof Symbolizer.Polygon p) {
                Shape box = new Rectangle2D.Double(x + 1.5, y + 1.5, w - 3, h - 3);
                if (p.fill() != null) {
                    g.setColor(color(p.fill().color(), p.fill().opacity()));
                    g.fill(box);
                }
                stroke(g, p.stroke(), box);
            } else if (s instanceof Symbolizer.Line l) {
                stroke(g, l.stroke(), new Line2D.Double(x + 1, y + h - 3, x + w - 1, y + 3));
            } else if (s instanceof Symbolizer.Point p) {
                Shape mark = AffineTransform.getTranslateInstance(x + w / 2.0, y + h / 2.0)
                        .createTransformedShape(markShape(p, Math.min(w, h)));
                if (p.fill() != null) {
                    g.setColor(color(p.fill().color(), p.fill().opacity()));
                    g.fill(mark);
                }
                stroke(g, p.stroke(), mark);
            } else if (s instanceof Symbolizer.Icon i) {
                icon(g, i, x, y, w, h);
            } else if (s instanceof Symbolizer.Text t) {
                g.setFont(new Font(t.fontFamily(), t.bold() ? Font.BOLD : Font.PLAIN, Math.min(h - 4, (int) t.fontSize() + 2)));
                g.setColor(t.color());
                g.drawString("Aa", x + 1, y + h - 5);
            }
        }
    }

    /** The icon at its map size, shrunk to fit the swatch when bigger, centred. */
    private static void icon(Graphics2D g, Symbolizer.Icon i, int x, int y, int w, int h) {
        if (i.opacity() <= 0) return;
        BufferedImage own = IconImages.load(i.href());
        double height = Math.min(i.size(), Math.min(h - 2, (w - 2) * (double) own.getHeight() / own.getWidth()));
        BufferedImage picture = IconImages.resized(i.href(), height);
        Composite before = g.getComposite();
        if (i.opacity() < 1) g.setComposite(AlphaComposite.SrcOver.derive((float) i.opacity()));
        g.drawImage(picture, x + (w - picture.getWidth()) / 2, y + (h - picture.getHeight()) / 2, null);
        g.setComposite(before);
    }

    private static Shape markShape(Symbolizer.Point p, int box) {
        return kz.aumaq.gis.render.Marks.shape(p.mark(), Math.min(p.size() * 1.5, box - 2));
    }

    private static void stroke(Graphics2D g, Stroke s, Shape shape) {
        if (s == null || s.width() == 0) return;
        g.setColor(color(s.color(), s.opacity()));
        g.setStroke(s.dash() == null ? new BasicStroke((float) Math.min(s.width(), 3))
                : new BasicStroke((float) Math.min(s.width(), 3), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4, s.dash(), 0));
        g.draw(shape);
    }

    private static Color color(Color c, double opacity) {
        return opacity >= 1 ? c : new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(opacity * 255));
    }

}
