"""Near-duplicate detection, on texts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from kabar.pipeline import IngestOptions, ingest_paths
from kabar.store import Database
from kabar.stories import neardup

STORY = " ".join(
    f"Kalimat nomor {i} tentang gempa di Garut menyebut kerusakan di desa ke-{i} pada Rabu sore."
    for i in range(40)
)


def test_identical_and_lightly_edited_texts_are_duplicates() -> None:
    a = neardup.signature(STORY)
    b = neardup.signature(STORY.replace("Rabu sore", "Rabu petang", 3))
    assert a is not None and b is not None
    dup, jaccard, _ = neardup.is_duplicate(a, b)
    assert dup and jaccard > 0.7


def test_excerpt_is_contained() -> None:
    full = neardup.signature(STORY)
    excerpt = neardup.signature(STORY[: len(STORY) // 3])
    assert full is not None and excerpt is not None
    dup, jaccard, containment = neardup.is_duplicate(full, excerpt)
    assert dup and jaccard < 0.6 and containment > 0.9


def test_unrelated_texts_are_not() -> None:
    other = " ".join(f"Harga cabai di pasar {i} naik menjadi Rp {i}0.000 per kilogram." for i in range(40))
    a, b = neardup.signature(STORY), neardup.signature(other)
    assert a is not None and b is not None
    assert not neardup.is_duplicate(a, b)[0]


def test_templated_stories_with_other_figures_are_not_copies() -> None:
    one = "Sebanyak 6,5 hektare lahan terbakar di Kecamatan Harau pada Senin siang."
    two = "Sebanyak 2 hektare lahan terbakar di Kecamatan Harau pada Senin siang."
    assert not neardup.same_figures(one, two, 0.6)
    assert neardup.same_figures(one, one + " Api padam pukul 15.00.", 0.6)
    assert neardup.same_figures(one, "Menurut BPBD, " + one, 0.6)


def test_copies_link_to_the_earliest_whatever_the_order(tmp_path: Path) -> None:
    rows = [
        {"title": "Salinan", "text": STORY, "url": "https://b.example/1", "published": "2025-06-18T12:00:00+07:00"},
        {"title": "Asli", "text": STORY, "url": "https://a.example/1", "published": "2025-06-18T09:00:00+07:00"},
        {"title": "Lain", "text": " ".join(f"Harga cabai di pasar {i} naik menjadi Rp {i}0.000." for i in range(40)),
         "url": "https://c.example/1",
         "published": "2025-06-18T15:00:00+07:00"},
    ]
    results: list[object] = []
    for order in (rows, rows[::-1]):
        src = tmp_path / f"in{len(results)}.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in order))
        with Database(tmp_path / f"k{len(results)}.db") as db:
            ingest_paths([src], db, IngestOptions())
            by_title = {a.title: a.id for a in db.iter_articles()}
            results.append(sorted(db.duplicates_of(by_title["Asli"])) == sorted([by_title["Salinan"]]))
            assert db.original_of(by_title["Salinan"]) == by_title["Asli"]
            assert db.original_of(by_title["Lain"]) == by_title["Lain"]
            assert db.duplicate_links(by_title.values()) == {by_title["Salinan"]: by_title["Asli"]}
            assert db.duplicate_links([by_title["Salinan"], by_title["Lain"]]) == {}  # original not among them
    assert results == [True, True]


def test_one_template_filled_in_for_two_days_is_not_a_copy() -> None:
    one = "Turnamen itu, Rabu (18/6/2025), menggelar dua laga di stadion kota yang baru dibuka."
    two = one.replace("Rabu (18/6/2025)", "Jumat (20/6/2025)")
    assert not neardup.same_figures(one, two, 0.95)
    # a copy that writes the day another way, or an excerpt without it, is still one
    assert neardup.same_figures(one, one.replace("(18/6/2025)", "(18/6)"), 0.95)
    assert neardup.same_figures(one.replace(", Rabu (18/6/2025),", ""), one, 0.95)
