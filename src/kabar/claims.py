"""The ``claims`` stage: the factual statements with a figure in one analysed article.

A claim is a quantity found by the analyze stage, with

* the **property** it counts or measures ("rumah rusak", "korban luka", "kedalaman",
  "kerugian", "gempa susulan", "waktu gempa") as written, and a normalised
  ``property_key`` that claims about the same thing share across outlets ("dua orang
  luka ringan" and "tiga warga terluka" are both ``orang:luka``);
* the **speaker**: who the sentence or quotation is attributed to (an entity is
  attached later, by the brief), else nobody (the outlet itself states it);
* the **date**: the resolved date (and time) of the event or of the "as of" time the
  sentence gives ("hingga Kamis (19/6/2025) pukul 18.00 WIB");
* its document, sentence and character span.

Not claims: calendar dates, years, ordinals, coordinates, clock times that are not the
time of the event itself (announcements, visits, "as of" times), figures an article
restates only as superseded ("semula diumumkan M5,1", "diperbarui dari 10 km menjadi
13 km"), and anything in removed boilerplate (the cleaner took those lines out of the
text the analyzer reads). Each quantity left out is kept in :attr:`ClaimSet.excluded`
with the reason.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from itertools import pairwise, takewhile
from typing import Any

from spacy.lang.id.stop_words import STOP_WORDS as _ID_STOP_WORDS

from kabar.analyze.attribution import SAYING_VERBS, Attribution
from kabar.analyze.entities import COMPANY_FORMS, affixed_common_word, place_names
from kabar.analyze.ner_model import frequency_band
from kabar.analyze.numbers import NUMBER_WORDS
from kabar.analyze.quantities import (
    CHANGE_VERB_FROM,
    CLASSIFIERS,
    COUNT_NOUNS,
    PART_OF,
    Quantity,
    extract_quantities,
)
from kabar.analyze.roles import ROLE_WORDS, common_word
from kabar.analyze.sentences import find_quotes
from kabar.analyze.stage import Analysis
from kabar.analyze.temporal import DateMention
from kabar.reconcile import (
    AGE_KEY,
    BREAKDOWN_KEY,
    CHANGE_KEY,
    DEFAULT_TZ,
    LEAST_WORD,
    MATCH_UNITS,
    OTHER_MATCH_KEY,
    OTHERS_KEY,
    OWNED_PROPERTIES,
    PEOPLE_KEY,
    PEOPLE_UNITS,
    PREVIOUS_CLOSE_KEY,
    RUNNING_KEY,
    SESSION_KEYS,
    SHOOTOUT_KEY,
    THREAT_FINE_KEY,
    THREAT_KEY,
    THREAT_LEAST_KEY,
    TO_DATE_KEY,
    UNIT_FAMILIES,
    WHOLE_KEY,
    WHOSE,
    base_value,
    fullest_name,
    same_as_written,
    same_holder,
    unit_family,
)
from kabar.records import Article, Claim, Mention

logger = logging.getLogger(__name__)

# Kinds of quantity that are never claims on their own.
NOT_CLAIMS = frozenset({"date", "ordinal", "coordinate", "year", "phone", "id"})

# How far (characters) to look left and right of a figure for the words that say what
# it counts: a clause in Indonesian news is rarely longer; wider windows picked up the
# neighbouring clause's noun on the dev clusters.
LEFT_WINDOW = 100
RIGHT_WINDOW = 40

# Words for people in counts ("orang", "warga", "korban" ...) are one family, so "dua
# orang luka" and "tiga warga terluka" are claims about the same property.
PEOPLE = PEOPLE_UNITS

# Words saying what happened to what is counted, mapped to one canonical state.
STATES: dict[str, str] = {
    "rusak": "rusak", "kerusakan": "rusak", "roboh": "rusak", "ambruk": "rusak",
    "luka": "luka", "terluka": "luka", "luka-luka": "luka", "cedera": "luka", "lukaluka": "luka",
    "meninggal": "meninggal", "tewas": "meninggal", "wafat": "meninggal", "gugur": "meninggal",
    "mati": "meninggal", "kehilangan nyawa": "meninggal", "korban jiwa": "meninggal",
    "hilang": "hilang", "mengungsi": "mengungsi", "pengungsi": "mengungsi",
    "terdampak": "terdampak", "terbakar": "terbakar", "tenggelam": "tenggelam",
    "ditangkap": "ditangkap", "diamankan": "ditangkap", "ditahan": "ditahan",
    "selamat": "selamat", "dievakuasi": "dievakuasi", "terendam": "terendam",
    "positif": "positif", "sembuh": "sembuh", "dirawat": "dirawat",
    # fire "devoured" it: "12 truk ludes dilalap api"
    "hangus": "terbakar", "dilalap": "terbakar", "dilahap": "terbakar",
}
# How a count of stocks moved in a session ("210 saham menguat, 305 melemah, dan 180
# stagnan", "224 saham tidak bergerak"): the market's breadth, which every exchange
# report gives and which had been one bare "saham" row of rising, falling and flat
# stocks and of volumes. Only of "saham" ("15 penumpang naik" boarded).
MARKET_STATES: dict[str, str] = {
    "menguat": "menguat", "naik": "menguat", "menghijau": "menguat",
    "melemah": "melemah", "turun": "melemah", "memerah": "melemah", "terkoreksi": "melemah",
    "stagnan": "stagnan", "flat": "stagnan", "tetap": "stagnan", "tidak bergerak": "stagnan",
    "tak bergerak": "stagnan", "diam di tempat": "stagnan", "tidak berubah": "stagnan",
}
_MARKET_STATE_WORDS = 3
# Words between the count and its state: "359 saham harganya naik", "216 saham lainnya
# stagnan", "228 saham hari ini menguat", "saham bergerak naik" (okezone's and detik's
# templates of the same breadth liputan6 writes "177 saham menguat").
_MARKET_FILLERS = frozenset({"harganya", "lain", "lainnya", "yang", "hari", "ini", "bergerak", "ditutup"})


def _market_state(words: list[str]) -> str | None:
    """The :data:`MARKET_STATES` state the words right after a count of stocks open with
    (past :data:`_MARKET_FILLERS`)."""
    skip = 0
    while skip < len(words) and skip < _MARKET_STATE_WORDS and words[skip] in _MARKET_FILLERS:
        skip += 1
    words = words[skip:]
    for n in range(_MARKET_STATE_WORDS, 0, -1):
        if (phrase := " ".join(words[:n])) in MARKET_STATES:
            return MARKET_STATES[phrase]
    return None


# A state so broad that people it befalls in another capacity are other people: the
# passengers of cancelled flights and the residents of a volcano's slopes are both
# "terdampak", and had been one conflicting count. Dead and injured are counted
# together whatever the noun (victims are written "orang", "warga", "penumpang" ...).
BROAD_STATES = frozenset({"terdampak"})
# States whose people are named as they are, not as victims.
_NOT_VICTIMS = frozenset({"ditangkap", "ditahan"})
# The nouns that count residents (or anyone) in such a state, one population.
RESIDENTS = frozenset({"orang", "warga", "jiwa", "korban", "penduduk", "pengungsi", "kepala keluarga", "kk", "masyarakat"})
# The verbs of what did it, right before a count ("gempa itu menewaskan 24 orang",
# "polisi menangkap 5 orang"; a bare "orang" otherwise), first: after the count they
# are the next count's ("menewaskan 24 orang dan melukai 30 orang lainnya").
CAUSES: dict[str, str] = {
    "menewaskan": "meninggal", "melukai": "luka", "mencederai": "luka", "merusak": "rusak",
    "menangkap": "ditangkap", "mengamankan": "ditangkap", "mengevakuasi": "dievakuasi",
    "menghanguskan": "terbakar", "merendam": "terendam",
}

# Words before a figure that name what it measures ("kedalaman 10 km", "kerugian
# ditaksir Rp 1,2 miliar", "laba bersih Rp 17,76 triliun"); the last one found in the
# left window wins. Keys are normalised properties.
MEASURES: list[tuple[str, str]] = [
    ("kedalaman", "kedalaman"), ("kedlmn", "kedalaman"), ("kerugian", "kerugian"), ("laba bersih", "laba bersih"),
    # other lines of an income statement than the profit (a gross profit of Rp 2,1
    # triliun beside a net one of Rp 1,7 triliun; an EBITDA in a sentence after
    # "pendapatan"): each its own figure
    ("laba kotor", "laba kotor"), ("laba usaha", "laba usaha"), ("laba operasional", "laba usaha"),
    ("laba sebelum pajak", "laba sebelum pajak"), ("ebitda", "ebitda"), ("beban usaha", "beban usaha"),
    ("beban pokok", "beban pokok"),
    ("laba", "laba"), ("pendapatan", "pendapatan"), ("cadangan devisa", "cadangan devisa"),
    ("gaji", "gaji"), ("anggaran", "anggaran"), ("utang", "utang"), ("denda", "denda"),
    ("uang pengganti", "uang pengganti"), ("suku bunga", "suku bunga"), ("inflasi", "inflasi"),
    ("pertumbuhan ekonomi", "pertumbuhan ekonomi"), ("harga", "harga"), ("tarif", "tarif"),
    # priced at: "dipasarkan seharga Rp22.315.000", "dibanderol Rp 24,1 juta" (a launch's
    # price had had no key, and its agreement across outlets no row)
    ("seharga", "harga"), ("dibanderol", "harga"), ("dibandrol", "harga"), ("banderol", "harga"),
    # what a company is worth: "valuasi perusahaan itu hingga US$ 7 miliar" (an agreement of
    # Reuters' and Bloomberg's figures had had no row), "kapitalisasi pasar BBCA"
    ("valuasi", "valuasi"), ("nilai valuasi", "valuasi"), ("kapitalisasi pasar", "kapitalisasi pasar"),
    ("nilai tukar", "nilai tukar"), ("kurs", "kurs"), ("aset", "aset"), ("investasi", "investasi"),
    ("subsidi", "subsidi"), ("tuntutan", "tuntutan"), ("dituntut", "tuntutan"), ("menuntut", "tuntutan"),
    ("vonis", "vonis"), ("divonis", "vonis"), ("dihukum", "vonis"), ("hukuman", "vonis"),
    ("dijatuhi", "vonis"), ("menjatuhkan", "vonis"), ("penjara", "vonis"),
    ("luas", "luas"), ("panjang", "panjang"), ("tinggi", "tinggi"), ("kecepatan", "kecepatan"),
    # a width: a strait "panjangnya hampir 160 km dan lebarnya 30 km" (the strait's width
    # had been keyed "panjang hampir" beside its length)
    ("lebar", "lebar"),
    # a person's height ("bek berpostur 1,88 meter itu" had been keyed by the player,
    # "bertinggi badan 175 cm" not at all): the key a weak "tinggi badan" gets
    ("tinggi badan", "tinggi badan"), ("bertinggi badan", "tinggi badan"), ("berpostur", "tinggi badan"),
    ("suhu", "suhu"), ("durasi", "durasi"), ("selama", "durasi"),
    ("harapan hidup", "harapan hidup"), ("subsider", "subsider"), ("subsidair", "subsider"),
    ("nilai", "nilai"), ("penghasilan", "penghasilan"), ("tunjangan", "tunjangan"),
    # the index a salary is computed from is not the salary
    ("indeks penghasilan", "indeks penghasilan"), ("berindeks penghasilan", "indeks penghasilan"),
    ("usia", "usia"), ("umur", "usia"), ("berusia", "usia"), ("berumur", "usia"),
    ("magnitudo", "magnitudo"), ("bermagnitudo", "magnitudo"), ("berkekuatan", "magnitudo"),
    ("kekuatan", "magnitudo"), ("skor", "skor"), ("dana", "dana"), ("biaya", "biaya"),
    ("guncangan", "guncangan"), ("goyang", "guncangan"), ("getaran", "guncangan"),
    ("emas", "emas"), ("uang", "uang"), ("impor", "impor"), ("ekspor", "ekspor"),
    ("dividen", "dividen"),
]
# A brand of gold bars and the bar's weight after "emas", in the words before a price.
_GOLD_BRANDS = {"antam": "Antam", "ubs": "UBS", "galeri24": "Galeri24", "lotusarchi": "Lotus Archi",
                "kinghalim": "King Halim"}
_GOLD_ITEM = re.compile(
    r"\bemas(?:\s+batangan)?\s*(?P<brand>(?i:antam|ubs|galeri\s?24|lotus\s+archi|king\s+halim))"
    r"(?:\s*(?P<w>\d+(?:,\d+)?)\s*(?:gram|gr)\b)?[^.;:\d]{0,40}[:=]?\s*$"
)
# Gold bought back by the dealer ("untuk buyback, Antam kini membeli kembali emas
# pelanggan seharga Rp 1.781.500 per gram"): not the day's selling price.
_BUYBACK = re.compile(r"\b(?:buyback|buy\s+back|pembelian\s+kembali)\b", re.IGNORECASE)
# A sale or purchase of gold the figure is the size of (a tax rule's "pembelian emas
# di atas Rp 10 juta"), in the figure's clause.
_GOLD_TRADE = re.compile(r"\b(?:penjualan|pembelian|transaksi)\s+emas\b[^.,;]*$", re.IGNORECASE)
# ... unless a price follows that word ("buyback Rp 1.780.000, sementara emas itu dijual
# ...").
_PRICE_AGAIN = re.compile(r"\b(?:harga|dijual)\b", re.IGNORECASE)
# The word after a weak keyword that says of what ("nilai transaksi", "luas lahan"),
# unless it links the keyword to its figure or describes it.
# (a hyphenated name whole: "harga HR-V", not "harga hr")
_OF_WHAT = re.compile(r"(?:nya)?\s+((?:[A-Za-z][a-z]{2,}|[A-Z]{2,})(?:-(?!nya\b)[A-Za-z0-9]+)*)(?=-nya\b|[^\w-]|$)")
# More words of a capitalised name after a weak keyword's first ("luas Dubai Mall",
# "harga Honda Vario"): at most two.
_NAME_GOES_ON = re.compile(r"(?:\s+(?:[A-Z][\w-]*|\d+[A-Za-z]*(?![.,]\d))){1,2}(?=[^\w-]|$)")
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+$")
_NOT_OF_WHAT = frozenset(
    re.findall(
        r"\S+",
    """mencapai sebesar senilai sekitar hanya yang dari untuk itu ini tersebut adalah yakni yaitu naik
    turun menjadi pada dengan sebanyak total awal akhir baru lama tertinggi terendah per hingga
    sampai lebih kurang minimal maksimal tidak tak sudah telah akan bisa dapat juga pun saja rata
    kini saat hari tahun bulan pekan minggu sebelumnya sendiri keseluruhan tambahan tersisa masih
    tetap sama berkisar mulai dalam atas bawah hampir nyaris
    us usd rp idr sgd eur rm jpy cny aud gbp"""
    )
)
# Particles of spoken Indonesian: no noun a figure is of ("kita sudah ya hampir Rp5
# miliar", "harga sih 5 persen"). 6 keys in the corpus, all "ya".
_PARTICLES = frozenset({"ya", "sih", "lho", "loh", "kok", "dong", "deh", "nah", "tuh"})
# A capitalised word right after another: inside a name.
_IN_NAME = re.compile(r"\b[A-Z][A-Za-z]+\s+[A-Z]$")
_VERB_FORM = re.compile(r"^(?:me|di|ber|ter|mem|men|meng|meny)\w{3,}")
# Words after a number that do not say what it counts: frequency ("10 kali"), particles
# and fillers of spoken Indonesian ("2 gitu", "3 aja") seen after numbers in quotes.
NOT_NOUNS = frozenset({
    "kali", "gitu", "aja", "saja", "lagi", "pun", "yang", "dan", "atau", "itu", "ini", "nya", "lah",
    # particles of speech ("tinggal dua ya", "empat bulan nih"): nothing counted; "nol
    # banget" (not at all) neither
    "ya", "sih", "kok", "dong", "deh", "lho", "loh", "kan", "nih", "tuh", "kah", "banget",
    # conjunctions of purpose ("3,5mm guna mendukung ..."): what follows
    # is why, not what was measured
    "guna", "untuk", "agar", "supaya", "demi",
    # words of order after a length of time ("dua bulan selanjutnya", the noun as the
    # parser stems it): which months, nothing measured
    "selanjut", "berikut", "sesudah", "setelah", "kemudian",
    # an adverb after a classifier ("dua kelompok saling serang"): the classifier counts
    "saling",
})
# Words after a counted noun that make it another thing counted: "lima gempa susulan"
# (any noun), "medali emas" beside "medali perunggu".
_AFTERSHOCK = frozenset({"susulan"})
_NOUN_MODIFIERS = {"medali": frozenset({"emas", "perak", "perunggu"})}
# Nouns after a figure that name a dimension: the figure is theirs only in its units.
_DIMENSION_NOUNS = {
    "jarak": "length", "panjang": "length", "tinggi": "length", "lebar": "length", "kedalaman": "length",
    "ketinggian": "length", "berat": "mass", "bobot": "mass", "durasi": "duration",
}
# The unit families (of _KNOWN_FAMILIES) a keyword's figure may have: a sum's keyword
# a sum or its change in percent; a size a length; an age or a term a duration; a
# temperature none of them (its degrees are no family there).
_MONEY_FAMILIES = frozenset({"money", "percent"})
_MEASURE_FAMILIES: dict[str, frozenset[str]] = {
    **{k: _MONEY_FAMILIES for k in (
        "gaji", "subsidi", "tarif", "anggaran", "denda", "kerugian", "pendapatan", "laba", "laba bersih",
        "dana", "biaya", "uang", "dividen", "utang", "penghasilan", "tunjangan", "uang pengganti",
        "nilai", "nilai transaksi", "harga", "investasi",
    )},
    **{k: frozenset({"length"}) for k in ("kedalaman", "tinggi", "panjang", "lebar")},
    "usia": frozenset({"duration"}), "suhu": frozenset(), "kecepatan": frozenset(),
}
# The unit families known well enough to say a dimension is not theirs (a unit
# outside them, "mm", "ons", may be of any).
_KNOWN_FAMILIES = frozenset({*UNIT_FAMILIES.values(), "people", "liter", "kali"})
# Units an age may be written in besides years ("usia 5 abad"; a bare "usia 45" has none).
_AGE_UNITS = frozenset({"tahun", "bulan", "minggu", "pekan", "hari", "abad", "dekade", "windu", "jam"})
# Keywords that name a property only when nothing better is near.
WEAK_MEASURES = frozenset({"durasi", "uang", "nilai", "dana", "biaya", "harga", "tinggi", "panjang", "lebar", "luas", "aset"})
# Whose figure it is: "gaji pokok presiden", "gaji wakil presiden".
HOLDER_WORDS = frozenset({
    "pokok", "presiden", "wakil", "wapres", "menteri", "pns", "asn", "gubernur", "bupati", "walikota",
    "pejabat", "dpr", "hakim", "guru", "honorer", "minimum", "tahunan", "bulanan", "negara", "daerah",
})
HOLDERS = frozenset({"presiden", "wakil presiden", "wapres", "menteri", "pns", "asn", "gubernur", "bupati",
                     "pejabat", "hakim", "guru", "pokok"})
# Words between a holder and its figure: "Wakil Presiden sebesar Rp368,9 juta".
_LINK_TAIL = re.compile(r"(?:\s+(?:sebesar|senilai|mencapai|yakni|yaitu|sekitar|hanya|adalah|menjadi))*\s*$", re.IGNORECASE)
# "presiden akan menerima gaji": a holder, then receiving (what _holder strips to find it).
_RECEIVES = re.compile(r"\s+(?:akan\s+|bakal\s+)?(?:menerima|mendapat|mendapatkan|memperoleh)\s*$", re.IGNORECASE)
_PROSECUTOR = re.compile(r"\b(jaksa|jpu|penuntut)\b", re.IGNORECASE)
_MEASURE_RE = re.compile(
    r"\b(" + "|".join(re.escape(w) for w, _k in sorted(MEASURES, key=lambda x: -len(x[0]))) + r")(?:nya)?\b",
    re.IGNORECASE,
)
_MEASURE_KEY = dict(MEASURES)

# Compass directions after a distance ("12 km barat daya Garut", "136 km Barat Daya
# Kabupaten Garut" as BMKG writes it): the figure is where something is, relative to a
# place.
_DIRECTION = re.compile(
    r"^\s*(?i:arah\s+)?((?i:(?:barat|timur)\s+(?:laut|daya)|tenggara|barat|timur|utara|selatan))"
    r"(?:\s+(?i:kota|kabupaten|kab\.)?\s*([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))?"
)

# A condition before a figure in its sentence makes it hypothetical: "jika divonis 20
# tahun", "bila dihukum 20 tahun, ia baru bebas pada usia 83".
# The window covers a conditional clause and its consequence (about 15 words).
CONDITION_WINDOW = 100
# ("kalau ditotal", "jika dijumlahkan", "apabila diakumulasikan": in all, no condition;
# all 26 such in the corpus. "jika rata-rata harga minyak 70 dolar" and "jika gabung klub itu" are.)
_CONDITION = re.compile(
    r"\b(jika|jikalau|apabila|seandainya|andaikan|andai|kalau|bilamana)\b"
    r"(?!\s+di(?:total|totalkan|jumlah|jumlahkan|hitung|kalkulasi|akumulasi|akumulasikan|gabung|gabungkan)\b)",
    re.IGNORECASE,
)
# A negation right before the verb phrase of a figure: "tidak dijatuhkan hukuman 20 tahun".
# "tak kurang dari", "tidak lebih dari", "tidak sampai" bound a figure and "tak hanya"
# adds to it: none of them negates it. Nor do "tak terasa" ("before one knew it, a year
# had gone"), "tak disangka" and "tidak lain" (surprise, emphasis), nor a negation in a
# relative clause, which describes a noun ("laba ditahan yang tidak dibatasi
# penggunaannya sebesar USD 3 miliar": the balance is asserted), nor "paling tidak"
# (at least) and "(kalau) nggak salah" (if I am not mistaken). Spoken "enggak", "nggak",
# "gak" negate as "tidak" does ("kondisi enggak 100% fit", "gak 24 jam"). In the corpus
# 11 figures change, all read: 10 spoken negations, 1 "kalau tidak salah" no longer one.
_NEGATED = re.compile(
    r"(?<!\byang\s)(?<!\bpaling\s)\b(tidak|tak|bukan|belum|enggak|nggak|ngga|gak)\s+"
    r"(?!(?:kurang|lebih|sampai|hingga|hanya|cuma|sedikit|kalah|terasa|disangka|dinyana|lain|salah)\b)"
    r"(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
# "Ibu dua anak itu", "bapak tujuh anak tersebut", "ibu dari tiga putra": an epithet
# that stands for a person's name. In the corpus all 47 such were (celebrity pieces
# name their subject so), shown as figures keyed "anak" with no holder.
_EPITHET_BEFORE = re.compile(r"\b(?:ibu|ayah|bapak|ibunda|bunda|papa|mama|kakek|nenek)\s+(?:dari\s+)?$", re.IGNORECASE)
_KIN = frozenset({"anak", "cucu", "putra", "putri", "buah hati"})
# A listicle announcing its items: "Berikut 6 potret ...", "Simak lima cara ...", "Yuk
# intip 5 inspirasi ...": a count of what the article lists, no figure of the story
# (the first row of a wedding story's table had been "6 potret"). In the corpus 60
# counts of these nouns stand in such a sentence; of 40 read, all announce a list.
_LIST_ITEMS = frozenset({
    "potret", "foto", "fakta", "cara", "tips", "rekomendasi", "inspirasi", "ide", "hal", "tanda", "resep", "momen",
    "daftar", "alasan", "gaya", "manfaat", "deretan", "penampakan",
})
# The article naming itself or its review ("Di artikel ini kami bagikan tujuh resep",
# "Ulasan mengenai enam inspirasi", "merangkum 6 fakta", "lima potret yang Kabarku
# tampilkan") is a cue too, and so is such a count opening its sentence, alone or after
# "Ini" ("Lima fakta tim itu juara ...", "Ini 5 cara ..."). In the corpus these drop 27
# more counts, all read: 26 count the article's own items, one the two ways to wear a
# garment, no figure of the story either.
_LISTICLE_CUE = re.compile(
    r"\b(?:berikut|simak|intip|yuk|ini\s+dia|kumpulan|artikel|ulasan|mengulas|merangkum|rangkuman|menghimpun"
    r"|tampilkan)\b",
    re.IGNORECASE,
)
_LISTICLE_OPENING = re.compile(r"[\s\"\u201c'(]*(?:ini\s+)?", re.IGNORECASE)
# "masih jauh dari angka Rp 500 juta": a yardstick the figure is compared with.
_FAR_FROM = re.compile(r"\bjauh\s+(?:dari|di\s+bawah|di\s+atas|melampaui|melebihi)\s+(?:angka\s+|target\s+)?$", re.IGNORECASE)
# "uang pecahan Rp 100.000", "pecahan Rp50 ribu": the kind of note, not a sum.
_DENOMINATION = re.compile(r"\bpecahan\s*$", re.IGNORECASE)
# "350.000 rumah dikali 5": a factor of arithmetic in a quote, not a figure of its own
# ("dibagikan 500 paket" is handed out, and stays).
_FACTOR = re.compile(r"\b(?:dikali(?:kan)?|dibagi)\s+(?:dengan\s+)?$", re.IGNORECASE)
# A gold bar's weight in a price's clause ("Harga emas Antam 5 gram: Rp 9.700.000",
# "naik Rp 4.000 untuk ukuran 2 gram", "tersedia dalam kuantitas 1 gram hingga 250
# gram") is the size the price is of: a price list's sizes had been 361 "emas" figures
# in 231 articles naming gold, and two sizes a conflict. Gold seized or given ("emas
# 40 kg", "logam mulia seberat 20 gram") stays. How far before the weight the price
# word may be: a list's heading ("harga emas hari ini ... mulai dari 0,5 gram").
_GOLD = frozenset({"emas", "buyback emas"})
# (a list glued where its lines were joined reads "Rp 1.950.000Harga emas 3 gram")
_GOLD_SIZE = re.compile(
    r"(?<![^\W\d_])(?:harga|dijual|jual|beli|buyback|ukuran|kuantitas|pecahan|satuan|varian)\b|\bper\s*$", re.IGNORECASE
)
GOLD_SIZE_WINDOW = 100
# ... or the price right after it: "Emas 1 gram: Rp1.910.000", "emas UBS 1 gram dipasarkan".
_GOLD_PRICED = re.compile(r"\s*(?::\s*|=\s*)?(?:Rp|dijual|dipasarkan|dihargai|seharga|harganya)", re.IGNORECASE)
# An amount given as a share of a whole, read before it: "30% dari laba ... atau
# sebesar " (the dividend's Rp 1,9 triliun, not the profit's).
_SHARE_OF = re.compile(
    r"(?<![\d.,])\d[\d.,]*\s*(?:%|persen)\s+dari\s+(?:[^.;:%]|(?<=\d)\.(?=\d)){1,160}?\s+atau\s+"
    r"(?:(?:sebesar|senilai|sekitar|setara|setara\s+dengan)\s+)?$",
    re.IGNORECASE,
)
# A currency conversion of the preceding figure.
_CONVERSION = re.compile(r"\b(setara|atau\s+sekitar|atau\s+senilai|ekuivalen)\b[^.;]{0,12}$", re.IGNORECASE)
# ... and a sum in another currency right after one, joined by "atau" with a word of
# about or over ("EUR 3.100 atau sekitar Rp 56 juta", "9 juta euro atau lebih dari
# Rp160 miliar"): the word is in the second sum's span, past what _CONVERSION reads.
_OR_BETWEEN = re.compile(r"\s*,?\s*atau\s*", re.IGNORECASE)
_RESTATING = frozenset({"approx", "more_than", "less_than", "at_least"})
_NUMBER_UNIT = re.compile(r"[\d.,]+\s*(?:km|kilometer|meter|m)\b", re.IGNORECASE)

# Words after a length that make it a height above the sea.
_ABOVE_SEA = re.compile(r"\s*(?:di\s+atas\s+permukaan\s+(?:air\s+)?laut|dpl)\b", re.IGNORECASE)
# A count and "dalam" before a length of time: the period the count is over ("total
# mencapai 30 kasus dalam dua bulan", "3.000 pesanan dalam sepekan", "ribuan bencana
# dalam sepuluh bulan"), which had been rows of its own keyed by the count's noun
# ("kasus | 3 bulan"). Not "selama" (a length of its own: "ditempuh 27.500 kilometer
# selama 5 bulan"), nor a share's ("dari 20 persen ke 80 persen dalam 30 menit", a
# charging time; a change's window has its own rule).
_COUNT_OVER = re.compile(r"\d[\d.,]*\s+(?!persen\b)[a-z]+\s+dalam\s+(?:kurun\s+(?:waktu\s+)?)?\Z")

# A count in figures between two capitalised words inside a sentence: a number in a
# name or a label ("Detasemen Khusus 88 Antiteror Polri", "Tim Tekab 308 Polsek",
# "Sat 81 Gultor", a school term's "Semester 1 Kurikulum", a law's "Angka 9 Undang-Undang"):
# in 2,000 random articles this drops 21 counts, 19 of names or labels and 2 of a
# listicle's title-cased lines ("Bawa Pulang 2 Piala Grammy"), a loss taken.
_NUMBER_IN_NAME = re.compile(r"\d+\s+[A-Z][a-z][\w-]*")

# Abstract nouns "satu" stands before as an article ("memberikan satu kejelasan kepada
# masyarakat", "satu kesatuan", "menghasilkan satu kesimpulan"): in the stored corpus
# these nouns' 21 counts of one written "satu" were all such; counted things ("satu
# kecelakaan", "satu perusahaan", "hanya mengumumkan satu kesepakatan perdagangan")
# are not listed.
ABSTRACT_NOUNS = frozenset({
    "kejelasan", "penjelasan", "kesatuan", "kesimpulan", "kesempatan", "kesadaran",
    "pertimbangan", "pemahaman", "keyakinan", "kepastian", "kebersamaan", "keinginan", "perubahan",
    "pesan", "semangat", "tekad", "komitmen", "harapan", "pandangan", "gagasan",
})
# "sebagai satu affirmative action", "merupakan satu contoh", "menjadi satu kota
# metropolitan": "satu" as the indefinite article (all 3 such counts of 1 in the
# 1,500 random articles' claims), not before a noun things are counted in ("menjadi
# satu orang", "adalah satu unit").
_ARTICLE_BEFORE = re.compile(r"\b(?:sebagai|merupakan|adalah|ialah|menjadi)\s+$", re.IGNORECASE)
# The other sides of a size written "A x B m" before its last figure.
_DIMENSIONS_LEFT = re.compile(r"(?:\d[\d.,]*\s*(?:[a-z]{1,2}\s*)?[x×]\s*)+$")
# ... and a side written bare before the multiplication sign, no count of anything
_DIMENSION_NEXT = re.compile(r"\s*[x×]\s*\d")
# Unnamed sources counted as they speak ("menurut tiga pejabat AS", "kata dua warga",
# "dua sumber mengatakan"): no figure of the story.
_SOURCE_NOUNS = frozenset({
    "pejabat", "sumber", "warga", "petugas", "saksi", "diplomat", "analis", "pengamat", "ekonom", "narasumber",
    "pejabat senior", "orang dalam", "anggota", "pegawai", "karyawan", "penyidik",
})
_CUE_BEFORE_SOURCES = re.compile(
    r"\b(?:menurut|kata|ujar|ucap|tutur|sebut|ungkap|jelas|tulis|klaim|mengutip|melansir|dilansir|dikutip)\s+(?:(?:dari|oleh)\s+)?\Z",
    re.IGNORECASE,
)
# ... a count before a verb of saying only of those who are no more than sources:
# "100 karyawan mengaku belum digaji" is a figure
_ONLY_SOURCES = frozenset({"pejabat", "sumber", "diplomat", "analis", "pengamat", "ekonom", "narasumber", "pejabat senior"})
_SAYS_AFTER_SOURCES = re.compile(r"(?:\s+[A-Z][\w-]*){0,3}\s+(?i:yang\s+)?(?i:" + SAYING_VERBS + r")\b")
# A restated, superseded figure: "semula diumumkan M5,1", "sebelumnya 10 km", "dari
# 10 km menjadi 13 km".
# The reason given for a figure restated as superseded (kabar.flags.revised_within).
SUPERSEDED = "superseded value restated"
_SUPERSEDED_BEFORE = re.compile(r"\b(semula|sebelumnya|awalnya|mulanya|dulunya|tadinya)\b[^.,;]{0,30}$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bdari\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
_TO_AFTER = re.compile(r"^\s*(?:[\w,.]+\s+){0,2}?menjadi\b", re.IGNORECASE)
# ... the new figure after "menjadi" is none ("sebelumnya Rp 500 juta kini menjadi Rp 1
# miliar": the 1 miliar had been taken for a restated one too) ...
_TO_BEFORE = re.compile(r"\bmenjadi\s+(?:[\w()]+\s+){0,3}$", re.IGNORECASE)
# ... and a figure right before "menjadi" further from "sebelumnya" is the old one
# ("yang sebelumnya berdasarkan kepemilikan total dana kelolaan (FUM) minimum sebesar
# Rp500 juta menjadi ..."), within this many characters of it.
SUPERSEDED_REACH = 100
# ("... menjadi saldo minimal sebesar Rp2 miliar": another figure after "menjadi", not
# "FA (15) menjadi korban")
_TO_FIGURE_AFTER = re.compile(r"\W*(?:[\w,.]+\s+){0,2}?menjadi\s+(?:[^\d\s]+\s+){0,4}?(?:Rp|USD|US\$)?\s*\d", re.IGNORECASE)
# ... and "ke" with a figure after it, after a verb of change and "dari" ("turun dari
# 61 ke 48 kg": kabar.analyze.quantities.CHANGE_VERB_FROM)
_TO_FIGURE = re.compile(r"\s*ke\s+(?:Rp\s*|USD\s*|US\$\s*)?\d", re.IGNORECASE)
_SUPERSEDED_FAR = re.compile(r"\b(?:sebelumnya|semula|dulunya|tadinya)\b[^.;]*$", re.IGNORECASE)

# Events whose time of day is a figure worth reconciling ("gempa terjadi pukul 15.24").
EVENTS = (
    "gempa", "kebakaran", "kecelakaan", "ledakan", "tabrakan", "banjir", "longsor",
    "tsunami", "erupsi", "letusan", "penembakan", "penyerangan", "serangan", "insiden",
    "kejadian", "peristiwa", "laga", "pertandingan", "sidang", "kick-off", "kickoff",
)
_EVENT_RE = re.compile(r"\b(" + "|".join(EVENTS) + r")\b", re.IGNORECASE)
# (and the verbs of a crash or a collapse: "kejadian bermula saat kereta menyambar mobil
# ... sekitar pukul 05.10 WIB", "insiden tertemper truk ... pukul 05.11 WIB")
_EVENT_VERB = re.compile(
    r"\b(terjadi|mengguncang|guncang|mengguncangkan|melanda|berlangsung|dimulai|digelar|"
    r"meletus|meledak|menabrak|menghantam|tertabrak|terbakar|"
    r"bermula|menyambar|tersambar|tertemper|menemper|ditabrak|bertabrakan|menimpa|tertimpa|"
    r"terguling|terbalik|tenggelam|ambruk|roboh)\b",
    re.IGNORECASE,
)
# A time after one of these is an "as of" qualifier, not the time of an event.
_AS_OF = re.compile(r"\b(hingga|sampai|per|sejak|pada\s+pukul\s+\S+\s+hingga)\s*(?:\w+\s+)?(?:\(\S+\)\s*)?$", re.IGNORECASE)

_WORD = re.compile(r"[\w-]+")
_DIGIT = re.compile(r"\d")


@dataclass(slots=True)
class Excluded:
    """A figure found in the text that is not a claim, and why."""

    document: str
    start: int
    end: int
    text: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"document": self.document, "start": self.start, "end": self.end,
                "text": self.text, "reason": self.reason}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Excluded:
        return cls(str(data["document"]), int(data["start"]), int(data["end"]),
                   str(data["text"]), str(data["reason"]))


@dataclass(slots=True)
class ClaimSet:
    claims: list[Claim] = field(default_factory=list)
    excluded: list[Excluded] = field(default_factory=list)
    # where each claim's speaker is written (claim id -> span), for entity linking
    speaker_spans: dict[str, tuple[int, int]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"claims": [c.as_dict() for c in self.claims], "excluded": [e.as_dict() for e in self.excluded],
                "speaker_spans": {k: list(v) for k, v in self.speaker_spans.items()}}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClaimSet:
        return cls([Claim.from_dict(c) for c in data.get("claims") or []],
                   [Excluded.from_dict(e) for e in data.get("excluded") or []],
                   {k: (int(v[0]), int(v[1])) for k, v in (data.get("speaker_spans") or {}).items()})


@dataclass(slots=True)
class ClaimOptions:
    """``times``: whether the time of day of an event is a claim (on by default)."""

    times: bool = True


def _claim_id(document: str, start: int, end: int) -> str:
    return "c" + hashlib.sha1(f"{document}:{start}:{end}".encode()).hexdigest()[:12]


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _clause_left(text: str, sent_start: int, pos: int) -> str:
    left = text[max(sent_start, pos - LEFT_WINDOW):pos]
    # stop at a clause break: what is before a semicolon or a full stop is another clause
    cut = max(left.rfind(";"), left.rfind(". "))
    return left[cut + 1:] if cut >= 0 else left


def _clause_right(text: str, pos: int, sent_end: int) -> str:
    right = text[pos:min(sent_end, pos + RIGHT_WINDOW)]
    cut = min((i for i in (right.find(","), right.find(";"), right.find(". ")) if i >= 0), default=-1)
    return right[:cut] if cut >= 0 else right


# Where what is counted is, right after it: "412 WNI yang tinggal di Lebanon", "95 WNI
# di Suriah". Not two places ("507 WNI di Lebanon serta Suriah": both).
_WHERE = re.compile(
    r"^\s*(?:(?i:negara\s+(?:indonesia|asing))\s*(?:\((?:WNI|WNA)\)\s*)?)?(?:yang\s+)?(?:(?:masih|saat\s+ini|kini)\s+)?"
    r"(?:(?:berada|ada|tinggal|menetap|bermukim|terletak|tersebar)\s+)?di\s+(?:wilayah\s+|negara\s+|kota\s+)?"
    r"((?:(?:Pulau|Desa|Kelurahan|Kecamatan|Kabupaten|Kota|Provinsi|Kampung|Dusun)\s+)?"
    r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?![\w-]|\s*(?:,|dan|maupun|serta|atau)\s+[A-Z])"
)
# The nouns of a place's kind: the name after one is a place's, known or not.
_PLACE_HEADS = frozenset({"Pulau", "Desa", "Kelurahan", "Kecamatan", "Kabupaten", "Kota", "Provinsi", "Kampung", "Dusun"})


# How far after a count its place may be named: "412 Warga Negara Indonesia (WNI) yang
# berada di Iran" runs past RIGHT_WINDOW.
WHERE_WINDOW = 80
_CITIZENS = re.compile(r"^\s+(?i:negara\s+(indonesia|asing))\b")


def _where_they_are(right: str) -> str | None:
    """The place a count without a state is of (:data:`_WHERE`), when it is a known
    place: counts of the same people in two countries are two figures."""
    m = _WHERE.match(right)
    if m is None:
        return None
    words = m.group(1).split()
    if words[0] in _PLACE_HEADS and len(words) > 1:
        return " ".join(words)
    for n in (len(words), 1):
        if (" ".join(words[:n]).lower(),) in place_names():
            return " ".join(words[:n])
    return None


def _after_of(words: list[str]) -> list[str]:
    """The words after the last "dari" (out of): "7 truk terbakar dari total 40
    bus" counts the whole the burnt ones were of, in no state."""
    return words[len(words) - words[::-1].index("dari"):] if "dari" in words else words


