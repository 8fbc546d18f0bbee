"""The frozen records that flow between the stages.

Every stage is a function from these dataclasses to these dataclasses; no
stage mutates what it is given and no dicts travel between stages.

    Source ──► Paragraph ──► Sentence ──► Statement ──► Block ──► Briefing

The records a build holds by the hundred thousand (from ``Source`` to
``Block``) have slots: 48 bytes less each than an instance with a dict.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any, Literal, NamedTuple, TypeVar

# What a statement is: a speaker's words quoted or reported, a figure, an
# event told by the outlet, or the outlet's own opinion.
Kind = Literal["quote", "statement", "statistic", "event", "commentary"]
SPEECH_KINDS: tuple[Kind, ...] = ("quote", "statement")  # a speaker's own words, quoted or reported
# How a block's wording in one source differs: the same words printed
# otherwise, or reported speech that quotes parts of it.
VariantKind = Literal["wording", "paraphrase"]
# What the outlets report differently: a figure, rival descriptions of one
# person, rival speakers of one quote, or a fact told two ways.
DisputedKind = Literal["figure", "description", "speaker", "detail"]
CONTEXT_ID = "context"
CONTEXT_LABEL = "Background and context"
LABEL_WORDS = 8  # a title named in running text is cut after this many words


R = TypeVar("R")


def _pickled_by_fields(cls: type[R]) -> type[R]:
    """Pickled as its field values and rebuilt by its constructor, for the
    pipeline's process pool. The default for a frozen dataclass with slots
    sets each field through ``object.__setattr__`` in a Python loop over
    ``fields()``: one article's parsed sentences took three times as long
    to load that way (0.24 -> 0.08 ms) and twice as long to dump."""
    values = attrgetter(*(f.name for f in fields(cls)))  # type: ignore[arg-type]

    def reduce(self: Any) -> tuple[type[R], tuple[Any, ...]]:
        return cls, values(self)

    setattr(cls, "__reduce__", reduce)  # noqa: B010 (mypy rejects assigning a method to a class)
    return cls


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Source:
    """One input article as read, before cleaning.

    id: stable short id in input order (``S1``, ``S2``...).
    path: the file's name (with as many of its folders as tell it from
    another input's, "a/story.md") or the URL exactly as given.
    text: the article body as Unicode text, paragraphs separated by newlines.
    outlet, title, date (ISO 8601), url: metadata when known.
    sha256: of the raw input bytes.
    """

    id: str
    path: str
    text: str
    sha256: str
    outlet: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    author: str | None = None

    @property
    def label(self) -> str:
        """How the briefing names this source in its text: the outlet, else
        the title (a long one cut at a word), else the file name or URL.
        Never the bare id, which means nothing to a reader."""
        if self.outlet:
            return self.outlet
        if self.title:
            words = self.title.split()
            short = " ".join(words[:LABEL_WORDS])
            return short + "…" if len(words) > LABEL_WORDS else short
        return self.path or self.id


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of article body left after cleaning.

    index: position among the source's kept paragraphs (0-based).
    """

    source_id: str
    index: int
    text: str


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Span:
    """A run of characters in a paragraph: ``start``/``end`` offsets, ``quoted``
    when it lies between quotation marks (the marks themselves excluded)."""

    start: int
    end: int
    quoted: bool


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a paragraph, never cut inside a quotation.

    source_id: the source it comes from.
    paragraph: the index of its ``Paragraph`` in that source.
    index: its position among the paragraph's sentences (0-based).
    text: verbatim sentence (quote marks kept).
    quotes: the quoted stretches inside ``text`` (offsets into ``text``); a
    quotation left open at the paragraph's end runs to the end of ``text``.
    """

    source_id: str
    paragraph: int
    index: int
    text: str
    quotes: tuple[Span, ...] = ()


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Statement:
    """One attributed unit of reporting from one source.

    kind: what it is (``Kind``).
    text: verbatim wording (for quotes: the words inside the marks).
    speaker: canonical full name of the person or body, None for the outlet.
    speaker_role: the role as the sources describe it.
    fragments: for reported speech, the quoted fragments it contains.
    order: (paragraph, sentence, part) position in its source, for stable output.
    """

    source_id: str
    kind: Kind
    text: str
    speaker: str | None
    order: tuple[int, int, int]
    speaker_role: str | None = None
    fragments: tuple[str, ...] = ()


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Variant:
    """A wording of a block that differs from its canonical text.

    kind: ``wording`` (the same words, differently printed) or ``paraphrase``
    (an outlet's reported-speech sentence that quotes parts of the block).
    """

    source: str
    text: str
    kind: VariantKind = "wording"


class Reading(NamedTuple):
    """One way the outlets print a detail (a figure, a description, a
    speaker's name), with the sources that print it that way."""

    text: str
    sources: tuple[str, ...]


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Block:
    """The consolidation unit: one statement, however many outlets reported it.

    sources: ids of every source that reported it, in source order.
    variants: differing wordings, one per differing source.
    position / reason: filled by ``positions`` (``position`` is None until
    then; every block of a ``Briefing`` has one); ``loaded_terms`` (every word
    to watch in the text) and ``outlet_terms`` (those outside quotation marks,
    the outlet's own wording) by ``neutrality``.
    leans: for commentary, the position its cues point to (None when none).
    speaker_readings: when the outlets name different speakers, each name
    with the sources that give it, the majority (``speaker``) first.
    """

    id: str
    kind: Kind
    speaker: str | None
    text: str
    sources: tuple[str, ...]
    first: tuple[int, int, int, int]
    speaker_role: str | None = None
    variants: tuple[Variant, ...] = ()
    position: str | None = None
    reason: str = ""
    loaded_terms: tuple[str, ...] = ()
    outlet_terms: tuple[str, ...] = ()
    leans: str | None = None
    speaker_readings: tuple[Reading, ...] = ()


@dataclass(frozen=True)
class PositionSpec:
    """A position as the user's spec states it."""

    id: str
    label: str
    cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceMeta:
    """Metadata the spec supplies for an input that lacks it."""

    path: str
    outlet: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class DocumentInfo:
    """Optional lines from the spec for a briefing attached to a report:
    who made it, its reference number, a version or date line, a licence
    or disclaimer. Shown on the cover and in the PDF's metadata when given."""

    author: str | None = None
    organisation: str | None = None
    reference: str | None = None
    version: str | None = None
    licence: str | None = None


@dataclass(frozen=True)
class OutletGroups:
    """The spec's optional ``[outlets]`` table: a scale the user names
    (``lean = ["left", "centre", "right"]``) and the group each outlet is
    given on it. The tool rates no outlet itself; an outlet not listed is
    unrated.

    scale: the scale's name (``lean``); groups: its groups, in order.
    outlets: (outlet name as written in the spec, its group), in the spec's order.
    rated_by: the published rating the groups come from, as the spec cites it.
    """

    scale: str
    groups: tuple[str, ...]
    outlets: tuple[tuple[str, str], ...]
    rated_by: str | None = None


@dataclass(frozen=True)
class Spec:
    """The user's ``briefing.toml``; ``from_file`` is False for the fallback
    that groups by speaker."""

    title: str
    question: str | None
    positions: tuple[PositionSpec, ...]
    actors: tuple[tuple[str, str], ...] = ()
    sources: tuple[SourceMeta, ...] = ()
    from_file: bool = True
    document: DocumentInfo = DocumentInfo()
    outlets: OutletGroups | None = None


@dataclass(frozen=True)
class Position:
    """A section of the briefing: a spec position, or ``context`` (last)."""

    id: str
    label: str
    actors: tuple[str, ...] = ()
    mixed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Disputed:
    """A detail the outlets report differently (a figure, a description)."""

    topic: str
    readings: tuple[Reading, ...]
    kind: DisputedKind = "figure"


@dataclass(frozen=True)
class Balance:
    """Material for one position."""

    position: str
    label: str
    blocks: int
    words: int
    speakers: int
    outlets: int


@dataclass(frozen=True)
class Profile:
    """How one source framed the story, in its own voice."""

    source: str
    loaded: tuple[str, ...]
    commentary: int  # of its blocks, those in the outlet's own voice
    blocks: int  # the blocks it reported
    positions: tuple[str, ...]


@dataclass(frozen=True)
class Briefing:
    """Everything a renderer needs; renderers only format it."""

    title: str
    question: str | None
    sources: tuple[Source, ...]
    positions: tuple[Position, ...]
    blocks: tuple[Block, ...]
    roles: tuple[tuple[str, str], ...] = ()
    disputed: tuple[Disputed, ...] = ()
    balance: tuple[Balance, ...] = ()
    profiles: tuple[Profile, ...] = ()
    warnings: tuple[str, ...] = ()
    spec_from_file: bool = True
    notice: str | None = None  # for "How this briefing was made": how the sections were formed, when not by a spec
    document: DocumentInfo = DocumentInfo()
    outlet_groups: OutletGroups | None = None  # the spec's [outlets] table; None: no coverage by group is shown

    def __post_init__(self) -> None:
        # Renderers and the JSON contract read a position on every block.
        unplaced = [b.id for b in self.blocks if b.position is None]
        if unplaced:
            raise ValueError(f"blocks not placed: {', '.join(unplaced)}")

    @property
    def date(self) -> str | None:
        """The date of the newest source, when any source has one."""
        return max((s.date for s in self.sources if s.date), default=None)

    @property
    def outlets(self) -> tuple[str, ...]:
        """The outlets named in the sources' metadata (a source without one
        counts for none: its file name is not an outlet)."""
        return tuple(sorted({s.outlet for s in self.sources if s.outlet}))
