package kz.aumaq.gis.print;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.aumaq.gis.image.ImageFormat;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.render.MapView;
import kz.aumaq.gis.render.StyledLayer;
import kz.aumaq.gis.style.DefaultStyles;
import kz.aumaq.gis.style.Rule;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.gis.wms.GetLegendGraphicRequest;
import kz.aumaq.gis.wms.LegendRenderer;

/**
 * The printed sheet: the title on top; the map in a thin frame with a north arrow; the legend
 * beside it (below it when the map is much wider than tall); under the map the scale (fraction
 * and bar) on the left, and sources, dates and notices on the right. Sizes are in points turned
 * into pixels at the print DPI, so a sheet is laid out the same at 72 and at 300 dpi, only sharper.
 *
 * <p>The layout is worked out on construction, from fonts and the catalog's styles only, so that
 * the parser can check the sheet's size before anything is drawn.
 */
public final class PrintSheet {

    private static final String FONT = DefaultStyles.FONT;
    private static final Color INK = new Color(0x1f1f1f);
    private static final Color MUTED = new Color(0x555555);
    private static final Color HAIRLINE = new Color(0xb4b4b4);
    private static final Color WARNING = new Color(0x9b2c2c);
    /** Legend pictures are drawn at screen size on paper: their 12 px text becomes 9 pt. */
    private static final double LEGEND_PX_PER_INCH = PrintRequestParser.CSS_DPI;
    /** Measured as drawn: antialiased, fractional glyph widths. */
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final int TITLE_LINES = 4;
    private static final int SOURCE_LINES = 3;
    private static final String ATTRIBUTION = "Aumaq";

    private final PrintRequest request;
    private final double dpi;
    private final Font titleFont;
    private final Font headingFont;
    private final Font layerFont;
    private final Font textFont;
    private final Font smallFont;

    private final int width;
    private final int height;
    private final int mapX;
    private final int mapY;
    private final int mapWidth;
    private final int mapHeight;
    private final List<String> titleLines;
    private final int titleY;
    private final int ruleY;
    private final ScaleBar scaleBar;
    private final String scaleText;
    private final int footerY;
    private final int scaleBlockHeight;
    private final boolean infoStacked;
    private final List<Line> info = new ArrayList<>();
    private final int legendX;
    private final int legendY;
    private final List<Placed> legend;

    /** One printed layer in the legend: its title over its GetLegendGraphic picture. */
    private record LegendEntry(String title, BufferedImage picture, int width, int height) {
    }

    /** A legend entry at its place, relative to the legend's top-left corner. */
    private record Placed(LegendEntry entry, int x, int y) {
    }

    /** Entries placed in columns, and the width and height they take. */
    private record Flow(List<Placed> placed, int width, int height) {
    }

    /** A line of small text under the map. */
    private record Line(String text, Color color) {
    }