# Conjunctions between two counts: a state across one is the other count's ("3 penumpang
# cedera ringan dan satu orang patah tulang", "tewas 3 orang dan luka 5 orang").
_CONJUNCTIONS = frozenset({"dan", "serta", "sementara", "sedangkan"})


def _before_conjunction(words: list[str]) -> list[str]:
    return words[: next((i for i, w in enumerate(words) if w in _CONJUNCTIONS), len(words))]


def _after_conjunction(words: list[str]) -> list[str]:
    return words[next((i + 1 for i in range(len(words) - 1, -1, -1) if words[i] in _CONJUNCTIONS), 0):]


def _state(words: list[str]) -> str | None:
    for i, w in enumerate(words[:5]):
        two = " ".join(words[i:i + 2])
        if two in STATES:
            return STATES[two]
        if w in STATES:
            return STATES[w]
    return None


# How many words before a count its cause's verb may be ("menewaskan sedikitnya 24").
CAUSE_WORDS = 2


def _cause(words: list[str], counted: str) -> str | None:
    """The state :data:`CAUSES` gives what is counted; one arrests only people
    ("mengamankan 12 poin", "mengamankan 44 bungkus narkotika": points won, goods
    seized)."""
    state = next((CAUSES[w] for w in words if w in CAUSES), None)
    return None if state == "ditangkap" and counted != PEOPLE_KEY else state


@dataclass(slots=True)
class _Property:
    text: str
    key: str
    location: str | None = None
    unit: str | None = None


# (a stocks' count's word, in its sentence before the figure)
_STOCKS = re.compile(r"\bsaham\b", re.IGNORECASE)


def _market_property(state: str, unit: str | None = None) -> _Property:
    """The property of a count of stocks that moved so (:data:`MARKET_STATES`)."""
    return _Property(f"saham {state}", f"saham:{state}", unit=unit)


def _whole_of_part(text: str, q: Quantity, before: Quantity | None) -> bool:
    """Whether ``q`` is the whole the count ``before`` it is a part of: "21 dari 24
    unit", "3 dari 10 korban" (:data:`kabar.analyze.quantities.PART_OF`)."""
    return (
        before is not None and before.kind == "count" and before.unit == q.unit
        and PART_OF.fullmatch(text, before.end, q.start) is not None
    )


def _with_part(prop: _Property, part: str, label: str | None = None) -> _Property:
    """``prop`` with a last key part that says which of its figures this one is (the
    session, months to date, a change, a score during the match or of another one:
    ``skor:sementara``), named in brackets in its text."""
    return _Property(f"{prop.text} ({label or part})", f"{prop.key}:{part}", prop.location, prop.unit)


# A rate: "Rp300 ribu per bulan", "5 persen per tahun", "Rp 50.000/hari", "setiap bulan",
# "Rp 553 juta sebulan" (but "5 persen sebulan terakhir" is a change over the last
# month, not a rate). A figure per month and the total over two months are two figures,
# never one in conflict ("BSU Rp300 ribu per bulan ... total Rp600 ribu").
_RATE = re.compile(
    r"\s*(?:(?:per|/|setiap|tiap)\s*(bulan|hari|minggu|pekan|tahun|jam|orang|kepala\s+keluarga|keluarga"
    r"|kk|unit|kg|kilogram|liter|lembar|saham|ekor|malam|porsi|paket|gram|meter|m2|kwh)(?:nya)?"
    r"|se(bulan|hari|minggu|pekan|tahun|jam|malam)(?!-|\s+(?:terakhir|lalu|sebelumnya|kemudian)\b))\b",
    re.IGNORECASE,
)
_RATE_KINDS = frozenset(["money", "percent", "measure"])


# The period a change is measured over: inflation "1,87 persen secara tahunan (yoy)"
# and "0,19 persen secara bulanan" are two figures, as are an index's fall over the day
# and "sepanjang tahun ini"; "inflasi bulanan 0,19 persen" too. Read in the figure's
# clause, before it or right after it.
_PERIOD = re.compile(
    r"\b(?:secara\s+(tahunan|bulanan|mingguan|harian|kuartalan|tiga\s+bulanan|enam\s+bulanan|year[\s-]on[\s-]year)"
    r"|\(?(yoy|mtm|qtq|ytd|y-o-y|m-t-m|q-t-q|year-on-year)\)?|(year[\s-]to[\s-]date|sejak\s+awal\s+tahun|sepanjang\s+tahun\s+(?:ini|20\d\d))"
    r"|(?<=[a-z] )(tahunan|bulanan))\b",
    re.IGNORECASE,
)
# What may not stand between a figure and a period after it: a conjunction, a comma.
_PERIOD_GAP = re.compile(r",|;|\b(?:dan|serta|sedangkan|sementara|tetapi|namun)\b", re.IGNORECASE)
_PERIOD_NAMES = {
    "tahunan": "yoy", "year on year": "yoy", "yoy": "yoy", "y-o-y": "yoy",
    "bulanan": "mtm", "mtm": "mtm", "m-t-m": "mtm", "mingguan": "mingguan", "harian": "harian",
    "kuartalan": "qtq", "qtq": "qtq", "q-t-q": "qtq", "tiga bulanan": "tiga bulan", "enam bulanan": "enam bulan",
    "ytd": "ytd", "year to date": "ytd", "sejak awal tahun": "ytd",
}


def _period(q: Quantity, text: str, sent: tuple[int, int]) -> str | None:
    """The period a percentage's change is over (:data:`_PERIOD`), named as in
    :data:`_PERIOD_NAMES`, or None. The nearest mention in the figure's clause."""
    left = _clause_left(text, sent[0], q.start)
    right = _clause_right(text, q.end, sent[1])
    # (before the figure, only after the figure before it: "1,87 persen secara tahunan,
    # sedangkan inflasi bulanan 0,19 persen")
    left = left[max((m.end() for m in _DIGIT.finditer(left)), default=0):]
    right = right[: next((m.start() for m in _DIGIT.finditer(right)), len(right))]
    # (after the figure, only right after it: in "1,2% dan secara bulanan melemah 0,9%"
    # the month is the next figure's)
    found = _PERIOD.search(right)
    if found is None or _PERIOD_GAP.search(right, 0, found.start()):
        found = next(reversed(list(_PERIOD.finditer(left))), None)
    if found is None:
        return None
    phrase = re.sub(r"[\s-]+", " ", next(g for g in found.groups() if g).lower())
    return _PERIOD_NAMES.get(phrase, "ytd" if phrase.startswith("sepanjang") else phrase)


# Words that name nothing a figure could count or measure: prepositions, pronouns,
# negations, particles and adverbs of speech, which the words next to a figure can be
# ("sudah dibagikan kepada 65 persen", "Rasanya 6 jam nggak lama", "Yang tadinya 40
# persen", "Kita lihat kenaikannya lima tahun ini": rows had been labelled
# "kepada", "nggak", "tadinya", "lihat pertumbuhan"). Read off a property's front; a
# property of nothing else is none.
_NOT_A_PROPERTY = frozenset({
    "kepada", "bagi", "buat", "daripada", "terhadap", "tentang", "mengenai", "tadinya", "dulunya",
    "nggak", "gak", "ngga", "enggak", "engga", "tidak", "tak", "bukan", "belum", "bakal", "lihat", "melihat",
    "kita", "kami", "saya", "aku", "dia", "ia", "mereka", "anda", "kamu", "ya", "sih", "kok", "deh", "dong",
    "lho", "kan", "pun", "agar", "supaya", "karena", "sehingga", "namun", "tetapi", "tapi", "jika",
    "kalau", "bila", "apabila", "justru", "malah", "bahkan", "memang", "tentu", "pasti", "mungkin",
    # adverbs of time and degree, and "setara" (an equivalent, of what is after it):
    # "40 MW dulu", "jaraknya kian lebar 2 detik", "Pernah 9 tahun membela
    # Madrid", "1 juta barel setara minyak"
    "dulu", "kian", "makin", "semakin", "pernah", "sempat", "setara",
    # hearsay and fillers ("klub itu kabarnya menawar 20 juta Euro", "iya dua
    # tahun", "pula bahwa syarat ...")
    "iya", "kabar", "kabarnya", "konon", "katanya", "pula", "bahwa",
    # conjunctions and prepositions of time ("ia sekalipun hanya main 45 menit",
    # "Dua menit selepas kickoff")
    "sekalipun", "selepas", "seusai", "usai", "setelah", "sesudah", "sebelum",
})


def _trimmed(prop: _Property | None) -> _Property | None:
    """``prop`` without the words of :data:`_NOT_A_PROPERTY` opening it; None when
    nothing is left."""
    if prop is None:
        return None
    words = prop.text.split()
    k = 0
    while k < len(words) and words[k].lower() in _NOT_A_PROPERTY:
        k += 1
    if k == 0:
        return prop
    if k == len(words):
        return None
    base, sep, rest = prop.key.partition(":")
    base_words = base.split()
    if len(base_words) <= k:
        return None
    return _Property(" ".join(words[k:]), " ".join(base_words[k:]) + sep + rest, prop.location, prop.unit)


# A percentage of a company's shares, a stake: "kepemilikan perseroan atas 25% saham
# Surya Corp", "menguasai 51 persen saham Garuda" (the stake had had no property, or the
# buyer's name for one: "pertamina:percent").
_STAKE = re.compile(r"[ \t]+saham\b(?:[ \t]+((?:[A-Z][\w.&'-]*)(?:[ \t]+[A-Z][\w.&'-]*){0,3}))?")


# Percentages listed each with what it is a share of after it: "memasok 61 persen
# kebutuhan minyak nasional dan 33 persen kebutuhan gas nasional" (the second had taken the
# first's words, the first its subject's name).
_STOP_AFTER = (
    r"(?!(?:dan|serta|atau|yang|dari|pada|di|ke|dengan|untuk|dibanding|dibandingkan|secara|dalam|selama|per"
    r"|terhadap|atas|sebesar|menjadi|sejak|hingga|sampai|lebih|kurang|saja|lagi|pula)\b)"
)
_TIME_FIRST = (
    r"(?!(?:tahun|bulan|pekan|minggu|hari|kuartal|triwulan|semester|periode|sepanjang|sejak|hingga|sampai"
    r"|lebih|menjadi|secara|year|month|mtm|yoy|qtq)\b)"
)
_SHARE_WORDS_AFTER = re.compile(
    rf"[ \t]+({_TIME_FIRST}{_STOP_AFTER}[a-z]+(?:[ \t]+{_STOP_AFTER}[a-z]+){{1,3}})(?=[ \t]*(?:,|\.|;|dan\b|serta\b))"
)
_NEXT_SHARE = re.compile(r"[ \t]*(?:,|dan|serta)[ \t]+(?:,[ \t]*)?\d[\d.,]*[ \t]*(?:%|persen)[ \t]+[a-z]")
_PREVIOUS_SHARE = re.compile(r"\d[\d.,]*[ \t]*(?:%|persen)[ \t]+[a-z][a-z \t]*?(?:,|[ \t]dan|[ \t]serta)[ \t]+\Z")


def _listed_share(q: Quantity, text: str, sent: tuple[int, int]) -> str | None:
    """The words after a percentage listed with another of the same shape
    (:data:`_SHARE_WORDS_AFTER`): what it is a share of."""
    after = _SHARE_WORDS_AFTER.match(text, q.end, sent[1])
    if after is None:
        return None
    if _NEXT_SHARE.match(text, after.end(), sent[1]) or _PREVIOUS_SHARE.search(text, max(sent[0], q.start - 80), q.start):
        return after.group(1)
    return None


def infer_property(q: Quantity, text: str, sent: tuple[int, int]) -> _Property | None:
    """What ``q`` counts or measures (:func:`_what`), per what when it is a rate, over
    what period when it is a percentage's change (:func:`_period`)."""
    if q.kind == "percent" and (share := _listed_share(q, text, sent)) is not None:
        return _Property(share, f"{share}:percent", unit=q.unit)
    if q.kind == "percent" and (stake := _STAKE.match(text, q.end, sent[1])) is not None:
        whose = (stake.group(1) or "").rstrip(".")
        return _Property(f"saham {whose}" if whose else "saham", "saham:percent", unit=q.unit)
    prop = _trimmed(_what(q, text, sent))
    if prop is not None and prop.key and unit_family(q.unit) == "length" and _ABOVE_SEA.match(text, q.end, sent[1]):
        # a height above the sea is its own property (a column 1,5 km over the summit "atau
        # 4.800 meter" above the sea: the column's top, no second height of the
        # column in conflict with the first); an unnamed one stays unnamed (a column's
        # top keyed as a mountain's "ketinggian" would conflict with it)
        what, _, family = prop.key.partition(":")
        return _Property(f"{prop.text} (dpl)", f"{what} dpl:{family or 'length'}", prop.location, prop.unit)
    if prop is None or q.kind not in _RATE_KINDS:
        return prop
    if q.kind == "percent" and (period := _period(q, text, sent)):
        # (no "bulanan (mtm)": a subject that already names its period keeps its name)
        named = any(w in _PERIOD_NAMES or w == period for w in prop.text.split())
        prop = _Property(prop.text if named else f"{prop.text} ({period})", f"{prop.key}:{period}", prop.location, prop.unit)
    rate = _RATE.match(text, q.end, sent[1])
    if rate is None:
        return prop
    per = "per " + re.sub(r"\s+", " ", (rate.group(1) or rate.group(2)).lower())
    if per == "per saham" and not prop.key.startswith("dividen"):
        # a share's price is per share whether or not the text says so; a dividend is
        # paid in all and per share, two figures
        return prop
    return _Property(f"{prop.text} {per}", f"{prop.key}:{per}", prop.location, prop.unit)


# A person's noun right before "N tahun" and a demonstrative after it: the person's age
# ("penyerang 26 tahun itu", "ujar presenter 32 tahun tersebut", "Penyanyi dangdut 46
# tahun ini"), not a length of time (in 2,500 random articles, 8 of 8 such figures were
# ages; "selama delapan tahun ini", "kurun waktu satu tahun itu" are no person's).
_PERSON_NOUNS = (
    "pria|wanita|perempuan|laki-laki|lelaki|bocah|remaja|gadis|pemuda|kakek|nenek|ibu|ayah|model|presenter"
    r"|penyanyi|aktor|aktris|artis|selebgram|influencer|youtuber|pemain|pesepak\s?bola|pebulu\s?tangkis"
    "|petenis|atlet|pembalap|rider|pelatih|striker|penyerang|gelandang|winger|bek|kiper|kapten|bintang"
)
_AGE_AFTER_PERSON = re.compile(
    rf"\b(?:{_PERSON_NOUNS})(?:\s+(?!selama|sejak|dalam|sudah|telah|lebih|hampir|sekitar|kurang|baru)[a-z]+)?\s*$",
    re.IGNORECASE,
)
_DEMONSTRATIVE_NEXT = re.compile(r"\s*(?:itu|tersebut|ini)\b")
# A difference of ages, no one's age: "kita beda usia 10 tahun", "terpaut usia 12 tahun",
# "selisih umur keduanya 20 tahun" (the age word may be in the figure's span).
_AGE_GAP = re.compile(
    r"\b(?:beda|selisih|perbedaan|terpaut)(?:\s+(?:usia|umur)(?:\s+[a-z]+){0,2})?\s*$", re.IGNORECASE
)
_AGE_WORD = re.compile(r"\b(?:usia|umur)\b", re.IGNORECASE)
# "skor" and a score after it, in the words before another figure.
_SCORE_AFTER_WORD = re.compile(r"\bskor\b.*?\d\s*[-\u2013]\s*\d", re.IGNORECASE | re.DOTALL)


def _what(q: Quantity, text: str, sent: tuple[int, int]) -> _Property | None:
    """What ``q`` counts or measures, from the words around it, or None if unknown.

    The key is ``<what>:<unit family>`` (``kedalaman:length``, ``kerugian:money``) or,
    for counts, ``<what is counted>[:<what happened to it>]`` (``rumah:rusak``,
    ``orang:luka``), so that figures of one property group together across outlets
    whatever words and units they are written in.
    """
    left = _clause_left(text, sent[0], q.start)
    share = _SHARE_OF.search(left) if q.kind in ("money", "measure") and "atau" in left.lower() else None
    if share is not None:
        # "dividen sebesar 30% dari laba ... atau sebesar Rp 1,9 triliun": the amount is
        # the share's (the dividend), not the whole's it is taken from (the profit)
        left = left[:share.start()]
    right = _clause_right(text, q.end, sent[1])
    left_words, right_words = _words(left), _words(right)
    unit = q.unit
    family = unit_family(unit) or q.kind
    measure = _measure(left)
    if measure and _own_list_item(left) and not _holder(left, measure):
        # "tinggi 1.487 mm dan ... sumbu roda 2.790 mm": the list's next item names
        # its own thing; the keyword before the figure before is that figure's (but
        # "gaji presiden Rp X dan wakil presiden Rp Y" names whose: the holder's gaji)
        measure = None
    if measure == "skor" and q.kind != "score" and _SCORE_AFTER_WORD.search(left):
        # "X meraih kemenangan dengan skor, 2-0 atas Y, sedangkan Z menang besar, 50 atas
        # Laos": the word is the score's after it, not the next figure's (a mistyped
        # "5-0" had been a score of 50)
        measure = None
    if measure == "durasi" and family != "duration" and unit not in ("dekade", "windu", "abad", "musim", "malam"):
        # "selama sepekan, dana asing keluar dari pasar saham Rp 3 triliun": the figure is
        # no length of time (in 500 sampled articles all 11 such keys were wrong)
        measure = None
    families = _MEASURE_FAMILIES.get(measure or "") or _MEASURE_FAMILIES.get((measure or "").partition(" ")[0])
    mismatched: str | None = None
    if (families is not None and (
        family in _KNOWN_FAMILIES or (families is _MONEY_FAMILIES and q.kind == "measure")
        or (measure == "usia" and unit is not None and unit not in _AGE_UNITS)
    ) and family not in families) or (measure == "magnitudo" and unit not in (None, "M")):
        # a keyword whose dimension the figure's unit is not ("disimpan dalam suhu
        # dingin selama 12 hingga 24 jam", "subsidi gaji ... untuk dua bulan", "harga
        # saham ... tertinggi dalam tiga tahun"; a weak keyword with its word of what
        # by the keyword's own dimension; an age is a length of time whatever the unit:
        # "berusia 15 tahun itu ditangkap membawa ... Glock 9mm" is no age of 9 mm; a
        # magnitude has no unit: "motor listrik berkekuatan 200 kW" is no quake's)
        mismatched, measure = measure, None
    if measure == "emas" and (back := list(_BUYBACK.finditer(left))) and not _PRICE_AGAIN.search(left, back[-1].end()):
        # the price the dealer buys gold back at, not its selling price
        measure = "buyback emas"
    elif measure == "emas" and q.kind == "money" and _GOLD_TRADE.search(left):
        # "Pembelian emas di atas Rp10 juta dikenakan PPh": a sale's size, the tax
        # threshold gold price stories repeat, not a price of gold (the tax's rate, a
        # percentage, keeps its key: measured, splitting it out set two regulations'
        # rates in conflict)
        measure = "transaksi emas"
    if q.kind == "score":
        return _Property("skor", "skor")
    if unit == "tahun" and (gap := _AGE_GAP.search(left)) and (
        _AGE_WORD.search(gap.group()) or (q.kind == "age" and _AGE_WORD.match(q.text))
    ):
        return _Property("selisih usia", "selisih usia:duration")
    bracketed_age = unit == "tahun" and _GENDER_BRACKET.search(text, max(sent[0], q.start - 16), q.start) is not None
    if q.kind == "age" or bracketed_age or (measure == "usia" and unit == "tahun") or (
        unit == "tahun" and _AGE_AFTER_PERSON.search(left) and _DEMONSTRATIVE_NEXT.match(right)
    ):
        # (named after whose it is when a name opens its brackets, "ESS (perempuan, 53
        # tahun)", "APW (25)": two people's ages are no one property's two values)
        whose = _AGE_OF.search(text, max(sent[0], q.start - 60), q.start + 1) if q.kind == "age" or bracketed_age else None
        return _Property(f"usia ({name})" if whose and (name := _person_named(whose.group(1))) else "usia", "usia")
    if unit == "M" or (measure == "magnitudo" and unit is None and q.kind in ("count", "measure")):
        return _Property("magnitudo", "magnitudo", unit="M")
    if q.kind == "time":
        return None  # handled by the caller (event times only)
    if unit in ("km", "m", "kilometer", "meter") and measure != "kedalaman":
        number = _NUMBER_UNIT.match(text, q.start, sent[1])
        d = _DIRECTION.match(text[number.end():sent[1]]) if number else None
        if d:
            direction = re.sub(r"\s+", " ", d.group(1).lower())
            place = d.group(2)
            prop = f"jarak {direction} {place}" if place else f"jarak {direction}"
            return _Property(prop, "jarak:" + direction, location=place)
    noun = (q.noun or "").lower()
    if noun in NOT_NOUNS or (family in _KNOWN_FAMILIES and _DIMENSION_NOUNS.get(noun, family) != family):
        noun = ""  # (a tank's litres before "jarak tempuh": no distance in litres)
        if q.kind == "count" and (q.unit or "").lower() in _GROUP_WORDS:
            noun = (q.unit or "").lower()  # ("dua kelompok saling serang": two groups)
    if q.kind == "count" and noun in _BARE_CLASSIFIERS and (counted_before := _counted_before(left)):
        noun = counted_before  # "Truk yang hangus ada 12 unit": lorries
    if noun in ("penjara", "kurungan") or measure in ("vonis", "tuntutan", "subsider"):
        measure = _sentence_kind(left, noun)
    holder = _holder(left, measure)
    if (
        q.kind == "count" and not noun and q.unit is None and (moved := _market_state(right_words))
        and _STOCKS.search(left)
    ):
        # "210 saham menguat, 305 melemah": the stocks left out after the first
        return _market_property(moved, "saham")
    if q.kind == "count" and noun and noun not in ("penjara", "kurungan"):
        citizens = _CITIZENS.match(right) if noun == "warga" else None
        if citizens is not None:
            # "386 Warga Negara Indonesia (WNI)" are "386 WNI"
            noun = "wni" if citizens.group(1).lower() == "indonesia" else "wna"
        # "lima gempa susulan": the noun with its modifier
        phrase = noun
        if right_words[:1] and right_words[0] in _NOUN_MODIFIERS.get(noun, _AFTERSHOCK):
            phrase = f"{noun} {right_words[0]}"  # (a gold medal apart from a bronze one)
        counted = PEOPLE_KEY if noun in PEOPLE or noun in ("kepala keluarga", "kk") else _SAME_COUNTED.get(phrase, phrase)
        if counted == "angka" and _SPORT_POINTS.search(text):
            # "kini punya 210 angka, memimpin klasemen", "selisih dua angka": points, as
            # another outlet's "233 poin" (14 of the 15 "angka" counts of 1,500 random
            # articles; the 15th, "jutaan angka" of a model's weights, in no sports text)
            counted = phrase = "poin"
        # (the noun with the word after it may be the state: "24 korban jiwa dan ratusan
        # luka-luka" are 24 dead, not injured)
        state = (
            _cause(left_words[-CAUSE_WORDS:], counted) or (right_words and STATES.get(f"{noun} {right_words[0]}"))
            or _state(_before_conjunction(right_words)) or _state(_after_of(_after_conjunction(left_words[-3:])))
        )
        if not state and counted == "saham" and (moved := _market_state(right_words)):
            return _market_property(moved)
        if noun in MARKET_STATES and _STOCKS.search(left) and right_words[:1] != ["saham"]:
            # "210 saham menguat, 305 melemah, serta 180 stagnan": the stocks left out
            return _market_property(MARKET_STATES[noun], "saham")
        if state in BROAD_STATES and counted == PEOPLE_KEY and noun not in RESIDENTS:
            # "722 penumpang terdampak" (flights cancelled) is not "4.007 jiwa terdampak"
            # (residents who fled): a broad state's people are whom the noun says
            counted = noun
        # a classifier's figure is in what it counts: "sekitar 50 unit bus" and "20 bus"
        # are one property in one unit (they had been two rows of a fire's buses)
        things = noun if (q.unit or "").lower() in _BARE_CLASSIFIERS and noun not in _BARE_CLASSIFIERS else None
        if counted == "poin" and noun == "angka":
            things = "poin"
        if (q.unit or "").lower() == "orang" and noun not in PEOPLE:
            # and so is "orang"'s: "sepuluh orang budak" and another outlet's "sepuluh
            # budak" are one row (people's nouns are one unit family already)
            things = noun
        if citizens is not None or ((q.unit or "").lower() == "orang" and noun in ("wni", "wna")):
            things = noun.upper()  # (and "380 orang WNI" are "380 WNI")
        if state:
            # (people arrested or held are no victims: "orang ditangkap")
            label = counted if state in _NOT_VICTIMS else {PEOPLE_KEY: "korban"}.get(counted, counted)
            return _Property(f"{label} {state}", f"{counted}:{state}", unit=things)
        # Only trade names what is counted ("ekspor mobil ... 179.857 unit" is apart
        # from a plant's output of cars); another keyword before a count says nothing
        # of it: "pemain berusia 29 tahun itu mencetak dua gol" counts no "usia",
        # "kekuatan dari ketiga mesin" no magnitude, "harga minyak ... 25 sen" no price.
        # (Of 87 counts of 1,500 random articles keyed so, the trade's 17 were right
        # and nearly all the others wrong: "usia (akun)", "tarif (pemimpin)".)
        if measure and measure.split()[0] in TRADED:
            return _Property(f"{measure} ({phrase})", f"{measure}:{counted}", unit=things)
        return _Property(phrase, counted, location=_place_after(q, text, sent), unit=things)
    if measure in WEAK_MEASURES and noun and q.kind == "measure" and not (
        measure == "durasi" and family == "duration" and noun not in _TIME_COMPOUNDS
    ):
        # "uang Rp 9 miliar dan 5 kilogram emas": the gold, not the money; but "selama
        # hampir 3 tahun nilai rapornya bagus" is a length of time, and the noun after it
        # opens the clause it is the time of
        measure = noun
    if measure == "emas" and q.kind == "money" and (item := _GOLD_ITEM.search(left)) is not None and not (
        _change(text, sent, q)  # (a change by how much, as outlets write it with or without the brand)
    ):
        # whose gold and how much of it: a list's "Antam 1 gram: Rp1.999.000" and
        # "UBS 1 gram: Rp1.944.000" are two brands' prices (a day's price
        # lists had been one "emas" row, UBS's in conflict with Antam's)
        # (Antam's, the price gold stories lead with, keeps the plain key, and its gram
        # the key of the price per gram: outlets name the brand or not)
        brand = _GOLD_BRANDS[re.sub(r"\s+", "", item.group("brand")).lower()]
        weight = item.group("w") if item.group("w") not in (None, "1") else None
        measure = " ".join(w for w in ("emas", None if brand == "Antam" else brand, weight and f"{weight} gram") if w)
    if measure:
        name = f"{measure} {holder}" if holder else measure
        return _Property(name, f"{name}:{family}", location=_area_place(q, text, sent))
    if noun and q.kind in ("measure", "money"):
        return _Property(noun, f"{noun}:{family}", location=_area_place(q, text, sent))
    if q.kind in ("percent", "measure", "money") or (unit == "kali" and _FOLD.match(text, q.end, sent[1])):
        # (past a change word to what changed; when nothing is named there, the change
        # word itself: two outlets' "pertumbuhan sebesar 11 persen" still agree; "N kali
        # lipat" is a ratio, of its subject as a percentage is)
        across = family != "duration" or not _TIME_AFTER.match(text, q.end, sent[1])
        subject = _subject(left, across_names=across) or _subject(left, past_changes=False, across_names=across)
        if subject and mismatched and subject.split()[0] == mismatched.split()[0]:
            # (nor the same keyword back as the clause's subject: a car's cheapest
            # variant, its 1.2-litre engine named before its price, has no price of 1.2)
            subject = None
        if subject:
            return _Property(subject, f"{subject}:{family}", location=_area_place(q, text, sent))
    return None


