"""Role titles and honorifics as cues for PERSON mentions, and the role of each mention.

:func:`find_role_mentions` finds, in clean Indonesian news text, the person mentions
that come with a role, a rank or an honorific, in these shapes (``pattern``):

* ``title_before``: "Menteri Luar Negeri AS Antony Blinken", "Kabid Humas Polda Sumut
  Kombes Ferry Walintukan", "Bupati Garut Abdusy Syakur Amin", "Presiden Prabowo";
* ``comma_role``: the role, a comma, the name ("Direktur Eksekutif Departemen
  Komunikasi BI, Ramdan Denny Prakoso mengatakan");
* ``appositive_after``: the name, a comma, the role ("Rina Kartika, Kepala BPBD
  Garut, mengatakan", "kata Pat Ryder, juru bicara Pentagon", "X, seorang anggota
  parlemen");
* ``selaku``: "Budi selaku Kepala Desa Sukamaju";
* ``rank``: a police or military rank and no role ("Kombes Ferry Walintukan");
* ``honorific``: "Dr. Tirta", "Hj. Siti Aminah", "Prof. Budi Santoso".

Ranks are kept as ``rank``, not as the role; honorifics as ``honorific``. The role
phrase is split into the title (``role``: "Kabid Humas", "Menteri Luar Negeri") and
the organisation or place it belongs to (``org``: "Polda Sumut", "AS").

When NER name spans are given (``names``), a PERSON span fixes where the name is;
otherwise the name is told from the organisation by small hand-written lexicons
(organisation nouns, places, acronyms) and by the kind of title (a Bupati's title is
followed by a region, a Presiden's by a country only when it is one).
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any, NamedTuple

logger = logging.getLogger(__name__)


def _words(text: str) -> list[str]:
    """The whitespace-separated words of a lexicon written as a block of text."""
    return text.split()

# Longest name (in tokens) accepted from the heuristics; longer capitalised runs are
# titles of things, not people. Indonesian names in the corpus have at most 5 parts
# ("Abdusy Syakur Amin", "Muhammad Tito Karnavian", "Agus Harimurti Yudhoyono").
MAX_NAME_TOKENS = 5
# Longest role phrase (tokens) after a title word: "Kepala Pusat Data dan Informasi
# Badan Nasional Penanggulangan Bencana" has 10; longer runs are sentences.
MAX_ROLE_TOKENS = 14
# Longest appositive role (tokens) after "Name," when no comma or period closes it.
MAX_APPOSITIVE_TOKENS = 10


@dataclass(slots=True)
class RoleMention:
    """A person mention with the role, rank or honorific the text gives it."""

    start: int  # the whole mention (role phrase and name)
    end: int
    name: str | None
    name_start: int
    name_end: int
    role: str | None  # the title ("Kepala", "Menteri Luar Negeri", "juru bicara")
    role_start: int  # the role phrase with its organisation
    role_end: int
    org: str | None  # the organisation or place in the role phrase
    pattern: str  # title_before | comma_role | appositive_after | selaku | rank | honorific
    rank: str | None = None
    honorific: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RoleMention:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


# --- lexicons -------------------------------------------------------------------
# Title heads, lowercase, multiword allowed. The letter says what may follow the
# title before the name: C a country (only a known one), R a region (the first
# capitalised word when nothing known is there), O an organisation, P nothing
# expected (a name may follow right away).
_HEADS_TEXT = """
C presiden|wakil presiden|wapres|perdana menteri|pm|raja|ratu|kanselir|kaisar|emir|sultan
C wakil perdana menteri|wakil pm|wakil kanselir|deputi perdana menteri
C pemimpin tertinggi|pemimpin|menteri|wakil menteri|wamen|menko|menteri koordinator
C menlu|menhan|mendagri|menkeu|mensesneg|menkes|mendag|menperin|mentan|menaker|menag
C wamenlu|wamenhan|wamendagri|wamenkeu|wamensesneg|wamenkes|wamendag|wamenperin|wamentan|wamenaker|wamenag
C menpora|menparekraf|menpar|menkominfo|menkomdigi|menhub|menkumham|menkum|menpan-rb
C menpanrb|menpan|mensos|menristek|mendikbud|mendikbud ristek|mendikbudristek|mendikdasmen|menkopolhukam
C menko polhukam|menko polkam|menko perekonomian|menko pmk|menko pangan|menko marves
C menkop|menkopukm|menpupr|menteri pupr|menteri esdm|menteri bumn|menteri ppn
C menteri atr|menlhk|menteri lhk|menkes|menbud|menhut|menteri p2mi|menteri ham
C dubes|duta besar|konsul jenderal|konjen|jaksa agung|wakil jaksa agung|kapolri
C wakapolri|panglima tni|panglima|ksad|ksal|ksau|kasad|kasal|kasau|wakasad|wakasal|wakasau
C sekretaris kabinet|seskab|kepala staf kepresidenan|ksp|mendes|mendes pdtt
C gubernur bank sentral|kepala negara|kepala pemerintahan|senator
R bupati|wakil bupati|wabup|wali kota|walikota|walkot|wakil wali kota|wawali|wawalkot
R gubernur|wakil gubernur|wagub|camat|lurah|kepala desa|kades|kepala kampung
R pj bupati|pj gubernur|pj wali kota|pj walikota|plt bupati|plt gubernur
R plt wali kota|pj kepala desa|sekda|sekretaris daerah|ketua dprd|wakil ketua dprd
R kapolda|kapolres|kapolresta|kapolrestabes|kapolsek|wakapolda|wakapolres
R wakapolresta|kasat reskrim|kasatreskrim|kasat lantas|kasatlantas|kasat narkoba
R kasat intelkam|kanit reskrim|kajati|kajari|kasi pidum|kasi pidsus|kasi intel
R dandim|danrem|pangdam|danlanal|danlantamal|danlanud|dankodiklat|kapendam
R kalapas|kepala lapas|karutan|kepala rutan|kakanwil|kepala kanwil|kadis|kalaksa
R kabid humas|kasi humas|kasubsi penmas|kasubbag humas|kasubag humas|kapolresta
R dirreskrimum|dirreskrimsus|dirresnarkoba|dirlantas|dirpolairud|dirbinmas
R wadirlantas|wadirreskrimum|wadirreskrimsus|wadirresnarkoba|kanit|kapospol|kasat binmas
R kasat samapta|kasat sabhara|kasat polairud|kasat resnarkoba|kasat reskoba|kanit lantas
R wadir lantas|dir lantas|kaindik|kaindik pjr|kanit pjr|kasubdit gakkum|kasubdit kamsel
O kepala|wakil kepala|ketua|wakil ketua|ketua umum|ketum|wakil ketua umum|waketum
O sekretaris|sekretaris jenderal|sekjen|sekretaris utama|sestama|bendahara
O direktur|direktur utama|dirut|direktur jenderal|dirjen|direktur eksekutif|wakil direktur
O inspektur|inspektur jenderal|inspektur wilayah|inspektur tambang
O deputi|deputi gubernur|deputi gubernur senior|asisten deputi|komisaris|komisaris utama|komut|presiden direktur|presdir
O manajer|general manager|gm|vice president|vp|pendiri|ketua harian|ketua tim
O kabid|kasubdit|kabag|kasi|kasubag|kasubbag|kepala bagian|kepala bidang|kepala seksi
O kepala biro|karo|kepala divisi|kadiv|kadiv humas|karo penmas|kapuspen|kapuspenkum
O kepala pusat penerangan hukum|kepala pusat penerangan|kepala pusat|juru bicara|jubir
O anggota|rektor|wakil rektor|dekan|guru besar|hakim ketua|ketua majelis hakim
O ketua majelis|hakim|komandan|danjen|kepala staf|koordinator|plt|plh|pj|dewan pengawas
O staf khusus|stafsus|tenaga ahli|kepala sekolah|kepsek|ketua rt|ketua rw
O corporate secretary|sekretaris perusahaan|vp corporate communication|kepala kantor
O ceo|cfo|coo|cto|chairman|founder|co-founder|direktur operasional|direktur keuangan
O pemimpin redaksi|pemred|kuasa hukum|pengacara|advokat|jaksa|jaksa penuntut umum|jpu
O peneliti|dosen|pelatih|asisten pelatih|kapten|manajer tim|presiden klub|politikus|politisi
O petugas|petugas pos|petugas pos pengamatan|petugas pos pantau
O asisten|asisten rumah tangga
P pengamat|ekonom|analis|pakar|ahli|psikolog|sosiolog|kriminolog|epidemiolog
P analyst|equity analyst|research analyst|head of research|chief economist|ekonom senior
P musisi|komposer|sutradara|produser|penulis|desainer|dokter spesialis|spesialis
P aktivis|penyanyi|aktris|aktor|artis|komedian|presenter|youtuber|selebgram
P pemain|penyerang|gelandang|bek|kiper|striker|pebulu tangkis|pembalap|petinju
P wartawan|jurnalis|saksi|terdakwa|tersangka|korban|petani|nelayan|sopir
"""

_RANKS_TEXT = """
jenderal|komjen|irjen|brigjen|kombes|kombes pol|akbp|kompol|akp|iptu|ipda|aiptu|aipda
bripka|brigpol|brigadir|briptu|bripda|bharaka|bharatu|bharada|jenderal tni|letjen
mayjen|brigjen tni|kolonel|letkol|mayor|kapten|lettu|letda|serma|serka|sertu|serda
kopda|praka|prada|laksamana|laksdya|laksda|laksma|marsekal|marsdya|marsda|marsma
jenderal polisi|komisaris besar|ajun komisaris besar|komisaris polisi|komisaris jenderal
letnan jenderal|mayor jenderal|brigadir jenderal|letnan kolonel|kolonel inf|kolonel laut
kolonel pas|kolonel czi|kolonel arm|kolonel kav|kolonel kes|kolonel cpl
letjen tni|mayjen tni|laksdya tni|laksda tni|laksma tni|marsdya tni|marsda tni
marsma tni|kolonel tni|letkol tni|irjen pol|brigjen pol|komjen pol|akbp pol
laksamana pertama|laksamana muda|laksamana madya|marsekal pertama|marsekal muda|marsekal madya
laksamana pertama tni|laksamana muda tni|laksamana madya tni|marsekal pertama tni|marsekal muda tni
marsekal madya tni
komisaris besar polisi|ajun komisaris besar polisi|ajun komisaris polisi|komisaris jenderal polisi
inspektur jenderal polisi|brigadir jenderal polisi|inspektur polisi satu|inspektur polisi dua
ajun inspektur polisi satu|ajun inspektur polisi dua|brigadir polisi|brigadir polisi kepala
inspektur satu|inspektur dua|ajun inspektur satu|ajun inspektur dua
brigadir polisi satu|brigadir polisi dua
"""

# Honorifics and academic titles written before a name (lowercase, with the dot).
HONORIFICS = frozenset(
    _words(
        """
        dr. dr drs. drs dra. ir. ir prof. prof h. hj. hj kh kh. k.h. habib gus kiai kyai
        syekh ustaz ustadz ustazah ustadzah pak bu bapak ibu mr. mrs. ms. sdr. sdri.
        bpk. tn. ny. nn. raden ra haji hajjah mbah bung tuan nyonya
        """
    )
)
# Honorifics that are common words too: a title only when a capitalised word follows
# and they are capitalised themselves.
_SOFT_HONORIFICS = frozenset(["pak", "bu", "bapak", "ibu", "bung", "tuan", "nyonya", "mbah", "gus", "raden", "ra", "haji", "habib", "kiai", "kyai"])

# Title words continuing a role ("Menteri Luar Negeri", "Kabid Humas",
# "Direktur Utama"), lowercase.
PORTFOLIO_WORDS = frozenset(
    _words(
        """
        luar dalam negeri keuangan pertahanan koordinator bidang perekonomian politik
        mata uang valas komoditas saham obligasi
        hukum keamanan pangan pembangunan manusia kebudayaan infrastruktur kewilayahan
        pemberdayaan masyarakat sekretaris negara energi sumber daya mineral kesehatan
        pendidikan dasar menengah tinggi agama sosial perdagangan perindustrian
        pertanian kelautan perikanan lingkungan hidup kehutanan hak asasi imigrasi
        pemasyarakatan perhubungan pekerjaan umum perumahan rakyat pariwisata ekonomi
        kreatif ketenagakerjaan tenaga kerja investasi hilirisasi komunikasi informatika
        digital desa daerah tertinggal transmigrasi pemuda olahraga perempuan
        perlindungan anak riset teknologi sains koperasi usaha mikro kecil perencanaan
        nasional agraria tata ruang pendayagunaan aparatur reformasi birokrasi
        kependudukan keluarga kawasan permukiman pelindungan pekerja migran utama
        eksekutif jenderal operasional humas hubungan penerangan reserse kriminal khusus
        adat
        harian seksi pidana lalu lintas narkoba teknik pemasaran niaga bisnis strategis
        relations corporate communication secretary senior data informasi militer
        kebijakan publik pasar modal perbankan siber properti otomotif sepak bola tata
        logistik pencegahan pengendalian penyakit penindakan pengawasan pelayanan kerja
        sama internasional regional perencanaan program pembinaan penyidikan
        penyelidikan intelijen operasi tim pemenangan pelaksana penanganan
        penanggulangan bencana darurat transportasi
        marketing communications relation supply chain produksi sdm legal finance
        sales product affairs human capital risk compliance treasury operations
        operation business development public strategy technology engineering
        digital
        independen distribusi komersial transmisi pembangkitan regional perencanaan
        manajemen
        retail ritel research investment procurement audit accounting
        """
    )
)
# Nouns that start or continue an organisation, lowercase.
ORG_NOUNS = frozenset(
    _words(
        """
        dinas suku badan pusat kementerian kemenko kemenkeu kemenlu kemendagri kemenhan
        kemenkes kemenag kemendag kemenperin kementan kemnaker kemenhub kemensos
        kemenkumham komisi polda polres polresta polrestabes polsek polri mabes kodam
        korem kodim koramil lantamal lanal lanud tni kejaksaan kejati kejari kejagung
        kejaksaan pengadilan mahkamah pemkab pemkot pemprov pemerintah kabupaten kota
        provinsi kecamatan kelurahan partai fraksi universitas institut politeknik
        sekolah rumah sakit rsud bank perum persero perseroan yayasan lembaga direktorat
        ditjen subdit satuan satreskrim satlantas satresnarkoba unit divisi biro bagian
        kantor kanwil balai basarnas bpbd bnpb bmkg asosiasi himpunan ikatan persatuan
        federasi dewan majelis komite satgas otoritas pentagon kremlin departemen korps
        markas posko timnas klub kepolisian kejaksaan lapas rutan kpk dpr dprd mpr dpd
        bpk bps bi ojk lps bpjs pln pertamina kai garuda kemenko kemendikbud
        kemendikbudristek kemenpora kemenparekraf organisasi serikat aliansi koalisi
        gerakan front liga perhimpunan paguyuban forum perusahaan pt cv grup group
        holding kabinet gedung istana sekretariat setneg setkab bappenas bappeda disdik dinkes
        sekuritas securities futures financial finance investama investment asuransi insurance
        dishub damkar gulkarmat sudin kodiklat puspen puspenkum kapolda polairud brimob
        densus bareskrim baintelkam propam humas divhumas
        united city fc club air airlines airways group holdings capital energy
        resources international corporation company tbk foundation institute
        university college hospital center centre motor motors
        gerindra golkar nasdem demokrat perindo hanura gelora perjuangan pdi-perjuangan
        """
    )
)
# Organisation nouns always followed by what they are of ("Badan Legislasi").
NEEDS_COMPLEMENT = frozenset(
    _words(
        """
        dinas suku badan pusat kementerian komisi pemerintah partai fraksi universitas
        institut politeknik sekolah yayasan lembaga direktorat satuan unit divisi biro
        bagian kantor balai asosiasi himpunan ikatan persatuan federasi dewan majelis
        komite otoritas departemen korps organisasi serikat aliansi koalisi gerakan
        front liga perhimpunan paguyuban forum perusahaan grup group kabinet kota kabupaten
        provinsi kecamatan kelurahan desa
        """
    )
)
# Words ending a place name ("Jakarta Selatan", "Bandung Barat"), lowercase.
DIRECTION_WORDS = frozenset(["utara", "selatan", "barat", "timur", "tengah", "raya", "daya", "laut", "darat", "metro", "besar"])
# Countries (in Indonesian, with common short forms), provinces and their short
# forms, and big cities: places that follow a title before a name. Lowercase.
PLACES = frozenset(
    _words(
        """
        indonesia ri as amerika serikat rusia ukraina tiongkok china cina jepang korea
        korsel korut inggris prancis perancis jerman belanda italia spanyol portugal
        israel palestina iran irak suriah lebanon yordania mesir arab saudi qatar uae
        uea turki india pakistan bangladesh malaysia singapura thailand vietnam filipina
        myanmar kamboja laos brunei timor leste australia selandia kanada meksiko brasil
        argentina afrika nigeria kenya taiwan hong kong polandia swedia norwegia
        finlandia denmark swiss austria belgia yunani hungaria rumania ceko venezuela
        kolombia peru chile kuba afghanistan yaman oman kuwait bahrain emirat tajikistan
        kazakhstan uzbekistan mongolia nepal lanka maladewa fiji png eropa asean nato
        pbb aceh sumatera sumut sumbar sumsel riau kepri jambi bengkulu lampung bangka
        belitung babel jawa jabar jateng jatim dki jakarta banten yogyakarta diy bali
        ntb ntt nusa tenggara kalimantan kalbar kalteng kalsel kaltim kaltara sulawesi
        sulut sulteng sulsel sultra sulbar gorontalo maluku malut papua pegunungan
        surabaya bandung medan semarang makassar palembang depok tangerang bekasi bogor
        malang solo surakarta denpasar batam pekanbaru padang manado balikpapan
        samarinda pontianak banjarmasin jayapura kupang mataram ambon serang cilegon
        cirebon tasikmalaya garut sukabumi cianjur karawang purwakarta subang sumedang
        indramayu kuningan majalengka ciamis pangandaran tegal pekalongan magelang
        salatiga kudus pati jepara rembang blora grobogan demak kendal batang banyumas
        cilacap purbalingga kebumen purworejo wonosobo temanggung boyolali klaten
        sukoharjo wonogiri karanganyar sragen sidoarjo gresik mojokerto jombang kediri
        blitar tulungagung trenggalek madiun ponorogo pacitan ngawi magetan nganjuk
        bojonegoro tuban lamongan pasuruan probolinggo lumajang jember banyuwangi
        bondowoso situbondo bangkalan sampang pamekasan sumenep sleman bantul kulon
        progo gunungkidul badung gianyar tabanan buleleng karangasem klungkung jembrana
        bangli lombok sumbawa deli serdang langkat binjai asahan labuhanbatu simalungun
        siantar tapanuli nias sibolga tebing bukittinggi payakumbuh dumai siak kampar
        bengkalis jambi prabumulih lubuklinggau palu kendari mamuju ternate sorong
        manokwari merauke timika nabire tarakan bontang palangka raya sampit kotabaru
        karimun tanjungpinang ampat nusantara ikn mimika gaza rafah teheran tehran seoul
        pyongyang tokyo beijing moskow kyiv kiev washington london paris berlin canberra
        ottawa riyadh doha kairo ankara bangkok hanoi manila kuala lumpur new york delhi
        islamabad dhaka yerusalem baghdad damaskus beirut
        """
    )
)
_DAYS_MONTHS = frozenset(
    _words(
        """
        senin selasa rabu kamis jumat jum'at sabtu minggu ahad januari februari maret
        april mei juni juli agustus september oktober november desember jan feb mar apr
        jun jul agu agt sep okt nov des wib wita wit utc gmt
        """
    )
)
# Capitalised words that start sentences or clauses and are never part of a name.
_NOT_NAME = frozenset(
    _words(
        """
        dalam sementara menurut namun tetapi tapi selain itu ini hal saat ketika setelah
        sebelum sejak meski meskipun walaupun bahkan adapun kemudian lalu selanjutnya
        sebelumnya kini sekarang ia dia mereka kami kita saya beliau pihaknya para sang
        dengan di ke dari pada untuk oleh bagi atas dan atau serta juga pun yang tak
        tidak jika bila apabila agar supaya karena sebab akibat sehingga maka demikian
        begitu seperti sebagai selaku terkait soal mengenai tentang terhadap hingga
        sampai sekitar hampir lebih kurang baru belum sudah telah masih akan bisa dapat
        harus berdasarkan melalui via usai seusai jelang menjelang pasca tahun bulan
        hari pekan minggu pukul tanggal kata ujar baca lihat simak foto video sumber
        editor penulis the of and a an in on at for to
        no nomor nomer pasal ayat sk uu pp perpres perda
        jadi sebuah kamu anda sebagian dirinya awalnya sambutan bocoran peringatan
        semua alih-alih akibatnya mulanya tepatnya sebenarnya sesungguhnya rupanya nyatanya
        intinya singkatnya alhasil sayangnya untungnya anehnya menariknya sebaliknya
        """
    )
)
# Words before "Name, role" that make Name a place or a source, not a person.
_NOT_A_PERSON_BEFORE = frozenset(["dari", "di", "ke", "melansir", "mengutip", "dilansir", "lansir"])
_CONNECTORS = frozenset(["dan", "&", "serta", "dari", "untuk", "pada"])
_NAME_PARTICLES = frozenset(["bin", "binti", "van", "der", "de", "von", "al", "el", "da", "dos", "das"])
# Short forms that open places' names with a full stop ("St. Petersburg", "Mt. Everest").
_PLACE_ABBREVIATIONS = frozenset(["St", "Ste", "Mt", "Ft"])
# Words this frequent (wordfreq's Zipf) after "bidang" in a title are its portfolio,
# not a name ("akademik" 4.4; "Cyril" 3.4, "Raoul" 3.1).
PORTFOLIO_MIN_ZIPF = 4.0
# Particles of European surnames written with a capital inside a sentence ("Fabio Di
# Giannantonio", "Eusebio Di Francesco", "Kevin De Bruyne").
CAPITAL_PARTICLES = frozenset(["Di", "De", "Da", "Del", "Della", "Van", "Von", "Der", "Dos", "Das"])


def _heads(text: str) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word -> [(words, kind)], longest first."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for line in text.strip().splitlines():
        kind, _, rest = line.partition(" ")
        for phrase in rest.split("|"):
            words = tuple(phrase.split())
            if words:
                table.setdefault(words[0], []).append((words, kind))
    for entries in table.values():
        entries.sort(key=lambda e: -len(e[0]))
    return table


def _ranks(text: str) -> dict[str, list[tuple[str, ...]]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for line in text.strip().splitlines():
        for phrase in line.split("|"):
            words = tuple(phrase.split())
            if words:
                table.setdefault(words[0], []).append(words)
    for entries in table.values():
        entries.sort(key=lambda e: -len(e))
    return table


HEADS = _heads(_HEADS_TEXT)
# An army or navy officer's rank with the corps after it ("Kolonel Infanteri Candra
# Kurniawan", "Letkol Inf", "Mayor Laut (P)" without the bracket, "Kapten Cpn").
_CORPS = _words(
    """inf infanteri kav kavaleri arh arhanud arm armed czi zeni cpl cku cke chb ckm cba cpm caj cpn
    kes laut pnb tek adm sus pas mar marinir"""
)
_OFFICERS = ["kolonel", "letkol", "letnan kolonel", "mayor", "kapten", "lettu", "letda"]
RANKS = _ranks(_RANKS_TEXT + "\n".join(f"{rank} {corps}" for rank in _OFFICERS for corps in _CORPS))
# First words of titles: never part of a name, except those that are names too.
ROLE_WORDS = frozenset(HEADS) - {"raja", "ratu", "sultan", "emir", "kaisar", "pemimpin", "mayor"}
_LONGEST_RANK = max(len(words) for entries in RANKS.values() for words in entries)
# (the words of the ranks without the corps: "Laut", "Armed" or "Mar" may be names)
RANK_WORDS = frozenset(w for entries in _ranks(_RANKS_TEXT).values() for words in entries for w in words)
# English job titles, head last ("Marketing Director", "Chief Executive Officer",
# "Sales & Marketing and After Sales Director"): capitalised words of these, the last
# one a head. Common in business news, where companies' English titles are kept.
_EN_TITLE_HEADS = frozenset(
    ["director", "manager", "officer", "head", "economist", "lead", "strategist", "president", "analyst", "specialist"]
)
_EN_TITLE_WORDS = _EN_TITLE_HEADS | frozenset(
    _words(
        """
        chief executive senior general managing country regional group deputy vice
        assistant associate principal marketing sales after communication communications division
        corporate public relations finance financial product brand business development
        technology technical operations operating operation risk compliance legal human capital
        digital strategy engineering research investment investor project customer
        service services commercial supply chain retail planning treasury account
        market equity information economic policy
        """
    )
)
_EN_TITLE_CONNECTORS = frozenset(["&", "and", "of"])
EN_TITLE_HEADS = _EN_TITLE_HEADS
EN_TITLE_WORDS = _EN_TITLE_WORDS
# Lowercase first words of anything that can start a mention (a fast pre-filter).
_STARTERS = (
    frozenset(HEADS) | frozenset(RANKS) | frozenset(h.rstrip(".") for h in HONORIFICS) | _EN_TITLE_WORDS
)
# Heads that are also common lowercase words ("kepala korban", "anggota keluarga",
# "hakim" is fine): as titles only when capitalised or directly before a capital.
_AMBIGUOUS_LOWER_HEADS = frozenset(["kepala", "anggota", "ketua", "pemimpin", "ahli", "raja", "ratu", "pendiri", "kapten", "mayor", "pm", "gm", "vp", "ksp", "ra"])


# --- tokens -----------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")
_TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*|\S")


class Token(NamedTuple):
    """A word or punctuation mark with its offsets and lowercase form."""

    start: int
    end: int
    text: str
    lower: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_acronym(self) -> bool:
        t = self.text
        return len(t) >= 2 and t[0].isalnum() and t.upper() == t and t.lower() != t


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and punctuation of ``text[start:end]``; an initial ("B.") or an
    abbreviated title ("Dr.", "Hj.") keeps its dot."""
    stop = len(text) if end is None else end
    out: list[Token] = []
    pending: Token | None = None
    for m in _TOKEN.finditer(text, start, stop):
        word = m.group()
        if (
            pending is not None
            and word == "."
            and m.start() == pending.end
            and (
                (len(pending.text) == 1 and pending.text.isupper())
                or (pending.lower + ".") in HONORIFICS
                or pending.lower in RANKS
            )
        ):
            out[-1] = Token(pending.start, m.end(), pending.text + ".", pending.lower + ".")
            pending = None
            continue
        tok = Token(m.start(), m.end(), word, word.lower())
        out.append(tok)
        pending = tok if word[0].isalnum() else None
    return out


