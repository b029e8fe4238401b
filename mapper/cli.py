"""The strikemap command line: a thin layer over the library.

Exit status: 0 when every input was read, 1 when some inputs were rejected (the
rest is still processed and written), 2 for usage errors.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from gazetteer import GazetteerError, load

from . import __version__
from .exports import csv_text, geojson_text, jsonl_text, write_text
from .model import EVENT_COLUMNS
from .reports import ReportError, parse_date


def _published(ctx, param, value):
    if value is None:
        return None
    try:
        return parse_date(value, "--published")
    except ReportError as exc:
        raise click.BadParameter(str(exc)) from None


gazetteer_option = click.option(
    "--gazetteer", "extra_gazetteer", multiple=True, type=click.Path(dir_okay=False),
    help="Extra places CSV (same columns as gazetteer/data/places.csv) that adds or overrides places; repeatable.")
published_option = click.option(
    "--published", callback=_published, metavar="YYYY-MM-DD",
    help="Publication date for reports that give none (never today's date by default).")


def filter_options(fn):
    """The same filters on build, extract and summary."""
    opts = [
        click.option("--from", "date_from", callback=_date_opt, metavar="YYYY-MM-DD", help="Events on or after this date."),
        click.option("--to", "date_to", callback=_date_opt, metavar="YYYY-MM-DD", help="Events on or before this date."),
        click.option("--near", metavar="PLACE", help="Events within --radius-km of a gazetteer place."),
        click.option("--radius-km", type=click.FloatRange(min=0), help="Radius for --near (default 10)."),
        click.option("--bbox", metavar="W,S,E,N", help="Events inside a longitude/latitude box."),
        click.option("--within", type=click.Path(dir_okay=False), metavar="AREA.geojson",
                     help="Events inside the polygons of a GeoJSON file."),
        click.option("--district", help="Events inside a district of the governorate (gazetteer polygons)."),
        click.option("--subdistrict", help="Events inside a sub-district (nahiya)."),
        click.option("--type", "types", multiple=True,
                     type=click.Choice(["airstrike", "drone strike", "missile strike", "shelling", "explosion", "strike"]),
                     help="Event type; repeatable."),
        click.option("--status", "statuses", multiple=True, type=click.Choice(["reported", "unconfirmed", "denied"]),
                     help="Status; repeatable."),
        click.option("--min-precision", type=click.IntRange(1, 3),
                     help="Keep events at least this precise (1 exact place, 2 near a place, 3 region)."),
    ]
    for o in reversed(opts):
        fn = o(fn)
    return fn


def _date_opt(ctx, param, value):
    if value is None:
        return None
    try:
        return parse_date(value, f"--{param.name.replace('date_', '')}")
    except ReportError as exc:
        raise click.BadParameter(str(exc)) from None


def _filters(gaz, kw):
    from .filters import FilterError, build_filters

    try:
        return build_filters(gaz, **kw)
    except FilterError as exc:
        raise click.UsageError(str(exc)) from None


def _filtered_rows(result, flt) -> list[dict]:
    return flt.apply([e.as_dict() for e in result.events])


def _report_problems(problems) -> None:
    for p in problems:
        click.echo(f"strikemap: skipped {p}", err=True)


def _dask_engine(scheduler):
    """A Dask client for this command, closed when the command ends."""
    from .engine_dask import DaskEngine, EngineError

    try:
        eng = DaskEngine(scheduler)
    except EngineError as exc:
        raise click.ClickException(str(exc)) from None
    click.get_current_context().call_on_close(eng.close)
    return eng


def _load_gazetteer(extra):
    try:
        return load(tuple(extra))
    except GazetteerError as exc:
        raise click.ClickException(str(exc)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="strikemap")
def cli():
    """Map air and drone strikes in Deir ez-Zor from news reports."""


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--out", "out_dir", default="output", show_default=True, type=click.Path(file_okay=False),
              help="Folder for map.html, events.geojson and events.csv.")
@published_option
@gazetteer_option
@filter_options
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="dask: extract and aggregate on a Dask cluster (pip install 'strikemap[dask]'); same outputs.")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask: the scheduler to use (e.g. tcp://host:8786); default: a local cluster.")
def build(paths, out_dir, published, extra_gazetteer, engine, scheduler, **filters):
    """Read reports (default: seeds/) and write the map, GeoJSON and CSV.

    PATHS may be files, folders (read recursively), globs, or '-' for standard input.
    """
    from .pipeline import run
    from .mapview import write_map

    gaz = _load_gazetteer(extra_gazetteer)
    flt = _filters(gaz, filters)
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler is for --engine dask")
    eng = _dask_engine(scheduler) if engine == "dask" else None
    result = (eng.run if eng else run)(paths or ("seeds",), published=published, extra_gazetteer=extra_gazetteer)
    _report_problems(result.problems)
    from .aggregate import INCIDENT_COLUMNS, incidents

    out = Path(out_dir)
    rows = _filtered_rows(result, flt)
    inc = eng.incidents(rows) if eng else incidents(rows)
    write_text(out / "events.geojson", geojson_text(rows))
    write_text(out / "events.csv", csv_text(rows, EVENT_COLUMNS))
    write_text(out / "incidents.geojson", geojson_text(inc))
    write_text(out / "incidents.csv", csv_text(inc, INCIDENT_COLUMNS))
    write_map(inc, out / "map.html", gazetteer=gaz)
    s = result.summary()
    dr = f"{s['date_range'][0]} to {s['date_range'][1]}" if s["date_range"] else "none"
    click.echo(f"reports read: {s['reports']}")
    shown = f" ({len(rows)} after filters)" if flt.active() else ""
    click.echo(f"events: {s['events']} at {s['places']} places{shown}; incidents: {len(inc)}")
    click.echo(f"date range: {dr}")
    click.echo(f"inputs skipped: {len(s['skipped'])}")
    for line in s["skipped"]:
        click.echo(f"  {line}")
    click.echo(f"wrote {out / 'map.html'}, {out / 'events.geojson'}, {out / 'events.csv'}, "
               f"{out / 'incidents.geojson'}, {out / 'incidents.csv'}")
    sys.exit(1 if result.problems else 0)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["geojson", "csv", "jsonl"]), default="geojson", show_default=True)
@published_option
@gazetteer_option
@filter_options
def extract(paths, fmt, published, extra_gazetteer, **filters):
    """Print the events of the reports under PATHS, without a map."""
    from .pipeline import run

    flt = _filters(_load_gazetteer(extra_gazetteer), filters)
    result = run(paths, published=published, extra_gazetteer=extra_gazetteer)
    _report_problems(result.problems)
    rows = _filtered_rows(result, flt)
    if fmt == "geojson":
        text = geojson_text(rows)
    elif fmt == "csv":
        text = csv_text(rows, EVENT_COLUMNS)
    else:
        text = jsonl_text(rows)
    click.echo(text, nl=False)
    sys.exit(1 if result.problems else 0)


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--csv", "csv_dir", type=click.Path(file_okay=False), help="Also write the tables as CSV files into this folder.")
@published_option
@gazetteer_option
@filter_options
def summary(paths, csv_dir, published, extra_gazetteer, **filters):
    """Incidents by place, by day and by district (default PATHS: seeds/)."""
    from .aggregate import incidents, tables
    from .pipeline import run

    flt = _filters(_load_gazetteer(extra_gazetteer), filters)
    result = run(paths or ("seeds",), published=published, extra_gazetteer=extra_gazetteer)
    _report_problems(result.problems)
    inc = incidents(_filtered_rows(result, flt))
    tabs = tables(inc)
    click.echo(f"{len(result.reports)} reports, {len(result.events)} events, {len(inc)} incidents")
    for name, df in tabs.items():
        click.echo(f"\n{name.replace('_', ' ')}:")
        click.echo(df.to_string(index=False) if not df.empty else "  (none)")
        if csv_dir:
            write_text(Path(csv_dir) / f"{name}.csv", df.to_csv(index=False, lineterminator="\n"))
    sys.exit(1 if result.problems else 0)


@cli.command()
@click.argument("events_file", type=click.Path(exists=True, dir_okay=False), metavar="EVENTS.geojson")
@click.option("--format", "fmt", type=click.Choice(["kml", "geojson", "csv", "jsonl"]), required=True)
@click.option("--incidents", "as_incidents", is_flag=True, help="Export incidents (merged events) instead of events.")
@click.option("--out", "out_path", type=click.Path(dir_okay=False), help="Write to this file (default: standard output).")
@gazetteer_option
@filter_options
def export(events_file, fmt, as_incidents, out_path, extra_gazetteer, **filters):
    """Convert an existing run's events.geojson without re-extracting (filters apply)."""
    from .aggregate import INCIDENT_COLUMNS, incidents
    from .kml import kml_text

    flt = _filters(_load_gazetteer(extra_gazetteer), filters)
    try:
        doc = json.loads(Path(events_file).read_text(encoding="utf-8"))
        rows = []
        for f in doc["features"]:
            r = dict(f["properties"])
            r["lon"], r["lat"] = f["geometry"]["coordinates"][:2]
            rows.append(r)
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise click.ClickException(f"{events_file}: not an events GeoJSON written by strikemap ({exc})") from None
    rows = flt.apply(rows)
    if as_incidents:
        rows = incidents(rows)
    columns = INCIDENT_COLUMNS if as_incidents else EVENT_COLUMNS
    text = {"kml": lambda: kml_text(rows), "geojson": lambda: geojson_text(rows),
            "csv": lambda: csv_text(rows, columns), "jsonl": lambda: jsonl_text(rows)}[fmt]()
    if out_path:
        write_text(Path(out_path), text)
    else:
        click.echo(text, nl=False)


