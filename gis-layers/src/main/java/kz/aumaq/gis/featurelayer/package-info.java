/** Feature layers loaded by ingest (settlements, investment sites, user layers), stored and published as map layers. */
package kz.aumaq.gis.featurelayer;
