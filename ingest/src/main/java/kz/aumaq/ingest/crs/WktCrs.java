package kz.aumaq.ingest.crs;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import kz.aumaq.ingest.source.IngestException;

/**
 * Identifies the EPSG code a WKT coordinate system describes ({@code .prj} files, GeoPackage
 * definitions). Proj4J has no WKT parser, and ESRI-flavoured {@code .prj} files carry no
 * authority, so besides an {@code AUTHORITY}/{@code ID} we recognise by datum and projection
 * parameters the systems Kazakhstan's data comes in: WGS 84, WGS 84 / UTM (any zone, N and S),
 * Pulkovo 1942 and its 6° Gauss–Krüger zones (zone-numbered 284xx and "CM" 2492–2522), Web Mercator.
 */
final class WktCrs {

    private static final double DEGREE = Math.PI / 180;

    private WktCrs() {
    }

    static int identify(String wkt) throws IngestException {
        if (wkt == null || wkt.isBlank()) throw new IngestException("the coordinate system description is empty");
        Wkt root = horizontal(Wkt.parse(wkt.strip()));
        OptionalInt declared = declaredEpsg(root);
        if (declared.isPresent() && knownToProj4j(declared.getAsInt())) return declared.getAsInt();
        Description d = new Description(root);
        OptionalInt matched = d.epsg();
        if (matched.isPresent()) return matched.getAsInt();
        String why = declared.isPresent() ? "; it declares EPSG:" + declared.getAsInt() + ", which Proj4J does not know" : "";
        throw new IngestException("the coordinate system " + d + " matches no EPSG code we recognise "
                + "(WGS 84, WGS 84 / UTM, Pulkovo 1942 and its Gauss–Krüger zones, Web Mercator)" + why
                + ": name the CRS yourself, e.g. EPSG:28413");
    }

    /** The horizontal part of compound and bound CRSs; the node itself otherwise. */
    private static Wkt horizontal(Wkt root) {
        if (root.is("COMPD_CS", "COMPOUNDCRS")) {
            return root.child("PROJCS", "GEOGCS", "PROJCRS", "GEOGCRS", "GEODCRS", "PROJECTEDCRS", "GEOGRAPHICCRS").orElse(root);
        }
        if (root.is("BOUNDCRS")) {
            return root.child("SOURCECRS").flatMap(s -> s.values().stream().filter(Wkt.class::isInstance)
                    .map(Wkt.class::cast).findFirst()).map(WktCrs::horizontal).orElse(root);
        }
        return root;
    }

    /** Only the outermost authority names the CRS; inner ones name its datum, units, base CRS. */
    private static OptionalInt declaredEpsg(Wkt root) {
        return root.child("AUTHORITY", "ID")
                .filter(a -> a.text(0).equalsIgnoreCase("EPSG"))
                .map(a -> a.text(1).strip())
                .filter(code -> code.matches("\\d{1,9}"))
                .map(code -> OptionalInt.of(Integer.parseInt(code)))
                .orElse(OptionalInt.empty());
    }

    private static boolean knownToProj4j(int code) {
        try {
            SourceCrs.epsg(code);
            return true;
        } catch (IngestException e) {
            return false;
        }
    }

    private enum Datum { WGS84, PULKOVO_1942, OTHER }

    /** What a WKT says, reduced to what we compare. */
    private static final class Description {
        final String name;
        final boolean projected;
        final boolean geographic;
        final String datumName;
        final double semiMajor;
        final double inverseFlattening;
        final Datum datum;
        final double angularUnit;
        final double primeMeridian;
        final String method;
        final double linearUnit;
        final double centralMeridian;
        final double latitudeOfOrigin;
        final double scale;
        final double falseEasting;
        final double falseNorthing;
        final String proj4Extension;

