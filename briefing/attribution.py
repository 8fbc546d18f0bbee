"""Attribution: every source's ``Sentence`` records in, ``Statement`` records
and speakers' roles out.

Two passes. The first (``mentions.parse``) reads each sentence alone: its
quotations, its speech verb, the words that name the speaker, and the names
and roles it mentions. The second, here, walks each article in order and resolves those words to one canonical full name for the whole
corpus: short forms ("Mr Hale", "Sir Alan", "Prof Lind") through the full
names the corpus prints, pronouns and descriptions through the person the
article last spoke of, an opening "A Labour MP ..." through the first person
the article then names.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from typing import overload

from . import lexicon
from .claims import claims_beside
from .kinds import narrative_kind, opinion_paragraphs
from .mentions import (
    COMPANY_WORDS,
    DETERMINERS,
    GIVEN_TITLES,
    PERSON_ROLES,
    TITLES,
    Mention,
    Parsed,
    bare,
    org_name,
)
from .model import Sentence, Statement
from .quotes import QUOTE_MARKS, SINGLE_MARKS, SINGLE_OPENING, outside_quotes
from .resolver import People, descriptions, gender_votes, lower_words, ordinary_words, person_forms, pointing_words
from .roles import choose_roles, role_head, role_key, strip_titles
from .saying import GROUP_HEADS, parse
from .sentences import boundaries
from .wording import normal, substantive

RECENT_QUOTE = 3  # sentences after a quotation in which a bare quotation is still its speaker's
MIN_QUOTE_WORDS = 4  # a shorter quoted sentence ("Integrity.") stays with its neighbour

@dataclass(frozen=True)
class Names:
    """Every person name the corpus prints, indexed by first and last word,
    for resolving short forms."""

    counts: dict[str, int]
    by_first: dict[str, tuple[str, ...]]
    by_last: dict[str, tuple[str, ...]]
    canonical: dict[str, str]  # "Jane Q Roe" -> "Jane Roe" when that is printed more often

    @classmethod
    def build(cls, parsed: Sequence[Parsed]) -> Names:
        printed: Counter[str] = Counter()
        for p in parsed:
            for name in p.names:
                words = name.split()
                if len(words) >= 2 and words[0].lower() not in TITLES:
                    printed[name] += 1
        forms = person_forms(printed)
        canonical = {}
        counts: Counter[str] = Counter()
        for group in forms.values():
            chosen = min(group, key=lambda n: (-printed[n], -len(n), n))
            for name in group:
                canonical[name] = chosen
                counts[chosen] += printed[name]
        by_first: dict[str, list[str]] = defaultdict(list)
        by_last: dict[str, list[str]] = defaultdict(list)
        for name in sorted(counts):
            by_first[name.split()[0]].append(name)
            by_last[name.split()[-1]].append(name)
        return cls(
            dict(counts),
            {k: tuple(v) for k, v in by_first.items()},
            {k: tuple(v) for k, v in by_last.items()},
            canonical,
        )

    def resolve(self, raw: str, local: Collection[str] = ()) -> str:
        """A canonical full name for ``raw`` ("Mr Hale" -> "Jo Hale")."""
        words = [bare(w) for w in raw.split()]
        title, rest = strip_titles(words)
        if not rest:
            return raw
        if len(rest) >= 2:
            return self.canonical.get(" ".join(rest), " ".join(rest))
        word = rest[0]
        by_given = title is not None and title.lower() in GIVEN_TITLES
        matches = (self.by_first if by_given else self.by_last).get(word, ())
        if not matches:
            matches = self.by_last.get(word, ()) + self.by_first.get(word, ())
        if not matches:
            return f"{title} {word}" if title and title.lower() not in PERSON_ROLES else word
        return min(matches, key=lambda n: (n not in local, -self.counts[n], n))


# Nouns by which an article refers back to an organisation it has named.
BODY_HEADS = {
    "company": COMPANY_WORDS, "firm": COMPANY_WORDS, "business": COMPANY_WORDS, "group": COMPANY_WORDS,
    "club": frozenset({"fc", "club", "united", "athletic", "city", "rovers", "afc"}),
}


def _body(mention: Mention, orgs: Sequence[str]) -> str:
    """The canonical name of a body: as named ("Corvane Therapeutics Inc." ->
    "Corvane Therapeutics"), or, for "the association", "the club", the
    organisation of that kind the article last named."""
    words = mention.text.split()
    if any(w[:1].isupper() for w in words if w.lower() not in DETERMINERS):
        return org_name(words)
    head = mention.head
    for org in reversed(orgs):
        org_words = set(org.lower().split())
        if head in org_words or org_words & BODY_HEADS.get(head, frozenset()):
            return org
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    phrase = " ".join(words)
    return phrase[:1].upper() + phrase[1:]


def _quote_sentences(text: str) -> list[str]:
    """A quotation's sentences, very short ones kept with their neighbour."""
    parts = [text[s:e] for s, e in boundaries(text)]
    out: list[str] = []
    for part in parts:
        if out and (len(part.split()) < MIN_QUOTE_WORDS or len(out[-1].split()) < MIN_QUOTE_WORDS):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return [clean_quote(p) for p in out if clean_quote(p)]


