package kz.aumaq.ingest.format.shapefile;

/** The shape types of the ESRI specification, by the kind of geometry they hold. */
enum ShapeType {
    NULL_SHAPE(0, Kind.NULL, 2), POINT(1, Kind.POINT, 2), POLYLINE(3, Kind.POLYLINE, 2), POLYGON(5, Kind.POLYGON, 2),
    MULTIPOINT(8, Kind.MULTIPOINT, 2), POINT_Z(11, Kind.POINT, 3), POLYLINE_Z(13, Kind.POLYLINE, 3),
    POLYGON_Z(15, Kind.POLYGON, 3), MULTIPOINT_Z(18, Kind.MULTIPOINT, 3), POINT_M(21, Kind.POINT, 3),
    POLYLINE_M(23, Kind.POLYLINE, 3), POLYGON_M(25, Kind.POLYGON, 3), MULTIPOINT_M(28, Kind.MULTIPOINT, 3),
    MULTIPATCH(31, Kind.UNSUPPORTED, 3);

    enum Kind { NULL, POINT, MULTIPOINT, POLYLINE, POLYGON, UNSUPPORTED }

    private final int code;
    private final Kind kind;
    private final int dimensions;

    ShapeType(int code, Kind kind, int dimensions) {
        this.code = code;
        this.kind = kind;
        this.dimensions = dimensions;
    }

    static ShapeType of(int code) {
        for (ShapeType t : values()) if (t.code == code) return t;
        return null;
    }

    Kind kind() {
        return kind;
    }

    int dimensions() {
        return dimensions;
    }
}
