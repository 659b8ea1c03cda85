"""The command line, run as a user would."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from kabar.cli import app

runner = CliRunner()
BODY = "Gempa bermagnitudo 4,9 mengguncang Garut pada Rabu sore dan merusak 12 rumah warga."


def test_ingest_show_stats(tmp_path: Path) -> None:
    data = tmp_path / "in"
    data.mkdir()
    (data / "a.txt").write_text("Gempa Garut\n" + BODY + "\nADVERTISEMENT\n", encoding="utf-8")
    (data / "bad.json").write_text("{oops", encoding="utf-8")
    db = tmp_path / "k.db"
    result = runner.invoke(app, ["ingest", str(data), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "read 2, stored 1" in result.output
    result = runner.invoke(app, ["stats", "--db", str(db), "--format", "json"])
    stats = json.loads(result.output)
    assert stats["articles"] == 1 and stats["read"] == 2 and stats["skipped"] == 1
    assert stats["duplicates"] == 0
    assert stats["skips"][0]["reason"].startswith("invalid JSON")
    article_id = next(iter(stats["by_outlet"])) and _only_id(db)
    result = runner.invoke(app, ["show", article_id[:6], "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "advertisement" in result.output and BODY[:30] in result.output


def _only_id(db: Path) -> str:
    from kabar.store import Database

    with Database(db) as database:
        return next(iter(database.iter_articles())).id


def test_unknown_article_is_one_line_error(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db)])
    result = runner.invoke(app, ["show", "doesnotexist", "--db", str(db)])
    assert result.exit_code == 1
    assert "no article 'doesnotexist'" in result.output


def test_bad_map_option(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path), "--map", "nonsense"])
    assert result.exit_code == 1 and "field=column" in result.output


def test_demo_runs_the_brief(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kabar.cli import app

    out = tmp_path / "brief.json"
    result = CliRunner().invoke(app, ["demo", "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    brief = json.loads(out.read_text(encoding="utf-8"))
    assert brief["schema_version"] == 1
    assert {g["status"] for g in brief["groups"]} >= {"agree", "conflict", "updated", "single"}
    assert len(brief["documents"]) == 6


def test_brief_needs_paths_or_a_story(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kabar.cli import app

    result = CliRunner().invoke(app, ["brief"])
    assert result.exit_code == 1
    assert "PATH" in result.output and "Traceback" not in result.output
    result = CliRunner().invoke(app, ["brief", "--story", "3", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no store" in result.output
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(app, ["brief", str(empty)])
    assert result.exit_code == 1 and "no articles" in result.output


def test_brief_of_a_stored_story(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kabar.cli import app, demo_corpus_dir

    db = str(tmp_path / "k.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(demo_corpus_dir()), "--db", db]).exit_code == 0
    listed = runner.invoke(app, ["stories", "--db", db, "--format", "json"])
    stories = json.loads(listed.stdout)
    biggest = max(stories, key=lambda s: len(s["articles"]))
    out = tmp_path / "story.json"
    result = runner.invoke(app, ["brief", "--story", str(biggest["id"]), "--db", db, "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    brief = json.loads(out.read_text(encoding="utf-8"))
    assert {d["id"] for d in brief["documents"]} == {a["id"] for a in biggest["articles"]}
    assert brief["story"]["title"] == biggest["title"]
    # the table, piped, keeps one line per story: its outlets counted, dates spaced
    table = runner.invoke(app, ["stories", "--db", db]).stdout
    rows = [[cell.strip() for cell in line.split("│")[1:-1]] for line in table.splitlines() if line.startswith("│")]
    row = next(r for r in rows if r[0] == str(biggest["id"]))
    assert row[2] == str(len({a["outlet"] for a in biggest["articles"]}))
    assert row[5] == biggest["title"] and " " in row[3] and "T" not in row[3]


def test_stories_show_and_json_name_people_and_places(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kabar.cli import app, demo_corpus_dir

    db = str(tmp_path / "k.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(demo_corpus_dir()), "--db", db]).exit_code == 0
    plain = json.loads(runner.invoke(app, ["stories", "--db", db, "--format", "json"]).stdout)
    assert all("entities" not in s for s in plain)
    assert all(isinstance(s["weak_matches"], int) and all(0 < a["score"] <= 1 for a in s["articles"]) for s in plain)
    listed = json.loads(runner.invoke(app, ["stories", "--db", db, "--format", "json", "--entities"]).stdout)
    biggest = max(listed, key=lambda s: len(s["articles"]))
    assert set(biggest["entities"]) == {"people", "organisations", "places"}
    places = biggest["entities"]["places"]
    assert places and all(p["articles"] >= 2 for p in places)
    shown = runner.invoke(app, ["stories", "show", str(biggest["id"]), "--db", db])
    assert shown.exit_code == 0, shown.output
    lines = shown.output.splitlines()
    assert biggest["title"] in " ".join(lines[:3])
    assert any(line.startswith("places: " + places[0]["name"]) for line in lines)
