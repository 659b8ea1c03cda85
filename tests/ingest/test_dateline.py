import pytest

from kabar.ingest.dateline import find_dateline


@pytest.mark.parametrize(
    ("body", "outlet", "rest"),
    [
        ("JAKARTA, KOMPAS.com\n- Direktur Eksekutif", "kompas", "Direktur"),
        ("Liputan6.com, Jakarta -Saham PT Bumi", "liputan6", "Saham"),
        ("Liputan6.com, JakartaKita semua", "liputan6", "Kita"),
        # a glued first word is the article's, whatever dash follows it
        ("Liputan6.com, JakartaVaksin MERS-CoV-2 kini diuji", "liputan6", "Vaksin"),
        ("Liputan6.com, JakartaParis Saint-Germain juara", "liputan6", "Paris"),
        # ... or an acronym, or a quote; a city of two words; a state after the city
        ("Liputan6.com, JakartaPT Sinar Baru Tbk mencatat", "liputan6", "PT"),
        ("Liputan6.com, Ogan IlirPT Bank itu menyalurkan", "liputan6", "PT"),
        ("Liputan6.com, Jakarta\u201cBintang\u201d bukan sekadar lagu", "liputan6", "\u201cBintang\u201d"),
        ("Liputan6.com, Washington, DC -Pemerintah AS", "liputan6", "Pemerintah"),
        ("REPUBLIKA.CO.ID, JAKARTA -- Kejaksaan Agung", "republika", "Kejaksaan"),
        ("SinPo.id - Presiden meminta", "sinpo", "Presiden"),
        ("GARUT, KABARJABAR.com - Gempa", "kabarjabar", "Gempa"),
        ("Jakarta\n-\nLuna Maya ternyata", None, "Luna"),
        # a city in capitals glued to the first word by its dash
        ("JAKARTA-Ahmad Dhani mengatakan", None, "Ahmad"),
        ("NEW YORK-Harga minyak naik", None, "Harga"),
        # places in capitals, up to four words, the dash apart or glued to either side
        ("LOS ANGELES - Polisi menangkap", None, "Polisi"),
        ("LAMPUNG SELATAN - Kecelakaan maut", None, "Kecelakaan"),
        ("SAINT-ETIENNE\u2013 Timnas Kroasia", None, "Timnas"),
        ("OSAKA \u2013Hasil laga", None, "Hasil"),
        ("TRIBUN-MEDAN.COM,- Sosok warga", "tribun-medan", "Sosok"),
    ],
)
def test_datelines(body: str, outlet: str | None, rest: str) -> None:
    found = find_dateline(body)
    assert found is not None
    assert found.outlet == outlet
    assert body[found.end :].lstrip().startswith(rest)


@pytest.mark.parametrize(
    "body",
    [
        "Mantan pejabat Mahkamah Agung divonis.", "Baca juga - apa", "", "BMKG-Gempa terjadi di Aceh",
        "KPK-Penyidik datang",
    ],
)
def test_not_datelines(body: str) -> None:
    assert find_dateline(body) is None
