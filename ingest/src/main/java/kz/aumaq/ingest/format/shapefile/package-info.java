/**
 * ESRI Shapefiles, read by our own small .shp/.dbf reader: it gives clear errors for damaged files,
 * sees the raw .dbf bytes to detect the text encoding, and assembles polygons by ring orientation.
 */
package kz.aumaq.ingest.format.shapefile;