def _match_phrase(
    tokens: Sequence[Token], i: int, table: dict[str, list[tuple[str, ...]]]
) -> int:
    """Length (tokens) of the longest phrase of ``table`` at ``i``, 0 if none."""
    entries = table.get(tokens[i].lower.rstrip("."))
    if not entries:
        return 0
    for words in entries:
        n = len(words)
        if i + n <= len(tokens) and all(
            tokens[i + k].lower.rstrip(".") == words[k] for k in range(n)
        ):
            return n
    return 0


# Places whose names open with a title ("raja" is a king): "Menurut Hanif, Raja Ampat
# merupakan ..." gave the minister the role "Raja Ampat" (two people in the Raja Ampat
# mining story of June 2025).
PLACES_NAMED_LIKE_TITLES = frozenset({("raja", "ampat")})


def match_head(tokens: Sequence[Token], i: int, strict: bool = True) -> tuple[int, str]:
    """(length, kind) of the title at ``i``, (0, "") if none. ``strict``: a title that
    is a common word too ("kepala", "anggota") needs a capital or a title word after
    it."""
    entries = HEADS.get(tokens[i].lower)
    if entries and any(
        tuple(t.lower for t in tokens[i:i + len(place)]) == place for place in PLACES_NAMED_LIKE_TITLES
    ):
        return 0, ""
    if not entries:
        if tokens[i].is_cap and _UNIT_HEAD.match(tokens[i].lower):
            return 1, "R"  # "Kadisdikbud Kota Tangsel", "Dirtipidter Bareskrim"
        n = _english_title(tokens, i)
        return (n, "O") if n else (0, "")
    for words, kind in entries:
        n = len(words)
        if i + n <= len(tokens) and all(tokens[i + k].lower == words[k] for k in range(n)):
            first = tokens[i]
            if strict and first.lower in _AMBIGUOUS_LOWER_HEADS and not first.is_cap:
                after = tokens[i + n] if i + n < len(tokens) else None
                if after is None or not (after.is_cap or after.lower in PORTFOLIO_WORDS):
                    continue
            if n == 1 and first.lower in _ACTING and i + 1 < len(tokens) and tokens[i + 1].is_cap:
                # "Plt Ketua KNKT": acting, and the title it is acting in
                then, then_kind = match_head(tokens, i + 1, strict)
                if then:
                    return 1 + then, then_kind
            return n, kind
    # "Corporate Director" (not "Corporate Secretary")
    n = _english_title(tokens, i)
    return (n, "O") if n else (0, "")


