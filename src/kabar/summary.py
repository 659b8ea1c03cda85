"""Extractive summary of a story: 3-7 source sentences covering the most-reported facts.

Sentences are scored by TF-IDF similarity to the whole story (what many articles say)
and picked by maximal marginal relevance (MMR), so the summary does not repeat itself.
Each chosen sentence carries the documents that report the same thing (a sentence of
theirs close to it).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from kabar.analyze.attribution import SAYING_VERBS
from kabar.analyze.temporal import DAY_IN_BRACKETS

logger = logging.getLogger(__name__)

# MMR trade-off between relevance to the story and novelty against what is chosen.
# 0.7 (Carbonell & Goldstein 1998, query-relevant summaries) repeated the lede three
# times on the demo corpus, where five outlets restate one quake; 0.55 keeps one
# restatement and still picks no side remarks on the dev clusters.
MMR_LAMBDA = 0.55
MIN_SENTENCES = 3
# MMR looks at this many of the most relevant sentences: far more than a summary needs,
# and it keeps the pairwise step small on a story of hundreds of articles.
MMR_CANDIDATES = 300
MAX_SENTENCES = 7
# Stop adding sentences when the best remaining one is this redundant or irrelevant.
MIN_GAIN = 0.05
# A sentence of another document at least this similar (TF-IDF cosine) reports the
# same thing and is counted among the chosen sentence's sources.
SAME_FACT = 0.45
# Sentences shorter or longer than these (characters) are headings or run-ons.
MIN_CHARS = 40
MAX_CHARS = 400
# A sentence opening with a pronoun or "this" says nothing on its own out of its
# article ("Dia mengatakan bahwa seluruh proses ... dilakukan dengan terbuka"): no
# summary sentence, unless nothing else is left. So with "Dirinya", "Menurutnya",
# "Pihaknya" (his side), "Keduanya" (who?),
# "Karena" (the reason of what?), "Saat itu" (when?) and an epithet for someone named
# before ("Suami penyanyi itu", "Pria 46 tahun tersebut", "Pesepak bola berusia 25
# tahun itu": up to five words before "itu"/"tersebut").
_LEANS_BACK = re.compile(
    r"^(?:Dia|Ia|Mereka|Beliau|Dirinya|Menurutnya|Pihaknya|Keduanya|Karena|Hal\s+(?:ini|itu|tersebut)|Ini|Itu"
    # ... and a connective that goes on from the sentence before ("Sehingga, kolaborasi
    # ini diharapkan ...", "Namun, ...", "Selain itu, laporan itu merujuk ...": so what?)
    r"|Sehingga|Sebab|Namun|Tapi|Tetapi|Padahal|Serta|Maka|Makanya|Akibatnya|Selain\s+itu|Untuk\s+itu"
    r"|(?:Oleh\s+)?[Kk]arena\s+itu|(?:Dengan|Meski|Kendati|Walau)\s+(?:demikian|begitu)"
    # ... and a time told before ("Saat itu, keluarga sempat mencari ...": when?)
    r"|(?:Saat|Ketika|Waktu|Sejak)\s+itu(?!\w)"
    # ... and what came next ("Setelah itu, pelanggan dapat ...", "Kemudian, Trump
    # menyebut ...": after what?), and an occasion told before ("Dalam acara tersebut,
    # ia mengenakan kebaya biru": which one?)
    r"|(?:Setelah|Sesudah|Usai|Sebelum)\s+itu(?!\w)|Kemudian|Lalu(?!\s+lintas)|Selanjutnya|Lantas"
    r"|(?:Dalam|Pada|Di|Dari|Usai|Setelah|Sebelum|Selama|Saat|Ketika)\s+(?:[\w-]+\s+){1,3}?(?:itu|tersebut)(?=\s*,)"
    # (also before a said-so between commas: "Upaya damai tersebut, menurut suami
    # penyanyi itu, merupakan ...", "Pertemuan tersebut, katanya, bagian dari ...")
    r"|[A-Z][\w-]*(?:\s+[\w-]+){0,4}?\s+(?:itu|tersebut)"
    r"(?=\s+[a-z]|\s*,\s+(?:menurut|kata|katanya|ujarnya|tuturnya|jelasnya)\b)"
    # ... and a connective going on with a pronoun ("Sementara, ia diketahui tiba ...":
    # who?)
    r"|(?:Sementara(?:\s+itu)?|Selain\s+itu|Di\s+sisi\s+lain|Adapun|Sedangkan|Kini|Saat\s+ini)\s*,?\s+"
    r"(?:ia|dia|mereka|beliau|dirinya)(?=\s))\b"
)

# ... and with a thing named before and "ini" ("Capaian ini menjadi ...", "Kedua negara
# ini sepakat ..."), not a time of now ("Tahun ini pemerintah ...", "Pada pekan ini").
_THIS_BACK = re.compile(r"^[A-Z][\w-]*(?:\s+[\w-]+){0,3}?\s+ini(?=\s+[a-z])")
_NOW_WORDS = frozenset(["hari", "pekan", "minggu", "bulan", "tahun", "musim", "malam", "pagi", "siang", "sore",
                        "kali", "saat", "sekarang", "kuartal", "semester", "periode", "edisi", "sesi"])


# ... and a recap of earlier reports ("Diberitakan sebelumnya, setidaknya terdapat empat
# klaster ...", "Sebelumnya, ..."): repeated by every article of a running story, it
# had filled a hearing's summary while the hearing's news went unsaid.
_RECAP = re.compile(
    r"^(?:(?:Seperti|Sebagaimana)\s+)?(?:[Dd]iberitakan|[Dd]ilaporkan|[Dd]ikabarkan)\s+sebelumnya\b|^Sebelumnya\s*,"
)


def leans_back(text: str) -> bool:
    """Whether a sentence opens with words that need what came before it in its article
    (:data:`_LEANS_BACK`, :data:`_THIS_BACK`), or recaps earlier reports (:data:`_RECAP`)."""
    if _LEANS_BACK.match(text) or _RECAP.match(text):
        return True
    this = _THIS_BACK.match(text)
    return this is not None and this.group().split()[-2].lower() not in _NOW_WORDS


# A sentence pointing the reader at what follows ("Simak daftar tim peserta turnamen
# itu di bawah ini.", "Yuk intip keseruannya berikut ini.", "Berikut
# selengkapnya."; 205 in the corpus) tells nothing of the story itself.
_POINTS_ONWARD = re.compile(
    r"^(?:Simak|Cek|Yuk|Berikut|Lihat|Intip)\b[^.!?\n]{0,200}?"
    r"\b(?:di\s+bawah\s+ini|berikut\s+ini|selengkapnya|di\s+sini|sebagai\s+berikut)\b"
    # ("Simak ..." and "Yuk ..." ask the reader whatever follows: "Simak rekor pertemuan
    # kedua tim dan prediksi skornya.")
    r"|^(?:Simak|Yuk)\b"
    # (and a line opening a list: "Berikut lima negara teratas dibanding tahun lalu:")
    r"|^.*:\s*$"
    # (and a list's numbered item, which says nothing out of its list: "2. Pilih
    # barangnya, lalu ...", "1. Akta kelahiran calon siswa ..."; 8 of the 2,185 summary
    # sentences of the 431 stories)
    r"|^\(?\d{1,2}[.)]\s",
    re.IGNORECASE,
)
# The attribution closing a quotation or a sentence ('," kata X, Selasa (10/6/2025).')
# and its verbs.
_SAID = r"kata|ujar|ucap|tutur|jelas|papar|sebut|tulis|lanjut|tambah|imbuh|terang|ungkap|tegas|pungkas|beber"
_ATTRIBUTION_TAIL = re.compile(rf"(?:[\"”’]\s*,?|,)\s*(?:{_SAID})(?:nya)?\b.*$", re.IGNORECASE | re.DOTALL)
# A quotation whose attribution names nobody ('"...," ucapnya.', '..., kata dia.'): out
# of its article nobody knows whose words these are.
_PRONOUN_TAIL = re.compile(
    rf"[\"\u201d]\s*,?\s*(?:(?:{_SAID}|sambung)nya|(?:kata|ujar|ucap|tutur|tambah|imbuh|sambung)\s+(?:dia|ia|beliau)"
    # ... or by an epithet for someone named before ('," ujar Waketum Gerindra itu.',
    # '," kata pengacara 29 tahun tersebut.'; not "kata juru bicara kementerian itu",
    # the ministry's, whoever speaks for it)
    rf"|(?:{_SAID}|sambung)(?:nya)?\s+(?:[\w-]+\s+){{0,3}}(?:(?-i:[A-Z])[\w-]*|\d+\s+tahun)\s+(?:itu|tersebut))"
    r"\s*[.!?]?\s*$",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d[\d.,]*\d|\d")
# The first person ("saya", "aku", "kami", "kita", "gue") and what is quoted, which a
# sentence's own first person is looked for outside of.
# (capitalised only where a sentence or a quotation opens: "Partai Kita" is a name)
_FIRST_PERSON = re.compile(r"\b(?:saya|aku|kami|kita|gue)\b|(?:^|(?<=[\"\u201c\u2018'(]))(?:Saya|Aku|Kami|Kita|Gue)\b")
_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d|\u2018[^\u2019]*\u2019|(?<!\w)'[^']*'(?!\w)")
# An editor's note in brackets ("Tentu (dari dana sendiri, red.), tentu saja.", "kami
# (klub itu-red)") glosses a quotation: 12 of the 13 such notes in the shared corpus
# are inside one. Outside quotation marks and unattributed, the sentence is a
# quotation's middle.
_EDITOR_NOTE = re.compile(r"[(\[][^()\[\]]{0,80}?(?:-|,\s*|\s)red(?:aksi)?\.?\s*[)\]]", re.IGNORECASE)
# A verb of saying before a sentence's first person names its speaker in place
# ("Direktur Utama TIKI mengatakan, ... budaya yang kami tanamkan"), as the attribution
# stage tells them.
_SAYING = re.compile(rf"\b(?:(?:{_SAID})(?:nya)?|{SAYING_VERBS})\b", re.IGNORECASE)


def _days(text: str) -> list[str]:
    """The days in brackets an attribution gives, as written ('," ujar Rina, Senin
    (2/6).'): a sentence dating the same words to another day is another outlet's
    account, not the same report (one outlet's "Kamis (19/6/2025)" had been credited to
    one that wrote "Selasa (17/6/2025)")."""
    return [m.group() for m in DAY_IN_BRACKETS.finditer(text)]


def _quote_fragment(text: str) -> bool:
    """Whether ``text`` is (a sentence of) a quotation that does not say who speaks: it
    opens a quotation it does not close ('"Kami tegaskan, pulau kecil itu tidak dijual
    ...', the speaker named sentences later), closes one it did not open with no
    attribution after it ('... risiko bagi pengendara lain."'), names its
    speaker by a pronoun only (:data:`_PRONOUN_TAIL`), or speaks in the first person
    outside quotation marks with no attribution. Out of its article nobody knows
    whose words these are."""
    straight = text.count('"') % 2 == 1
    curly = text.count("\u201c") != text.count("\u201d")
    if (straight or curly) and not attributed(text):
        return True
    if _PRONOUN_TAIL.search(text) is not None:
        return True
    # a sentence in the first person outside any quotation marks, with no attribution:
    # the middle of a quotation split into sentences ("Saya bilang kita apalagi pegawai
    # negara."), whose speaker is named sentences before or after
    unquoted = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    if _EDITOR_NOTE.search(unquoted) and not attributed(text):
        return True  # an editor's gloss of a quotation (_EDITOR_NOTE)
    first = _FIRST_PERSON.search(unquoted)
    # (unless an attribution closes it, or a verb of saying before it names the
    # speaker in place; "kami ingin menegaskan" is the first person's own verb)
    return first is not None and not attributed(text) and not _SAYING.search(text, 0, first.start())


def without_attribution(text: str) -> str:
    """A sentence without its closing attribution (who said it, where and when)."""
    return _ATTRIBUTION_TAIL.sub("", text)


def attributed(text: str) -> bool:
    """Whether a sentence closes with an attribution ('," kata X, Selasa (17/6/2025).')."""
    return _ATTRIBUTION_TAIL.search(text) is not None


@dataclass(slots=True)
class SummarySentence:
    text: str
    document: str
    start: int
    end: int
    documents: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "document": self.document, "start": self.start,
                "end": self.end, "documents": self.documents}


@dataclass(slots=True)
class Sentence:
    document: str
    start: int
    end: int
    text: str
    order: int  # position in its document (leads matter in news)


def summarize(sentences: list[Sentence], max_sentences: int = MAX_SENTENCES) -> list[SummarySentence]:
    """Pick up to ``max_sentences`` sentences (at least ``MIN_SENTENCES`` when there are)."""
    pool = [s for s in sentences if MIN_CHARS <= len(s.text) <= MAX_CHARS]
    if not pool:
        pool = [s for s in sentences if s.text.strip()]
    if not pool:
        return []
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(sublinear_tf=True, token_pattern=r"(?u)\b\w\w+\b")
    try:
        matrix = vectorizer.fit_transform([s.text for s in pool])
    except ValueError:  # no words at all
        return [SummarySentence(s.text, s.document, s.start, s.end, [s.document]) for s in pool[:MIN_SENTENCES]]
    # relevance: how much of the story says the same, counted once per document. The
    # similarity to each other document's centroid stands in for the best match in that
    # document, so the cost grows with sentences x documents, not sentences squared.
    documents = sorted({s.document for s in pool})
    doc_index = {d: i for i, d in enumerate(documents)}
    owner = np.array([doc_index[s.document] for s in pool])
    from scipy import sparse

    membership = sparse.csr_matrix(
        (np.ones(len(pool)), (owner, np.arange(len(pool)))), shape=(len(documents), len(pool))
    )
    centroids = membership @ matrix
    norms = np.sqrt(np.asarray(centroids.multiply(centroids).sum(axis=1))).ravel()
    norms[norms == 0] = 1.0
    centroids = sparse.diags(1.0 / norms) @ centroids
    to_docs = np.asarray((matrix @ centroids.T).todense())
    to_docs[np.arange(len(pool)), owner] = 0.0
    relevance = to_docs.sum(axis=1) / max(1, len(documents) - 1)
    relevance += 0.05 / (1 + np.array([s.order for s in pool]))  # a lead sentence wins ties
    # MMR over the most relevant candidates only: the summary is a handful of sentences
    candidates = np.argsort(-relevance, kind="stable")[:MMR_CANDIDATES]
    sims = np.asarray((matrix[candidates] @ matrix[candidates].T).todense())
    chosen: list[int] = []
    # (a teaser or a quotation's fragment says nothing out of its article; a sentence
    # that only leans back on the one before still tells something)
    told_by_none = {
        i for i in range(len(candidates))
        if _POINTS_ONWARD.match(pool[candidates[i]].text) or _quote_fragment(pool[candidates[i]].text)
    }
    leaning = told_by_none | {i for i in range(len(candidates)) if leans_back(pool[candidates[i]].text)}
    if len(leaning) == len(candidates):
        # nothing else to say: those that only lean back, else whatever there is
        leaning = told_by_none if len(told_by_none) < len(candidates) else set()
    while len(chosen) < max_sentences:
        best_i, best_score = -1, -1.0
        for i in range(len(candidates)):
            if i in chosen or i in leaning:
                continue
            redundancy = max((sims[i, j] for j in chosen), default=0.0)
            score = MMR_LAMBDA * relevance[candidates[i]] - (1 - MMR_LAMBDA) * redundancy
            if score > best_score:
                best_i, best_score = i, score
        if best_i < 0 or (len(chosen) >= MIN_SENTENCES and best_score < MIN_GAIN):
            break
        chosen.append(best_i)
    result = []
    # shown in the order a news story tells them: sentences from articles' leads first
    # (by their position in their article), the pick order breaking ties
    picked = sorted((int(candidates[i]) for i in chosen), key=lambda i: pool[i].order)
    # another document reports the same thing when its sentence says it in much the
    # same words, told apart from who said it and when ('"...," kata Kapolres Kendal,
    # AKBP Hendry, Selasa (10/6/2025)' ends two different quotations), with the same
    # figures ("7.991.960 KPM" is not another outlet's "7.991.160 KPM")
    cores = [without_attribution(s.text) for s in pool]
    core_matrix = vectorizer.transform(cores)
    same = np.asarray((core_matrix[picked] @ core_matrix.T).todense()) if picked else np.zeros((0, len(pool)))
    for row, i in enumerate(picked):
        s = pool[i]
        figures = sorted(_FIGURE.findall(cores[i]))
        day = _days(s.text[len(cores[i]):])
        docs = {s.document} | {
            pool[j].document for j in np.flatnonzero(same[row] >= SAME_FACT)
            if sorted(_FIGURE.findall(cores[j])) == figures
            and not (day and (other := _days(pool[j].text[len(cores[j]):])) and other != day)
        }
        result.append(SummarySentence(s.text, s.document, s.start, s.end, sorted(docs)))
    return result
