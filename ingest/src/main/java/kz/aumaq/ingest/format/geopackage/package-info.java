/** GeoPackage vector (feature) tables, through NGA's GeoPackage library. */
package kz.aumaq.ingest.format.geopackage;