# Heads of government and police units written as one abbreviation: "Kadisdikbud"
# (kepala dinas pendidikan dan kebudayaan), "Kadinkes", "Dirtipidter", "Kasatreskrim".
_UNIT_HEAD_PREFIXES = r"(?:kadis|kadin|kaban|kabag|kasubdit|kasubbag|kasubag|kasat|kanit|dirres|dirtipid|wadir|kakan|kapus)"
_UNIT_HEAD = re.compile(rf"^{_UNIT_HEAD_PREFIXES}[a-z]{{2,}}$")
_UNIT_HEAD_IN = re.compile(rf"\b{_UNIT_HEAD_PREFIXES}[a-z]{{2,}}\b", re.IGNORECASE)
# Words before a title that make its holder a former or future one ("Mantan Panglima
# GAM"): not part of the title (the dev set's convention), but part of the speaker.
FORMER = frozenset(["mantan", "eks", "calon", "kandidat"])
# Titles of someone acting in another title ("Plt Ketua", "Pj Kepala Dinas").
_ACTING = frozenset(["plt", "plh", "pj", "pjs"])
# ... and "Ps" (pengganti sementara) before a title only: "Ps Kasubdit Gakkum"
ACTING_PREFIXES = _ACTING | {"ps"}


def _english_title(tokens: Sequence[Token], i: int) -> int:
    """Length of the English job title at ``i`` ("Marketing Director", "Chief Executive
    Officer", "Head of Corporate Communication"), 0 if none: capitalised title words
    (connectors between them), ending with a head word, or "Head of" and its field."""
    if i > 0 and tokens[i - 1].is_cap and tokens[i - 1].lower in _EN_TITLE_WORDS:
        return 0  # inside a title that starts earlier
    j, last_head = i, -1
    while j < len(tokens):
        tok = tokens[j]
        if tok.is_cap and tok.is_word and tok.lower in _EN_TITLE_WORDS:
            if tok.lower in _EN_TITLE_HEADS:
                last_head = j
            j += 1
            continue
        if (tok.lower in _EN_TITLE_CONNECTORS and j > i and j + 1 < len(tokens)
                and tokens[j + 1].is_cap and tokens[j + 1].lower in _EN_TITLE_WORDS):
            j += 1
            continue
        break
    if last_head < 0:
        return 0
    if tokens[last_head].lower == "head" and last_head + 1 < j and tokens[last_head + 1].lower == "of":
        return j - i  # "Head of Corporate Communication"
    if (
        tokens[last_head].lower != "head"
        and last_head + 2 < len(tokens)
        and tokens[last_head + 1].lower == "of"
        and tokens[last_head + 2].is_cap
    ):
        # "Director of Marketing WHHG", "President of GAC International": the field
        # is the title's; an organisation after "of" is not
        return max(j, last_head + 2) - i
    return last_head + 1 - i


def match_rank(tokens: Sequence[Token], i: int) -> int:
    """Length of the rank at ``i`` (only capitalised or all-caps ranks), 0 if none."""
    if not tokens[i].is_cap:
        return 0
    ranks: dict[str, list[tuple[str, ...]]] = RANKS
    n = _match_phrase(tokens, i, ranks)
    if (
        n and i + n + 2 < len(tokens) and tokens[i + n].text == "(" and tokens[i + n + 2].text == ")"
        and (tokens[i + n + 1].lower in RANKS or (
            # a navy officer's corps: "Kolonel Laut (P)", "Letkol Laut (T)"
            tokens[i + n - 1].lower == "laut" and len(tokens[i + n + 1].text) == 1 and tokens[i + n + 1].text.isupper()
        ))
    ):
        n += 3  # "Laksamana Pertama (Laksma)": the rank and its short form
    return n


def is_honorific(tokens: Sequence[Token], i: int) -> bool:
    tok = tokens[i]
    lower = tok.lower
    if lower not in HONORIFICS:
        return False
    if i + 1 >= len(tokens) or tokens[i + 1].lower in ("kota", "negara", "pertiwi"):
        return False
    if not tokens[i + 1].is_cap and not (
        # "Dr. dr. Paulus Sugianto": a second honorific, written small, before the name
        tokens[i + 1].lower in HONORIFICS and i + 2 < len(tokens) and tokens[i + 2].is_cap
    ):
        return False
    if lower in _SOFT_HONORIFICS:
        return tok.is_cap
    return lower != "h." or tok.text == "H."


def _org_ish(tok: Token) -> bool:
    lower = tok.lower
    return (
        tok.is_acronym
        or lower in ORG_NOUNS
        or lower in PLACES
        or lower in DIRECTION_WORDS
        or (tok.text[0].isdigit())
        or lower in ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
    )


# Zipf frequency (wordfreq, Indonesian) from which a lone capitalised word after a
# title is a common word, not a name: "Aktor Terbaik" (5.8), "tertinggi" (4.9),
# "Pengamat Pasar Uang" (5.8) vs "Budi" (4.7), "Prabowo" (4.4), "Jokowi" (4.8). Set
# between them.
COMMON_WORD_ZIPF = 4.85


