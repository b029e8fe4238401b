"""Extraction measured against the hand-coded gold events of the test reports."""

from __future__ import annotations

import csv

import pytest

from mapper.evaluate import evaluate, read_gold

from .conftest import ROOT

GOLD = ROOT / "tests" / "gold"
REPORTS = ROOT / "tests" / "reports"

# Floors a little under the figures in the README: a change that loses ground fails here.
FLOORS = {"en": {"f1": 0.72, "recall": 0.93}, "ar": {"f1": 0.71, "recall": 0.87}}


@pytest.fixture(scope="module")
def scores(gaz):
    return evaluate([GOLD / "en.csv", GOLD / "ar.csv"], [str(REPORTS / "en"), str(REPORTS / "ar")], gaz)


def test_corpus_size():
    en = read_gold(GOLD / "en.csv")
    ar = read_gold(GOLD / "ar.csv")
    assert len(en) >= 38 and len(ar) >= 20
    assert sum(1 for rows in en.values() if not rows) >= 4  # reports that mention places but no strike
    assert sum(1 for rows in ar.values() if not rows) >= 3


def test_gold_names_real_places(gaz):
    for path in (GOLD / "en.csv", GOLD / "ar.csv"):
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if row["place_id"]:
                    assert row["place_id"] in gaz.places, (path.name, row)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_scores_hold(scores, lang):
    s = scores[lang]
    assert s.f1 >= FLOORS[lang]["f1"], (lang, s.precision, s.recall, s.f1, s.misses, s.extras)
    assert s.recall >= FLOORS[lang]["recall"], (lang, s.misses)


def test_evaluate_cli_prints_per_language(invoke):
    code, out, _ = invoke("evaluate", str(GOLD / "en.csv"), str(GOLD / "ar.csv"))
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["language", "expected", "predicted", "matched", "precision", "recall", "F1"]
    assert [l.split()[0] for l in lines[1:]] == ["ar", "en", "all"]


def test_a_prediction_matches_within_5_km_on_the_same_date(tmp_path, gaz):
    rep = tmp_path / "reports"
    rep.mkdir()
    (rep / "r.txt").write_text("---\nid: r1\npublished: 2021-03-02\n---\nWarplanes bombed Hajin on Monday.\n", encoding="utf-8")
    gold = tmp_path / "gold.csv"
    # Hajin's own id on the right day; a place 5+ km away; the right place on a wrong day
    gold.write_text("report_id,place_id,event_date,event_type,status,note\nr1,hajin,2021-03-01,airstrike,reported,\n", encoding="utf-8")
    s = evaluate([gold], [str(rep)], gaz)["en"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)
    gold.write_text("report_id,place_id,event_date,event_type,status,note\nr1,hajin,2021-02-28,airstrike,reported,\n", encoding="utf-8")
    s = evaluate([gold], [str(rep)], gaz)["en"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)
    gold.write_text("report_id,place_id,event_date,event_type,status,note\nr1,al-bukamal,2021-03-01,airstrike,reported,\n", encoding="utf-8")
    s = evaluate([gold], [str(rep)], gaz)["en"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)
