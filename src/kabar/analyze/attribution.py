"""Who said it: the speaker of every quotation and every reported sentence.

:func:`attribute` reads clean text already split into sentences
(:func:`kabar.analyze.sentences.split_sentences`) and returns one
:class:`Attribution` per attributed piece: a quotation (or the part of it in one
sentence) or a sentence of reported speech. A sentence the text gives no speaker for
gets none: the claims stage takes it as the outlet's own statement.

Cues, in the order they are tried:

1. around a quotation: after it (``"...," kata/ujar/tutur/... X``, ``"...,"
   tambahnya``, ``"...," X menambahkan``) or before it (``X mengatakan: "..."``,
   ``Kata X, "..."``, ``Menurut X, "..."``);
2. in a sentence: ``..., kata X.``, ``X mengatakan/menyebut/menegaskan/... (bahwa)``,
   ``menurut X``, ``hal itu disampaikan X``, ``X dalam keterangan tertulisnya``;
3. documents and other outlets: ``dikutip dari X``, ``mengutip X``, ``seperti
   dilansir X`` (kind ``document_cited``; also any cue whose speaker is a news
   agency, a report or a website);
4. pronouns (``katanya``, ``ujarnya``, ``kata dia``, ``Ia mengatakan``,
   ``Menurutnya``): the most recent speaker of the sentences before (kind
   ``pronoun_carried``, ``carried_from`` = the sentence where it was written), else
   the most recent person with a role;
5. a quotation with no cue inherits the speaker of the sentence before it only when
   both are in one paragraph, or the paragraph before ended with that speaker's
   quotation.

The speaker phrase after a cue runs to the end of its appositive and no further:
``kata Kepala BPBD Garut Rina Kartika, Rabu (18/6/2025).`` gives "Kepala BPBD Garut
Rina Kartika" and ``ujar Rina saat ditemui di lokasi`` gives "Rina". Named sources
("Kepala BPBD Garut Rina Kartika", "Polda Sumut") are ``named``; specific sources
without a name are kept as written and ``unnamed`` ("agen mata-mata Korea Selatan",
"sumber di kepolisian", "seorang pejabat", "warga").
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any

from kabar.analyze import roles
from kabar.analyze.roles import RoleMention, Token, tokenize
from kabar.analyze.sentences import Quote, find_quotes, lines, sentence_index

logger = logging.getLogger(__name__)


def _words(text: str) -> list[str]:
    """The whitespace-separated words of a lexicon written as a block of text."""
    return text.split()

# A pronoun cue carries the speaker of at most this many sentences back. In the
# hand-checked corpus articles a "-nya" cue referred to the last speaker even 7-9
# sentences of background later (an analyst's quote closing a report); past ~10 the
# antecedent was as often someone never quoted.
MAX_CARRY_SENTENCES = 10
# When no earlier sentence has a speaker, a pronoun may refer to a person with a role
# mentioned at most this many sentences back ("Bupati X meninjau ... 'Kami siap,'
# ujarnya.").
MAX_MENTION_CARRY_SENTENCES = 2
# Longest unnamed source phrase (tokens): "agen mata-mata Korea Selatan" has 4,
# "salah seorang pejabat kementerian pertahanan" 5.
MAX_UNNAMED_TOKENS = 7
# A description ending in "itu"/"tersebut" refers back when it is at most this long
# ("bek yang sekarang bermain untuk klub asal Meksiko itu" has 8 words after the head).
MAX_ANAPHORIC_TOKENS = 10
# A quotation with no cue next to it counts as speech (for inheriting the speaker of
# the sentence before) only with at least this many words: shorter quoted bits are
# names, titles and scare quotes ("Garuda Muda").
MIN_SPEECH_WORDS = 4

# A speaker phrase is looked for in this many characters after its cue. The longest
# in the hand-checked articles ("Deputi Bidang Statistik Sosial Badan Pusat Statistik
# (BPS), Ateng Hartono" plus an appositive) is under 150; the bound keeps the work per
# cue constant on long lines.
MAX_SPEAKER_CHARS = 200
# Longest name read after a title and a comma ("Kasiops Gulkarmat Jakbar, Syarifudin");
# Indonesian names in the corpus run to four words ("Fajar Widyadharma Lukman Sumaatmadja").
MAX_NAME_AFTER_ROLE_TOKENS = 4
# A cue before a quotation ("X mengatakan: ...") is looked for in this many characters
# before it (the subject and verb; longer lead-ins are clauses of their own).
MAX_CUE_BEFORE_QUOTE_CHARS = 400

KINDS = ("named", "unnamed", "pronoun_carried", "document_cited")


@dataclass(slots=True)
class Attribution:
    """The speaker of one quotation or sentence."""

    sentence: int
    start: int  # the attributed content: the quotation, or the reported clause
    end: int
    speaker_text: str  # as written ("Kepala BPBD Garut Rina Kartika", "dia")
    speaker_start: int
    speaker_end: int
    speaker_name: str | None  # the name in it, if any ("Rina Kartika")
    kind: str  # named | unnamed | pronoun_carried | document_cited
    cue: str | None  # the cue word as written ("kata", "ujarnya", "mengatakan")
    carried_from: int | None = None  # the sentence the speaker was written in
    quote: bool = False  # the content is a quotation
    role: str | None = None
    org: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Attribution:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


# --- cue vocabulary ---------------------------------------------------------------

# Cue words written after the quotation or clause, before the speaker.
_POST_CUES = (
    "kata|ujar|ucap|tutur|jelas|papar|sebut|tulis|lanjut|tambah|imbuh|terang|ungkap"
    "|tegas|pungkas|beber|tanya|seru|jawab|timpal|sambung|kilah|cetus|kisah|aku|akui"
    "|klaim|harap|pinta|imbau|tandas|urai|terangnya|tutup|buka|sahut|sabda"
)
_POST_CUE = re.compile(rf"\b(?=[kujtpslbiacdhKUJTPSLBIACDH])(?P<cue>(?:{_POST_CUES})(?P<nya>nya)?)\b", re.IGNORECASE)
# Cue verbs written after the speaker.
_VERBS = (
    "mengatakan|menyebut|menyebutkan|menegaskan|menjelaskan|mengungkapkan|mengungkap"
    "|menuturkan|menyatakan|memaparkan|menambahkan|mengklaim|membantah|mengakui"
    "|menyampaikan|menerangkan|membeberkan|menilai|memastikan|membenarkan"
    "|mengonfirmasi|menekankan|berkata|bertanya|menanyakan|mengimbau|mengingatkan"
    "|menduga|memperkirakan|memprediksi|mengutarakan|bercerita|berujar|bertutur"
    "|mengumumkan|mencatat|melaporkan|merilis|menginformasikan|menceritakan"
    "|berpendapat|mengemukakan|mengeklaim|menandaskan|menuding|mengaku|mengucapkan"
    "|merekomendasikan|bersabda"
)
# (for the other stages that tell a verb of saying: kabar.summary)
SAYING_VERBS = _VERBS
# "merasa" reports what someone thinks only with "bahwa" after it ("Dirinya merasa
# bahwa ..."; "Warga merasa takut" reports no words), "melanjutkan" what someone goes on
# to say ("Fahmi melanjutkan, bahwa pihaknya ..."; "melanjutkan pembangunan" says nothing)
_VERB = re.compile(
    rf"\b(?=[mbMB][eE])(?P<cue>{_VERBS}|merasa(?=\s+bahwa\b)|melanjutkan(?=\s*,?\s+bahwa\b))\b"
    r"(?P<bahwa>\s*,?\s+bahwa\b)?", re.IGNORECASE
)
_VERB_AFTER_RE = re.compile(
    rf"\s+(?:(?:juga|pun|kembali|lalu|kemudian)\s+)?(?P<cue>{_VERBS})\b", re.IGNORECASE
)
# Verbs that make a statement only when an organisation says them ("BPS mencatat"),
# not anyone ("Indonesia mencatat rekor").
_ORG_ONLY_VERBS = frozenset(["mencatat", "melaporkan", "merilis", "mengumumkan", "menginformasikan"])
_PASSIVE = re.compile(
    r"\b(?P<cue>disampaikan|diungkapkan|dijelaskan|dikatakan|ditegaskan|disebutkan"
    r"|dinyatakan|diutarakan|dipaparkan|diterangkan|dibeberkan|diumumkan|dibacakan)"
    r"(?:\s+(?:oleh|langsung\s+oleh|langsung))?\s+(?=\S)",
    re.IGNORECASE,
)
# "Dalam kesimpulan yang", "Pada rapat yang": a clause opening on what held the words,
# before a passive cue, not the words themselves.
_WHAT_WAS_SAID = re.compile(r"(?:dalam|pada|di|lewat|melalui)\s+[^,.]{1,60}?\byang\s*$", re.IGNORECASE)
_MENURUT = re.compile(r"\b(?P<cue>menurut)(?P<nya>nya)?\b", re.IGNORECASE)
# "Dijelaskannya, ...", "Ditambahkannya, ...", "Diakuinya, ..." opening a sentence: the
# speaker before says it (the okezone retreat's venues had been the outlet's own).
_DI_NYA = re.compile(
    r"(?P<cue>di(?:jelaskan|tambahkan|katakan|ungkapkan|sampaikan|tegaskan|sebutkan|terangkan|paparkan"
    r"|imbuhkan|lanjutkan|akui))nya\s*,",
    re.IGNORECASE,
)
_CITED = re.compile(
    # ("disitat": quoted, in the words of some outlets)
    r"\b(?P<cue>(?:seperti\s+|sebagaimana\s+)?(?:dikutip|dilansir|dilaporkan|diberitakan"
    r"|diwartakan|disitat)(?:\s+(?:dari|oleh))?|mengutip|melansir|merujuk(?:\s+pada)?"
    r"|mengacu\s+(?:pada|kepada)"
    r"|bersumber\s+dari)\s+(?=\S)",
    re.IGNORECASE,
)
_BARE_REPORTED = re.compile(r"(?:dilaporkan|diberitakan|diwartakan)", re.IGNORECASE)
_KETERANGAN = re.compile(
    r"\s+(?P<cue>dalam\s+(?:keterangan|pernyataan|siaran\s+pers|rilis|konferensi\s+pers"
    r"|jumpa\s+pers)(?:\s+(?:tertulis|resmi|pers))?(?:nya)?)\b",
    re.IGNORECASE,
)
_PRONOUNS = frozenset(["dia", "ia", "beliau", "mereka", "pihaknya", "nya", "dirinya"])
# Words closing a definite description that refers back ("pejabat tersebut").
_ANAPHORIC = frozenset(["tersebut", "itu", "ini"])
# a capitalised noun and an age: "Perempuan 41 (tahun ini)"
_AGED = re.compile(r"[A-Z][a-z]+ \d{1,3}")
# Relatives: "Suami Nagita Slavina" is her husband, not a person of that name and not
# an organisation; the name in the phrase is someone else's.
_KIN = frozenset(
    _words(
        """
        suami istri ayah ayahanda ibunda adik kakak cucu paman bibi kakek nenek menantu
        mertua keponakan sepupu kekasih pacar
        """
    )
)
# A person described ("Politikus Gerindra ini", "Istri Hanung Bramantyo"), however
# capitalised: not an organisation.
_PERSON_DESCRIPTIONS = _KIN | frozenset(["politikus", "politisi", "legislator"])
# Heads of specific sources without a name (lowercase).
_UNNAMED_HEADS = frozenset(
    _words(
        """
        seorang salah sumber sumber-sumber pejabat warga agen pihak media kementerian
        kantor polisi petugas saksi korban pengacara kuasa juru jubir pengamat ekonom
        analis pakar ahli peneliti pemerintah otoritas pegawai karyawan pengunjung
        penumpang pengemudi sopir pedagang petani nelayan pria wanita perempuan lelaki
        remaja mahasiswa siswa guru dokter perawat relawan tim aparat tentara militer
        kepolisian laporan data keterangan pernyataan rilis situs laman akun unggahan
        dokumen surat kabar harian kantor badan lembaga komisi pengadilan jaksa hakim
        penyidik aktivis tetangga kerabat keluarga orang tua ibu ayah istri suami anak
        kakak adik paman bibi nenek kakek manajemen perusahaan operator diplomat
        intelijen badan-badan para beberapa sejumlah banyak kedua ketiga pengelola
        panitia penyelenggara produsen pemilik tokoh ulama jemaah penonton pendaki
        pemudik suporter pendukung peserta wisatawan turis pengguna netizen warganet
        politikus politisi legislator ayahanda ibunda cucu menantu mertua keponakan
        sepupu kekasih pacar direksi redaksi narasi
        orang masyarakat pemain atlet pelajar buruh pekerja pembeli konsumen nasabah
        investor pelaku pengusaha kanal informasi catatan perseroan emiten gugatan
        """
    )
) | {w for w in roles.HEADS}
# Words that end an unnamed source phrase (lowercase).
_PHRASE_STOPS = frozenset(
    _words(
        """
        saat ketika dalam kepada pada usai seusai setelah sebelum melalui lewat via yang
        bahwa dan atau tetapi namun sambil seraya sembari sebagaimana seperti sebab
        karena agar untuk hingga sampai kemarin tadi sore pagi siang malam hari ini itu
        tersebut
        juga telah sudah akan pun masih belum kembali lalu kemudian sempat terus
        pernah baru kini
        secara langsung terpisah
        """
    )
)
# Speakers that are documents or other outlets (lowercase words; any one in the
# speaker phrase makes it ``document_cited``).
_DOCUMENT_WORDS = frozenset(
    _words(
        """
        laporan data rilis situs laman akun unggahan dokumen surat kabar harian
        kantor berita majalah portal website laman cuitan postingan siaran kanal
        informasi catatan narasi
        """
    )
)
_OUTLETS = frozenset(
    _words(
        """
        reuters afp ap antara yonhap bloomberg cnn bbc xinhua kyodo tass sputnik nhk
        aljazeera al-jazeera guardian nikkei axios politico cnbc abc nbc cbs fox kompas
        detik detikcom tempo liputan6 okezone sindonews republika tribunnews kumparan
        cnnindonesia antaranews idntimes suara viva inews metrotv tvone beritasatu
        """
    )
)
_DATE_LIKE = re.compile(
    r"^\s*(?:\(?\s*(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\b"
    r"|\(\d|\d{1,2}[/-]\d|\d{1,2}\s+(?:jan|feb|mar|apr|mei|jun|jul|agu|sep|okt|nov|des))",
    re.IGNORECASE,
)
_LEADING_CONNECTIVE = re.compile(
    r"^(?:(?:sementara\s+itu|di\s+sisi\s+lain|selain\s+itu|sebelumnya|namun|adapun|selama\s+ini"
    r"|lebih\s+lanjut|terpisah|secara\s+terpisah|kemudian|lalu|saat\s+itu|oleh\s+karena"
    r"\s+itu|karena\s+itu|untuk\s+itu|meski\s+demikian|meski\s+begitu|di\s+lain\s+pihak"
    r"|sedangkan|dan|tetapi|tapi|bahkan|kini|lanjut|sejauh\s+ini|hingga\s+kini|sampai\s+saat"
    r"\s+ini"
    # sentence adverbs in -nya ("Mulanya, saksi mengaku", "Tepatnya Roser Alenta mengatakan")
    r"|mulanya|awalnya|semula|semulanya|akhirnya|tepatnya|sebenarnya|sesungguhnya|rupanya|nyatanya"
    r"|intinya|singkatnya|akibatnya|alhasil|sayangnya|untungnya|anehnya|menariknya|sebaliknya"
    r"|dalam\s+kesempatan\s+(?:itu|yang\s+sama|tersebut)|pada\s+kesempatan\s+"
    r"(?:itu|yang\s+sama|tersebut)|di\s+tempat\s+(?:terpisah|yang\s+sama))\b[,\s]*)+",
    re.IGNORECASE,
)
_ADVERBIAL_START = frozenset(
    _words(
        """
        dalam saat ketika di pada kepada usai seusai setelah sebelum melalui lewat
        secara sementara menurut sebagaimana seperti berdasarkan terkait soal mengenai
        dengan sejak hingga sampai kemarin tadi akibatnya alih-alih
        """
    )
)
_QUOTE_CHARS = "\"“”‘’'«»"
# Academic degrees written after a name ("dr. Mohammad Imran, MKM, menekankan").
# ("Sp.PD-KGH", "Sp.A(K)": a specialist's degree with its subspecialty)
_DEGREE = re.compile(r"^(?:[A-Z]{2,5}|(?:[A-Za-z]{1,3}\.)+[A-Za-z]{0,4}\.?|Sp[A-Z][A-Za-z]*)(?:[-(][A-Za-z]+\)?)*$")
# "penelitian yang mengatakan", "dengan menyebut": the cue verb has another subject.
# "Indonesia harus memastikan", "warga perlu menegaskan": what someone must or should
# do is not something said.
_NOT_SUBJECT_BEFORE = re.compile(
    r"\b(?:yang|dengan|untuk|sambil|seraya|tanpa|harus|perlu|wajib|mesti|seharusnya|sebaiknya"
    r"|hendaknya|agar|supaya)\s*$",
    re.IGNORECASE,
)
# "memastikan" is "confirmed" as a cue, but "ingin memastikan" (wants to make sure),
# "memastikan diri lolos", "memastikan lolos" (secured a place) say nothing.
_ENSURE_BEFORE = re.compile(
    r"\b(?:ingin|mau|hendak|berupaya|berusaha|mencoba|bisa|dapat|mampu|demi|untuk|guna|agar|supaya)\s*$", re.IGNORECASE
)
_ENSURE_AFTER = re.compile(
    # ... nor "memastikan lolos / tiket / satu tempat / kemenangan / gelar" (secured)
    r"\s+(?:diri(?:nya)?|lolos|tiket|satu\s+tempat|kemenangan|gelar|juara)\b",
    re.IGNORECASE,
)
# "mengakui" with a deed as its object admits it and reports no words: "Pelaku mengakui
# perbuatannya dan menyampaikan permohonan maaf kepada korban yakni SL (22)" (the age had
# been the culprit's statement), "mengakui keunggulan lawan"; 38 of the corpus's 80
# "mengakui" before a noun. (A courtesy, "menyampaikan terima kasih kepada ...", is
# still words said: the dev set's annotators credit the thanks to the one who gave them.)
_DEED_OBJECT = re.compile(
    r"\s+(?:perbuatan(?:nya)?|kesalahan(?:nya)?|keunggulan|ketangguhan|kekalahan(?:nya)?)\b", re.IGNORECASE
)
# Words that may stand between a named subject and its cue verb ("Budi juga
# mengatakan", "Polri melalui Divisi Humas menegaskan"): after any other lower-case word
# a capitalised common word opens a noun phrase ("Satu gol lagi akan memastikan").
_SUBJECT_ADVERBS = _ADVERBIAL_START | frozenset(
    _words(
        """
        juga pun kembali sendiri lalu kemudian telah sudah akan tidak tak belum masih
        sempat bahkan hanya memang langsung pernah turut justru lantas kini baru pula
        malah selaku sebagai seusai lagi terus tetap
        """
    )
)
# A capitalised word at least this common (Zipf, wordfreq) opening a noun phrase
# before a cue verb is that common word, not a name (when the model finds no name
# there): "Kesepakatan" 4.7, "Sertifikat" 4.3, "Perwira" 4.4; names the model misses
# are mostly rarer ("Syarifudin" 2.2).
NOUN_PHRASE_MIN_ZIPF = 3.5
_END_PUNCT = ",.!?…-—–;:"


@dataclass(slots=True)
class _Speaker:
    start: int
    end: int
    name: str | None
    kind: str
    role: str | None = None
    org: str | None = None
    is_org: bool = False
    is_place: bool = False
    # no appositive follows (a publisher ends it: "data tersebut yang dirilis Reuters,")
    closed: bool = False


class _Context:
    """What :func:`attribute` knows about the text."""

    def __init__(
        self,
        text: str,
        sentences: Sequence[tuple[int, int]],
        names: Sequence[tuple[int, int, str]] | None,
    ) -> None:
        self.text = text
        self.sentences = list(sentences)
        self.names = list(names or [])
        self.mentions = roles.find_role_mentions(text, names)
        self.mention_starts = [m.start for m in self.mentions]
        self.mention_by_name: dict[int, RoleMention] = {
            m.name_start: m for m in self.mentions if m.name is not None
        }
        self.mention_at: dict[int, RoleMention] = {}
        for m in self.mentions:
            self.mention_at.setdefault(m.start, m)
        self.name_at: dict[int, tuple[int, str]] = {}
        for s, e, label in self.names:
            self.name_at.setdefault(s, (e, label.upper()))
        self._person_words: frozenset[str] | None = None
        self._prose_lower: frozenset[str] | None = None
        # organisations whose names hold commas, by start ("Badan Meteorologi,
        # Klimatologi, dan Geofisika")
        self.comma_orgs = sorted(
            (s, e) for s, (e, label) in self.name_at.items() if label in _ORG_LABELS and "," in text[s:e]
        )
        self.comma_org_starts = [s for s, _e in self.comma_orgs]
        self.line_of_sentence = _line_of_sentences(text, self.sentences)

    def person_words(self) -> frozenset[str]:
        """The words of the people's names the model found in the text."""
        if self._person_words is None:
            self._person_words = frozenset(
                w for s, e, label in self.names if label.upper() in ("PERSON", "PER", "PPL") for w in self.text[s:e].split()
            )
        return self._person_words

    def prose_lower_words(self) -> frozenset[str]:
        """The words the text writes in lower case as words of prose: not in a link, a
        handle or a doubled word ("Sule-sule")."""
        if self._prose_lower is None:
            self._prose_lower = frozenset(_PROSE_LOWER.findall(self.text))
        return self._prose_lower