def clean_quote(text: str) -> str:
    """A quotation as printed, without the attribution's trailing comma or
    stray marks at its edges; the words themselves are never touched."""
    return text.strip().strip(QUOTE_MARKS + SINGLE_MARKS).strip().rstrip(",").strip()


@dataclass(frozen=True)
class Attributed:
    """The attribution stage's result."""

    statements: tuple[Statement, ...]
    roles: tuple[tuple[str, str], ...]


def _resolve_article(  # noqa: C901
    parsed: Sequence[Parsed], names: Names, role_map: dict[str, Counter[str]], genders: dict[str, str], lower: frozenset[str], ordinary: frozenset[str],
    words: dict[str, frozenset[str]],
):
    """Pass two over one article: canonical speakers, in reading order."""
    local = {names.resolve(n) for p in parsed for n in p.names if len(n.split()) >= 2}
    people = People(genders, lower, words)
    previous_speaker: str | None = None
    pending_indefinite: list[int] = []
    tails: set[int] = set()  # sentences that only attribute the quote before them
    paragraph_speaker: dict[int, str] = {}
    last_quoted: tuple[str, int] | None = None  # the last quotation's speaker and sentence
    last_group: tuple[str, int] | None = None  # the last group or body that spoke, and its sentence
    speakers: list[str | None] = []
    quote_speakers: list[tuple[str | None, ...]] = []
    roles: list[tuple[str, str]] = []
    orgs: list[str] = []

    def person(raw: str) -> str:
        return names.resolve(raw, local)

    def resolve(mention: Mention, index: int | None, subject: str | None) -> str | None:
        speaker: str | None = None
        if mention.kind == "name":
            speaker = person(mention.text)
            if mention.role:
                roles.append((speaker, mention.role))
        elif mention.kind == "pronoun":
            speaker = _pronoun(mention.head, people, previous_speaker, orgs, last_group[0] if last_group else None)
        elif mention.kind in {"definite", "indefinite"}:
            key = role_key(mention.role or mention.head)
            known = role_map.get(key, Counter())
            holders = role_map.get(role_head(key), Counter())
            pointing = pointing_words(key) if mention.kind == "definite" else None
            if pointing:  # "the Oregon Republican": the one it describes, else no one named
                speaker = people.described_as(pointing) or described(mention.text)
            elif len(known) == 1 and len(key.split()) >= 2:
                speaker = next(iter(known))
            elif mention.kind == "definite":  # the last person spoken of who holds that role
                speaker = people.holding(known) or people.holding(holders)
                if speaker is None:
                    speaker = next(iter(holders)) if len(holders) == 1 else people.last
                speaker = speaker or described(mention.text)  # "the judge", with no one to point back to
            elif index is not None:
                pending_indefinite.append(index)
                speaker = described(mention.text)  # "a former official", until a name follows
            if speaker and mention.role:
                roles.append((speaker, mention.role))
        elif mention.kind == "described":
            speaker = mention.text  # an unnamed source stays a description
        elif mention.kind == "possessive":
            owner = mention.owner or ""
            owner_name = (subject or people.last) if owner in {"his", "her", "their"} else person(owner)
            head = "spokesperson" if mention.head.startswith("spokes") else mention.head
            speaker = f"{owner_name}'s {head}" if owner_name else None
        else:
            speaker = _body(mention, orgs)
        return speaker

    for index, p in enumerate(parsed):
        orgs.extend(p.orgs)
        if last_group and index - last_group[1] > RECENT_QUOTE:
            last_group = None
        raw_subject = p.subject
        if raw_subject is not None and opens_sentence(raw_subject, p, names, ordinary):
            raw_subject = after_opener(p)  # "Hours later, Jo Roe said": Jo Roe, not "Hours"
        subject = person(raw_subject) if raw_subject else None
        mention = p.speaker
        if mention is not None and mention.kind == "name" and opens_sentence(mention.text, p, names, ordinary):
            after, low = after_opener(p), mention.text.lower()
            pronoun = re.search(r"^[^,―—–]+[,―—–]\s+(he|she)\s", p.sentence.text)  # "Hours later, she said"
            if after:
                mention = Mention("name", after)
            elif pronoun:
                mention = Mention("pronoun", pronoun.group(1), head=pronoun.group(1))
            else:
                mention = Mention("described", low, head=low) if low in GROUP_HEADS else None
        speaker = resolve(mention, index, subject) if mention is not None else None
        standalone = p.direct and mention is None
        framer = framing_name(p, mention, raw_subject)
        if standalone and framer:
            speaker = person(framer)  # 'Kasich resisted: "..."', '"...," Roe shot back.'
        elif standalone:
            speaker = previous_speaker or _introduced(parsed, index, person) or paragraph_speaker.get(p.sentence.paragraph)
            if speaker is None and last_quoted and index - last_quoted[1] <= RECENT_QUOTE:
                speaker = last_quoted[0]  # a quotation paragraph after a line of narrative
            tail = parsed[index + 1] if index + 1 < len(parsed) else None
            if tail is not None and tail.speaker is not None and _attribution_tail(p, tail):
                speaker = resolve(tail.speaker, None, None) or speaker  # '"Is it?" Roe asked.'
                tails.add(index + 1)
        speakers.append(speaker)
        own = [resolve(m, None, subject) if m is not None else None for m in p.quote_speakers]
        quote_speakers.append(tuple(o or speaker for o in own))
        named = speaker if mention is not None and mention.kind not in {"body", "possessive", "described"} else None
        named = None if named and is_description(named) else named
        found = named or subject
        if pending_indefinite and pending_indefinite[-1] != index and found:
            for at in pending_indefinite:
                speakers[at] = found
                role = given.role if (given := parsed[at].speaker) else None
                if role:
                    roles.append((found, role))
            pending_indefinite = []
        if found:
            people.mention(found)
        previous_speaker = speaker if (p.direct or speaker) else None
        if speaker is None and not p.direct and p.sentence.text.rstrip().endswith(":"):
            previous_speaker = subject  # "Roe issued the following statement:" introduces the quotation after it
        if speaker and (is_description(speaker) or speaker in orgs):
            last_group = (speaker, index)
        if p.direct and speaker:
            last_quoted = (speaker, index)
            paragraph_speaker = {p.sentence.paragraph: speaker}  # the quote's speaker, for the rest of its paragraph
        if index - (pending_indefinite[0] if pending_indefinite else index) > 4:
            pending_indefinite = []
    return speakers, quote_speakers, roles, tails


