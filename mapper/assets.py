"""Making a folium page self-contained: every script and stylesheet inlined.

folium links Leaflet, jQuery and friends from CDNs, so its maps are blank with
no network. The same files ship in PyPI packages (xstatic-leaflet,
xstatic-leaflet-markercluster, xstatic-jquery; folium's own leaflet.heat), and
are inlined here. Assets the map does not use (Bootstrap, Font Awesome,
awesome-markers) are dropped; an unknown CDN address is an error, so a new
plugin can never silently make the map depend on the network again.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from pathlib import Path

_SCRIPT = re.compile(r'<script src="(https?://[^"]+)"></script>\s*')
_LINK = re.compile(r'<link rel="stylesheet" href="(https?://[^"]+)"\s*/?>\s*')
_DROPPABLE = ("bootstrap", "awesome-markers", "fontawesome", "font-awesome", "glyphicons", "leaflet.awesome.rotate")


def _pkg_dir(module: str) -> Path:
    import importlib

    return Path(importlib.import_module(module).BASE_DIR)


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """Text of a known asset, by the file name folium links it under."""
    files = {
        "leaflet.js": ("xstatic.pkg.leaflet", "leaflet.js"),
        "leaflet.css": ("xstatic.pkg.leaflet", "leaflet.css"),
        "jquery.min.js": ("xstatic.pkg.jquery", "jquery.min.js"),
        "leaflet.markercluster.js": ("xstatic.pkg.leaflet_markercluster", "leaflet.markercluster.js"),
        "MarkerCluster.css": ("xstatic.pkg.leaflet_markercluster", "MarkerCluster.css"),
        "MarkerCluster.Default.css": ("xstatic.pkg.leaflet_markercluster", "MarkerCluster.Default.css"),
    }
    if name == "leaflet_heat.min.js":
        import folium

        return (Path(folium.__file__).parent / "templates" / "leaflet_heat.min.js").read_text(encoding="utf-8")
    module, fname = files[name]
    base = _pkg_dir(module)
    text = (base / fname).read_text(encoding="utf-8")
    if name == "leaflet.css":
        text = _inline_css_images(text, base)
    return text


def _inline_css_images(css: str, base: Path) -> str:
    def repl(m: re.Match) -> str:
        rel = m.group(1).strip("'\"")
        p = base / rel
        if not p.exists():
            return m.group(0)
        data = base64.b64encode(p.read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{data})"

    return re.sub(r"url\(([^)]+\.png)\)", repl, css)


def _name_for(url: str) -> str | None:
    fname = url.rsplit("/", 1)[-1].split("?")[0]
    if fname.startswith("jquery") and fname.endswith(".js"):
        return "jquery.min.js"
    if fname in ("leaflet.js", "leaflet.css", "leaflet.markercluster.js", "MarkerCluster.css",
                 "MarkerCluster.Default.css", "leaflet_heat.min.js", "leaflet-heat.js"):
        return "leaflet_heat.min.js" if "heat" in fname else fname
    return None


def safe_script(js: str) -> str:
    """Script text that cannot end its <script> element early."""
    return js.replace("</script", "<\\/script")


@lru_cache(maxsize=None)
def static(name: str) -> str:
    """One of the map's own files (mapper/static/): its JavaScript, stylesheet and base-layer data."""
    return (Path(__file__).parent / "static" / name).read_text(encoding="utf-8")


def inline(html: str) -> str:
    """The same page with every CDN script and stylesheet inlined or dropped."""

    def script(m: re.Match) -> str:
        url = m.group(1)
        name = _name_for(url)
        if name is None:
            if any(d in url for d in _DROPPABLE):
                return ""
            raise KeyError(f"map asset with no offline copy: {url}")
        return f"<script>{safe_script(asset(name))}</script>\n"

    def link(m: re.Match) -> str:
        url = m.group(1)
        name = _name_for(url)
        if name is None:
            if any(d in url for d in _DROPPABLE):
                return ""
            raise KeyError(f"map stylesheet with no offline copy: {url}")
        return f"<style>{asset(name)}</style>\n"

    html = _SCRIPT.sub(script, html)
    html = _LINK.sub(link, html)
    return html