def _line_of_sentences(text: str, sentences: Sequence[tuple[int, int]]) -> list[int]:
    starts = [s for s, _e in lines(text)]
    out: list[int] = []
    li = 0
    for s, _e in sentences:
        while li + 1 < len(starts) and starts[li + 1] <= s:
            li += 1
        out.append(li)
    return out


# --- speaker phrases ----------------------------------------------------------------


def _speaker_after(ctx: _Context, pos: int, limit: int) -> _Speaker | None:
    """The speaker phrase starting at ``pos`` (after a cue), ending before ``limit``."""
    text = ctx.text
    limit = min(limit, pos + MAX_SPEAKER_CHARS)
    while pos < limit and (text[pos].isspace() or text[pos] in ",:"):
        pos += 1
    if pos >= limit:
        return None
    tokens = tokenize(text, pos, limit)
    if not tokens:
        return None
    first = tokens[0]
    if first.lower in _PRONOUNS:
        return _Speaker(first.start, first.end, None, "pronoun")
    if first.lower in roles.FORMER and len(tokens) > 1 and roles.match_head(tokens, 1, strict=False)[0]:
        # "Mantan Kepala Bapenda Kota Pekanbaru": the speaker is the former holder
        former = _speaker_after(ctx, tokens[1].start, limit)
        if former is not None:
            former.start = first.start
        return former
    if first.is_cap and first.lower in _DOCUMENT_WORDS and len(tokens) > 1 and tokens[1].is_cap:
        # "Data Kaspersky mengungkap", "Laporan The Wall Street Journal menyebutkan": the
        # source is named after the document word, as in "data Statista"
        source = _speaker_after(ctx, tokens[1].start, limit)
        if source is not None and source.name is not None:
            source.start = first.start
            return source
    named = ctx.mention_by_name.get(first.start)
    if named is None:
        # "AKP Astuti Setyaningsih, Kasi Humas Polres Sukabumi Kota, mengatakan": a rank
        # opens the mention, the name follows it
        ranked = ctx.mention_at.get(first.start)
        if ranked is not None and ranked.rank is not None and ranked.pattern == "appositive_after":
            named = ranked
    if named is None and roles.is_honorific(tokens, 0):
        k = 1
        while k < len(tokens) and roles.is_honorific(tokens, k):
            k += 1
        if k < len(tokens):
            named = ctx.mention_by_name.get(tokens[k].start)
    if named is not None and named.name is not None and named.pattern in ("comma_role", "appositive_after"):
        # "dr. Mohammad Imran" of "Kepala Bidang ..., dr. Mohammad Imran": the name part
        end = named.name_end
        if named.pattern == "appositive_after" and named.role_start > named.name_end:
            end = named.role_end
        sp = _Speaker(first.start, end, named.name, "named", named.role, named.org)
        return _with_appositive(ctx, tokens, _index_at(tokens, end), sp)
    speaker: _Speaker | None = None
    end_index = 0
    mention = ctx.mention_at.get(first.start)
    ner = ctx.name_at.get(first.start)
    if mention is not None and mention.name is not None and mention.end <= limit:
        end = mention.end
        if mention.pattern == "appositive_after" and mention.role_start > mention.name_end:
            end = mention.role_end
        end_index = _index_at(tokens, end)
        speaker = _Speaker(first.start, end, mention.name, "named", mention.role, mention.org)
    elif ner is not None and ner[0] <= limit and ner[1] in ("PERSON", "PER", "ORG", "ORGANISATION", "ORGANIZATION"):
        end_index = _index_at(tokens, ner[0])
        speaker = _Speaker(first.start, ner[0], text[first.start : ner[0]], "named", is_org=ner[1] != "PERSON" and ner[1] != "PER")
    elif first.is_cap and first.is_word and roles.match_head(tokens, 0, strict=False)[0]:
        back = _anaphoric_end(tokens)
        if back:
            # "ujar Politikus PKS ini", "Menurut Pelatih asal Spanyol itu": the holder of
            # the title named before, referred back to
            return _Speaker(first.start, tokens[back - 1].end, None, "pronoun")
        speaker, end_index = _role_speaker(ctx, tokens)
    elif first.lower in _UNNAMED_HEADS and not _org_run(tokens):
        speaker, end_index = _unnamed_speaker(ctx, tokens)
    elif first.is_cap and first.is_word:
        speaker, end_index = _capitalised_speaker(ctx, tokens)
    if speaker is None:
        return None
    if (speaker.kind == "unnamed" and speaker.role is not None) or (speaker.kind == "named" and speaker.is_org):
        speaker = _name_after_role(ctx, tokens, end_index, speaker)
    return _with_appositive(ctx, tokens, end_index, speaker)


