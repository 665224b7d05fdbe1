package kz.aumaq.gis.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.aumaq.gis.style.LabelPlacement;

/**
 * Places labels after all geometry is drawn, highest priority first, skipping any that would
 * overlap one already placed or cross the image edge (so tiles cut from a metatile never show
 * half a label). Each label sits where its {@link LabelPlacement} puts it relative to its point.
 */
final class LabelPlacer {

    private static final Map<String, Font> FONTS = new ConcurrentHashMap<>();
    private final List<LabelCandidate> candidates = new ArrayList<>();
    private final double symbolScale;

    LabelPlacer(double symbolScale) {
        this.symbolScale = symbolScale;
    }

    void add(LabelCandidate c) {
        if (c.text() != null && !c.text().isBlank()) candidates.add(c);
    }

    /** Draws the labels that fit; returns how many. */
    int place(Graphics2D g, int width, int height) {
        candidates.sort(Comparator.comparingInt((LabelCandidate c) -> -c.symbolizer().priority())
                .thenComparingDouble(c -> -c.weight()));
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        // Glyph outlines are placed at fractional positions; without this letters drift apart ("Ескит ас").
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        FontRenderContext frc = g.getFontRenderContext();
        List<Rectangle2D> placed = new ArrayList<>();
        double margin = 2 * symbolScale;
        for (LabelCandidate c : candidates) {
            var s = c.symbolizer();
            Font font = font(s.fontFamily(), s.bold(), s.fontSize() * symbolScale);
            GlyphVector glyphs = font.createGlyphVector(frc, c.text());
            Rectangle2D bounds = glyphs.getLogicalBounds();
            LabelPlacement at = s.placement();
            // SLD's displacement points up, pixel rows go down.
            double px = c.x() + at.displacementX() * symbolScale;
            double py = c.y() - at.displacementY() * symbolScale;
            // x: where the text starts, y: its baseline. The anchor is a fraction of the text's box
            // (its bottom 0.2 em below the baseline, as the collision box); 0.5, 0.5 is exactly the
            // centring labels had before placement could be chosen.
            double x = px - at.anchorX() * bounds.getWidth();
            double y = py + at.anchorY() * bounds.getHeight() - font.getSize2D() * 0.25;
            Rectangle2D box = new Rectangle2D.Double(x - margin, y - bounds.getHeight() + font.getSize2D() * 0.2 - margin,
                    bounds.getWidth() + 2 * margin, bounds.getHeight() + 2 * margin);
            if (box.getMinX() < 0 || box.getMinY() < 0 || box.getMaxX() > width || box.getMaxY() > height) continue;
            if (overlaps(box, placed)) continue;
            placed.add(box);
            Shape outline = glyphs.getOutline((float) x, (float) y);
            if (s.haloColor() != null && s.haloRadius() > 0) {
                g.setColor(s.haloColor());
                g.setStroke(new BasicStroke((float) (s.haloRadius() * 2 * symbolScale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(outline);
            }
            g.setColor(s.color() == null ? Color.BLACK : s.color());
            g.fill(outline);
        }
        return placed.size();
    }

    private static boolean overlaps(Rectangle2D box, List<Rectangle2D> placed) {
        for (Rectangle2D p : placed) if (p.intersects(box)) return true;
        return false;
    }

    private static Font font(String family, boolean bold, double size) {
        String key = family + '|' + bold + '|' + size;
        return FONTS.computeIfAbsent(key, k -> new Font(family, bold ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont(AffineTransform.getScaleInstance(1, 1)).deriveFont((float) size));
    }
}
