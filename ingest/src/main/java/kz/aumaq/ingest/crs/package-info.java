/**
 * Source coordinate reference systems: EPSG codes Proj4J knows, {@code .prj}/WKT descriptions mapped to
 * them, and the reprojection of what is read to EPSG:4326 (lon/lat), the only CRS stored.
 */
package kz.aumaq.ingest.crs;
