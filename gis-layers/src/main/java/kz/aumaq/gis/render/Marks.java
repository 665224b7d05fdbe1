package kz.aumaq.gis.render;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import kz.aumaq.gis.style.Mark;

/** The outline of a point mark of a given size, centred on 0,0. */
public final class Marks {

    private Marks() {
    }

    public static Shape shape(Mark mark, double size) {
        double r = size / 2;
        return switch (mark) {
            case CIRCLE -> new Ellipse2D.Double(-r, -r, size, size);
            case SQUARE -> new Rectangle2D.Double(-r, -r, size, size);
            case TRIANGLE -> triangle(r);
            case STAR -> star(r);
            case CROSS -> cross(r);
        };
    }

    private static Shape triangle(double r) {
        int sides = 3;
        double start = -Math.PI / 2;
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < sides; i++) {
            double a = start + i * 2 * Math.PI / sides;
            if (i == 0) p.moveTo(r * Math.cos(a), r * Math.sin(a));
            else p.lineTo(r * Math.cos(a), r * Math.sin(a));
        }
        p.closePath();
        return p;
    }

    private static Shape star(double r) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double rr = i % 2 == 0 ? r : r * 0.45;
            if (i == 0) p.moveTo(rr * Math.cos(a), rr * Math.sin(a));
            else p.lineTo(rr * Math.cos(a), rr * Math.sin(a));
        }
        p.closePath();
        return p;
    }

    private static Shape cross(double r) {
        double t = r * 0.35;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(-t, -r);
        p.lineTo(t, -r);
        p.lineTo(t, -t);
        p.lineTo(r, -t);
        p.lineTo(r, t);
        p.lineTo(t, t);
        p.lineTo(t, r);
        p.lineTo(-t, r);
        p.lineTo(-t, t);
        p.lineTo(-r, t);
        p.lineTo(-r, -t);
        p.lineTo(-t, -t);
        p.closePath();
        return p;
    }
}
