"""Attribution: every source's ``Sentence`` records in, ``Statement`` records
and speakers' roles out.

Two passes. The first reads each sentence alone: its quotations (direct, or
fragments inside reported speech), its speech verb and the words that name
the speaker (a name, a pronoun, "the minister", "his spokesman", "a Labour
MP"), and the names and roles it mentions. The second walks each article in
order and resolves those words to one canonical full name for the whole
corpus: short forms ("Mr Carden", "Sir Keir", "Prof Jay") through the full
names the corpus prints, pronouns and descriptions through the person the
article last spoke of, an opening "A Labour MP ..." through the first person
the article then names.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from . import lexicon
from .model import Sentence, Statement
from .sentences import QUOTE_MARKS, boundaries, outside_quotes

_WORDS = lexicon.language()
SPEECH = _WORDS["speech_verbs"]
PARTICIPLES = _WORDS["speech_participles"]
AUX = _WORDS["auxiliaries"]
TITLES = _WORDS["titles"]
GIVEN_TITLES = _WORDS["given_name_titles"]
PERSON_ROLES = _WORDS["person_roles"]
BODY_NOUNS = _WORDS["body_nouns"]
BODY_WORDS = _WORDS["proper_body_words"]
PRONOUNS = _WORDS["pronouns"]
OPENERS = _WORDS["openers"]
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that"})
PREPOSITIONS = frozenset({"for", "of", "in", "at", "from", "on", "with", "to", "by", "into", "about", "against"})
PARTICLES = frozenset({"de", "da", "di", "du", "van", "von", "der", "den", "bin", "al", "le", "la", "ter", "mac"})
APPOSITION_OPENERS = frozenset(
    {"a", "an", "the", "who", "which", "whose", "whom", "one", "now", "formerly", "himself", "herself",
     "also", "then", "once", "previously", "aged", "both", "elected", "its", "his", "her", "their",
     "from", "of"}
)
# Capitalised words that open a clause without naming anyone.
NOT_NAMES = DETERMINERS | PREPOSITIONS | PRONOUNS | frozenset(
    """it there these those what when where why how if only other some many more most no not
    one two three four five six seven eight nine ten we our you your my any all every each
    both either neither such much few several another""".split()
)
# Role words that make a description an office ("minister"), preferred when
# choosing the role a briefing shows.
OFFICES = TITLES | frozenset({"mp", "mep", "msp", "leader", "chair", "chairman", "chairwoman", "ceo", "spokesperson"})
COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady", "dr", "father", "sister"})
MIN_QUOTE_WORDS = 4

_TOKEN = re.compile(r"[^\W_][\w'’.\-@]*[\w]|[^\W_]|[,:;()—–]")
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    quote: int = -1  # index of the quotation this token stands for, else -1

    @property
    def low(self) -> str:
        return self.bare.lower()

    @property
    def bare(self) -> str:
        return _POSSESSIVE.sub("", self.text) if self.possessive else self.text.rstrip(".")

    @property
    def possessive(self) -> bool:
        return bool(re.search(r"\w['’]s$|s['’]$", self.text))

    @property
    def capital(self) -> bool:
        return self.quote < 0 and self.text[:1].isupper()


@dataclass(frozen=True)
class Mention:
    """Words that name a speaker, as written, and what kind of reference they are.

    kind: name | pronoun | definite ("the MP") | indefinite ("a Labour MP") |
    possessive ("his spokesman") | body ("the government", "Downing Street").
    """

    kind: str
    text: str
    head: str = ""
    role: str | None = None
    owner: str | None = None


@dataclass(frozen=True)
class Parsed:
    """What the first pass read in one sentence."""

    sentence: Sentence
    speaker: Mention | None
    direct: tuple[str, ...]
    fragments: tuple[str, ...]
    names: tuple[str, ...]
    subject: str | None
    roles: tuple[tuple[str, str], ...]


# ---------------------------------------------------------------- pass one


def tokens(sentence: Sentence) -> list[Token]:
    """Words and punctuation outside quotations; each quotation is one token."""
    out: list[Token] = []
    cursor = 0
    text = sentence.text
    for index, span in enumerate(sentence.quotes):
        out.extend(Token(m.group(0), cursor + m.start(), cursor + m.end()) for m in _TOKEN.finditer(text[cursor:span.start]))
        out.append(Token(text[span.start:span.end], span.start, span.end, index))
        cursor = span.end
    out.extend(Token(m.group(0), cursor + m.start(), cursor + m.end()) for m in _TOKEN.finditer(text[cursor:]))
    return [t for t in out if t.quote >= 0 or t.text.strip(QUOTE_MARKS + "'‘’")]


def _is_name_word(token: Token) -> bool:
    return token.capital and token.low not in NOT_NAMES and (token.low not in OPENERS or token.low in TITLES)


def _name_run(toks: Sequence[Token], end: int) -> int:
    """Start index of the run of capitalised words that ends at ``end``."""
    start = end
    while start - 1 >= 0:
        before = toks[start - 1]
        if before.possessive:
            break
        if _is_name_word(before) or (before.low in PARTICLES and start - 2 >= 0 and _is_name_word(toks[start - 2])):
            start -= 1
            continue
        break
    return start


def _strip_titles(words: list[str]) -> tuple[str | None, list[str]]:
    """Split "Labour MP Dan Carden" / "Sir Keir Starmer" into the last title
    or role word and the name after it."""
    cut = max((i for i, w in enumerate(words) if w.lower().rstrip(".") in TITLES | PERSON_ROLES), default=-1)
    return (words[cut].rstrip(".") if cut >= 0 else None), words[cut + 1:]


def _role_before(toks: Sequence[Token], start: int) -> str | None:
    """"safeguarding minister" in "safeguarding minister Jess Phillips"."""
    end = start
    if end == 0 or toks[end - 1].low not in PERSON_ROLES or toks[end - 1].quote >= 0:
        return None
    begin = end - 1
    while begin - 1 >= 0 and end - begin < 5:
        word = toks[begin - 1]
        if word.quote >= 0 or not re.match(r"\w", word.text) or word.low in DETERMINERS | PREPOSITIONS | SPEECH | AUX | PRONOUNS:
            break
        if word.low in OPENERS | {"and", "or", "including"} or word.possessive:
            break
        begin -= 1
    return " ".join(t.text for t in toks[begin:end])


def _office_comma_before(toks: Sequence[Token], start: int) -> str | None:
    """"the Prime Minister, Sir Keir Starmer": an office set off before a name."""
    if start < 2 or toks[start - 1].text != "," or toks[start - 2].low not in PERSON_ROLES:
        return None
    begin = start - 2
    while begin - 1 >= 0 and toks[begin - 1].capital and toks[begin - 1].low not in NOT_NAMES:
        begin -= 1
    if begin - 1 < 0 or toks[begin - 1].low not in {"the", "present", "current", "former"}:
        return None
    return " ".join(t.text for t in toks[begin:start - 1])


def _apposition_after(toks: Sequence[Token], end: int) -> tuple[str | None, int]:
    """", a shadow education minister," after a name: the role and where it ends."""
    if end >= len(toks) or toks[end].text != ",":
        return None, end
    close = next((i for i in range(end + 1, len(toks)) if toks[i].text == ","), len(toks))
    if end + 1 >= len(toks) or toks[end + 1].low not in APPOSITION_OPENERS | PERSON_ROLES:
        return None, end
    words = [t for t in toks[end + 1:close]]
    if words and words[0].low in {"a", "an", "the"}:
        words = words[1:]
    cut = next((i for i, t in enumerate(words) if t.low in {"who", "which", "whose", "whom"}), len(words))
    words = words[:cut]
    if words and len(words) <= 9 and any(t.low in PERSON_ROLES for t in words):
        return " ".join(t.text for t in words), close + 1
    return None, close + 1


def _mention_back(toks: Sequence[Token], verb: int) -> Mention | None:
    """The words naming the subject of the speech verb at ``verb``."""
    i = verb - 1
    while i >= 0 and (toks[i].low in AUX or (toks[i].low.endswith("ly") and not toks[i].capital)):
        i -= 1
    if i >= 0 and toks[i].text == ",":
        # skip an apposition or relative clause: "Prof Jay, who led the review, said"
        j = i - 1
        while j >= 0 and toks[j].text != "," and toks[j].quote < 0:
            j -= 1
        if j >= 0 and toks[j].text == "," and j + 1 < i and toks[j + 1].low in APPOSITION_OPENERS | PERSON_ROLES:
            i = j - 1
        else:
            i -= 1
    if i < 0 or toks[i].quote >= 0:
        return None
    word = toks[i]
    if word.possessive:
        return None
    if word.low in PRONOUNS:
        return Mention("pronoun", word.text, head=word.low)
    if _is_name_word(word) and word.low not in PERSON_ROLES:
        start = _name_run(toks, i)
        if start > 0 and toks[start - 1].low in PREPOSITIONS:
            return _description(toks, i + 1)
        text = " ".join(t.text for t in toks[start:i + 1])
        words = [t.bare for t in toks[start:i + 1]]
        if any(w.lower() in BODY_WORDS for w in words) and not (words[0].lower() in TITLES):
            return Mention("body", " ".join(words))
        return Mention("name", text, role=_role_before(toks, start))
    if word.low in PERSON_ROLES | BODY_NOUNS:
        return _description(toks, i + 1)
    return None


def _description(toks: Sequence[Token], end: int) -> Mention | None:
    """"the MP for Liverpool Walton", "his spokesman", "a Labour MP"."""
    i = end - 1
    while i >= 0 and (toks[i].capital or toks[i].low in PREPOSITIONS) and toks[i].low not in PERSON_ROLES | BODY_NOUNS:
        i -= 1  # back over "for Liverpool Walton"
    if i < 0 or toks[i].low not in PERSON_ROLES | BODY_NOUNS:
        return None
    head_at = i
    begin = i
    while begin - 1 >= 0 and end - begin < 8:
        word = toks[begin - 1]
        if word.possessive or word.low in DETERMINERS:
            begin -= 1
            break
        if word.quote >= 0 or not re.match(r"\w", word.text) or word.low in PREPOSITIONS | SPEECH | AUX | OPENERS:
            break
        begin -= 1
    words = toks[begin:end]
    head = toks[head_at].low
    first = words[0]
    role = " ".join(t.text for t in words[1:] if True) if first.low in DETERMINERS or first.possessive else " ".join(t.text for t in words)
    text = " ".join(t.text for t in words)
    if first.possessive:
        return Mention("possessive", text, head=head, owner=first.bare)
    if first.low in {"his", "her", "their"}:
        return Mention("possessive", text, head=head, owner=first.low)
    if head in BODY_NOUNS and head not in PERSON_ROLES:
        return Mention("body", role if first.low in DETERMINERS else text, head=head)
    if first.low in {"a", "an"}:
        return Mention("indefinite", text, head=head, role=role)
    if first.low in DETERMINERS:
        return Mention("definite", text, head=head, role=role)
    return Mention("body", text, head=head)


def _mention_forward(toks: Sequence[Token], start: int) -> Mention | None:
    """The speaker after an inverted verb: '"...," said Jo Bloggs'."""
    if start >= len(toks) or toks[start].quote >= 0:
        return None
    if toks[start].low in PRONOUNS:
        return Mention("pronoun", toks[start].text, head=toks[start].low)
    end = start
    while end < len(toks) and (_is_name_word(toks[end]) or toks[end].low in PERSON_ROLES | DETERMINERS | BODY_NOUNS):
        end += 1
        if toks[end - 1].possessive:
            break
    if end == start:
        return None
    last = end - 1
    if _is_name_word(toks[last]) and toks[last].low not in PERSON_ROLES:
        return _mention_back([*toks[start : last + 1], Token("said", 0, 0)], last + 1 - start)
    return _description(toks, end)


def _direct(toks: Sequence[Token], at: int) -> bool:
    """A quotation that stands as a direct quote, not a fragment of paraphrase."""
    before = [t for t in toks[:at]]
    if not before:
        return True
    last = before[-1]
    if last.text == ":":
        return True
    if last.text == "," and any(t.low == "according" for t in before):
        return True
    return last.text == "," and len(before) > 1 and (before[-2].low in SPEECH | PARTICIPLES)


def parse(sentence: Sentence) -> Parsed:
    """Pass one on a single sentence."""
    toks = tokens(sentence)
    speaker: Mention | None = None
    for i, tok in enumerate(toks):
        if tok.quote >= 0:
            continue
        if tok.low == "according" and i + 1 < len(toks) and toks[i + 1].low == "to":
            speaker = _mention_forward(toks, i + 2)
        elif tok.low in SPEECH and not tok.capital:
            speaker = _mention_back(toks, i)
            after_quote = i > 0 and (toks[i - 1].quote >= 0 or (toks[i - 1].text == "," and i > 1 and toks[i - 2].quote >= 0))
            if speaker is None and after_quote:
                speaker = _mention_forward(toks, i + 1)
        if speaker is not None:
            break
    quotes = [(i, t) for i, t in enumerate(toks) if t.quote >= 0]
    direct = tuple(t.text for i, t in quotes if _direct(toks, i))
    fragments = tuple(t.text for i, t in quotes if not _direct(toks, i))
    names: list[str] = []
    roles: list[tuple[str, str]] = []
    subject = None
    i = len(toks) - 1
    while i >= 0:
        tok = toks[i]
        if _is_name_word(tok) and tok.low not in PERSON_ROLES and not (i == 0 and tok.low in OPENERS):
            start = _name_run(toks, i)
            words = [t.bare for t in toks[start:i + 1]]
            title, rest = _strip_titles(list(words))
            modifier = i + 1 < len(toks) and toks[i + 1].low in PERSON_ROLES and not toks[i + 1].capital
            if rest and not modifier and not any(w.lower() in BODY_WORDS for w in rest):
                name = " ".join(([title] if title and len(rest) == 1 else []) + rest)
                names.append(name)
                office = (title or "").lower()
                if office in TITLES and office not in COURTESY:
                    roles.append((name, TITLE_ROLES.get(office, office)))
                role = _role_before(toks, start)
                apposition, _ = _apposition_after(toks, i + 1)
                for found in (role, apposition, _office_comma_before(toks, start)):
                    if found:
                        roles.append((name, found))
                prep = start > 0 and toks[start - 1].low in PREPOSITIONS
                if not tok.possessive and not prep:
                    subject = name
            i = start - 1
            continue
        i -= 1
    names.reverse()
    return Parsed(sentence, speaker, direct, fragments, tuple(names), subject, tuple(roles))


# ---------------------------------------------------------------- pass two


@dataclass(frozen=True)
class Names:
    """Every person name the corpus prints, for resolving short forms."""

    full: tuple[str, ...]
    counts: tuple[tuple[str, int], ...]

    @classmethod
    def build(cls, parsed: Sequence[Parsed]) -> Names:
        counts: Counter[str] = Counter()
        for p in parsed:
            for name in p.names:
                words = name.split()
                if len(words) >= 2 and words[0].lower() not in TITLES:
                    counts[name] += 1
        full = tuple(sorted(counts))
        return cls(full, tuple(sorted(counts.items())))

    def resolve(self, raw: str, local: Sequence[str] = ()) -> str:
        """A canonical full name for ``raw`` ("Mr Carden" -> "Dan Carden")."""
        words = [_POSSESSIVE.sub("", w) if re.search(r"['’]s?$", w) else w for w in raw.split()]
        title, rest = _strip_titles(words)
        if not rest:
            return raw
        if len(rest) >= 2:
            return " ".join(rest)
        word = rest[0]
        by_given = title is not None and title.lower() in GIVEN_TITLES
        matches = [n for n in self.full if (n.split()[0] if by_given else n.split()[-1]) == word]
        if not matches:
            matches = [n for n in self.full if n.split()[-1] == word or n.split()[0] == word]
        if not matches:
            return f"{title} {word}" if title and title.lower() not in PERSON_ROLES else word
        counts = dict(self.counts)
        return sorted(matches, key=lambda n: (n not in local, -counts[n], n))[0]


def _canonical_body(text: str) -> str:
    words = text.split()
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    phrase = " ".join(words)
    return phrase[:1].upper() + phrase[1:]


def _quote_sentences(text: str) -> list[str]:
    """A quotation's sentences, very short ones kept with their neighbour."""
    parts = [text[s:e] for s, e in boundaries(text)]
    out: list[str] = []
    for part in parts:
        if out and len(part.split()) < MIN_QUOTE_WORDS:
            out[-1] = f"{out[-1]} {part}"
        elif out and len(out[-1].split()) < MIN_QUOTE_WORDS:
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return [clean_quote(p) for p in out if clean_quote(p)]


