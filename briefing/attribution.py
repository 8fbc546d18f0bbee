"""Attribution: every source's sentences, parsed, in; ``Statement`` records
and speakers' roles out.

Two passes. The first (``saying.parse``, run per source by the pipeline)
reads each sentence alone: its
quotations, its speech verb, the words that name the speaker, and the names
and roles it mentions. The second (``speakers.Article``) walks each article
in order and resolves those words to one canonical full name for the whole
corpus. Here, the two are joined and each sentence becomes its statements:
its quotes, its reported speech, or narrative with no speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from itertools import chain
from typing import overload

from . import lexicon
from .claims import claims_beside
from .corpus import Corpus, Printed
from .kinds import narrative_kind, opinion_paragraphs
from .mapping import Map, Progress, in_order
from .mention_words import Parsed
from .model import SPEECH_KINDS, Statement
from .quotes import QUOTE_MARKS, SINGLE_MARKS, outside_quotes
from .role_choice import choose_roles
from .sentences import boundaries
from .speakers import Article
from .wording import normal, substantive

MIN_QUOTE_WORDS = 4  # a shorter quoted sentence ("Integrity.") stays with its neighbour


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
    # every other role the sources give a speaker ("who voted against the plan" beside the chosen
    # "board member"), for placement to read the stance a description states (``described``)
    described: tuple[tuple[str, str], ...]
    # the words to watch (``lexicon.reported_terms``) of each unattributed
    # statement and of its words outside quotation marks, read here to tell
    # its kind: the blocks' workers are told them (``neutrality.mark_loaded``)
    terms: dict[str, tuple[str, ...]]


ArticleStatements = tuple[list[Statement], list[tuple[str, str]], dict[str, tuple[str, ...]]]


def attribute(
    parsed_all: Sequence[Sequence[Parsed]],
    progress: Progress = lambda done, total: None,
    each: Map = in_order,
    printed: Printed | None = None,
) -> Attributed:
    """All sources' parsed sentences (``saying.parse``, one list per source,
    parsed by the pipeline, in a process pool for many sources) to
    statements with canonical speakers; ``progress(done, total)`` counts
    articles. What all sources print about their people (``Corpus``, with
    what each source prints, ``printed``, where the pipeline read it) is
    read first; then each article alone (``read_article``), by ``each``,
    a map in input order (the pipeline's process pool for many articles)."""
    corpus = Corpus.build(parsed_all, printed)
    read = each(partial(read_article, corpus), parsed_all, progress)
    statements = opinion_paragraphs([s for article, _, _ in read for s in article])
    given = [(_plain(name), role) for name, role in [*corpus.roles, *(r for _, roles, _ in read for r in roles)]]
    chosen = choose_roles(given, corpus.common)
    role_of = dict(chosen)
    statements = [replace(s, speaker_role=role_of[s.speaker]) if s.speaker in role_of else s for s in statements]
    others = tuple(sorted({(name, role) for name, role in given if role != role_of.get(name)}))
    return Attributed(tuple(statements), chosen, others, {text: found for _, _, terms in read for text, found in terms.items()})


def read_article(corpus: Corpus, article: Sequence[Parsed]) -> ArticleStatements:
    """One article's statements, in order, the roles it gives its
    speakers, and the words to watch of its unattributed statements and
    of their words outside quotation marks (which telling their kind read):
    needs only the article and the corpus, so articles can be read in any
    process."""
    resolved = Article(article, corpus).read()
    speakers, quote_speakers, tails = resolved.speakers, resolved.quote_speakers, resolved.tails
    quoted_after = block_quotes(article, speakers)
    statements: list[Statement] = []
    for at, (p, speaker, own) in enumerate(zip(article, speakers, quote_speakers)):
        if at in tails:
            continue
        if at in quoted_after:
            s = p.sentence
            statements.append(Statement(s.source_id, "quote", s.text.strip(), _plain(quoted_after[at]), (s.paragraph, s.index, 0)))
            continue
        statements.extend(_statements(p, _plain(speaker), tuple(_plain(o) for o in own)))
    narrative = [s.text for s in statements if s.kind not in SPEECH_KINDS]
    terms = {text: lexicon.reported_terms(text) for text in chain(narrative, map(outside_quotes, narrative))}
    return statements, list(resolved.roles), terms


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
        before, after = claims_beside(s, p.speaker.text if p.speaker else None) if speaker else (None, None)
        if before:  # 'Roe said the fund was empty but added, "..."': a claim of their own, outside the marks
            quotes.insert(0, Statement(s.source_id, "statement", before, own[0] if own and own[0] else speaker, (*order, -1)))
        if after and not any(quote.strip() in after for quote in p.direct + passages):
            # '"...," Roe said, adding that the fund was empty.' (a claim that
            # holds a quote of its own is that quote, not a claim beside it)
            quotes.append(Statement(s.source_id, "statement", after, speaker, (*order, len(parts))))
        elif speaker and any(hit.report for hit in lexicon.load().find(outside_quotes(s.text))):
            # '"...," Roe said curtly.': the outlet's loaded words around the
            # quote are its report of it, kept with the quote as its paraphrase
            fragments = tuple(part for part, _ in parts)
            quotes.append(Statement(s.source_id, "statement", s.text.strip(), speaker, (*order, len(parts)), fragments=fragments))
        return quotes
    text = s.text.strip()
    if speaker and p.clauses:  # 'Roe said ..., while Ray said ...': each clause is its speaker's, with the words it quotes
        return [
            Statement(s.source_id, "statement", clause, who, (*order, n), fragments=tuple(clean_quote(f) for f in p.fragments if f in clause))
            for n, ((start, end), who) in enumerate(zip(p.clauses, own))
            for clause in [s.text[start:end].strip()]
        ]
    if speaker:
        return [Statement(s.source_id, "statement", text, speaker, (*order, 0), fragments=tuple(clean_quote(f) for f in p.fragments))]
    return [Statement(s.source_id, narrative_kind(text), text, None, (*order, 0), fragments=tuple(clean_quote(f) for f in p.fragments))]

