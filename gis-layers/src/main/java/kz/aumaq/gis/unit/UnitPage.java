package kz.aumaq.gis.unit;

import java.util.List;

/** One page of a unit query: the units and how many matched in all. */
public record UnitPage(List<AdminUnit> units, long numberMatched) {
}
