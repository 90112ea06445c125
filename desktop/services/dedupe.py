"""Likely duplicates of associations and focal points, with the reasons in words.

Rules are weighted and a pair is a likely duplicate when the weights of the rules it meets add up
to :data:`THRESHOLD` or more, in the spirit of CiviCRM's dedupe rule groups: one strong clue
(same email) is enough on its own; weak clues (same city) only count together with others.
Names are compared after transliteration to Latin (anyascii), so a name typed in Cyrillic or
Arabic meets its Latin spelling; similarity is rapidfuzz's normalised Indel ratio on the sorted
name tokens. For abjad scripts (Arabic, Hebrew), which leave short vowels out, names are also
compared by their consonant skeleton.

Checking one record must stay fast while the user types (≤ 50 ms against 20,000), so each
database gets an in-memory index per entity: exact-key maps (email, phone, website,
registration number, acronym + country), name-token blocking and the list of normalised names
for a full fuzzy scan. The index is rebuilt when the table changed (a change counter bumped by
the session hooks of this process, plus a row-count/last-update fingerprint for changes made by
another process).
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
import sqlite3
import threading
import unicodedata
import urllib.parse
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from anyascii import anyascii
from rapidfuzz import fuzz, process
from sqlalchemy import event, func, or_, select
from sqlalchemy import true as sql_true
from sqlalchemy.orm import ORMExecuteState, Session

from desktop.db import APPLYING_REMOTE, DesktopSession
from desktop.models import Association, FocalPoint, SyncedRecord, utcnow
from desktop.models.dedupe import NotDuplicate
from desktop.services.i18n import translate
from desktop.services.meta import get_office
from desktop.services.org_words import organisation_keys
from desktop.services.progress import NO_PROGRESS, Progress

ASSOCIATION = "association"
FOCAL_POINT = "focal_point"
ENTITIES: dict[str, type[SyncedRecord]] = {ASSOCIATION: Association, FOCAL_POINT: FocalPoint}

THRESHOLD = 50
"""A pair whose rule weights add up to this is shown as a likely duplicate (scores cap at 100)."""

# Rule weights. A single strong identifier reaches the threshold alone.
W_EMAIL = 60
W_PHONE = 50
W_WEBSITE = 50
W_REGISTRATION = 60
W_ACRONYM_COUNTRY = 30
W_CITY_COUNTRY = 10
W_CONTACT = 15
W_REGION = 10
W_INSTITUTION = 10

NAME_MIN_SIMILARITY = 80
"""Below this, a name similarity earns nothing. From there the weight grows linearly:
80 % -> 20, 90 % -> 40, 95 % -> 50 (a likely duplicate on the name alone), 100 % -> 60."""
CONTACT_MIN_SIMILARITY = 90
WORD_MIN_SIMILARITY = 75
"""Two words this alike are one word spelt differently (Ştefan/Stephan, a typo); less alike
("Punte"/"Prut", "Părinților"/"Tinerilor") they are different words and earn nothing."""
SKELETON_MIN_LENGTH = 5
"""Shorter consonant skeletons ("sf" for Yusuf) match too many unrelated names to count."""

BLOCK_CAP = 100
"""Name tokens shared by more records than this are too common to pick candidates by."""
BLOCKS_USED = 3
"""Candidates come from the name's least common words (and word starts) only."""
NEIGHBOURS = 6
"""Window of the sorted-name pass when scanning a whole table for pairs."""

# Legal forms and abbreviations that say nothing about which association it is.
_LEGAL_FORMS = frozenset(
    {"ev", "asbl", "ong", "ngo", "onlus", "aps", "odv", "inc", "ltd", "llc", "gmbh", "ao", "ob",
     "vzw", "cic", "cio", "ug", "npo", "sa", "srl"}
)
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_DOTTED = re.compile(r"(?<=\w)\.(?=\w)")
_SIMPLE_HOST = re.compile(r"[a-z0-9.-]+")
_ABJAD = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# Spellings that differ between transliteration conventions of the same Cyrillic letters
# (Штефан: "Shtefan" or Romanian "Ştefan"; чел: "chel" or "cel"; ц: "ts" or "ţ").
_DIGRAPH_MAP = {"shch": "s", "sch": "s", "sh": "s", "ch": "c", "zh": "j", "kh": "h", "ts": "t",
                "tz": "t", "ya": "ia", "yu": "iu", "yo": "io", "ye": "e"}
_DIGRAPHS = re.compile("|".join(sorted(_DIGRAPH_MAP, key=len, reverse=True)))
# Single letters that the same conventions spell differently: Romanian writes the k sound of
# Cyrillic к as c ("Каса" is "Casa", transliterated "Kasa") and й as i ("Кодрий", "Codrii").
_LETTER_MAP = str.maketrans({"k": "c", "y": "i"})
# Moldovan Cyrillic writes Romanian ă as э ("Касэ" is "Casă"); Russian uses э mostly at the start
# of a word ("Эдуард"), where it stays e.
_INNER_E = re.compile("(?<=[\u0430-\u044f\u0451])[\u044d\u042d]")
_ARTICLES = frozenset({"al", "el", "ul"})
_SKELETON_TABLE = str.maketrans({"v": "f", "p": "b", "q": "k", "c": "k", "w": None, "a": None,
                                 "e": None, "i": None, "o": None, "u": None, "y": None})


