"""The strikemap command line: a thin layer over the library.

Exit status: 0 when every input was read, 1 when some inputs were rejected (the
rest is still processed and written), 2 for usage errors.
"""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

import click

from . import __version__

# Imports of the library sit inside the commands: `strikemap --help` must not pay for
# the gazetteer, numpy, pandas, folium or trafilatura (benchmarks/bench_pipeline.py).


def _published(ctx, param, value):
    from .reports import ReportError, parse_date

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


def run_options(fn):
    """How a run reads and extracts: processes, cache, progress bar (build, extract, summary)."""
    opts = [
        click.option("--jobs", "-j", type=click.IntRange(min=1), metavar="N",
                     help="Processes that extract reports (default: every core)."),
        click.option("--no-cache", is_flag=True,
                     help="Neither reuse nor store extraction results or built output sets (see `strikemap cache`)."),
        click.option("--quiet", "-q", is_flag=True, help="No progress bar."),
    ]
    for o in reversed(opts):
        fn = o(fn)
    return fn


def _run(paths, published, extra_gazetteer, jobs, no_cache, quiet, include_outside=False, on_events=None):
    from .pipeline import default_jobs, run
    from .progress import progress_enabled

    return run(paths, published=published, extra_gazetteer=extra_gazetteer, jobs=jobs or default_jobs(),
               cache=not no_cache, progress=progress_enabled(quiet), include_outside=include_outside,
               on_events=on_events)


outside_option = click.option(
    "--include-outside", is_flag=True,
    help="Keep strikes at places outside Deir ez-Zor governorate (Palmyra, al-Qaim...), flagged outside_governorate.")


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
    from .reports import ReportError, parse_date

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


def _output_set(out: Path):
    """The --out folder's staging set, or one line saying why it cannot be written."""
    from .outputs import OutputBusy, OutputSet

    try:
        return OutputSet(out).open()
    except (OutputBusy, OSError) as exc:
        raise click.ClickException(str(exc)) from None


