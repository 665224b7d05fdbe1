/** GeoJSON: RFC 7946 (longitude/latitude, CRS84) and the legacy 2008 form with a {@code crs} member. */
package kz.aumaq.ingest.format.geojson;
