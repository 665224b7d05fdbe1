package kz.aumaq.gis.render;

import kz.aumaq.gis.style.Symbolizer;

/** A label that wants to go at a pixel position; bigger features and higher priority go first. */
record LabelCandidate(String text, double x, double y, Symbolizer.Text symbolizer, double weight) {
}
