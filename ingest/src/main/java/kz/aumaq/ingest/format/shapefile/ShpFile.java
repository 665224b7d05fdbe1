package kz.aumaq.ingest.format.shapefile;

import java.io.EOFException;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.IngestException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * The shapes of a {@code .shp}, in the file's own CRS, found through the {@code .shx} index when
 * there is one (as GDAL does), else by walking the records. Every length is checked against the
 * file before it is trusted, so a truncated or damaged file gives an {@link IngestException}
 * naming the record, never a stack trace.
 * Z and M values are dropped: what we store is two-dimensional.
 */
final class ShpFile {

    private static final int FILE_CODE = 9994;
    private static final int HEADER = 100;

    private final Path file;
    private final Path index;
    private final GeometryFactory factory;
    private final Findings findings;

    /** @param index the {@code .shx}, or null: records are then found by walking the file */
    ShpFile(Path file, Path index, GeometryFactory factory, Findings findings) {
        this.file = file;
        this.index = index;
        this.factory = factory;
        this.findings = findings;
    }

    /** One geometry (or null for a null shape) per record. */
    List<Geometry> read() throws IngestException {
        String name = file.getFileName().toString();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < HEADER) throw new IngestException(name + " is not a shapefile: only " + size + " bytes, shorter than its header");
            ByteBuffer header = read(channel, 0, HEADER);
            int code = header.order(ByteOrder.BIG_ENDIAN).getInt(0);
            if (code != FILE_CODE) throw new IngestException(name + " is not a shapefile (it does not start with the .shp file code)");
            long declared = 2L * (header.getInt(24) & 0xFFFFFFFFL);
            if (declared > size) {
                throw new IngestException(name + " is truncated: its header announces " + declared + " bytes, the file has " + size);
            }
            int type = header.order(ByteOrder.LITTLE_ENDIAN).getInt(32);
            if (ShapeType.of(type) == null) throw new IngestException(name + ": shape type " + type + " is not supported");
            long end = Math.max(declared, HEADER);
            long[] offsets = offsets(end);
            List<Geometry> shapes = new ArrayList<>();
            for (long pos = HEADER; offsets == null ? pos < end : shapes.size() < offsets.length; ) {
                int i = shapes.size();
                if (offsets != null) pos = offsets[i];
                if (end - pos < 8) throw new IngestException(name + " is damaged: record " + i + " is cut off in its header");
                ByteBuffer recordHeader = read(channel, pos, 8).order(ByteOrder.BIG_ENDIAN);
                long claimed = 2L * (recordHeader.getInt(4) & 0xFFFFFFFFL);
                // Some writers (H2GIS among them) overstate a record's length a little; the index,
                // when there is one, says where the next record really starts.
                long room = (offsets != null && i + 1 < offsets.length ? offsets[i + 1] : end) - pos - 8;
                long length = offsets == null ? claimed : Math.min(claimed, room);
                if (length < 4 || pos + 8 + length > end) {
                    throw new IngestException(name + " is truncated or damaged: record " + i + " (at byte " + pos
                            + ") claims " + claimed + " bytes, past the end of the file");
                }
                ByteBuffer content = read(channel, pos + 8, (int) length).order(ByteOrder.LITTLE_ENDIAN);
                try {
                    shapes.add(shape(content, i));
                } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
                    throw new IngestException(name + " is damaged: record " + i + " cannot be read (" + e.getMessage() + ")", e);
                }
                pos += 8 + length;
            }
            return shapes;
        } catch (IOException e) {
            throw new IngestException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The record offsets from the {@code .shx}, or null when there is none or it does not fit the
     * {@code .shp} (then the records are walked, and the report says why).
     */
    private long[] offsets(long shpEnd) throws IOException {
        if (index == null) return null;
        try (FileChannel channel = FileChannel.open(index, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < HEADER || (size - HEADER) % 8 != 0 || read(channel, 0, 4).getInt(0) != FILE_CODE) return ignoredIndex();
            int n = (int) ((size - HEADER) / 8);
            ByteBuffer entries = read(channel, HEADER, n * 8).order(ByteOrder.BIG_ENDIAN);
            long[] offsets = new long[n];
            long previous = HEADER - 8;
            for (int i = 0; i < n; i++) {
                offsets[i] = 2L * (entries.getInt(i * 8) & 0xFFFFFFFFL);
                if (offsets[i] < previous + 8 || offsets[i] + 8 > shpEnd) return ignoredIndex();
                previous = offsets[i];
            }
            return offsets;
        }
    }

    private long[] ignoredIndex() {
        findings.add(Severity.WARNING, "bad-index", index.getFileName() + " does not fit the .shp and was ignored; "
                + "the records were read in sequence", null);
        return null;
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) throw new EOFException();
        }
        return buffer.flip();
    }

    private Geometry shape(ByteBuffer b, int index) throws IngestException {
        int code = b.getInt();
        ShapeType type = ShapeType.of(code);
        if (type == null) throw new IngestException(file.getFileName() + ": record " + index + " has unknown shape type " + code);
        if (type.dimensions() > 2) {
            findings.add(Severity.INFO, "z-dropped", "the shapes have Z or M values; only x and y are kept", null);
        }
        switch (type.kind()) {
            case NULL:
                return null;
            case POINT: {
                double x = b.getDouble();
                double y = b.getDouble();
                return Double.isNaN(x) || Double.isNaN(y) ? factory.createPoint() : factory.createPoint(new Coordinate(x, y));
            }
            case MULTIPOINT: {
                b.position(b.position() + 32); // bounding box
                int n = count(b, 16);
                Coordinate[] points = new Coordinate[n];
                for (int i = 0; i < n; i++) points[i] = new Coordinate(b.getDouble(), b.getDouble());
                return factory.createMultiPointFromCoords(points);
            }
            case POLYLINE:
                return lines(parts(b), index);
            case POLYGON:
                return new ShapeRings(factory, findings).polygons(parts(b), String.valueOf(index));
            default:
                throw new IngestException(file.getFileName() + ": record " + index + " is a " + type + ", which is not supported");
        }
    }

    /** The parts of a PolyLine or Polygon record, as coordinate arrays. */
    private static List<Coordinate[]> parts(ByteBuffer b) {
        b.position(b.position() + 32); // bounding box
        int numParts = b.getInt();
        int numPoints = b.getInt();
        if (numParts < 0 || numPoints < 0 || 4L * numParts + 16L * numPoints > b.remaining()) {
            throw new IllegalArgumentException(numParts + " parts and " + numPoints + " points do not fit in the record");
        }
        int[] starts = new int[numParts + 1];
        for (int i = 0; i < numParts; i++) starts[i] = b.getInt();
        starts[numParts] = numPoints;
        List<Coordinate[]> parts = new ArrayList<>(numParts);
        for (int p = 0; p < numParts; p++) {
            if (starts[p] < 0 || starts[p] > starts[p + 1]) throw new IllegalArgumentException("part " + p + " has bad bounds");
            Coordinate[] c = new Coordinate[starts[p + 1] - starts[p]];
            for (int i = 0; i < c.length; i++) c[i] = new Coordinate(b.getDouble(), b.getDouble());
            parts.add(c);
        }
        return parts;
    }

    private static int count(ByteBuffer b, int bytesEach) {
        int n = b.getInt();
        if (n < 0 || (long) n * bytesEach > b.remaining()) throw new IllegalArgumentException(n + " points do not fit in the record");
        return n;
    }

    private Geometry lines(List<Coordinate[]> parts, int index) {
        List<LineString> lines = new ArrayList<>();
        for (Coordinate[] part : parts) {
            if (part.length >= 2) {
                lines.add(factory.createLineString(part));
            } else {
                findings.add(Severity.WARNING, "degenerate-line", "line parts with fewer than 2 points were dropped", String.valueOf(index));
            }
        }
        if (lines.isEmpty()) return factory.createLineString();
        return lines.size() == 1 ? lines.get(0) : factory.createMultiLineString(lines.toArray(LineString[]::new));
    }
}
