"""OWSLib against our WMS: capabilities, a map and feature info in 1.3.0 and 1.1.1.
Prints one line per check; exits non-zero on the first failure."""
import json
import sys

from owslib.wms import WebMapService

base = sys.argv[1]
for version in ("1.3.0", "1.1.1"):
    wms = WebMapService(base + "/wms", version=version, timeout=60)
    names = sorted(wms.contents)
    assert {"admin", "regions", "districts", "okrugs", "settlements"} <= set(names), names
    regions = wms["regions"]
    west, south, east, north = regions.boundingBoxWGS84
    assert 40 < west < 50 and 85 < east < 90 and 38 < south < 45 and 53 < north < 57, regions.boundingBoxWGS84
    assert "EPSG:3857" in regions.crsOptions and "EPSG:32642" in regions.crsOptions, regions.crsOptions
    assert "plain-regions" in regions.styles, regions.styles
    ops = [op.name for op in wms.operations]
    assert "GetMap" in ops and "GetFeatureInfo" in ops, ops
    img = wms.getmap(layers=["admin"], styles=[""], srs="EPSG:4326", bbox=(46.4, 40.5, 87.4, 55.5),
                     size=(400, 200), format="image/png")
    data = img.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", data[:100]
    info = wms.getfeatureinfo(layers=["regions"], srs="EPSG:4326", bbox=(71.42, 51.12, 71.44, 51.14), size=(101, 101),
                              format="image/png", query_layers=["regions"], info_format="application/json", xy=(50, 50))
    fc = json.loads(info.read())
    katos = [f["properties"]["kato"] for f in fc["features"]]
    assert katos == ["710000000"], katos
    print("ok", version, len(names), "layers", len(data), "png bytes", katos[0])