def _name_after_role(ctx: _Context, tokens: Sequence[Token], end_index: int, speaker: _Speaker) -> _Speaker:
    """"Kasiops Sudin Gulkarmat Jakbar, Syarifudin, Selasa": a title, a comma, then the
    name (capitalised name-like words up to a comma, a lowercase word or the end)."""
    k = end_index
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return speaker
    # "Reskrim Polsek Lubukbaja, Iptu Noval Adimas Ardianto,": a rank or an honorific
    # may open the name
    first = k + 1 + roles.match_rank(tokens, k + 1)
    while first < len(tokens) and roles.is_honorific(tokens, first):
        first += 1
    j = first
    while j < len(tokens) and j - first < MAX_NAME_AFTER_ROLE_TOKENS and roles.name_like(tokens[j]):
        j += 1
    if j == first or (j < len(tokens) and tokens[j].is_word and tokens[j].is_cap):
        return speaker
    if _DATE_LIKE.match(ctx.text[tokens[k + 1].start : tokens[k + 1].start + 30]):
        return speaker
    name = ctx.text[tokens[first].start : tokens[j - 1].end]
    return _Speaker(speaker.start, tokens[j - 1].end, name, "named", speaker.role, speaker.org)


def _org_run(tokens: Sequence[Token]) -> bool:
    """A capitalised run of several words or with an acronym ("Otoritas Jasa Keuangan
    (OJK)", "Kementerian Ketenagakerjaan"): an organisation, not a common noun that
    opens a sentence ("Sumber di kepolisian", "Warga")."""
    if not tokens[0].is_cap or tokens[0].lower in _PERSON_DESCRIPTIONS:
        return False
    end = roles._run(tokens, 0, roles.MAX_ROLE_TOKENS)
    if all(
        t.lower in roles.PLACES or t.lower in roles.DIRECTION_WORDS for t in tokens[1:end]
    ):
        return tokens[0].is_acronym  # "Media Korea Selatan", "Warga Gaza"
    return True


def _index_at(tokens: Sequence[Token], end: int) -> int:
    """Index of the first token starting at or after ``end``."""
    for k, tok in enumerate(tokens):
        if tok.start >= end:
            return k
    return len(tokens)


def _role_speaker(ctx: _Context, tokens: Sequence[Token]) -> tuple[_Speaker | None, int]:
    """A capitalised title with no name after it: "Kepala BPBD Garut", "Bupati Garut"
    (a specific source, kept as written, ``unnamed``)."""
    head_len, _kind = roles.match_head(tokens, 0, strict=False)
    j = head_len
    while j < len(tokens) and not tokens[j].is_cap and tokens[j].lower in roles.PORTFOLIO_WORDS:
        j += 1
    end = roles._trim_connectors(tokens, j, roles._run(tokens, j, roles.MAX_ROLE_TOKENS))
    end = max(end, j)
    role_end = head_len
    while role_end < end and tokens[role_end].lower in roles.PORTFOLIO_WORDS and not roles._org_ish(tokens[role_end]):
        role_end += 1
    s, e = tokens[0].start, tokens[end - 1].end
    role = ctx.text[s : tokens[role_end - 1].end]
    org = ctx.text[tokens[role_end].start : e] if end > role_end else None
    return _Speaker(s, e, None, "unnamed", role, org), end


_SIDE_WORDS = frozenset({"pihak", "kubu"})


def _capitalised_speaker(ctx: _Context, tokens: Sequence[Token]) -> tuple[_Speaker | None, int]:
    """A capitalised run: a person ("Rina", "Pat Ryder") or an organisation ("Polda
    Sumut", "Kementerian Luar Negeri (Kemlu)"), with no role mention found."""
    if (
        tokens[0].lower in roles._NOT_NAME and not roles.english_article(tokens, 0)
    ) or tokens[0].lower in roles._DAYS_MONTHS:
        return None, 0
    end = roles._run(tokens, 0, roles.MAX_ROLE_TOKENS)
    end = roles._trim_connectors(tokens, 0, end)
    if end == 0:
        return None, 0
    # a role mention starting inside the run ("Pejabat Kepala BPBD ...")
    for k in range(1, end):
        m = ctx.mention_at.get(tokens[k].start)
        if m is not None and m.name is not None and m.pattern in ("title_before", "comma_role"):
            sp = _Speaker(tokens[0].start, m.end, m.name, "named", m.role, m.org)
            return sp, _index_at(tokens, m.end)
    s, e = tokens[0].start, tokens[end - 1].end
    if end == 1 and _possessed_noun(tokens[0].lower) and s not in ctx.name_at:
        # "Ayahnya", "Profilnya": his father, her profile; someone unnamed, or no one
        return _Speaker(s, e, None, "unnamed"), 1
    # "Pihak Hikmatullah", "Kubu Hasto": the side of one named, speaking; the name
    first = 1 if tokens[0].lower in _SIDE_WORDS and end > 1 else 0
    run_text = ctx.text[tokens[first].start:e]
    person = all(roles.name_like(t) or t.lower in roles._NAME_PARTICLES or t.text == "-" for t in tokens[first:end])
    is_place = all(
        t.lower in roles.PLACES or t.lower in roles.DIRECTION_WORDS for t in tokens[first:end]
    )
    return _Speaker(s, e, run_text, "named", is_org=not person, is_place=is_place), end


