"""Word lists and lexicons as data, one folder per language (``en/``).

In: a list file's name (and a language). Out: its contents as parsed TOML
(``load``), or one of its lists as a set (``words``). In each language's
folder, the general lists (``grammar.toml``: closed classes and plain
words; ``reporting.toml``: the vocabulary of news reporting; ``stance.toml``:
the words that tell whether a view is the speaker's own) are apart from
lists of names (``given_names.toml``) and lists tied to one country
(``places_us.toml``); every file says where its words come from. The verbs of
opposite direction and the adjectives of opposite sense (``opposites.txt``,
``opposite_adjectives.txt``, derived from WordNet) are read by
``direction``, how two verbs stand to each other (``verbs.txt``, derived
from WordNet too) by ``verbs``, the synonyms in their first sense
(``synonyms.txt``, from WordNet too) by ``synonyms``, the nouns of an
action (``actions.txt``, from WordNet too) by ``actions``, the nouns of
concrete things, of beings and that count people (``things.txt``,
``beings.txt``, ``people.txt``, from WordNet too) by ``things``, the verbs
of consent and refusal (``consent.txt``, from WordNet too) by ``cues``, and
the common nouns of people (``person_nouns.txt``, from WordNet too) by
``mention_words``. The words to watch (``words_to_watch.toml``,
``subjective.txt``) are English too and are read by ``lexicon``.

What a run makes of a file (its TOML parsed, a WordNet table read into a
dict: ``table``) is kept between runs (``kept``), as CPython keeps compiled
modules: a seed build spent about a tenth of its time parsing the same
files again. A table that a build only looks words up in (``keyed``) is
kept in buckets, each read when a word first falls in it: a seed build
asks ``things.txt`` about one word of its 43,851, and spent 20 ms reading
them all back.
"""

from __future__ import annotations

import marshal
import zlib
from collections.abc import Callable, Hashable, Iterator, Mapping
from functools import cache
from typing import Any, TypeVar, overload

from .store import FOLDER, kept

LANGUAGE = "en"
T = TypeVar("T")
V = TypeVar("V")
BUCKET = 16  # keys a bucket of a ``Keyed`` table holds, on average


def toml(path: str) -> dict[str, Any]:
    """The TOML file at ``path`` (under this folder), parsed."""
    import tomllib  # here: ``compiled`` imports this package before its block, and tomllib's patterns compiled in one are kept

    return kept(path, tomllib.loads)


@cache
def load(name: str, language: str = LANGUAGE) -> dict[str, Any]:
    """The TOML file ``LANGUAGE/NAME.toml``, parsed."""
    return toml(f"{language}/{name}.toml")


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def lines(name: str, language: str = LANGUAGE) -> list[str]:
    """The lines of the text file ``LANGUAGE/NAME``, without blank lines and
    comments (those that open with "#")."""
    return _lines((FOLDER / language / name).read_text("utf-8"))


def table(name: str, parse: Callable[..., T], *args: Hashable, language: str = LANGUAGE) -> T:
    """``parse(lines(name), *args)``, kept between runs (``kept``, keyed by
    ``_lines`` too): ``parse`` reads nothing but its arguments and returns
    plain values (dicts, lists, tuples, sets, strings, numbers)."""
    return kept(f"{language}/{name}", lambda text: parse(_lines(text), *args), _lines, parse, *args)


def words(name: str, key: str, language: str = LANGUAGE) -> frozenset[str]:
    """The list ``key`` of ``LANGUAGE/NAME.toml``, as a set."""
    return frozenset(load(name, language)[key])


class Keyed(Mapping[str, V]):
    """A table of a data file as ``keyed`` keeps it: its keys spread over
    buckets by a checksum of the key (the same in every run, where
    ``hash`` is not), each bucket a ``marshal`` string read into a dict
    when a key first falls in it."""

    def __init__(self, buckets: tuple[bytes, ...]) -> None:
        self._buckets = buckets
        self._read: list[dict[str, V] | None] = [None] * len(buckets)

    def _bucket(self, n: int) -> dict[str, V]:
        found = self._read[n]
        if found is None:
            found = self._read[n] = marshal.loads(self._buckets[n])
        return found

    def __getitem__(self, key: str) -> V:
        if not isinstance(key, str):  # no word: as a dict of words answers
            raise KeyError(key)
        return self._bucket(_bucket_of(key, len(self._buckets)))[key]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._bucket(_bucket_of(key, len(self._buckets)))

    @overload
    def get(self, key: str, /) -> V | None: ...
    @overload
    def get(self, key: str, default: V | T, /) -> V | T: ...
    def get(self, key: str, default: Any = None) -> Any:
        return self._bucket(_bucket_of(key, len(self._buckets))).get(key, default) if isinstance(key, str) else default

    def __iter__(self) -> Iterator[str]:
        for n in range(len(self._buckets)):
            yield from self._bucket(n)

    def __len__(self) -> int:
        return sum(len(self._bucket(n)) for n in range(len(self._buckets)))


def _bucket_of(key: str, buckets: int) -> int:
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % buckets


def _buckets(value: dict[str, Any] | tuple[dict[str, Any], ...]) -> tuple[bool, tuple[tuple[bytes, ...], ...]]:
    """Whether ``value`` is one dict, and each of its dicts as ``Keyed``
    keeps it: ``BUCKET`` keys a bucket, each bucket ``marshal``'s bytes."""
    tables = value if isinstance(value, tuple) else (value,)
    parts = []
    for table in tables:
        buckets: list[dict[str, Any]] = [{} for _ in range(max(1, len(table) // BUCKET))]
        for key, found in table.items():
            buckets[_bucket_of(key, len(buckets))][key] = found
        parts.append(tuple(map(marshal.dumps, buckets)))
    return not isinstance(value, tuple), tuple(parts)


@overload
def keyed(name: str, parse: Callable[..., dict[str, V]], *args: Hashable) -> Keyed[V]: ...
@overload
def keyed(name: str, parse: Callable[..., tuple[dict[str, V], dict[str, T]]], *args: Hashable) -> tuple[Keyed[V], Keyed[T]]: ...
def keyed(name: str, parse: Callable[..., Any], *args: Hashable) -> Any:
    """``table(name, parse, *args)`` for a ``parse`` that returns a dict of
    words (or two), as a ``Keyed`` (or two): kept between runs in buckets,
    of which a run reads those its look-ups fall in."""
    one, parts = kept(f"{LANGUAGE}/{name}", lambda text: _buckets(parse(_lines(text), *args)), _lines, parse, *args)
    tables: tuple[Keyed[Any], ...] = tuple(map(Keyed, parts))
    return tables[0] if one else tables
