/** File formats, validation and loading (issue 4): shapefile, GeoPackage, GeoJSON, CSV, XLSX into units, layers and values. */
package kz.aumaq.ingest;
