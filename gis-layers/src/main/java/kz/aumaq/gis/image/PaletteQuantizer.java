package kz.aumaq.gis.image;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reduces an image to at most 256 colours for 8-bit PNG. Maps usually have few distinct colours
 * (fills, outlines, antialiasing ramps), so exact colours are kept when they fit; otherwise the
 * most frequent colours of a 5-bit-per-channel histogram form the palette and every pixel takes
 * its nearest entry.
 */
final class PaletteQuantizer {

    record Result(int[] palette, byte[] indexes) {
    }

    private PaletteQuantizer() {
    }

    static Result quantize(int[] px, boolean alpha) {
        int[] argb = new int[px.length];
        for (int i = 0; i < px.length; i++) argb[i] = alpha ? normaliseTransparent(px[i]) : px[i] | 0xff000000;
        Map<Integer, Integer> exact = new HashMap<>();
        for (int p : argb) {
            if (exact.size() > 256) break;
            exact.putIfAbsent(p, exact.size());
        }
        byte[] idx = new byte[px.length];
        if (exact.size() <= 256) {
            int[] palette = new int[exact.size()];
            exact.forEach((c, i) -> palette[i] = c);
            for (int i = 0; i < argb.length; i++) idx[i] = (byte) (int) exact.get(argb[i]);
            return new Result(palette, idx);
        }
        return reduced(argb, idx);
    }

    private static int normaliseTransparent(int p) {
        return (p >>> 24) == 0 ? 0 : p;
    }

    private static Result reduced(int[] argb, byte[] idx) {
        // Histogram over 4-bit alpha and 5-bit colour channels.
        Map<Integer, int[]> buckets = new HashMap<>();
        for (int p : argb) {
            int key = bucket(p);
            int[] acc = buckets.computeIfAbsent(key, k -> new int[5]);
            acc[0]++;
            acc[1] += (p >>> 24);
            acc[2] += (p >> 16) & 0xff;
            acc[3] += (p >> 8) & 0xff;
            acc[4] += p & 0xff;
        }
        int[][] entries = buckets.values().toArray(new int[0][]);
        Arrays.sort(entries, (a, b) -> Integer.compare(b[0], a[0]));
        int n = Math.min(256, entries.length);
        int[] palette = new int[n];
        for (int i = 0; i < n; i++) {
            int[] e = entries[i];
            palette[i] = (e[1] / e[0]) << 24 | (e[2] / e[0]) << 16 | (e[3] / e[0]) << 8 | (e[4] / e[0]);
        }
        Map<Integer, Integer> nearest = new HashMap<>();
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            idx[i] = (byte) (int) nearest.computeIfAbsent(p, c -> nearestIndex(c, palette));
        }
        return new Result(palette, idx);
    }

    private static int bucket(int p) {
        return ((p >>> 28) << 15) | (((p >> 19) & 31) << 10) | (((p >> 11) & 31) << 5) | ((p >> 3) & 31);
    }

    private static int nearestIndex(int c, int[] palette) {
        int best = 0;
        long bestD = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int q = palette[i];
            long da = ((c >>> 24) - (q >>> 24));
            long dr = ((c >> 16) & 0xff) - ((q >> 16) & 0xff);
            long dg = ((c >> 8) & 0xff) - ((q >> 8) & 0xff);
            long db = (c & 0xff) - (q & 0xff);
            long d = da * da * 2 + dr * dr + dg * dg + db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }
}
