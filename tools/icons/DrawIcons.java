import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * Draws the built-in map icons (gis-layers/src/main/resources/icons/*.png), 32×32, a white pictogram
 * on a coloured disc with a white ring and a thin dark edge, so they read on light and dark maps.
 * Run once after changing a drawing and commit the PNGs:
 * {@code java tools/icons/DrawIcons.java gis-layers/src/main/resources/icons}
 */
public class DrawIcons {

    private static final int SIZE = 32;

    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : "gis-layers/src/main/resources/icons");
        dir.mkdirs();
        write(dir, "psc", new Color(0x1f6fb5), DrawIcons::publicServiceCentre);
        write(dir, "investment-site", new Color(0x2e8b57), DrawIcons::investmentSite);
        write(dir, "school", new Color(0xe08a00), DrawIcons::school);
    }

    private static void write(File dir, String name, Color disc, Consumer<Graphics2D> pictogram) throws Exception {
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(new Color(0, 0, 0, 110));
        g.fill(new Ellipse2D.Double(0.5, 0.5, 31, 31));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(1.5, 1.5, 29, 29));
        g.setColor(disc);
        g.fill(new Ellipse2D.Double(3, 3, 26, 26));
        g.setColor(Color.WHITE);
        pictogram.accept(g);
        g.dispose();
        ImageIO.write(img, "png", new File(dir, name + ".png"));
    }

    /** A public building: pediment, three columns, steps. */
    private static void publicServiceCentre(Graphics2D g) {
        Path2D.Double roof = new Path2D.Double();
        roof.moveTo(16, 8);
        roof.lineTo(24.5, 12.5);
        roof.lineTo(7.5, 12.5);
        roof.closePath();
        g.fill(roof);
        for (double x : new double[] {9.5, 14.5, 19.5}) g.fill(new Rectangle2D.Double(x, 14, 3, 7));
        g.fill(new Rectangle2D.Double(8, 22, 16, 2));
    }

    /** Growth: three rising bars under an arrow. */
    private static void investmentSite(Graphics2D g) {
        g.fill(new Rectangle2D.Double(9, 19, 3.5, 5));
        g.fill(new Rectangle2D.Double(14.25, 16, 3.5, 8));
        g.fill(new Rectangle2D.Double(19.5, 13, 3.5, 11));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D.Double trend = new Path2D.Double();
        trend.moveTo(8.5, 15);
        trend.lineTo(13, 11);
        trend.lineTo(16, 13);
        trend.lineTo(21.5, 8);
        g.draw(trend);
        Path2D.Double head = new Path2D.Double();
        head.moveTo(23.5, 6.5);
        head.lineTo(23.2, 11.2);
        head.lineTo(19, 7.2);
        head.closePath();
        g.fill(head);
    }

    /** A mortarboard with its tassel. */
    private static void school(Graphics2D g) {
        Path2D.Double board = new Path2D.Double();
        board.moveTo(16, 9);
        board.lineTo(26, 13.5);
        board.lineTo(16, 18);
        board.lineTo(6, 13.5);
        board.closePath();
        g.fill(board);
        Path2D.Double cap = new Path2D.Double();
        cap.moveTo(10.5, 16);
        cap.lineTo(10.5, 20.5);
        cap.quadTo(16, 24, 21.5, 20.5);
        cap.lineTo(21.5, 16);
        cap.lineTo(16, 18.5);
        cap.closePath();
        g.fill(cap);
        g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(24, 14.5, 24, 20));
        g.fill(new RoundRectangle2D.Double(23, 19.5, 2, 3, 1, 1));
    }
}