def _anaphoric_end(tokens: Sequence[Token]) -> int:
    """The end (token index) of a definite description opening ``tokens`` ("pemain
    berusia 25 tahun tersebut", "bek yang sekarang bermain untuk klub asal Meksiko
    itu"), else 0."""
    k = 1
    while k < min(len(tokens), MAX_ANAPHORIC_TOKENS + 1):
        tok = tokens[k]
        if tok.text == "(" and k + 2 < len(tokens) and tokens[k + 2].text == ")" and tokens[k + 1].is_word:
            k += 3  # "Pelukis asal Nusa Tenggara Barat (NTB) itu"
            continue
        if not tok.is_word or tok.lower in ("dan", "saat", "ketika", "kepada", "dalam"):
            break
        if tok.lower in _ANAPHORIC:
            return k + 1
        k += 1
    return 0


# Verbs after "yang" that say who published what a description names ("laporan
# tersebut yang dirilis Reuters"), and how many capitalised words the publisher may have.
_PUBLISHED = frozenset(["dilansir", "dikutip", "dirilis", "diterbitkan", "dilaporkan", "dimuat", "disiarkan", "disitat"])
MAX_PUBLISHER_TOKENS = 4


def _unnamed_speaker(ctx: _Context, tokens: Sequence[Token]) -> tuple[_Speaker | None, int]:
    """A source kept as written: "agen mata-mata Korea Selatan", "sumber di
    kepolisian", "seorang pejabat", "warga". A definite description ("pemain berusia
    25 tahun tersebut", "pejabat itu") refers back like a pronoun."""
    back = _anaphoric_end(tokens)
    if back and back + 2 < len(tokens) and tokens[back].lower == "yang" and tokens[back + 1].lower in _PUBLISHED:
        # "Menurut data tersebut yang dirilis Reuters": what the outlet took from the
        # agency, not the last speaker's (a mayor had been given an agency's death toll)
        end = back + 2
        while end < len(tokens) and end < back + 2 + MAX_PUBLISHER_TOKENS and tokens[end].is_word and tokens[end].is_cap:
            end += 1
        if end > back + 2:
            return _Speaker(tokens[0].start, tokens[end - 1].end, None, "unnamed", closed=True), end
    if back:
        return _Speaker(tokens[0].start, tokens[back - 1].end, None, "pronoun"), back
    j = 0
    n = min(len(tokens), MAX_UNNAMED_TOKENS + 2)
    while j < n:
        tok = tokens[j]
        if not tok.is_word:
            if tok.text == "(" and j + 2 < len(tokens) and tokens[j + 2].text == ")" and tokens[j + 1].is_acronym:
                j += 3
                continue
            break
        lower = tok.lower
        if lower in roles._DAYS_MONTHS:
            break
        if lower in _PHRASE_STOPS and j > 0:
            break
        if lower == "resmi" and (
            j + 1 >= len(tokens) or roles._VERB_LIKE.match(tokens[j + 1].lower)
        ):
            break  # "Pemerintah resmi mengumumkan"
        if lower == "di" and not (j > 0 and tokens[j - 1].lower in ("sumber", "sumber-sumber", "pejabat")):
            break
        if (
            j > 0
            and lower not in _UNNAMED_HEADS
            and lower not in _DOCUMENT_WORDS
            and roles._VERB_LIKE.match(lower)
            and not tok.is_cap
        ):
            break
        j += 1
    if j == 0 or j > MAX_UNNAMED_TOKENS:
        return None, 0
    # a name inside it ("juru bicara Pentagon Pat Ryder" without a role mention found),
    # unless it is a relative's ("Istri Hanung Bramantyo": his wife speaks)
    s, e = tokens[0].start, tokens[j - 1].end
    for k in range(j if tokens[0].lower not in _KIN else 0):
        m = ctx.mention_at.get(tokens[k].start)
        if m is not None and m.name is not None and m.end <= e + 1:
            return _Speaker(s, max(e, m.end), m.name, "named", m.role, m.org), _index_at(tokens, max(e, m.end))
        ner = ctx.name_at.get(tokens[k].start)
        if ner is not None and ner[1] in ("PERSON", "PER") and ner[0] <= e:
            return _Speaker(s, e, ctx.text[tokens[k].start : ner[0]], "named"), j
    # "jemaah asal Makassar, Suwardi, di Hotel 311": the name after the description
    if j + 1 < len(tokens) and tokens[j].text == ",":
        k = j + 1
        ner = ctx.name_at.get(tokens[k].start)
        if ner is not None and ner[1] in ("PERSON", "PER"):
            name_end = _index_at(tokens, ner[0])
        else:
            name_end = roles._name_end(tokens, k, roles._run(tokens, k, roles.MAX_NAME_TOKENS + 1))
        after = tokens[name_end] if name_end < len(tokens) else None
        if name_end > k and (
            after is None
            or after.text in ",.(;"
            or _VERB_AFTER_RE.match(ctx.text, tokens[name_end - 1].end)
        ):
            ne = tokens[name_end - 1].end
            desc = ctx.text[s:e]
            return _Speaker(s, ne, ctx.text[tokens[k].start : ne], "named", desc), name_end
    return _Speaker(s, e, None, "unnamed"), j


def _with_appositive(
    ctx: _Context, tokens: Sequence[Token], end_index: int, speaker: _Speaker
) -> _Speaker:
    """Extend "Rina, Kepala BPBD Garut" / "Pat Ryder, juru bicara Pentagon" to the end
    of the appositive; stop at ", Rabu (18/6/2025)" and other clauses."""
    if speaker.closed or end_index + 1 >= len(tokens) or tokens[end_index].text != ",":
        return speaker
    k = end_index + 1
    rest = ctx.text[tokens[k].start : tokens[k].start + 30]
    if _DATE_LIKE.match(rest):
        return speaker
    if tokens[k].lower in ("seorang", "salah", "sang", "selaku", "sebagai"):
        k += 1
        if k < len(tokens) and tokens[k].lower == "satu":
            k += 1
    if k >= len(tokens) or not roles.match_head(tokens, k, strict=False)[0]:
        return speaker
    if speaker.role is not None and speaker.name is not None and speaker.kind == "named":
        # the mention already had a role before the name: a second one is a new clause
        return speaker
    end = roles._appositive_end(tokens, k)
    if end <= k:
        return speaker
    role_text = ctx.text[tokens[k].start : tokens[end - 1].end]
    speaker.end = tokens[end - 1].end
    if speaker.role is None:
        speaker.role = role_text
    return speaker


def _subject_before(ctx: _Context, lo: int, verb_start: int) -> _Speaker | None:
    """The speaker written before a cue verb: the noun phrase opening the last clause
    before it ("Sementara itu, Kepala BPBD Garut Rina Kartika [juga] mengatakan"),
    skipping dates and adverbial clauses ("Budi, Senin (18/6), mengatakan"), joined to
    an appositive ("Rina Kartika, Kepala BPBD Garut, mengatakan")."""
    text = ctx.text
    # after the last closing quote: '"...," Budi menambahkan.'
    for k in range(verb_start - 1, lo - 1, -1):
        if text[k] in "\"”’«»":
            lo = k + 1
            break
    # "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperkirakan": an
    # organisation whose name holds commas, known to the model, ends right before
    org = _organisation_ending(ctx, lo, verb_start)
    if org is not None:
        return org
    segments = _segments(text, lo, verb_start)
    for idx in range(len(segments) - 1, -1, -1):
        s, e = segments[idx]
        seg = text[s:e]
        stripped = seg.strip()
        if not stripped:
            continue
        if (
            _DATE_LIKE.match(stripped)
            or stripped.lower().split()[0] in _ADVERBIAL_START
            or (all(_DEGREE.match(w) for w in stripped.split()) and _after_name(text, segments, idx))
        ):
            continue
        if all(
            w.lower().strip("()") in roles.PLACES or w.lower() in roles.DIRECTION_WORDS
            or w.lower() in ("kabupaten", "kota", "provinsi", "kecamatan", "desa", "pulau")
            for w in stripped.split()
        ):
            continue  # "..., Kabupaten Raja Ampat, Papua Barat Daya menegaskan"
        m = _LEADING_CONNECTIVE.match(seg.lstrip())
        if m:
            s = s + (len(seg) - len(seg.lstrip())) + m.end()
            if not text[s:e].strip():
                continue
        whole = _appositive_through(ctx, segments, idx, e)
        if whole is not None:
            return whole
        speaker = _speaker_after(ctx, s, e)
        if speaker is None:
            return None
        # the rest of the clause must not be another subject ("Budi dan Ani")
        rest = text[speaker.end : e].strip()
        if rest and rest[0].isupper() and not rest.lower().startswith(("dalam", "saat", "ketika")):
            return None
        if (
            rest and speaker.kind == "unnamed" and speaker.name is None and speaker.role is not None
            and _ends_anaphoric(rest)
        ):
            # "Politikus PDIP itu mengatakan", "Kepala dinas tersebut menegaskan": the
            # holder of the title named before, referred back to
            described = _described_speaker(ctx, speaker.start, e)
            if described is not None and described.kind == "pronoun":
                return described
        if rest and _opens_noun_phrase(ctx, speaker, rest):
            return _described_speaker(ctx, speaker.start, e)
        if not rest and _common_word_alone(ctx, speaker):
            # "Rumor mengatakan bahwa ...": a common word the text also writes in lower
            # case, no name the model found, is no one named
            return _described_speaker(ctx, speaker.start, e)
        return _join_apposition(ctx, segments, idx, speaker)
    return None


def _appositive_through(
    ctx: _Context, segments: Sequence[tuple[int, int]], idx: int, end: int
) -> _Speaker | None:
    """"Rudi Hartanto, Regional Division Head ASEAN Sinar Motor
    mengatakan": a name whose appositive the role rules read through the clause
    before the verb is the speaker, whatever the model made of the title's words (a
    body's name here, followed by another: no second subject)."""
    if idx == 0:
        return None
    ps, pe = segments[idx - 1]
    start = ps + len(ctx.text[ps:pe]) - len(ctx.text[ps:pe].lstrip())
    mention = ctx.mention_at.get(start)
    if (
        mention is None or mention.pattern != "appositive_after" or mention.name is None
        or mention.name_start != start or mention.role_start < pe or mention.end != len(ctx.text[:end].rstrip())
    ):
        return None
    return _Speaker(start, mention.end, mention.name, "named", mention.role, mention.org)