    /** @param demoNotice say on the sheet that the boundaries are the generated demo territory */
    public PrintSheet(PrintRequest request, boolean demoNotice) {
        this.request = request;
        MapView view = request.map().view();
        this.dpi = view.dpi();
        Lang lang = request.lang();
        titleFont = font(Font.BOLD, 18);
        headingFont = font(Font.BOLD, 11);
        layerFont = font(Font.BOLD, 9);
        textFont = font(Font.PLAIN, 8.5);
        smallFont = font(Font.PLAIN, 7.5);
        mapWidth = view.width();
        mapHeight = view.height();
        int margin = px(22);

        // Under the map: the scale on the left, sources and dates on the right (or under it when narrow).
        double groundMetresPerPixel = ScaleBar.groundMetresPerPixel(view);
        scaleBar = ScaleBar.fit(groundMetresPerPixel, Math.max(1, Math.min(mapWidth * 0.3, px(144))));
        scaleText = PrintWords.scale(lang) + " " + ScaleBar.fractionText(ScaleBar.fraction(groundMetresPerPixel, dpi));
        int scaleBlockWidth = (int) Math.ceil(Math.max(textWidth(scaleText, textFont),
                scaleBar.pixels() + textWidth(scaleBar.endLabel(lang), smallFont) / 2));
        scaleBlockHeight = lineHeight(textFont) + px(3) + px(4) + px(2) + lineHeight(smallFont);
        int infoWidth = mapWidth - scaleBlockWidth - px(18);
        infoStacked = infoWidth < mapWidth * 0.4;
        if (infoStacked) infoWidth = mapWidth;
        Set<String> sources = new LinkedHashSet<>();
        for (StyledLayer l : request.map().layers()) {
            String a = l.layer().attribution();
            if (a != null && !a.isBlank()) sources.add(a.strip());
        }
        sources.add(ATTRIBUTION);
        for (String s : wrap(PrintWords.sources(lang, sources.size()) + String.join("; ", sources), smallFont, infoWidth, SOURCE_LINES)) {
            info.add(new Line(s, MUTED));
        }
        String dates = PrintWords.printed(lang, request.printedOn());
        if (request.asOf() != null) dates = PrintWords.asOf(lang, request.asOf()) + " · " + dates;
        for (String s : wrap(dates, smallFont, infoWidth, 2)) info.add(new Line(s, MUTED));
        if (demoNotice) {
            for (String s : wrap(PrintWords.demoNotice(lang), smallFont, infoWidth, 2)) info.add(new Line(s, WARNING));
        }
        int infoHeight = info.size() * lineHeight(smallFont);
        int footerHeight = infoStacked ? scaleBlockHeight + px(6) + infoHeight : Math.max(scaleBlockHeight, infoHeight);

        // The legend, measured; then the body (map, footer, legend) relative to its top-left corner.
        List<LegendEntry> entries = legendEntries();
        int footerTop = mapHeight + px(7);
        int mapAndFooter = footerTop + footerHeight;
        boolean below = mapWidth > 1.8 * mapHeight;
        int headingHeight = lineHeight(headingFont) + px(5);
        int lx = 0;
        int ly = 0;
        int bodyWidth = mapWidth;
        int bodyHeight = mapAndFooter;
        Flow flow = new Flow(List.of(), 0, 0);
        if (!entries.isEmpty() && below) {
            ly = mapAndFooter + px(12);
            flow = flow(entries, columnHeightBelow(entries), headingHeight);
            bodyWidth = Math.max(bodyWidth, flow.width());
            bodyHeight = ly + flow.height();
        } else if (!entries.isEmpty()) {
            lx = mapWidth + px(16);
            int tallest = entries.stream().mapToInt(LegendEntry::height).max().orElse(0);
            flow = flow(entries, Math.max(tallest, mapAndFooter - headingHeight), headingHeight);
            bodyWidth = lx + Math.max(flow.width(), (int) Math.ceil(textWidth(PrintWords.legend(lang), headingFont)));
            bodyHeight = Math.max(bodyHeight, flow.height());
        }
        legend = flow.placed();

        titleLines = wrap(request.title(), titleFont, bodyWidth, TITLE_LINES);
        int titleHeight = titleLines.size() * lineHeight(titleFont);
        titleY = margin;
        ruleY = margin + titleHeight + px(4);
        int bodyTop = ruleY + px(9);
        mapX = margin;
        mapY = bodyTop;
        footerY = bodyTop + footerTop;
        legendX = margin + lx;
        legendY = bodyTop + ly;
        width = margin * 2 + bodyWidth;
        height = bodyTop + bodyHeight + margin;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The sheet with {@code map} (the GetMap picture of the request) on it. */
    public BufferedImage draw(BufferedImage map) {
        if (map.getWidth() != mapWidth || map.getHeight() != mapHeight) {
            throw new IllegalArgumentException("the map is " + map.getWidth() + "×" + map.getHeight() + ", the sheet expects " + mapWidth + "×" + mapHeight);
        }
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            drawTitle(g);
            g.drawImage(map, mapX, mapY, null);
            frame(g);
            northArrow(g);
            drawScale(g);
            drawInfo(g);
            drawLegend(g);
        } finally {
            g.dispose();
        }
        return sheet;
    }

    private void drawTitle(Graphics2D g) {
        g.setFont(titleFont);
        g.setColor(INK);
        float y = titleY;
        for (String line : titleLines) {
            g.drawString(line, (float) mapX, y + ascent(titleFont));
            y += lineHeight(titleFont);
        }
        g.setColor(HAIRLINE);
        g.setStroke(new BasicStroke((float) pt(0.5)));
        g.draw(new java.awt.geom.Line2D.Double(mapX, ruleY, width - mapX, ruleY));
    }

    private void frame(Graphics2D g) {
        double w = pt(0.75);
        g.setColor(INK);
        g.setStroke(new BasicStroke((float) w));
        g.draw(new Rectangle2D.Double(mapX - w / 2, mapY - w / 2, mapWidth + w, mapHeight + w));
    }

