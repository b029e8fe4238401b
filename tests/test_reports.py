"""Reading every input format, and every kind of bad input, as a user meets them."""

from __future__ import annotations

import io
import json
import os
from datetime import date

from mapper.reports import read_reports

from .conftest import SEED, write_report

STRIKE = "Warplanes struck positions in Hajin on Monday, killing three fighters, local activists said."


def test_txt_front_matter_is_read(tmp_path):
    p = write_report(tmp_path / "a.txt", STRIKE, id="r-1", source="SOHR", url="https://example.org/x", language="en")
    (r,), problems = read_reports([str(p)])
    assert not problems
    assert (r.id, r.source, r.url, r.language, r.published) == ("r-1", "SOHR", "https://example.org/x", "en", date(2021, 3, 2))
    assert r.text.startswith("Warplanes struck")


def test_md_without_front_matter_uses_file_name_and_detects_language(tmp_path):
    p = tmp_path / "bulletin.md"
    p.write_text(STRIKE, encoding="utf-8")
    (r,), problems = read_reports([str(p)])
    assert not problems and r.id == "bulletin.md" and r.language == "en" and r.published is None


def test_published_option_fills_missing_date_only(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(STRIKE, encoding="utf-8")
    write_report(tmp_path / "b.txt", STRIKE, published="2020-05-05")
    reports, _ = read_reports([str(tmp_path)], published=date(2021, 1, 1))
    got = {r.id: r.published for r in reports}
    assert got == {"a.txt": date(2021, 1, 1), "b.txt": date(2020, 5, 5)}


def test_html_main_text_and_metadata(tmp_path):
    page = """<!doctype html><html><head><title>Strikes hit Hajin | Example News</title>
    <meta property="og:title" content="Strikes hit Hajin">
    <meta property="article:published_time" content="2021-03-02T08:00:00+00:00">
    <meta property="og:url" content="https://example.org/hajin"></head>
    <body><nav>Home | World | Syria | Contact us | Subscribe</nav>
    <article><h1>Strikes hit Hajin</h1>
    <p>Warplanes struck positions in Hajin on Monday, killing three fighters, local activists said.</p>
    <p>The strikes came after a week of clashes in the eastern countryside of Deir ez-Zor.</p></article>
    <footer>Copyright Example News. All rights reserved.</footer></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(page, encoding="utf-8")
    (r,), problems = read_reports([str(p)])
    assert not problems
    assert "Warplanes struck positions in Hajin" in r.text
    assert "Contact us" not in r.text and "All rights reserved" not in r.text
    assert r.published == date(2021, 3, 2)
    assert r.title == "Strikes hit Hajin"


def test_jsonl_corpus_with_a_bad_line(tmp_path):
    p = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"text": STRIKE, "published": "2021-03-02", "source": "SOHR", "id": "s1"}),
             "{not json",
             json.dumps({"published": "2021-03-02"}),
             json.dumps({"text": "Drones hit al-Mayadin.", "published": "2021-03-03"})]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reports, problems = read_reports([str(p)])
    assert [r.id for r in reports] == ["s1", "corpus-4"]
    assert [str(x) for x in problems] == [f"{p}:2: not valid JSON (Expecting property name enclosed in double quotes)",
                                          f"{p}:3: record has no 'text'"]


def test_csv_corpus(tmp_path):
    p = tmp_path / "corpus.csv"
    p.write_text('text,published,source,url,id,language\n"' + STRIKE + '",2021-03-02,SOHR,https://x.org/1,c1,en\n'
                 '"Drones hit al-Mayadin.",,,,,\n', encoding="utf-8")
    reports, problems = read_reports([str(p)])
    assert not problems
    assert [(r.id, r.source, r.published) for r in reports] == [("c1", "SOHR", date(2021, 3, 2)), ("corpus-3", "", None)]


def test_csv_without_text_column_is_rejected(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text("body,published\nx,2021-01-01\n", encoding="utf-8")
    reports, problems = read_reports([str(p)])
    assert not reports and [str(x) for x in problems] == [f"{p}: CSV corpus has no 'text' column"]


def test_directory_is_read_recursively_and_globs_expand(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    write_report(tmp_path / "a.txt", STRIKE)
    write_report(tmp_path / "sub" / "deeper" / "b.md", STRIKE)
    (tmp_path / "sub" / "notes.pdf").write_bytes(b"%PDF-1.4")
    reports, problems = read_reports([str(tmp_path)])
    assert sorted(r.id for r in reports) == ["a.txt", "b.md"] and not problems
    reports, problems = read_reports([str(tmp_path / "**" / "*.md")])
    assert [r.id for r in reports] == ["b.md"] and not problems


def test_stdin_is_one_report():
    data = io.BytesIO(b"---\npublished: 2021-03-02\n---\n" + STRIKE.encode())
    (r,), problems = read_reports(["-"], stdin=data)
    assert r.id == "stdin" and r.published == date(2021, 3, 2) and not problems


def test_windows_1256_arabic_and_latin1_are_decoded(tmp_path):
    arabic = "قصفت طائرات مجهولة الهوية مواقع في مدينة البوكمال بريف دير الزور الشرقي فجر اليوم، وأسفر القصف عن مقتل خمسة عناصر."
    a = tmp_path / "ar.txt"
    a.write_bytes(arabic.encode("cp1256"))
    latin = "Frappes a\u00e9riennes sur Abou Kemal : les habitants de la r\u00e9gion ont entendu des explosions tr\u00e8s fortes pendant la nuit."
    b = tmp_path / "fr.txt"
    b.write_bytes(latin.encode("latin-1"))
    reports, problems = read_reports([str(a), str(b)])
    assert not problems
    got = {r.id: r for r in reports}
    assert got["ar.txt"].text == arabic and got["ar.txt"].language == "ar"
    assert got["fr.txt"].text == latin


def _problems_for(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return [str(x) for x in read_reports([str(p)])[1]], p


def test_each_bad_input_has_one_clear_line(tmp_path):
    cases = {
        "empty.txt": (b"", "empty file"),
        "blank.txt": (b"  \n\n ", "empty file"),
        "binary.txt": (bytes(range(256)) * 8, "binary file, not text"),
        "fm.txt": (b"---\nid: [unclosed\n---\nText", "malformed front matter"),
        "fm2.txt": (b"---\nid: x\nno closing line\n", "malformed front matter: no closing '---' line"),
        "date.txt": (b"---\npublished: 2021-13-45\n---\nRaids hit Hajin.", "invalid published date '2021-13-45' (no such day)"),
        "date2.txt": (b"---\npublished: last Tuesday\n---\nRaids hit Hajin.", "invalid published date 'last Tuesday' (expected YYYY-MM-DD)"),
    }
    for name, (data, expected) in cases.items():
        lines, p = _problems_for(tmp_path, name, data)
        assert len(lines) == 1, (name, lines)
        assert lines[0].startswith(f"{p}: {expected}"), (name, lines)


def test_missing_unreadable_and_huge_paths(tmp_path):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as f:
        f.truncate(50 * 1024 * 1024)
    broken = tmp_path / "gone.txt"
    os.symlink(tmp_path / "nowhere.txt", broken)
    good = write_report(tmp_path / "good.txt", STRIKE)
    reports, problems = read_reports([str(tmp_path / "missing.txt"), str(huge), str(broken), str(good)])
    assert [r.id for r in reports] == ["good.txt"]
    lines = sorted(str(x) for x in problems)
    assert lines == sorted([
        f"{tmp_path / 'missing.txt'}: does not exist",
        f"{huge}: file is 50.0 MB, over the 5 MB limit for a .txt report",
        f"{broken}: cannot be read (No such file or directory)",
    ])


def test_seed_is_read_with_its_front_matter():
    (r,), problems = read_reports([str(SEED)])
    assert not problems
    assert (r.id, r.source, r.published, r.language) == ("enab-baladi-2021-01-13-deir-ez-zor", "Enab Baladi", date(2021, 1, 13), "en")
    assert r.url.startswith("https://english.enabbaladi.net/")
