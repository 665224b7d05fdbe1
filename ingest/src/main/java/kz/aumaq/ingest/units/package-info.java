/**
 * The admin-units ingest target: a boundary file of one level becomes checked, versioned
 * {@link kz.aumaq.gis.unit.AdminUnit}s (see {@link kz.aumaq.ingest.units.UnitsTarget}).
 */
package kz.aumaq.ingest.units;
