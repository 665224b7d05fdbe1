package kz.aumaq.gis.demo;

import java.util.Random;
import org.locationtech.jts.geom.Coordinate;

/**
 * A smooth displacement p → p + d(p) made of a few sinusoids with seeded directions and phases.
 * It bends straight Voronoi edges into natural-looking borders. The amplitudes are scaled so the
 * Lipschitz constant of d stays at {@link #MAX_LIPSCHITZ}: then the warp is a bijection, so warped
 * cells still tile the plane, and sites can be pre-compensated by fixed-point iteration.
 */
final class DisplacementField {

    static final double MAX_LIPSCHITZ = 0.45;

    // per component (0 = x, 1 = y) and term: amplitude, wave vector, phase
    private final double[][] amp;
    private final double[][] kx;
    private final double[][] ky;
    private final double[][] phase;

    private DisplacementField(double[][] amp, double[][] kx, double[][] ky, double[][] phase) {
        this.amp = amp;
        this.kx = kx;
        this.ky = ky;
        this.phase = phase;
    }

    /**
     * @param wavelength longest wavelength in degrees; later terms are shorter and weaker,
     *                   which gives borders both large bends and small wiggles
     */
    static DisplacementField random(Random rnd, double wavelength, int terms) {
        double[][] amp = new double[2][terms], kx = new double[2][terms], ky = new double[2][terms], ph = new double[2][terms];
        double[] lipschitz = new double[2];
        for (int c = 0; c < 2; c++) {
            for (int t = 0; t < terms; t++) {
                double lambda = wavelength / (1 + 0.9 * t) * (0.8 + 0.4 * rnd.nextDouble());
                double k = 2 * Math.PI / lambda;
                double dir = rnd.nextDouble() * 2 * Math.PI;
                kx[c][t] = k * Math.cos(dir);
                ky[c][t] = k * Math.sin(dir);
                ph[c][t] = rnd.nextDouble() * 2 * Math.PI;
                amp[c][t] = lambda / (1 + t);
                lipschitz[c] += amp[c][t] * k;
            }
        }
        // |Dd| <= sqrt(Lx² + Ly²); scale both components to hit the target bound
        double scale = MAX_LIPSCHITZ / Math.hypot(lipschitz[0], lipschitz[1]);
        for (double[] a : amp) for (int t = 0; t < terms; t++) a[t] *= scale;
        return new DisplacementField(amp, kx, ky, ph);
    }

    private double d(int c, double x, double y) {
        double s = 0;
        for (int t = 0; t < amp[c].length; t++) s += amp[c][t] * Math.sin(kx[c][t] * x + ky[c][t] * y + phase[c][t]);
        return s;
    }

    Coordinate warp(double x, double y) {
        return new Coordinate(x + d(0, x, y), y + d(1, x, y));
    }

    /** The point s with warp(s) = target: iterate s = target − d(s), a contraction. */
    Coordinate preimage(Coordinate target) {
        double x = target.x, y = target.y;
        for (int i = 0; i < 100; i++) {
            double nx = target.x - d(0, x, y), ny = target.y - d(1, x, y);
            boolean done = Math.abs(nx - x) < 1e-12 && Math.abs(ny - y) < 1e-12;
            x = nx;
            y = ny;
            if (done) break;
        }
        return new Coordinate(x, y);
    }

    /** Largest possible displacement, for sizing clip envelopes. */
    double maxDisplacement() {
        double m = 0;
        for (double[] a : amp) {
            double s = 0;
            for (double v : a) s += Math.abs(v);
            m = Math.max(m, s);
        }
        return m;
    }
}