FRAME_WORDS = 4  # '"...," an angry Jo Roe replied': the name within this many words after the quotation


def framing_name(p: Parsed, mention: Mention | None, subject: str | None) -> str | None:
    """The person named in the frame of a direct quotation that no verb of
    saying attributes: the name just before a colon that opens it ("Jo Roe:
    ...", "And Jo Roe gloated: ..."; else the sentence's subject, "Roe
    apologized for it: ..."), or the name right after a quotation that opens
    the sentence ('"...," Roe shot back', '"...!" beamed Jo Roe'), or the
    subject of a sentence that leads into it after a comma ("Roe went on to
    say, ..."). Whatever the verb, that frame is how English prints who spoke."""
    if not p.direct or mention is not None:
        return None
    text = p.sentence.text
    first = next((q for q in p.sentence.quotes if text[q.start:q.end] == p.direct[0]), None)
    if first is None:
        return None
    before, after = text[: first.start].strip().rstrip(QUOTE_MARKS).strip(), text[first.end :]
    if before.endswith(":"):
        words = before[:-1].split()[-3:]
        return next((n for n in reversed(p.names) if n.split()[-1] in words), subject)
    if not before and subject and subject.split()[-1] in re.findall(r"\w[\w'’-]*", after)[:FRAME_WORDS]:
        return subject
    return subject if before.endswith(",") else None


def opens_sentence(raw: str, p: Parsed, names: Names, ordinary: Collection[str]) -> bool:
    """A single capitalised word that opens the sentence ("Hastily", "Hours
    later", "Horrified at ...") and that is an ordinary word of the sources
    (``resolver.ordinary_words``), never in a full name: not a person."""
    word = raw.strip()
    return (
        " " not in word
        and p.sentence.text.lstrip(QUOTE_MARKS + SINGLE_OPENING + " ").startswith(word)
        and word.lower() in ordinary
        and word not in names.by_first
        and word not in names.by_last
    )