def clean_quote(text: str) -> str:
    """A quotation as printed, without the attribution's trailing comma or
    stray marks at its edges; the words themselves are never touched."""
    return text.strip().strip(QUOTE_MARKS + "'‘’").strip().rstrip(",").strip()


_NUMBER = re.compile(r"(?<![\w.])(?:No\.?\s*|number\s+)?\d[\d,]*(?:\.\d+)?(?:\s*(?:%|per\s*cent|percent|am|pm))?", re.I)
_NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+in\s+(?:ten|\d+)\b|"
    r"\b(?:three quarters|two thirds|a third|a quarter|half) of\b|\bper\s*cent\b|\bpercent\b",
    re.I,
)


def is_statistic(text: str) -> bool:
    """A sentence that reports a figure: a number that is not a year, a time
    or part of a name ("No 10"), or a proportion in words."""
    for match in _NUMBER.finditer(text):
        number = match.group(0)
        if re.match(r"(?:No|number)\b", number, re.I) or re.search(r"(?:am|pm)$", number, re.I):
            continue
        if re.fullmatch(r"(?:1[89]|20)\d\d", number):
            continue
        return True
    return bool(_NUMBER_WORDS.search(text))


# The outlet speaking for itself ("we", "us") or prescribing ("should").
# The outlet speaking for itself ("we", "us"; not "US") or prescribing
# ("should"), unless the modal sits in a reported "that" clause.
_OWN_PRONOUN = re.compile(r"\b(?:[Ww]e|us|[Oo]ur|ours)\b")
_PRESCRIBING = re.compile(r"\b(?:should|ought to|would do well to)\b", re.I)


