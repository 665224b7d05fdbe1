package kz.aumaq.gis.unit;

import java.util.List;

/**
 * What {@link AdminUnitWriter#insertVersions} did in its one transaction.
 *
 * @param inserted the new versions as stored (paths, areas, label points, validTo filled in)
 * @param closed   stored versions that now end: superseded by a newer version, or retired
 */
public record VersionedWrite(List<AdminUnit> inserted, List<ClosedVersion> closed) {

    public VersionedWrite {
        inserted = List.copyOf(inserted);
        closed = List.copyOf(closed);
    }
}
