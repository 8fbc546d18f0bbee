"""Cues a sentence judges: a cue that names one side's thing in a sentence
whose verdict goes against that thing. The sentence's words
(``cue_words.clause_words``) and the cue's place in, the reason (a
``set_aside.SetAsideKind`` and its words) out, or None when the cue counts.

Five forms, each the speaker's verdict on what the cue names, not a claim
of the cue's side:

- a noun of a false belief before it ("the myth of safer roads", "this
  fantasy that the savings will come"): the view is named to dismiss it;
- a comparison of cost favours the cheaper of the two things it compares:
  a cue in the dearer ("a new pool would cost twice as much as a refit",
  "a refit is cheaper than a new pool") is judged against, a cue in the
  cheaper counts;
- a copula of seeming with an "until" after the cue ("a four-day week
  sounds lovely until you ...", "it looks like a bargain until ..."): the
  appearance is granted only to be taken back;
- the cue as the subject of its clause, its verb denied ("speed cameras
  will not stop crashes", "faster trains will never happen"): what the
  thing is said to do is denied; a verb of harm or "cost" denied ("the
  tunnel will not hurt anyone") is said in its favour, and a predicate of
  "to be" denied ("fewer buses are not a luxury") may deny a charge: the
  cue still counts.
- one of alternatives the speaker says they do not mind between ("rebuild
  it or demolish it, I don't mind which", "it does not matter which"):
  no preference is stated; unless every alternative is a cue of one
  position ("rebuild it or refurbish it", both of restoring), which the
  speaker then wants whichever is done (``wanted_whichever``).

Each is "judged": the cue counts for no side, and turns no speaker to the
other, since a cue may name the harm a side fears as well as the good it
wants ("the ambulance ride sounds short until ...", "the queues won't get
shorter" are said against the closure that makes them), so the other words
of the speaker place them.
"""

from __future__ import annotations

from . import verbs
from .cue_words import NEGATORS, bases
from .data import words
from .forms import number_word
from .lexicon import language
from .set_aside import SetAsideKind
from .verdicts import BE, COSTS, EFFECTS, HARMING, MODALS, NOT, OBJECT_PRONOUNS, PREPOSITIONS
from .wording import FUNCTION_WORDS

COSTLIER = words("stance", "costlier")
CHEAPER = words("stance", "cheaper")
DEARER_ADJECTIVES = words("stance", "dearer_adjectives")
CHEAPER_ADJECTIVES = words("stance", "cheaper_adjectives")
SEEMING = words("stance", "seeming")
FALSEHOODS = words("stance", "falsehoods")
COMING_ABOUT = words("stance", "coming_about")
UNTIL = "until"
INDIFFERENT = words("stance", "indifferent")  # "I don't mind which": no preference between alternatives
# "rebuild it or refurbish it", "mend them or ...": a verb's alternative ends on its object, a pronoun.
ALTERNATIVE_OBJECTS = OBJECT_PRONOUNS | {"it"}
ARTICLES = ("a", "an", "the")
PRICE = "expensive"  # "more expensive", "less expensive": the adjective of price compared with "more" or "less"
# Between a subject and "not": English's auxiliaries and modals ("will not", "does not", "has never").
_BEFORE_NOT = language()["auxiliaries"] | MODALS  # its auxiliaries hold "do", "does", "did"
# After a verb, words that open no object it acts on (``verdicts._effect``): prepositions, "that", the
# particles of a phrasal verb ("will not go away") and the reflexive pronouns ("won't fix itself").
OPEN_NO_OBJECT = PREPOSITIONS | {"|", "that"} | words("grammar", "phrasal_particles") | words("grammar", "intensifiers")