def _own_voice(text: str) -> bool:
    prescribing = _PRESCRIBING.search(text)
    reported = prescribing and re.search(r"(?:\b(?:them|demands?|calls?)|ed|" + "|".join(SPEECH) + r")\s+that\b",
                                         text[: prescribing.start()], re.I)
    if prescribing and not reported:
        return True
    return bool(_OWN_PRONOUN.search(text))


def _narrative_kind(text: str) -> str:
    outside = outside_quotes(text)
    if lexicon.opinion_score(outside) + 2 * _own_voice(outside) >= 2:
        return "commentary"
    return "statistic" if is_statistic(text) else "event"


@dataclass(frozen=True)
class Attributed:
    """The attribution stage's result."""

    statements: tuple[Statement, ...]
    roles: tuple[tuple[str, str], ...]


def _resolve_article(parsed: Sequence[Parsed], names: Names, role_map: dict[str, Counter[str]]):
    """Pass two over one article: canonical speakers, in reading order."""
    local = sorted({names.resolve(n) for p in parsed for n in p.names if len(n.split()) >= 2})
    last_person: str | None = None
    previous_speaker: str | None = None
    pending_indefinite: list[int] = []
    speakers: list[str | None] = []
    roles: list[tuple[str, str]] = []

    def person(raw: str) -> str:
        return names.resolve(raw, local)

    for index, p in enumerate(parsed):
        subject = person(p.subject) if p.subject else None
        mention = p.speaker
        speaker: str | None = None
        if mention is not None:
            if mention.kind == "name":
                speaker = person(mention.text)
                if mention.role:
                    roles.append((speaker, mention.role))
            elif mention.kind == "pronoun":
                speaker = last_person if mention.head in {"he", "she"} else None
            elif mention.kind in {"definite", "indefinite"}:
                key = _role_key(mention.role or mention.head)
                known = role_map.get(key, Counter())
                holders = role_map.get(_head(key), Counter())
                if len(known) == 1 and len(key.split()) >= 2:
                    speaker = next(iter(known))
                elif mention.kind == "definite":
                    if last_person and (last_person in holders or len(holders) != 1):
                        speaker = last_person
                    else:
                        speaker = next(iter(holders)) if len(holders) == 1 else last_person
                else:
                    pending_indefinite.append(index)
                if speaker and mention.role:
                    roles.append((speaker, mention.role))
            elif mention.kind == "possessive":
                owner = mention.owner or ""
                owner_name = (subject or last_person) if owner in {"his", "her", "their"} else person(owner)
                head = "spokesperson" if mention.head.startswith("spokes") else mention.head
                speaker = f"{owner_name}'s {head}" if owner_name else None
            else:
                speaker = _canonical_body(mention.text)
        standalone = p.direct and mention is None
        if standalone:
            speaker = previous_speaker
        speakers.append(speaker)
        named = speaker if mention is not None and mention.kind not in {"body", "possessive"} else None
        if pending_indefinite and pending_indefinite[-1] != index and (named or subject):
            found = named or subject
            for at in pending_indefinite:
                speakers[at] = found
                role = parsed[at].speaker.role if parsed[at].speaker else None
                if role:
                    roles.append((found, role))
            pending_indefinite = []
        if named:
            last_person = named
        elif subject:
            last_person = subject
        previous_speaker = speaker if (p.direct or speaker) else None
        if index - (pending_indefinite[0] if pending_indefinite else index) > 4:
            pending_indefinite = []
    return speakers, roles