def _after_name(text: str, segments: Sequence[tuple[int, int]], idx: int) -> bool:
    """Whether segment ``idx`` follows a capitalised word, as a degree follows the name
    it is written after ("Budi Santoso, SH, MH mengatakan"); a short form opening the
    clause is its subject ("BMKG mengatakan", "Sementara itu, KPK menyebut": had been
    taken for degrees, and the figures after them for the outlet's own)."""
    for s, e in reversed(segments[:idx]):
        words = text[s:e].split()
        if words:
            return words[-1][:1].isupper()
    # (a degree's dotted or bracketed form opening the clause is still one: "Sp.OT.Subsp.
    # PL(K) menjelaskan" where a sentence split fell inside the degrees)
    return not text[segments[idx][0] : segments[idx][1]].strip().isalpha()


_KIN_NAMED = re.compile(
    rf"\s*(?P<kin>{'|'.join(sorted(_KIN | {'ibu', 'anak'}))})nya\s*,\s*(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,3}})(?=\s*[,.;]|\s*$)"
)


def _kin_named(text: str, start: int, end: int) -> _Speaker | None:
    """ "menurut ayahnya, Svante": the relative named after the comma, with the
    relation as the role (had been no speaker: "ayahnya" is no name)."""
    m = _KIN_NAMED.match(text, start, end)
    if m is None:
        return None
    return _Speaker(m.start("name"), m.end("name"), m.group("name"), "named", m.group("kin"))


def _ends_anaphoric(rest: str) -> bool:
    """Whether the words between a subject and its verb end with "itu"/"ini"/"tersebut"
    (adverbs after it aside: "itu juga")."""
    words = [w.lower().strip(",") for w in rest.split()]
    while words and words[-1] in _SUBJECT_ADVERBS:
        words.pop()
    return bool(words) and words[-1] in _ANAPHORIC


_PROSE_LOWER = re.compile(r"(?<![\w\-/.@#])([a-z]+)(?![\w\-]|\.\w)")


def _common_word_alone(ctx: _Context, speaker: _Speaker) -> bool:
    """Whether a one-word named ``speaker`` right before its cue verb is a common word
    (at least NOUN_PHRASE_MIN_ZIPF) the text also writes in lower case, where the model
    found no name."""
    word = ctx.text[speaker.start : speaker.end]
    if speaker.kind != "named" or speaker.role is not None or not word.isalpha() or word.isupper():
        return False
    if speaker.start in ctx.name_at or roles.zipf(word.lower()) < NOUN_PHRASE_MIN_ZIPF:
        return False
    # (a word of a person's name the text gives elsewhere is that person: "Perry" of
    # "Perry Warjiyo", though one line writes "lanjut perry")
    if word in ctx.person_words():
        return False
    # (as a word of prose: not in a link, a handle or a doubled word, "Sule-sule")
    return word.lower() in ctx.prose_lower_words()


def _opens_noun_phrase(ctx: _Context, speaker: _Speaker, rest: str) -> bool:
    """Whether a one-word named ``speaker`` is the capitalised first word of a noun
    phrase ("Satu gol lagi", "Kesepakatan yang diteken", "Jenderal bintang tiga itu"):
    a common word, not a name the model found, followed by a word that is not an
    adverb."""
    word = ctx.text[speaker.start : speaker.end]
    following = rest.split(None, 1)[0].lower().strip(",")
    if (
        speaker.kind == "named" and " " in word and following in _ANAPHORIC
        and (speaker.role is None or (speaker.name is not None and " " not in speaker.name
                                      and ctx.text.find(speaker.name, speaker.start) not in ctx.name_at))
    ):
        # "Politikus Gerindra ini menyebut", "Raja Dangdut itu menyebut": a description
        # (a title and a word, not a title and a name) of someone named before
        first = word.split(None, 1)[0].lower()
        return first in _UNNAMED_HEADS or first in roles.ROLE_WORDS
    if (
        speaker.kind == "named" and speaker.role is None and following == "tahun" and _AGED.fullmatch(word)
        and roles.zipf(word.split()[0].lower()) >= NOUN_PHRASE_MIN_ZIPF
    ):
        return True  # "Perempuan 41 tahun ini menambahkan": a woman of 41, described
    if speaker.kind != "named" or speaker.role is not None or not word.isalpha() or word.isupper():
        return False
    if speaker.start in ctx.name_at:
        return False
    if following == "baru" and len(rest.split()) > 1 and rest.split()[1].lower().strip(",") in _ANAPHORIC:
        # "Regulasi baru ini mulai berlaku": the new regulation, not a name and an adverb
        return roles.zipf(word.lower()) >= NOUN_PHRASE_MIN_ZIPF
    if not following.isalpha() or following in _SUBJECT_ADVERBS:
        return False
    if following.islower() and rest.split()[-1].lower() in _ANAPHORIC:
        # "Pelantun lagu Kali Kedua itu menuturkan": a noun, its complement and "itu"
        # (the singer of that song), someone described, not named
        return True
    lower = word.lower()
    if lower in roles.ROLE_WORDS or lower in roles.RANK_WORDS:
        return True
    return roles.zipf(lower) >= NOUN_PHRASE_MIN_ZIPF


def _possessed_noun(lower: str) -> bool:
    """A common word with the possessive "-nya" ("ayahnya", "profilnya"; not "sonya")."""
    if not lower.endswith("nya") or len(lower) <= 5:
        return False
    return roles.zipf(lower[:-3]) >= NOUN_PHRASE_MIN_ZIPF


def _described_speaker(ctx: _Context, start: int, end: int) -> _Speaker | None:
    """The speaker of a noun phrase opening a clause: a name in it ("Penasihat ekonomi
    AS Kevin Hassett"), a person described as someone already named ("Jenderal bintang
    tiga itu": refers back), a source ("Pemerintah daerah"), else none ("Satu gol lagi
    akan memastikan": no one speaks)."""
    tokens = tokenize(ctx.text, start, end)
    if not tokens:
        return None
    speaker, _end = _unnamed_speaker(ctx, tokens)
    if speaker is None or speaker.name is not None:
        return speaker
    head = tokens[0].lower
    if head in _UNNAMED_HEADS:
        return speaker
    if speaker.kind == "pronoun" and (head in roles.ROLE_WORDS or head in roles.RANK_WORDS):
        return speaker
    return None


_ORG_LABELS = frozenset(["ORG", "ORGANISATION", "ORGANIZATION"])
# (the country after it too: a comma-named agency's "(XYZ) RI melaporkan" had been said
# by its last word, "... (XYZ) RI")
_ACRONYM_AFTER = re.compile(r"\s*(?:\(\s*[A-Z][A-Za-z0-9-]*\s*\))?(?:\s+(?:RI|Indonesia))?\s*$")


def _organisation_ending(ctx: _Context, lo: int, verb_start: int) -> _Speaker | None:
    """An ORG entity with a comma in it, starting a clause after ``lo`` and ending
    (with its acronym) right before the verb at ``verb_start``."""
    text = ctx.text
    first = bisect.bisect_left(ctx.comma_org_starts, lo)
    last = bisect.bisect_left(ctx.comma_org_starts, verb_start)
    for start, end in ctx.comma_orgs[first:last]:
        if end > verb_start or not _ACRONYM_AFTER.fullmatch(text, end, verb_start):
            continue
        before = text[lo:start].rstrip()
        if before and before[-1] not in ",.;:\"“”":
            continue  # not the start of the clause
        stop = len(text[:verb_start].rstrip())
        return _Speaker(start, stop, text[start:end], "named", is_org=True)
    return None


def _join_apposition(
    ctx: _Context, segments: list[tuple[int, int]], idx: int, speaker: _Speaker
) -> _Speaker:
    """"Rina Kartika, Kepala BPBD Garut, mengatakan": a role phrase clause after a name
    clause is one speaker; so is "Kepala BPBD Garut, Rina Kartika mengatakan"."""
    if idx == 0:
        return speaker
    ps, pe = segments[idx - 1]
    prev = _speaker_after(ctx, ps, pe)
    if prev is None or ctx.text[prev.end : pe].strip():
        return speaker
    if speaker.name is None and speaker.role is not None and prev.name is not None and not prev.is_org:
        return _Speaker(prev.start, speaker.end, prev.name, "named", speaker.role, speaker.org)
    relation = ctx.mention_at.get(prev.start)
    if (
        relation is not None and relation.pattern == "appositive_after" and relation.name == prev.name
        and (relation.role or "").lower() in roles.RELATIONAL_TITLES and relation.org == speaker.name
    ):
        # "<A>, kuasa hukum <B>, menyatakan ...": the lawyer A speaks, not the client B
        return _Speaker(prev.start, speaker.end, prev.name, "named", relation.role, relation.org)
    if (speaker.kind == "unnamed" and speaker.name is None and prev.kind == "named" and prev.name is not None
            and not prev.is_org and not prev.is_place
            # "Terakhir, para peneliti ...": an adverb, not a name ("Budi, warga Garut")
            and not (" " not in prev.name and prev.start not in ctx.name_at and roles.common_word(prev.name.lower()))):
        # "Budi, warga Garut, mengatakan": the description is the named person's
        description = ctx.text[speaker.start : speaker.end]
        return _Speaker(prev.start, speaker.end, prev.name, "named", prev.role or description, prev.org)
    if prev.name is None and prev.role is not None and speaker.kind == "named" and not speaker.is_org:
        role, org = prev.role, prev.org
        mention = ctx.mention_by_name.get(speaker.start)
        if mention is not None and mention.start == prev.start and mention.role:
            # the role rules read the whole "title, name" phrase: their split of title
            # and organisation ("Menteri Lingkungan Hidup dan Kehutanan (LHK)", not
            # "Menteri Lingkungan Hidup" of "dan Kehutanan (LHK)")
            role, org = mention.role, mention.org
        return _Speaker(prev.start, speaker.end, speaker.name, "named", role, org)
    return speaker


