package kz.aumaq.gis.style;

/**
 * Where a label sits relative to its feature's point, as SLD's PointPlacement: the anchor is the
 * point of the label's box put on the feature (0,0 its bottom-left, 0.5,0.5 its centre, 1,1 its
 * top-right), then moved by the displacement in pixels (x right, y up, scaled with the DPI).
 * Settlement names, for instance, sit right of their dot with anchor 0,0.5 and displacement 6,0.
 */
public record LabelPlacement(double anchorX, double anchorY, double displacementX, double displacementY) {

    /** Centred on the point: what labels did before placement could be chosen. */
    public static final LabelPlacement CENTRED = new LabelPlacement(0.5, 0.5, 0, 0);

    public LabelPlacement {
        if (!(anchorX >= 0 && anchorX <= 1 && anchorY >= 0 && anchorY <= 1)) {
            throw new IllegalArgumentException("label anchor must be between 0 and 1, got " + anchorX + ", " + anchorY);
        }
        if (!Double.isFinite(displacementX) || !Double.isFinite(displacementY)) {
            throw new IllegalArgumentException("label displacement must be a finite number of pixels");
        }
        // -0 would write as "0" and read back unequal.
        displacementX += 0.0;
        displacementY += 0.0;
    }

    /** Right of the point by {@code gap} pixels, vertically centred. */
    public static LabelPlacement rightOf(double gap) {
        return new LabelPlacement(0, 0.5, gap, 0);
    }
}