def attribute(per_source: Sequence[Sequence[Sentence]]) -> Attributed:
    """All sources' sentences to statements with canonical speakers."""
    parsed_all = [[parse(s) for s in sentences] for sentences in per_source]
    names = Names.build([p for article in parsed_all for p in article])
    role_map: dict[str, Counter[str]] = defaultdict(Counter)
    direct_roles: list[tuple[str, str]] = []
    for article in parsed_all:
        for p in article:
            for raw, role in p.roles:
                name = names.resolve(raw)
                direct_roles.append((name, role))
                role_map[_role_key(role)][name] += 1
                role_map[_head(_role_key(role))][name] += 1
    statements: list[Statement] = []
    all_roles = list(direct_roles)
    for article in parsed_all:
        speakers, roles = _resolve_article(article, names, role_map)
        all_roles.extend(roles)
        for p, speaker in zip(article, speakers):
            statements.extend(_statements(p, speaker))
    statements = _opinion_paragraphs(statements)
    chosen = choose_roles(all_roles)
    role_of = dict(chosen)
    statements = [replace(s, speaker_role=role_of[s.speaker]) if s.speaker in role_of else s for s in statements]
    return Attributed(tuple(statements), chosen)


def _opinion_paragraphs(statements: list[Statement]) -> list[Statement]:
    """In a paragraph the outlet gives to its own opinion, an unattributed
    sentence with any sign of opinion ("must", a word to watch) is opinion too."""
    opinion = {(s.source_id, s.order[0]) for s in statements if s.kind == "commentary"}
    out = []
    for s in statements:
        if (
            (s.source_id, s.order[0]) in opinion
            and s.kind == "event"
            and (lexicon.opinion_score(s.text) or re.search(r"\bmust\b", s.text, re.I))
        ):
            s = replace(s, kind="commentary")
        out.append(s)
    return out