# After "N kali": a ratio ("kebutuhan ... 10 kali lipat kapasitas"), not a number of times.
_FOLD = re.compile(r"\s+lipat\b", re.IGNORECASE)


# Nouns that count the same things: "dua laga" and "dua pertandingan" (a team's matches
# played) are one property across outlets, as they are one unit family to reconcile.
_SAME_COUNTED = dict.fromkeys(MATCH_UNITS, "laga")
# Words of a sports text, in which "angka" counts points.
_SPORT_POINTS = re.compile(r"\b(?:poin|klasemen|laga|pertandingan|kuarter|pebalap|gol)\b", re.IGNORECASE)
# Words that make a kind of day or hour with the time word before them ("100 hari
# kerja", "empat hari perdagangan"): what a length of time after "selama" counts.
_TIME_COMPOUNDS = frozenset({"kerja", "perdagangan", "bursa", "kalender"})


# Units of land: an area named with its place ("4.100 hektare di Pulau Kayoa", "950 Ha
# di Pulau Batang Pele") is that place's; two islands' concessions are two figures.
AREA_UNITS = frozenset({"ha", "m2", "km2", "are"})


def _area_place(q: Quantity, text: str, sent: tuple[int, int]) -> str | None:
    if q.kind != "measure" or (q.unit or "").lower() not in AREA_UNITS:
        return None
    return _place_after(q, text, sent)


def _place_after(q: Quantity, text: str, sent: tuple[int, int]) -> str | None:
    """The place named right after ``q`` in its sentence (:func:`_where_they_are`)."""
    return _where_they_are(text[q.end:min(sent[1], q.end + WHERE_WINDOW)])


# Words that count things of any kind ("50 unit", "1.883 ekor"): with nothing after
# them, a noun before may say what (:func:`_counted_before`).
# Nouns of groups that count themselves when no noun follows ("dua kelompok saling ...").
_GROUP_WORDS = frozenset({"kelompok", "kubu", "grup", "pihak", "tim"})
_BARE_CLASSIFIERS = frozenset({"unit", "ekor", "buah", "batang", "lembar", "biji", "butir", "helai", "pucuk"})
# Things counted by a classifier, named before the figure: quantities' count nouns and
# a few more vehicles and animals.
_COUNTED_THINGS = COUNT_NOUNS - CLASSIFIERS | frozenset({
    "bus", "truk", "angkot", "sepeda", "perahu", "pesawat", "helikopter", "tank", "rudal", "drone",
    "domba", "kerbau", "unta", "ayam", "babi", "kuda", "rumah", "kios", "ruko", "lapak", "tenda",
})
# "rumah warga yang rusak ... 120 unit", "truk yang hangus ada sekitar 12
# unit": the noun a state is said of, then the figure in the same clause.
_STATED_THING = re.compile(
    r"\b([a-z]+)(?:\s+[a-z]+)?\s+(?:yang\s+)?(?:(?:sudah|telah|ikut|turut|mengalami)\s+)?("
    + "|".join(sorted((re.escape(w) for w in STATES), key=len, reverse=True)) + r")\b[^.;:!?]{0,60}$"
)
# "kambing sebanyak 320 ekor", "kerbau 15 ekor": the thing right before the figure.
_THING_RIGHT_BEFORE = re.compile(r"\b([a-z]+)\s+(?:(?:sebanyak|sejumlah|berjumlah|total)\s+)?$")


def _counted_before(left: str) -> str | None:
    """What a bare classifier's figure counts ("50 unit", "11 ekor"), when the clause
    before names it: a thing something befell (:data:`_STATED_THING`), else a thing
    named right before (:data:`_THING_RIGHT_BEFORE`); only things known to be counted
    (:data:`_COUNTED_THINGS`): "mobil itu laku 900 unit" names none."""
    for pattern in (_STATED_THING, _THING_RIGHT_BEFORE):
        m = pattern.search(left.lower())
        if m is not None and m.group(1) in _COUNTED_THINGS:
            return m.group(1)
    return None


# Words of a guess before a score, within PREDICTED_LEFT characters in its sentence:
# "prediksi skor", "memprediksi Indonesia menang 1-0", "tebakan".
_PREDICTED = re.compile(r"\b(?:prediksi|memprediksi|diprediksi|memperkirakan|diperkirakan|ramalan|meramal|tebakan|menebak)\b", re.IGNORECASE)
PREDICTED_LEFT = 60
# After a length of time, what makes it a moment, not a length: "tiga bulan (yang) lalu",
# "dua tahun silam".
_AGO = re.compile(r"\s+(?:yang\s+)?(?:lalu|silam|lampau)\b", re.IGNORECASE)


_TIME_PHRASE = re.compile(
    r"\b(?:(?:hari|pagi|siang|sore|malam|pekan|minggu)\s+(?:ini|itu|lalu|kemarin)|kemarin|tadi"
    r"|(?:pada\s+)?pukul\s+\d{1,2}[.:]\d{2}(?:\s+(?:WIB|WITA|WIT))?)\b",
    re.IGNORECASE,
)


# The level a market figure closed at, between the index and its move: "di level 6.907,".
_LEVEL_PHRASE = re.compile(r"\b(?:di|ke|pada)\s+(?:level|posisi)\s+\d[\d.,]*\d,?(?=\s)", re.IGNORECASE)


def _subject(left: str, past_changes: bool = True, across_names: bool = True) -> str | None:
    """The noun phrase a figure is about, read leftwards over the verb and linking words
    between them: "jumlah pelanggan tumbuh 5,88%", "sektor rumah tangga sebesar 43%",
    "rasio elektrifikasi nasional menjadi 99,83%". At most ``SUBJECT_WORDS`` words;
    nothing when a number or punctuation comes first. A name comes first only across a
    verb of movement (:data:`MOVES`): "XRP terkoreksi 2,4 persen" is XRP's, "Indeks
    LQ45 mendaki 0,5%" the index's, "PT Contoh Jaya Tbk (CJAY) turun 9,5%" the
    ticker's. A percentage coordinated with the one before ("turun 2,4 persen dalam
    sehari dan 6,1 persen sepekan") has that one's subject."""
    coordinated = _COORDINATED.search(left) or _POINTS_RESTATED.search(left)
    if coordinated:
        return _subject(left[:coordinated.start()], past_changes, across_names)
    dimensions = _DIMENSIONS_LEFT.search(left)
    if dimensions:
        # "berukuran 1.200 x 800 m": the size's, not a thing called "x"
        return _subject(left[:dimensions.start()], past_changes, across_names)
    # (a time between them is no part of the subject: "IHSG hari ini ditutup melonjak";
    # nor the level reached: "IHSG berakhir di level 7.215, turun 35,20 atau 0,51%")
    tokens = _SUBJECT_TOKEN.findall(_LEVEL_PHRASE.sub(" ", _TIME_PHRASE.sub(" ", left)))
    words: list[str] = []
    moved, gap = False, True
    first = len(tokens)
    plain_gap, skip, past_name, named, capitalised = True, 0, False, "", False
    for i, token in enumerate(reversed(tokens)):
        if skip:
            skip -= 1
            continue
        lower = token.lower()
        if past_changes and not words and lower in _CHANGE_WORDS and i + 1 < len(tokens) and (
            tokens[-2 - i].lower() in _NOT_A_CHANGES_SUBJECT
        ):
            # "mencuri perhatian dengan kenaikan 1,01%": what stands before "dengan" is
            # no subject of the change; the change word keys it, as before
            return None
        # (a word in capitals is a name, never a linking word: Cardano's "ADA")
        if not words and (
            (lower in LINKING and not token.isupper()) or lower in MOVES or _VERBISH.match(lower)
            or lower in _BEFORE_A_FIGURE or (past_changes and lower in _CHANGE_WORDS)
        ):
            moved = moved or lower in MOVES
            gap = gap and (lower in MOVES or lower in NAME_GAP)
            plain_gap = plain_gap and lower not in _CONJUNCTIONS and lower != "atau" and (
                lower in LINKING or lower in MOVES or lower in NAME_GAP or lower in _REACHES
            )
            continue  # still between the figure and its subject
        if not words and (lower in _DATE_WORDS or _YEAR.match(token)):
            continue  # "kredit pada bulan April 2025 tumbuh sebesar 7,9%"
        if not words and lower in _SENTENCE_ADVERBS:
            gap = False
            continue
        if not words and lower in _AVERAGES:
            if i + 1 < len(tokens) and tokens[-2 - i].lower() in _NOT_AVERAGED:
                return None  # "di bawah rata-rata 71,4 persen": no subject said
            continue  # "keterisian kamar mencapai rata-rata 77,3%" (averaged: :func:`_averaged`)
        if not words and moved and gap:
            name = _name_before(tokens[: len(tokens) - i])
            if name:
                return name
        if not words and not past_name and across_names and plain_gap and (
            across := _past_name(tokens, len(tokens) - 1 - i)
        ):
            # "keterlambatan jadwal Kereta Bandara sampai 25 menit": the noun phrase
            # that the name is of, read across it, with the name (the name alone is no
            # subject but across a verb of movement, above; the phrase alone would be
            # every sector's "kontribusi sektor")
            after, named = across
            skip, past_name = len(tokens) - 1 - i - after - 1, True
            continue
        if not words and lower == "sama" and i + 1 < len(tokens) and tokens[-2 - i].lower() == "yang":
            # a figure of "periode yang sama" a year before, after "dibandingkan": the
            # base compared with, no thing named "sama" (but "nilai kerja sama")
            return None
        if _opens_with_common_word(tokens, len(tokens) - 1 - i) or (
            past_name and words and _opens_with_known_word(tokens, len(tokens) - 1 - i)
        ):
            words.append(_stem(lower))  # "Ekonomi tumbuh 4,87 persen": a noun opening the sentence
            capitalised = True
            break
        if (
            not (token.isalpha() or (not words and _compound(token))) or not token.islower() or lower in LINKING
            or _VERBISH.match(lower) or lower in _NOT_IN_SUBJECT or lower in _SENTENCE_ADVERBS
            or (past_name and (lower in _FUNCTION_WORDS or lower in _BEFORE_A_FIGURE or lower in _NOT_NAME_HEADS))
        ):
            break
        words.append(_stem(lower))
        first = len(tokens) - 1 - i  # (where the subject opens)
        if len(words) == SUBJECT_WORDS:
            break
    if past_name and (
        any(w in ROLE_WORDS or w in _KIN_WORDS or w in NUMBER_WORDS for w in words)
        or (len(words) == 1 and (words[0] in _ACTOR_HEADS or capitalised))
    ):
        # no figure's subject across a name: a person's title ("ketua umum Partai X"),
        # a verb's counted object ("menyuap dua petugas Dinas X Rp 3 miliar"), an
        # organisation's head ("kementerian ESDM"), or a word opening the sentence
        # before the name, likely of it ("Le Minerale", "Lisa Mariana")
        return None
    subject = " ".join(reversed(words))
    # (a number word opening the phrase counts its noun, "tiga layar lebar berukuran 300
    # inci", and is no part of it; nothing is left of a multiplier before ("dari 9 ribu
    # hektare baru 150 hektare"), "dua sampai empat pekan" or "tiga bulan sesudahnya 15
    # persen")
    counted = subject.split()
    if counted and counted[0] in _MULTIPLIER_WORDS:
        return None  # the multiplier of a figure before: "3,4 juta lembar atas 8%"
    while counted and counted[0] in NUMBER_WORDS:
        counted = counted[1:]
    if counted != subject.split() and not (counted and counted[0] in _PERIODIC):
        # ("tiga bulanan", "secara enam bulanan": a period, whole, as before)
        subject = "" if not counted or counted[0] in _SPAN_WORDS else " ".join(counted)
    if not subject and (restated := _CHANGE_RESTATED.search(left)):
        # "penjualan tenaga listrik 306,22 TWh atau tumbuh 6,17%": the change of the
        # figure before, of its subject
        return _subject(left[:restated.start()], past_changes, across_names)
    if not subject or subject in NOT_SUBJECTS or subject.split()[0] in _UNIT_OPENERS | _FORMULAS:
        return None  # ("43 kg dalam waktu 1,5 tahun": the figure before's unit opens no subject)
    if named:
        subject = f"{subject} {named}"
    if subject.split()[0] in _INTENSIFIERS or (first > 0 and tokens[first - 1].lower() in _COMPARATIVES):
        # an adjective ("ongkos yang amat terjangkau mulai dari Rp 2 juta"): the noun
        # it describes, before "yang", or nothing
        before = tokens[:first - 1] if first > 0 and tokens[first - 1].lower() in _COMPARATIVES else tokens[:first]
        if len(before) >= 2 and before[-1].lower() == "yang" and before[-2].isalpha() and before[-2].islower():
            return None if before[-2] in _SUBJECT_ENDS or before[-2] in LINKING else before[-2]
        return None
    return subject


