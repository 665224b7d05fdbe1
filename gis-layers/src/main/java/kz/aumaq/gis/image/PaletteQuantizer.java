package kz.aumaq.gis.image;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reduces an image to at most 256 colours for 8-bit PNG. Maps usually have few distinct colours
 * (fills, outlines, antialiasing ramps), so exact colours are kept when they fit; otherwise a
 * median cut over the image's colours (weighted by how often they occur) picks the palette and
 * every pixel takes its nearest entry.
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

    /** Median cut: split the colour box with the widest channel at its weighted median until there are 256. */
    private static Result reduced(int[] argb, byte[] idx) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int p : argb) counts.merge(p, 1, Integer::sum);
        int[] colours = new int[counts.size()];
        int[] weights = new int[counts.size()];
        int n = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            colours[n] = e.getKey();
            weights[n++] = e.getValue();
        }
        java.util.List<int[]> boxes = new java.util.ArrayList<>();
        boxes.add(new int[] {0, n});
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        while (boxes.size() < 256) {
            int best = -1;
            int bestChannel = 0;
            int bestRange = 0;
            for (int b = 0; b < boxes.size(); b++) {
                int[] box = boxes.get(b);
                if (box[1] - box[0] < 2) continue;
                for (int ch = 0; ch < 4; ch++) {
                    int lo = 255;
                    int hi = 0;
                    for (int k = box[0]; k < box[1]; k++) {
                        int v = channel(colours[order[k]], ch);
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                    if (hi - lo > bestRange) {
                        bestRange = hi - lo;
                        best = b;
                        bestChannel = ch;
                    }
                }
            }
            if (best < 0) break;
            int[] box = boxes.remove(best);
            final int ch = bestChannel;
            Arrays.sort(order, box[0], box[1], (a, b) -> Integer.compare(channel(colours[a], ch), channel(colours[b], ch)));
            long total = 0;
            for (int k = box[0]; k < box[1]; k++) total += weights[order[k]];
            long acc = 0;
            int cut = box[0] + 1;
            for (int k = box[0]; k < box[1] - 1; k++) {
                acc += weights[order[k]];
                cut = k + 1;
                if (acc * 2 >= total) break;
            }
            boxes.add(new int[] {box[0], cut});
            boxes.add(new int[] {cut, box[1]});
        }
        int[] palette = new int[boxes.size()];
        for (int b = 0; b < boxes.size(); b++) {
            long[] sum = new long[4];
            long w = 0;
            for (int k = boxes.get(b)[0]; k < boxes.get(b)[1]; k++) {
                int c = colours[order[k]];
                int wt = weights[order[k]];
                for (int ch = 0; ch < 4; ch++) sum[ch] += (long) channel(c, ch) * wt;
                w += wt;
            }
            palette[b] = (int) (sum[0] / w) << 24 | (int) (sum[1] / w) << 16 | (int) (sum[2] / w) << 8 | (int) (sum[3] / w);
        }
        Map<Integer, Integer> nearest = new HashMap<>();
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            idx[i] = (byte) (int) nearest.computeIfAbsent(p, c -> nearestIndex(c, palette));
        }
        return new Result(palette, idx);
    }

    /** Channel 0 = alpha, 1 = red, 2 = green, 3 = blue. */
    private static int channel(int argb, int ch) {
        return (argb >>> (24 - ch * 8)) & 0xff;
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
