/**
 * Loads the geokz administrative boundaries of Kazakhstan (A. Rodionov, CC BY 4.0; shapefiles of
 * regions and districts per edition year) into {@link kz.aumaq.gis.unit.AdminUnit} versions.
 */
package kz.aumaq.ingest.geokz;
