package kz.aumaq.gis.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.aumaq.gis.image.IconImages;
import kz.aumaq.gis.layer.Feature;
import kz.aumaq.gis.style.Fill;
import kz.aumaq.gis.style.Rule;
import kz.aumaq.gis.style.Stroke;
import kz.aumaq.gis.style.Symbolizer;
import kz.aumaq.gis.text.Lang;
import org.locationtech.jts.awt.PointTransformation;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Puntal;

/**
 * Draws styled layers into an image with Java2D: geometries come pre-projected and generalised
 * from {@link FeatureSets}, only those near the view are touched (STRtree), labels are placed last
 * with collision avoidance.
 */
public class MapRenderer {

    /** Pixels around the view whose features still count, so outlines and marks at the edge are whole. */
    private static final int GUTTER_PX = 16;
    private static final float THIN_LINE_PX = 2.5f;
    private final FeatureSets featureSets;

    public MapRenderer(FeatureSets featureSets) {
        this.featureSets = featureSets;
    }

    public FeatureSets featureSets() {
        return featureSets;
    }

    public BufferedImage render(MapView view, List<StyledLayer> layers, RenderOptions options) {
        BufferedImage image = new BufferedImage(view.width(), view.height(),
                options.transparent() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            if (options.transparent()) {
                g.setComposite(AlphaComposite.Clear);
                g.fillRect(0, 0, view.width(), view.height());
                g.setComposite(AlphaComposite.SrcOver);
            } else {
                g.setColor(options.background() == null ? Color.WHITE : options.background());
                g.fillRect(0, 0, view.width(), view.height());
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            draw(g, view, layers, options);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void draw(Graphics2D g, MapView view, List<StyledLayer> layers, RenderOptions options) {
        double scale = view.scaleDenominator();
        double res = view.resolution();
        double symbolScale = view.symbolScale();
        Envelope near = new Envelope(view.bbox());
        near.expandBy(gutterPx(layers) * res * symbolScale);
        ShapeWriter shapes = new ShapeWriter(toPixels(view));
        shapes.setRemoveDuplicatePoints(true);
        shapes.setDecimation(res * 0.5);
        LabelPlacer labels = new LabelPlacer(symbolScale);
        int drawn = 0;
        for (StyledLayer sl : layers) {
            if (!sl.layer().visibleAt(scale)) continue;
            List<Rule> rules = sl.style().rules().stream().filter(r -> r.activeAt(scale)).toList();
            if (rules.isEmpty()) continue;
            FeatureSet set = featureSets.get(sl.layer().source(), options.date(), view.crs());
            int[] hits = set.query(near);
            for (Rule rule : rules) {
                for (int i : hits) {
                    if ((++drawn & 63) == 0 && System.nanoTime() > options.deadlineNanos()) {
                        throw new RenderLimitExceeded("rendering took longer than the time limit");
                    }
                    Feature f = set.feature(i);
                    if (!rule.selects(f.properties())) continue;
                    for (Symbolizer s : rule.symbolizers()) {
                        if (s instanceof Symbolizer.Polygon p) {
                            drawPolygon(g, shapes.toShape(set.forResolution(i, res)), p, symbolScale);
                        } else if (s instanceof Symbolizer.Line l) {
                            drawStroke(g, shapes.toShape(set.forResolution(i, res)), l.stroke(), symbolScale);
                        } else if (s instanceof Symbolizer.Point p) {
                            drawMark(g, view, anchor(set, i), p, symbolScale);
                        } else if (s instanceof Symbolizer.Icon icon) {
                            drawIcon(g, view, anchor(set, i), icon, symbolScale);
                        } else if (s instanceof Symbolizer.Text t) {
                            Coordinate a = anchor(set, i);
                            labels.add(new LabelCandidate(labelText(f, t.label(), options.lang()),
                                    view.toPixelX(a.x), view.toPixelY(a.y), t, set.area(i)));
                        }
                    }
                }
            }
        }
        labels.place(g, view.width(), view.height());
    }

    /** Pixels beyond the view whose features still count: enough for the largest mark or icon to reach in. */
    private static double gutterPx(List<StyledLayer> layers) {
        double gutter = GUTTER_PX;
        for (StyledLayer l : layers) {
            for (Rule r : l.style().rules()) {
                for (Symbolizer s : r.symbolizers()) {
                    if (s instanceof Symbolizer.Point p) gutter = Math.max(gutter, p.size() / 2 + 2);
                    if (s instanceof Symbolizer.Icon icon) gutter = Math.max(gutter, icon.size() / 2 + 1);
                }
            }
        }
        return gutter;
    }

    private static Coordinate anchor(FeatureSet set, int i) {
        Geometry g = set.geometry(i);
        return g instanceof Puntal ? g.getCoordinate() : set.labelPoint(i);
    }

    private static void drawPolygon(Graphics2D g, Shape shape, Symbolizer.Polygon p, double symbolScale) {
        if (p.fill() != null) {
            g.setColor(color(p.fill()));
            // An opaque outline drawn antialiased over the edge hides the fill's edge pixels, so
            // the fill itself can skip antialiasing, which is about half the cost of a map.
            boolean edgeCovered = p.stroke() != null && p.stroke().opacity() >= 1 && p.stroke().dash() == null
                    && p.stroke().width() * symbolScale >= 0.5;
            if (edgeCovered) {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
                g.fill(shape);
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            } else {
                g.fill(shape);
            }
        }
        if (p.stroke() != null) drawStroke(g, shape, p.stroke(), symbolScale);
    }

    private static void drawStroke(Graphics2D g, Shape shape, Stroke stroke, double symbolScale) {
        if (stroke == null || stroke.width() == 0) return;
        g.setColor(withOpacity(stroke.color(), stroke.opacity()));
        float w = (float) (stroke.width() * symbolScale);
        if (stroke.dash() == null) {
            // Round caps and joins turn every vertex into curves for the rasteriser; on thin lines
            // they look the same as butt/miter, so only wide lines pay for them.
            g.setStroke(w <= THIN_LINE_PX ? new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 2f)
                    : new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        } else {
            float[] dash = stroke.dash().clone();
            for (int k = 0; k < dash.length; k++) dash[k] *= (float) symbolScale;
            g.setStroke(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4, dash, 0));
        }
        g.draw(shape);
    }

    private static void drawMark(Graphics2D g, MapView view, Coordinate at, Symbolizer.Point p, double symbolScale) {
        Shape mark = Marks.shape(p.mark(), p.size() * symbolScale);
        Shape placed = AffineTransform.getTranslateInstance(view.toPixelX(at.x), view.toPixelY(at.y)).createTransformedShape(mark);
        if (p.fill() != null) {
            g.setColor(color(p.fill()));
            g.fill(placed);
        }
        if (p.stroke() != null) drawStroke(g, placed, p.stroke(), symbolScale);
    }

    private static void drawIcon(Graphics2D g, MapView view, Coordinate at, Symbolizer.Icon icon, double symbolScale) {
        if (icon.opacity() <= 0) return;
        BufferedImage picture = IconImages.resized(icon.href(), icon.size() * symbolScale);
        // Whole pixels: the picture, already resized, is copied as it is rather than resampled again.
        int x = (int) Math.round(view.toPixelX(at.x) - picture.getWidth() / 2.0);
        int y = (int) Math.round(view.toPixelY(at.y) - picture.getHeight() / 2.0);
        if (icon.opacity() >= 1) {
            g.drawImage(picture, x, y, null);
            return;
        }
        Composite before = g.getComposite();
        g.setComposite(AlphaComposite.SrcOver.derive((float) icon.opacity()));
        g.drawImage(picture, x, y, null);
        g.setComposite(before);
    }

    /** {@code name} means the name in the request language, falling back to the others. */
    static String labelText(Feature f, String label, Lang lang) {
        Map<String, Object> p = f.properties();
        if (!"name".equals(label)) {
            Object v = p.get(label);
            return v == null ? null : String.valueOf(v);
        }
        List<String> order = new ArrayList<>(List.of("name_" + lang.code(), "name_ru", "name_en", "name_kk", "name"));
        for (String key : order) {
            Object v = p.get(key);
            if (v != null && !String.valueOf(v).isBlank()) return String.valueOf(v);
        }
        return null;
    }

    private static Color color(Fill fill) {
        return withOpacity(fill.color(), fill.opacity());
    }

    private static Color withOpacity(Color c, double opacity) {
        return opacity >= 1 ? c : new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(opacity * 255));
    }

    private static PointTransformation toPixels(MapView view) {
        double sx = view.width() / view.bbox().getWidth();
        double sy = view.height() / view.bbox().getHeight();
        double minX = view.bbox().getMinX();
        double maxY = view.bbox().getMaxY();
        return (Coordinate src, Point2D dest) -> dest.setLocation((src.x - minX) * sx, (maxY - src.y) * sy);
    }
}
