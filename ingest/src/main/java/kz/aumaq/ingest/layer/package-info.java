/** The feature-layer target: a file of points, lines or polygons becomes one stored, publishable layer. */
package kz.aumaq.ingest.layer;