def judged(tokens: list[str], at: int, size: int, one_side: bool) -> tuple[SetAsideKind, str] | None:
    """Why the cue of ``size`` words at ``tokens[at]`` is judged against by
    its sentence (kind, in words), if it is; ``one_side``: the alternatives
    the sentence does not mind between are all cues of one position
    ("rebuild it or refurbish it, I don't mind which", both of restoring),
    which it then wants whichever is done."""
    start = max((i + 1 for i in range(at) if tokens[i] == "|"), default=0)
    end = next((i for i in range(at + size, len(tokens)) if tokens[i] == "|"), len(tokens))
    if _dearer(tokens, start, end, at):
        return "judged", "the dearer side of a comparison of cost ('... would cost twice as much as ...'), which favours the other"
    falsehood = _falsehood(tokens, start, at)
    if falsehood:
        return "judged", f"named as a false belief ('the {falsehood} ...') to dismiss it"
    if _seems_until(tokens, start, at, size):
        return "judged", "seems so only until the speaker's point ('... sounds ... until ...') takes it back"
    denied = _denied_subject(tokens, start, at, size, end)
    if denied:
        return "judged", f"the subject of a denied verb ('{denied} ...'): what it is said to do is denied"
    if not one_side and _indifferent(tokens, at, size):
        return "judged", "one of alternatives the speaker does not mind between ('X or Y, I don't mind which')"
    return None


def wanted_whichever(tokens: list[str], cued: list[tuple[str, str, int, int]]) -> bool:
    """Whether the alternatives the sentence does not mind between are all
    cues of one position (``cued``: position, cue, where, words): two or
    more such cues, and one "or" fewer than them in their clause ("rebuild
    it or refurbish it, I don't mind which"; not "a causeway or a road
    bridge or a new quay, I don't mind which", where one is no cue)."""
    minded = {(pid, at) for pid, _, at, size in cued if _indifferent(tokens, at, size)}
    if len(minded) < 2 or len({pid for pid, _ in minded}) > 1:
        return False
    first, last = min(at for _, at in minded), max(at for _, at in minded)
    start = max((i + 1 for i in range(first) if tokens[i] == "|"), default=0)
    end = next((i for i in range(last, len(tokens)) if tokens[i] == "|"), len(tokens))
    return tokens[start:end].count("or") == len(minded) - 1


def _indifferent(tokens: list[str], at: int, size: int) -> bool:
    """Whether the cue is one of alternatives joined by "or" (the cue, or
    the cue and "it", right before it; "or" and any article right before the
    cue) that the sentence then says the speaker does not mind between: a
    negated verb of caring and a bare "which" ending a clause ("rebuild it
    or refurbish it, I don't mind which", "it does not matter which"). Not
    an "or" within what the cue's alternative says of it ("the causeway now
    or next spring, I don't mind which" still wants the causeway)."""
    after = tokens[at + size : at + size + 2]
    before = tokens[max(at - 2, 0) : at]
    ends_alternative = after[:1] == ["or"] or (after[1:] == ["or"] and after[0] in ALTERNATIVE_OBJECTS)
    if not (ends_alternative or before[-1:] == ["or"] or (len(before) == 2 and before[0] == "or" and before[1] in ARTICLES)):
        return False
    return any(
        tokens[k] in NOT and tokens[k + 1] in INDIFFERENT and tokens[k + 2] == "which" and tokens[k + 3 : k + 4] in ([], ["|"])
        for k in range(at, len(tokens) - 2)
    )


def _dearer(tokens: list[str], start: int, end: int, at: int) -> bool:
    """Whether the cue at ``at`` stands in the dearer of the two things a
    comparison of cost in its clause compares: the subject before the
    comparison or the standard after its "than" or "as much as"."""
    for k in range(start, end):
        # Right after the verb, or after a number ("three times as much"): "will cost them more" compares who pays.
        after = tokens[k + 1 + (k + 2 < end and (tokens[k + 1].isdigit() or number_word(tokens[k + 1]))) : k + 3]
        if tokens[k] in COSTS and set(after[:1]) & COSTLIER:
            subject_dearer = True
        elif tokens[k] in COSTS and set(after[:1]) & CHEAPER:
            subject_dearer = False
        elif tokens[k] in DEARER_ADJECTIVES or tokens[k : k + 2] == ["more", PRICE]:
            subject_dearer = True
        elif tokens[k] in CHEAPER_ADJECTIVES or tokens[k : k + 2] == ["less", PRICE]:
            subject_dearer = False
        else:
            continue
        standard = next((j for j in range(k + 1, end) if tokens[j] == "than" or (tokens[j] == "as" and tokens[j - 1] in ("much", "many"))), None)
        if standard is None:
            return False
        return at < k if subject_dearer else at > standard
    return False