@dataclass(frozen=True)
class DuplicateMatch:
    """An existing record that looks like the one being entered, and why."""

    record_id: str
    name: str
    score: int  # 0-100
    reasons: list[str]


@dataclass(frozen=True)
class DuplicatePair:
    """Two existing records that look like the same one."""

    entity: str
    first_id: str
    first_name: str
    second_id: str
    second_name: str
    score: int
    reasons: list[str]


# --------------------------------------------------------------------------------------------
# Normalisation


def has_abjad(text: str) -> bool:
    """Whether the text uses a script that leaves short vowels out (Arabic, Hebrew, Syriac …)."""
    return not text.isascii() and _ABJAD.search(text) is not None


def latin_fold(text: str) -> str:
    """Latin transliteration, lower case, letters and digits only, single spaces."""
    text = _DOTTED.sub("", text)
    if not text.isascii():
        text = anyascii(_INNER_E.sub("a", text.casefold()))
    return " ".join(_NON_ALNUM.split(text.casefold())).strip()


def _name_tokens(folded: str, entity: str) -> list[str]:
    tokens = _DIGRAPHS.sub(lambda m: _DIGRAPH_MAP[m.group(0)], folded).translate(
        _LETTER_MAP).split()
    if entity == ASSOCIATION:
        kept = [t for t in tokens if t not in _LEGAL_FORMS]
        tokens = kept or tokens
    return sorted(tokens)


def _word_order(text: str) -> list[str]:
    """The name's comparable words in the order written ("Popescu Ion" -> popescu, ion)."""
    return _DIGRAPHS.sub(lambda m: _DIGRAPH_MAP[m.group(0)], latin_fold(text)).translate(
        _LETTER_MAP).split()


def name_key(text: str, entity: str = ASSOCIATION) -> str:
    """The comparable form of a name: transliterated, folded, legal forms dropped, tokens sorted
    (so "Ion Popescu" and "Popescu Ion" are the same key)."""
    return " ".join(_name_tokens(latin_fold(text), entity))


def _strip_arabic_article(text: str) -> str:
    words = []
    for word in text.split():
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        words.append(word.replace("ة", "ا"))  # ta marbuta sounds as a vowel
    return " ".join(words)


def _skeleton_of_folded(folded: str) -> str:
    tokens = [t for t in folded.split() if t not in _ARTICLES]
    letters = " ".join(tokens).translate(_SKELETON_TABLE)
    return " ".join(sorted("".join(k for k, _ in itertools.groupby(letters)).split()))


def skeleton(text: str) -> str:
    """Consonant skeleton for comparing a name written in an abjad with its Latin spelling
    (Arabic writes "Muhammad" as m-h-m-d): vowels and the Arabic article dropped, sounds that
    Arabic writes alike merged."""
    if has_abjad(text):
        text = _strip_arabic_article(text)
    return _skeleton_of_folded(latin_fold(text))


def email_key(text: str) -> str:
    text = text.strip().casefold()
    return text if "@" in text and len(text) >= 5 else ""


def phone_key(text: str, default_country: str = "") -> str:
    """E.164 form when it can be worked out; stored phones already are E.164 (cheap path)."""
    text = text.strip()
    if not text:
        return ""
    digits = re.sub(r"\D", "", text)
    if text.startswith("+") or text.startswith("00"):
        digits = digits[2:] if text.startswith("00") else digits
        return "+" + digits if len(digits) >= 7 else ""
    if default_country:
        import phonenumbers

        try:
            parsed = phonenumbers.parse(text, default_country.upper())
        except phonenumbers.NumberParseException:
            parsed = None
        if parsed is not None and phonenumbers.is_possible_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return digits if len(digits) >= 7 else ""


def website_key(text: str) -> str:
    """Host and path, lower case, without scheme, ``www.``, query or trailing slash."""
    text = text.strip()
    if not text:
        return ""
    scheme, found, rest = text.casefold().partition("://")
    if not found:
        rest = scheme
    host_part, _slash, path = rest.partition("/")
    if not _SIMPLE_HOST.fullmatch(host_part):  # user info, port, IPv6 …: the slow, exact way
        try:
            parts = urllib.parse.urlsplit(text if found else "http://" + text)
        except ValueError:
            return ""
        host_part, path = (parts.hostname or ""), parts.path.casefold().lstrip("/")
    host = host_part.removeprefix("www.")
    if "." not in host:
        return ""
    path = path.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    return host + ("/" + path if path else "")


def registration_key(text: str) -> str:
    key = re.sub(r"[^0-9A-Za-z]", "", anyascii(text)).upper()
    return key if len(key) >= 3 else ""