def _load_gazetteer(extra):
    from gazetteer import GazetteerError, GazetteerRowsError, load

    try:
        return load(tuple(extra))
    except GazetteerRowsError as exc:
        # one line per bad row of a --gazetteer file; a usage error
        for line in exc.problems:
            click.echo(f"strikemap: {line}", err=True)
        sys.exit(2)
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
@run_options
@outside_option
@filter_options
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="dask: extract and aggregate on a Dask cluster (pip install 'strikemap[dask]'); same outputs.")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask: the scheduler to use (e.g. tcp://host:8786); default: a local cluster.")
def build(paths, out_dir, published, extra_gazetteer, jobs, no_cache, quiet, include_outside, engine, scheduler,
          **filters):
    """Read reports (default: seeds/) and write the map, GeoJSON and CSV.

    PATHS may be files, folders (read recursively), globs, or '-' for standard input.
    The files are written as one set: all of them are replaced together, or none.
    """
    from .exports import write_csv
    from .mapview import write_map
    from .spill import EventStore

    gaz = _load_gazetteer(extra_gazetteer)
    flt = _filters(gaz, filters)
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler is for --engine dask")
    out = Path(out_dir)
    key = None if no_cache else _build_key(paths or ("seeds",), published, extra_gazetteer, include_outside, filters)
    if key is not None:
        _reuse_stored_set(key, out)  # exits when an unchanged earlier set was put in place
    eng = _dask_engine(scheduler) if engine == "dask" else None
    with _output_set(out) as outputs, contextlib.closing(EventStore(outputs.staging / ".work")) as store:
        # events go to a file in the staging folder as they come; memory keeps a few columns of each
        if eng:
            result = eng.run(paths or ("seeds",), published=published, extra_gazetteer=extra_gazetteer,
                             include_outside=include_outside)
            store.add(result.events)
            result.events.clear()
        else:
            result = _run(paths or ("seeds",), published, extra_gazetteer, jobs, no_cache, quiet, include_outside,
                          on_events=store.add)
        _report_problems(result.problems)
        if not result.report_count:
            raise click.ClickException(f"no report could be read from {', '.join(paths or ('seeds',))}; "
                                       f"{out} left as it was")
        from .aggregate import group_frame

        s = store.summary(result.report_count, result.problems)
        n_rows, n_inc = store.write_outputs(outputs.path, flt.keep if flt.active() else None,
                                            eng.group_frame if eng else group_frame, write_map, gazetteer=gaz)
        from .decisions import UNLOCATED_COLUMNS, unlocated_rows

        write_csv(outputs.path("unlocated.csv"), unlocated_rows(result.unlocated), UNLOCATED_COLUMNS)
        dr = f"{s['date_range'][0]} to {s['date_range'][1]}" if s["date_range"] else "none"
        shown = f" ({n_rows} after filters)" if flt.active() else ""
        lines = [f"reports read: {s['reports']}",
                 f"events: {s['events']} at {s['places']} places{shown}; incidents: {n_inc}",
                 f"date range: {dr}",
                 f"strikes at places not in the gazetteer: {len(result.unlocated)} (unlocated.csv)",
                 f"inputs skipped: {len(s['skipped'])}"] + [f"  {line}" for line in s["skipped"]]
        code = 1 if result.problems else 0
        if (key is not None and not any(p.message.startswith("extraction failed") for p in result.problems)
                and _build_key(paths or ("seeds",), published, extra_gazetteer, include_outside, filters) == key):
            # the key again: an input edited while the build ran must not store these outputs under its old content
            _store_set(key, outputs, lines, [f"strikemap: skipped {p}" for p in result.problems], code)
        written = outputs.commit()
    for line in lines:
        click.echo(line)
    click.echo(f"wrote {', '.join(str(p) for p in written)}")
    sys.exit(code)


def _build_key(paths, published, extra_gazetteer, include_outside, filters) -> str | None:
    """The key of this build's output set in the cache (None: not cacheable, e.g. standard input)."""
    from .buildcache import build_key

    options = {"published": published, "include_outside": include_outside,
               **{k: (list(v) if isinstance(v, tuple) else v) for k, v in filters.items() if k != "within"}}
    within = [filters["within"]] if filters.get("within") else []
    return build_key(paths, options, option_files=within, extra_gazetteer=extra_gazetteer)


def _reuse_stored_set(key: str, out: Path) -> None:
    """Put the stored set of an identical earlier build in place through the usual staging and lock,
    say what that build said, and exit; return if there is none (or it is damaged)."""
    from .buildcache import BuildCache

    stored = BuildCache().get(key)
    if stored is None:
        return
    try:
        with _output_set(out) as outputs:
            stored.place(outputs.path)
            written = outputs.commit()
    except OSError:
        return  # the set went while being copied (another build evicted it): build in full
    for line in stored.stderr:
        click.echo(line, err=True)
    for line in stored.stdout:
        click.echo(line)
    click.echo(f"wrote {', '.join(str(p) for p in written)}")
    sys.exit(stored.exit_code)


def _store_set(key: str, outputs, stdout: list[str], stderr: list[str], code: int) -> None:
    from .buildcache import BuildCache

    staged = {p.name: p for p in outputs.staging.iterdir() if p.is_file()}
    BuildCache().put(key, staged, stdout, stderr, code)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["geojson", "csv", "jsonl"]), default="geojson", show_default=True)
@published_option
@gazetteer_option
@run_options
@outside_option
@filter_options
def extract(paths, fmt, published, extra_gazetteer, jobs, no_cache, quiet, include_outside, **filters):
    """Print the events of the reports under PATHS, without a map."""
    from .exports import write_csv, write_geojson, write_jsonl
    from .model import EVENT_COLUMNS

    flt = _filters(_load_gazetteer(extra_gazetteer), filters)
    result = _run(paths, published, extra_gazetteer, jobs, no_cache, quiet, include_outside)
    _report_problems(result.problems)
    rows = _filtered_rows(result, flt)
    out = sys.stdout
    if fmt == "geojson":
        write_geojson(out, rows)
    elif fmt == "csv":
        write_csv(out, rows, EVENT_COLUMNS)
    else:
        write_jsonl(out, rows)
    out.flush()
    sys.exit(1 if result.problems else 0)


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--csv", "csv_dir", type=click.Path(file_okay=False), help="Also write the tables as CSV files into this folder.")
@published_option
@gazetteer_option
@run_options
@filter_options
def summary(paths, csv_dir, published, extra_gazetteer, jobs, no_cache, quiet, **filters):
    """Incidents by place, by day and by district (default PATHS: seeds/)."""
    from .aggregate import incidents, tables

    flt = _filters(_load_gazetteer(extra_gazetteer), filters)
    result = _run(paths or ("seeds",), published, extra_gazetteer, jobs, no_cache, quiet)
    _report_problems(result.problems)
    inc = incidents(_filtered_rows(result, flt))
    tabs = tables(inc)
    click.echo(f"{result.report_count} reports, {len(result.events)} events, {len(inc)} incidents")
    for name, df in tabs.items():
        click.echo(f"\n{name.replace('_', ' ')}:")
        click.echo(df.to_string(index=False) if not df.empty else "  (none)")
        if csv_dir:
            from .exports import frame_csv_text, write_text

            write_text(Path(csv_dir) / f"{name}.csv", frame_csv_text(df))
    sys.exit(1 if result.problems else 0)


