from kabar.ingest.ids import article_id, normalize_url


def test_tracking_parameters_dropped() -> None:
    a = "https://megapolitan.kompas.com/read/2025/06/10/x?utm_source=ABC&utm_medium=rss"
    b = "http://megapolitan.kompas.com/read/2025/06/10/x/"
    assert normalize_url(a) == normalize_url(b) == "megapolitan.kompas.com/read/2025/06/10/x"
    assert article_id(a, "one text") == article_id(b, "another text")


def test_meaningful_query_kept() -> None:
    assert normalize_url("https://www.x.id/berita?id=5&fbclid=9") == "x.id/berita?id=5"
    assert article_id("https://x.id/a?id=5", "t") != article_id("https://x.id/a?id=6", "t")


def test_id_from_text_without_url() -> None:
    assert article_id(None, "Gempa  mengguncang\nGarut.") == article_id("", "gempa mengguncang garut.")
    assert len(article_id(None, "x")) == 16