def _segments(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Comma-separated clauses of ``text[lo:hi]``, commas inside brackets kept."""
    out: list[tuple[int, int]] = []
    depth = 0
    start = lo
    for k in range(lo, hi):
        c = text[k]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c in ",;:" and depth == 0:
            out.append((start, k))
            start = k + 1
    out.append((start, hi))
    return out


# --- cues ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Found:
    speaker: _Speaker
    cue: str
    content: tuple[int, int]
    pronoun: bool
    cited: bool = False


def _post_cue_at(ctx: _Context, pos: int, limit: int) -> _Found | None:
    """``kata X`` / ``ujarnya`` / ``kata dia`` starting at ``pos``."""
    m = _POST_CUE.match(ctx.text, pos, limit)
    if m is None:
        return None
    cue = m.group("cue")
    if m.group("nya"):
        sp = _Speaker(m.start(), m.end(), None, "pronoun")
        return _Found(sp, cue, (pos, pos), True)
    speaker = _speaker_after(ctx, m.end(), limit)
    if speaker is None:
        return None
    if cue.lower() in ("aku", "akui", "klaim", "harap", "pinta", "imbau", "kisah") and speaker.kind == "unnamed":
        return None
    return _Found(speaker, cue, (pos, pos), speaker.kind == "pronoun")




# After a closing quotation mark: the statement or document it comes from ("bunyi
# pernyataan resmi PSSI", "demikian keterangan Basarnas", "mengutip hasil RUPST PT X"),
# whose author's name follows, or "mereka"/"dia" for the one named before ("dikutip
# dari akun ..." is the cited document's, read elsewhere; "demikian tulis akun
# tersebut" names no one).
_DOCUMENT_CUE = re.compile(
    r"(?P<cue>(?:demikian\s+)?(?:bunyi|isi|kutipan)?\s*(?:pernyataan|keterangan|unggahan|konfirmasi|pengumuman|tulisan"
    r"|surat|rilis|siaran\s+pers)(?:\s+(?:resmi|tertulis))?(?:\s+(?:dari|dalam))?"
    r"|demikian\s+(?:bunyi|tulis|tertulis\s+dalam)"
    r"|(?:mengutip|dikutip\s+dari)\s+hasil"
    r"|bunyi)\s+",
    re.IGNORECASE,
)


_SO = re.compile(r"demikian\s+(?=\w)", re.IGNORECASE)


def _quote_cue(ctx: _Context, quote: Quote, sent_span: tuple[int, int], line_end: int) -> _Found | None:
    """The cue next to a quotation: after it on its line, or before it in its
    sentence."""
    text = ctx.text
    if quote.closed:
        p = quote.end
        limit = line_end
        q = p
        while q < limit and (text[q].isspace() or text[q] == ","):
            q += 1
        found = _post_cue_at(ctx, q, limit)
        if found is None and (so := _SO.match(text, q, limit)) is not None:
            # '"...," demikian sabda Rasulullah SAW' ("so said"), when it names
            # someone ("demikian tulis akun tersebut" names no one)
            found = _post_cue_at(ctx, so.end(), limit)
            if found is not None and found.speaker.kind != "named":
                found = None
        if found is None and (doc := _DOCUMENT_CUE.match(text, q, limit)) is not None:
            # '"...," bunyi pernyataan resmi PSSI', '"...," mengutip hasil RUPST PT X',
            # '"...," demikian keterangan pusat komando pemadam kota'
            sp = _speaker_after(ctx, doc.end(), limit)
            if sp is not None and (sp.kind == "named" or (
                sp.kind == "pronoun" and text[sp.start:sp.end].lower() in ("mereka", "dia", "ia", "beliau")
            )):
                found = _Found(sp, doc.group("cue"), (q, q), sp.kind == "pronoun")
        if found is None and q < limit and text[q].isupper():
            sp = _speaker_after(ctx, q, limit)
            if sp is not None and _VERB_AFTER_RE.match(text, sp.end, limit):
                vm = _VERB_AFTER_RE.match(text, sp.end, limit)
                assert vm is not None
                found = _Found(sp, vm.group("cue"), (q, q), sp.kind == "pronoun")
        if found is not None:
            return found
    # before the quotation, in its sentence: 'X mengatakan: "', 'Kata X, "', 'Menurut X, "'
    s0 = max(sent_span[0], quote.start - MAX_CUE_BEFORE_QUOTE_CHARS)
    before = text[s0 : quote.start].rstrip()
    if not before:
        return None
    stripped_end = s0 + len(before)
    if before[-1] in ",:":
        stripped_end -= 1
    head = text[s0:stripped_end]
    vm = None
    for m in _VERB.finditer(head):
        vm = m
    if vm is not None and not text[s0 + vm.end() : stripped_end].strip(" ,:"):
        speaker = _subject_before(ctx, s0, s0 + vm.start())
        if speaker is not None and _verb_ok(vm.group("cue"), speaker, text, s0 + vm.end()):
            return _Found(speaker, vm.group("cue"), (0, 0), speaker.kind == "pronoun")
    m2 = re.compile(r"^\s*(?:(?:kata|ujar|menurut)(?P<nya>nya)?)\b", re.IGNORECASE).match(head)
    if m2 is not None:
        cue = m2.group(0).strip()
        if m2.group("nya"):
            return _Found(_Speaker(s0 + m2.start(), s0 + m2.end(), None, "pronoun"), cue, (0, 0), True)
        speaker = _speaker_after(ctx, s0 + m2.end(), stripped_end)
        if speaker is not None and not text[speaker.end : stripped_end].strip():
            return _Found(speaker, cue, (0, 0), speaker.kind == "pronoun")
    return None


# Unnamed subjects of "mencatat" that are what the figure is about, never its source:
# "investor asing mencatat net sell", "saham-saham teknologi mencatat kenaikan".
_MARKET_SUBJECTS = frozenset(
    {"investor", "saham", "saham-saham", "indeks", "sektor", "rupiah", "harga", "pasar", "emas", "kripto",
     "mata", "aset", "reksa", "obligasi", "yield"}
)


def _verb_ok(cue: str, speaker: _Speaker, text: str = "", after: int | None = None) -> bool:
    """"BPS mencatat" is a source; "Indonesia mencatat rekor" and "investor asing
    mencatat net sell" are not. Anyone named reports with a comma, colon or "bahwa"
    after the verb (``after``: where it ends): "Perry mencatat, nilai tukar ...", a
    reporting clause, not a deed."""
    if cue.lower() in _ORG_ONLY_VERBS:
        first = text[speaker.start:speaker.end].split()[:1]
        if speaker.kind == "unnamed" and first and first[0].lower() in _MARKET_SUBJECTS:
            return False
        return (
            (speaker.is_org and not speaker.is_place)
            or speaker.role is not None
            or speaker.kind == "unnamed"
            or (after is not None and speaker.kind == "named" and not speaker.is_place and _REPORTING_AFTER.match(text, after) is not None)
        )
    return True


_REPORTING_AFTER = re.compile(r"\s*(?:[,:]|bahwa\b)", re.IGNORECASE)


def _in_quotes(pos: int, quotes: Sequence[Quote]) -> bool:
    return any(q.start < pos < q.end for q in quotes)


def _sentence_cue(ctx: _Context, span: tuple[int, int], quotes: Sequence[Quote]) -> _Found | None:
    """Reported speech in one sentence, outside its quotations."""
    text = ctx.text
    s0, s1 = span
    body_end = s1
    while body_end > s0 and text[body_end - 1] in ".!?…\"”’ ":
        body_end -= 1
    # 1. ", kata X." near the end / "Kata X, ..." at the start
    for m in _POST_CUE.finditer(text, s0, s1):
        if _in_quotes(m.start(), quotes):
            continue
        pre = text[s0 : m.start()].rstrip()
        at_start = not pre.strip(_QUOTE_CHARS + " ")
        if not at_start and not pre.endswith((",", "\"", "”", "’", ";")):
            continue
        if at_start and not m.group("nya") and m.group("cue").lower() not in ("kata", "ujar"):
            continue
        if m.group("cue").lower() == "buka" and not pre.endswith(("\"", "”", "’")):
            continue  # '"...," buka Bagnaia' opens a quotation; "Caranya, buka Google Maps" no one
        found = _post_cue_at(ctx, m.start(), s1)
        if found is None:
            continue
        if at_start:
            found.content = (found.speaker.end, s1)
            comma = text.find(",", found.speaker.end, s1)
            if comma >= 0:
                found.content = (comma + 1, s1)
        else:
            found.content = (s0, len(pre) + s0 - (1 if pre.endswith(",") else 0))
        return found
    # 2. "Dijelaskannya, ...", "Ditambahkannya, ...": what he explained, added (the
    # passive with the pronoun, opening the sentence: the speaker before)
    opening = _DI_NYA.match(text, s0 + len(text[s0:s1]) - len(text[s0:s1].lstrip()))
    if opening is not None:
        sp = _Speaker(opening.start(), opening.end() - 1, None, "pronoun")
        return _Found(sp, opening.group("cue"), (opening.end(), s1), True)
    # "menurut X, ..." / ", menurut X." / "Menurutnya, ..."
    for m in _MENURUT.finditer(text, s0, s1):
        if _in_quotes(m.start(), quotes):
            continue
        if m.group("nya"):
            sp = _Speaker(m.start(), m.end(), None, "pronoun")
            return _Found(sp, m.group("cue"), (m.end(), s1), True)
        speaker = _speaker_after(ctx, m.end(), s1) or _kin_named(text, m.end(), s1)
        if speaker is None:
            # "menurut data BPS" / "menurut keterangan polisi"
            continue
        after = text[speaker.end : body_end].strip(" ,")
        content = (speaker.end, s1) if len(after) > 2 else (s0, m.start())
        comma = text.find(",", speaker.end, s1)
        verb = _VERB.search(text, comma, s1) if comma >= 0 else None
        if verb is not None and not _in_quotes(verb.start(), quotes):
            subject = _subject_before(ctx, comma + 1, verb.start())
            if subject is not None and subject.kind == "named" and subject.name and not subject.is_org:
                return _Found(subject, verb.group("cue"), (verb.end(), s1), False)
        return _Found(speaker, m.group("cue"), content, speaker.kind == "pronoun")
    # 3. "X mengatakan (bahwa) ..."
    for m in _VERB.finditer(text, s0, s1):
        if _in_quotes(m.start(), quotes) or _NOT_SUBJECT_BEFORE.search(text, s0, m.start()):
            continue
        if m.group("cue").lower() == "mengakui" and _DEED_OBJECT.match(text, m.end()):
            continue
        if m.group("cue").lower() == "memastikan" and (
            _ENSURE_BEFORE.search(text, s0, m.start()) or _ENSURE_AFTER.match(text, m.end())
        ):
            continue
        speaker = _subject_before(ctx, s0, m.start())
        if speaker is None or not _verb_ok(m.group("cue"), speaker, text, m.end()):
            continue
        return _Found(speaker, m.group("cue"), (m.end(), s1), speaker.kind == "pronoun")
    # 4. "Hal itu disampaikan X ..."
    for m in _PASSIVE.finditer(text, s0, s1):
        if _in_quotes(m.start(), quotes):
            continue
        speaker = _speaker_after(ctx, m.end(), s1)
        if speaker is None or (speaker.kind == "unnamed" and speaker.start > m.end() + 1):
            continue
        if m.group("cue").lower() == "dibacakan" and speaker.name is None:
            continue  # "pesan itu dibacakan oleh seorang penyiar": read out for another
        content = (s0, m.start())
        comma = text.find(",", speaker.end, s1)
        if comma >= 0 and _WHAT_WAS_SAID.match(text, s0, m.start()):
            # "Dalam kesimpulan yang dibacakan X, setidaknya ada tiga rekomendasi": what
            # X said follows the clause naming X
            content = (comma + 1, s1)
        return _Found(speaker, m.group("cue"), content, speaker.kind == "pronoun")
    # 5. "X dalam keterangan tertulisnya, ..."
    for m in _KETERANGAN.finditer(text, s0, s1):
        if _in_quotes(m.start(), quotes):
            continue
        speaker = _subject_before(ctx, s0, m.start())
        if speaker is None or speaker.end != m.start():
            continue
        return _Found(speaker, m.group("cue"), (s0, s1), speaker.kind == "pronoun")
    # 6. documents and other outlets
    for m in _CITED.finditer(text, s0, s1):
        if _in_quotes(m.start(), quotes):
            continue
        comma = text.find(",", m.end(), s1)
        speaker = _speaker_after(ctx, m.end(), comma if comma > m.end() else s1)
        if speaker is None:
            continue
        if _BARE_REPORTED.fullmatch(m.group("cue").strip()) and not text[speaker.start : speaker.start + 1].isupper():
            # "di Indonesia dilaporkan beberapa kasus dari Jakarta": what was reported,
            # not who reported it (that is a name: "seperti dilaporkan Reuters")
            continue
        if m.end() < comma < speaker.end:
            speaker.end = comma
            speaker.name, speaker.role, speaker.org = text[speaker.start : comma], None, None
        speaker.kind = "document"
        return _Found(speaker, m.group("cue").strip(), (s0, s1), False, cited=True)
    return None


# --- the stage ----------------------------------------------------------------------


def _speech_quote(text: str, q: Quote) -> bool:
    inner = text[q.inner_start : q.inner_end].strip()
    if not inner:
        return False
    words = len(inner.split())
    return words >= MIN_SPEECH_WORDS or inner[-1] in _END_PUNCT


def _kind_of(ctx: _Context, sp: _Speaker, cited: bool) -> str:
    words = {w.lower().strip("()@.,") for w in ctx.text[sp.start : sp.end].split()}
    if cited or sp.kind == "document" or (words & _OUTLETS) or (
        sp.name is None and words & _DOCUMENT_WORDS
    ):
        return "document_cited"
    if sp.kind == "named":
        return "named"
    return "unnamed"


def attribute(
    text: str,
    sentences: Sequence[tuple[int, int]],
    names: Sequence[tuple[int, int, str]] | None = None,
) -> list[Attribution]:
    """The speakers of the quotations and sentences of ``text``.

    ``sentences`` are the spans of :func:`~kabar.analyze.sentences.split_sentences`;
    ``names`` optional NER spans ``(start, end, label)`` with labels PERSON / ORG /
    LOC. Returns attributions sorted by sentence, then content start.
    """
    if not text or not sentences:
        return []
    ctx = _Context(text, sentences, names)
    line_spans = lines(text)
    quotes = find_quotes(text)
    by_sentence: dict[int, list[Attribution]] = {}
    quote_sentences: dict[int, list[Quote]] = {}
    for q in quotes:
        first = sentence_index(ctx.sentences, q.start)
        last = sentence_index(ctx.sentences, max(q.start, q.end - 1))
        if first is None or last is None:
            continue
        for si in range(first, last + 1):
            quote_sentences.setdefault(si, []).append(q)

    handled_quotes: set[int] = set()
    for si, span in enumerate(ctx.sentences):
        sent_quotes = quote_sentences.get(si, [])
        found_here = False
        for q in sent_quotes:
            if q.start in handled_quotes:
                continue
            last = sentence_index(ctx.sentences, max(q.start, q.end - 1))
            if last is not None and last > si and q.closed:
                continue  # the cue is with the sentence holding the closing mark
            line_end = line_spans[ctx.line_of_sentence[si]][1]
            first_si = sentence_index(ctx.sentences, q.start)
            first_span = ctx.sentences[first_si if first_si is not None else si]
            found = _quote_cue(ctx, q, first_span, line_end)
            if found is None:
                continue
            handled_quotes.add(q.start)
            for qi in range(first_si if first_si is not None else si, si + 1):
                s0, s1 = ctx.sentences[qi]
                cs, ce = max(s0, q.inner_start), min(s1, q.inner_end)
                cs, ce = _trim(text, cs, ce)
                if ce <= cs:
                    continue
                att = _make(ctx, qi, (cs, ce), found, quote=True)
                by_sentence.setdefault(qi, []).append(att)
                found_here = True
        if found_here or by_sentence.get(si):
            continue
        found = _sentence_cue(ctx, span, sent_quotes)
        if found is None:
            continue
        cs, ce = _trim(text, *found.content)
        if ce <= cs:
            cs, ce = span
        att = _make(ctx, si, (cs, ce), found, quote=False)
        by_sentence.setdefault(si, []).append(att)

    _resolve_titles(ctx, by_sentence)
    _resolve_bare_titles(ctx, by_sentence)
    _resolve_pronouns(ctx, by_sentence)
    _inherit_quotes(ctx, by_sentence, quote_sentences)
    _inherit_reasons(ctx, by_sentence, quote_sentences)
    out = [a for si in sorted(by_sentence) for a in sorted(by_sentence[si], key=lambda a: a.start)]
    return out


def said_spans(
    attributions: Sequence[Attribution], sentences: Sequence[tuple[int, int]]
) -> list[tuple[int, int, int, int, str | None]]:
    """Quotations attributed after them, as (quotation start, end, attribution start,
    end, speaker): the attribution runs from the speaker's end to the end of the
    speaker's sentence, where the day the words were said is written ('"...," kata
    Rina, Senin (9/6/2025).'); the speaker is the name (lower case) when the text gives
    one, or carries it by a pronoun. What :func:`~kabar.analyze.temporal.extract_dates` takes as ``said``."""
    out = []
    for a in attributions:
        if not a.quote:
            continue
        at = a.speaker_start
        if at < a.end:
            # a quotation whose "katanya" after it carries the speaker named before: its
            # attribution is the cue's
            if a.kind != "pronoun_carried" or not (a.cue or "").lower().endswith("nya"):
                continue
            at = a.end
        si = sentence_index(sentences, at)
        if si is None:
            continue
        # (a speaker carried by "katanya" is the one named before: "ungkap Pinkan Mambo
        # ..., Kamis (5/6/2025)." then '"Kemarin ada ...," katanya lagi.': 4 June)
        name = a.speaker_name.lower() if a.speaker_name and a.kind in ("named", "pronoun_carried") else None
        out.append((a.start, a.end, max(a.speaker_end, at), sentences[si][1], name))
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in _QUOTE_CHARS + ",:"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in _QUOTE_CHARS + ",:"):
        e -= 1
    return s, e


# The words of a source's data before its name ("Menurut data AISI", "menurut catatan
# BPS"): the source is the body named after them.
_DATA_BEFORE_NAME = re.compile(r"(?:data|catatan|laporan|rilis|informasi)\s+(?=[A-Z])")


def _make(ctx: _Context, si: int, content: tuple[int, int], found: _Found, quote: bool) -> Attribution:
    sp = found.speaker
    data = _DATA_BEFORE_NAME.match(ctx.text, sp.start, sp.end)
    if data is not None and data.end() < sp.end:
        # ("data AISI" had been the speaker; the body is)
        name = sp.name[data.end() - data.start():] if sp.name and sp.name.startswith(data.group()) else sp.name
        sp = replace(sp, start=data.end(), name=name)
    kind = "pronoun_carried" if found.pronoun else _kind_of(ctx, sp, found.cited)
    name = _without_rank(sp.name) if sp.name is not None and not found.pronoun else None
    if name is None and kind == "named" and sp.name is not None:
        kind = "unnamed"  # "Kombes Pol": a rank, no name
    return Attribution(
        sentence=si,
        start=content[0],
        end=content[1],
        speaker_text=ctx.text[sp.start : sp.end],
        speaker_start=sp.start,
        speaker_end=sp.end,
        speaker_name=name,
        kind=kind,
        cue=found.cue,
        quote=quote,
        role=sp.role,
        org=sp.org,
    )


def _without_rank(name: str) -> str | None:
    """A speaker's name without the ranks and honorifics written before it ("AKP
    Aprino Tamara" is Aprino Tamara); None when nothing else is left ("Kombes Pol")."""
    tokens = tokenize(name)
    i = 0
    while i < len(tokens):
        n = roles.match_rank(tokens, i)
        if n:
            i += n
        elif roles.is_honorific(tokens, i):
            i += 1
        else:
            break
    if i == 0:
        return name
    return name[tokens[i].start :] if i < len(tokens) else None


def _resolve_pronouns(ctx: _Context, by_sentence: dict[int, list[Attribution]]) -> None:
    """Give each pronoun cue the most recent speaker before it."""
    last: Attribution | None = None
    for si in sorted(by_sentence):
        for att in sorted(by_sentence[si], key=lambda a: a.start):
            if att.kind == "pronoun_carried" and att.carried_from is None:
                source = last if last is not None and si - last.sentence <= MAX_CARRY_SENTENCES else None
                if source is not None and not (source.sentence < si or source.start <= att.start):
                    source = None
                subject = None
                if (
                    (source is None or source.sentence < si - 1) and si > 0 and not by_sentence.get(si - 1)
                    and att.speaker_text.split()[0].lower() not in _NOT_ONE_PERSON
                ):
                    subject = _subject_person(ctx, si - 1)
                if subject is not None and not (source is not None and _same_name(subject[2], source.speaker_name)):
                    # "Senada dengan Budi, anggota dewan Andi Wijaya pun tak
                    # mempermasalahkan ... . Menurutnya, ...": the person the sentence before
                    # is about, not the speaker before it
                    start, end, name, role, org = subject
                    att.speaker_text = ctx.text[start:end]
                    att.speaker_start, att.speaker_end = start, end
                    att.speaker_name, att.role, att.org = name, role, org
                    att.carried_from = si - 1
                elif source is not None:
                    _copy_speaker(att, source)
                else:
                    mention = _recent_person(ctx, si)
                    if mention is not None:
                        msi = sentence_index(ctx.sentences, mention.start)
                        att.speaker_text = ctx.text[mention.start : mention.end]
                        att.speaker_start, att.speaker_end = mention.start, mention.end
                        att.speaker_name = mention.name
                        att.role, att.org = mention.role, mention.org
                        att.carried_from = msi
            if att.kind != "pronoun_carried" or att.carried_from is not None:
                last = att


def _resolve_titles(ctx: _Context, by_sentence: dict[int, list[Attribution]]) -> None:
    """A one-word speaker that is a title written earlier in a person's role phrase
    ("Kepala Seksi Penerangan Hukum (Kasipenkum) Kejati Jabar, Nur ..." then "kata
    Kasipenkum") is that person."""
    wanted = {
        att.speaker_text for atts in by_sentence.values() for att in atts
        if att.kind == "named" and att.speaker_text.isalpha()
    }
    if not wanted:
        return
    # each title word of a role phrase -> the mentions it belongs to, in text order
    by_word: dict[str, list[RoleMention]] = {}
    for m in ctx.mentions:
        if m.name:
            for word in re.findall(r"\w+", ctx.text[m.role_start : m.role_end]):
                if word in wanted:
                    by_word.setdefault(word, []).append(m)
    for atts in by_sentence.values():
        for att in atts:
            before = [m for m in by_word.get(att.speaker_text, []) if m.start < att.speaker_start]
            if att.kind == "named" and before:
                m = before[-1]
                att.speaker_name, att.role, att.org = m.name, m.role, m.org


def _resolve_bare_titles(ctx: _Context, by_sentence: dict[int, list[Attribution]]) -> None:
    """A title alone as the speaker ("Gubernur Mirza menegaskan ... . Gubernur
    menyatakan ...", "kata Bupati Garut") is the person last named with that title (or
    that title and organisation) before it, carried from there like a pronoun's."""
    by_title: dict[str, list[RoleMention]] = {}
    for m in ctx.mentions:
        if (
            m.name and m.role and m.pattern in ("title_before", "comma_role", "appositive_after")
            # (a person the model found: not "Jaksa Federal")
            and (not ctx.names or ctx.name_at.get(m.name_start, (0, ""))[1] in ("PERSON", "PER"))
        ):
            by_title.setdefault(m.role.lower(), []).append(m)
            by_title.setdefault(ctx.text[m.role_start : m.role_end].lower(), []).append(m)
    for atts in by_sentence.values():
        for att in atts:
            if att.kind != "unnamed" or att.speaker_name is not None:
                continue
            tokens = tokenize(att.speaker_text)
            head, kind = roles.match_head(tokens, 0, strict=False) if tokens else (0, "")
            if not head or (kind not in ("C", "R") and head == len(tokens)):
                # an office held by one ("Gubernur", "Kapolres", "Ketua PPIH Debarkasi
                # Medan"), not any of many ("Jaksa", "Pemain", "Ketua")
                continue
            before = [m for m in by_title.get(att.speaker_text.lower(), []) if m.end <= att.speaker_start]
            if before:
                # (referred back to, like a pronoun: the speaker is where the name is)
                m = max(before, key=lambda m: m.start)
                att.speaker_text = ctx.text[m.start : m.end]
                att.speaker_start, att.speaker_end = m.start, m.end
                att.speaker_name, att.role, att.org = m.name, m.role, m.org
                att.kind = "pronoun_carried"
                att.carried_from = sentence_index(ctx.sentences, m.start)


def _copy_speaker(att: Attribution, source: Attribution) -> None:
    att.speaker_text = source.speaker_text
    att.speaker_start, att.speaker_end = source.speaker_start, source.speaker_end
    att.speaker_name = source.speaker_name
    att.role, att.org = source.role, source.org
    att.carried_from = source.carried_from if source.carried_from is not None else source.sentence
    if source.kind == "document_cited":
        att.kind = "document_cited"


def _carried(source: Attribution, si: int, start: int, end: int, *, quote: bool) -> Attribution:
    """An attribution of ``start``..``end`` in sentence ``si`` to ``source``'s speaker,
    carried from the sentence ``source`` was carried from, or its own."""
    return Attribution(
        sentence=si,
        start=start,
        end=end,
        speaker_text=source.speaker_text,
        speaker_start=source.speaker_start,
        speaker_end=source.speaker_end,
        speaker_name=source.speaker_name,
        kind=source.kind,
        cue=None,
        carried_from=source.carried_from if source.carried_from is not None else source.sentence,
        quote=quote,
        role=source.role,
        org=source.org,
    )


def _same_name(a: str, b: str | None) -> bool:
    """"Djarot" and "Djarot Saiful Hidayat": one's words are all the other's."""
    if b is None:
        return False
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return wa <= wb or wb <= wa


# Heads of descriptions referring back to no single person ("sumber dekat pasangan
# ini", "laporan itu", "pihak tersebut"): a pronoun of that kind is not the subject of
# the sentence before.
_NOT_ONE_PERSON = _DOCUMENT_WORDS | frozenset(
    _words(
        """
        sumber sumber-sumber pihak media pemerintah otoritas kementerian kantor badan
        lembaga komisi pengadilan perusahaan manajemen tim kepolisian militer keluarga
        mereka
        """
    )
)
# A passive verb after a subject ("Prabowo diketahui", "Budi ditangkap"), adverbs
# between allowed; not "dirinya"
_PASSIVE_AFTER = re.compile(
    r"[\s,]+(?:(?:juga|pun|sudah|telah|sempat|kemudian|lalu|pernah|masih|akhirnya)\s+)*(?!diri)di[a-z]{4,}\b"
)


# Clause openings that are not its subject: "Senada dengan Djarot, Guntur ...",
# "Berbeda dengan Budi, Ani ...".
_COMPARED_START = frozenset(["senada", "sejalan", "berbeda", "sama", "serupa", "seperti"])


def _subject_person(ctx: _Context, si: int) -> tuple[int, int, str, str | None, str | None] | None:
    """The person who is the subject of sentence ``si``, written at the start of its
    first clause that is not adverbial ("Senada dengan Budi, anggota dewan Andi Wijaya
    pun ..." gives Andi Wijaya): (start, end, name, role, org)."""
    text = ctx.text
    s0, s1 = ctx.sentences[si]
    if _MENURUT.search(text, s0, s1):
        return None  # "Menurut penuturan Pinkan, ... Gusti sempat terjatuh": Pinkan's words
    for s, e in _segments(text, s0, s1):
        seg = text[s:e]
        stripped = seg.strip()
        if not stripped:
            continue
        first = stripped.split()[0].lower()
        if _DATE_LIKE.match(stripped) or first in _ADVERBIAL_START or first in _COMPARED_START:
            continue
        p = s + len(seg) - len(seg.lstrip())
        m = _LEADING_CONNECTIVE.match(text, p, e)
        if m:
            p = m.end()
        mention = ctx.mention_at.get(p)
        found: tuple[int, int, str, str | None, str | None] | None = None
        if mention is not None and mention.name is not None and mention.pattern != "honorific":
            found = mention.start, mention.end, mention.name, mention.role, mention.org
        ner = ctx.name_at.get(p)
        if found is None and ner is not None and ner[1] in ("PERSON", "PER") and ner[0] <= e:
            found = p, ner[0], text[p : ner[0]], None, None
        if found is not None and _PASSIVE_AFTER.match(text, found[1]):
            return None  # "Presiden Prabowo diketahui sedang ...": spoken of, not speaking
        return found
    return None


def _recent_person(ctx: _Context, si: int) -> RoleMention | None:
    """The last person with a role in the sentence or the ones just before it."""
    lo = ctx.sentences[max(0, si - MAX_MENTION_CARRY_SENTENCES)][0]
    hi = ctx.sentences[si][0]
    best: RoleMention | None = None
    best_sentence = -1
    first = bisect.bisect_left(ctx.mention_starts, lo)
    last = bisect.bisect_left(ctx.mention_starts, hi)
    for m in ctx.mentions[first:last]:
        if m.name is not None and m.pattern != "honorific":
            msi = sentence_index(ctx.sentences, m.start)
            if msi is not None and msi > best_sentence:
                # the first person of the latest sentence that has one (its subject)
                best, best_sentence = m, msi
    return best


def _inherit_quotes(
    ctx: _Context,
    by_sentence: dict[int, list[Attribution]],
    quote_sentences: dict[int, list[Quote]],
) -> None:
    """A quotation without a cue continues the speaker of the sentence before it when
    both are in one paragraph, or when the paragraph before ended with that speaker's
    quotation."""
    text = ctx.text
    for si in range(1, len(ctx.sentences)):
        if by_sentence.get(si):
            continue
        speech = [q for q in quote_sentences.get(si, []) if _speech_quote(text, q)]
        if not speech:
            continue
        prev = by_sentence.get(si - 1)
        if not prev:
            continue
        source = prev[-1]
        same_line = ctx.line_of_sentence[si] == ctx.line_of_sentence[si - 1]
        if not same_line:
            line_start_sentence = ctx.line_of_sentence[si - 1] != ctx.line_of_sentence[si]
            s0 = ctx.sentences[si][0]
            starts_with_quote = text[s0] in _QUOTE_CHARS
            if not (line_start_sentence and source.quote and starts_with_quote):
                continue
        if source.kind == "document_cited" and not source.quote:
            continue
        for q in speech:
            s0, s1 = ctx.sentences[si]
            cs, ce = _trim(text, max(s0, q.inner_start), min(s1, q.inner_end))
            if ce <= cs:
                continue
            by_sentence.setdefault(si, []).append(_carried(source, si, cs, ce, quote=True))


# A sentence opening with a subordinating "because"/"so that" is the rest of the
# sentence before it ("... bukan solusi. Karena kondisi ..."); "Karena itu" opens a
# sentence of its own.
_REASON_START = re.compile(r"(?:karena|sebab|sehingga)\b(?!\s+(?:itu|ini|tersebut)\b)", re.IGNORECASE)


def _inherit_reasons(
    ctx: _Context,
    by_sentence: dict[int, list[Attribution]],
    quote_sentences: dict[int, list[Quote]],
) -> None:
    """A sentence with no cue and no quotation that opens with "Karena", "Sebab" or
    "Sehingga" continues the reported speech of the sentence before it in its
    paragraph: the speaker's reasoning, not the outlet's."""
    text = ctx.text
    for si in range(1, len(ctx.sentences)):
        if by_sentence.get(si) or quote_sentences.get(si):
            continue
        prev = by_sentence.get(si - 1)
        if not prev or prev[-1].quote or ctx.line_of_sentence[si] != ctx.line_of_sentence[si - 1]:
            continue
        source = prev[-1]
        if source.kind == "document_cited":
            continue
        s0, s1 = ctx.sentences[si]
        if not _REASON_START.match(text, s0, s1):
            continue
        cs, ce = _trim(text, s0, s1)
        by_sentence[si] = [_carried(source, si, cs, ce, quote=False)]