@cli.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--reports", "report_paths", multiple=True,
              help="Reports the gold file codes (default: the 'reports' folder beside the gold file's folder).")
@click.option("-v", "--verbose", is_flag=True, help="List every missed and every extra event.")
@gazetteer_option
def evaluate(gold, report_paths, verbose, extra_gazetteer):
    """Score extraction against GOLD (CSV: report_id,place_id,event_date,event_type,status,note).

    A predicted event matches an expected one when it names the same gazetteer place, or lies
    within 5 km of it, on the same date. Precision, recall and F1 are printed per language.
    """
    from .evaluate import evaluate as run_eval

    gaz = _load_gazetteer(extra_gazetteer)
    paths = list(report_paths) or sorted({str(Path(g).resolve().parent.parent / "reports") for g in gold})
    try:
        scores = run_eval([Path(g) for g in gold], paths, gaz)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{'language':<10}{'expected':>9}{'predicted':>10}{'matched':>8}{'precision':>10}{'recall':>8}{'F1':>7}")
    for lang, s in sorted(scores.items(), key=lambda kv: (kv[0] == "all", kv[0])):
        click.echo(f"{lang:<10}{s.tp + s.fn:>9}{s.tp + s.fp:>10}{s.tp:>8}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}")
    if verbose:
        for lang, s in sorted(scores.items()):
            for m in s.misses:
                click.echo(f"missed [{lang}] {m}")
            for x in s.extras:
                click.echo(f"extra  [{lang}] {x}")