def _falsehood(tokens: list[str], start: int, at: int) -> str | None:
    """The noun of a false belief and its preposition or "that" when they
    stand before the cue in its clause with only function words between
    ("the myth of ...", "a fantasy that the ..."), if they do."""
    for k in range(start, at - 1):
        if tokens[k] in FALSEHOODS and tokens[k + 1] in ("of", "that", "about") and all(w in FUNCTION_WORDS for w in tokens[k + 2 : at]):
            return f"{tokens[k]} {tokens[k + 1]}"
    return None


def _seems_until(tokens: list[str], start: int, at: int, size: int) -> bool:
    """Whether a copula of seeming stands in the cue's clause, before the
    cue or right after it, and an "until" after both ("X sounds lovely until
    ...", "it looks like X until ...")."""
    seems = any(k < len(tokens) and bases(tokens[k]) & SEEMING for k in (*range(start, at), at + size))
    return seems and UNTIL in tokens[at + size :]


def _denied_subject(tokens: list[str], start: int, at: int, size: int, end: int) -> str | None:
    """The words that deny the verb of the cue when the cue is its clause's
    subject (only function words before it in the clause): "not", "never"
    or "n't" after auxiliaries, modals and adverbs in -ly at most ("speed cameras will not
    stop ...", "a bypass won't save ..."), or, the cue opening the sentence,
    a clause of contrast "not" and a verb ("speed cameras would move the
    crashes elsewhere, not stop them"): the cue and the denial, as printed;
    None when the verb denied does not act on an object (``_acts``)."""
    if any(w not in FUNCTION_WORDS for w in tokens[start:at]):
        return None
    after = at + size
    n = next((j for j in range(after, min(end, after + 4)) if tokens[j] in NOT), None)
    if n is not None and all(w in _BEFORE_NOT or w.endswith("ly") or (tokens[n] == "t" and j == n - 1) for j, w in enumerate(tokens[after:n], after)):
        return " ".join(tokens[at : n + 1]) if _acts(tokens, n, end) else None
    if start:
        return None
    # "..., not stop them": "not" opening a later clause, before a verb in its base form.
    n = next((j + 1 for j in range(end, len(tokens) - 2) if tokens[j] == "|" and tokens[j + 1] == "not" and tokens[j + 2] in verbs.lemmas(tokens[j + 2])), None)
    close = next((j for j in range(n, len(tokens)) if tokens[j] == "|"), len(tokens)) if n else 0
    return f"{' '.join(tokens[at:after])} ... not {tokens[n + 1]}" if n and _acts(tokens, n, close) else None


def _acts(tokens: list[str], n: int, end: int) -> bool:
    """Whether the verb denied by the negator at ``n`` says what a thing
    does: a verb of coming about or of working with no object or any other
    after it ("will never happen", "won't work"), or a verb with an object
    (not a preposition, "that" nor the clause's end after it: "does not
    stop at the gates" may deny that a harm ends); not a form of "to be"
    ("fewer buses are not a luxury" may deny a charge, which either side
    may; but "is not going to work" is the verb's future), no verb of harm
    ("will not hurt the birds" speaks for the thing) and no "cost"."""
    v = next((j for j in range(n + 1, end) if tokens[j] not in _BEFORE_NOT and tokens[j] not in NEGATORS), end)
    future = tokens[v : v + 2] == ["going", "to"]
    v += 2 * future
    verb, thing = tokens[v] if v < end else "", tokens[v + 1] if v + 1 < end else "|"
    said = {*tokens[max(0, n - 2) : n], verb}
    if (BE & said and not future) or verb in HARMING or EFFECTS.get(verb) == "harm" or verb in COSTS:
        return False
    return bool(bases(verb) & COMING_ABOUT) or thing not in OPEN_NO_OBJECT
