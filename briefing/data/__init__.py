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
files again.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Hashable
from functools import cache
from typing import Any, TypeVar

from .store import FOLDER, kept

LANGUAGE = "en"
T = TypeVar("T")


def toml(path: str) -> dict[str, Any]:
    """The TOML file at ``path`` (under this folder), parsed."""
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
