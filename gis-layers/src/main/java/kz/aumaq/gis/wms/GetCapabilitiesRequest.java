package kz.aumaq.gis.wms;

import kz.aumaq.gis.text.Lang;

/** A validated GetCapabilities, answered in the negotiated version and the requested language. */
public record GetCapabilitiesRequest(WmsVersion version, Lang lang) {
}
