"""KML for Google Earth: one placemark per event or incident, with the popup's content.

Written with the standard library's ElementTree, which escapes every text node,
so report text can never become markup in the file. The description carries the
same escaped HTML as the map's popup (Google Earth renders it as a balloon).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from .mapview import TYPE_COLOURS, popup_html

KML_NS = "http://www.opengis.net/kml/2.2"


def _abgr(hex_rgb: str, alpha: str = "ff") -> str:
    r, g, b = hex_rgb[1:3], hex_rgb[3:5], hex_rgb[5:7]
    return f"{alpha}{b}{g}{r}"


def kml_text(records: list[dict], name: str = "strikemap") -> str:
    ET.register_namespace("", KML_NS)
    k = f"{{{KML_NS}}}"
    root = ET.Element(f"{k}kml")
    doc = ET.SubElement(root, f"{k}Document")
    ET.SubElement(doc, f"{k}name").text = name
    for etype, colour in sorted(TYPE_COLOURS.items()):
        style = ET.SubElement(doc, f"{k}Style", id=etype.replace(" ", "-"))
        icon = ET.SubElement(style, f"{k}IconStyle")
        ET.SubElement(icon, f"{k}color").text = _abgr(colour)
        ET.SubElement(icon, f"{k}scale").text = "1.0"
    for r in records:
        pm = ET.SubElement(doc, f"{k}Placemark", id=str(r.get("incident_id") or r.get("event_id")))
        ET.SubElement(pm, f"{k}name").text = f"{r['place']} · {r.get('event_date') or 'date unknown'}"
        ET.SubElement(pm, f"{k}description").text = popup_html(r)
        ET.SubElement(pm, f"{k}styleUrl").text = "#" + (r.get("event_type") or "strike").replace(" ", "-")
        if r.get("event_date"):
            ts = ET.SubElement(pm, f"{k}TimeStamp")
            ET.SubElement(ts, f"{k}when").text = r["event_date"]
        ext = ET.SubElement(pm, f"{k}ExtendedData")
        for field in ("event_type", "status", "geo_precision", "uncertainty_km", "place_id", "district", "attribution"):
            data = ET.SubElement(ext, f"{k}Data", name=field)
            ET.SubElement(data, f"{k}value").text = "" if r.get(field) is None else str(r.get(field))
        pt = ET.SubElement(pm, f"{k}Point")
        ET.SubElement(pt, f"{k}coordinates").text = f"{float(r['lon']):.5f},{float(r['lat']):.5f},0"
    ET.indent(root, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