def _role_key(role: str) -> str:
    words = role.lower().split()
    while words and words[0] in {"a", "an", "the", "present", "former", "current"}:
        words = words[1:]
    return " ".join(words)


TITLE_ROLES = {"gov": "governor", "sen": "senator", "rep": "representative", "prof": "professor",
               "cllr": "councillor", "supt": "superintendent", "det": "detective", "insp": "inspector",
               "sgt": "sergeant", "gen": "general", "capt": "captain", "col": "colonel"}


def _head(key: str) -> str:
    """The role noun a role phrase is about: "minister" in "shadow education minister"."""
    words = key.split()
    return next((w for w in reversed(words) if w in PERSON_ROLES | TITLES and w not in {"mr", "ms"}), words[-1] if words else "")


def choose_roles(pairs: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """One role per person: the fullest description the sources give (up to
    six words), an office ("minister") before other nouns, then the most often
    given."""
    by_person: dict[str, Counter[str]] = defaultdict(Counter)
    for name, role in pairs:
        by_person[name][role.strip(" ,")] += 1
    def rank(item: tuple[str, int]) -> tuple:
        role, count = item
        words = role.lower().split()
        return (-min(len(words), 6), not OFFICES.intersection(words), -count, len(role), role)

    return tuple((name, sorted(counter.items(), key=rank)[0][0]) for name, counter in sorted(by_person.items()))


def _statements(p: Parsed, speaker: str | None) -> list[Statement]:
    s = p.sentence
    order = (s.paragraph, s.index)
    if p.direct and speaker:
        out = []
        for quote in p.direct:
            for part in _quote_sentences(quote):
                out.append(Statement(s.source_id, "quote", part, speaker, (*order, len(out))))
        return out
    text = s.text.strip()
    if p.direct and not speaker:
        kind = "quote"
        return [Statement(s.source_id, kind, part, None, (*order, n)) for n, part in enumerate(_quote_sentences(" ".join(p.direct)))]
    if speaker:
        return [Statement(s.source_id, "statement", text, speaker, (*order, 0), fragments=tuple(clean_quote(f) for f in p.fragments))]
    return [Statement(s.source_id, _narrative_kind(text), text, None, (*order, 0), fragments=tuple(clean_quote(f) for f in p.fragments))]
