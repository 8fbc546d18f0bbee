"""The words of the sources, as the no-spec title and the draft spec read
them: tokens, content words, the words the sources print capitalised
(``proper_words``), and phrases, the runs of words a cue or a subject can
be: they begin and end with a content word inside one clause.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence, Set

from . import wording
from .caches import per_build
from .data import words
from .lexicon import language
from .model import Source
from .wording import normal, typographic

# Closed-class words (most indefinite pronouns among them), and the commonest
# adverbs and words of time and quantity: words that name no subject and
# separate no side.
FUNCTION_WORDS = wording.FUNCTION_WORDS | words("grammar", "plain_words") | words("grammar", "indefinite_pronouns")
DETERMINERS = words("grammar", "determiners") | {"our"}
# Words that open a clause's object or a new clause ("... makes | no
# difference", "a minute | they are not paid", "never seen | anybody"): a phrase that stops right
# before one ends on a verb without its object, or mid-clause.
OBJECT_OPENERS = DETERMINERS | words("grammar", "personal_pronouns") | words("grammar", "indefinite_pronouns") | {"no", "every", "some", "any", "my", "your", "nobody", "nothing"}
# A cue stops before none of these either: a particle of a phrasal verb ("went | up").
CUT_BEFORE = OBJECT_OPENERS | words("grammar", "phrasal_particles")
# Spelled-out numbers: a cue or a subject holds no figure, in digits or in
# words ("forty one years", "three branch libraries"); "one" is left out, as
# it is more often a pronoun ("the one way").
NUMBER_WORDS = (words("grammar", "number_units") - {"one"}) | words("grammar", "number_tens") | words("grammar", "number_scales")
SENTENCE_OPENERS = {".", "!", "?", ":", ";", '"', "“", "‘", "'", "(", "—", "–", "-"}
# Where a phrase ends: sentence and clause punctuation, brackets, a dash.
CLAUSE_BREAK = re.compile(r"[.,;:!?()\[\]…—–]+|\s-\s")


def words_of(text: str) -> list[str]:
    return normal(text).split()


@per_build  # a story's words come back in every source: each is tested once
def content(word: str) -> bool:
    return len(word) > 2 and not word.isdigit() and word not in FUNCTION_WORDS and word not in language()["speech_verbs"]


def phrases(text: str, sizes: Sequence[int] = (2, 3), stops: Set[str] = OBJECT_OPENERS) -> set[str]:
    """Runs of ``sizes`` words that begin and end with a content word, with
    no "and"/"or"/"but" inside (two phrases, not one), no word twice, and
    inside one clause: none runs across a full stop, comma or dash ("Nothing
    is permanent. If the trial ..." gives no "permanent if the trial"), nor
    ends inside a hyphenated word ("sails half" of "sails half-empty"), nor
    right before a word of ``stops``."""
    out = set()
    for clause in CLAUSE_BREAK.split(text):
        words = words_of(clause)
        for n in sizes:
            for i in range(len(words) - n + 1):
                run = words[i : i + n]
                if (
                    content(run[0]) and content(run[-1]) and not set(run[1:-1]) & {"and", "or", "but"}
                    and len(set(run)) == n and not _in_compound(clause, run)
                    and (i + n == len(words) or words[i + n] not in stops)
                ):
                    out.add(" ".join(run))
    return out


def _in_compound(clause: str, run: list[str]) -> bool:
    """Whether the run, as printed in ``clause``, begins or ends inside a
    hyphenated word."""
    if "-" not in clause:
        return False
    printed, text = r"\W+".join(map(re.escape, run)), typographic(clause).casefold()
    # A run the normal form does not print as is (an accent dropped) is kept.
    return re.search(printed, text) is not None and re.search(rf"(?<![\w-]){printed}(?![\w-])", text) is None


_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*|[^\w\s]")


def tokenise(text: str) -> list[str]:
    """Words (a hyphenated compound is one: "same-sex") and punctuation."""
    return _TOKEN.findall(typographic(text))


def proper_words(sources: Sequence[Source]) -> set[str]:
    """Words the sources print capitalised inside a sentence at least as
    often as not: names of people, places, bodies and peoples ("Quillmere",
    "Senate", "Welsh"). A sentence's first word tells nothing and is not
    counted."""
    capital: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for s in sources:
        for paragraph in s.text.split("\n"):
            tokens = tokenise(paragraph)
            for before, word in zip(["."] + tokens, tokens):
                if word[0].isalpha() and before not in SENTENCE_OPENERS:
                    seen[word.casefold()] += 1
                    capital[word.casefold()] += word[0].isupper()
    return {w for w in seen if capital[w] * 2 >= seen[w]}