def _plain(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold().strip()


# --------------------------------------------------------------------------------------------
# Index


@dataclass
class _Entry:
    """What the rules need of one record, already normalised."""

    id: str
    name: str
    name_key: str
    skeleton: str
    abjad: bool
    email: str = ""
    phone: str = ""
    website: str = ""
    registration: str = ""
    acronym_country: str = ""
    country: str = ""
    city_country: str = ""
    contact: str = ""
    region: str = ""
    institution: str = ""
    city_words: frozenset[str] = frozenset()
    reduced_key: str = ""
    """The name key without the words of the record's own city."""
    numbers: frozenset[str] = frozenset()
    """Numbers in the name ("School No. 5"): names with different numbers are different."""
    city: str = ""
    """The city as typed (associations), for the cross-language comparison and the reason."""
    birth_year: int = 0
    """People only (0 = unknown): the same name with birth years far apart is two people."""

    def exact_keys(self) -> Iterator[tuple[str, str]]:
        for rule in ("email", "phone", "website", "registration", "acronym_country"):
            value = getattr(self, rule)
            if value:
                yield rule, value
        if self.name_key:
            yield "name", self.name_key
        if self.abjad and self.skeleton:
            yield "skeleton", self.skeleton


def _text(values: Mapping[str, Any], key: str) -> str:
    value = values.get(key)
    return "" if value is None else str(value).strip()


def make_entry(entity: str, values: Mapping[str, Any], record_id: str = "",
               default_country: str = "") -> _Entry:
    """Normalise a record's (or a form's raw) values for the rules."""
    name = _text(values, "name")
    abjad = has_abjad(name)
    folded = latin_fold(name)
    entry = _Entry(id=record_id, name=name, name_key=" ".join(_name_tokens(folded, entity)),
                   skeleton=skeleton(name) if abjad else _skeleton_of_folded(folded),
                   abjad=abjad, email=email_key(_text(values, "email")))
    entry.numbers = _numbers(entry.name_key)
    extra = ENTRY_BUILDERS.get(entity)
    if extra is not None:
        extra(entry, values, default_country)
    elif entity == ASSOCIATION:
        country = _text(values, "country_code").upper()
        entry.country = country
        entry.phone = phone_key(_text(values, "phone"), country or default_country)
        entry.website = website_key(_text(values, "website"))
        entry.registration = registration_key(_text(values, "registration_number"))
        acronym = latin_fold(_text(values, "acronym")).replace(" ", "")
        if len(acronym) >= 2 and country:
            entry.acronym_country = f"{acronym}|{country}"
        entry.city = _text(values, "city")
        city = latin_fold(entry.city)
        if city and country:
            entry.city_country = f"{city}|{country}"
            entry.city_words = frozenset(_name_tokens(city, FOCAL_POINT))
        entry.contact = name_key(_text(values, "contact_person"), FOCAL_POINT)
    else:
        entry.phone = phone_key(_text(values, "phone"), default_country)
        entry.region = _text(values, "region_code").upper()
        entry.institution = latin_fold(_text(values, "institution"))
    organisation = organisation_keys()
    entry.reduced_key = " ".join(t for t in entry.name_key.split()
                                 if t not in entry.city_words and t not in organisation
                                 ) or entry.name_key
    return entry


EntryBuilder = Callable[[_Entry, Mapping[str, Any], str], None]
ENTRY_BUILDERS: dict[str, EntryBuilder] = {}
"""Entity -> fills the entity's own keys of an entry (entities registered by other modules,
e.g. candidates in :mod:`desktop.services.candidate_dedupe`)."""
Rules = Callable[["_Entry", "_Entry", Callable[[int, bool, str], None]], None]
ENTITY_RULES: dict[str, Rules] = {}
"""Entity -> its weighted rules beyond email, phone and name (``rule(weight, met, reason)``;
a negative weight lowers the score)."""


def register_entity(entity: str, model: type[SyncedRecord], columns: tuple[str, ...],
                    build: EntryBuilder, rules: Rules) -> None:
    """Give another record type the same weighted, script-aware duplicate search (index,
    cache kept current by the session hooks, "not a duplicate" marks, pairs)."""
    ENTITIES[entity] = model
    _COLUMNS[entity] = columns
    _TABLE_ENTITY[model.__tablename__] = entity
    ENTRY_BUILDERS[entity] = build
    ENTITY_RULES[entity] = rules


_COLUMNS: dict[str, tuple[str, ...]] = {
    ASSOCIATION: ("id", "name", "acronym", "country_code", "city", "email", "phone", "website",
                  "registration_number", "contact_person"),
    FOCAL_POINT: ("id", "name", "email", "phone", "region_code", "institution"),
}


class _Index:
    """The live entries of one table, with exact-key maps and name blocking.

    Entries are only appended; a changed or deleted record's old entry is marked dead, and the
    index is rebuilt from scratch once too many are dead.
    """

    def __init__(self, entity: str) -> None:
        self.entity = entity
        self.entries: list[_Entry] = []
        self.alive: list[bool] = []
        self.dead = 0
        self.position: dict[str, int] = {}
        self.exact: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.tokens: dict[str, list[int]] = defaultdict(list)
        self.name_keys: list[str] = []
        self.reduced_keys: list[str] = []
        self.skeletons: list[str] = []
        self.skeleton_words: dict[str, list[int]] = defaultdict(list)
        self.abjad_skeleton_words: dict[str, list[int]] = defaultdict(list)
        self.abjad_positions: list[int] = []
        self.abjad_skeletons: list[str] = []
        self.df: Counter[str] = Counter()

    def __len__(self) -> int:
        return len(self.entries) - self.dead

    def add(self, entry: _Entry) -> int:
        if entry.id:
            self.remove(entry.id)
        pos = len(self.entries)
        self.entries.append(entry)
        self.alive.append(True)
        if entry.id:
            self.position[entry.id] = pos
        for rule, key in entry.exact_keys():
            self.exact[rule][key].append(pos)
        for token in set(_block_tokens(entry.name_key)):
            self.tokens[token].append(pos)
        for word in set(entry.name_key.split()):
            self.df[word] += 1
        self.name_keys.append(entry.name_key)
        self.reduced_keys.append(entry.reduced_key)
        self.skeletons.append(entry.skeleton)
        for word in set(entry.skeleton.split()):
            if len(word) >= 2:
                self.skeleton_words[word].append(pos)
                if entry.abjad:
                    self.abjad_skeleton_words[word].append(pos)
        if entry.abjad:
            self.abjad_positions.append(pos)
            self.abjad_skeletons.append(entry.skeleton)
        return pos

    def remove(self, record_id: str) -> None:
        pos = self.position.pop(record_id, None)
        if pos is not None:
            self.alive[pos] = False
            self.dead += 1
            for word in set(self.entries[pos].name_key.split()):
                self.df[word] -= 1

    def idf(self, word: str) -> float:
        """How telling a name word is: rare words weigh more than "association" or "din"."""
        return math.log((len(self) + 1) / (self.df.get(word, 0) + 1)) + 1.0

    def live_positions(self) -> list[int]:
        return [pos for pos, alive in enumerate(self.alive) if alive]

    # -- candidate selection (dead positions are filtered by the callers' ``alive`` check)
    def _exact_candidates(self, entry: _Entry) -> set[int]:
        found: set[int] = set()
        for rule, key in entry.exact_keys():
            found.update(self.exact[rule].get(key, ()))
        if not entry.abjad and entry.skeleton:
            found.update(self.exact["skeleton"].get(entry.skeleton, ()))
        return found

    def thorough_candidates(self, entry: _Entry) -> set[int]:
        """Exact keys plus a fuzzy scan of every name: best recall, ~1 ms per 20,000 names."""
        found = self._exact_candidates(entry)
        if entry.name_key:
            # Names without their own city ("Dor de Casă Padova" in Padova is "Dor de Casă");
            # the lower cut-off keeps the few whose full names are the closer ones.
            for _key, _score, pos in process.extract(
                entry.reduced_key, self.reduced_keys, scorer=fuzz.ratio,
                score_cutoff=NAME_MIN_SIMILARITY - 5, limit=60,
            ):
                found.add(pos)
        if len(entry.skeleton) >= SKELETON_MIN_LENGTH:
            pool = self.skeletons if entry.abjad else self.abjad_skeletons
            positions = None if entry.abjad else self.abjad_positions
            for _key, _score, pos in process.extract(
                entry.skeleton, pool, scorer=fuzz.ratio,
                score_cutoff=NAME_MIN_SIMILARITY, limit=50,
            ):
                found.add(pos if positions is None else positions[pos])
        return {pos for pos in found if self.alive[pos]}

    def blocked_candidates(self, entry: _Entry) -> set[int]:
        """Exact keys plus records sharing an uncommon name token (for bulk checks)."""
        found = self._exact_candidates(entry)
        tokens = set(_block_tokens(entry.name_key))
        postings = sorted((self.tokens[t] for t in tokens if t in self.tokens), key=len)
        rare = [p for p in postings if len(p) <= BLOCK_CAP][:BLOCKS_USED]
        by_name: set[int] = set()
        for posting in rare:
            by_name.update(posting)
        if not rare:
            # Only common words: records sharing the two least common whole words.
            whole = sorted((self.tokens[t] for t in tokens
                            if t in self.tokens and not t.endswith("…")), key=len)
            if len(whole) >= 2:
                common = set(whole[0]).intersection(whole[1])
                if len(common) <= BLOCK_CAP * 3:
                    by_name.update(common)
        # Without a shared key, only a similar name can reach the threshold: filter cheaply.
        pending = list(by_name - found)
        if pending:
            hits: set[int] = set()
            for query, keys in ((entry.name_key, self.name_keys),
                                (entry.reduced_key, self.reduced_keys)):
                for _key, _score, i in process.extract(
                        query, [keys[pos] for pos in pending], scorer=fuzz.ratio,
                        score_cutoff=NAME_MIN_SIMILARITY, limit=None):
                    hits.add(pending[i])
            numbers = entry.numbers
            found.update(pos for pos in hits if not (
                numbers and self.entries[pos].numbers and numbers != self.entries[pos].numbers))
        if len(entry.skeleton) >= SKELETON_MIN_LENGTH and (entry.abjad or self.abjad_positions):
            # Across scripts (one of the two names in an abjad): records sharing a consonant
            # cluster of the name, then compared by skeleton.
            shared: set[int] = set()
            words = self.skeleton_words if entry.abjad else self.abjad_skeleton_words
            for word in set(entry.skeleton.split()):
                posting = words.get(word, [])
                if len(posting) <= BLOCK_CAP * 3:
                    shared.update(posting)
            pool = list(shared - found)
            for _key, _score, i in process.extract(
                entry.skeleton, [self.skeletons[pos] for pos in pool], scorer=fuzz.ratio,
                score_cutoff=NAME_MIN_SIMILARITY, limit=20,
            ):
                found.add(pool[i])
        return {pos for pos in found if self.alive[pos]}


def _block_tokens(key: str) -> Iterator[str]:
    for token in key.split():
        if len(token) >= 3:
            yield token
            if len(token) >= 6 and not token.isdigit():
                yield token[:4] + "…"  # a typo late in a long word still shares its start


# --------------------------------------------------------------------------------------------
# Keeping the index of each database current


@dataclass
class _Cached:
    index: _Index
    local_generation: int
    full_generation: int
    remote_seq: int
    data_version: int | None
    newest: dt.datetime | None
    probe: sqlite3.Connection | None


_cache: dict[tuple[str, str], _Cached] = {}
_cache_lock = threading.Lock()
_local_generation: dict[str, int] = defaultdict(int)
"""Entity -> counter bumped by every flush or statement of this process that touches it."""
_full_generation: dict[str, int] = defaultdict(int)
"""Entity -> counter bumped by bulk UPDATE/DELETE statements (rows unknown: rebuild)."""
_remote_changes: dict[str, deque[tuple[int, str]]] = defaultdict(lambda: deque(maxlen=20_000))
"""Entity -> (sequence, id) of records written by sync (their ``updated_at`` may be old)."""
_remote_seq: dict[str, int] = defaultdict(int)
_TABLE_ENTITY: dict[str, str] = {"associations": ASSOCIATION, "focal_points": FOCAL_POINT}
MAX_DEAD_SHARE = 0.2


@event.listens_for(DesktopSession, "after_flush")
def _note_flush(session: Session, _context: Any) -> None:
    remote = bool(session.info.get(APPLYING_REMOTE))
    for obj in (*session.new, *session.dirty, *session.deleted):
        entity = getattr(type(obj), "__entity__", "")
        if entity in ENTITIES:
            _local_generation[entity] += 1
            if remote:
                _remote_seq[entity] += 1
                _remote_changes[entity].append((_remote_seq[entity], obj.id))


@event.listens_for(DesktopSession, "do_orm_execute")
def _note_statement(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(getattr(state.statement, "table", None), "name", "")
    entity = _TABLE_ENTITY.get(table)
    if entity is None:
        return
    _local_generation[entity] += 1
    if state.session.info.get(APPLYING_REMOTE) or state.is_delete or (
            state.is_update and not _sets_updated_at(state.statement)):
        # Local inserts and bulk updates stamp updated_at, so the incremental refresh finds
        # their rows; anything else makes the index rebuild.
        _full_generation[entity] += 1


def _sets_updated_at(statement: Any) -> bool:
    values = getattr(statement, "_values", None) or {}
    return any(getattr(key, "key", key) == "updated_at" for key in values)


def _home_country(session: Session) -> str:
    office = get_office(session)
    return office.country_code if office is not None else ""


def _entry_rows(session: Session, entity: str, where: Any) -> Iterator[tuple[_Entry, bool]]:
    """(entry, deleted?) for the table's rows matching ``where``."""
    model = ENTITIES[entity]
    columns = [getattr(model, name) for name in _COLUMNS[entity]]
    home = _home_country(session)
    # The raw column: whether a row is a tombstone does not need its date parsed.
    deleted = model.__table__.c.deleted_at.isnot(None).label("is_deleted")
    query = select(*columns, deleted).where(where)
    for row in session.execute(query):
        values = cast(Mapping[str, Any], row._mapping)
        yield make_entry(entity, values, str(values["id"]), home), bool(values["is_deleted"])


def _newest(session: Session, entity: str) -> dt.datetime | None:
    model = ENTITIES[entity]
    return session.scalar(select(func.max(model.updated_at)))


def _live_count(session: Session, entity: str) -> int:
    model = ENTITIES[entity]
    return int(session.scalar(select(func.count()).where(model.deleted_at.is_(None))) or 0)


def _data_version(probe: sqlite3.Connection | None) -> int | None:
    if probe is None:
        return None
    try:
        return int(probe.execute("PRAGMA data_version").fetchone()[0])
    except sqlite3.Error:
        return None


def _open_probe(session: Session) -> sqlite3.Connection | None:
    """A private connection whose ``PRAGMA data_version`` changes when anyone else commits."""
    bind = session.get_bind()
    path = getattr(bind.engine.url, "database", None) if hasattr(bind, "engine") else None
    if not path or path == ":memory:":
        return None
    try:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None


def _build(session: Session, entity: str, cached: _Cached | None) -> _Cached:
    model = ENTITIES[entity]
    probe = cached.probe if cached is not None else _open_probe(session)
    version = _data_version(probe)  # before reading, so a commit during the read is seen later
    generation, full, seq = (_local_generation[entity], _full_generation[entity],
                             _remote_seq[entity])
    index = _Index(entity)
    newest: dt.datetime | None = None
    for entry, _deleted in _entry_rows(session, entity, model.deleted_at.is_(None)):
        index.add(entry)
    newest = _newest(session, entity)
    return _Cached(index, generation, full, seq, version, newest, probe)


def _refresh(session: Session, entity: str, cached: _Cached) -> _Cached | None:
    """Bring the index up to date with the changed rows only; None when a rebuild is needed."""
    model = ENTITIES[entity]
    if _full_generation[entity] != cached.full_generation:
        return None
    remote = _remote_changes[entity]
    if cached.remote_seq and remote and remote[0][0] > cached.remote_seq + 1:
        return None  # more sync writes than remembered
    version = _data_version(cached.probe)
    generation, seq = _local_generation[entity], _remote_seq[entity]
    remote_ids = {rid for n, rid in remote if n > cached.remote_seq}
    changed = model.updated_at >= cached.newest if cached.newest is not None else sql_true()
    if remote_ids:
        changed = or_(changed, model.id.in_(list(remote_ids)))
    index = cached.index
    for entry, deleted in _entry_rows(session, entity, changed):
        if deleted:
            index.remove(entry.id)
        else:
            index.add(entry)
    if index.dead > MAX_DEAD_SHARE * max(len(index.entries), 1000):
        return None
    if len(index) != _live_count(session, entity):
        return None  # a change this process could not see (e.g. another program's sync)
    cached.local_generation, cached.remote_seq, cached.data_version = generation, seq, version
    cached.newest = _newest(session, entity)
    return cached


def _index_for(session: Session, entity: str) -> _Index:
    if entity not in ENTITIES:
        raise ValueError(f"no duplicate rules for {entity!r}")
    bind = session.get_bind()
    key = (str(bind.engine.url if hasattr(bind, "engine") else bind), entity)
    with _cache_lock:
        cached = _cache.get(key)
        if cached is not None:
            unchanged = (cached.local_generation == _local_generation[entity]
                         and cached.probe is not None
                         and cached.data_version == _data_version(cached.probe))
            if unchanged:
                return cached.index
            refreshed = _refresh(session, entity, cached)
            if refreshed is not None:
                return refreshed.index
        built = _build(session, entity, cached)
        _cache[key] = built
        return built.index


def prepare(session: Session, entity: str) -> None:
    """Build the index ahead of the first check (e.g. off the GUI thread when a form opens)."""
    _index_for(session, entity)


def clear_cache() -> None:
    """Forget every index (tests; a database file replaced under a running app)."""
    with _cache_lock:
        for cached in _cache.values():
            if cached.probe is not None:
                cached.probe.close()
        _cache.clear()


# --------------------------------------------------------------------------------------------
# Scoring


def same_city(first: str, second: str, country: str) -> bool:
    """Whether two city names are one city of ``country`` in different languages or scripts
    (Paris / Париж / باريس / Parigi), by the GeoNames gazetteer."""
    from desktop.services.place_names import city_id

    a = city_id(first, country)
    return a is not None and a == city_id(second, country)


def _name_weight(similarity: float) -> int:
    if similarity < NAME_MIN_SIMILARITY:
        return 0
    return round(20 + (similarity - NAME_MIN_SIMILARITY) * 2)


def _numbers(key: str) -> frozenset[str]:
    if not any(ch.isdigit() for ch in key):
        return frozenset()
    return frozenset(t for t in key.split() if t.isdigit())


Weight = Callable[[str], float]


def _uniform(_token: str) -> float:
    return 1.0


def _directed(xs: Sequence[str], ys: Sequence[str], weight: Weight) -> float:
    total = acc = 0.0
    for x in xs:
        w = weight(x)
        best = max(fuzz.ratio(x, y) for y in ys)
        acc += w * best if best >= WORD_MIN_SIMILARITY else 0.0
        total += w
    return acc / total if total else 0.0


def name_similarity(a: _Entry, b: _Entry, weight: Weight = _uniform) -> int:
    """Percent similarity of two names after transliteration.

    The whole-name ratio is tempered by a token-wise one in which each word counts by how
    rare it is in the register (a soft TF-IDF): "Asociația Culturală «Punte» din Lyon" and
    "… «Prut» din Lyon" share most letters but not the one word that tells them apart.
    Abjad names are also compared by consonant skeleton.
    """
    if not a.name_key or not b.name_key:
        return 0
    if a.numbers and b.numbers and a.numbers != b.numbers:
        return 0  # "School No. 5" and "School No. 6" are two schools, however alike
    ta, tb = a.name_key.split(), b.name_key.split()
    if a.city_words and a.city_words == b.city_words:
        # The shared city is counted by its own rule; "Dor de Casă Padova" is "Dor de Casă".
        ta = [t for t in ta if t not in a.city_words] or ta
        tb = [t for t in tb if t not in b.city_words] or tb
    # Organisation-type words ("Association", "Ассоциация", "جمعية", "e.V.") depend on who typed
    # the name, not on which organisation it is.
    organisation = organisation_keys()
    ta = [t for t in ta if t not in organisation] or ta
    tb = [t for t in tb if t not in organisation] or tb
    similarity = fuzz.ratio(" ".join(ta), " ".join(tb))
    if similarity >= NAME_MIN_SIMILARITY and len(ta) > 1 and len(tb) > 1 and ta != tb:
        there, back = _directed(ta, tb, weight), _directed(tb, ta, weight)
        # Halfway between the mean and the worse direction: a name that has a telling word
        # the other lacks ("… «Legământ» din Roma" / "… din Roma") is not the same name.
        similarity = min(similarity, (there + back) / 4 + min(there, back) / 2)
    if ((a.abjad or b.abjad) and len(a.skeleton) >= SKELETON_MIN_LENGTH
            and len(b.skeleton) >= SKELETON_MIN_LENGTH):
        similarity = max(similarity, fuzz.ratio(a.skeleton, b.skeleton))
    return int(similarity)


def score_pair(entity: str, a: _Entry, b: _Entry,
               weight: Weight = _uniform) -> tuple[int, list[str]]:
    """The pair's score (0-100) and the reasons, strongest first, in the user's language."""
    weighted: list[tuple[int, str]] = []

    def rule(weight: int, met: bool, reason: str) -> None:
        if met:
            weighted.append((weight, reason))

    rule(W_EMAIL, bool(a.email) and a.email == b.email, translate("Dedupe", "same email"))
    rule(W_PHONE, bool(a.phone) and a.phone == b.phone, translate("Dedupe", "same phone"))
    similarity = name_similarity(a, b, weight)
    if similarity >= NAME_MIN_SIMILARITY:
        if _plain(a.name) == _plain(b.name):
            reason = translate("Dedupe", "same name")
        elif (similarity >= 100 and a.name_key == b.name_key
              and _word_order(a.name) != _word_order(b.name)
              and len(a.name_key.split()) > 1):
            reason = translate("Dedupe", "same name, words in another order")
        else:
            reason = translate("Dedupe", "name {percent} % similar after transliteration").format(
                percent=similarity)
        weighted.append((_name_weight(similarity), reason))
    own_rules = ENTITY_RULES.get(entity)
    if own_rules is not None:
        own_rules(a, b, rule)
    elif entity == ASSOCIATION:
        rule(W_WEBSITE, bool(a.website) and a.website == b.website,
             translate("Dedupe", "same website"))
        same_registration = (bool(a.registration) and a.registration == b.registration
                             and (not a.country or not b.country or a.country == b.country))
        rule(W_REGISTRATION, same_registration, translate("Dedupe", "same registration number"))
        rule(W_ACRONYM_COUNTRY, bool(a.acronym_country) and a.acronym_country == b.acronym_country,
             translate("Dedupe", "same acronym and country"))
        if bool(a.city_country) and a.city_country == b.city_country:
            rule(W_CITY_COUNTRY, True, translate("Dedupe", "same city and country"))
        elif (a.city and b.city and a.country and a.country == b.country
              and same_city(a.city, b.city, a.country)):
            rule(W_CITY_COUNTRY, True, translate("Dedupe", "same city: {first} / {second}")
                 .format(first=a.city, second=b.city))
        same_contact = (bool(a.contact) and bool(b.contact)
                        and fuzz.ratio(a.contact, b.contact) >= CONTACT_MIN_SIMILARITY)
        rule(W_CONTACT, same_contact, translate("Dedupe", "same contact person"))
    else:
        rule(W_REGION, bool(a.region) and a.region == b.region,
             translate("Dedupe", "same region"))
        rule(W_INSTITUTION, bool(a.institution) and a.institution == b.institution,
             translate("Dedupe", "same institution"))
    weighted.sort(key=lambda item: -item[0])
    score = max(0, min(100, sum(weight for weight, _reason in weighted)))
    return score, [reason for weight, reason in weighted if weight > 0]


# --------------------------------------------------------------------------------------------
# "Not a duplicate" decisions


def _ordered(first: str, second: str) -> tuple[str, str]:
    return (first, second) if first < second else (second, first)


def mark_not_duplicate(session: Session, entity: str, first_id: str, second_id: str,
                       decided_by: str = "") -> None:
    """Remember that the two records are different, so they are never proposed again."""
    if first_id == second_id:
        raise ValueError("a record cannot be compared with itself")
    a, b = _ordered(first_id, second_id)
    exists = session.scalar(select(NotDuplicate.id).where(
        NotDuplicate.entity == entity, NotDuplicate.record_a == a, NotDuplicate.record_b == b))
    if exists is None:
        session.add(NotDuplicate(entity=entity, record_a=a, record_b=b, decided_at=utcnow(),
                                 decided_by=decided_by))
        session.flush()


def forget_not_duplicate(session: Session, entity: str, first_id: str, second_id: str) -> None:
    """Undo :func:`mark_not_duplicate`."""
    a, b = _ordered(first_id, second_id)
    for row in session.scalars(select(NotDuplicate).where(
            NotDuplicate.entity == entity, NotDuplicate.record_a == a,
            NotDuplicate.record_b == b)):
        session.delete(row)
    session.flush()


def not_duplicates_of(session: Session, entity: str, record_id: str) -> set[str]:
    """Ids the user said are not duplicates of ``record_id``."""
    rows = session.execute(select(NotDuplicate.record_a, NotDuplicate.record_b).where(
        NotDuplicate.entity == entity,
        or_(NotDuplicate.record_a == record_id, NotDuplicate.record_b == record_id))).all()
    return {b if a == record_id else a for a, b in rows}


def _all_not_duplicates(session: Session, entity: str) -> set[tuple[str, str]]:
    rows = session.execute(select(NotDuplicate.record_a, NotDuplicate.record_b).where(
        NotDuplicate.entity == entity)).all()
    return {(a, b) for a, b in rows}


# --------------------------------------------------------------------------------------------
# Public checks


def find_duplicates(session: Session, entity: str, values: Mapping[str, Any],
                    exclude_id: str | None = None, limit: int = 5) -> list[DuplicateMatch]:
    """Existing records that look like ``values`` (raw form values or a cleaned record), best
    first. ``exclude_id`` is the record being edited: it and the records marked "not a
    duplicate" of it are left out."""
    index = _index_for(session, entity)
    entry = make_entry(entity, values, exclude_id or "", _home_country(session))
    skip = not_duplicates_of(session, entity, exclude_id) if exclude_id else set()
    if exclude_id:
        skip.add(exclude_id)
    return _matches(index, entry, index.thorough_candidates(entry), skip, limit)


def _matches(index: _Index, entry: _Entry, candidates: Iterable[int], skip: set[str],
             limit: int) -> list[DuplicateMatch]:
    found: list[DuplicateMatch] = []
    for pos in candidates:
        other = index.entries[pos]
        if other.id in skip:
            continue
        score, reasons = score_pair(index.entity, entry, other, index.idf)
        if score >= THRESHOLD:
            found.append(DuplicateMatch(other.id, other.name, score, reasons))
    found.sort(key=lambda m: (-m.score, m.name.casefold(), m.record_id))
    return found[:limit]


@dataclass
class DuplicateChecker:
    """Checks many incoming rows (an import): against the database, and against the rows
    already checked in the same run (two lines of one file describing the same association)."""

    entity: str
    index: _Index
    home_country: str
    batch: _Index = field(init=False)
    batch_refs: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.batch = _Index(self.entity)

    def check(self, values: Mapping[str, Any], ref: str = "",
              limit: int = 3) -> tuple[list[DuplicateMatch], list[tuple[str, int, list[str]]]]:
        """Matches among existing records, and ``(ref, score, reasons)`` of earlier rows of the
        same run; the row is then remembered under ``ref`` (e.g. its line number)."""
        entry = make_entry(self.entity, values, "", self.home_country)
        existing = (_matches(self.index, entry, self.index.blocked_candidates(entry), set(),
                             limit) if len(self.index) else [])
        earlier: list[tuple[str, int, list[str]]] = []
        for pos in self.batch.blocked_candidates(entry):
            score, reasons = score_pair(self.entity, entry, self.batch.entries[pos],
                                        self.index.idf)
            if score >= THRESHOLD:
                earlier.append((self.batch_refs[pos], score, reasons))
        earlier.sort(key=lambda item: -item[1])
        self.batch.add(entry)
        self.batch_refs.append(ref)
        return existing, earlier[:limit]


def duplicate_checker(session: Session, entity: str) -> DuplicateChecker:
    return DuplicateChecker(entity, _index_for(session, entity), _home_country(session))


def likely_pairs(session: Session, entity: str, progress: Progress = NO_PROGRESS,
                 min_score: int = THRESHOLD) -> list[DuplicatePair]:
    """Every likely duplicate pair of the table, best first, without the pairs marked "not a
    duplicate". Uses blocking (shared keys, uncommon name tokens, neighbours in name order)
    rather than comparing every pair, so 100,000 records take seconds, not hours."""
    index = _index_for(session, entity)
    excluded = _all_not_duplicates(session, entity)
    entries = index.entries
    live = index.live_positions()
    total = len(live)
    seen: set[tuple[int, int]] = set()
    pairs: list[DuplicatePair] = []

    def consider(i: int, j: int) -> None:
        if i == j:
            return
        key = (i, j) if i < j else (j, i)
        if key in seen:
            return
        seen.add(key)
        a, b = entries[key[0]], entries[key[1]]
        if _ordered(a.id, b.id) in excluded:
            return
        score, reasons = score_pair(entity, a, b, index.idf)
        if score >= min_score:
            pairs.append(DuplicatePair(entity, a.id, a.name, b.id, b.name, score, reasons))

    message = translate("Dedupe", "Looking for duplicates")
    for n, i in enumerate(live):
        if n % 500 == 0:
            progress.check()
            progress.report(n, total * 2, message)
        for j in index.blocked_candidates(entries[i]):
            consider(i, j)
    for order_key in (index.name_keys, index.skeletons):
        ordered = sorted(live, key=order_key.__getitem__)
        for n, i in enumerate(ordered):
            if n % 2000 == 0:
                progress.check()
                progress.report(total + n // 2, total * 2, message)
            for j in ordered[n + 1:n + 1 + NEIGHBOURS]:
                consider(i, j)
    progress.report(total * 2, total * 2, message)
    pairs.sort(key=lambda p: (-p.score, p.first_name.casefold(), p.second_name.casefold()))
    return pairs