_MULTIPLIER_WORDS = frozenset({"ribu", "juta", "miliar", "triliun", "ratus", "puluh", "belas"})
# Verbs of reaching a figure that, like linking words, stand between a name and its figure
# ("bonus tahunan pelatih Garuda Muda itu menyentuh Rp 12 miliar").
_REACHES = frozenset({"menyentuh", "mencapai", "mencatat", "tercatat", "sebesar"})
# Words of an average before a figure ("rata2 80,7%"): read past, as a linking word.
_AVERAGES = frozenset({"rata-rata", "rata2", "rerata"})
# Before an average word, what says no subject: "di bawah rata-rata", "biasanya rata-rata".
_NOT_AVERAGED = frozenset({"bawah", "atas", "di", "biasanya", "umumnya", "secara", "dengan", "dari"})
# Words before a name that are no subject of its figure: "sebagai" ("posisinya sebagai
# manajer Spurs"), English function words ("Shifting the Gear 2W"), places' nouns (the
# name is a place's: "lahan di kawasan Bogor Barat seharga Rp 3 miliar").
_NOT_NAME_HEADS = frozenset({
    "sebagai", "the", "of", "to", "and", "for", "a", "an", "in", "on", "with", "by",
    "kawasan", "wilayah", "daerah", "kota", "kabupaten", "provinsi", "desa", "kecamatan", "kelurahan",
    "pulau", "gunung", "jalan", "jalur", "ruas", "tol", "sungai", "danau", "laut", "selat", "teluk", "negara",
})
# Capitalised words that open the names of places, and compass points: no name read
# across ("letusan Gunung Api Contoh 2.750 mdpl" is the mountain's height).
_PLACE_NAME_HEADS = frozenset({*_PLACE_HEADS, "Gunung", "Jalan", "Jl", "Sungai", "Danau", "Selat", "Teluk", "Laut", "Tol"})
# Organisations' heads: alone before a name ("dari kementerian ESDM ... sebesar 56,19
# Ha"), the actor, not what is measured.
_ACTOR_HEADS = frozenset({
    "kementerian", "dinas", "badan", "lembaga", "pemerintah", "pemkab", "pemkot", "pemprov", "kantor", "komisi",
    "partai", "pihak", "tim", "klub", "perusahaan", "perseroan", "grup", "emiten", "bank",
})
# After a length of time, what makes it a moment or a window, not a property's figure
# ("16 hari setelah ...", "empat menit jelang bubaran", "25 tahun terakhir", "lima bulan
# pertama", a year read as one: "2025 hari ini", "500 tahun 2025"): no subject is read
# across a name before it.
_TIME_AFTER = re.compile(
    r"\s*(?:setelah|sebelum|jelang|menjelang|usai|sesudah|terakhir|lalu|ini|pertama|mendatang|ke\s+depan|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# Kin before a name ("istri Budi"): the phrase is a person, no figure's subject.
_KIN_WORDS = _KIN | frozenset({"istri", "suami", "ibu", "ayah", "adik", "kakak", "pak", "bu", "mantan"})
# Names read past to the noun phrase before them are at most this many words, with at
# most this many role words of a title before them ("kapten Timnas Indonesia").
PAST_NAME_ROLES = 2


def _compound(token: str) -> bool:
    """Whether ``token`` is a compound of two or more different lower-case words joined
    by hyphens ("dual-driver", "open-fit"), not a reduplication ("rata-rata", "besar-besaran",
    "masing-masing", "disebut-sebut"), a number range, or a word with "-nya"."""
    parts = token.split("-")
    return (
        len(parts) >= 2 and all(p.isalpha() and p.islower() for p in parts)
        and not any(p in NUMBER_WORDS or p in _FUNCTION_WORDS or p in LINKING or p == "nya" for p in parts)
        and not any(a in b or b in a for a, b in pairwise(parts))
    )


def _past_name(tokens: list[str], at: int) -> tuple[int, str] | None:
    """Where the phrase of nouns before the name ending at ``tokens[at]`` ends ("jadwal"
    of "keterlambatan jadwal Kereta Bandara"), past up to ``NAME_WORDS`` capitalised
    words, a title's role words and "akan" ("kebutuhan akan POY"), and the name with
    its title in lower case; None when the name is a place (two places' figures are
    two), a unit after a number, or no common noun comes before it (a verb, a word of
    saying: "kata Budi", a number, punctuation)."""
    j = at
    while j >= 0 and at - j < NAME_WORDS and (_NAME_WORD.match(tokens[j]) or (j < at and tokens[j].isdigit())):
        j -= 1
    while j < at and tokens[j + 1].isdigit():
        j += 1  # (a name opens with a word: "2 X 15 menit")
    name = [t.lower() for t in tokens[j + 1:at + 1]]
    if (
        j == at or len(" ".join(name)) < 2 or name[0] in _NOT_HOLDER_WORDS or tuple(name) in place_names()
        or tokens[j + 1] in _PLACE_NAME_HEADS or (j >= 0 and _DIGIT.search(tokens[j]))
    ):
        # (nor a unit after a number: "torsi 95 Nm pada 4.500 rpm")
        return None
    if j >= 0 and _opens_sentence_at(tokens, j + 1):
        return None  # (a capitalised word opening the sentence: no name known)
    roles = 0
    while j >= 0 and roles < PAST_NAME_ROLES and tokens[j].lower() in ROLE_WORDS:
        j, roles = j - 1, roles + 1
    # (with the title: "market value kapten Timnas" is the captain's, not the team's)
    name = [t.lower() for t in tokens[j + 1:j + 1 + roles]] + name
    if j >= 0 and tokens[j].lower() == "akan" and not roles:
        j -= 1
    if j < 0:
        return None
    token = tokens[j]
    lower = token.lower()
    if not (token.isalpha() and (token.islower() or _opens_with_common_word(tokens, j))) or (
        lower in LINKING or lower in _SUBJECT_ENDS or lower in _FUNCTION_WORDS or lower in NUMBER_WORDS
        or lower in ROLE_WORDS or lower in _KIN_WORDS or _VERBISH.match(lower) or _SAYING.fullmatch(lower)
        or lower in NOT_SUBJECTS or lower in _BEFORE_A_FIGURE or lower in _NOT_NAME_HEADS
    ):
        return None
    return j, " ".join(name)


def _opens_sentence_at(tokens: list[str], at: int) -> bool:
    return at == 0 or tokens[at - 1] in _OPENERS


def _opens_with_known_word(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` opens its sentence and is a listed word, less common than
    :func:`_opens_with_common_word` asks ("Keterlambatan"): before a common noun and a
    name, the phrase's head, not a name."""
    token = tokens[at]
    lower = token.lower()
    return (
        _opens_sentence_at(tokens, at) and token[:1].isupper() and token[1:].islower()
        and frequency_band(lower) != "F0" and not _VERBISH.match(lower)
        and lower not in _FUNCTION_WORDS and lower not in LINKING and lower not in ROLE_WORDS
    )


# Units written after a figure, which open no subject of the next one.
_UNIT_OPENERS = frozenset({
    "kg", "gram", "ton", "km", "kilometer", "meter", "cm", "mm", "liter", "persen", "hektare", "ha",
})
# Spans of time and lengths, which a number before them measures: no subject.
_SPAN_WORDS = frozenset({
    "detik", "menit", "jam", "hari", "minggu", "pekan", "bulan", "tahun", "kali", "meter", "kilometer", "km",
    "m", "hektare", "ha",
})
_PERIODIC = frozenset({"harian", "mingguan", "bulanan", "tahunan"})


# Words of degree opening an adjective: no subject of a figure.
_INTENSIFIERS = frozenset({"sangat", "amat", "paling", "cukup", "terlalu", "agak", "relatif", "begitu", "sungguh"})
# ... and of comparison, before the adjective: "model yang lebih murah ... 512GB"
# is the model's figure, "lebih cepat 10 tahun" no one's
_COMPARATIVES = frozenset({"lebih", "kurang", "paling", "makin", "semakin", "terlebih"})


def _capitalised_to_open(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` opens its sentence and is a common word, capitalised only
    for that ("Angka", "Ekonomi"), not a name."""
    token = tokens[at]
    return (
        token[:1].isupper() and not token.isupper()
        and (at == 0 or tokens[at - 1] in _OPENERS)
        and frequency_band(token.lower()) == "F3"
    )


def _opens_with_common_word(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` is a common noun opening its sentence ("Ekonomi",
    "Kredit"): :func:`_capitalised_to_open`, and no verb, function or linking word."""
    token = tokens[at]
    lower = token.lower()
    return (
        _capitalised_to_open(tokens, at) and token[1:].islower()
        and not _VERBISH.match(lower) and lower not in _FUNCTION_WORDS and lower not in LINKING
        and lower not in _NOT_IN_SUBJECT and lower not in _SENTENCE_ADVERBS
    )


def _name_before(tokens: list[str]) -> str | None:
    """The name the tokens end with, lowercased: a ticker or acronym in brackets
    ("(CJAY)"), else up to ``NAME_WORDS`` capitalised words ("Indeks LQ45")."""
    if len(tokens) >= 3 and tokens[-1] == ")" and tokens[-3] == "(" and _ACRONYM.match(tokens[-2]):
        return tokens[-2].lower()
    words: list[str] = []
    for token in reversed(tokens):
        if not (_NAME_WORD.match(token) or (words and token.isdigit())) or len(words) == NAME_WORDS:
            break
        words.append(token)  # (a number inside a name: "Neo 3 Series")
    while words and words[-1].isdigit():
        words.pop()
    # a function word opening the sentence is no part of the name ("Kemudian Filipina
    # menguat 1,03 persen", "Sementara Nasdaq naik 0,2%")
    while len(words) > 1 and words[-1].lower() in _FUNCTION_WORDS and (
        len(words) == len(tokens) or tokens[len(tokens) - len(words) - 1] in _OPENERS
    ):
        words.pop()
    if not words:
        return None
    if len(words) == 1 and _capitalised_to_open(tokens, len(tokens) - 1):
        return None  # a common word opening the sentence ("Angka tersebut naik"), no name
    return " ".join(reversed(words)).lower()


# Prepositions and modal words right before a figure, which are no subject of it: "dapat
# diisi dalam 3 jam", "harga mulai Rp 29,9 juta", "pulih setelah 10 menit", "bisa 10
# kali". (In 3,000 random articles they had keyed 120 figures: "dalam" 32, "mulai" 22,
# "sejak" 13, "bisa" 10, "bahwa" 9, ...) Read past like a linking word; inside a phrase
# they still end it.
# A change or a verb of company right before a figure, no subject of it: a sector that
# "mengalami kenaikan 2 persen" is the sector's figure, one that "ikut melemah 0,3%" too,
# and "berada di atas 40%" is what is there.
_CHANGE_WORDS = frozenset({
    "kenaikan", "penurunan", "peningkatan", "pertumbuhan", "pelemahan", "penguatan", "lonjakan",
    "kemerosotan", "penyusutan", "ikut", "turut", "berada",
})
_NOT_A_CHANGES_SUBJECT = frozenset({"dengan", "dengam", "dari", "oleh", "membutuhkan", "butuh", "batas"})
_BEFORE_A_FIGURE = frozenset({
    "dalam", "mulai", "setelah", "sejak", "untuk", "antara", "setiap", "bahwa", "bisa", "dapat", "mampu",
})
# Words of a date between a subject and its figure ("pada bulan Mei 2025").
_DATE_WORDS = frozenset({
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
    "november", "desember", "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "sep", "okt", "nov",
    "des", "per", "pada", "bulan", "periode", "kuartal", "triwulan", "semester", "tahun",
    "akhir", "awal", "pertengahan",
})
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# Words that open sentences and are no noun: conjunctions, prepositions, adverbs,
# pronouns, articles ("Sementara berat kosongnya ...", "Dalam 24 jam ...").
_FUNCTION_WORDS = frozenset({
    "sementara", "sedangkan", "kemudian", "tapi", "tetapi", "namun", "setelah", "sebelum", "padahal",
    "dalam", "bahkan", "nanti", "para", "lewat", "melalui", "seorang", "sebuah", "sejumlah", "apakah",
    "sebetulnya", "sebenarnya", "adapun", "kan", "dia", "ia", "aku", "saya", "kami", "kita", "mereka",
    "anda", "kamu", "beliau", "karena", "jika", "kalau", "meski", "meskipun", "walau", "walaupun",
    "selain", "ketika", "usai", "tanpa", "bila", "agar", "supaya", "artinya", "bagi", "untuk", "selama",
    "menurut", "bagaimana", "berapa", "apa", "siapa", "mengapa", "kenapa", "tak", "tidak", "bukan",
    "belum", "hanya", "cuma", "semua", "seluruh", "setiap", "tiap", "banyak", "beberapa", "lebih",
    "kurang", "paling", "sangat", "terakhir", "pertama", "kedua", "sekali", "hari", "kini",
    "sekarang", "tadi", "besok", "kemarin", "oleh", "tentu", "mungkin", "memang", "justru", "maka",
    "sehingga", "serta", "atau", "namanya", "soal", "terkait", "mulai", "sejak", "akhirnya", "hal",
    "mana", "dimana",
})
# Conjunctions and prepositions: the subject is after them ("£28 juta, tetapi kembali
# ... seharga £97,5 juta" has none; "selepas pembelian senilai £80 juta" is the
# purchase's).
_SUBJECT_ENDS = frozenset({
    "tapi", "tetapi", "namun", "sementara", "sedangkan", "padahal", "setelah", "sebelum", "usai",
    "karena", "jika", "kalau", "meski", "meskipun", "walau", "walaupun", "agar", "supaya", "bagi",
    "untuk", "atas", "pun", "sejak", "sehingga", "serta", "bahkan", "selain", "ketika", "bila",
    "tanpa", "melalui", "lewat", "menurut", "demi", "alias",
})
# Words that are no part of a noun phrase a figure is about: the function words above
# but pronouns (possessive after a noun: "rasio pengusaha kita"), the words that may
# close a noun phrase ("hari", "pertama", "paling") and the prepositions of a time
# ("dalam waktu", "selama": keys of their own, which outlets' figures agree under),
# with question words and copulas ("kenapa tiga hari", "ialah 100 persen").
_PRONOUNS = frozenset({"dia", "ia", "aku", "saya", "kami", "kita", "mereka", "anda", "kamu", "beliau"})
_NOT_IN_SUBJECT = _SUBJECT_ENDS | (_FUNCTION_WORDS - _PRONOUNS - frozenset({
    "hari", "terakhir", "pertama", "kedua", "sekali", "paling", "lebih", "kurang", "sangat", "hal", "selama",
    "dalam",
})) | frozenset({"ialah", "sebab", "maupun"})
# Sentence adverbs in -nya: read past between a figure and its subject ("orang dewasa
# umumnya sekitar 300 gram"), no part of it ("sebab setelahnya terdapat 3 hari", "Ini
# artinya sudah 42 persen": no subject).
_SENTENCE_ADVERBS = frozenset({
    "artinya", "misalnya", "rupanya", "biasanya", "nantinya", "selanjutnya", "pokoknya", "maksudnya",
    "tentunya", "setelahnya", "sesudahnya", "sebaliknya", "umumnya", "seutuhnya", "dulunya", "sesungguhnya",
    "sepertinya", "tampaknya", "seharusnya", "semestinya", "intinya", "tepatnya", "setidaknya", "sedikitnya",
    "akhirnya",
})
# The enclitic -nya ("nilai pasarnya", "luas bangunannya"): no part of what is measured;
# a word of two letters before it is the word itself ("hanya", "punya", "tanya").
_ENCLITIC = re.compile(r"(?<=[a-z]{3})nya$")


def _stem(word: str) -> str:
    """``word`` without its enclitic -nya, unless that leaves a function word
    ("sebelumnya" is an adverb, whole) or the word points back ("totalnya": NOT_SUBJECTS)."""
    stem = _ENCLITIC.sub("", word)
    return word if stem in _FUNCTION_WORDS or stem in _SUBJECT_ENDS or word in NOT_SUBJECTS else stem


# Subjects that only point back to a figure of the sentence before ("Angka tersebut
# naik 9 persen", "Nominal ini"): no property of their own.
NOT_SUBJECTS = frozenset({
    "angka", "nilai", "hal", "jumlahnya", "totalnya", "jumlah", "kondisi", "nominal",
    # pronouns: "kami mencatat ada kira-kira 15% ..." is no figure of "kami"
    "kita", "kami", "saya", "aku", "mereka", "dia", "ia", "anda", "kamu", "mana kita", "mana kami",
    # the unit of the figure before: "69 persen berbanding 31 persen" (the rival's share),
    # "menjadi Rp 9.100 triliun dari pekan lalu Rp 9.200 triliun" (the week before's)
    "persen", "triliun", "miliar", "juta", "ribu", "per saham", "per lembar", "lembar saham",
    "jam", "menit", "detik", "hari", "minggu", "pekan", "bulan", "tahun", "km", "kilometer", "meter", "kilogram", "kg", "gram", "liter",
    "ton", "hektare", "hektar",
    # a time of day after a date: "Selasa (3/6) pagi, 40 kilometer dari pantai ..."
    "pagi", "siang", "sore", "malam", "subuh", "petang", "dini hari",
    # a place pointed at: "Kelembapan udara di sana sekitar 80 persen" is the humidity's
    "sana", "sini", "situ",
    # "Pas di Rp 25 juta": exactly, no thing; "ETH berada di level ...": a verb
    "pas", "berada",
})
# Formulas of prayer and praise open no subject: "insyaallah paling lama 3 tahun lagi"
# is no one's figure.
_FORMULAS = frozenset({
    "insyaallah", "insya", "inshaallah", "alhamdulillah", "masyaallah", "masya", "subhanallah", "bismillah",
    "aamiin",
})
# Words between a figure and the noun phrase it is about.
LINKING = frozenset({
    "yang", "atau", "sebesar", "sebanyak", "mencapai", "menjadi", "jadi", "sekitar", "hingga", "sampai",
    "setara", "dengan", "dari", "oleh", "adalah", "yakni", "yaitu", "hanya", "capai", "tumbuh", "naik",
    "turun", "anjlok", "melonjak", "tercatat", "di", "ke", "pada", "dan", "juga", "masih", "telah",
    "sudah", "akan", "baru", "lalu", "kini", "saat", "ini", "itu", "tersebut", "sebelumnya", "secara",
    "tipis", "tajam", "signifikan", "drastis", "sedikit", "kembali", "lagi", "cuma", "sendiri",
    # what only says a figure is there, or about how much: "masih ada 130 hektare",
    # "kurang lebih 54 hektare", "sekarang hampir 40 persen"
    "ada", "terdapat", "kurang", "lebih", "kira-kira", "hampir", "nyaris", "sekarang", "harus",
    # worth, priced at, so large: "pesanan senilai $4,6 miliar" is the order's, "lahan
    # seluas 4 hektare" the land's (in 1,500 random articles 61 keys had been "senilai",
    # "seharga", "seluas" or a phrase ending with one, all a story's worth lumped as one)
    "senilai", "seharga", "seluas", "sepanjang", "selebar", "setinggi", "sedalam", "seberat", "sejauh",
    # where a figure moved to or reached: "menguat 0,03% ke level Rp 16.212", "top speed
    # tembus 172,7 km/jam"
    "level", "posisi", "tembus", "menembus",
}) | _PARTICLES
# Verbs of a figure's movement: across one of them a name is the figure's subject
# ("IHSG ditutup melemah 0,72 persen"); across a verb of speech it is not ("Prabowo
# menyebut 30 persen" is what he said, not his).
MOVES = frozenset({
    "naik", "turun", "anjlok", "melonjak", "tumbuh", "melemah", "menguat", "terkoreksi", "merosot",
    "mendaki", "meroket", "ambruk", "ambles", "amblas", "jatuh", "susut", "menyusut", "meningkat",
    "menurun", "bertambah", "berkurang", "terdepresiasi", "terapresiasi", "terkontraksi", "tumbang",
    "melesat", "melambung", "terpangkas", "koreksi", "terjun", "terperosok", "ditutup", "dibuka",
    # (in the corpus before a percentage or points: "menanjak" 13 times, "tergelincir"
    # 6, "tersungkur" and "tertekan" twice; "IHSG tersungkur 1,85%" had had no key)
    "menanjak", "melejit", "terkerek", "tergelincir", "tersungkur", "tertekan", "terpuruk", "melorot",
})
# A percentage right after another, joined by a conjunction, with at most a period
# between ("2,4 persen dalam sehari terakhir dan", "0,5% dan"), or by a contrast and its
# own verb of movement ("koin itu naik 2 persen, namun masih turun 1 persen
# sepekan": the same coin's week).
# A change in points restated as a percentage ("IHSG turun 25,10 poin atau kira-kira
# 0,36%"; "turun 35,20 atau 0,51%", the points unnamed after a verb of movement):
# the index's, as the points are, not the points'.
_POINTS_RESTATED = re.compile(
    r"(?:\d[\d.,]*\s*poin|\b(?:" + "|".join(sorted(MOVES)) + r")\s+\d[\d.,]*)\s+atau"
    r"(?:\s+(?:sekitar|sebesar|setara|turun|naik))?\s*$",
    re.IGNORECASE,
)
_COORDINATED = re.compile(
    r"\d[\d.,]*\s*(?:persen|%)(?:\s+(?:dalam\s+)?(?:se[a-z]+|\d+\s+[a-z]+)(?:\s+terakhir)?)?"
    r"\s*(?:,\s*)?(?:(?:dan|serta|atau|,)(?:\s+(?:" + "|".join(sorted(MOVES)) + r"))?"
    r"|(?:tetapi|tapi|namun|sedangkan|sementara)(?:\s+(?:masih|justru|malah|juga|sudah|tetap))?"
    r"\s+(?:" + "|".join(sorted(MOVES)) + r")(?:\s+tipis)?)\s*$",
    re.IGNORECASE,
)
# A figure restated as its change, after it: "210,5 terawatt hour (TWh) atau tumbuh
# 5,2%", "98,1 TWh, naik 4,4%" (a number, its unit's words, a bracket).
_CHANGE_RESTATED = re.compile(
    r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*\s*[^\s\d(),.;:]*(?:\s+[a-z]+){0,2}(?:\s*\([^()\d]{1,20}\))?\s*(?:,\s*(?:atau\s+)?|\s+atau\s+)"
    r"(?:" + "|".join(sorted(MOVES)) + r")(?:\s+(?:sebesar|sekitar|hingga|tipis))?\s*$",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
# A word of a name: capitalised, or an acronym with digits ("LQ45").
_NAME_WORD = re.compile(r"^(?:[A-Z][\w-]*|\d+[A-Z][A-Z\d]*)$")
# At most this many words of a name are its subject ("PT Bank Rakyat Indonesia").
NAME_WORDS = 4
# Words that may stand between a name and its figure besides the verb of movement
# ("VANA sudah naik 15%", "Bitcoin naik tipis 0,2 persen"); any other ("Angka tersebut
# naik", "dari Omaha itu bertambah") and the name is not the figure's subject.
NAME_GAP = frozenset({
    "telah", "sudah", "masih", "juga", "kembali", "lagi", "tipis", "tajam", "hingga", "sekitar",
    "sebesar", "hampir", "pun", "ikut", "turut", "terlihat", "signifikan", "drastis", "cukup",
    "sedikit", "sempat", "bahkan", "justru", "terus", "makin", "semakin", "mencapai",
})
_OPENERS = frozenset({".", "!", "?", ":", '"', "\u201c", "(", "-"})
# Verb-like words (meN-, ber-, di-, ter- forms) end the search like a linking word.
_VERBISH = re.compile(r"^(?:me[mnr]?|meng|meny|ber|di|ter)[a-z]{4,}$")
_SUBJECT_TOKEN = re.compile(r"[\w-]+|[^\w\s]")
# At most this many words name the subject: "penjualan tenaga listrik" is three; longer
# runs picked up the clause before on the dev clusters.
SUBJECT_WORDS = 3


# Trade figures of a kind of goods the text names by its code right after the keyword:
# "ekspor CKD ... naik 10,7 persen" beside "ekspor ... CBU ... naik 29,7 persen" (a
# conflict of two export figures of motorcycles), "impor BBM", "ekspor CPO". Not a
# place ("ekspor RI", "impor AS").
TRADED = frozenset({"ekspor", "impor"})
_GOODS_CODE = re.compile(r"(?:nya)?\s+([A-Z]{2,5})\b")
_LISTED_CODE = re.compile(r",\s*([A-Z]{2,5})\b")
_COUNTRY_CODES = frozenset({"RI", "NKRI", "UE", "EU", "US", "USA", "UK", "RRC", "RRT", "ASEAN"})


_FIGURE_ASIDE = re.compile(r"\([^()]*\d[^()]*\)")


# A list's next item after a figure: a conjunction or comma, then words (the item's own
# noun phrase) up to this figure.
_NEXT_ITEM = re.compile(
    r"\d[\d.,]*\s*[^\s\d,.;:]*\s*(?:,\s*(?:dan\s+|serta\s+|dengan\s+)?|\s(?:dan|serta|dengan)\s+)([a-z][a-z\s-]*?)\s*$"
)


def _own_list_item(left: str) -> bool:
    """Whether the figure after ``left`` opens a list's next item with its own subject
    of two or more words and no keyword ("tinggi 1.487 mm dan ... sumbu roda")."""
    m = _NEXT_ITEM.search(left)
    if m is None:
        return False
    words = m.group(1).split()
    return (
        len(words) >= 2 and _MEASURE_RE.search(m.group(1)) is None
        and _subject(left) == " ".join(words)
    )


def _links_only(between: str) -> bool:
    """Whether the words ``between`` a keyword and its figure only link them ("nya
    hampir", "sekira", "mencapai"), after the word of what ("lebar sayap 14 meter"; no
    verb: "layar lebar berukuran 300 inci"), with no figure."""
    words = re.findall(r"[a-z-]+", between.lower())
    linking = [w in LINKING or w in _NOT_OF_WHAT or w in ("nya", "sekira") for w in words]
    if words and not linking[0] and not _VERB_FORM.match(words[0]):
        linking[0] = True  # the word of what
    return not _DIGIT.search(between) and all(linking)


_AGE_GIVEN = re.compile(r"\b\d{1,3}\s*(?:tahun|thn)\b", re.IGNORECASE)


def _measure(left: str) -> str | None:
    """The property named before a figure: the nearest strong keyword, else the nearest
    weak one ("selama", "uang", "nilai" say little on their own) with the word that
    says of what ("nilai transaksi", "luas lahan", "harga honda")."""
    # (nor a keyword of an aside in brackets with its own figure, closed before this
    # one: "Rp 3 triliun (kurs Rp 16.000 per dolar) dari US$ 150 juta" is no rate)
    left = _FIGURE_ASIDE.sub(lambda m: " " * len(m.group()), left)
    # (not a weak keyword inside a capitalised name: "Indeks Harga Saham Gabungan")
    keyed = [
        (m, key) for m in _MEASURE_RE.finditer(left)
        if (key := _MEASURE_KEY[m.group(1).lower()]) not in WEAK_MEASURES
        or not _IN_NAME.search(left, 0, m.start() + 1)
    ]
    # (nor an age word whose age is written after it, before this figure: "Pemain
    # berusia 24 tahun itu terancam larangan bermain selama 4 tahun", a ban's length;
    # "berusia 24 tahun itu ... kontrak lima tahun", a contract's)
    keyed = [(m, key) for m, key in keyed if not (key == "usia" and _AGE_GIVEN.search(left, m.end()))]
    # (a width is the figure right after its word only, across words that link them:
    # "lebar 4 meter dan tebal 20 cm", "lebarnya 60 meter dan dalamnya 50 meter", a
    # wide-body jet's order "berbadan lebar, termasuk 100 unit ..." name other
    # things after another figure; "layar lebar berukuran 300 inci" is a cinema screen)
    keyed = [(m, key) for m, key in keyed if key != "lebar" or _links_only(left[m.end():])]
    strong = [(m, key) for m, key in keyed if key not in WEAK_MEASURES]
    if strong:
        m, key = strong[-1]
        goods = _GOODS_CODE.match(left, m.end()) if key in TRADED else None
        if goods is not None:
            # (the last of a list's items: "Ekspor CBU ... 49.618 unit, CKD ... 717.251 unit")
            code = [goods.group(1), *_LISTED_CODE.findall(left, goods.end())][-1]
            if code not in _COUNTRY_CODES and (code.lower(),) not in place_names():
                return f"{key} {code.lower()}"  # "ekspor CKD" beside "ekspor CBU"
        return key
    if not keyed:
        return None
    last, weak = keyed[-1]
    after = _OF_WHAT.match(left, last.end())
    if after is not None and weak not in ("durasi", "uang"):
        word = after.group(1)
        lower = _stem(word.lower())  # ("nilai pasarnya" is "nilai pasar")
        if (
            lower not in _NOT_OF_WHAT and lower not in _PARTICLES and lower not in _NOT_IN_SUBJECT
            and word.lower() not in _SENTENCE_ADVERBS
            and not _VERB_FORM.match(lower)
        ):
            if (
                word[:1].isupper() and not word.isupper()  # (no currency: "harga USD 69")
                and not _CAPITAL_BEFORE.search(left, 0, last.start())  # (no name's: "Indeks Harga Saham")
                and (more := _NAME_GOES_ON.match(left, after.end()))
            ):
                extra = list(takewhile(lambda w: w not in _FUNCTION_WORDS, more.group().lower().split()))
                lower = " ".join([lower, *extra])  # "luas Dubai Mall"
            return f"{weak} {lower}"
    return weak


def _sentence_kind(left: str, noun: str) -> str:
    """A prison term is a sentence handed down, a prosecutor's demand, or the
    substitute term for an unpaid fine."""
    tail = left[-20:].lower()
    if "subsid" in tail or (noun == "kurungan" and "denda" in left.lower()):
        return "subsider"
    # (the last verb of the court: "dituntut 20 tahun, tetapi hakim menjatuhkan vonis
    # 16 tahun" hands down 16)
    if _demanded(left, 0, len(left)):
        return "tuntutan"
    return "vonis"


def _holder(left: str, measure: str | None) -> str | None:
    """Whose figure it is, when the text says right before it ("gaji pokok presiden",
    "Wakil Presiden sebesar Rp368,9 juta")."""
    if measure is None:
        return None
    near = _holder_ending(_LINK_TAIL.sub("", left))  # "Wakil Presiden sebesar Rp368,9 juta"
    if near is not None:
        return near
    found = [m for m in _MEASURE_RE.finditer(left) if _MEASURE_KEY[m.group(1).lower()] == measure]
    if not found:
        return None
    # the words right after the keyword, in order ("gaji pokok presiden", "gaji untuk
    # wakil presiden")
    run: list[str] = []
    after = _words(left[found[-1].end():])
    if after[:1] and after[0] in ("untuk", "bagi"):
        after = after[1:]
    for w in after[:3]:
        if w not in HOLDER_WORDS:
            break
        run.append(w)
    if run:
        return " ".join(run)
    # "presiden akan menerima gaji hingga Rp 553 juta": who receives it
    receives = _RECEIVES.search(left, 0, found[-1].start())
    return _holder_ending(left[: receives.start()]) if receives is not None else None


def _holder_ending(text: str) -> str | None:
    """The holder (:data:`HOLDERS`, two words before one) that ``text`` ends with."""
    near = _words(text)[-2:]
    for size in (2, 1):
        phrase = " ".join(near[-size:])
        if len(near) >= size and phrase in HOLDERS:
            return phrase
    return None


# A name that may hold a figure: capitalised words, model codes ("Xpeng G6", "PT Haloni
# Jaya Tbk (HALO)"), an ampersand inside.
_NAME_RUN = re.compile(r"\b[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|\d+[A-Za-z][\w-]*|&))*(?:\s+\([A-Z][A-Z0-9]{1,5}\))?")
# Capitalised words that open no holder's name: currencies, time zones and compass
# points ("bergerak ke Barat dengan kecepatan ...").
_CURRENCY_WORDS = frozenset({"rp", "us", "usd", "us$", "idr", "eur", "sgd", "myr", "jpy", "cny"})
_NOT_HOLDER_WORDS = _CURRENCY_WORDS | frozenset({
    "wib", "wita", "wit",
    "barat", "timur", "utara", "selatan", "tenggara", "timur laut", "barat daya", "barat laut",
})
# Words that stand for whichever company or product the article is about ("laba
# bersih Perseroan", "Kei Car ini"): no name to tell two holders apart.
GENERIC_HOLDERS = frozenset({"perseroan", "perusahaan", "emiten", "grup", "group", "car", "mobil", "motor", "bank"})
# A number right before a word in capitals: the word is its unit ("bertenaga 115 PS",
# "27,5 BTC"; not "Seksi 1 Kaligawe-Sayung").
_NUMBER_BEFORE = re.compile(r"\d\s*$")
# Between a property word and the name after it: "pendapatan Pertamina", "laba milik BRI".
_HOLDER_AFTER = re.compile(r"\s+(?:(?:milik|dari|perusahaan|perseroan)\s+)?")
# Between the name and the property word after it, at most this many words, within the
# clause ("Toyota Alphard, yang jadi pembandingnya, berukuran panjang 5.010 mm", "PLN
# tahun lalu meraup pendapatan ..."), with no figure between and no verb of saying or
# forecasting (a name that says the figure is its source, not its holder). Read on two
# draws of 300 corpus articles naming an owned property: 89 of their 292 such figures
# had a holder, 77 of them right (the wrong: an official's name typed an organisation,
# a programme, a driving mode in capitals, a toll road's name for its section's
# length); 6 words reach "X, yang jadi pembandingnya, berukuran".
HOLDER_GAP_WORDS = 6
# Names are looked for this many characters before the figure at most (a holder after
# its property word is closer still): a sentence of a 2 MB text without full stops is
# not read again for every figure.
HOLDER_WINDOW = 200
# (the name's short form in brackets may follow it: "The Federal Reserve (the Fed)
# yang memilih menahan suku bunga di 4,5%")
_HOLDER_GAP = re.compile(r"(?:\s*\([^()\d]{1,40}\))?[^.;:!?\"\u201c\u201d\d()]*")
_SAYING = re.compile(
    r"\b(?:mengatakan|menyebut(?:kan)?|menjelaskan|mengungkapkan|menuturkan|menyampaikan|memaparkan|"
    r"menegaskan|kata|ujar|tutur|melaporkan|dilansir|dikutip|menurut|memperkirakan|memprediksi|"
    r"memproyeksikan|memprakirakan)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)
def _casing(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words ``text`` writes capitalised after a lower-case word, and those it writes
    in lower case (once per text: its sentences ask of the same words again and again;
    only the last few texts are kept)."""
    return frozenset(re.findall(r"[a-z] ([A-Z][\w-]*)", text)), frozenset(re.findall(r"\b[a-z][\w-]*", text))


def _named_inside(text: str, word: str) -> bool:
    """Whether ``word`` (capitalised) is written so inside a sentence of ``text``: a
    name, not a common word capitalised to open the sentence ("Erupsi itu ...")."""
    return word in _casing(text)[0]


def _written_lower(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` (lower case) as a word of its own."""
    return word in _casing(text)[1]


def _opens_sentence(text: str, at: int) -> bool:
    return re.search(r"(?:^|[.!?:\"\u201c(]\s*)$", text[max(0, at - 3):at]) is not None


def _holder_names(analysis: Analysis, start: int, end: int) -> list[tuple[int, int, str]]:
    """Names between ``start`` and ``end`` that may hold a figure: organisations the
    analysis found and capitalised runs, less a word opening the sentence that the text
    never writes capitalised inside one (:func:`_named_inside`), currencies, dates,
    places and people."""
    text = analysis.text
    names = [(e.start, e.end, e.text) for e in analysis.entities if e.type == "ORG" and start <= e.start and e.end <= end]
    people = [(e.start, e.end) for e in analysis.entities if e.type == "PERSON"]
    for m in _NAME_RUN.finditer(text, start, end):
        words = [(w.start(), w.end(), w.group()) for w in re.finditer(r"\S+", text[m.start():m.end()])]
        if _opens_sentence(text, m.start()) and not _named_inside(text, words[0][2]):
            words.pop(0)
        while words and (words[0][2].lower() in _NOT_HOLDER_WORDS or words[0][2].lower() in _DATE_WORDS):
            words.pop(0)
        # (nor a currency after the name: "pendapatan Pertamina Rp 100 triliun")
        while words and words[-1][2].lower() in _CURRENCY_WORDS:
            words.pop()
        if not words:
            continue
        name = " ".join(w for _s, _e, w in words)
        name_start, name_end = m.start() + words[0][0], m.start() + words[-1][1]
        if (
            len(name) < 2 or name.lower() in GENERIC_HOLDERS or tuple(name.lower().split()) in place_names()
            or any(p[0] <= name_start < p[1] for p in people)
            or (name.isupper() and " " not in name and _NUMBER_BEFORE.search(text, max(start, name_start - 3), name_start))
        ):
            continue
        names.append((name_start, name_end, name))
    return names


def _owned_holder(analysis: Analysis, q: Quantity, sent: tuple[int, int], base: str) -> str | None:
    """Whose a figure of an owned property (:data:`OWNED_PROPERTIES`) is, when the
    sentence names it right after the property word ("pendapatan Pertamina sebesar
    ...") or as the subject shortly before it ("Pupuk Indonesia tahun lalu meraup
    pendapatan Rp 81,6 triliun"), else None."""
    text = analysis.text
    keyed = [m for m in _MEASURE_RE.finditer(text, sent[0], q.start) if _MEASURE_KEY[m.group(1).lower()] == base]
    at_start, at_end = (keyed[-1].start(), keyed[-1].end()) if keyed else (q.start, q.start)
    names = _holder_names(analysis, max(sent[0], q.start - HOLDER_WINDOW), q.start)
    after = [n for n in names if n[0] >= at_end and _HOLDER_AFTER.fullmatch(text, at_end, n[0])]
    if after:
        return re.sub(r"\s+", " ", min(after)[2])
    before = [
        n for n in names
        if n[1] <= at_start and _HOLDER_GAP.fullmatch(text, n[1], at_start)
        and len(text[n[1]:at_start].split()) <= HOLDER_GAP_WORDS and not _SAYING.search(text, n[1], at_start)
    ]
    if before:
        return re.sub(r"\s+", " ", max(before, key=lambda n: n[1])[2])
    return None


def _superseded(text: str, q: Quantity, sent: tuple[int, int]) -> bool:
    left = text[max(sent[0], q.start - 40):q.start]
    right = text[q.end:min(sent[1], q.end + 25)]
    if _TO_BEFORE.search(left):
        return False
    if _SUPERSEDED_BEFORE.search(left):
        return True
    if _TO_FIGURE_AFTER.match(text, q.end, sent[1]) and _SUPERSEDED_FAR.search(
        text, max(sent[0], q.start - SUPERSEDED_REACH), q.start
    ):
        return True
    if CHANGE_VERB_FROM.search(left) and _TO_FIGURE.match(right):
        return True  # "turun dari 61 ke 48 kg"
    return bool(_FROM_BEFORE.search(left) and (to := _TO_AFTER.match(right)) and not _OWN_PERIOD.search(to.group()))


# A period written with the figure before "menjadi": "dari Rp 410 triliun di 2023
# menjadi Rp 452 triliun di 2024" compares two years' figures, neither superseded.
_OWN_PERIOD = re.compile(
    r"\b(?:(?:19|20)\d\d|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\b"
)


# "turun 2,5 persen dalam 24 jam", "naik 80 poin dalam sehari": the hours are the
# window the change is measured over, not a figure of the story.
_OVER_PERIOD = re.compile(r"(?:\d\s*%|\d\s+persen|\d\s+(?:poin|basis\s+poin|bps))\s+(?:dalam|selama)\s+(?:waktu\s+)?$", re.IGNORECASE)
_PERIOD_BEFORE = re.compile(r"\b(?:dalam|selama)\s+(?:waktu\s+)?$", re.IGNORECASE)
_PERIOD_AFTER = re.compile(r"\s+(?:terakhir|belakangan|ke\s+depan)\b", re.IGNORECASE)
_PERIOD_UNITS = frozenset({"jam", "hari", "minggu", "pekan", "bulan", "tahun", "menit"})
_PAST_PERIOD_AFTER = re.compile(r"\s+(?:terakhir|belakangan)\b", re.IGNORECASE)
# After a length of time, words that make it the gap between two moments of the story
# ("dua menit kemudian gol keempat hadir", "tiga menit berselang", "sehari setelahnya"),
# or the moment the story has reached ("Sepuluh menit pertandingan berjalan"): a step of
# the narration, not a figure anyone reports.
_GAP_AFTER = re.compile(
    r"\s+(?:(?:pertandingan|laga|babak\s+\w+)\s+)?(?:kemudian|berselang|berikutnya|setelahnya|sesudahnya"
    r"|setelah\s+itu|sesudah\s+itu|berjalan)\b",
    re.IGNORECASE,
)
_GAP_UNITS = _PERIOD_UNITS | {"detik"}


# ... or in brackets right after it: "labanya US$ 3 miliar (Rp 48
# triliun)", the outlet's conversion.
_BRACKET_BETWEEN = re.compile(r"\s*\(\s*")


def _converted(text: str, q: Quantity, before: Quantity | None) -> bool:
    """Whether money ``q`` restates the sum ``before`` it in another currency, after
    "atau" and a word of about or over (see _OR_BETWEEN), or in brackets right after it
    (_BRACKET_BETWEEN)."""
    return (
        before is not None and q.kind == "money" and before.kind == "money"
        and q.unit is not None and before.unit is not None and q.unit != before.unit
        and before.end <= q.start
        and (
            (q.qualifier in _RESTATING and _OR_BETWEEN.fullmatch(text, before.end, q.start) is not None)
            or _BRACKET_BETWEEN.fullmatch(text, before.end, q.start) is not None
        )
    )


# A question asserts no figure: one opening with a word that asks whether or how much
# ("Benarkah ... uang haji Rp 1 triliun ...?", a hoax a fact-check asks about; "Berapa
# nilai satu nyawa manusia?"), or a short one ("Satu kapal pesiar?", a rhetorical list).
# In 1,500 random corpus articles 25 figures stood in questions: 15 in such ones, none of
# them a figure the outlet states; the rest (a fact in a clause before "apakah ...?") stay.
_ASKING = re.compile(
    r"[\s\"\u201c'(]*(?:(?:lalu|lantas|jadi|namun|tapi),?\s+)?(?:benarkah|betulkah|apakah|apa\s+benar|berapa|masa|masak)\b",
    re.IGNORECASE,
)
SHORT_QUESTION_WORDS = 6
# A question mark ending the sentence, or its quotation before a short attribution
# ('... kapal pesiar?" katanya.')
_QUESTION_END = re.compile(r"\?[\"\u201d'\u2019)]*(?:\s+[^?\"\u201c\u201d]{1,40})?$")


def _asked(text: str, sent: tuple[int, int]) -> bool:
    """Whether the sentence is a question that asserts no figure (see :data:`_ASKING`)."""
    sentence = text[sent[0]:sent[1]].rstrip()
    end = _QUESTION_END.search(sentence)
    if end is None:
        return False
    asked = sentence[: end.start() + 1]
    return bool(_ASKING.match(asked)) or len(asked.split()) <= SHORT_QUESTION_WORDS


def _not_asserted(text: str, q: Quantity, sent: tuple[int, int], previous: Quantity | None = None) -> str | None:
    """Why a figure is not asserted as a fact: a condition ("jika divonis 20 tahun"), a
    negation ("tidak dijatuhkan hukuman 20 tahun"), a conversion of the figure before
    it ("USD 152,5 miliar atau setara Rp 2.479 triliun"), a denomination, a yardstick,
    a duration that is a period, not a figure ("dalam 24 jam terakhir"), or a step of
    the narration ("tiga menit berselang")."""
    left = text[max(sent[0], q.start - CONDITION_WINDOW):q.start]
    if _CONDITION.search(left):
        return "hypothetical (a condition, not a fact)"
    if _asked(text, sent):
        return "asked, not stated (a question)"
    if _NEGATED.search(text[max(sent[0], q.start - 40):q.start]):
        return "negated"
    if q.kind == "money" and (_CONVERSION.search(text[max(sent[0], q.start - 30):q.start]) or _converted(text, q, previous)):
        return "conversion of the figure before it"
    if q.kind == "money" and _DENOMINATION.search(text[max(sent[0], q.start - 20):q.start]):
        return "a banknote's or coin's denomination, not an amount"
    if _FACTOR.search(text[max(sent[0], q.start - 20):q.start]):
        return "a factor the text multiplies or divides by, not a figure of its own"
    if _FAR_FROM.search(text[max(sent[0], q.start - 40):q.start]):
        return "a yardstick the text compares with, not a figure of its own"
    before = text[max(sent[0], q.start - 60):q.start]
    if (
        q.kind == "measure" and q.unit in _PERIOD_UNITS and _OVER_PERIOD.search(before)
        and any(w in MOVES for w in _words(before))
    ):
        # (a change: "turun 2,5 persen dalam 24 jam"; not a level reached: "dari 10%
        # ke 80% dalam 12 menit" is a charging time)
        return "the period of the change before it, not a figure of its own"
    if (
        q.kind == "measure" and q.unit in _PERIOD_UNITS
        and (_PERIOD_BEFORE.search(text[max(sent[0], q.start - 20):q.start]) or _PAST_PERIOD_AFTER.match(text, q.end, sent[1]))
        and _PERIOD_AFTER.match(text, q.end, sent[1])
    ):
        # ("penjualannya tiga tahun terakhir mulai bergeser": the last three
        # years, with or without "dalam"; not "kontrak tiga tahun ke depan", a length)
        return "a period the sentence is about (\"dalam 24 jam terakhir\"), not a figure of its own"
    if q.kind == "measure" and q.unit in _GAP_UNITS and _GAP_AFTER.match(text, q.end, sent[1]):
        return "a step of the narration (\"dua menit kemudian\"), not a figure of its own"
    if (
        q.kind == "count" and (q.noun or "").lower() in _LIST_ITEMS
        and (_LISTICLE_CUE.search(text, sent[0], sent[1]) or _LISTICLE_OPENING.fullmatch(text, sent[0], q.start))
    ):
        return "a listicle's count of its own items (\"berikut 6 potret\"), not a figure of the story"
    if q.kind == "count" and str(q.unit).lower() in _KIN and _EPITHET_BEFORE.search(text, max(sent[0], q.start - 20), q.start):
        return "a person's epithet (\"ibu dua anak itu\"), not a figure of the story"
    return None


def _event_time(text: str, q: Quantity, sent: tuple[int, int]) -> str | None:
    """The event a time of day belongs to ("gempa"), or None when it is not an event time."""
    left = text[sent[0]:q.start]
    if _AS_OF.search(left[-40:]) or q.qualifier == "up_to":
        return None
    clause = left[-160:]
    event = list(_EVENT_RE.finditer(clause))
    if not event or not _EVENT_VERB.search(clause):
        return None
    return event[-1].group(1).lower()


def _date_mention_for(analysis: Analysis, sent: tuple[int, int], pos: int) -> DateMention | None:
    """The resolved date a figure is dated by: a date in its sentence, the nearest
    before it, else the nearest after."""
    best: DateMention | None = None
    best_distance = 1 << 30
    for d in analysis.dates:
        if not d.resolved or d.value is None or d.start < sent[0] or d.end > sent[1]:
            continue
        distance = pos - d.end if d.end <= pos else (d.start - pos) * 2
        if distance < best_distance:
            best, best_distance = d, distance
    return best


def _date_text(mention: DateMention | None) -> str | None:
    """A figure's date (and time) as its claim records it, from :func:`_date_mention_for`."""
    if mention is None or mention.value is None:
        return None
    return mention.value.isoformat() + (f"T{mention.time}" if mention.time else "")


# An open bracket of a conversion right before a figure: "US$ 9,3 miliar (kurs Rp
# 16.256)", "(setara Rp 150 miliar)", "(sekitar Rp 2,5 triliun)": the outlet's sums.
_CONVERSION_OPEN = re.compile(r"\(\s*(?:kurs|setara|sekitar|sekira|kira-kira|atau)\b", re.IGNORECASE)


# A "paragraph" this long (characters) is a text whose line breaks were lost (some
# outlets' pages scrape as one line): a source then carries on over at most
# LOST_PARAGRAPH_CARRY sentences, not the whole text (a 2018 story's hoax salary figures,
# told sentences after a minister's denial in one such text, had become hers). Of the
# shared corpus's paragraphs half are under 181 characters, 99% under 882 and 99.5%
# under 1,401; 218 of its 7,505 texts have one longer than this.
LOST_PARAGRAPH_CHARS = 1500
LOST_PARAGRAPH_CARRY = 2


def _speaker(analysis: Analysis, sentence: int, pos: int) -> tuple[str | None, tuple[int, int] | None]:
    """(speaker as written, its span) for the figure at ``pos`` in ``sentence``.

    The attribution of the quotation or clause holding the figure, else of its
    sentence; failing that, the source of the data ("berdasarkan data BMKG"), an agency
    reporting it ("BMKG mencatat ..."), or the person with a role who is the subject of
    the sentence ("Bupati Garut Endang Suhendar menetapkan status tanggap darurat
    selama tujuh hari"). A sentence with none of these continues the source of the
    sentence before it in the same paragraph (Indonesian news rarely switches source
    mid-paragraph without saying so), in a text that lost its line breaks only the
    LOST_PARAGRAPH_CARRY sentences before it. Otherwise nobody: the outlet states the
    figure, as it does a conversion in brackets ("(kurs Rp 16.256)").
    """
    text = analysis.text
    opened = text.rfind("(", max(analysis.sentences[sentence][0], pos - 24), pos + 1)
    if opened >= 0 and ")" not in text[opened:pos] and _CONVERSION_OPEN.match(text, opened):
        return None, None  # "(kurs Rp 16.256)": the outlet's own conversion, no one's word
    found = _own_source(analysis, sentence, pos)
    if found is not None:
        return found
    para_start = text.rfind("\n", 0, analysis.sentences[sentence][0]) + 1
    para_end = text.find("\n", analysis.sentences[sentence][1])
    lost = (para_end if para_end >= 0 else len(text)) - para_start > LOST_PARAGRAPH_CHARS
    for prev in range(sentence - 1, -1, -1):
        if analysis.sentences[prev][0] < para_start:
            break
        if lost and sentence - prev > LOST_PARAGRAPH_CARRY:
            break
        found = _own_source(analysis, prev, analysis.sentences[prev][1], carried=True)
        if found is not None:
            return found
        if any(a.sentence == prev and a.quote for a in analysis.attributions):
            # a closed quotation ends its speaker's turn: the narration after it is the
            # outlet's, not carried past it from the reported speech before
            break
    return None, None


def _in_description(text: str, a: Attribution, pos: int, sentence_start: int) -> bool:
    """Whether ``pos`` lies in the words that describe ``a``'s speaker, written in its
    sentence before what is said and before any verb (for a speaker carried from
    before, the words opening the sentence: "Pelari berumur 29 tahun itu lalu
    menyampaikan ...", the runner named before)."""
    if a.quote and pos >= a.end:
        # '"...," sambung bek 39 tahun itu': the words after the quotation's verb that
        # name its speaker, up to any other verb (the age had been the defender's word)
        tag = text[a.end:pos].lower().split()
        return bool(tag) and not any(
            _VERB_FORM.match(w) and w not in ("berusia", "berumur", "bernama") for w in tag[1:]
        )
    start = sentence_start if a.carried_from is not None else a.speaker_start
    if not start <= pos < a.start:
        return False
    if a.carried_from is not None and a.cue and a.cue.lower() in text[start:pos].lower():
        return False  # "Klaimnya sampai 28 km untuk seliter": after the cue, what is said
    words = text[start:pos].lower().split()
    return not any(_VERB_FORM.match(w) and w not in ("berusia", "berumur", "bernama") for w in words)


# The circumstances written after a speaker named after what was said: when, where,
# on what occasion ("kata Budi usai rapat", "..., Rahmat Hidayat, usai kliennya diperiksa").
_OCCASION_AFTER = re.compile(
    r"[\s,]*(?:usai|seusai|setelah|sesudah|sebelum|saat|ketika|sewaktu|selepas|sembari|sambil)\b", re.IGNORECASE
)


def _own_source(
    analysis: Analysis, sentence: int, pos: int, carried: bool = False
) -> tuple[str | None, tuple[int, int] | None] | None:
    candidates = [a for a in analysis.attributions if a.sentence == sentence]
    if carried:  # only reported speech carries on, not a closed quotation
        candidates = [a for a in candidates if a.kind == "named" and not a.quote]
    inside = [a for a in candidates if a.start <= pos < a.end]
    if not inside:
        # (a figure that describes the speaker, written ahead of every verb: "Penyanyi
        # 31 tahun itu mengaku ...", "Wati (52) mengatakan": the outlet's, not her word)
        # (nor one after a speaker named after what was said: '"...," kata Budi usai
        # rapat 3 jam', "Hal itu disampaikan pengacara Dodi, Rahmat Hidayat, usai
        # kliennya diperiksa kurang lebih 9 jam": the outlet's narration of the
        # occasion, not the lawyer's word)
        told = [a for a in candidates if not _in_description(analysis.text, a, pos, analysis.sentences[a.sentence][0])]
        tagged = any(a.quote and pos >= a.end for a in candidates if a not in told)
        candidates = [
            a for a in told
            if carried or not (
                a.end <= a.speaker_start and pos >= a.speaker_end
                and _OCCASION_AFTER.match(analysis.text, a.speaker_end, pos)
            )
        ]
        if (told and not candidates) or (tagged and not told and not carried):
            # (the sentence has its speaker: none carried from before; nor one whose
            # figure is in the words naming the speaker after the quotation, '"...,"
            # sambung bek 39 tahun itu')
            return None, None
    if candidates:
        a = (inside or candidates)[0]
        if _DIGIT.search(a.speaker_text):
            return None  # "M5,1 ... diumumkan": a figure is never a speaker
        if a.kind == "pronoun_carried" and not a.speaker_name:
            return None
        return a.speaker_text, (a.speaker_start, a.speaker_end)
    start, end = analysis.sentences[sentence]
    text = analysis.text
    data = _DATA_OF.search(text, start, pos)
    if data:
        return data.group(1), data.span(1)
    named = _DATA_OF_NAMED.search(text, start, pos)
    if named and frequency_band(named.group(1).split()[0].lower()) != "F3":
        return named.group(1), named.span(1)  # "Data Bloomberg menunjukkan": a rare word, a name
    lead = _LEAD.match(text, start, end)
    subject_from = lead.end() if lead else start
    agency = _AGENCY_REPORTS.match(text, subject_from, pos)
    if agency:
        group = 1 if agency.group(1) else 2
        return agency.group(group), agency.span(group)
    court = None if carried else _COURT_ACTS.match(text, subject_from, pos)
    if court:
        # (its own sentence's only: the court's act is no statement carried to the next)
        return court.group(1), court.span(1)
    # (its own sentence's only, as the court's: "Presiden Prabowo Subianto meluncurkan
    # lima paket insentif" is his act, and the figures of the sentences after it, "BSU
    # diberikan Rp 300 ribu per bulan", the outlet's, not his word)
    for r in () if carried else analysis.roles:
        if r.name and subject_from <= r.start <= subject_from + 2 and r.end < pos:
            if _UNDERGOES.match(text, r.end, pos):
                return None  # "Ibu X, Meirizka Widjaja divonis tiga tahun": she is sentenced, not a source
            if (r.role or "").split()[:1] and (r.role or "").split()[0].lower() in _PLAYERS:
                return None  # "Bek Timnas Indonesia Jay Idzes masuk daftar 100 pemain": what he did, not his word
            return text[r.start:r.end], (r.name_start, r.name_end)
    return None


# A name (or initials) right before the brackets an age is in: "APW (25)", "ESS
# (perempuan, 53 tahun)".
_AGE_OF = re.compile(r"\b([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*\((?:[^()]{0,30},\s*)?[^()]{0,12}$")
# Words before a name that say who one is, not one's name: "Kasus Pembunuhan Dian
# Novita Sari (29)", "Pengemudi Moh Sholehoddin (26)".
_NOT_OF_NAME = frozenset({
    "kasus", "pembunuhan", "penganiayaan", "korban", "pelaku", "tersangka", "terdakwa", "saksi", "pengemudi",
    "pria", "wanita", "warga", "jemaah", "terpidana", "bocah", "siswa", "mahasiswa",
})


def _person_named(words: str) -> str | None:
    """The name in ``words`` (before an age's brackets) without the words of who one
    is; none when what is left is a place ("Malaysia (26)" in a ranking)."""
    parts = words.split()
    while parts and (parts[0].lower() in _NOT_OF_NAME or parts[0].lower() in ROLE_WORDS):
        parts.pop(0)
    if not parts or tuple(p.lower() for p in parts) in place_names():
        return None
    return " ".join(parts)


# A bracket opening with a sex before a number of years: "ESS (perempuan, 53 tahun)".
_GENDER_BRACKET = re.compile(r"\(\s*(?:perempuan|laki-laki|pria|wanita)\s*,\s*$", re.IGNORECASE)
# The first person right before an age: "aku yang berusia 47 tahun", "di umur saya yang
# sudah 63 tahun", "usiaku 30 tahun": in a quotation, the speaker's own age.
_OWN_AGE = re.compile(
    r"(?:\b(?:aku|saya)\s+(?:yang\s+)?|\b(?:usia|umur)(?:ku|\s+(?:aku|saya))\s+(?:yang\s+)?)"
    r"(?:(?:sudah|sekarang|kini|telah|baru|masih|hampir)\s+)?(?:(?:berusia|berumur)\s+)?$",
    re.IGNORECASE,
)
# A name right before an age in apposition or with "(yang) berusia": "Korban meninggal
# RDS, perempuan 31 tahun", "TW yang kini berusia 27 tahun", "Budi berusia 40 tahun".
_NAME_BEFORE_AGE = re.compile(
    rf"\b([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,3}})"
    rf"(?:,\s+(?:seorang\s+)?(?:{_PERSON_NOUNS})(?:\s+(?:berusia|berumur))?"
    r"|\s+yang\s+(?:(?:saat\s+ini|kini|sekarang|sudah|telah|baru|masih)\s+)*(?:berusia|berumur)?"
    r"|\s+(?:berusia|berumur))\s*$"
)
_AGE_LEAD = re.compile(r"(?:berusia|berumur)\s+", re.IGNORECASE)
_LOWER_RUN = re.compile(r"\b[a-z]+\b")
# How many sentences before an age said of "pemain 24 tahun itu" the person it refers to
# is looked for (the article's most named person before it, or the only one named in
# these sentences). Read on the 1,500 random articles' ages so written: the person the
# sentence before named, or the article's subject, two or three sentences up.
AGE_REFERENT_SENTENCES = 3


def _people(analysis: Analysis) -> list[Mention]:
    """The article's person mentions, without words the model took for a name: a common
    word with affixes or with "-nya" ("Sebabnya", "Makanya", "Karenanya")."""
    return [
        m for m in analysis.mentions
        if m.type == "PERSON" and not affixed_common_word(m.text)
        and not (" " not in m.text and m.text.lower().endswith("nya") and common_word(m.text.lower()[:-3]))
    ]


def _person_names(people: list[Mention]) -> list[str]:
    """Each of ``people`` by the longest name among theirs that holds its words
    ("Denada" -> "Denada Tambunan"; :func:`kabar.reconcile.fullest_name`)."""
    names = [m.text for m in people]
    return [fullest_name(name, names) for name in names]


def _fuller_name(name: str, persons: list[Mention]) -> str:
    """The fullest name among ``persons``' that holds ``name`` as whole words ("Ayu" in
    "Ayu Ting Ting", not in "Rahayu"), else ``name``."""
    return next((n for n in _person_names(persons) if f" {name} " in f" {n} "), name)


# A count alone in brackets: "(16 poin)", "(2 gol)".
_BRACKETED_COUNT = re.compile(r"\(\s*$")
_BRACKET_ENDS = re.compile(r"\s*\)")


def _bracketed_after_name(analysis: Analysis, q: Quantity) -> str | None:
    """The person or body a count in brackets right after their name is of ("Pascal
    Siakam (16 poin)"), else None."""
    text = analysis.text
    opened = _BRACKETED_COUNT.search(text, max(0, q.start - 3), q.start)
    if opened is None or not _BRACKET_ENDS.match(text, q.end):
        return None
    before = opened.start()
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    named = next((m for m in analysis.mentions if m.end == before and m.type in ("PERSON", "ORG")), None)
    return re.sub(r"\s+", " ", named.text) if named is not None else None


# "disusul Budi dengan 30 gol dari 55 laga", "ada Andi dengan 20 assist": a
# player's tally named right before "dengan", in a list of several players' tallies.
_WITH_TALLY = re.compile(r"[ \t]+dengan[ \t]+(?:total[ \t]+)?$")
_TALLY_LISTED = re.compile(r"(?:^|[,:;]|\b(?:ada|yaitu|yakni|adalah|ialah|disusul|diikuti|kemudian|lalu))\s*$")
_ONE_OF_SEVERAL = re.compile(r"(?:/|&|,|\bdan|\bserta)\s*$")


def _named_with_count(analysis: Analysis, q: Quantity) -> str | None:
    """The person a count is said of as "NAME dengan N ..." ("Luis Suarez dengan 33
    gol"), else None."""
    text = analysis.text
    with_ = _WITH_TALLY.search(text, max(0, q.start - 16), q.start)
    if with_ is None:
        return None
    named = next((m for m in analysis.mentions if m.end == with_.start() and m.type == "PERSON"), None)
    if named is None or _ONE_OF_SEVERAL.search(text, max(0, named.start - 6), named.start):
        return None  # (a pair's or a list's: "Fikri/Daniel dengan", "Roberts dan Lorenzo dengan")
    if not _TALLY_LISTED.search(text, max(0, named.start - 12), named.start):
        # (a ranking's entry only: "ada Luis Suarez dengan", "yaitu Valentino Rossi
        # dengan"; not "umpan dari Budi dengan satu sepakan", "tim yang dipimpin
        # AKP Andi dengan kira-kira tujuh anggota")
        return None
    return re.sub(r"\s+", " ", named.text)


_TALLY_OF = re.compile(r"[ \t]+(?:dari|dalam)[ \t]+")


def _tally_goes_on(claims: list[Claim], text: str, q: Quantity) -> str | None:
    """Whose the count right after a named tally is ("Budi dengan 30 gol dari 55
    laga": Budi's 55 matches), else None."""
    last = claims[-1] if claims else None
    if last is None or WHOSE not in last.property_key or not _TALLY_OF.fullmatch(text, last.end, q.start):
        return None
    return last.property[last.property.rfind("(") + 1 : -1] if last.property.endswith(")") else None


def _age_whose(
    analysis: Analysis, q: Quantity, sent: tuple[int, int], prop: _Property, headline: frozenset[str]
) -> str | None:
    """Whose age the figure is, when the text says: the name before its brackets ("APW
    (25)", in ``prop``'s text), the speaker of a quotation who says "aku yang berusia 47
    tahun", or the person a "penyanyi 46 tahun ini" refers back to (the only person
    named in the AGE_REFERENT_SENTENCES before, or the one the article names most
    before it when that one is among them). Ages whose person the text does not say
    ("pria berusia 25 tahun") are compared with none (kabar.reconcile)."""
    if prop.text.startswith("usia (") and prop.text.endswith(")"):
        return prop.text[len("usia ("):-1]
    text = analysis.text
    left = text[sent[0]:q.start]
    persons = _people(analysis)
    lead = _AGE_LEAD.match(q.text)
    referring = _DEMONSTRATIVE_NEXT.match(text, q.end) is not None
    # (not with "ini"/"itu" after: "Menurut data Transfermarkt, bek berumur 21 tahun
    # itu ..." refers back, to the player, no apposition)
    if not referring and (named := _NAME_BEFORE_AGE.search(left + (lead.group() if lead else ""))):
        start, end = sent[0] + named.start(1), sent[0] + named.end(1)
        name = _person_named(named.group(1))
        if name and any((m.start < end and start < m.end) or m.text == name for m in persons):
            # (a person the article names: not "Makanya, kiper ...", nor a car's "BEV")
            return _fuller_name(name, persons)
    if _OWN_AGE.search(left):
        said = next((a for a in analysis.attributions if a.quote and a.start <= q.start < a.end), None)
        if said is None or not said.speaker_name:
            return None
        if not any(m.text == said.speaker_name for m in persons):
            return None
        return _fuller_name(said.speaker_name, persons)
    if not (_AGE_AFTER_PERSON.search(left) and referring):
        return None
    si = analysis.sentence_of(q.start)
    if si is None:
        return None
    near_from = analysis.sentences[max(0, si - AGE_REFERENT_SENTENCES)][0]
    before = [m for m in persons if m.end <= q.start]
    people = _person_names(before)
    near = {name for name, m in zip(people, before, strict=True) if m.start >= near_from}
    # (the article's subject: named in its title by surname)
    titled = {name for name in near if name.split()[-1].lower() in headline}
    if len(titled) == 1:
        return next(iter(titled))
    # (the article's most named person by how often the text writes a word of the name,
    # not by the model's mentions, which miss some: a keeper's name written eight times,
    # read as a person once)
    ranked = Counter({
        name: max(len(re.findall(rf"\b{re.escape(w)}\b", text[:q.start])) for w in name.split())
        for name in set(people)
    }).most_common(2)
    if titled or len(near) != 1 or ranked[0][0] not in near or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    # the one person named near, the article's most named so far, unless the text gives
    # them another calling ("pelatih Patrick Kluivert" is no "bek berusia 24 tahun")
    noun = _AGE_AFTER_PERSON.search(left)
    calling = noun.group().split()[0].lower() if noun else ""
    roles = {
        (m.role or "").split()[0].lower() for m in analysis.mentions
        if m.type == "PERSON" and m.role and m.text in ranked[0][0]
    }
    if (calling in _PLAYERS and roles & _COACHES) or (calling in _COACHES and roles & _PLAYERS):
        return None
    if _unread_title_name(analysis, headline, ranked[0][0]):
        return None  # (the title names someone the model did not read: likely the one meant)
    return ranked[0][0]


def _unread_title_name(analysis: Analysis, headline: frozenset[str], person: str) -> bool:
    """Whether the title has a word that the text writes only capitalised, as a name,
    that is in none of its entities nor in ``person``'s name (a keeper's surname in a
    title about him, where the model read only the pundit quoted beside him as a
    person)."""
    text = analysis.text
    lower = set(_LOWER_RUN.findall(text))
    named = {w.lower() for m in analysis.mentions for w in m.text.split()} | {w.lower() for w in person.split()}
    return any(
        len(w) >= 3 and w.isalpha() and w not in lower and w not in named and w.capitalize() in text
        for w in headline
    )


# Titles of players, whose deeds as a sentence's subject are no statement of theirs (a
# coach's or an official's act is: "Pelatih X menetapkan 23 pemain").
_PLAYERS = frozenset({"pemain", "bek", "striker", "penyerang", "gelandang", "kiper", "winger", "kapten", "pembalap"})
_COACHES = frozenset({"pelatih", "manajer", "asisten"})
# A subject that undergoes the sentence's verb (a passive "di-" or "ter-" verb after it,
# a name in apposition, an other name or initials between: "Penyanyi Windy ... alias
# Windy Idol diperiksa selama 8 jam") is no source of its figures. In 1,500 random corpus
# articles 5 claims lose such a source, all sentenced or praised people.
_UNDERGOES = re.compile(
    r"(?:\s*,(?:\s*[A-Z][\w'-]*){1,4},?|\s+(?:alias|atau)(?:\s+[A-Z][\w'-]*){1,3}|\s*\([A-Z][^()]{0,30}\))?"
    r"\s+(?:(?:telah|sudah|akhirnya|juga|pun)\s+)?"
    r"(?!(?:tersebut|terkait|terhadap|termasuk|terutama|terakhir|diantaranya)\b)(?:di|ter)[a-z]{4,}\b"
)


# "berdasarkan data BMKG", "menurut data BPS", "hasil analisis BMKG", "informasi dari
# BPBD": the data's source.
_DATA_WORDS = r"[Dd]ata|[Cc]atatan|[Ll]aporan|[Aa]nalisis|[Ii]nformasi|[Rr]ilis|[Pp]antauan"
_DATA_OF = re.compile(
    rf"\b(?:{_DATA_WORDS}|[Pp]emutakhiran)\s+"
    r"(?:dari\s+|resmi\s+)?([A-Z][A-Z]{1,}[a-z]*(?:\s+[A-Z][a-z]+)?)\b"
)
# ... a source written in title case ("Data Bloomberg", "laporan Reuters"): only a word
# that is no common one (frequency band below F3: not "data Juni", "laporan lengkap").
# Not "catatan": before a name it is the person's record ("menyamai catatan Stefano
# Pioli pada 2016"), not a source of the figures after it.
_DATA_OF_NAMED = re.compile(
    rf"\b(?:{_DATA_WORDS.replace('[Cc]atatan|', '')})\s+(?:dari\s+)?([A-Z][a-z]{{2,}}(?:\s+[A-Z][a-z]+)?)\b"
)
_REPORTING = (
    r"(?:juga\s+|telah\s+|sudah\s+)?(?:mencatat|melaporkan|menyebut|menyatakan|mengumumkan|merilis"
    r"|memperkirakan|menaksir|memastikan|memutakhirkan|mengoreksi|merevisi|memperbarui)\b"
)
# An agency opening a sentence with a reporting verb, by its acronym or written out
# with it: "BMKG mencatat tujuh gempa susulan", "Badan Meteorologi, Klimatologi, dan
# Geofisika (BMKG) memutakhirkan data gempa".
_AGENCY_REPORTS = re.compile(
    r"(?:[A-Z][^()\n]{0,90}\(([A-Z]{2,}[a-z]*)\)|([A-Z][A-Z]{1,}[a-z]*(?:\s+[A-Z][a-z]+)?))\s+" + _REPORTING
)


# A court, a prosecutor or the police deciding or acting, the sentence's subject: the
# source of its figures ("Majelis hakim juga menghukum ... denda Rp 500
# juta", "Jaksa menuntut terdakwa 14 tahun penjara").
_COURT_ACTS = re.compile(
    r"((?:[Mm]ajelis\s+)?[Hh]akim(?:\s+[Kk]etua)?|[Jj]aksa(?:\s+[Pp]enuntut\s+[Uu]mum)?(?:\s+KPK)?|JPU(?:\s+KPK)?"
    r"|[Pp]enyidik|[Pp]olisi|[Pp]engadilan(?:\s+[A-Z][\w]*)*)"
    # (the body they are of: "Jaksa penuntut umum ... (KPK)")
    r"(?:(?:\s+[A-Z][\w]*){1,5}(?:\s*\(\s*[A-Z]{2,}\s*\))?)?"
    r"(?:\s+(?:juga|pun|kemudian|lalu|akhirnya|telah|turut))?\s+"
    r"(?:menjatuhkan|menghukum|memvonis|menuntut|menetapkan|menyita|menangkap|mengamankan|menahan|memutuskan"
    r"|mengabulkan|membebankan|mewajibkan)\b"
)
# Connectives a sentence may open with before its subject.
# (also an occasion before the subject: "Dalam persidangan itu, jaksa menuntut ... tujuh
# tahun" names the prosecutor as the demand's source; it had been the outlet's)
_LEAD = re.compile(
    r"\s*(?:(?:Sementara\s+itu|Selain\s+itu|Adapun|Di\s+sisi\s+lain|Kemudian),?\s+"
    r"|(?:Dalam|Pada|Saat|Ketika|Usai|Seusai|Setelah)\s+[^,.;\n]{1,40},\s+)?"
)


def _latest_named(analysis: Analysis) -> datetime | None:
    """The latest date-time an undated article names: it was written no earlier."""
    latest: datetime | None = None
    for d in analysis.dates:
        if not d.resolved or d.value is None:
            continue
        day = d.end_value or d.value
        if d.kind == "period" and d.end_value and d.end_value > d.value:
            continue  # a planned period ("hingga Rabu (25/6/2025)") may end after the writing
        hour, minute = (int(x) for x in (d.time or "00:00").split(":"))
        tz = timezone(timedelta(hours=int(d.tz[:3]), minutes=int(d.tz[4:6]))) if d.tz else DEFAULT_TZ
        moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)
        if latest is None or moment > latest:
            latest = moment
    return latest


def _day_before(analysis: Analysis, pos: int) -> str | None:
    """The last day the text names before ``pos``: the day of a bare time of day."""
    days = [d for d in analysis.dates if d.end <= pos and d.resolved and d.value is not None and d.kind != "period"]
    if not days:
        return None
    day = max(days, key=lambda d: d.end).value
    return day.isoformat() if day else None


def _score_key(value: str) -> str:
    """A score with the winner's goals first: "0-6" and "6-0" are the same result told
    from the two sides (which side is whose is in the sentence)."""
    parts = re.findall(r"\d+", value)
    if len(parts) != 2:
        return value
    a, b = int(parts[0]), int(parts[1])
    return f"{max(a, b)}-{min(a, b)}"


# A score the text places in another match: an earlier meeting ("pada pertemuan
# pertama", "leg pertama", "kala itu", "pekan lalu", a sentence opening "Sebelumnya,")
# or another fixture ("dalam dua laga lainnya"), in the score's clause after any figure
# before it. Not "laga pertama" nor "laga terakhir": a tournament's first match and a
# group's last are as often the story's own; nor "saat itu", as often a moment of the
# match ("Saat itu skor 2-0"). In the 101 articles of the Japan-Indonesia
# qualifier (shared corpus) the first leg's 0-4 stood in conflict with the night's 0-6;
# most of its mentions name the first meeting or a month or date of 2024.
_OTHER_MATCH = re.compile(
    r"\b(?:(?:pertemuan|leg)\s+(?:pertama|sebelumnya|lalu)|(?:laga|pertandingan|duel|partai)\s+"
    r"(?:sebelumnya|lain(?:nya)?)|(?:kala|ketika|waktu)\s+itu|(?:musim|tahun|edisi|pekan|minggu|bulan)\s+lalu)\b",
    re.IGNORECASE,
)
# Several other fixtures named after the scores they hold ("Timnas kalah 0-2 dari Qatar
# dan takluk 1-3 dari Oman dalam dua laga lainnya"): every score of the sentence before
# it is another match's, not only the last.
_SEVERAL_OTHER_MATCHES = re.compile(
    r"\bdalam\s+(?:dua|tiga|empat|lima|kedua|ketiga|keempat|\d+)\s+(?:laga|pertandingan|partai|duel)\s+"
    r"(?:lain(?:nya)?|sebelumnya)\b",
    re.IGNORECASE,
)
# "Sebelumnya," opening the sentence; or "Saat itu," / "Waktu itu" / "Pada saat itu"
# opening a sentence that gives a result ("Saat itu, tim tamu takluk 0-2 di kandang lawan",
# "Saat itu, sang pelatih ditahan imbang 2-2 pada laga debutnya": all 6 such sentences
# of the corpus recall a past match; "Saat itu skor masih 2-0" tells a moment of this
# one and gives no result)
_EARLIER_OPENING = re.compile(
    r"\W*(?:sebelumnya\b|(?:pada\s+)?(?:saat|waktu)\s+itu\b(?=[^.!?]*\b(?:takluk|kalah|kekalahan|menang|"
    r"kemenangan|ditahan|imbang)\b))",
    re.IGNORECASE,
)
# A score dated this many days or more before its article's publication is another
# match's: a match report comes out the same day or the next; a week is far beyond it.
OTHER_MATCH_DAYS = 7


# An amount right after a verb of movement (MOVES, "lebih murah/mahal"), with at most
# "sebesar"/"sekitar" between, is a change, not a level ("harga emas itu merosot Rp
# 5.000 menjadi Rp 1.880.000", "lebih murah Rp 2.000 per gram"): in five daily gold-price
# stories of 400 random multi-outlet ones, such changes stood in conflict with prices.
# (reconcile compares no two changes: of which product and day, the key does not say)
# Not "naik menjadi Rp ..." nor "naik hingga Rp 553 juta" (the level it rose to).
_CHANGE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(MOVES - {"ditutup", "dibuka"})) + r"|lebih\s+(?:murah|mahal|tinggi|rendah))"
    r"(?:\s+(?:sebesar|sekitar|senilai))?\s*$",
    re.IGNORECASE,
)


# ... and after a noun of change and what changed ("memicu penurunan kapitalisasi pasar
# Tesla USD 152 miliar": the fall, which had stood beside the company's value as a
# rival value), not a level it went to or from ("kenaikan gaji menjadi Rp 5 juta").
_CHANGE_NOUN_BEFORE = re.compile(
    r"\b(?:penurunan|kenaikan|lonjakan|kemerosotan|pertambahan|pengurangan|penyusutan)"
    r"(?:\s+(?!(?:menjadi|hingga|sampai|ke|dari|pada|di|sebesar|senilai)\b)[\w-]+){0,4}"
    r"(?:\s+(?:sebesar|senilai|sekitar))?\s*$",
    re.IGNORECASE,
)


def _change(text: str, sent: tuple[int, int], q: Quantity) -> bool:
    """Whether the amount ``q`` is a change (:data:`_CHANGE_BEFORE`,
    :data:`_CHANGE_NOUN_BEFORE`); not one whose qualifier bounds a level ("naik hingga
    Rp553 juta": the quantity's text opens with its "hingga")."""
    return q.qualifier not in ("up_to", "at_least", "more_than", "less_than") and bool(
        _CHANGE_BEFORE.search(text, max(sent[0], q.start - 40), q.start)
        or _CHANGE_NOUN_BEFORE.search(text, max(sent[0], q.start - 60), q.start)
    )


# A fall in percent right after its verb ("IHSG ditutup turun 0,88 persen", "saham itu
# anjlok 12%", "melemah tipis 0,3%"): the change is negative, as "minus 3,66%" already
# is, so that a fall and a rise of one size never agree and the table shows which.
# Not a level it fell to or from ("turun ke 5 persen", "turun dari 7 persen", "turun
# menjadi"): only adverbs of size between the verb and the figure.
_FALL_BEFORE = re.compile(
    r"\b(?:turun|menurun|melemah|anjlok|merosot|terkoreksi|jatuh|susut|menyusut|terpangkas|ambles|amblas"
    r"|ambruk|tergerus|terjun|terperosok|terkontraksi|terdepresiasi|berkurang|tumbang|tergelincir|tersungkur"
    r"|tertekan|terpuruk|melorot)"
    r"(?:\s+(?:sebesar|sekitar|sekira|tipis|dalam|lagi|hingga|sampai|sedalam|cukup\s+dalam))?\s*$",
    re.IGNORECASE,
)


# ... and a fall in points restated as a percentage: "turun 25,10 poin atau kira-kira
# 0,36%", "turun 35,20 atau 0,51%" (the restated falls had been rises of the index).
_FALL_RESTATED = re.compile(
    _FALL_BEFORE.pattern.removesuffix(r"\s*$") + r"\s+\d[\d.,]*(?:\s*poin)?\s+atau(?:\s+(?:sekitar|sebesar|setara))?\s*$",
    re.IGNORECASE,
)
FALL_RESTATED_WINDOW = 70
# ... and after a noun of fall and what fell, up to six words between (a firm's
# "penurunan" of its income "hingga" 21%, of its equity by 17%): one outlet's fall of
# 21% had stood unsigned beside the others' -21%. Not a level it fell to or from
# ("penurunan bunga ke 5,5%", "penurunan dari 7%", "menjadi 5%"), nor a rise told after
# it (a share's fall "setelah" a month's "kenaikan 22%").
_FALL_NOUN_BEFORE = re.compile(
    r"\b(?:penurunan|kemerosotan|pengurangan|penyusutan|pelemahan)"
    r"(?:\s+(?!(?:menjadi|ke|dari|level|tingkat|posisi|angka|kenaikan|naik|meningkat|peningkatan|pertumbuhan"
    r"|tumbuh|lonjakan|melonjak|menguat|penguatan)\b)[\w-]+){0,6}"
    r"(?:\s+(?:sebesar|sekitar|sekira|hingga|sampai|mencapai))?\s*$",
    re.IGNORECASE,
)
FALL_NOUN_WINDOW = 60


def _fall(text: str, sent: tuple[int, int], q: Quantity) -> bool:
    """Whether the percentage ``q`` is a fall (see :data:`_FALL_BEFORE`,
    :data:`_FALL_NOUN_BEFORE`)."""
    return q.kind == "percent" and isinstance(q.value, (int, float)) and q.value > 0 and bool(
        _FALL_BEFORE.search(text, max(sent[0], q.start - 40), q.start)
        or _FALL_RESTATED.search(text, max(sent[0], q.start - FALL_RESTATED_WINDOW), q.start)
        or _FALL_NOUN_BEFORE.search(text, max(sent[0], q.start - FALL_NOUN_WINDOW), q.start)
    )


# A total broken down into its parts before a figure, in its clause: "korban tewas
# terdiri dari tujuh siswa dan satu orang dewasa", "terdiri atas 4 tersangka penerima
# dan 17 tersangka pemberi" (93 breakdowns with figures in the shared corpus). The
# figure is a part, not the total, when the breakdown gives two figures or more ("Surat
# Al-Kahfi terdiri atas 110 ayat" gives a size).
_BREAKDOWN = re.compile(r"\bterdiri\s+(?:dari|atas)\b", re.IGNORECASE)
# Where the breakdown's clause ends: a sentence's or a clause's end, or another clause
# opening ("..., sementara blok yang lain beranggotakan lima negara").
_BREAKDOWN_END = re.compile(r"[.;:!?]|,\s*(?:sementara|sedangkan|namun|tetapi|tapi|dan\s+masing-masing)\b", re.IGNORECASE)


# The same after a total named before it in the sentence: "5 penerbangan yang batal,
# yaitu 4 jadwal ke kota A dan 1 ke kota B" (in an eruption story the 4 had been an
# "update" of the day's 26 affected flights).
# How far after the total its listing word may come (characters): room for the words
# that qualify the total ("dua rumah rusak diterpa angin kencang semalam, yakni ...").
# A colon after the total lists its parts too ("enam warga tewas akibat longsor itu: dua
# petani dan empat pelajar"): a school shooting's 8 pupils so listed had been compared
# with nothing while another outlet's 7, after "terdiri dari", was a part.
LISTED_TOTAL_WINDOW = 80
_LISTED_AFTER_TOTAL = re.compile(
    r"\b(?:yakni|yaitu|adalah|meliputi|antara\s+lain|di\s+antaranya)\b|:(?!\d)", re.IGNORECASE
)


_CLAUSE_BREAK = re.compile(r"[,;]")


def _breakdown_part(analysis: Analysis, q: Quantity, sent: tuple[int, int]) -> int | None:
    """Where the words opening the breakdown start ("terdiri dari", "yakni", a colon)
    when ``q`` is one of two or more figures a total is broken down into
    (:data:`_BREAKDOWN`), in the clause that follows "terdiri dari", or that follows
    "yakni", "adalah", ... after a count or amount (:data:`_LISTED_AFTER_TOTAL`); else
    None."""
    text = analysis.text
    kinds: tuple[str, ...] = ("count", "money")
    opened = list(_BREAKDOWN.finditer(text, sent[0], q.start))
    if not opened and q.kind == "count":
        # (counts only, the total shortly before the word: prices and models listed after
        # "yaitu" are no parts of a figure)
        kinds = ("count",)
        totals = [x.end for x in analysis.quantities if sent[0] <= x.start and x.end <= q.start and x.kind == "count"]
        opened = [
            m for m in _LISTED_AFTER_TOTAL.finditer(text, sent[0], q.start)
            # (a colon only in the total's own clause: not a label's after a list of
            # targets, "tercapai 9 orang, selanjutnya ... screening TBC: target 79")
            if any(
                e <= m.start() <= e + LISTED_TOTAL_WINDOW and (m.group() != ":" or not _CLAUSE_BREAK.search(text, e, m.start()))
                for e in totals
            )
        ]
    if not opened:
        return None
    start = opened[-1].end()
    if _BREAKDOWN_END.search(text, start, q.start):
        return None
    end_match = _BREAKDOWN_END.search(text, q.end, sent[1])
    end = end_match.start() if end_match else sent[1]
    parts = sum(1 for x in analysis.quantities if start <= x.start < end and x.kind in kinds)
    return opened[-1].start() if parts >= 2 else None


# Words before a breakdown's opening word read for what happened to the total ("korban
# meninggal terdiri atas", "enam warga tewas akibat longsor itu:").
BREAKDOWN_STATE_WORDS = 5


def _breakdown_state(text: str, sent: tuple[int, int], opener: int) -> str | None:
    """What happened to the total a breakdown opening at ``opener`` breaks down
    (:data:`STATES`), from the last words of its clause before the opening word."""
    lead = text[sent[0]:opener]
    clause = _CLAUSE_BREAK.split(lead)[-1]
    words = clause.lower().split()[-BREAKDOWN_STATE_WORDS:]
    return _state(words)
# "lainnya" right after a count's noun ("dua korban lainnya", "tiga warga lainnya"):
# others than those counted before it.
_OTHERS = re.compile(r"\s+lainnya\b", re.IGNORECASE)


def _others_told_apart(claims: list[Claim], analysis: Analysis, si: int, key: str) -> bool:
    """Whether "lainnya" sets a count apart from the last one counted, in its sentence
    or the one before, by what happened to them: "menewaskan 24 orang, dengan 600
    orang lainnya terluka" is the injured's total ("orang:luka" after
    "orang:meninggal"), not a part of it."""
    last = next((c for c in reversed(claims) if c.kind == "count"), None)
    if last is None or ":" not in key or ":" not in last.property_key:
        return False
    last_si = analysis.sentence_of(last.start)
    return last_si is not None and si - last_si <= 1 and last.property_key.split(":")[1] != key.split(":")[1]


# A penalty shootout's score, never level: in brackets right after a drawn match's
# ("1-1 (2-4)"; "3-1 (1-1)" gives the half-time score), or after the shootout's words
# in its own context ("menang lewat adu penalti atas lawannya, skornya 4-3"),
# unless a bracketed score follows it (then it is the match's: "menang lewat adu
# penalti, skor akhir 1-1 (4-2)").
_SHOOTOUT_WORDS = re.compile(r"\badu\s+(?:tendangan\s+)?penalti\b|\bpenalty\s+shoot-?out\b", re.IGNORECASE)
_SCORE_BRACKET_BEFORE = re.compile(r"(\d+)\s*[-\u2013]\s*(\d+)\s*\(\s*$")
_SCORE_SIDES = re.compile(r"(\d+)\s*[-\u2013]\s*(\d+)")
_BRACKET_CLOSE = re.compile(r"\s*\)")
_BRACKETED_SCORE_NEXT = re.compile(r"\s*\(\s*\d+\s*[-\u2013]\s*\d+\s*\)")
# Characters at most between a score and the bracketed score after it (" (").
BRACKET_GAP = 4


def _bracketed_after_draw(analysis: Analysis, q: Quantity, sent: tuple[int, int]) -> bool | None:
    """For a score in brackets right after another ("0-0 (6-5)", "3-1 (1-1)"), whether
    that one is a draw; None when ``q`` is not bracketed after a score."""
    text = analysis.text
    before = _SCORE_BRACKET_BEFORE.search(text, max(sent[0], q.start - 12), q.start)
    if before is None or not _BRACKET_CLOSE.match(text, q.end):
        return None
    return before.group(1) == before.group(2)


def _shootout_score(analysis: Analysis, q: Quantity, sent: tuple[int, int]) -> bool:
    """Whether the score ``q`` is a penalty shootout's (see :data:`_SHOOTOUT_WORDS`)."""
    own = _SCORE_SIDES.search(q.text)
    if own is None or own.group(1) == own.group(2):
        return False  # a shootout has a winner ("imbang 2-2 selama waktu normal" is the match's)
    after_draw = _bracketed_after_draw(analysis, q, sent)
    if after_draw is not None:
        # after a draw ("0-0 (6-5)"); after a win the bracket is the half-time score
        return after_draw
    if _BRACKETED_SCORE_NEXT.match(analysis.text, q.end):
        return False
    left, _right = _score_context(analysis, q, sent)
    return _SHOOTOUT_WORDS.search(left) is not None


def _half_time_bracket(analysis: Analysis, q: Quantity, sent: tuple[int, int]) -> bool:
    """Whether the score ``q`` is in brackets after a match's won score, its half-time
    score ("menang 3-1 (1-1)")."""
    return _bracketed_after_draw(analysis, q, sent) is False


def _score_context(analysis: Analysis, q: Quantity, sent: tuple[int, int]) -> tuple[str, str]:
    """The words of a score's sentence that speak of it: between the scores before and
    after it (not only its clause: "Pekan lalu, Australia lolos ke Piala Dunia 2026 usai
    menang 1-0"; not between any figures: "dalam dua laga lainnya", "pertemuan
    pertama"), to the right only up to a comma."""
    scores = [x for x in analysis.quantities if x.kind == "score" and sent[0] <= x.start < sent[1]]
    before = max((x.end for x in scores if x.end <= q.start), default=sent[0])
    after = min((x.start for x in scores if q.end <= x.start), default=sent[1])
    return analysis.text[before:q.start], analysis.text[q.end:after].split(",", 1)[0]


# A score during the match, not its result: a lead, a deficit, an equaliser, the score
# at a minute, at half-time or after a quarter or a set ("Kubo menggandakan keunggulan
# menjadi 2-0", "tuan rumah unggul 4-0 ketika laga masuk menit ke-70", "skor 0-3 saat
# turun minum"), unless its words also give a result ("menang 2-0 lewat gol di babak
# pertama", "berbalik unggul 3-1 dan skor itu bertahan sampai laga bubar", "harus
# mengakui keunggulan lawan 0-6", "juara setelah unggul 2-0"). Of 892 scores of 500 random
# corpus articles with one, 129 are read so, all read: all during a match or a set but
# two results written as a lead (a return leg "unggul 3-2" at home). Before, a story's
# running scores stood in conflict with its result (the Japan-Indonesia story's "untuk
# sementara 4-0" beside the night's 0-6).
_RUNNING = re.compile(
    r"\b(?:unggul|memimpin|tertinggal|ketinggalan|menyamakan|memperkecil|memperbesar|memperlebar|"
    r"menggandakan|keunggulan|ketertinggalan|untuk\s+sementara|sementara\s+waktu|turun\s+minum|jeda|"
    r"babak\s+(?:pertama|I)|paruh\s+pertama|menit|kuarter|set\s+(?:pertama|kedua|ketiga|keempat)|"
    r"gim\s+(?:pertama|kedua)|(?:skor|kedudukan)\s+(?:menjadi|jadi|berubah))\b",
    re.IGNORECASE,
)
_RESULT = re.compile(
    r"\b(?:menang|kemenangan|memenangi|memenangkan|kalah|kekalahan|takluk|menaklukkan|mengalahkan|"
    r"dikalahkan|membantai|dibantai|menghajar|dihajar|berakhir|diakhiri|(?:skor|hasil)\s+akhir|bubar|"
    # ("juara" before a name is a title a side holds: "atas juara Liga Champions Asia")
    r"imbang|bermain\s+imbang|ditahan|berkesudahan|juara(?!\s+(?-i:[A-Z]))|mengakui\s+keunggulan|"
    r"akhir\s+(?:laga|pertandingan))\b",
    re.IGNORECASE,
)


# The end of a half, a quarter or a set: a score during the match whatever the words
# of ending ("Babak pertama berakhir dengan skor 2-0 bagi tuan rumah").
_HALF_TIME = re.compile(
    r"\b(?:(?:babak|paruh)\s+(?:pertama|I)\s+(?:berakhir|usai|selesai|tuntas)|turun\s+minum|"
    r"menutup\s+(?:babak|paruh|kuarter|set)|(?:babak|paruh)\s+pertama\s+ditutup)\b",
    re.IGNORECASE,
)


# The scores of a match's sets (games) listed after its result: "menang 3-2 (23-25,
# 21-25, 25-18, 25-16, 15-11)", "menyerah 0-3 usai kalah 20-25, 24-26, 19-25". As many
# scores as the result counts sets, after it within SET_LIST_GAP characters of words
# (no full stop, no other figure), one after another with commas or "dan". A set's
# score is no figure of its own: "25-22" is written in every volleyball match, and five
# matches' sets had made one "agree" row (of a story of four reports of two matches
# and three others'). MAX_SETS: a match of best of seven.
SET_LIST_GAP = 30
MAX_SETS = 7
_SET_LEAD = re.compile(rf"\s*\(\s*|[^.\d()]{{1,{SET_LIST_GAP}}}")
_SET_SEP = re.compile(r"\s*,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+")


def _set_scores(analysis: Analysis) -> frozenset[int]:
    """The starts of the scores that are a match's sets (see :data:`SET_LIST_GAP`)."""
    text = analysis.text
    scores = [q for q in analysis.quantities if q.kind == "score" and isinstance(q.value, str)]
    found: set[int] = set()
    for i, q in enumerate(scores):
        sides = [int(x) for x in re.findall(r"\d+", str(q.value))]
        sets = sum(sides)
        if len(sides) != 2 or not 2 <= sets <= MAX_SETS or q.start in found:
            continue
        run = scores[i + 1 : i + 1 + sets]
        if len(run) != sets or not _SET_LEAD.fullmatch(text, q.end, run[0].start) or not all(
            _SET_SEP.fullmatch(text, a.end, b.start) for a, b in pairwise(run)
        ):
            continue
        found.update(r.start for r in run)
    return frozenset(found)


# How far left of a score (characters) its words are looked for: its clause's verb and
# subject ("Takefusa Kubo menggandakan keunggulan menjadi").
RUNNING_LEFT = 80


def _running_score(analysis: Analysis, q: Quantity, sent: tuple[int, int]) -> bool:
    """Whether the score ``q`` is one during the match (see :data:`_RUNNING`)."""
    left, right = _score_context(analysis, q, sent)
    near = f"{left[-RUNNING_LEFT:]} {right}"
    return bool(_HALF_TIME.search(near)) or (bool(_RUNNING.search(near)) and not _RESULT.search(near))


def _other_match(
    analysis: Analysis, q: Quantity, sent: tuple[int, int], mention: DateMention | None, reported: datetime | None
) -> bool:
    """Whether the score ``q`` is another match's than the one reported (an earlier
    meeting, another fixture): by :data:`_OTHER_MATCH` near it, an opening
    "Sebelumnya," or a date (``mention``) that ends ``OTHER_MATCH_DAYS`` or more before ``reported``
    (a month, "November 2024", ends with it; a season, "Liga Champions 2024-2025", a
    year of a name, "Piala Dunia 2026", end too late to count)."""
    text = analysis.text
    left, right = _score_context(analysis, q, sent)
    if _OTHER_MATCH.search(left) or _OTHER_MATCH.search(right) or _EARLIER_OPENING.match(text, sent[0], q.start):
        return True
    if _SEVERAL_OTHER_MATCHES.search(text, q.end, sent[1]):
        return True
    if mention is None or reported is None:
        return False
    last = mention.end_value or mention.value
    if not last:
        return False
    if _TITLE_HELD.search(text, max(0, mention.start - TITLE_HELD_WINDOW), mention.start):
        return False  # (when a side won a title, not when this match was: "melawan juara Piala Asia 2022-2023")
    return (reported.date() - last).days >= OTHER_MATCH_DAYS


# A title a side holds, named before its season: "juara Piala Asia 2022-2023"
# (the word of a title and up to five capitalised words, looked for in the
# TITLE_HELD_WINDOW characters before the season: room for the longest such names).
_TITLE_HELD = re.compile(r"\b(?:juara|kampiun|jawara|pemenang)\s+(?:[A-Z][\w-]*\s+){1,5}$")
TITLE_HELD_WINDOW = 80


# Words of a side's name that say nothing of which side it is ("Timnas Indonesia",
# "pasukan Thomas Letsch"), and the nicknames of sides the press uses most, which name
# no side this check can match with a headline ("Samurai Biru", "Los Blancos"): a
# context with only such words names no side.
GENERIC_TEAM_WORDS = frozenset({
    "timnas", "tim", "skuad", "pasukan", "klub", "fc", "cf", "sc", "ac", "as", "united", "city", "real", "the",
    "putra", "putri", "voli", "sepak", "bola", "laga", "babak", "tuan", "rumah",
    "garuda", "pertiwi", "merah", "putih", "samurai", "biru", "los", "blancos", "bianconeri", "si", "nyonya",
    "tua", "selecao", "azzurri", "nerazzurri", "rossoneri", "blaugrana", "citizens", "blues", "setan",
    "socceroos", "harimau", "malaya", "gajah", "perang", "chollima", "oranye", "panzer", "furia", "roja",
    "merah-putih", "les", "bleus", "blue", "waves", "red", "devils", "gunners", "reds", "maung", "bandung", "macan",
    "kemayoran", "bajul", "ijo", "singo", "edan", "bonek", "juku", "eja",
    # competitions and their stages
    "piala", "dunia", "liga", "kualifikasi", "grup", "zona", "putaran", "final", "semifinal", "fase",
    "matchday", "ronde", "champions", "league", "cup", "nations", "premier", "serie", "conference", "uefa",
    "fifa", "afc", "aff", "antarklub", "asia", "eropa", "world", "club", "super", "series", "open",
})
_WEEKDAYS = frozenset({"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"})
# A name after these is where a match was played, not a side ("bermain di Rose Bowl").
_VENUE_BEFORE = re.compile(r"\b(?:di|ke|Stadion|Stadium|Arena)\s+$")
_VENUE_PLACE_GAP = re.compile(r",[ \t]*")
# A name after these is the opponent of the side before it ("menang 2-0 atas Wydad",
# "kalah dari Arab Saudi", "saat menjamu China").
_OPPONENT_BEFORE = re.compile(
    r"\b(?:atas|dari|melawan|lawan|kontra|vs\.?|versus|menghadapi|menjamu|dijamu|oleh|dengan|imbang|"
    r"mengalahkan|menumbangkan|menghajar|membungkam|menundukkan|menaklukkan|menggulung|membantai|"
    r"dikalahkan|ditekuk|dibantai|ditahan)\s+$",
    re.IGNORECASE,
)
# Joins the sides a score's words name, in Claim.holder: "Bahrain vs Arab Saudi",
# "Arab Saudi / Indonesia vs Bahrain" (the sides after "vs" are named as opponents).
SIDES, OPPONENT = " / ", " vs "


# Words of a club's name: a "person" holding one is a club the model misread ("Man
# City tepatnya menang 2-0" under a Salzburg headline had named no side).
CLUB_WORDS = frozenset({"fc", "city", "united", "club", "sc", "ac", "afc", "cf", "sporting", "athletic", "hotspur"})


def _people_words(analysis: Analysis, headline: frozenset[str]) -> frozenset[str]:
    """The words of the article's people's names, less countries and the headline's
    words (a country or a club in a name the model took for a person's is still a
    side)."""
    places = place_names()
    return frozenset(
        w.lower() for e in analysis.entities
        if e.type == "PERSON" and not CLUB_WORDS.intersection(e.text.lower().split())
        for w in e.text.split()
        if (w.lower(),) not in places and w.lower() not in headline
    )


def _sides(
    analysis: Analysis, start: int, end: int, headline: frozenset[str], people: frozenset[str]
) -> list[tuple[str, bool]]:
    """The names written between ``start`` and ``end`` that may be a side's, each with
    whether the words before it make it an opponent: capitalised runs, less the words
    of people's names (``people``, :func:`_people_words`), venues, dates,
    :data:`GENERIC_TEAM_WORDS`, and a word opening the sentence that the text never
    writes capitalised inside one nor the headline has, unless a capitalised word
    follows it and the text never writes it in lower case ("Man City menang", not
    "Skor 2-1 untuk ...")."""
    text = analysis.text
    out: list[tuple[str, bool]] = []
    venue_end = -1
    for m in _NAME_RUN.finditer(text, start, end):
        if _VENUE_BEFORE.search(text, max(start, m.start() - 12), m.start()) or (
            venue_end >= 0 and _VENUE_PLACE_GAP.fullmatch(text, venue_end, m.start())
        ):
            # (and the town after the venue: "di Rose Bowl, Pasadena", no side)
            venue_end = m.end()
            continue
        words = []
        run = m.group().split()
        for i, w in enumerate(run):
            word = w.lower().strip("()-")
            if (
                len(word) < 2 or word in GENERIC_TEAM_WORDS or word in _DATE_WORDS or word in _WEEKDAYS
                or word in _NOT_HOLDER_WORDS or word in people or word in _ID_STOP_WORDS
            ):
                # (a function word opening a sentence, "Meski Patrick Kluivert", "Di
                # Piala Asia", names no side: spaCy's Indonesian stop words, none of
                # them a place of the gazetteer nor a club's word)
                continue
            if (
                i == 0 and _opens_sentence(text, m.start())
                and not _named_inside(text, w) and word not in headline
                and (len(run) == 1 or _written_lower(text, word))
            ):
                continue
            words.append(w.strip("()-"))
        if words:
            out.append((" ".join(words), bool(_OPPONENT_BEFORE.search(text, max(start, m.start() - 30), m.start()))))
    return out


def _sides_text(sides: list[tuple[str, bool]]) -> str | None:
    """The sides as :attr:`Claim.holder` writes them (:data:`SIDES`, :data:`OPPONENT`)."""
    if not sides:
        return None
    own = SIDES.join(name for name, opponent in sides if not opponent)
    return own + "".join(f"{OPPONENT}{name}" for name, opponent in sides if opponent)


def _parse_sides(holder: str) -> list[tuple[tuple[str, ...], bool]]:
    """The sides :func:`_sides_text` wrote, as lowercased words."""
    own, *opponents = holder.split(OPPONENT)
    sides = [(tuple(n.lower().split()), False) for n in own.split(SIDES) if n]
    return sides + [(tuple(n.lower().split()), True) for n in opponents if n]


def title_sides(
    title: str, sides: Iterable[list[tuple[tuple[str, ...], bool]]], min_share: float = 0.0
) -> list[frozenset[str]]:
    """The sides of the given scores' sides that a headline names, one set of words per
    side (names sharing a word are one side: "Man City", "Manchester City"); with
    ``min_share``, when they are three or more, only those named by at least that
    share of the scores naming the headline's most named side."""
    words = {w.lower() for w in _WORD.findall(title)}
    initials: frozenset[str] | None = None  # (read when a one-word side needs them)
    found: list[set[str]] = []
    named: list[int] = []
    for side, _opponent in (side for score in sides for side in score):
        # (with its initials, so that "PSG" is "Paris Saint-Germain"; and a side
        # written by its initials is the headline's name of them: "MU" under
        # "Manchester United Rela ...")
        side_words = set(side) | ({_initials(side)} if len(side) > 1 else set())
        if not side_words & words:
            if len(side) != 1:
                continue
            initials = _title_initials(title) if initials is None else initials
            if side[0] not in initials:
                continue
        for i, known in enumerate(found):
            if known & side_words:
                known |= side_words
                named[i] += 1
                break
        else:
            found.append(side_words)
            named.append(1)
    if len(found) <= 2:
        # (a match's second side may be named seldom: a story of scenarios before it)
        return [frozenset(f) for f in found]
    most = max(named)
    return [frozenset(f) for f, n in zip(found, named, strict=True) if n >= min_share * most]


# How many capitalised headline words in a row an acronym side may stand for ("MU",
# "PSG"; not four: "Rela Rugi Bandar demi" reads no club).
TITLE_INITIALS_WORDS = (2, 3)


def _title_initials(title: str) -> frozenset[str]:
    """The initials of each run of two or three capitalised words of a headline, a
    hyphen's parts apart ("Paris Saint-Germain": "psg")."""
    out: set[str] = set()
    for run in re.finditer(r"(?:\b[A-Z][\w-]*(?:\s+|$))+", title):
        names = run.group().split()
        for n in TITLE_INITIALS_WORDS:
            for i in range(len(names) - n + 1):
                out.add(_initials(w.lower() for w in names[i:i + n]))
    return frozenset(out)


_TITLE_SCORE = re.compile(r"\b(\d{1,3})\s*-\s*(\d{1,3})\b")


def title_scores(title: str) -> frozenset[str]:
    """The scores a headline gives, winner's first ("PSG Vs Botafogo 0-1": 1-0): its
    match's result, never another match's whatever the sides around it."""
    return frozenset(_score_key(m.group()) for m in _TITLE_SCORE.finditer(title))


def _initials(words: Iterable[str]) -> str:
    return "".join(w[0] for word in words for w in word.split("-") if w)


def _same_side(side: tuple[str, ...], titled: frozenset[str]) -> bool:
    """Whether a side's words name a headline's side: a word in common, or the side's
    initials one of its words ("Paris Saint-Germain", "PSG")."""
    return bool(set(side) & titled) or (len(side) > 1 and _initials(side) in titled)


def other_sides(sides: list[tuple[tuple[str, ...], bool]], titled: list[frozenset[str]]) -> bool:
    """Whether a score whose words name ``sides`` is another match's than the one
    whose sides a headline names (``titled``, :func:`title_sides`): it names none of
    them; or, the headline naming two (not one, nor the three or more of a roundup), it
    names another side as an opponent and at most one it does ("Indonesia menang 3-1
    atas Laos" under "Jepang vs Indonesia"; not "Kubo membawa Jepang menang atas
    Indonesia")."""
    if not titled or not sides:
        return False
    outside = [(w, opponent) for w, opponent in sides if not any(_same_side(w, t) for t in titled)]
    inside = len(sides) - len(outside)
    if not inside:
        return True
    if len(titled) != 2:
        # (one side named, or a roundup's three or more: "Hasil Akhir Belgia - Italia -
        # Kroasia" reports "Italia vs Moldova" too)
        return False
    return inside <= 1 and any(opponent for _w, opponent in outside)


def _side_words(sides: list[tuple[str, bool]]) -> list[tuple[tuple[str, ...], bool]]:
    return [(tuple(name.lower().split()), opponent) for name, opponent in sides]


def _article_sides(analysis: Analysis, headline: frozenset[str]) -> dict[int, list[tuple[str, bool]]]:
    """The sides of each score of the article (:func:`_sides`), by the score's start."""
    out = {}
    people = _people_words(analysis, headline)
    for q in analysis.quantities:
        if q.kind == "score" and (si := analysis.sentence_of(q.start)) is not None:
            left, right = _score_context(analysis, q, analysis.sentences[si])
            out[q.start] = _sides(analysis, q.start - len(left), q.end + len(right), headline, people)
    return out


# Over a story, a headline's word is a side's only when its scores name it at least
# this share as often as the headline's most named side: in the 101 articles of one
# match's story, the coach the headline names was written as a side beside his team 4
# times (against the two teams' 60 and 70), and made the headline a roundup's of three
# sides. A roundup's sides are each named about as often as the others. Two sides are
# kept whatever their shares: in a story of scenarios before a match, its opponent is
# named by few scores.
STORY_SIDE_SHARE = 0.25


# A headline naming one side ("Manajer Timnas Indonesia Ungkap ...") names its match
# when the story's scores name that side with one opponent at least this share of the
# time and at least USUAL_OPPONENT_MIN times: then a score of that side with others
# ("Arab Saudi menemani Indonesia lolos ... setelah menghajar Bahrain 2-0") is another
# match's. In one such story of 13 articles, 7 scores named Indonesia and China.
USUAL_OPPONENT_SHARE = 0.5
USUAL_OPPONENT_MIN = 3


def _with_usual_opponent(
    titled: list[frozenset[str]], sides: list[list[tuple[tuple[str, ...], bool]]]
) -> list[frozenset[str]]:
    """``titled`` (one side) with the opponent the scores name with it most, when that
    one is usual enough (:data:`USUAL_OPPONENT_SHARE`), else as it is."""
    (side,) = titled
    opponents: Counter[tuple[str, ...]] = Counter()
    with_side = 0
    for score in sides:
        if not any(_same_side(words, side) for words, _opponent in score):
            continue
        with_side += 1
        others = {words for words, _opponent in score if words and not _same_side(words, side)}
        opponents.update(others)
    if not opponents:
        return titled
    best, n = opponents.most_common(1)[0]
    if n < USUAL_OPPONENT_MIN or n < USUAL_OPPONENT_SHARE * with_side:
        return titled
    return [side, frozenset(best)]


# The keys of a match's result: its score and its penalty shootout's.
_RESULT_KEYS = frozenset({"skor", f"skor:{SHOOTOUT_KEY}"})


def mark_previews(claims: Iterable[Claim]) -> None:
    """Key as another match's (``skor:laga lain``) every score of ``claims``, the claims
    of an article previewing a match to come: its scores are past meetings, other
    results and predictions, never the result ("Indonesia pernah menang 5-3 pada 1954").
    """
    for c in claims:
        if c.kind == "score" and c.property_key in _RESULT_KEYS:
            _key_as_other_match(c)


# Time claims that give a match's start ("pukul 17.35 WIB" of the laga), and the zones
# their times are written in.
MATCH_START_KEYS = frozenset({"waktu:laga", "waktu:pertandingan", "waktu:kick-off", "waktu:kickoff"})
_ZONE_HOURS = {"WIB": 7, "WITA": 8, "WIT": 9}
# Claims that must give one start before a story's match has it: one article's slip
# ("mulai pukul 15.00 WIB", a broadcast's start) is not enough.
MIN_MATCH_START_CLAIMS = 2


def match_start(claims: Iterable[Claim]) -> datetime | None:
    """When the story's match begins: the date and time its articles give most often
    (at least :data:`MIN_MATCH_START_CLAIMS` times, and more often than any other),
    in a zone they name (WIB, WITA, WIT); None when they give none or disagree evenly."""
    starts: Counter[datetime] = Counter()
    for c in claims:
        hours = _ZONE_HOURS.get(c.unit or "")
        if c.kind != "time" or c.property_key not in MATCH_START_KEYS or hours is None or not c.date:
            continue
        try:
            at = datetime.fromisoformat(c.date)
        except ValueError:
            continue
        if at.tzinfo is None and (at.hour or at.minute):
            starts[at.replace(tzinfo=timezone(timedelta(hours=hours)))] += 1
    ranked = starts.most_common(2)
    if not ranked or ranked[0][1] < MIN_MATCH_START_CLAIMS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


# A score the text dates this many days or more before the story's first report is
# another match's (a list of results, a line dated "05-06-2025" in a report of 10
# June): a story's match is played at most a day before its first report.
STORY_DAYS_BEFORE = 2


def mark_before_start(claims: Iterable[Claim]) -> None:
    """Key as another match's (``skor:laga lain``) every score of the match published
    before the match began (:func:`match_start`): a past meeting (a first leg's 0-4
    recalled before kick-off), another match or a prediction, never its result. A story
    of a match's build-up had "updated" its score from one past result to another. So is
    a score the text dates :data:`STORY_DAYS_BEFORE` days or more before the story's
    first report."""
    claims = list(claims)
    start = match_start(claims)
    published = {c.id: c.published.replace(tzinfo=c.published.tzinfo or DEFAULT_TZ) for c in claims if c.published}
    first = min(published.values(), default=None)
    for c in claims:
        if c.kind != "score" or c.property_key not in _RESULT_KEYS:
            continue
        before_start = start is not None and c.id in published and published[c.id] < start
        day = _day(c.date) if c.date else None
        dated_before = first is not None and day is not None and (first.date() - day).days >= STORY_DAYS_BEFORE
        if before_start or dated_before:
            _key_as_other_match(c)


def _day(text: str) -> date | None:
    """The day of a claim's date; None for the first of January, what a year or a
    season alone resolves to (a title held in the 2023-2024 season), no day of a match."""
    try:
        day = date.fromisoformat(text[:10])
    except ValueError:
        return None
    return None if (day.month, day.day) == (1, 1) else day


def _key_as_other_match(claim: Claim) -> None:
    other = _with_part(_Property(claim.property, claim.property_key), OTHER_MATCH_KEY)
    claim.property, claim.property_key = other.text, other.key


def mark_other_matches(claims: Iterable[Claim], title: str, people: Iterable[str] = ()) -> None:
    """Key as another match's (``skor:laga lain``) the scores of ``claims`` whose sides
    (:attr:`Claim.holder`) are not those ``title`` names (:func:`other_sides`): a
    story's headline ("Salzburg Kalahkan Pachuca") over its articles' roundups ("Man
    City tepatnya menang 2-0")."""
    scores = [c for c in claims if c.kind == "score" and c.holder]
    sides = [_parse_sides(c.holder or "") for c in scores]
    titled = title_sides(title, sides, STORY_SIDE_SHARE)
    names = [set(n.lower().split()) for n in people if len(n.split()) > 1]
    if len(titled) == 2 and any(len(t & n) > 1 for t in titled for n in names) and any(
        all(any(_same_side(w, t) for w, opponent in score if not opponent) for t in titled) for score in sides
    ):
        # a person (``people``: the story's people's names) and a side the headline
        # names, written on one side of a score, are one side, a player and his club
        # ("Lionel Messi / Inter Miami" under "... Messi ... Inter Miami"), not the
        # match's two sides: Inter Miami's 2-1 over Porto had been another match's
        titled = [titled[0] | titled[1]]
    if len(titled) == 1:
        titled = _with_usual_opponent(titled, [s for c, s in zip(scores, sides, strict=True) if c.property_key == "skor"])
    own = title_scores(title)
    for c, score in zip(scores, sides, strict=True):
        if c.property_key in _RESULT_KEYS and c.value not in own and other_sides(score, titled):
            _key_as_other_match(c)


# Kinds whose figures :func:`join_same_figures` joins across keys (not percentages: a
# market report's sectors and indices share two- and three-digit moves, "sektor
# keuangan" and "sektor siklikal" both 0,78%, Hang Seng and a sector both 1,29%).
JOIN_KINDS = frozenset({"money", "measure", "count"})
# Significant digits that make a figure one fact's: two facts of a story share a figure
# of three digits or more (1.920 mm, Rp 11,8 triliun, Rp 553.422.694) rarely. A round
# sum (Rp 600.000, Rp 2 triliun) is joined too, but not a court's (a story on a trial
# names several round sums of one size: a fine of Rp 1 miliar, a fee of Rp 1 miliar),
# nor a change (a day's gold prices: the selling price and the buyback price both down
# Rp 6.000), nor a vague one ("Rp 200 jutaan": a car's tax value and another's price).
# In the 422 multi-outlet stories of up to 40 articles the 56 joins left were all one
# figure's; those of changes and vague sums had been 3 wrong of 5.
JOIN_DIGITS = 3
# The named measures (:data:`MEASURES`, not the weak ones): two of them with one figure
# are two facts of one size (a seizure's Rp 11,8 triliun and the loss it repays).
_NAMED_MEASURES = frozenset(k for _w, k in MEASURES) - WEAK_MEASURES
_KEY_REST = re.compile(f"[:{WHOSE}]")


def _digits(value: float) -> int:
    """The significant digits of ``value`` as written (600000: 1, 11.8e12: 3, 0.47: 2)."""
    text = f"{abs(value):.6f}".replace(".", "").strip("0")
    return len(text)


def _named_measure(base: str) -> str | None:
    """The named measure a key's first part is, or opens ("gaji presiden": gaji)."""
    words = base.split()
    for n in range(len(words), 0, -1):
        if (head := " ".join(words[:n])) in _NAMED_MEASURES or head in COURT_PROPERTIES:
            return head
    return None


def join_same_figures(claims: Iterable[Claim]) -> None:
    """Give one key to the claims of a story that give one figure under several keys
    (the words before a figure name it differently from outlet to outlet: a wage
    subsidy's Rp 600.000 as "subsidi", "dana", "total bantuan" and after junk words
    "sekaligus", "langsung cair"), so that the outlets' agreement shows as one group
    and a lone outlet's other figure under one of the keys is no revision.

    Joined are claims of one kind and unit family whose values are the same (or the
    short form of one another, Rp 4,7 triliun and Rp 4.712.503.118.240), whose keys
    differ only in their first part (their period, rate, state, session and whose are
    the same: "per bulan" stays apart from a total, one defendant's fine from
    another's), whose holders may be one, and whose figure is distinctive
    (:data:`JOIN_DIGITS`). Keys of two named measures are never joined. A named
    measure takes the other keys when at least half the articles name the figure by
    it; otherwise the other keys join each other. The key the most articles give wins."""
    claims = [
        c for c in claims
        if c.kind in JOIN_KINDS and c.property_key and c.value_max is None and not isinstance(c.value, str)
        and unit_family(c.unit) != "duration"
        # ("Rp 8 jutaan" is any sum of eight million and more: no round sum to join)
        and not (c.qualifier == "vague" and _digits(float(c.value)) < JOIN_DIGITS)
    ]
    blocks: dict[tuple[str, str, str], list[Claim]] = {}
    for c in claims:
        rest = c.property_key[m.start():] if (m := _KEY_REST.search(c.property_key)) else ""
        blocks.setdefault((c.kind, unit_family(c.unit), rest), []).append(c)
    for (kind, _family, rest), members in blocks.items():
        clusters: list[list[Claim]] = []
        for c in sorted(members, key=lambda c: (-_digits(float(c.value)), c.id)):
            value = float(base_value(c))
            for cluster in clusters:
                other = float(base_value(cluster[0]))
                if value == other or same_as_written(value, other):
                    cluster.append(c)
                    break
            else:
                clusters.append([c])
        for cluster in clusters:
            _join_keys(cluster, kind, rest)


def _join_keys(cluster: list[Claim], kind: str, rest: str) -> None:
    """Join the keys of ``cluster`` (claims of one figure, see :func:`join_same_figures`)."""
    keys: dict[str, list[Claim]] = {}
    for c in cluster:
        keys.setdefault(c.property_key, []).append(c)
    if len(keys) < 2:
        return
    bases = {k: k[: len(k) - len(rest)] if rest else k for k in keys}
    named = {k: m for k in keys if (m := _named_measure(bases[k])) is not None}
    round_sum = min(_digits(float(c.value)) for c in cluster) < JOIN_DIGITS
    if round_sum and (
        kind != "money" or rest.endswith(f":{CHANGE_KEY}") or any(m in COURT_PROPERTIES for m in named.values())
    ):
        return
    holders = {c.holder for c in cluster if c.holder}
    if any(not same_holder(a, b) for a in holders for b in holders):
        return
    if len(set(named.values())) > 1:
        return

    def documents(ks: Iterable[str]) -> int:
        return len({c.source_group or c.document for k in ks for c in keys[k]})

    others = [k for k in keys if k not in named]
    joined = list(keys) if named and documents(named) * 2 >= documents(keys) else others
    if len(joined) < 2:
        return
    # (on a tie a key a measure word opens, "nilai bantuan" rather than "kebutuhan per
    # kita", then the shorter: "selisih", not "punya selisih")
    best = min(sorted(joined), key=lambda k: (
        k not in named, -documents([k]), -len(keys[k]), not _MEASURE_RE.match(bases[k]), len(bases[k].split()),
    ))
    texts = Counter(c.property for c in keys[best])
    text = max(sorted(texts), key=lambda t: texts[t])
    for k in joined:
        for c in keys[k]:
            c.property_key, c.property = best, text


# A market report's paragraph on one stock ("Saham BUMI melemah 1,6% ... Nilai
# transaksi Rp 150,2 miliar."): its turnover is the stock's, unless its sentence names
# the index or the whole market. A stock's Rp 164,5 miliar had stood against the
# exchange's Rp 16,67 triliun as one conflicting "nilai transaksi".
_STOCK = re.compile(r"\b[Ss]aham\s+([A-Z]{4})\b")
# How far back a stock's paragraph is read at most (a one-stock paragraph of a market
# report is three to five sentences; a text without line breaks is not read again from
# its start for every figure).
PARAGRAPH_WINDOW = 600
_WHOLE_MARKET = re.compile(r"\b(?:indeks|IHSG|bursa|BEI|seluruh|total|keseluruhan)\b", re.IGNORECASE)
# ... of which "total" and "seluruh" speak of the market only in a paragraph naming it:
# a stock's paragraph gives "Total frekuensi 950 kali, volume 41.200 saham" of that
# stock.
_MARKET_NAMED = re.compile(r"\b(?:indeks|IHSG|bursa|BEI)\b", re.IGNORECASE)


def _paragraph_stock(text: str, pos: int, sent: tuple[int, int]) -> str | None:
    """The ticker of the stock the paragraph before ``pos`` is about (the last one it
    names), unless the figure's sentence is about the whole market."""
    if _MARKET_NAMED.search(text, sent[0], pos):
        return None
    lower = max(0, pos - PARAGRAPH_WINDOW)
    start = max(text.rfind("\n", lower, pos) + 1, lower)
    found = [m.group(1) for m in _STOCK.finditer(text, start, pos)]
    if not found or (_WHOLE_MARKET.search(text, sent[0], pos) and _MARKET_NAMED.search(text, start, pos)):
        return None
    return found[-1]


# Whose sentence or demand a court figure is: the person named right before a passive
# verb of the court ("Lisa Rachmat divonis 11 tahun", "Meirizka Widjaja dituntut 4
# tahun", "Terdakwa Zarof Ricar dijatuhi hukuman 16 tahun"), a comma-enclosed
# apposition allowed between them; right after an active one or "kepada" ("menghukum
# X membayar denda", "menjatuhkan pidana kepada Terdakwa X selama N tahun"); or after
# "kepada"/"terhadap" following the figure in its clause ("menjatuhkan hukuman 16
# tahun ... kepada Zarof"). In a story on one bribery case's three defendants their
# 16, 11 and 3 years had been one "vonis" updated twice.
COURT_PROPERTIES = frozenset({
    "vonis", "tuntutan", "subsider", "denda", "tuntutan denda", "tuntutan subsider",
    "subsider uang pengganti", "tuntutan subsider uang pengganti", "uang pengganti", "tuntutan uang pengganti",
    THREAT_KEY, THREAT_LEAST_KEY, THREAT_FINE_KEY, f"{THREAT_FINE_KEY} {LEAST_WORD}",
})
# A substitute term is the fine's or the restitution's, whichever its sentence names
# last before it: "denda Rp 300 juta subsider 6 bulan kurungan serta uang pengganti Rp
# 2,4 miliar subsidair 3 tahun" (a defendant's 6 months and 3 years had been a conflict).
_SUBSTITUTED = re.compile(r"\b(?:denda|(uang\s+pengganti))\b", re.IGNORECASE)
# The last verb of the court before a fine or a substitute term says whether it was
# demanded or handed down: "dituntut 4 tahun penjara serta denda Rp 750 juta" is the
# prosecutor's, "divonis 3 tahun dan denda Rp 500 juta" the court's. Both had been one
# "denda" (a defendant's demanded Rp 750 juta beside the Rp 500 juta imposed).
_COURT_VERB = re.compile(
    r"\b(?:(dituntut|menuntut|tuntutan|tuntut|dituntutnya|menuntutnya)|"
    r"divonis|dijatuhi|menjatuhkan|vonis|dihukum|menghukum|memvonis|putusan|diputus)\b",
    re.IGNORECASE,
)


# The penalty a charge carries by law, as the police or prosecutors state it ("dijerat
# Pasal 363 KUHP, ancaman hukumannya tujuh tahun", "NH terancam
# hukuman 5 tahun", "diancam pidana hingga 12 tahun"): when a word of
# threat is the last word of the court before a prison term or a fine, the figure is the
# threatened penalty, not a sentence. Of 278 corpus articles writing such a word, 46
# claims had been a "vonis" (a suspect just arrested "sentenced" to five years) and the
# law's least and most ("paling singkat 4 tahun, paling lama 12 tahun") a conflict.
# A penal provision quoted whole ("Barang siapa ... dihukum dengan hukuman penjara
# ... paling lama dua puluh tahun"): 10 sentences of the corpus.
_STATUTE = re.compile(r"\W*(?:barang\s*siapa|setiap\s+orang\s+yang)\b", re.IGNORECASE)
_THREAT = re.compile(r"\b(?:ancaman|ancamannya|diancam|terancam|mengancam|mengancamnya)\b", re.IGNORECASE)
# the law's least term ("paling singkat 4 tahun", "minimal 5 tahun"), right before it
_LEAST = re.compile(
    r"\b(?:paling\s+(?:singkat|sedikit|rendah)|sekurang-kurangnya|minimal|minimum|serendah-rendahnya)"
    r"(?:\s+(?:selama|pidana|penjara|hukuman))*\s*$",
    re.IGNORECASE,
)
# ... or a term the law's most follows ("ancaman hukuman 4 tahun dan paling lama 12 tahun",
# "denda paling sedikit Rp 30 juta dan paling banyak Rp 900 juta")
_MOST_AFTER = re.compile(
    r"(?:\s+(?:penjara|kurungan))?\s+(?:dan|hingga|sampai)\s+(?:paling\s+(?:lama|banyak)|maksimal|maksimum|setinggi-tingginya)\b",
    re.IGNORECASE,
)
# keys of court figures a threat renames, and keys a prison term under threat had been
# given otherwise ("kurungan paling lama", "ancaman pidana")
_THREATENED = frozenset({"vonis", "subsider", "denda"})
_PRISON_WORDS = re.compile(r"\b(?:penjara|kurungan|pidana|hukuman)\b", re.IGNORECASE)


def _threatened(prop: _Property, text: str, sent: tuple[int, int], q: Quantity) -> _Property | None:
    """``prop`` renamed the threatened penalty (see :data:`_THREAT`), or None."""
    base, _sep, family = prop.key.partition(":")
    if q.kind not in ("measure", "money") or not (base in _THREATENED or _PRISON_WORDS.search(base)):
        return None
    statute = _STATUTE.match(text, sent[0], q.start)
    if statute is not None:
        since = statute.end()  # (the law's "dipidana", "dihukum" threaten)
    else:
        threats = list(_THREAT.finditer(text, sent[0], q.start))
        if not threats or _COURT_VERB.search(text, threats[-1].end(), q.start):
            return None  # (none, or "terancam 20 tahun, tetapi divonis 16 tahun")
        since = threats[-1].end()
    if family == "duration":
        name = THREAT_KEY
    elif base == "denda":
        name = THREAT_FINE_KEY  # (a fine's sum, or its multiple of the tax evaded)
    else:
        return None
    if (
        q.qualifier == "at_least"
        or _LEAST.search(text, max(since, q.start - 40), q.start) is not None
        or _MOST_AFTER.match(text, q.end, sent[1]) is not None
    ):
        name = f"{name} {LEAST_WORD}"
    return _Property(name, f"{name}:{family}" if family else name, prop.location, prop.unit)


# An average is its own figure: "rata-rata nilai transaksi sepekan ini naik 2% ke
# Rp 17,1 triliun" (a week's) had stood in conflict with a day's "nilai
# transaksi ... Rp 16,67 triliun". The word in the figure's clause before it, no
# contrast between ("Rata-rata usia korban 30 tahun, sedangkan yang tertua 70 tahun").
AVERAGE = "rata-rata"
_AVERAGE_WORD = re.compile(r"\b(?:rata-rata|rerata|rata2)\b", re.IGNORECASE)
# (nor across "dari"/"oleh": "rata-rata target harga dari enam sekuritas"
# counts the firms averaged over)
_CONTRAST = re.compile(r"\b(?:sedangkan|sementara|namun|tetapi|tapi|adapun|kecuali|dari|oleh)\b", re.IGNORECASE)


AVERAGE_WINDOW = 80  # characters before the figure: the measure's words and its move
# the change before a level ("bertambah 2,18% menjadi"): no other figure between
_CHANGE_TO = re.compile(r"\d[\d.,]*\s*(?:%|persen)\s+(?:menjadi|ke)\s+$", re.IGNORECASE)


def _averaged(text: str, sent: tuple[int, int], q: Quantity) -> bool:
    """Whether an average word is in the figure's clause before it, with no contrast,
    "dari"/"oleh" or other figure between (but the change before a level)."""
    left = _clause_left(text, sent[0], q.start)[-AVERAGE_WINDOW:]
    found = list(_AVERAGE_WORD.finditer(left))
    if not found:
        return False
    between = _CHANGE_TO.sub("", left[found[-1].end():])
    return not _CONTRAST.search(between) and not _DIGIT.search(between)


def _demanded(text: str, start: int, end: int) -> bool:
    """Whether the last verb of the court in ``text[start:end]`` is a demand's."""
    verbs = list(_COURT_VERB.finditer(text, start, end))
    return bool(verbs) and verbs[-1].group(1) is not None


_COURT_PASSIVE = re.compile(
    r"\s*(?:,[^,.]{1,60},|,)?\s*(?:yang\s+)?(?:(?:telah|sudah|hanya|pun|juga|sendiri|akhirnya|kembali|sebelumnya|kemudian)\s+){0,2}"
    r"(?:divonis|dituntut|dihukum|dijatuhi|dijatuhkan|diganjar|dikenai|dikenakan|terancam|diancam|"
    # "X meminta dibebaskan dari tuntutan 9 tahun" (the pleader's plea, her demand)
    r"(?:meminta|minta|memohon)\s+(?:agar\s+)?(?:dibebaskan|bebas)\s+dari)\b",
    re.IGNORECASE,
)
_COURT_ACTIVE = re.compile(
    r"\b(?:menghukum|menuntut|memvonis|kepada|terhadap)\s+(?:(?:terdakwa|terpidana)\s+)?$", re.IGNORECASE
)
_COURT_AFTER = re.compile(
    r"[^.;]{0,100}?\b(?:kepada|terhadap)\s+(?:(?:terdakwa|terpidana|tersangka)\s+)?$", re.IGNORECASE
)
# A capitalised run inside a sentence (after a lower-case word or a comma), the model
# having missed the name ("Adapun, Zarof divonis"); its leading title words dropped.
_CAPITALISED_RUN = re.compile(r"(?<=[a-z,] )[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,3}")
_NOT_DEFENDANTS = frozenset({
    "terdakwa", "terpidana", "tersangka", "hakim", "jaksa", "majelis", "ketua", "pengadilan",
    "mahkamah", "ia", "dia", "mereka", "keduanya", "ketiganya", "eks", "mantan",
})
# The longest a name's gap to the figure may be (a passive verb, a penalty's words).
DEFENDANT_GAP = 100
# A longer "name" the model gives is no one's full name ("Gregorius Ronald Tannur
# diputus Mahkamah Agung").
MAX_NAME_WORDS = 4


def _defendant(analysis: Analysis, q: Quantity, sent: tuple[int, int]) -> str | None:
    """The person a court figure is of (see :data:`COURT_PROPERTIES`' comment), written
    as the article writes that person in full ("Meirizka" -> "Meirizka Widjaja"), or
    None."""
    text = analysis.text
    # (a company in the dock is one too: "terdakwa PT Wilmar Group dituntut ...")
    people = [
        (e.start, e.end, e.text) for e in analysis.entities
        if e.type == "PERSON" or (e.type == "ORG" and e.text.split()[0].rstrip(".").upper() in COMPANY_FORMS)
    ]
    names = [p for p in people if sent[0] <= p[0] < sent[1]]
    for m in _CAPITALISED_RUN.finditer(text, sent[0], sent[1]):
        if tuple(m.group().lower().split()) in place_names():
            continue  # "mahasiswa China yang dihukum": a country is sentenced to nothing
        words = m.group().split()
        while words and words[0].lower() in _NOT_DEFENDANTS:
            words.pop(0)
        if words:
            names.append((m.end() - len(" ".join(words)), m.end(), " ".join(words)))
    before = [
        n for n in names
        if n[1] <= q.start and q.start - n[1] <= DEFENDANT_GAP
        and (_COURT_PASSIVE.match(text, n[1]) or _COURT_ACTIVE.search(text, max(sent[0], n[0] - 40), n[0]))
    ]
    after = [n for n in names if q.end <= n[0] and _COURT_AFTER.fullmatch(text, q.end, n[0])]
    found = max(before, key=lambda n: n[1]) if before else min(after, default=None)
    if found is None:
        return None
    words = found[2].split()
    full = max(
        (
            p[2] for p in [*people, found]
            if len(p[2].split()) <= MAX_NAME_WORDS and all(w[:1].isupper() for w in p[2].split())
            and any(p[2].split()[i:i + len(words)] == words for i in range(len(p[2].split())))
        ),
        key=len,
        default=found[2],
    )
    return re.sub(r"\s+", " ", full)


# The session of a trading day a market figure is of: a day's reports give the opening,
# the midday break and the close, each an outlet's figure of its own ("IHSG dibuka
# menguat 0,76%", "turun 0,61% pada jeda makan siang", "ditutup melemah 0,67%"; "nilai
# transaksi Rp 5,83 triliun" at midday beside "Rp 11,45 triliun" for the whole day).
# Without it, ten IHSG stories of 400 random multi-outlet ones had 40 false conflicts
# and updates between sessions. Only in a sentence about the market (_MARKET).
_MARKET = re.compile(r"\b(?:IHSG|LQ45|indeks|sektor|bursa|transaksi)\b|(?<!pemegang )\bsaham\b", re.IGNORECASE)
_SESSIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("sesi I", re.compile(
        r"\b(?:sesi\s+(?:I|pertama|1)\b|jeda\s+(?:makan\s+)?siang|siang\s+(?:ini|hari)|istirahat\s+siang)",
        re.IGNORECASE,
    )),
    ("penutupan", re.compile(
        # (not the close a figure is measured from: "turun 9,03 poin dibanding
        # penutupan", "dari penutupan sebelumnya")
        r"(?<!dibanding )(?<!dibandingkan )(?<!dari )"
        r"\b(?:ditutup|penutupan(?!\s+(?:sebelumnya|kemarin|perdagangan\s+sebelumnya))|akhir\s+perdagangan"
        r"|sepanjang\s+(?:perdagangan|hari)|sesi\s+(?:II|kedua|2)\b)",
        re.IGNORECASE,
    )),
    ("pembukaan", re.compile(r"\b(?:dibuka|pembukaan|awal\s+(?:perdagangan|sesi))\b", re.IGNORECASE)),
    # (a moment of the session, only when no session is named: "dibuka ... pada pukul
    # 09.00" is the opening)
    ("intraday", re.compile(
        r"\bpukul\s+\d{1,2}[.:]\d{2}\b|\bsaat\s+berita\s+(?:ini\s+)?(?:ditulis|diturunkan)\b", re.IGNORECASE
    )),
)


# A session's key part -> its name as the brief writes it ("sesi i" -> "sesi I").
_SESSION_NAMES = {name.lower(): name for name, _pattern in _SESSIONS}
assert set(_SESSION_NAMES) == set(SESSION_KEYS)


def _session(text: str, sent: tuple[int, int], pos: int) -> str | None:
    """The trading session a market figure (at ``pos``) is of, from the sentence's words
    (:data:`_SESSIONS`), or None. The first session named beside a close is midday
    ("ditutup turun 0,72 persen pada sesi I", "penutupan sesi pertama"); of an opening and
    a close in one sentence, the one nearest before the figure (else the first after)."""
    if not _MARKET.search(text, sent[0], sent[1]):
        return None
    found = sorted((m.start(), name) for name, pattern in _SESSIONS for m in pattern.finditer(text, sent[0], sent[1]))
    names = {name for _at, name in found}
    if not names:
        return None
    if len(names) > 1 and "intraday" in names:
        found = [(at, name) for at, name in found if name != "intraday"]
        names.discard("intraday")
    if names <= {"sesi I", "penutupan"}:
        return "sesi I" if "sesi I" in names else "penutupan"
    before = [name for at, name in found if at < pos]
    return before[-1] if before else found[0][1]


# A figure over months to date: its date is a range of months ("Selama Januari-Mei
# 2025, ekspor ... 222.647 unit") or runs up to a month ("hingga akhir Mei 2025"). The
# month's own figure ("41.200 unit pada bulan Mei") is another: the two had been a
# conflict. Whole years are left alone: "laba sepanjang 2024" and "laba 2024" are one.
# How far before (after) the figure its months may be named.
TO_DATE_BEFORE = 80
TO_DATE_AFTER = 30
_UP_TO = re.compile(r"\b(?:hingga|sampai|s\.d\.?|sd)\s+(?:dengan\s+)?$", re.IGNORECASE)


def _to_date(
    analysis: Analysis, q: Quantity, sent: tuple[int, int], mention: DateMention | None, reported: datetime | None
) -> bool:
    """Whether ``q``, dated by ``mention``, is a figure over months to date (see
    :data:`_UP_TO`'s comment); not up to a month after ``reported`` ("kontrak sampai
    Juni 2027")."""
    if mention is None or mention.kind != "period" or mention.value is None:
        return False
    if reported is not None and mention.end_value is not None and mention.value > reported.date():
        return False
    if not (0 <= q.start - mention.end <= TO_DATE_BEFORE or 0 <= mention.start - q.end <= TO_DATE_AFTER):
        return False  # another clause's months ("diskon ... untuk periode Mei-Juni")
    if mention.rule.endswith(":range") and mention.end_value and mention.value.year == mention.end_value.year:
        # months, not days: a fair's run from 19 June "sampai dengan" 13 July 2025 is
        # no span of months, and the parking it has is no figure to date
        return mention.value.day == 1 and mention.end_value.month > mention.value.month
    return bool(_UP_TO.search(analysis.text, max(sent[0], mention.start - 20), mention.start)) and (
        mention.end_value is not None and (mention.end_value - mention.value).days < 40
    )


# A maturity before a length of time, or before the first of a list of them ("tenor
# 6, 9 dan 12 bulan").
_TENOR = re.compile(r"(?i)\btenor\s+(?:\d{1,3}\s*(?:,|dan|&|serta)\s*)*$")
TENOR_WINDOW = 40
# ... of a paper or a rate, whose maturities label it (a loan's "tenor 20 tahun" is its term)
_PAPERS = re.compile(r"(?i)\b(?:imbal\s+hasil|yield|SBN|SUN|SRBI|SBI|SBSN|SVBI|obligasi|surat\s+utang|sukuk|suku\s+bunga|deposito)\b")


# A fact-check ("Cek Fakta: Hoaks Artikel ...", "Cek Fakta: Tidak Benar ...") quotes
# the material it examines: a figure of a sentence about that material (the post, the
# upload, the narrative, the claim, the article, the link, or the verdict on it) is not
# asserted. 37 titles of the corpus are so written ("Cek Fakta" anywhere, "Hoaks" first,
# or hoaxes listed "..., Simak Faktanya").
_FACT_CHECK_TITLE = re.compile(r"(?i)^\s*\[?(?:hoaks|hoax)\b|\bcek\s+fakta\b|\bhoaks\b.*\bfakta(?:nya)?\b")
_CHECKED_MATERIAL = re.compile(
    r"(?i)\b(?:postingan|unggahan|mengunggah\w*|diunggah|narasi|klaim|diklaim|beredar|berjudul|judul|artikel|tautan"
    r"|link|pesan\s+berantai|hoaks|hoax|tidak\s+benar|keliru|disinformasi|misinformasi)\b"
)
def _quoted_unsaid(analysis: Analysis, at: int) -> bool:
    """Whether ``at`` lies in a quotation no one is said to speak: a post's or a
    headline's words a fact-check quotes ("*Nadim Makarim Tegaskan Uang ... 11
    Triliun ...*")."""
    text = analysis.text
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    hi = len(text) if hi < 0 else hi
    if not any(q.closed and q.start < at < q.end for q in find_quotes(text, lo, hi)):
        return False
    return not any(a.quote and a.start <= at < a.end and a.kind != "pronoun_carried" for a in analysis.attributions)


# Kinds whose ranges are kept as ranges (a range of scores or times is no range).
_RANGE_KINDS = frozenset(["count", "measure", "money", "percent", "age"])


def _plain_number(value: Any) -> float | int | None:
    plain = _plain(value) if value is not None else None
    return plain if isinstance(plain, (int, float)) else None


def _plain(value: Any) -> float | int | str:
    if isinstance(value, (int, str)):
        return value
    f = float(value)
    return int(f) if f.is_integer() else f


# "kedua tim", "ketiga negara": both teams, all three countries; the sides of a match,
# a talk or a deal taken together, which no source reports as a figure. (In 23 articles
# of one match's story "kedua tim" had made "2 tim" a headline fact of four outlets.)
_COLLECTIVE = re.compile(r"(?i)ke(?:dua|tiga|empat|lima)\b")
PARTY_NOUNS = frozenset({"tim", "pihak", "belah", "kubu", "negara", "klub", "kesebelasan", "sisi", "timnas"})
# "kedua" before a noun: both (of them). Of 169 claims of 1,500 random articles opening
# with "kedua", "ketiga", ..., most were "kedua mempelai", "kedua perusahaan", "kedua
# tangan": no figure a source reports.
_BOTH = re.compile(r"(?i)kedua\s")


def extract_claims(article: Article, analysis: Analysis, options: ClaimOptions | None = None) -> ClaimSet:
    """The claims of one analysed article."""
    options = options or ClaimOptions()
    text = analysis.text
    out = ClaimSet()
    reported = article.published or _latest_named(analysis)
    defendants: dict[str, str] = {}  # whose court figures, as a key part -> as first written
    headline = frozenset(w.lower() for w in _WORD.findall(article.title or ""))
    score_sides = _article_sides(analysis, headline)
    side_words = {at: _side_words(sides) for at, sides in score_sides.items()}
    titled = title_sides(article.title or "", side_words.values())
    own_scores = title_scores(article.title or "")
    set_scores = _set_scores(analysis)
    replaced: tuple[int, Quantity] | None = None  # the last superseded figure, and its sentence
    fact_check = bool(_FACT_CHECK_TITLE.search(article.title or ""))
    for qi, q in enumerate(analysis.quantities):
        si = analysis.sentence_of(q.start)
        if si is None:
            continue
        sent = analysis.sentences[si]

        def skip(reason: str, q: Quantity = q) -> None:
            out.excluded.append(Excluded(article.id, q.start, q.end, q.text, reason))

        if q.kind in NOT_CLAIMS:
            skip(f"{q.kind} is not a figure")
            continue
        if fact_check and (_CHECKED_MATERIAL.search(text, sent[0], sent[1]) or _quoted_unsaid(analysis, q.start)):
            # "Postingan artikel ... uang Rp 11 triliun ... adalah hoaks": what the
            # fact-check examines, which a story's brief had shown "updated" by the
            # real figure
            skip("a figure of the material a fact-check examines, not one it asserts")
            continue
        if _superseded(text, q, sent):
            skip(SUPERSEDED)
            replaced = (si, q)
            continue
        why = _not_asserted(text, q, sent, analysis.quantities[qi - 1] if qi else None)
        if why is not None:
            skip(why)
            continue
        if q.kind == "count" and q.text.lower().startswith("satu ") and (q.unit or "").lower() in ABSTRACT_NOUNS:
            skip("'satu' before an abstract noun is an article ('satu kejelasan': a clarity), no figure")
            continue
        if q.kind == "count" and q.text.lower().startswith("satu ") and _ARTICLE_BEFORE.search(
            text, max(sent[0], q.start - 20), q.start
        ) and not ((noun := (q.unit or "").lower()) in COUNT_NOUNS or noun in PEOPLE):
            skip("'satu' after 'sebagai', 'merupakan', 'adalah', 'menjadi' is an article ('a'), no figure")
            continue
        if q.kind == "count" and _NUMBER_IN_NAME.fullmatch(q.text) and (
            (name_word := _CAPITAL_BEFORE.search(text, max(sent[0], q.start - 40), q.start)) is not None
            and text[sent[0]:name_word.start()].strip(" \"'“‘([")
        ):
            skip("a number inside a name ('Detasemen Khusus 88 Antiteror', 'Tekab 308 Polsek'), no figure")
            continue
        if q.kind == "count" and _COLLECTIVE.match(q.text) and (q.unit or "").lower() in PARTY_NOUNS:
            skip("the sides together ('kedua tim': both teams) are no figure")
            continue
        if q.start in set_scores:
            skip("a set's score within the match's result before it, no figure of its own")
            continue
        if unit_family(q.unit) == "duration" and _COUNT_OVER.search(text, max(sent[0], q.start - 60), q.start):
            skip("the period a count before it is over ('35 kasus dalam tiga bulan'), no figure of its own")
            continue
        if q.kind == "count" and q.unit is None and _DIMENSION_NEXT.match(text, q.end):
            skip("a side of a size written 'A x B' (the last figure carries the size)")
            continue
        if q.kind == "count" and (q.unit or "").lower() in _SOURCE_NOUNS and (
            _CUE_BEFORE_SOURCES.search(text, max(sent[0], q.start - 12), q.start)
            or ((q.unit or "").lower() in _ONLY_SOURCES and _SAYS_AFTER_SOURCES.match(text, q.end, sent[1]))
        ):
            # "menurut tiga pejabat kepada kantor berita", "kata dua warga", "dua
            # sumber mengatakan": how many unnamed sources speak, no figure of the story
            skip("the number of the sources who speak, no figure of the story")
            continue
        if q.kind == "score" and _PREDICTED.search(text, max(sent[0], q.start - PREDICTED_LEFT), q.start):
            # "prediksi bisa menang 1-0": a guess at the result, not one
            skip("a predicted score, not a result")
            continue
        if unit_family(q.unit) == "duration" and _TENOR.search(text, max(sent[0], q.start - TENOR_WINDOW), q.start) and (
            _PAPERS.search(text, sent[0], q.start)
        ):
            # "yield SBN bertenor ... untuk tenor 5 tahun", "SRBI tenor 3, 6 dan 9 bulan":
            # which paper, not a figure of it
            skip("a maturity ('tenor 10 tahun') names the paper, no figure")
            continue
        if unit_family(q.unit) == "duration" and _AGO.match(text, q.end):
            # "sekitar 3 bulan yang lalu", "empat hari lalu": when, not how long
            skip("a time ago: when something happened, not a length of time")
            continue
        if q.kind == "count" and _BOTH.match(q.text) and (q.unit or "").lower() not in PEOPLE:
            # "kedua mempelai", "kedua perusahaan tersebut", "kedua tangan": the two of
            # them, already named; people stay ("kedua korban meninggal")
            skip("'kedua' (both) names the two already spoken of, no figure")
            continue
        value: float | int | str = _plain(q.value)
        value_max = _plain_number(q.value_max)
        if _fall(text, sent, q) and isinstance(value, (int, float)):
            # "turun 0,88 persen": -0,88%; "turun 1-2 persen": -2 to -1
            value, value_max = (-value_max, -value) if value_max is not None else (-value, None)
        if q.kind == "score" and isinstance(value, str):
            value = _score_key(value)
        unit = q.unit
        kind = q.kind
        mention = _date_mention_for(analysis, sent, q.start)
        if q.kind == "time":
            if not options.times:
                skip("time of day")
                continue
            event = _event_time(text, q, sent)
            if event is None:
                skip("time that is not the time of the event")
                continue
            prop = _Property(f"waktu {event}", f"waktu:{event}")
            unit = q.tz or unit
            date = _date_text(mention) or _day_before(analysis, q.start)
        else:
            date = _date_text(mention)
            found = infer_property(q, text, sent)
            if (found is None or not found.key) and replaced is not None and replaced[0] == si and _TO_BEFORE.search(
                text, sent[0], q.start
            ):
                # "Batas saldo sebelumnya Rp 500 juta kini menjadi Rp 1 miliar": the new
                # figure is of what the old one was
                found = infer_property(replaced[1], text, sent)
            if found is None:
                prop = _Property("", "")
            else:
                prop = found
                unit = found.unit or unit
                if found.key == "magnitudo":
                    kind = "measure"  # "bermagnitudo 5,1" (a bare number) and "M4,9" alike
        if kind == "measure" and prop.key.partition(":")[0] in _GOLD and unit_family(unit) == "mass" and (
            _GOLD_SIZE.search(text, max(sent[0], q.start - GOLD_SIZE_WINDOW), q.start) or _GOLD_PRICED.match(text, q.end)
        ):
            skip("a gold bar's size that a price is of, not a figure")
            continue
        sides = score_sides.get(q.start, []) if kind == "score" else []
        shootout = kind == "score" and _shootout_score(analysis, q, sent)
        if shootout:
            # "menang atas lawannya 0-0 (6-5)", "lewat adu penalti, skornya 6-5": the
            # penalty shootout's score, beside the match's (had been two results of one
            # match, one of them read as another match's)
            prop = _with_part(prop, SHOOTOUT_KEY)
        bracketed_after = (
            shootout and out.claims and out.claims[-1].kind == "score"
            and 0 <= q.start - out.claims[-1].end <= BRACKET_GAP
        )
        if bracketed_after and out.claims[-1].property_key.endswith(f":{OTHER_MATCH_KEY}"):
            # "dua tahun lalu kalah 1-1 (2-4)": the shootout of the match before it
            prop = _with_part(prop, OTHER_MATCH_KEY)
        elif kind == "score" and (
            _other_match(analysis, q, sent, mention, reported)
            or (value not in own_scores and other_sides(side_words.get(q.start, []), titled))
        ):
            # another match's score, apart from the reported match's (reconcile
            # compares none of them: which match is whose, the key does not say)
            prop = _with_part(prop, OTHER_MATCH_KEY)
        elif kind == "score" and not shootout and (_running_score(analysis, q, sent) or _half_time_bracket(analysis, q, sent)):
            # a lead or the half-time score: compared with nothing (which minute is
            # whose, the key does not say), apart from the result
            prop = _with_part(prop, RUNNING_KEY)
        if prop.key and kind == "money" and _change(text, sent, q):
            # "harga emas itu merosot Rp 5.000 menjadi Rp 1.880.000": the fall, not a
            # price beside the price
            prop = _with_part(prop, CHANGE_KEY)
        if prop.key and kind == "count" and _OTHERS.match(text, q.end) and not _others_told_apart(out.claims, analysis, si, prop.key):
            # "Dua korban lainnya meninggal di rumah sakit": two more, beside those
            # counted before (of "15 orang tewas"), not the total
            prop = _with_part(prop, OTHERS_KEY)
        if prop.key and kind == "count" and _whole_of_part(text, q, analysis.quantities[qi - 1] if qi else None):
            # "21 dari 24 unit vila terjual": 21 sold of 24 in all; the 24 no figure of
            # what was sold (the part takes its noun: kabar.analyze.quantities)
            prop = _with_part(prop, WHOLE_KEY)
        if prop.key and kind in ("count", "money") and (opener := _breakdown_part(analysis, q, sent)) is not None:
            # "tewas terdiri dari tujuh siswa ...": a part of the total, compared with no
            # total; with what happened to the total, a part of people keeps its own noun
            # ("siswa:meninggal:rincian"), and is compared with the same part of another
            # outlet's breakdown (8 pupils of the dead against 7)
            if kind == "count" and prop.key == PEOPLE_KEY and (
                state := _breakdown_state(text, sent, opener)
            ):
                noun = prop.text.partition(" (")[0]
                if noun in PEOPLE:
                    prop = _Property(prop.text, f"{noun}:{state}", prop.location, prop.unit)
            prop = _with_part(prop, BREAKDOWN_KEY)
        if prop.key and kind != "score" and _averaged(text, sent, q) and not _AVERAGE_WORD.search(prop.key):
            # "rata-rata nilai transaksi harian ... Rp 17,14 triliun": a week's average,
            # not a day's turnover
            prop = _Property(f"{AVERAGE} {prop.text}", f"{AVERAGE} {prop.key}", prop.location, prop.unit)
        if kind == "age" and text.startswith("(", q.start) and not any(
            a.quote and a.start <= q.start < a.end for a in analysis.attributions
        ):
            # "kepada korban yakni SL (22)", "kata Budi (45)": the outlet's note of a
            # person's age, not what the sentence's speaker said
            speaker_text, span = None, None
        else:
            speaker_text, span = _speaker(analysis, si, q.start)
        if prop.key.startswith("vonis") and speaker_text and _PROSECUTOR.search(speaker_text):
            # a prison term in the prosecutor's mouth is the demand, not the verdict
            prop = _Property(prop.text.replace("vonis", "tuntutan", 1), prop.key.replace("vonis", "tuntutan", 1))
        if prop.key and kind in ("money", "count") and ":ytd" not in prop.key and _to_date(analysis, q, sent, mention, reported):
            prop = _with_part(prop, TO_DATE_KEY)
        if kind == "count" and prop.key == "saham" and _volume_before(text, sent, q.start):
            prop = _Property(VOLUME, VOLUME_KEY, prop.location, prop.unit)
        if kind == "money" and prop.key.partition(":")[0] == "nilai" and _turnover_sentence(text, sent):
            prop = _Property(prop.text.replace("nilai", TURNOVER, 1), prop.key.replace("nilai", TURNOVER, 1), prop.location, prop.unit)
        if prop.key and kind in ("percent", "money", "count", "measure") and (session := _session(text, sent, q.start)):
            prop = _with_part(prop, session.lower(), session)
        if prop.key.partition(":")[0] == "subsider" and (
            (paid := list(_SUBSTITUTED.finditer(text, sent[0], q.start))) and paid[-1].group(1)
        ):
            prop = _Property(f"{prop.text} uang pengganti", prop.key.replace("subsider", "subsider uang pengganti", 1), prop.location, prop.unit)
        if prop.key.partition(":")[0] in ("denda", "subsider", "subsider uang pengganti", "uang pengganti") and _demanded(
            text, sent[0], q.start
        ):
            prop = _Property(f"tuntutan {prop.text}", f"tuntutan {prop.key}", prop.location, prop.unit)
        if (threat := _threatened(prop, text, sent, q)) is not None:
            # the penalty the law sets for a charge, not a sentence handed down
            prop = threat
        if (prop.key.partition(":")[0] == TURNOVER or prop.key.startswith(VOLUME_KEY)) and (
            ticker := _paragraph_stock(text, q.start, sent)
        ):
            # one stock's turnover or volume in a market report, not the exchange's (its
            # own property: a court figure's "@whose" would lend the ticker to the
            # exchange's turnover, which no ticker names)
            base, _sep, rest = prop.key.partition(":")
            name, space, label = prop.text.partition(" (")
            prop = _Property(f"{name} {ticker}{space}{label}", f"{base} {ticker.lower()}:{rest}", prop.location, prop.unit)
        if prop.key.partition(":")[0] in COURT_PROPERTIES and (whose := _defendant(analysis, q, sent)):
            # three defendants' sentences are three figures
            prop = _Property(f"{prop.text} ({whose})", f"{prop.key}{WHOSE}{whose.lower()}", prop.location, prop.unit)
            defendants.setdefault(whose.lower(), whose)
        if prop.key == "usia":
            kind = "age"
            if whose := _age_whose(analysis, q, sent, prop, headline):
                # two outlets' ages of one person are compared (46 against 47 of one
                # singer); ages that do not say whose are not (kabar.reconcile._thin)
                prop = _Property(f"usia ({whose})", f"{AGE_KEY}{WHOSE}{whose.lower()}", prop.location, prop.unit)
        elif kind == "age":
            kind = "measure"  # ("beda usia 10 tahun": a length of time, no age)
        elif kind == "count" and prop.key and (
            (named := _bracketed_after_name(analysis, q)) is not None
            or (named := _named_with_count(analysis, q)) is not None
            or (named := _tally_goes_on(out.claims, text, q)) is not None
        ):
            # "Pascal Siakam (16 poin)", "Jalen Williams (16 poin)": each one's count, not
            # one row of two players' 16 (a box score's figures had collapsed)
            prop = _Property(f"{prop.text} ({named})", f"{prop.key}{WHOSE}{named.lower()}", prop.location, prop.unit)
        holder = _sides_text(sides)
        if (base := prop.key.partition(":")[0]) in OWNED_PROPERTIES and kind in ("money", "measure", "percent"):
            holder = _owned_holder(analysis, q, sent, base)
            before = out.claims[-1] if out.claims else None
            before_base = before.property_key.partition(":")[0] if before is not None else ""
            if (
                holder is None
                and before is not None
                and before.holder
                and before_base in OWNED_PROPERTIES
                and before.start >= sent[0]
                and not _holder_names(analysis, before.end, q.start)
                and not (before_base == base and re.search(rf"\b{re.escape(base)}\b", text[before.end:q.start], re.IGNORECASE))
            ):
                # "Xpeng G6 berukuran panjang 4.753 mm dan lebar 1.920 mm": the list's
                # holder; not when the property is named again for something else
                # ("Solar PV dengan kapasitas 60 MW dan pembangkit biomassa dengan
                # kapasitas 20 MW")
                holder = before.holder
        out.claims.append(Claim(
            id=_claim_id(article.id, q.start, q.end),
            document=article.id,
            sentence=text[sent[0]:sent[1]],
            start=q.start,
            end=q.end,
            value=value,
            unit=unit,
            kind=kind,
            qualifier=q.qualifier,
            property=prop.text,
            property_key=prop.key,
            location=prop.location,
            speaker=None,
            speaker_text=speaker_text,
            date=date,
            published=article.published,
            outlet=article.outlet,
            text=q.text,
            reported=reported,
            value_max=value_max if kind in _RANGE_KINDS else None,
            holder=holder,
        ))
        if span is not None:
            out.speaker_spans[out.claims[-1].id] = span
    _one_defendant(out.claims, defendants)
    _index_named(out.claims, text, analysis)
    _policy_rate(out.claims, text, analysis)
    _one_session(out.claims)
    _close_not_yet(out.claims, article.published)
    _keyed_by_title(out.claims, article.title or "")
    # one figure stated twice in one article (lede and quote) stays two claims: both
    # are evidence of what the article says; reconcile counts documents, not claims
    return out


# A day's turnover written "nilai" alone in a sentence of the trading's other figures
# ("volume 18,2 miliar saham, nilai Rp 9,8 triliun") is the exchange's turnover: one
# IHSG close's two turnovers from two outlets had been two rows, neither compared.
TURNOVER = "nilai transaksi"
_TRADING = re.compile(r"\b(?:volume|frekuensi|diperdagangkan|ditransaksikan)\b", re.IGNORECASE)


# ... and the shares traded after "volume" ("volume saham yang berpindah tangan 19,4
# miliar saham") the day's volume: a count of "saham" alone is too thin to compare (two
# outlets' volumes of one close had been two rows).
VOLUME = "volume saham"
# (a key with what the count is of after ":", as "saham:menguat": not a bare count)
VOLUME_KEY = "saham:volume"
_VOLUME = re.compile(r"\bvolume\b", re.IGNORECASE)
# How far before the figure "volume" may be (characters): "volume saham yang berpindah
# tangan hari itu sebanyak" is 51.
VOLUME_WINDOW = 60


def _volume_before(text: str, sent: tuple[int, int], pos: int) -> bool:
    """Whether "volume" comes shortly before the count at ``pos`` in its sentence."""
    return bool(_VOLUME.search(text, max(sent[0], pos - VOLUME_WINDOW), pos))


def _turnover_sentence(text: str, sent: tuple[int, int]) -> bool:
    """Whether the sentence gives a market's trading figures (:data:`_TRADING`)."""
    return bool(_MARKET.search(text, sent[0], sent[1]) and _TRADING.search(text, sent[0], sent[1]))


# "Indeks saham berakhir turun 0,42%" in a report that names the IHSG is the IHSG (one
# outlet's shorthand; the same close had been two rows, "ihsg" and "indeks saham").
# Not in a sentence naming another market or index.
INDEX_KEY = "ihsg"
# ("bursa saham naik 1,20%" beside another outlet's "indeks saham melaju 1,20%" of one
# session had been two rows)
_BARE_INDEXES = ("indeks saham", "bursa saham")
_IHSG = re.compile(r"\b(?:IHSG|Indeks\s+Harga\s+Saham\s+Gabungan)\b", re.IGNORECASE)
_OTHER_INDEX = re.compile(
    r"\b(?:Asia|Eropa|global|regional|Wall\s+Street|Dow|S&P|Nasdaq|Nikkei|Hang\s+Seng|Kospi|Shanghai"
    r"|Straits|FTSE|DAX|AS|Amerika|Jepang|China|LQ45|IDX\w*|Kompas100|syariah)\b",
    re.IGNORECASE,
)


def _index_named(claims: list[Claim], text: str, analysis: Analysis) -> None:
    """The figures of "indeks saham" of an article naming the IHSG are the IHSG's
    (:data:`_IHSG`), unless their sentence names another market (:data:`_OTHER_INDEX`)."""
    if not _IHSG.search(text):
        return
    for c in claims:
        head, sep, rest = c.property_key.partition(":")
        if head not in _BARE_INDEXES or (head != _BARE_INDEXES[0] and c.kind != "percent"):
            continue  # (the exchange's own figures are its turnover and the like, no index's)
        si = analysis.sentence_of(c.start)
        sent = analysis.sentences[si] if si is not None else None
        if sent is not None and _OTHER_INDEX.search(text, sent[0], sent[1]):
            continue
        c.property_key = INDEX_KEY + sep + rest
        if c.property.lower().startswith(head):
            c.property = INDEX_KEY + c.property[len(head):]


# The central bank's policy rate named right before a percentage ("menahan BI Rate
# sebesar 6,00%", "BI-Rate naik ke 6 persen", "BI7DRR tetap 5,75%"): one property,
# "BI-Rate", across outlets. A name, it had keyed nothing in two outlets and "suku
# bunga" in a third, which no row joined.
POLICY_RATE_KEY = "bi-rate"
_POLICY_RATE_BEFORE = re.compile(
    r"\b(?:BI[- ]?Rate|BI7DRR|BI\s+7-Day\s+(?:Reverse\s+)?Repo\s+Rate)"
    r"(?:\s+(?:tetap|sebesar|di|pada|level|ke|menjadi|dipertahankan|diturunkan|dinaikkan|turun|naik|bps))*\s*$",
    re.IGNORECASE,
)
POLICY_RATE_WINDOW = 60


_TITLE_KINDS = frozenset({"percent", "count", "money", "measure"})


def _keyed_by_title(claims: list[Claim], title: str) -> None:
    """A figure whose sentence names nothing it is of ("jumlah ini meningkat sekitar
    12%") takes the property the headline gives the same figure ("Penumpang LRT
    Jabodebek Naik 12%"): the one the article is about. Only one such figure of that
    value and unit in the article, and only a headline figure whose own words key it."""
    missing = [c for c in claims if not c.property_key and c.kind in _TITLE_KINDS]
    if not missing or not title or _FACT_CHECK_TITLE.search(title):
        return  # (a fact-check's headline names the claim it examines)
    for q in extract_quantities(title):
        if q.kind not in _TITLE_KINDS or q.value_max is not None:
            continue
        found = _trimmed(infer_property(q, title, (0, len(title))))
        if found is None or not found.key:
            continue
        value = _plain(q.value)
        same = [
            c for c in missing
            if c.kind == q.kind and c.unit == q.unit and c.value_max is None
            and isinstance(c.value, (int, float)) and isinstance(value, (int, float)) and abs(c.value) == abs(value)
        ]
        if len(same) == 1:
            same[0].property, same[0].property_key = found.text, found.key


def _policy_rate(claims: list[Claim], text: str, analysis: Analysis) -> None:
    """A percentage right after the name of Bank Indonesia's policy rate is that rate
    (:data:`_POLICY_RATE_BEFORE`), whatever key the words before the name gave it."""
    for c in claims:
        if c.kind != "percent" or c.property_key.partition(":")[0] not in ("", "suku bunga", "suku bunga acuan"):
            continue
        si = analysis.sentence_of(c.start)
        lo = analysis.sentences[si][0] if si is not None else 0
        if _POLICY_RATE_BEFORE.search(text, max(lo, c.start - POLICY_RATE_WINDOW), c.start):
            c.property_key, c.property = f"{POLICY_RATE_KEY}:percent", "BI-Rate"


# What a day's market report gives per session without always naming it: the index's,
# the sectors' moves, the day's turnover. Other figures of such an article (a dividend,
# Wall Street's close, a stop-loss level, a week's move) are not the session's.
SESSION_SUBJECTS = ("sektor", "saham consumer", "ihsg", "indeks saham", "indeks lq45", "lq45", "nilai transaksi", VOLUME_KEY)


def _one_session(claims: list[Claim]) -> None:
    """An article's market figures of :data:`SESSION_SUBJECTS` whose sentence names no
    session ("Sektor saham energi menanjak 0,50%" in a closing report) are of the
    latest session the article names; not those over a period of their own ("secara
    mingguan")."""
    named = {c.property_key.rpartition(":")[2] for c in claims} & set(SESSION_KEYS)
    if not named:
        return
    # (the latest of the day: a closing report recalls the opening, a midday one too)
    session = max(named, key=SESSION_KEYS.index)
    periods = set(_PERIOD_NAMES.values()) | set(SESSION_KEYS)
    for c in claims:
        if (
            (c.property_key.startswith(SESSION_SUBJECTS) or c.property.startswith(VOLUME))
            and c.kind in ("percent", "money", "count", "measure")
            and c.property_key.rpartition(":")[2] not in periods
        ):
            c.property_key = f"{c.property_key}:{session}"
            c.property = f"{c.property} ({_SESSION_NAMES[session]})"


# The Indonesia Stock Exchange closes at 15:50 WIB (16:00 on some days): a close an
# article published before it gives is an earlier session's, however it words it. A
# morning's outlook ("Prediksi IHSG Hari Ini", 07:13) recalls the last close and its
# sectors: in one story of 400 random multi-outlet ones they were 13 false updates of
# the day's own close.
MARKET_CLOSE = time(15, 50)


def _close_not_yet(claims: list[Claim], published: datetime | None) -> None:
    """Market figures of the close (``:penutupan``) in an article published before
    :data:`MARKET_CLOSE` on its day are the previous close's."""
    if published is None or published.tzinfo is None or published.astimezone(DEFAULT_TZ).time() >= MARKET_CLOSE:
        return
    for c in claims:
        head, _sep, last = c.property_key.rpartition(":")
        if last == "penutupan" and head:
            c.property_key = f"{head}:{PREVIOUS_CLOSE_KEY}"
            c.property = c.property.replace(f"({_SESSION_NAMES['penutupan']})", f"({PREVIOUS_CLOSE_KEY})")


def _one_defendant(claims: list[Claim], defendants: Mapping[str, str]) -> None:
    """An article whose court figures name one person only (``defendants``: key part ->
    the name as first written): its court figures that do not say whose ("Menjatuhkan
    pidana terhadap Terdakwa ... selama 3 tahun") are that person's."""
    if len(defendants) != 1:
        return
    [(whose, title)] = defendants.items()
    for c in claims:
        if WHOSE not in c.property_key and c.property_key.partition(":")[0] in COURT_PROPERTIES:
            c.property_key = f"{c.property_key}{WHOSE}{whose}"
            c.property = f"{c.property} ({title})"