@cli.group()
def gazetteer():
    """Look up and check the gazetteer of Deir ez-Zor places."""


@gazetteer.command("lookup")
@click.argument("names", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per name.")
@gazetteer_option
def gazetteer_lookup(names, as_json, extra_gazetteer):
    """Candidate places for each NAME, best first."""
    gaz = _load_gazetteer(extra_gazetteer)
    missing = False
    for name in names:
        cands = gaz.lookup(name)
        rows = [{"id": c.place.id, "name": c.place.name, "name_ar": c.place.name_ar, "type": c.place.type,
                 "lat": c.place.lat, "lon": c.place.lon, "district": c.place.district,
                 "subdistrict": c.place.subdistrict, "outside": c.place.outside, "score": c.score,
                 "why": c.why} for c in cands]
        suggestions = [] if rows else gaz.suggest(name)
        missing = missing or not rows
        if as_json:
            click.echo(json.dumps({"name": name, "candidates": rows, "suggestions": suggestions}, ensure_ascii=False))
            continue
        click.echo(f"{name}:")
        for r in rows:
            where = r["outside"] or r["district"] or "-"
            click.echo(f"  {r['id']}\t{r['name']}\t{r['type']}\t{r['lat']:.5f}, {r['lon']:.5f}\t{where}\tscore {r['score']}")
        if not rows:
            click.echo(f"  no place of that name; closest: {', '.join(suggestions)}")
    sys.exit(1 if missing else 0)


@gazetteer.command("check")
@gazetteer_option
def gazetteer_check(extra_gazetteer):
    """Validate the gazetteer: ids, sources, coordinates inside their districts, ambiguous names."""
    from gazetteer.check import check

    gaz = _load_gazetteer(extra_gazetteer)
    report = check(gaz)
    for line in report.problems:
        click.echo(f"problem: {line}")
    click.echo(f"{report.places} places, {report.names} names, {len(report.ambiguous)} ambiguous names, "
               f"{len(report.problems)} problems")
    sys.exit(1 if report.problems else 0)


def main():
    cli()