@cli.command()
@click.argument("events_file", type=click.Path(exists=True, dir_okay=False), metavar="RUN.geojson")
@click.option("--format", "fmt", type=click.Choice(["kml", "geojson", "csv", "jsonl"]), required=True)
@click.option("--incidents", "as_incidents", is_flag=True,
              help="Merge an events file into incidents first (an incidents file is exported as incidents anyway).")
@click.option("--out", "out_path", type=click.Path(dir_okay=False), help="Write to this file (default: standard output).")
@gazetteer_option
@filter_options
def export(events_file, fmt, as_incidents, out_path, extra_gazetteer, **filters):
    """Convert an existing run's events.geojson or incidents.geojson without re-extracting (filters apply).

    The kind of file is read from its features. A file that is not a strikemap
    run's output, or has a bad coordinate or field, is refused (exit 2) and
    nothing is written.
    """
    from .aggregate import INCIDENT_COLUMNS, incidents
    from .exports import write_csv, write_geojson, write_jsonl, write_text
    from .kml import kml_text
    from .model import EVENT_COLUMNS
    from .readback import RunFileError, read_run_geojson

    flt = _filters(_load_gazetteer(extra_gazetteer), filters)
    try:
        kind, rows = read_run_geojson(events_file)
    except RunFileError as exc:
        err = click.ClickException(str(exc))
        err.exit_code = 2
        raise err from None
    rows = flt.apply(rows)
    if kind == "events" and as_incidents:
        rows, kind = incidents(rows), "incidents"
    columns = INCIDENT_COLUMNS if kind == "incidents" else EVENT_COLUMNS
    target = Path(out_path) if out_path else sys.stdout
    if fmt == "kml":
        if out_path:
            write_text(target, kml_text(rows))
        else:
            click.echo(kml_text(rows), nl=False)
    else:  # written row by row, to the file (atomically) or standard output
        {"geojson": lambda: write_geojson(target, rows), "csv": lambda: write_csv(target, rows, columns),
         "jsonl": lambda: write_jsonl(target, rows)}[fmt]()
        if not out_path:
            sys.stdout.flush()


@cli.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--reports", "report_paths", multiple=True,
              help="Reports the gold file codes (default: the 'reports' folder beside the gold file's folder).")
@click.option("-v", "--verbose", is_flag=True, help="List every missed and extra event, every wrong date and every unlocated gold strike.")
@gazetteer_option
def evaluate(gold, report_paths, verbose, extra_gazetteer):
    """Score extraction against GOLD (CSV: report_id,place_id,event_date,event_type,status,note).

    A predicted event matches an expected one when it names the same gazetteer place, or lies
    within 5 km of it. Place-level precision, recall and F1, the share of matched places with the
    gold date, and the strict F1 (place and date) are printed per split and language. Files named
    SPLIT_LANG.csv (heldout_en.csv) form the split SPLIT; files named LANG.csv form "tuning".
    """
    from .evaluate import evaluate_splits

    gaz = _load_gazetteer(extra_gazetteer)
    paths = list(report_paths) or sorted({str(Path(g).resolve().parent.parent / "reports") for g in gold})
    try:
        splits = evaluate_splits([Path(g) for g in gold], paths, gaz)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{'split':<10}{'language':<10}{'expected':>9}{'predicted':>10}{'matched':>8}{'precision':>10}"
               f"{'recall':>8}{'F1':>7}{'dates':>7}{'strict-F1':>10}{'unlocated':>10}")
    for split, scores in splits.items():
        for lang, s in sorted(scores.items(), key=lambda kv: (kv[0] == "all", kv[0])):
            click.echo(f"{split:<10}{lang:<10}{s.expected:>9}{s.predicted:>10}{s.tp:>8}{s.precision:>10.3f}"
                       f"{s.recall:>8.3f}{s.f1:>7.3f}{s.date_accuracy:>7.3f}{s.strict_f1:>10.3f}{s.unlocated:>10}")
    if verbose:
        for split, scores in splits.items():
            for lang, s in sorted(scores.items()):
                if lang == "all":
                    continue
                for m in s.misses:
                    click.echo(f"missed     [{split} {lang}] {m}")
                for x in s.extras:
                    click.echo(f"extra      [{split} {lang}] {x}")
                for w in s.wrong_dates:
                    click.echo(f"wrong date [{split} {lang}] {w}")
                for u in s.unlocated_rows:
                    click.echo(f"unlocated  [{split} {lang}] {u}")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per place mention (and per unlocated strike).")
