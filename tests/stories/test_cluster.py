"""Event clustering on articles written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from kabar.pipeline import IngestOptions, ingest_paths
from kabar.store import Database

FIRE_A = [
    "Kebakaran melanda gudang mebel di Jalan Daan Mogot, Cengkareng, Jakarta Barat. "
    "Sebanyak 12 unit mobil pemadam dikerahkan Suku Dinas Gulkarmat Jakarta Barat. "
    "Kepala Sudin Gulkarmat Jakarta Barat Syarifudin mengatakan api berasal dari korsleting listrik.",
    "Gudang mebel di Daan Mogot, Cengkareng, terbakar pada Selasa pagi. Syarifudin dari Sudin "
    "Gulkarmat Jakarta Barat menyebut 12 unit mobil pemadam dikerahkan dan tidak ada korban jiwa "
    "dalam kebakaran gudang mebel itu.",
    "Api yang membakar gudang mebel Cengkareng di Jalan Daan Mogot padam setelah tiga jam. "
    "Sudin Gulkarmat Jakarta Barat mengerahkan 12 unit mobil pemadam, kata Syarifudin.",
]
FIRE_B = [
    "Kebakaran menghanguskan lima rumah kontrakan di Kelurahan Tebet Timur, Jakarta Selatan. "
    "Kepala Sudin Gulkarmat Jakarta Selatan Asril Rizal menyebut 8 unit mobil pemadam dikerahkan.",
    "Lima rumah kontrakan di Tebet Timur terbakar. Asril Rizal dari Sudin Gulkarmat Jakarta Selatan "
    "mengatakan 8 unit mobil pemadam diterjunkan ke lokasi kebakaran rumah kontrakan tersebut.",
]
OUTLETS = ["detik", "kompas", "liputan6"]


def _rows(day: str, variant: bool = False) -> list[dict[str, str]]:
    """The two fires on ``day``; ``variant``: a later pair of fires in the same places
    (other figures, other officials), as happens a week on."""
    swap = {"12 unit": "15 unit", "8 unit": "6 unit", "Syarifudin": "Rudy Setiawan", "lima": "tiga",
            "Lima": "Tiga", "korsleting listrik": "puntung rokok", "tiga jam": "dua jam"}
    rows = []

    def vary(text: str) -> str:
        if variant:
            for old, new in swap.items():
                text = text.replace(old, new)
        return text

    for i, text in enumerate(map(vary, FIRE_A)):
        rows.append({"title": "Gudang Mebel di Cengkareng Terbakar", "text": text,
                     "url": f"https://{OUTLETS[i]}.example/gudang-{day}", "published": f"{day}T0{i + 7}:00:00+07:00"})
    for i, text in enumerate(map(vary, FIRE_B)):
        rows.append({"title": "Lima Rumah Kontrakan di Tebet Terbakar", "text": text,
                     "url": f"https://{OUTLETS[i]}.example/tebet-{day}", "published": f"{day}T1{i + 3}:00:00+07:00"})
    return rows


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _partition(db: Database) -> set[frozenset[str]]:
    groups: dict[int, set[str]] = {}
    for row in db.conn.execute("SELECT a.url, m.story_id FROM articles a JOIN story_members m ON m.article_id=a.id"):
        groups.setdefault(row[1], set()).add(row[0])
    return {frozenset(g) for g in groups.values()}


def test_two_fires_same_day_stay_apart(tmp_path: Path) -> None:
    src = _write(tmp_path / "a.jsonl", _rows("2025-06-17"))
    with Database(tmp_path / "k.db") as db:
        report = ingest_paths([src], db, IngestOptions())
        assert report.assigned == 5
        partition = _partition(db)
    assert len(partition) == 2
    assert {len(g) for g in partition} == {3, 2}
    assert all(len({u.split("-")[0].split("/")[-1] for u in g}) == 1 for g in partition)


def test_same_stories_in_one_go_or_day_by_day(tmp_path: Path) -> None:
    day1, day2 = _rows("2025-06-17"), _rows("2025-06-24", variant=True)
    one = _write(tmp_path / "all.jsonl", day1 + day2)
    first = _write(tmp_path / "d1.jsonl", day1)
    second = _write(tmp_path / "d2.jsonl", day2)
    with Database(tmp_path / "one.db") as db:
        ingest_paths([one], db, IngestOptions())
        at_once = _partition(db)
    with Database(tmp_path / "two.db") as db:
        ingest_paths([first], db, IngestOptions())
        ingest_paths([second], db, IngestOptions())
        daily = _partition(db)
    assert at_once == daily
    # a week apart, the same kind of event is a new story
    assert len(at_once) == 4


def test_other_language_and_undated_and_empty(tmp_path: Path) -> None:
    rows = _rows("2025-06-17")[:3]
    rows.append({"title": "Furniture warehouse fire in Cengkareng", "url": "https://en.example/fire",
                 "published": "2025-06-17T10:00:00+07:00",
                 "text": "A furniture warehouse on Jalan Daan Mogot in Cengkareng, West Jakarta, caught fire. "
                         "Twelve fire engines were sent, the West Jakarta fire agency said."})
    rows.append({"title": "Gudang Mebel Cengkareng Terbakar", "url": "https://x.example/undated",
                 "text": FIRE_A[1]})
    rows.append({"title": "Kosong", "url": "https://x.example/kosong", "text": ""})
    src = _write(tmp_path / "a.jsonl", rows)
    with Database(tmp_path / "k.db") as db:
        report = ingest_paths([src], db, IngestOptions())
        assert report.skipped == 1 and report.assigned == 5
        english = db.story_of(next(a.id for a in db.iter_articles() if a.url == "https://en.example/fire"))
        undated = next(a.id for a in db.iter_articles() if a.url == "https://x.example/undated")
        first = next(a.id for a in db.iter_articles() if a.url == "https://detik.example/gudang-2025-06-17")
        assert english != db.story_of(first)
        assert db.story_of(undated) == db.story_of(first)
        members = db.story_members(db.story_of(first) or 0)
        assert [m["undated"] for m in members if m["article_id"] == undated] == [1]


def test_identical_articles_are_one_story(tmp_path: Path) -> None:
    rows = [{"title": "Sama", "text": FIRE_A[0], "url": f"https://o{i}.example/sama",
             "published": "2025-06-17T08:00:00+07:00"} for i in range(6)]
    with Database(tmp_path / "k.db") as db:
        ingest_paths([_write(tmp_path / "a.jsonl", rows)], db, IngestOptions())
        assert len(_partition(db)) == 1