def after_opener(p: Parsed) -> str | None:
    """The name that follows a sentence's introductory phrase, where that
    phrase ends at a comma or a dash ("Horrified at the news, Jo Roe ...",
    "Hastily ending the call ― Jo Roe ...")."""
    text = p.sentence.text
    return next((n for n in p.names[1:] if re.search(r"[,―—–]\s+(?:\w+\.?\s+)?" + re.escape(n.split()[-1]) + r"\b", text)), None)


def _introduced(parsed: Sequence[Parsed], index: int, person: Callable[[str], str]) -> str | None:
    """'Roe was not convinced. "It will never pay."': a quotation with no
    speaker of its own after a sentence of the same paragraph that opens on
    a person and says nothing (a reaction) is that person's."""
    before = parsed[index - 1] if index else None
    if before is None or before.speaker is not None or before.sentence.quotes or not before.subject:
        return None
    if before.sentence.paragraph != parsed[index].sentence.paragraph:
        return None
    who = person(before.subject)
    # A lone capitalised word no one was named by before ("Born abroad, ...") is no person.
    known = len(before.subject.split()) > 1 or any(person(n) == who for q in parsed[: index - 1] for n in q.names)
    return who if known and before.subject.split()[0] in before.sentence.text.split()[:4] else None


def _attribution_tail(quote: Parsed, after: Parsed) -> bool:
    """'"Is it?" Jane Roe asked.': a short sentence of the same paragraph,
    with no quotation, that only names who spoke the quotation before it."""
    text = after.sentence.text
    return (
        after.sentence.paragraph == quote.sentence.paragraph
        and not after.sentence.quotes
        and len(text.split()) <= 8
        and quote.sentence.text.rstrip()[-1:] in QUOTE_MARKS
        and text.rstrip()[-1:] == "."
    )


def described(text: str) -> str:
    """An unnamed speaker as the sources describe them, clearly not a name:
    "A former official" -> "a former official"."""
    first, _, rest = text.partition(" ")
    return f"{first.lower()} {rest}".strip() if first.lower() in DETERMINERS else text


def is_description(speaker: str) -> bool:
    """A description ("a former official", "experts"), not a name."""
    return speaker[:1].islower()


def _pronoun(head: str, people: People, previous: str | None, orgs: Sequence[str], group: str | None = None) -> str | None:
    """"he"/"she": the person last spoken of who may be one; "it": the
    organisation last named; "they": the previous speaker when that was a
    group or a body, else ``group``, the group or body that spoke a few
    sentences before ("Organizers say ... Police agreed. They say ...")."""
    if head in {"he", "she"}:
        return people.pronoun(head)
    if head == "it":
        return orgs[-1] if orgs else None
    if head == "they" and previous and (is_description(previous) or previous in orgs):
        return previous
    return group if head == "they" else None


def attribute(
    per_source: Sequence[Sequence[Sentence]], progress: Callable[[int, int], None] = lambda done, total: None
) -> Attributed:
    """All sources' sentences to statements with canonical speakers;
    ``progress(done, total)`` counts articles through both passes."""
    total = 2 * len(per_source)
    parsed_all = []
    for n, sentences in enumerate(per_source, 1):
        parsed_all.append([parse(s) for s in sentences])
        progress(n, total)
    names = Names.build([p for article in parsed_all for p in article])
    role_map: dict[str, Counter[str]] = defaultdict(Counter)
    direct_roles: list[tuple[str, str]] = []
    for article in parsed_all:
        for p in article:
            for raw, role in p.roles:
                name = names.resolve(raw)
                direct_roles.append((name, role))
                role_map[role_key(role)][name] += 1
                role_map[role_head(role_key(role))][name] += 1
    every = [p for article in parsed_all for p in article]
    genders = gender_votes(every, names.resolve)
    lower = lower_words(every)
    ordinary = ordinary_words(every, lower)
    words = descriptions(every, names.resolve)
    statements: list[Statement] = []
    all_roles = list(direct_roles)
    for n, article in enumerate(parsed_all, len(parsed_all) + 1):
        progress(n, total)
        speakers, quote_speakers, roles, tails = _resolve_article(article, names, role_map, genders, lower, ordinary, words)
        all_roles.extend(roles)
        quoted_after = block_quotes(article, speakers)
        for at, (p, speaker, own) in enumerate(zip(article, speakers, quote_speakers)):
            if at in tails:
                continue
            if at in quoted_after:
                s = p.sentence
                statements.append(Statement(s.source_id, "quote", s.text.strip(), _plain(quoted_after[at]), (s.paragraph, s.index, 0)))
                continue
            statements.extend(_statements(p, _plain(speaker), tuple(_plain(o) for o in own)))
    statements = opinion_paragraphs(statements)
    chosen = choose_roles([(_plain(name), role) for name, role in all_roles])
    role_of = dict(chosen)
    statements = [replace(s, speaker_role=role_of[s.speaker]) if s.speaker in role_of else s for s in statements]
    return Attributed(tuple(statements), chosen)


