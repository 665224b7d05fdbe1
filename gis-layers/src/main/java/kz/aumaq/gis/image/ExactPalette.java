package kz.aumaq.gis.image;

/**
 * The colours of an image when there are at most 256 of them, found in one pass with a small
 * open-addressing table. Maps usually qualify (a few fills and lines plus their antialiasing
 * blends), and then an indexed PNG is lossless, three times less data to deflate, and smaller.
 */
final class ExactPalette {

    private static final int SLOTS = 1024;

    private ExactPalette() {
    }

    /** Palette and per-pixel indexes, or null when the image has more than 256 colours. */
    static PaletteQuantizer.Result of(int[] px, boolean alpha) {
        int[] keys = new int[SLOTS];
        short[] values = new short[SLOTS];
        boolean[] used = new boolean[SLOTS];
        int[] palette = new int[256];
        int count = 0;
        byte[] idx = new byte[px.length];
        int last = 0;
        int lastIndex = -1;
        for (int i = 0; i < px.length; i++) {
            int p = alpha ? ((px[i] >>> 24) == 0 ? 0 : px[i]) : px[i] | 0xff000000;
            if (p == last && lastIndex >= 0) {
                idx[i] = (byte) lastIndex;
                continue;
            }
            int h = (p * 0x9E3779B1) >>> 22;
            while (used[h] && keys[h] != p) h = (h + 1) & (SLOTS - 1);
            int index;
            if (used[h]) {
                index = values[h];
            } else {
                if (count == 256) return null;
                used[h] = true;
                keys[h] = p;
                values[h] = (short) count;
                palette[count] = p;
                index = count++;
            }
            idx[i] = (byte) index;
            last = p;
            lastIndex = index;
        }
        int[] exact = new int[count];
        System.arraycopy(palette, 0, exact, 0, count);
        return new PaletteQuantizer.Result(exact, idx);
    }
}