@published_option
@gazetteer_option
@outside_option
def explain(paths, as_json, published, extra_gazetteer, include_outside):
    """For each place mention in the reports, whether it became an event and why, with its sentence."""
    from dataclasses import asdict

    from .explain import explain as explain_report, explain_lines
    from .reports import read_reports

    gaz = _load_gazetteer(extra_gazetteer)
    reports, problems = read_reports(paths, published=published)
    _report_problems(problems)
    for r in sorted(reports, key=lambda r: (r.id, r.path)):
        result = explain_report(r, gaz, include_outside)
        if as_json:
            for d in result.decisions:
                click.echo(json.dumps({"report_id": r.id, **asdict(d)}, ensure_ascii=False))
            for u in result.unlocated:
                click.echo(json.dumps({"unlocated": True, **asdict(u)}, ensure_ascii=False))
        else:
            click.echo("\n".join(explain_lines(r, result)))
    sys.exit(1 if problems else 0)


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
@click.option("--stats", is_flag=True, help="Also print the figures: places, names, share at a parent's point, ...")
@click.option("--verbose", "-v", is_flag=True, help="List every ambiguous name and the places it names.")
def gazetteer_check(extra_gazetteer, stats, verbose):
    """Validate the gazetteer: ids, sources, coordinates inside their districts, ambiguous names."""
    from gazetteer.check import check

    gaz = _load_gazetteer(extra_gazetteer)
    report = check(gaz)
    for line in report.problems:
        click.echo(f"problem: {line}")
    for line in report.disagreements:
        click.echo(f"sources disagree: {line}")
    if verbose:
        for key, ids in report.ambiguous.items():
            click.echo(f"ambiguous: {key}: {', '.join(ids)}")
    if stats:
        click.echo(f"places                               {report.places}")
        click.echo(f"names                                {report.names}")
        click.echo(f"at a parent's point                  {report.at_parent_point} ({report.parent_share:.1%})")
        click.echo(f"inside, no district or sub-district  {report.inside_without_district}")
        click.echo(f"cross-source disagreements (>2 km)   {len(report.disagreements)}")
        click.echo(f"ambiguous names                      {len(report.ambiguous)}")
    click.echo(f"{report.places} places, {report.names} names, {len(report.ambiguous)} ambiguous names"
               f"{'' if verbose else ' (--verbose lists them)'}, {len(report.problems)} problems")
    sys.exit(1 if report.problems else 0)


@cli.group("cache")
def cache_group():
    """The cache of extraction results ($STRIKEMAP_CACHE, else the user's cache folder)."""


@cache_group.command("info")
def cache_info():
    """Where the cache is and how large."""
    from .cache import cache_dir, cache_files

    files = cache_files()
    size = sum(p.stat().st_size for p in files)
    click.echo(f"{cache_dir()}: {len(files)} files, {size / 2**20:.1f} MB")


@cache_group.command("clear")
def cache_clear():
    """Remove the cached extraction results, output sets and gazetteer automaton (rebuilt on the next run)."""
    from .cache import cache_dir, clear

    removed = clear()
    click.echo(f"removed {len(removed)} files from {cache_dir()}")


def _terminated(signum, frame):
    raise SystemExit(128 + signum)


def main():
    import signal

    # `kill` or a closing session: unwind like Ctrl-C, so worker processes stop and a
    # half-staged output set is removed (the previous one stays whole either way)
    signal.signal(signal.SIGTERM, _terminated)
    cli()