@functools.lru_cache(maxsize=100_000)
def zipf(word: str, lang: str = "id") -> float:
    """wordfreq's Zipf frequency of the lowercase ``word`` in Indonesian (or ``lang``;
    cached: each look-up tokenises the word, about 0.1 ms)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, lang))


@functools.lru_cache(maxsize=1)
def indonesian_roots() -> frozenset[str]:
    """Sastrawi's list of Indonesian root words (shipped with pysastrawi), lowercase."""
    from importlib import resources

    text = (resources.files("Sastrawi") / "Stemmer" / "data" / "kata-dasar.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.split() if w.strip())


def holds_a_word(a: Iterable[str], b: Iterable[str], min_letters: int) -> bool:
    """Whether a word of ``a`` and one of ``b``, each of ``min_letters`` letters or more,
    hold one another (lower case): "jokowi" holds "joko", "karno" is in "sukarno". One
    name made from another: the analyze stage's bracket and "atau" aliases, the
    resolve stage's other names."""
    long_b = [y for y in b if len(y) >= min_letters]
    return any(x in y or y in x for x in a if len(x) >= min_letters for y in long_b)


def common_word(word: str) -> bool:
    """Whether the lowercase ``word`` is a common Indonesian word (:data:`COMMON_WORD_ZIPF`)."""
    return zipf(word) >= COMMON_WORD_ZIPF


def name_like(tok: Token) -> bool:
    """A token that may be part of a person's name."""
    if not tok.is_word or not tok.is_cap:
        return False
    lower = tok.lower
    if tok.text.endswith(".") and len(tok.text) == 2:
        return True  # an initial
    if lower in _NOT_NAME or lower in _DAYS_MONTHS or lower in ROLE_WORDS or lower in RANK_WORDS:
        return False
    if lower in ORG_NOUNS or lower in PLACES or lower in PORTFOLIO_WORDS:
        return False
    return not (tok.is_acronym and len(tok.text) > 3)


_MONTH_NAMES = frozenset(
    _words("januari februari maret april mei juni juli agustus september oktober november desember")
)


def _month_in_name(tokens: Sequence[Token], j: int, i: int) -> bool:
    """Whether the month word at ``j`` is inside a name, between two capitalised words
    ("Menhut Raja Juli Antoni"), not a date ("Kamis 19 Juni", "Juli 2025", "Juni lalu")."""
    return (
        tokens[j].lower in _MONTH_NAMES
        and j > i
        and tokens[j - 1].is_word and tokens[j - 1].is_cap and not tokens[j - 1].text[0].isdigit()
        and j + 1 < len(tokens)
        and tokens[j + 1].is_word and tokens[j + 1].is_cap
        and tokens[j + 1].lower not in _DAYS_MONTHS
        and not common_word(tokens[j + 1].lower)
    )


def english_article(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` is "The" opening an English name ("The Fed", "The Guardian")."""
    return tokens[i].text == "The" and i + 1 < len(tokens) and tokens[i + 1].is_cap


def _run(tokens: Sequence[Token], i: int, limit: int) -> int:
    """End (exclusive) of the capitalised run starting at ``i``: capitalised words,
    acronyms, numbers, ranks and honorifics, "(ABC)", and connectors or name particles
    followed by a capital."""
    j = i
    n = min(len(tokens), i + limit)
    while j < n:
        tok = tokens[j]
        if tok.is_word and (tok.is_cap or tok.text[0].isdigit()):
            if (tok.lower in _DAYS_MONTHS and not _month_in_name(tokens, j, i)) or (
                tok.lower in _NOT_NAME
                and tok.lower not in ("sang",)
                # "Menteri Energi dan Sumber Daya Mineral": a portfolio word after a
                # connector or another portfolio word is the title's, not a clause's
                and not (tok.lower in PORTFOLIO_WORDS and j > i
                         and (tokens[j - 1].lower in _CONNECTORS or tokens[j - 1].lower in PORTFOLIO_WORDS))
                # "Menteri Dalam Negeri", "Kementerian Dalam Negeri": a portfolio word
                # after a title or a body's noun and before another portfolio word
                and not (tok.lower in PORTFOLIO_WORDS and j > 0
                         and (tokens[j - 1].lower in ROLE_WORDS or tokens[j - 1].lower in ORG_NOUNS)
                         and j + 1 < len(tokens) and tokens[j + 1].is_cap
                         and tokens[j + 1].lower in PORTFOLIO_WORDS)
                # "Ketua The Fed Jerome Powell": an English name's article
                and not english_article(tokens, j)
                # "Direktur Lalu Lintas": traffic, not "then"
                and not (tok.lower == "lalu" and j > 0 and j + 1 < len(tokens) and tokens[j + 1].lower == "lintas")
                # "Pembalap Fabio Di Giannantonio": a surname's particle, written with a
                # capital inside the name, not "di" (in)
                and not (tok.text in CAPITAL_PARTICLES and j > i and j + 1 < len(tokens) and tokens[j + 1].is_cap)
            ):
                break
            j += 1
            continue
        if (
            tok.text == "("
            and j + 2 < len(tokens)
            and (tokens[j + 1].is_acronym or (tokens[j + 1].is_cap and tokens[j + 1].is_word))
            and tokens[j + 2].text == ")"
        ):
            j += 3  # "(BPS)", "(Menkum)"
            # ... counted as one word of the phrase: "Kepala Badan ... (BSKDN)
            # Kementerian ... (Kemendagri) Yusharto", a title of 16 tokens
            n = min(len(tokens), n + 2)
            continue
        if (
            # (English "of" inside a name: "Times of Israel", "University of Oxford")
            # (a governor's special staff "bidang Komunikasi Publik" and then the name: a
            # title's portfolio after its body)
            (tok.lower in _CONNECTORS or tok.lower in _NAME_PARTICLES or tok.text in ("of", "bidang"))
            and j > i
            and j + 1 < len(tokens)
            and tokens[j + 1].is_cap
            and tokens[j + 1].lower not in _DAYS_MONTHS
        ):
            if tok.lower in _CONNECTORS and match_head(tokens, j + 1)[0]:
                break
            j += 1
            continue
        if tok.text == "-" and j > i and j + 1 < len(tokens) and tokens[j + 1].is_cap and tok.start == tokens[j - 1].end:
            j += 1
            continue
        if (
            tok.text == "." and j > i and tokens[j - 1].text in _PLACE_ABBREVIATIONS and tok.start == tokens[j - 1].end
            and j + 1 < len(tokens) and tokens[j + 1].is_cap
        ):
            j += 1  # "Gubernur St. Petersburg Alexander Beglov": a saint's town
            continue
        if tok.lower in HONORIFICS and j > i and j + 1 < len(tokens) and tokens[j + 1].is_cap:
            j += 1  # "Spesialis Anak dr Reza Pahlevi": a title written lower case
            continue
        break
    return j


@dataclass(slots=True)
class _Split:
    role_end: int  # token index: the title words end here
    org: tuple[int, int] | None  # token range
    rank: tuple[int, int] | None
    honorific: tuple[int, int] | None
    name: tuple[int, int] | None


def _portfolio_word(tokens: Sequence[Token], j: int) -> bool:
    """Whether token ``j`` is a word of a minister's portfolio, not an organisation
    or place: "daya" is a direction ("Papua Barat Daya") except after "Sumber"."""
    tok = tokens[j]
    if tok.lower not in PORTFOLIO_WORDS:
        return False
    if not _org_ish(tok):
        return True
    before = tokens[j - 1].lower if j > 0 else ""
    return tok.lower in DIRECTION_WORDS and before in PORTFOLIO_WORDS and before not in DIRECTION_WORDS


# A capitalised word after "Bidang" is part of the field when it is at least this
# common (Zipf): "Kemahasiswaan" 3.7, "Alumni" 4.5, "Humas" 3.9; the organisation or
# the name after it is rarer ("Unila" 3.1, "Sunyono" 0).
FIELD_WORD_MIN_ZIPF = 3.3


def _field_word(lower: str) -> bool:
    return lower in PORTFOLIO_WORDS or zipf(lower) >= FIELD_WORD_MIN_ZIPF


_LEGAL_FORMS = frozenset(["pt", "cv"])


def _first_name_before(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k``, right before a one-word model name, is that person's first
    name rather than the organisation's last word: a rare capitalised word, not an
    acronym, place, organisation noun or rank."""
    tok = tokens[k]
    return (
        name_like(tok) and not tok.text.isupper() and not _org_ish(tok) and tok.lower not in PLACES
        and tok.lower not in ORG_NOUNS and not common_word(tok.lower) and not match_rank(tokens, k)
        # "Bank Jago Harris": an organisation noun and one word is the organisation
        and tokens[k - 1].is_word and tokens[k - 1].lower not in ORG_NOUNS
    )


def _ends_organisation(tokens: Sequence[Token], k: int, name_end: int) -> bool:
    """Whether token ``k``, taken as the first of a name of three or more words
    ending at ``name_end``, is a common word ending the organisation before it:
    "Sekretaris Pers Gedung Putih Karoline Leavitt" (the White House)."""
    # ("Direktur Utama PT Pegadaian Damar Latri Setiawan": a company's name after its
    # legal form, whatever the word)
    return k > 0 and tokens[k - 1].lower in ORG_NOUNS and name_end - k >= 3 and (
        common_word(tokens[k].lower) or tokens[k - 1].lower in _LEGAL_FORMS
    )


def _short_title(tokens: Sequence[Token], head_end: int, short: Token) -> bool:
    """Whether ``short`` (in brackets after the title ending at ``head_end``) is that
    title's short form: a title itself ("Sekda", "Sekjen") or the initials of the
    title's words ("JPU" of "Jaksa Penuntut Umum")."""
    if short.lower in HEADS:
        return True
    if not short.is_acronym:
        return False
    start = head_end
    while start > 0 and tokens[start - 1].is_word and head_end - start < len(short.text):
        start -= 1
    initials = "".join(t.text[0] for t in tokens[start:head_end]).lower()
    return len(short.text) >= 2 and initials.endswith(short.lower)


def _split_run(
    tokens: Sequence[Token],
    head_end: int,
    run_end: int,
    kind: str,
    person_starts: dict[int, int],
) -> _Split:
    """Split the tokens after a title into title words, organisation, rank,
    honorific and name."""
    j = head_end
    # a regional head's title holds no portfolio: "Kapolsek Pasar Rebo" heads the
    # police of Pasar Rebo ("pasar" is a portfolio word of "Pengamat Pasar Uang")
    while kind != "R" and j < run_end and _portfolio_word(tokens, j):
        j += 1
        if tokens[j - 1].lower == "bidang":
            # "Wakil Rektor Bidang Kemahasiswaan dan Alumni Unila": the field named after
            # "Bidang" is the title's, up to an organisation or a person
            while j < run_end and tokens[j].is_cap and not _org_ish(tokens[j]) and tokens[j].lower not in ORG_NOUNS \
                    and tokens[j].start not in person_starts and not match_rank(tokens, j) \
                    and _field_word(tokens[j].lower):
                j += 1
                if j + 1 < run_end and tokens[j].lower in ("dan", "&", "serta") and tokens[j + 1].is_cap:
                    j += 1
    # "Menteri Energi dan Sumber Daya Mineral": "dan" inside the title
    while (
        j + 1 < run_end
        and tokens[j].lower in ("dan", "&", "serta")
        and tokens[j + 1].lower in PORTFOLIO_WORDS
    ):
        j += 1
        while j < run_end and _portfolio_word(tokens, j):
            j += 1
    # "Menteri Hukum (Menkum) Supratman", "Menteri Energi dan Sumber Daya Mineral (ESDM)
    # Bahlil Lahadalia", "Sekretaris Daerah (Sekda) Provinsi Jawa Barat": a short form
    # of the title stays with it (right after the head only when it is a title itself
    # or the head's initials: "Kepala (BPBD)" would be an organisation's)
    if (
        j + 2 < run_end
        and tokens[j].text == "("
        and tokens[j + 2].text == ")"
        and (
            (j > head_end and (tokens[j + 1].lower in HEADS or tokens[j + 1].is_acronym))
            or (j == head_end and _short_title(tokens, head_end, tokens[j + 1]))
        )
    ):
        j += 3
    role_end = j
    # a PERSON span from NER inside the run decides
    for k in range(role_end, run_end):
        if tokens[k].start in person_starts:
            name_end_char = person_starts[tokens[k].start]
            m = k
            while m < run_end and _in_name(tokens[m], name_end_char):
                m += 1
            if m - k == 1 and m < run_end and tokens[m].start in person_starts:
                # "Waketum Projo Freddy Alex Damanik" with the model's names "Projo" and
                # "Freddy Alex Damanik": one word right before another name is the
                # body's, the holder the name after it
                continue
            # "Gubernur Jatim Khofifah" with the model's name "Jatim Khofifah": a place
            # right after the title is the title's, not the name's
            if k == role_end:
                while k < m - 1 and (tokens[k].lower in PLACES or (k > role_end and tokens[k].lower in DIRECTION_WORDS)):
                    k += 1
            # "Rolliansyah (Roy) Soemirat" with the model's name "Soemirat": a name, its
            # short form in brackets (sharing its first letters), then the model's name
            if (
                k - 4 >= role_end and tokens[k - 1].text == ")" and tokens[k - 3].text == "("
                and name_like(tokens[k - 4]) and name_like(tokens[k - 2])
                and not common_word(tokens[k - 4].lower) and tokens[k - 4].lower not in PLACES
                and tokens[k - 2].lower[:2] == tokens[k - 4].lower[:2]
            ):
                k -= 4
            # "Kombes Pol Surawan" with the model's name "Pol Surawan": the rank's
            # last word is not the name's first
            for x in range(max(role_end, k - _LONGEST_RANK + 1), k):
                n = match_rank(tokens, x)
                if k < x + n < m:
                    k = x + n
                    break
            # a deputy chair of "DPRD Jatim", Sahat Tua Simanjuntak, with the model's name
            # "Simanjuntak": the organisation ends with its place; the name words
            # between it and the model's name open the name ("Tua" is a common word,
            # which the rare-first-name rule below stops at; on 1,500 random articles
            # one such name, now whole)
            # (only a body's place: "DPRD Jatim", "Polda NTT", not a country after a
            # title: Iran's supreme leader, "Ayatollah Ali Khamenei")
            place = max((x for x in range(max(role_end, 1), k) if tokens[x].lower in PLACES and (
                tokens[x - 1].is_acronym or tokens[x - 1].lower in ORG_NOUNS)), default=None)
            if place is not None and place + 1 < k and m - place - 1 <= MAX_NAME_TOKENS and all(
                name_like(t) and not _org_ish(t) and t.lower not in ORG_NOUNS and t.lower not in PLACES
                and t.lower not in HEADS for t in tokens[place + 1 : k]
            ) and not any(match_rank(tokens, x) for x in range(place + 1, k)):
                k = place + 1
            elif k > role_end and _ends_organisation(tokens, k, m):
                k += 1  # the model's name begins with the word that ends the organisation
            elif m - k == 1:
                # "Vice President Medcom Piotr Wronski" with the model's name "Wronski":
                # a rare name word between the organisation and the surname is the
                # first name (the organisation keeps at least one word; after a title
                # followed by no organisation, kind P, every such word is the name's)
                floor = role_end if kind == "P" else role_end + 1
                while k - 1 >= floor and m - k < MAX_NAME_TOKENS and _first_name_before(tokens, k - 1):
                    k -= 1
            # a model name holding an organisation word ("Kepala Riset Mirae Asset
            # Sekuritas Budi Santoso"): the organisation ends there, the name follows
            inner = [x for x in range(k, m - 1) if tokens[x].lower in ORG_NOUNS]
            if inner and all(name_like(tokens[y]) for y in range(inner[-1] + 1, m)):
                return _Split(role_end, (role_end, inner[-1] + 1), None, None, (inner[-1] + 1, m))
            # "Sekretaris Kabinet (Seskab) Letkol Teddy Indra Wijaya", "Kasi Humas
            # Polresta Sidoarjo Iptu Tri Novi Handono" with the model's name cut short:
            # a rank in the run, then only name words up to the model's name, opens it
            for x in range(role_end, k):
                n = match_rank(tokens, x)
                if n and x + n < k and all(
                    ((name_like(t) and not _org_ish(t)) or (len(t.text) == 1 and t.text.isupper()))
                    and t.lower not in PLACES and t.lower not in ORG_NOUNS
                    for t in tokens[x + n : k]
                ):
                    k = x + n
                    break
            name = (k, m) if m > k else None
            rank, ner_hon, pre_end = _rank_honorific_before(tokens, role_end, k)
            org = (role_end, pre_end) if pre_end > role_end else None
            if (
                kind == "C" and org is not None and rank is None and ner_hon is None and name is not None
                and m - org[0] <= MAX_NAME_TOKENS
                and not common_word(tokens[org[0]].lower)
                and all(name_like(t) and not _org_ish(t) and t.lower not in PLACES for t in tokens[org[0] : org[1]])
            ):
                # "Sekretaris Kabinet Teddy Indra Wijaya" with the model's name "Indra
                # Wijaya": a national office names no organisation or place after it,
                # so the words between are the name's (after a rare first word, a
                # common one too: "Menteri Pariwisata Widiyanti Putri Wardhani")
                return _Split(role_end, None, None, None, (org[0], m))
            return _Split(role_end, org, rank, ner_hon, name)
    # an honorific with no rank before it marks where the name starts ("Spesialis Anak
    # Konsultan dr Reza Pahlevi")
    for h in range(run_end - 2, role_end, -1):
        if is_honorific(tokens, h) and name_like(tokens[h + 1]) and not match_rank(tokens, h - 1):
            if any(match_rank(tokens, x) for x in range(role_end, h)):
                break
            name_end = _name_end(tokens, h + 1, run_end)
            if name_end > h + 1:
                return _Split(role_end, (role_end, h), None, (h, h + 1), (h + 1, name_end))
            break
    # a rank marks where the name starts
    k = role_end
    last_rank: tuple[int, int] | None = None
    while k < run_end:
        n = match_rank(tokens, k)
        if n:
            last_rank = (k, k + n)
            k += n
        else:
            k += 1
    if last_rank is not None:
        name_start = last_rank[1]
        if (
            name_start + 2 < run_end
            and tokens[name_start].text == "("
            and tokens[name_start + 1].lower in ("purn", "purnawirawan")
        ):
            name_start += 3  # "Letjen TNI (Purn) Djaka Budi Utama"
        hon: tuple[int, int] | None = None
        if name_start < run_end and is_honorific(tokens, name_start):
            hon = (name_start, name_start + 1)
            name_start += 1
        name_end = _name_end(tokens, name_start, run_end)
        org = (role_end, last_rank[0]) if last_rank[0] > role_end else None
        return _Split(role_end, org, last_rank, hon, (name_start, name_end) if name_end > name_start else None)
    # the name follows the last organisation-like token
    last_org = -1
    for k in range(role_end, run_end):
        if _org_ish(tokens[k]) or tokens[k].lower in ORG_NOUNS or (
            tokens[k].text == ")"
        ) or (tokens[k].lower in PORTFOLIO_WORDS and last_org >= 0) or (
            # "The Fed", "The Washington Post": an English article opens a name
            k == role_end + 1 and tokens[role_end].text == "The"
        ):
            last_org = k
    if last_org >= 0:
        org_start = role_end
        name_start = last_org + 1
        # "anggota Badan Legislasi": an organisation noun takes a complement first, and
        # so does a common word after one ("Gedung Putih")
        complement = tokens[last_org].lower in NEEDS_COMPLEMENT and not tokens[last_org].is_acronym
        if complement or (
            name_start < run_end and _ends_organisation(tokens, name_start, _name_end(tokens, name_start, run_end))
        ):
            name_start += 1
        # a direction word after a place belongs to it
        while name_start < run_end and tokens[name_start].lower in DIRECTION_WORDS:
            name_start += 1
    else:
        org_start = role_end
        name_start = role_end
        unknown = run_end - role_end
        if kind == "R" and unknown >= 1:
            name_start = role_end + 1
            while name_start < run_end and tokens[name_start].lower in DIRECTION_WORDS:
                name_start += 1
        elif kind == "O" and unknown >= 4:
            # "ketua majelis hakim Rosihan Juhriah Rangkuti": three unknown words are a
            # name; four or more start with the organisation ("juru bicara X Pat Ryder")
            name_start = role_end + 1
    hon = None
    if name_start < run_end and is_honorific(tokens, name_start):
        hon = (name_start, name_start + 1)
        name_start += 1
    name_end = _name_end(tokens, name_start, run_end)
    org = (org_start, name_start - (1 if hon else 0)) if name_start > org_start else None
    if name_end <= name_start:
        org = (org_start, run_end) if run_end > org_start else None
        return _Split(role_end, org, None, None, None)
    return _Split(role_end, org, None, hon, (name_start, name_end))


def _rank_honorific_before(
    tokens: Sequence[Token], lo: int, k: int
) -> tuple[tuple[int, int] | None, tuple[int, int] | None, int]:
    hon: tuple[int, int] | None = None
    if k - 1 >= lo and tokens[k - 1].lower in HONORIFICS:
        hon = (k - 1, k)
        k -= 1
    rank: tuple[int, int] | None = None
    for back in (5, 4, 3, 2, 1):  # (a rank with its short form or corps in brackets: 5)
        s = k - back
        if s >= lo and match_rank(tokens, s) == back:
            rank = (s, k)
            k = s
            break
    return rank, hon, k


def _name_end(tokens: Sequence[Token], i: int, run_end: int) -> int:
    """End of the name starting at ``i``: name-like tokens (with particles, hyphens
    and initials), at most :data:`MAX_NAME_TOKENS` words."""
    j = i
    words = 0
    while j < run_end:
        tok = tokens[j]
        if name_like(tok) or (j + 1 < run_end and _month_in_name(tokens, j, i)):
            words += 1
            j += 1
            continue
        if (tok.lower in _NAME_PARTICLES or tok.text in CAPITAL_PARTICLES) and j > i and j + 1 < run_end and name_like(
            tokens[j + 1]
        ):
            j += 1
            continue
        if tok.text == "-" and j > i:
            j += 1
            continue
        break
    if words == 0 or words > MAX_NAME_TOKENS:
        return i
    return j


# --- mentions ---------------------------------------------------------------------

_VERB_LIKE = re.compile(r"^(?:me(?:ng|ny|m|n)?|ber|di|ter)[a-z]{3,}$")
_CLAUSE_STOPS = frozenset(
    _words(
        """
        yang saat ketika usai seusai setelah sebelum kepada dalam mengatakan menyebut
        bahwa kata ujar tutur jelas ucap menjelaskan menuturkan menyatakan menegaskan
        """
    )
)
# Words that go on a clause when a bare role noun runs into them: "Selain Indra, jaksa
# juga membacakan ...", "menurut Harli, jaksa akan melihat ...": the noun is the next
# clause's subject, not what the name before the comma is.
_AUXILIARIES = frozenset(
    _words(
        """
        juga pun akan telah sudah sempat masih belum tidak tak kemudian lalu langsung
        bakal harus bisa dapat segera kembali
        """
    )
)


def _text(text: str, tokens: Sequence[Token], span: tuple[int, int] | None) -> tuple[str | None, int, int]:
    if span is None or span[1] <= span[0]:
        return None, -1, -1
    s, e = tokens[span[0]].start, tokens[span[1] - 1].end
    return text[s:e], s, e


def _in_name(tok: Token, end_char: int) -> bool:
    """Whether ``tok`` lies in a name the model ends at ``end_char``; an initial's token
    ("V.") whose full stop, the sentence's, the name left out ("Raja George V.") does."""
    return tok.end <= end_char or (tok.start < end_char and tok.end == end_char + 1 and tok.text.endswith("."))


def _person_spans(names: Sequence[tuple[int, int, str]] | None) -> dict[int, int]:
    if not names:
        return {}
    return {s: e for s, e, label in names if label.upper() in ("PERSON", "PER", "PPL")}


def find_role_mentions(
    text: str, names: Sequence[tuple[int, int, str]] | None = None
) -> list[RoleMention]:
    """Person mentions with a role, rank or honorific, in text order."""
    person_starts = _person_spans(names)
    out: list[RoleMention] = []
    for line_start, line_end in _line_spans(text):
        line = text[line_start:line_end]
        if _STARTERS.isdisjoint(_WORD.findall(line.lower())) and not _UNIT_HEAD_IN.search(line):
            continue  # no title, rank or honorific on this line: nothing to tokenise
        tokens = tokenize(text, line_start, line_end)
        out.extend(_line_mentions(text, tokens, person_starts))
    persons = sorted(person_starts.items())
    bodies = sorted((s, e) for s, e, label in names or () if label.upper() not in ("PERSON", "PER", "PPL"))
    out = [_org_word_written_elsewhere(text, _no_bracket_org(text, m), persons, bodies) for m in out]
    out = [_relation_of(text, m, persons) for m in out]
    out.sort(key=lambda m: (m.start, m.end))
    # "Pengamat Pasar Uang sekaligus ...", "korban Beruntung": one common word after a
    # title is not a name
    otherwise = {t for t in {(m.role or "").strip() for m in out} if _defined_otherwise(text, t)}
    return [
        m for m in out
        if (m.name is None or " " in m.name.strip() or not common_word(m.name.strip().lower()))
        and (m.role or "").strip() not in otherwise
        # (nor a title alone: "Dra." before a name written in lower case, "Dra. army Winarty")
        and not (m.name is not None and m.name.strip().lower() in HONORIFICS)
        # (nor the title's short form in brackets after it: "Direktur Penyidikan (Dirdik)")
        and not (m.name is not None and m.role and _bracketed_short_form(text, m))
        and not (_FULL_NAME_HEADS.match(m.role or "") and m.name is not None and (
            " " not in m.name.strip() or any(s == m.name_start for s, _e in bodies)
        ))
        and not (m.pattern == "title_before" and _GROUP_BEFORE.search(text, max(0, m.role_start - 20), m.role_start))
    ]


# An association's head noun right before a title: the title is a word of the body's
# name ("Koalisi Advokat Pemantau Peradilan", "Ikatan Dokter Indonesia", "Persatuan
# Wartawan Indonesia"), and no one holds it.
_GROUP_BEFORE = re.compile(
    r"\b(?:Koalisi|Aliansi|Ikatan|Persatuan|Perhimpunan|Asosiasi|Serikat|Himpunan|Forum|Gerakan|Komunitas"
    r"|Paguyuban|Federasi|Konfederasi|Perkumpulan)\s+$"
)


# Titles so common as nouns that only a name of two words or more after them, not one
# the model read as a body or a place, is a person's: "petugas Agung Tri Subekti", not
# "Petugas Patwal" (the escort unit), "petugas Rutan Kelas IIB Singkil" (the jail's
# town) nor "petugas keamanan Toba Dream" (the club the guard works at).
_FULL_NAME_HEADS = re.compile(r"\s*petugas\b", re.IGNORECASE)


def _defined_otherwise(text: str, title: str) -> bool:
    """Whether the title is an acronym the text defines as something else in brackets:
    "Koperasi Simpan Pinjam (KSP) Intidana" is a cooperative's name, not the "KSP"
    (Kepala Staf Presiden) Intidana."""
    from kabar.analyze.entities import expansion_matches  # (entities imports this module)

    if not (title.isupper() and title.isalpha() and 2 <= len(title) <= 6):
        return False
    for defined in re.finditer(rf"\(\s*{re.escape(title)}\s*\)", text):
        words = text[max(0, defined.start() - 80):defined.start()].split()
        expansion = next((words[k:] for k in range(len(words)) if expansion_matches(title, words[k:])), None)
        # (a title's own definition, "Perdana Menteri (PM)", leaves it a title)
        if expansion is not None and " ".join(expansion).lower() not in HEADS and expansion[0].lower() not in HEADS:
            return True
    return False


# Titles that relate their holder to someone: the name right after them is that other
# person's ("<A>, kuasa hukum <B>": A is the lawyer, of B; "selaku kuasa hukum Hasto",
# "kuasa hukum dari Bung Rayen": the client). (This set had been written twice, the
# second, of lawyers, aides and spokesmen only, hiding the first.)
RELATIONAL_TITLES = frozenset({
    "kuasa hukum", "pengacara", "penasihat hukum", "advokat", "istri", "suami", "anak", "putra", "putri", "ayah",
    "ibu", "adik", "kakak", "ajudan", "manajer", "asisten", "sopir", "kekasih", "pacar", "tunangan",
    "juru bicara", "jubir", "stafsus", "staf khusus", "sespri", "sekretaris pribadi",
})


# Titles of a company's people: after a person's name and a comma, such a title and one
# word closed by a comma or a full stop ("Budi Martin, CEO Otoproject,", "Rian Tirto,
# Head of Product Jaecoo,") name the company, not its holder (five of six such
# companies had been people holding the title, the man before them none). In the
# shared corpus 51 such appositions.
_COMPANY_TITLE_HEADS = frozenset({
    "ceo", "coo", "cfo", "cto", "cmo", "founder", "co-founder", "pendiri", "head", "director", "direktur",
    "chief", "owner", "pemilik", "chairman", "komisaris", "presdir", "president", "vice", "vp", "general",
})
_CLOSED_AFTER = re.compile(r"\s*[,.;]")


def _relation_of(text: str, m: RoleMention, persons: Sequence[tuple[int, int]]) -> RoleMention:
    """A relational title between two people, "<A>, kuasa hukum <B>": the title is A's,
    of B, not B's (B had been made a lawyer); and a company's title before one word
    closed by punctuation after A, "<A>, CEO <B>,": A's, of the company B."""
    if m.pattern != "title_before" or not m.name:
        return m
    company = (m.role or "").lower() not in RELATIONAL_TITLES
    if company and not (
        (m.role or "").split()[:1] and (m.role or "").split()[0].lower() in _COMPANY_TITLE_HEADS
        and " " not in m.name and _CLOSED_AFTER.match(text, m.name_end) is not None
    ):
        return m
    comma = re.search(r",\s*$", text[max(0, m.role_start - 4):m.role_start])
    if comma is None:
        return m
    before = max(0, m.role_start - 4) + comma.start()
    i = bisect.bisect_left(persons, (before, -1)) - 1
    spans = [(start, end) for start, end in persons[max(0, i):i + 2] if end == before]
    if not spans and company and (run := _NAME_RUN_BEFORE.search(text, max(0, before - 60), before)) is not None:
        spans = [run.span(1)]  # (a name the model did not read: the capitalised words before the comma)
    if not spans:
        return m
    start, end = spans[0]
    return RoleMention(
        start=start, end=m.name_end, name=text[start:end], name_start=start, name_end=end,
        role=m.role, role_start=m.role_start, role_end=m.name_end, org=m.name, pattern="appositive_after",
    )


# Two to four capitalised words ending right before a comma, after a lower-case word or
# a line's start: a name ("Ujar Rian Tirto, Head of Product Jaecoo").
_NAME_RUN_BEFORE = re.compile(r"(?:^|(?<=[a-z] )|(?<=\n))((?:[A-Z][\w'-]+ ){1,3}[A-Z][\w'-]+)\Z")


def _no_bracket_org(text: str, m: RoleMention) -> RoleMention:
    """A title whose holder is named in brackets ("disaksikan Mendagri (Rudini)") has no
    organisation "(": the bracket the NER span opens after had been read as one."""
    if not m.org or any(ch.isalnum() for ch in m.org):
        return m
    end = text.rfind(m.org, m.role_start, m.role_end)
    return replace(m, org=None, role_end=len(text[:end].rstrip()) if end > 0 else m.role_end)


# How far either side of a role mention its organisation is looked for written alone:
# a news article's length (most of the corpus's are under 5,000 characters); it bounds
# the work on a huge text with many titles.
ORG_ELSEWHERE_WINDOW = 5000


def _inside(spans: Sequence[tuple[int, int]], at: int) -> bool:
    """Whether offset ``at`` lies in one of ``spans`` (sorted (start, end) pairs)."""
    i = bisect.bisect_right(spans, (at, sys.maxsize)) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


def _org_word_written_elsewhere(
    text: str, m: RoleMention, persons: Sequence[tuple[int, int]], bodies: Sequence[tuple[int, int]]
) -> RoleMention:
    """A name right after its title and organisation, whose first word the text writes
    elsewhere after the organisation without the rest of the name, leaves that word to
    the organisation, word by word: "Direktur Utama PT Sinar Nikel Budi Santoso" in an
    article naming "PT Sinar Nikel" alone (in a June 2025 story the model read a
    director's name as opening with "Nikel", and "Nikel" became his name in the
    story); "Kepala Kantor Bea Cukai Sinar Budi Hartono" with "Bea Cukai Sinar" alone.
    A name of one word so read leaves no name ("Wali Kota Los Angeles, yang ...").
    With no organisation read, the word is one when
    the text writes it alone as a body's or place's name (``bodies``: the spans of
    organisations and places) and two name words are left ("CEO Danantara Rosan
    Roeslani" beside "Danantara akan ..."; not "Menteri Lingkungan Hidup Hanif Faisol
    Nurofiq" beside "kata Hanif"). Not where the title comes before it again
    ("Bupati Samosir Budi Setia Hartono Siregar", later "Bupati Samosir Budi Siregar":
    one name shortened), nor where the model read the words elsewhere as a
    person's ("Kades Edo Saefudin" and "Edo Saefudin" alone)."""
    if not m.name or not m.role or m.name_start != m.role_end + 1 or text[m.role_end] != " ":
        return m
    first, _, rest = m.name.partition(" ")
    if not m.org and len(rest.split()) < 2:
        return m
    # (not followed by the name's next word; after a one-word name or with no
    # organisation, by no capital: "Los Angeles, yang", not "Persib Bojan Hodak")
    after = rf"(?! {re.escape(rest.split()[0])}(?!\w))" if rest else ""
    if not rest or not m.org:
        after += r"(?!\s+[A-Z])"
    org = f"{re.escape(m.org)} " if m.org else ""
    alone = re.compile(rf"(?<!\w){org}{re.escape(first)}(?!\w){after}")
    own = m.name_start - (len(m.org) + 1 if m.org else 0)
    lo, hi = max(0, m.start - ORG_ELSEWHERE_WINDOW), m.end + ORG_ELSEWHERE_WINDOW
    from kabar.analyze.entities import known_organisations

    # (or a known organisation's name, written alone or not: "CEO Danantara Rosan
    # Roeslani" where the article names Danantara once)
    if first.lower() not in known_organisations() and not any(
        hit.start() != own
        and not text[max(0, hit.start() - len(m.role) - 3):hit.start()].rstrip().endswith(m.role)
        and not _inside(persons, hit.start())
        and (bool(m.org) or _inside(bodies, hit.start()))
        for hit in alone.finditer(text, lo, hi)
    ):
        return m
    joined = f"{m.org} {first}" if m.org else first
    if not rest:
        # "Wali Kota Los Angeles, yang ...": the word was the organisation's, and no
        # one is named
        return replace(m, name=None, name_start=m.name_end, org=joined, role_end=m.name_end)
    name_start = m.name_start + len(first) + 1
    return _org_word_written_elsewhere(
        text, replace(m, name=rest, name_start=name_start, org=joined, role_end=name_start - 1), persons, bodies
    )


def _line_spans(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for m in re.finditer(r"\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _line_mentions(
    text: str, tokens: Sequence[Token], person_starts: dict[int, int]
) -> list[RoleMention]:
    out: list[RoleMention] = []
    used_until = -1  # token index: mentions do not overlap
    i = 0
    n = len(tokens)
    while i < n:
        if i < used_until or (tokens[i].lower.rstrip(".") not in _STARTERS and not _UNIT_HEAD.match(tokens[i].lower)):
            i += 1
            continue
        mention = (
            _title_mention(text, tokens, i, person_starts)
            or _rank_or_honorific_mention(text, tokens, i, person_starts)
        )
        if mention is not None:
            mention_obj, end_index = mention
            out.append(mention_obj)
            used_until = end_index
            i = end_index
            continue
        i += 1
    out.extend(_appositive_mentions(text, tokens, out, person_starts))
    return out


def _bracketed_short_form(text: str, m: RoleMention) -> bool:
    """Whether ``m``'s name is one word in brackets whose letters run in order through
    its title's words, the first opening one of them ("Dirdik" of "Direktur
    Penyidikan")."""
    from kabar.analyze.entities import short_form_of  # (entities imports this module)

    name = (m.name or "").strip()
    words = [w.lower() for w in _WORD.findall(m.role or "")]
    if not name or " " in name or not words or text[m.name_end:m.name_end + 1] != ")":
        return False
    if text[m.name_start - 1:m.name_start] != "(":
        # the title's short form and its unit's in brackets after the title spelled out:
        # "Kepala Bidang Hukum dan Humas (Kabid Kumham) PSSI, Budi" names no
        # "Kumham"
        opened = text.rfind("(", max(0, m.start - 2), m.start + 1)
        before = _WORD.findall(text[max(0, opened - 60):opened]) if opened >= 0 else []
        return (
            opened >= 0 and not text[opened + 1:m.start].strip() and len(before) >= 2
            and before[-1][:1].isupper() and short_form_of(words[0], [w.lower() for w in before])
        )
    return short_form_of(name, words)


_AT_THAT_TIME = frozenset({("saat", "itu"), ("kala", "itu"), ("ketika", "itu"), ("waktu", "itu")})


def _comma_name(
    tokens: Sequence[Token], comma: int, person_starts: dict[int, int]
) -> tuple[tuple[int, int] | None, tuple[int, int] | None, tuple[int, int]] | None:
    """(rank, honorific, name) of ", [rank] [honorific] Name" at token ``comma`` when
    the name ends the phrase (a comma, a full stop, a clause word or a verb follows)."""
    if comma >= len(tokens) or tokens[comma].text != "," or comma + 1 >= len(tokens):
        return None
    k = comma + 1
    rank: tuple[int, int] | None = None
    hon: tuple[int, int] | None = None
    r = match_rank(tokens, k)
    if r:
        rank = (k, k + r)
        k += r
    while k < len(tokens) and is_honorific(tokens, k):
        hon = (hon[0] if hon else k, k + 1)
        k += 1
    if k >= len(tokens):
        return None
    if tokens[k].start in person_starts:
        end_char = person_starts[tokens[k].start]
        name_end = k
        while name_end < len(tokens) and _in_name(tokens[name_end], end_char):
            name_end += 1
        name_run = name_end
    else:
        name_run = _run(tokens, k, MAX_NAME_TOKENS + 2)
        name_end = _name_end(tokens, k, name_run)
    if name_end <= k or name_end != name_run:
        return None
    if (
        name_end + 1 < len(tokens)
        and tokens[name_end].text == "."
        and tokens[name_end].start == tokens[name_end - 1].end
        and tokens[name_end + 1].start == tokens[name_end].end
    ):
        return None  # "Kristina Hallett, Ph.D.", "dr. Decsa, Sp.PD": a degree
    if name_end - k >= 2 and all(len(t.text.rstrip(".")) <= 4 for t in tokens[k:name_end]) and any(
        tokens[x].text.endswith(".") and tokens[x + 1].start == tokens[x].end for x in range(k, name_end - 1)
    ):
        return None  # "Psikolog Ayu Imasria, M.Psi", "S.H.": a degree, not a name
    if all(t.is_acronym or not t.is_word for t in tokens[k:name_end]):
        return None  # "Bidang Hukum, HAM, Imigrasi": a list, not a name
    after = tokens[name_end] if name_end < len(tokens) else None
    if after is not None and after.is_cap:
        return None  # the capitalised run goes on: not a name alone
    return rank, hon, (k, name_end)


# Someone named by their relation to a titled person: the title and the name after it
# are that person's, the name after the comma the relative's ("teman kuliah Sekjen PDIP
# Hasto Kristiyanto, X": X is the friend).
_RELATIVE_BEFORE = re.compile(
    r"\b(?:(?:teman|rekan|sahabat|kawan)(?:\s+(?:kuliah|sekolah|kerja|dekat|lama|sekelas|seangkatan))?"
    r"|istri|suami|anak|putra|putri|ayah|ayahanda|ibunda|adik|kakak|keponakan|cucu|menantu|mertua|kerabat"
    r"|ajudan|sopir|asisten)\s+$",
    re.IGNORECASE,
)
def _relational(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether the title in ``tokens[lo:hi]`` is one of :data:`RELATIONAL_TITLES`."""
    return " ".join(t.lower for t in tokens[lo:hi]) in RELATIONAL_TITLES


def _title_mention(
    text: str, tokens: Sequence[Token], i: int, person_starts: dict[int, int]
) -> tuple[RoleMention, int] | None:
    head_len, kind = match_head(tokens, i)
    if not head_len:
        return None
    if i >= 2 and tokens[i - 1].lower in ("selaku", "sebagai") and _name_before(tokens, i - 1, person_starts) is not None:
        # a title after "selaku" right after a name is that name's (the appositive
        # rule's): "Donald selaku Direktur Utama PT X, Saut selaku Komisaris ..." gives
        # no name after it, neither the next item of the list after the comma nor the
        # last words of the company ("Sebagai Ketua DPR, Puan ..." has no name before)
        return None
    head_end = i + head_len
    # "pengamat politik dari Universitas X Budi": lowercase field words after the title
    while head_end < len(tokens) and not tokens[head_end].is_cap and (
        tokens[head_end].lower in PORTFOLIO_WORDS
        or (
            tokens[head_end].lower in ("dari", "asal")
            and head_end + 1 < len(tokens)
            and tokens[head_end + 1].is_cap
        )
    ):
        head_end += 1
    title_end = head_end
    while title_end > i + head_len and tokens[title_end - 1].lower in ("dari", "asal"):
        title_end -= 1
    run_end = _trim_connectors(tokens, head_end, _run(tokens, head_end, MAX_ROLE_TOKENS))
    if run_end > head_end:
        split = _split_run(tokens, head_end, run_end, kind, person_starts)
    else:
        split = _Split(head_end, None, None, None, None)
    role_text, role_s, role_e = _text(
        text, tokens, (i, split.role_end if split.role_end > head_end else title_end)
    )
    # "Kepala BPBD Garut, Rina Kartika, mengatakan" / "striker Manchester United, Teddy
    # Sheringham, ...": the name after a comma; what came before it is the organisation
    comma = _comma_name(tokens, run_end, person_starts) if split.rank is None else None
    if comma is None and split.rank is None and tuple(t.lower for t in tokens[run_end:run_end + 2]) in _AT_THAT_TIME:
        # "jubir KPK saat itu, Tessa ...": the post then, the name after
        comma = _comma_name(tokens, run_end + 2, person_starts)
    if comma is None and split.rank is None and run_end < len(tokens) and tokens[run_end].lower == "lainnya":
        # "pengacara Iwan lainnya, Rocky Martin": another of Iwan's lawyers, named after
        # the comma (Iwan had been given his lawyer's role)
        comma = _comma_name(tokens, run_end + 1, person_starts)
    # (a person named in the run is whom the title is of, and the name after the comma
    # someone related to them: a college friend of "Sekjen PDIP Hasto Kristiyanto",
    # named after the comma, holds no post)
    relational = _relational(tokens, i, i + head_len)
    named_in_run = (
        split.name is not None and tokens[split.name[0]].start in person_starts and not relational
        and _RELATIVE_BEFORE.search(text, max(0, tokens[i].start - 40), tokens[i].start) is not None
    )
    if comma is not None and (split.name is None or kind != "C") and not named_in_run and (
        run_end > head_end or tokens[i].is_cap
    ):
        rank, hon, name_span = comma
        org_span = (split.role_end, run_end) if run_end > split.role_end else None
        name_text, ns, ne = _text(text, tokens, name_span)
        mention = RoleMention(
            start=tokens[i].start,
            end=ne,
            name=name_text,
            name_start=ns,
            name_end=ne,
            role=role_text,
            role_start=role_s,
            role_end=tokens[run_end - 1].end,
            org=_text(text, tokens, org_span)[0],
            pattern="comma_role",
            rank=_text(text, tokens, rank)[0],
            honorific=_text(text, tokens, hon)[0],
        )
        return mention, name_span[1]
    if split.name is None:
        return None
    if (
        any(t.text == "bidang" for t in tokens[head_end:split.name[0]])
        and tokens[split.name[0]].start not in person_starts
        and all(zipf(t.lower) >= PORTFOLIO_MIN_ZIPF for t in tokens[split.name[0]:split.name[1]] if t.is_word)
    ):
        # (a portfolio's words after "bidang" are no name the model did not find:
        # a vice-rector's "bidang Akademik" cut off where its line ends)
        return None
    if relational and (
        (i >= 1 and tokens[i - 1].lower in ("selaku", "sebagai", "tim"))
        or any(t.lower == "dari" for t in tokens[i + head_len:head_end])
    ):
        # "X selaku kuasa hukum Hasto": Hasto is the client, not a lawyer; "Tim kuasa
        # hukum Brigita": Brigita's lawyers; "kuasa hukum dari Bung Rayen": his
        return None
    if (
        split.name[1] < len(tokens) and tokens[split.name[1]].lower in ("itu", "tersebut", "ini")
        and tokens[split.name[0]].start not in person_starts
    ):
        # "Pembalap Ducati Lenovo itu": the team's rider, referred back to; the
        # capitalised words are the team, which the model did not read as a person
        return None
    if relational and tokens[split.name[1]:split.name[1] + 1] and tokens[split.name[1]].text == "," and any(
        t.start in person_starts for t in tokens[split.name[1] + 1:split.name[1] + 3]
    ):
        # "Kuasa hukum M Ahmadi, Juni P. Nugroho, berkata": the client, then
        # the lawyer the model found after the comma
        return None
    if relational and split.name[1] < len(tokens) and tokens[split.name[1]].lower in (
        "yakni", "yaitu", "adalah", "itu", "tersebut"
    ):
        # "Kuasa hukum Ronald Tannur yakni ... Lisa Rachmat", "kepada pengacara Ronald
        # Tannur itu": the client; the lawyer is named after "yakni" or before
        return None
    if (
        split.org is not None
        and i >= 2 and tokens[i - 1].text == "," and name_like(tokens[i - 2])
        and split.name[1] < len(tokens) and tokens[split.name[1]].text == ","
        and tokens[split.name[0]].start not in person_starts
    ):
        # "Arief Harris, Direktur Utama Bank Jago, mengatakan": the title is an
        # appositive of the name before it, and "Jago" ends the organisation's name
        return None
    name_text, ns, ne = _text(text, tokens, split.name)
    org_text, _os, _oe = _text(text, tokens, split.org)
    role_phrase_end = tokens[split.org[1] - 1].end if split.org else role_e
    mention = RoleMention(
        start=tokens[i].start,
        end=ne,
        name=name_text,
        name_start=ns,
        name_end=ne,
        role=role_text,
        role_start=role_s,
        role_end=role_phrase_end,
        org=org_text,
        pattern="title_before",
        rank=_text(text, tokens, split.rank)[0],
        honorific=_text(text, tokens, split.honorific)[0],
    )
    return mention, split.name[1]


def _trim_connectors(tokens: Sequence[Token], lo: int, hi: int) -> int:
    """Cut the run at a connector ("dan", "dari") with nothing organisation-like
    after it: "Presiden Joko Widodo dan Iriana" is two people, "Pusat Gempabumi dan
    Tsunami BMKG" one organisation."""
    for k in range(lo, hi):
        if tokens[k].lower in _CONNECTORS and not any(
            _org_ish(tokens[m]) or tokens[m].lower in PORTFOLIO_WORDS for m in range(k + 1, hi)
        ):
            return k
    return hi


# Words before "Jenderal" that make it part of a title or a body's name, not a rank:
# "Direktur Jenderal Perundingan ...", "Direktorat Jenderal Penegakan Hukum".
_RANK_IN_TITLE_BEFORE = frozenset(
    {"direktur", "direktorat", "sekretaris", "sekretariat", "inspektur", "inspektorat"}
)


def _rank_or_honorific_mention(
    text: str, tokens: Sequence[Token], i: int, person_starts: dict[int, int]
) -> tuple[RoleMention, int] | None:
    r = match_rank(tokens, i)
    if r and i > 0 and tokens[i - 1].lower in _RANK_IN_TITLE_BEFORE:
        return None  # "Direktorat Jenderal Penegakan Hukum": a body's name, no general
    hon_span: tuple[int, int] | None = None
    k = i + r
    if not r:
        if not is_honorific(tokens, i):
            return None
        if i > 0 and tokens[i - 1].is_word and tokens[i - 1].is_cap:
            return None  # "Gelora Bung Karno": part of a longer name
        hon_span = (i, i + 1)
        k = i + 1
    while k < len(tokens) and is_honorific(tokens, k):
        hon_span = (hon_span[0] if hon_span else k, k + 1)
        k += 1
    if k >= len(tokens):
        return None
    if tokens[k].start in person_starts:
        end_char = person_starts[tokens[k].start]
        name_end = k
        while name_end < len(tokens) and _in_name(tokens[name_end], end_char):
            name_end += 1
    else:
        run_end = _run(tokens, k, MAX_NAME_TOKENS + 2)
        name_end = _name_end(tokens, k, run_end)
    if name_end <= k:
        return None
    name_text, ns, ne = _text(text, tokens, (k, name_end))
    return (
        RoleMention(
            start=tokens[i].start,
            end=ne,
            name=name_text,
            name_start=ns,
            name_end=ne,
            role=None,
            role_start=-1,
            role_end=-1,
            org=None,
            pattern="rank" if r else "honorific",
            rank=_text(text, tokens, (i, i + r))[0] if r else None,
            honorific=_text(text, tokens, hon_span)[0],
        ),
        name_end,
    )


def _appositive_mentions(
    text: str,
    tokens: Sequence[Token],
    found: list[RoleMention],
    person_starts: dict[int, int],
) -> list[RoleMention]:
    """"Name, ROLE ..." and "Name selaku ROLE": the role phrase after a name."""
    out: list[RoleMention] = []
    taken = [(m.start, m.end) for m in found]
    by_name_end = {m.name_end: m for m in found if m.name is not None}
    n = len(tokens)
    for c in range(1, n - 1):
        sep = tokens[c]
        if sep.text == ",":
            k = c + 1
            if k < n and tokens[k].lower in ("seorang", "salah", "sang", "selaku", "sebagai"):
                k += 1
                if k < n and tokens[k - 1].lower == "salah" and tokens[k].lower == "satu":
                    k += 1
            pattern = "appositive_after"
        elif sep.lower in ("selaku", "sebagai"):
            k = c + 1
            pattern = "selaku"
        else:
            continue
        if k >= n:
            continue
        head_len, kind = match_head(tokens, k, strict=False)
        if not head_len:
            continue
        # the name before the separator
        name_end_i = c
        name_span = _name_before(tokens, name_end_i, person_starts)
        if name_span is None:
            continue
        if name_span[0] > 0 and tokens[name_span[0] - 1].lower in _NOT_A_PERSON_BEFORE:
            continue  # "Dilansir dari Tribuna, pelatih baru, ...": a source, not a person
        ns_char, ne_char = tokens[name_span[0]].start, tokens[name_span[1] - 1].end
        existing = by_name_end.get(ne_char)
        role_end_i = _appositive_end(tokens, k + head_len, person_starts)
        head_end = k + head_len
        if pattern == "appositive_after" and head_end < n and tokens[head_end].lower in _AUXILIARIES:
            continue  # "Selain Indra, jaksa juga membacakan ...": the next clause's subject
        run_end = _trim_connectors(tokens, head_end, _run(tokens, head_end, MAX_ROLE_TOKENS))
        split = _split_run(tokens, head_end, run_end, kind, {}) if run_end > head_end else None
        if split is not None and split.name is not None and _relational(tokens, k, head_end):
            # "X selaku kuasa hukum Hasto": the client ends the role
            client_end = split.name[1]
            split = _Split(split.role_end, (split.role_end, client_end), None, None, None)
            role_end_i = max(role_end_i, client_end)
        elif split is not None and split.name is not None:
            # (after "selaku" the name is the one before it: capitalised words after the
            # title are the organisation's name or end it, "selaku Direktur JakTV",
            # "selaku Direktur PT Sinar Laut Persada", unless the model read them as a
            # person)
            closed = (split.name[1] < n and tokens[split.name[1]].text == ",") or pattern == "selaku"
            if ((split.org is None and pattern != "selaku") or not closed
                    or tokens[split.name[0]].start in person_starts):
                continue  # ", Kepala BPBD Garut Rina Kartika": another person
            # "Arief Harris, Direktur Utama Bank Jago, mengatakan": closed by a comma
            # after a name, the last words end the organisation's name
            org_span = (split.name[0] if split.org is None else split.org[0], split.name[1])
            split = _Split(split.role_end, org_span, None, None, None)
            role_end_i = max(role_end_i, org_span[1])
        role_title_end = split.role_end if split is not None else role_end_i
        role_text, role_s, _ = _text(text, tokens, (k, role_title_end))
        org_text = None
        if split is not None and split.org is not None:
            org_text = _text(text, tokens, split.org)[0]
        role_e = tokens[role_end_i - 1].end
        if existing is not None:
            if existing.role is None:
                existing.role = role_text
                existing.role_start = role_s
                existing.role_end = role_e
                existing.org = org_text
                existing.pattern = pattern
                existing.end = max(existing.end, role_e)
            continue
        if any(s < role_e and ns_char < e for s, e in taken):
            continue
        name_text = text[ns_char:ne_char]
        out.append(
            RoleMention(
                start=ns_char,
                end=role_e,
                name=name_text,
                name_start=ns_char,
                name_end=ne_char,
                role=role_text,
                role_start=role_s,
                role_end=role_e,
                org=org_text,
                pattern=pattern,
            )
        )
        taken.append((ns_char, role_e))
    return out


def _name_before(
    tokens: Sequence[Token], end: int, person_starts: dict[int, int]
) -> tuple[int, int] | None:
    """The person name ending right before token ``end``."""
    if end <= 0:
        return None
    for s in range(max(0, end - MAX_NAME_TOKENS - 2), end):
        if tokens[s].start in person_starts and person_starts[tokens[s].start] == tokens[end - 1].end:
            return s, end
    if person_starts:
        # NER given and it found no person here: trust it only for clear names
        pass
    j = end
    while j > 0 and j > end - MAX_NAME_TOKENS - 2:
        tok = tokens[j - 1]
        if name_like(tok) or (
            tok.lower in _NAME_PARTICLES and j - 1 > 0 and name_like(tokens[j - 2])
        ) or (tok.text == "-" and j - 1 > 0 and tokens[j - 2].end == tok.start):
            j -= 1
            continue
        break
    # the name must not start with a particle or hyphen
    while j < end and not name_like(tokens[j]):
        j += 1
    if j >= end:
        return None
    words = sum(1 for t in tokens[j:end] if name_like(t))
    if words > MAX_NAME_TOKENS:
        return None
    before = tokens[j - 1] if j > 0 else None
    if (
        before is not None
        and before.is_word
        and before.is_cap
        and (before.lower in PLACES or before.lower in ORG_NOUNS)
    ):
        return None  # "BPBD Garut Rina, Kepala ...": the end of an organisation's name
    if words == 1 and tokens[j].text.isupper() and len(tokens[j].text) > 1:
        return None
    if j == end - 1 and tokens[j].lower in PLACES:
        return None
    return j, end


def _appositive_end(tokens: Sequence[Token], i: int, person_starts: Mapping[int, int] | None = None) -> int:
    """End (exclusive) of a role phrase after "Name,": the next comma or sentence mark,
    a clause word, "dan" before a person the model found (``person_starts``), or
    :data:`MAX_APPOSITIVE_TOKENS`."""
    person_starts = person_starts or {}
    j = i
    n = min(len(tokens), i + MAX_APPOSITIVE_TOKENS)
    while j < n:
        tok = tokens[j]
        if tok.text in ",.;:!?\"“”()":
            if tok.text == "(" and j + 2 < len(tokens) and tokens[j + 2].text == ")" and tokens[j + 1].is_acronym:
                j += 3
                continue
            break
        if tok.lower in _CLAUSE_STOPS or (not tok.is_cap and _VERB_LIKE.match(tok.lower) and tok.lower not in PORTFOLIO_WORDS):
            break
        if tok.lower in ("dan", "serta") and j + 1 < len(tokens) and tokens[j + 1].start in person_starts:
            break  # "Herry selaku ketua dan Novel Baswedan selaku wakil ketua": the next person
        j += 1
    return max(j, i)
