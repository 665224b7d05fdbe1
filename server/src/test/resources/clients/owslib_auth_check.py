"""OWSLib with HTTP Basic credentials, as QGIS-like clients sign in: the restricted layer is in the
capabilities (and can be drawn) with them, and absent without. Exits non-zero on the first failure."""
import sys

from owslib.wms import WebMapService

base, user, password, layer = sys.argv[1:5]
for version in ("1.3.0", "1.1.1"):
    signed_in = WebMapService(base + "/wms", version=version, username=user, password=password, timeout=60)
    assert layer in signed_in.contents, sorted(signed_in.contents)
    img = signed_in.getmap(layers=[layer], styles=[""], srs="EPSG:4326", bbox=(72, 49, 74, 50), size=(256, 128), format="image/png")
    data = img.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", data[:200]
    anonymous = WebMapService(base + "/wms", version=version, timeout=60)
    assert layer not in anonymous.contents, sorted(anonymous.contents)
    assert "regions" in anonymous.contents, sorted(anonymous.contents)
    print("ok", version, "with credentials", len(signed_in.contents), "layers, anonymous", len(anonymous.contents))
