"""Word lists and lexicons as data, one folder per language (``en/``).

In: a list file's name (and a language). Out: its contents as parsed TOML
(``load``), or one of its lists as a set (``words``). In each language's
folder, the general lists (``grammar.toml``: closed classes and plain
words; ``reporting.toml``: the vocabulary of news reporting; ``stance.toml``:
the words that tell whether a view is the speaker's own) are apart from
lists of names (``given_names.toml``) and lists tied to one country
(``places_us.toml``); every file says where its words come from. The verbs of
opposite direction (``opposites.txt``, derived from WordNet) are read by
``paraphrase``, how two verbs stand to each other (``verbs.txt``, derived
from WordNet too) by ``verbs``, the synonyms in their first sense
(``synonyms.txt``, from WordNet too) by ``synonyms``, the nouns of an
action (``actions.txt``, from WordNet too) by ``actions``, the nouns of
concrete things, of beings and that count people (``things.txt``,
``beings.txt``, ``people.txt``, from WordNet too) by ``things``, the verbs
of consent and refusal (``consent.txt``, from WordNet too) by ``cues``, and
the common nouns of people (``person_nouns.txt``, from WordNet too) by
``mention_words``. The words to watch (``words_to_watch.toml``,
``subjective.txt``) are English too and are read by ``lexicon``.

A TOML file is parsed once (``parsed``) and kept, as parsed, in the user's
cache folder between runs (parsing the lists took a seed build about 12 ms
of CPU; reading them back, under 1 ms).
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .. import __version__
from ..files import write_atomic

LANGUAGE = "en"


@cache
def load(name: str, language: str = LANGUAGE) -> dict[str, Any]:
    """The TOML file ``LANGUAGE/NAME.toml``, parsed."""
    return parsed(resources.files(__name__).joinpath(language, f"{name}.toml").read_text("utf-8"))


def cache_folder() -> Path:
    """briefing's folder in the user's cache: ``$XDG_CACHE_HOME/briefing``,
    else ``%LOCALAPPDATA%`` (Windows) or ``~/.cache``."""
    root = os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(root) / "briefing"


def parsed(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``, kept in ``cache_folder`` between runs. An
    entry is named by briefing's version, the interpreter's (marshal's
    format may change with it) and a hash of the text, so an edited list
    is parsed anew; an entry that cannot be read is parsed again, and one
    that cannot be written (no cache folder, or not ours to write in) is
    not kept, which changes nothing but the time."""
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
    path = cache_folder() / f"{__version__}-{sys.implementation.cache_tag}-{digest}.toml.marshal"
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):  # none yet, or damaged
        found = marshal.loads(path.read_bytes())
        if isinstance(found, dict):
            return found
    import tomllib  # only when a list is parsed anew (a spec is read by ``spec``)

    found = tomllib.loads(text)
    with contextlib.suppress(OSError, ValueError):  # not writable, or a value marshal cannot keep
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomic(path, marshal.dumps(found), private=True)
    return found


def lines(name: str, language: str = LANGUAGE) -> list[str]:
    """The lines of the text file ``LANGUAGE/NAME``, without blank lines and
    comments (those that open with "#")."""
    text = resources.files(__name__).joinpath(language, name).read_text("utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def words(name: str, key: str, language: str = LANGUAGE) -> frozenset[str]:
    """The list ``key`` of ``LANGUAGE/NAME.toml``, as a set."""
    return frozenset(load(name, language)[key])