def block_quotes(article: Sequence[Parsed], speakers: Sequence[str | None]) -> dict[int, str]:
    """Sentences printed as a block quote: a paragraph with no quotation
    marks right after one that ends in "X wrote:" / "said in a statement:"
    (a post, a letter, a statement set off as its own paragraph). They are
    the introduced speaker's words, sentence by sentence; a sentence that
    names another speaker of its own ends the block."""
    out: dict[int, str] = {}
    intro: tuple[str, int] | None = None  # the introduced speaker, and the paragraph they were introduced in
    for at, (p, speaker) in enumerate(zip(article, speakers)):
        s = p.sentence
        if intro and s.paragraph == intro[1] + 1 and not s.quotes and speaker in (None, intro[0]):
            out[at] = intro[0]
            continue
        if intro and s.paragraph > intro[1]:
            intro = None
        if speaker and not p.direct and s.text.rstrip().endswith(":"):
            intro = (speaker, s.paragraph)
    return out


@overload
def _plain(name: str) -> str: ...
@overload
def _plain(name: None) -> None: ...
@overload
def _plain(name: str | None) -> str | None: ...
def _plain(name: str | None) -> str | None:
    """One spelling of a name whatever the outlet's apostrophes: "O’Brien" = "O'Brien"."""
    return name.replace("’", "'") if name else name


def _statements(p: Parsed, speaker: str | None, own: tuple[str | None, ...] = ()) -> list[Statement]:
    """A sentence's statements: its direct quotes (each with its own speaker
    where the sentence names several), else the sentence itself."""
    s = p.sentence
    order = (s.paragraph, s.index)
    if p.direct:
        # A passage of substance quoted after the attribution ('..." she
        # said, adding "..."') is the speaker's quote too, not a phrase of
        # paraphrase: kept, where a short one ("a disgrace") is left out.
        passages = tuple(f for f in p.fragments if speaker and substantive(normal(clean_quote(f))))
        parts = [
            (part, own[n] if n < len(own) else speaker)
            for n, quote in enumerate(p.direct + passages)
            for part in _quote_sentences(quote)
        ]
        quotes = [Statement(s.source_id, "quote", part, who, (*order, n)) for n, (part, who) in enumerate(parts)]
        before, after = claims_beside(s) if speaker else (None, None)
        if before:  # 'Roe said the fund was empty but added, "..."': a claim of their own, outside the marks
            quotes.insert(0, Statement(s.source_id, "statement", before, own[0] if own and own[0] else speaker, (*order, -1)))
        if after:  # '"...," Roe said, adding that the fund was empty.'
            quotes.append(Statement(s.source_id, "statement", after, speaker, (*order, len(parts))))
        elif speaker and any(hit.report for hit in lexicon.load().find(outside_quotes(s.text))):
            # '"...," Roe said curtly.': the outlet's loaded words around the
            # quote are its report of it, kept with the quote as its paraphrase
            fragments = tuple(part for part, _ in parts)
            quotes.append(Statement(s.source_id, "statement", s.text.strip(), speaker, (*order, len(parts)), fragments=fragments))
        return quotes
    text = s.text.strip()
    if speaker and p.clauses:  # 'Roe said ..., while Ray said ...': each clause is its speaker's
        return [
            Statement(s.source_id, "statement", s.text[start:end].strip(), who, (*order, n))
            for n, ((start, end), who) in enumerate(zip(p.clauses, own))
        ]
    if speaker:
        return [Statement(s.source_id, "statement", text, speaker, (*order, 0), fragments=tuple(clean_quote(f) for f in p.fragments))]
    return [Statement(s.source_id, narrative_kind(text), text, None, (*order, 0), fragments=tuple(clean_quote(f) for f in p.fragments))]