        Description(Wkt root) {
            name = root.name();
            projected = root.is("PROJCS", "PROJCRS", "PROJECTEDCRS");
            geographic = root.is("GEOGCS", "GEOGCRS", "GEOGRAPHICCRS", "GEODCRS", "GEODETICCRS");
            Wkt geog = projected ? root.child("GEOGCS", "BASEGEOGCRS", "BASEGEODCRS").orElse(root) : root;
            Wkt datumNode = geog.child("DATUM", "GEODETICDATUM", "TRF", "ENSEMBLE").orElse(null);
            datumName = datumNode == null ? "" : datumNode.name();
            Wkt ellipsoid = (datumNode == null ? geog : datumNode).find("SPHEROID", "ELLIPSOID").orElse(null);
            semiMajor = ellipsoid == null ? Double.NaN : ellipsoid.number(1);
            inverseFlattening = ellipsoid == null ? Double.NaN : ellipsoid.number(2);
            datum = datumOf(Wkt.normalised(datumName), semiMajor, inverseFlattening);
            angularUnit = geog.child("UNIT", "ANGLEUNIT").map(u -> u.number(1)).orElse(DEGREE);
            primeMeridian = geog.child("PRIMEM", "PRIMEMERIDIAN").map(p -> p.number(1)).orElse(0.0);

            Wkt conversion = root.child("CONVERSION").orElse(root);
            method = conversion.child("PROJECTION", "METHOD").map(Wkt::name).orElse("");
            linearUnit = projected ? linearUnitOf(root) : Double.NaN;
            List<Wkt> parameters = conversion.children("PARAMETER");
            centralMeridian = parameter(parameters, "centralmeridian", "longitudeofnaturalorigin", "longitudeoforigin",
                    "longitudeofcenter", "longitudeofcentre");
            latitudeOfOrigin = parameter(parameters, "latitudeoforigin", "latitudeofnaturalorigin", "latitudeofcenter",
                    "latitudeofcentre");
            scale = parameter(parameters, "scalefactor", "scalefactoratnaturalorigin");
            falseEasting = parameter(parameters, "falseeasting");
            falseNorthing = parameter(parameters, "falsenorthing");
            proj4Extension = root.children("EXTENSION").stream().filter(e -> e.name().equalsIgnoreCase("PROJ4"))
                    .map(e -> e.text(1)).findFirst().orElse("");
        }

        private static Datum datumOf(String n, double a, double rf) {
            if (n.contains("wgs84") || n.contains("wgs1984") || n.contains("worldgeodeticsystem1984")) return Datum.WGS84;
            // "Pulkovo 1942" is the SK-42 of Soviet maps; Pulkovo 1942(58)/(83) are different European datums
            if (n.matches(".*(pulkovo1942|sk42|ск42)(?!58|83|adj).*")) return Datum.PULKOVO_1942;
            if (n.isEmpty() || n.equals("unknown") || n.equals("dunknown")) {
                if (near(a, 6378137, 0.01) && near(rf, 298.257223563, 1e-6)) return Datum.WGS84;
            }
            return Datum.OTHER;
        }

        /** Metres per unit of the projected coordinates: WKT 1 UNIT, or WKT 2 LENGTHUNIT (also inside AXIS). */
        private static double linearUnitOf(Wkt root) {
            return root.child("UNIT", "LENGTHUNIT").map(u -> u.number(1))
                    .or(() -> root.children("AXIS").stream().flatMap(a -> a.child("LENGTHUNIT").stream())
                            .map(u -> u.number(1)).findFirst())
                    .orElse(1.0);
        }

        /** A parameter's value in degrees or metres (WKT 2 may give each its own unit). */
        private static double parameter(List<Wkt> parameters, String... names) {
            for (Wkt p : parameters) {
                String n = Wkt.normalised(p.name());
                for (String wanted : names) {
                    if (n.equals(wanted)) {
                        double v = p.number(1);
                        double length = p.child("LENGTHUNIT").map(u -> u.number(1)).orElse(1.0);
                        double angle = p.child("ANGLEUNIT").map(u -> u.number(1) / DEGREE).orElse(1.0);
                        double scale = p.child("SCALEUNIT").map(u -> u.number(1)).orElse(1.0);
                        return v * length * angle * scale;
                    }
                }
            }
            return Double.NaN;
        }