    /** Grid north is up in every CRS offered (UTM's grid differs from true north by 3° at most). */
    private void northArrow(Graphics2D g) {
        double w = pt(9);
        double h = pt(13);
        double x = mapX + mapWidth - pt(8) - w;
        double top = mapY + pt(8);
        Font letter = font(Font.BOLD, 8);
        double letterHeight = lineHeight(letter);
        g.setColor(new Color(255, 255, 255, 200));
        g.fill(new java.awt.geom.RoundRectangle2D.Double(x - pt(3), top - pt(2), w + pt(6), letterHeight + h + pt(5), pt(3), pt(3)));
        String n = PrintWords.north(request.lang());
        g.setFont(letter);
        g.setColor(INK);
        g.drawString(n, (float) (x + (w - textWidth(n, letter)) / 2), (float) (top + ascent(letter)));
        double tipY = top + letterHeight + pt(1);
        double baseY = tipY + h;
        double cx = x + w / 2;
        Path2D left = new Path2D.Double();
        left.moveTo(cx, tipY);
        left.lineTo(x, baseY);
        left.lineTo(cx, baseY - h * 0.3);
        left.closePath();
        Path2D right = new Path2D.Double();
        right.moveTo(cx, tipY);
        right.lineTo(x + w, baseY);
        right.lineTo(cx, baseY - h * 0.3);
        right.closePath();
        g.fill(left);
        g.setColor(Color.WHITE);
        g.fill(right);
        g.setColor(INK);
        g.setStroke(new BasicStroke((float) pt(0.6), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(left);
        g.draw(right);
    }

    /** The fraction, then a bar of four alternating segments labelled 0, half and the whole length. */
    private void drawScale(Graphics2D g) {
        Lang lang = request.lang();
        g.setFont(textFont);
        g.setColor(INK);
        g.drawString(scaleText, (float) mapX, (float) (footerY + ascent(textFont)));
        double barTop = footerY + lineHeight(textFont) + px(3);
        double barHeight = px(4);
        double segment = scaleBar.pixels() / 4;
        for (int i = 0; i < 4; i++) {
            Rectangle2D r = new Rectangle2D.Double(mapX + i * segment, barTop, segment, barHeight);
            g.setColor(i % 2 == 0 ? INK : Color.WHITE);
            g.fill(r);
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke((float) pt(0.5)));
        g.draw(new Rectangle2D.Double(mapX, barTop, scaleBar.pixels(), barHeight));
        g.setFont(smallFont);
        float labelY = (float) (barTop + barHeight + px(2) + ascent(smallFont));
        centred(g, "0", mapX, labelY);
        centred(g, scaleBar.middleLabel(lang), mapX + scaleBar.pixels() / 2, labelY);
        String end = scaleBar.endLabel(lang);
        // The number sits under the bar's end; the unit follows it.
        String number = end.substring(0, end.indexOf(' '));
        g.drawString(end, (float) (mapX + scaleBar.pixels() - textWidth(number, smallFont) / 2), labelY);
    }

    private void drawInfo(Graphics2D g) {
        g.setFont(smallFont);
        double y = infoStacked ? footerY + scaleBlockHeight + px(6) : footerY;
        for (Line line : info) {
            g.setColor(line.color());
            double x = infoStacked ? mapX : mapX + mapWidth - textWidth(line.text(), smallFont);
            g.drawString(line.text(), (float) x, (float) (y + ascent(smallFont)));
            y += lineHeight(smallFont);
        }
    }

    private void drawLegend(Graphics2D g) {
        if (legend.isEmpty()) return;
        g.setFont(headingFont);
        g.setColor(INK);
        g.drawString(PrintWords.legend(request.lang()), (float) legendX, (float) (legendY + ascent(headingFont)));
        for (Placed p : legend) {
            int x = legendX + p.x();
            int y = legendY + p.y();
            g.setFont(layerFont);
            g.setColor(INK);
            g.drawString(p.entry().title(), (float) x, (float) (y + ascent(layerFont)));
            g.drawImage(p.entry().picture(), x, y + lineHeight(layerFont) + px(2), null);
        }
    }

    /**
     * One entry per printed layer that shows anything at the map's scale, topmost first as in a
     * layer list; each with the GetLegendGraphic picture of the rules active at that scale.
     */
    private List<LegendEntry> legendEntries() {
        MapView view = request.map().view();
        double scale = view.scaleDenominator();
        List<StyledLayer> layers = new ArrayList<>(request.map().layers());
        java.util.Collections.reverse(layers);
        Set<String> seen = new HashSet<>();
        List<LegendEntry> out = new ArrayList<>();
        for (StyledLayer sl : layers) {
            Layer layer = sl.layer();
            if (!layer.visibleAt(scale) || !seen.add(layer.name() + "\n" + sl.style().name())) continue;
            if (sl.style().rules().stream().noneMatch((Rule r) -> r.activeAt(scale))) continue;
            BufferedImage picture = LegendRenderer.image(GetLegendGraphicRequest.of(layer, sl.style(), ImageFormat.PNG, 20, 20,
                    request.lang(), scale, null, false), dpi / LEGEND_PX_PER_INCH);
            String title = layer.title().in(request.lang());
            if (title.isEmpty()) title = layer.name();
            int w = (int) Math.ceil(Math.max(textWidth(title, layerFont), picture.getWidth()));
            int h = lineHeight(layerFont) + px(2) + picture.getHeight();
            out.add(new LegendEntry(title, picture, w, h));
        }
        return out;
    }

    /** Below a wide map: as many columns as fit under it, balanced, never shorter than the tallest entry. */
    private int columnHeightBelow(List<LegendEntry> entries) {
        int widest = entries.stream().mapToInt(LegendEntry::width).max().orElse(1);
        int fit = Math.max(1, (mapWidth + px(14)) / (widest + px(14)));
        int tallest = entries.stream().mapToInt(LegendEntry::height).max().orElse(0);
        int total = entries.stream().mapToInt(e -> e.height() + px(8)).sum();
        int h = Math.max(tallest, total / fit);
        for (int i = 0; i < 30 && flow(entries, h, 0).width() > mapWidth; i++) h = (int) Math.ceil(h * 1.1);
        return h;
    }

    /** Places the entries top to bottom, below {@code top}, in columns at most {@code columnHeight} tall, then left to right. */
    private Flow flow(List<LegendEntry> entries, int columnHeight, int top) {
        List<Placed> placed = new ArrayList<>();
        int x = 0;
        int used = 0;
        int columnWidth = 0;
        int bottom = top;
        for (LegendEntry e : entries) {
            if (used > 0 && used + px(8) + e.height() > columnHeight) {
                x += columnWidth + px(14);
                used = 0;
                columnWidth = 0;
            }
            int y = top + (used == 0 ? 0 : used + px(8));
            placed.add(new Placed(e, x, y));
            used = y - top + e.height();
            columnWidth = Math.max(columnWidth, e.width());
            bottom = Math.max(bottom, y + e.height());
        }
        return new Flow(List.copyOf(placed), x + columnWidth, bottom);
    }

    /** Words to lines no wider than {@code width}; a word too long for a line is cut; beyond {@code maxLines} an ellipsis. */
    static List<String> wrap(String text, Font font, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) continue;
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(candidate, font) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) lines.add(line.toString());
            line.setLength(0);
            String rest = word;
            while (textWidth(rest, font) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && textWidth(rest.substring(0, cut), font) > width) cut--;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) lines.add(line.toString());
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            String last = kept.get(maxLines - 1);
            while (!last.isEmpty() && textWidth(last + "…", font) > width) last = last.substring(0, last.length() - 1);
            kept.set(maxLines - 1, last.strip() + "…");
            return kept;
        }
        return lines;
    }

    private void centred(Graphics2D g, String s, double x, float y) {
        g.drawString(s, (float) (x - textWidth(s, g.getFont()) / 2), y);
    }

    private Font font(int style, double points) {
        return new Font(FONT, style, 1).deriveFont((float) pt(points));
    }

    /** Points (1/72 inch) to pixels at the print DPI. */
    private double pt(double points) {
        return points * dpi / 72;
    }

    private int px(double points) {
        return (int) Math.round(pt(points));
    }

    static double textWidth(String s, Font font) {
        return font.getStringBounds(s, FRC).getWidth();
    }

    private static float ascent(Font font) {
        return font.getLineMetrics("ҚАҒЫg", FRC).getAscent();
    }

    private static int lineHeight(Font font) {
        var m = font.getLineMetrics("ҚАҒЫg", FRC);
        return (int) Math.ceil(m.getAscent() + m.getDescent() + m.getLeading());
    }
}