        OptionalInt epsg() {
            if (!near(primeMeridian, 0, 1e-9)) return OptionalInt.empty();
            if (geographic) {
                if (!near(angularUnit, DEGREE, 1e-9)) return OptionalInt.empty();
                if (datum == Datum.WGS84) return OptionalInt.of(4326);
                if (datum == Datum.PULKOVO_1942) return OptionalInt.of(4284);
                return OptionalInt.empty();
            }
            if (!projected || !near(linearUnit, 1, 1e-9)) return OptionalInt.empty();
            String m = Wkt.normalised(method);
            if (isWebMercator(m)) return OptionalInt.of(3857);
            boolean transverseMercator = m.equals("transversemercator") || m.startsWith("gausskr");
            if (!transverseMercator || !near(latitudeOfOrigin, 0, 1e-9)) return OptionalInt.empty();
            double cm = centralMeridian < 0 ? centralMeridian + 360 : centralMeridian;
            if (datum == Datum.WGS84 && near(scale, 0.9996, 1e-9) && near(falseEasting, 500_000, 1e-3)) {
                int zone = wholeOrMinus((centralMeridian + 183) / 6);
                if (zone < 1 || zone > 60) return OptionalInt.empty();
                if (near(falseNorthing, 0, 1e-3)) return OptionalInt.of(32600 + zone);
                if (near(falseNorthing, 10_000_000, 1e-3)) return OptionalInt.of(32700 + zone);
                return OptionalInt.empty();
            }
            if (datum == Datum.PULKOVO_1942 && near(scale, 1, 1e-9) && near(falseNorthing, 0, 1e-3)) {
                int zone = wholeOrMinus((cm + 3) / 6);
                if (zone >= 2 && zone <= 32 && near(falseEasting, zone * 1_000_000.0 + 500_000, 1e-3)) {
                    return OptionalInt.of(28400 + zone);
                }
                int step = wholeOrMinus((cm - 9) / 6);
                if (step >= 0 && step <= 30 && near(falseEasting, 500_000, 1e-3)) return OptionalInt.of(2492 + step);
            }
            return OptionalInt.empty();
        }

        private boolean isWebMercator(String m) {
            if (datum != Datum.WGS84 && !proj4Extension.contains("+a=6378137")) return false;
            if (m.contains("auxiliarysphere") || m.contains("pseudomercator")) return true;
            String n = Wkt.normalised(name);
            boolean named = n.contains("pseudomercator") || n.contains("webmercator") || n.contains("auxiliarysphere");
            boolean spherical = proj4Extension.contains("+proj=merc") && proj4Extension.contains("+a=6378137")
                    && proj4Extension.contains("+b=6378137");
            return m.startsWith("mercator") && (named || spherical);
        }

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            parts.add("datum " + (datumName.isEmpty() ? "not given" : "\"" + datumName + "\""));
            if (!Double.isNaN(semiMajor)) parts.add("ellipsoid a=" + plain(semiMajor) + " 1/f=" + plain(inverseFlattening));
            if (projected) {
                parts.add("projection " + (method.isEmpty() ? "not given" : "\"" + method + "\""));
                if (!Double.isNaN(centralMeridian)) parts.add("central meridian " + plain(centralMeridian));
                if (!Double.isNaN(latitudeOfOrigin)) parts.add("latitude of origin " + plain(latitudeOfOrigin));
                if (!Double.isNaN(scale)) parts.add("scale " + plain(scale));
                if (!Double.isNaN(falseEasting)) parts.add("false easting " + plain(falseEasting));
                if (!Double.isNaN(falseNorthing)) parts.add("false northing " + plain(falseNorthing));
                if (!near(linearUnit, 1, 1e-9)) parts.add("units of " + plain(linearUnit) + " m");
            } else if (!geographic) {
                parts.add("neither geographic nor projected");
            }
            return "\"" + name + "\" (" + String.join(", ", parts) + ")";
        }
    }

    private static boolean near(double a, double b, double tolerance) {
        return Math.abs(a - b) <= tolerance;
    }

    /** The whole number x is (within 1e-9), or -1. */
    private static int wholeOrMinus(double x) {
        long r = Math.round(x);
        return Math.abs(x - r) < 1e-9 ? (int) r : -1;
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
