"""Forms of saying read from a sentence as a whole, where no cue word names
the speaker by itself: a participle clause ("Roe visited the plant,
saying ..."), a second verb of the subject ("Roe toured the site and said
..."), a quoted fragment in a sentence about one person ('Roe called the
plan "a disaster"'), "as Roe put it" and "Roe talks about ...".

In: the tokens of one sentence (``sentence_tokens.tokens``). Out: the
``Mention`` of its speaker, or None. ``cue_rules.speaker_in`` tries these after
the rules that hang on a cue word.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from .data import words
from .lexicon import language
from .mention_words import AUX, DETERMINERS, OPENERS, PREPOSITIONS, PRONOUNS, RELATIVES, Mention
from .mentions import mention_back, mention_forward
from .saying_verbs import (
    PARTICIPLE_CUES,
    PLAIN_FORMS,
    PROGRESSIVE,
    PRONOUN_SUBJECTS,
    REPORTING,
    SPEAKING,
    been_done,
    other_sense,
    saying_form,
    topic_after,
)
from .sentence_tokens import Token
from .subjects import INTRODUCERS, described

SUBORDINATORS = words("grammar", "subordinators")
_OPENERS_ALONE = OPENERS - INTRODUCERS  # openers that are no introductory phrase's first word: made once
_PHRASE_INTRODUCERS = INTRODUCERS - SUBORDINATORS  # what opens a phrase with no subject of its own ("In March,"), not a clause


def sentence_subject(toks: Sequence[Token]) -> Mention | None:
    """Who the sentence is about: its first name, pronoun or description,
    after an opener ("But", "On Tuesday,"), an introductory phrase or a
    one-word label before a colon ("Updated:")."""
    p = 2 if len(toks) > 2 and toks[1].text == ":" and toks[0].text.istitle() else 0  # "Updated: Roe said ...": a label; not "UN:", a name
    while p < len(toks) and (toks[p].low in _OPENERS_ALONE or (toks[p].text.isupper() and len(toks[p].text) > 2) or toks[p].text in {"—", "–", ","}):
        p += 1
    if p + 1 < len(toks) and toks[p].low.endswith("ly") and toks[p + 1].text == ",":
        p += 2  # "Privately, the mayor ...": an adverb set off before the subject
    if p < len(toks) and (toks[p].low in INTRODUCERS or toks[p].low.endswith("ing")):
        commas = [j for j in range(p, min(len(toks), p + 16)) if toks[j].text == ","]
        # "At a rally in Dover, Del., on Monday, Jo Roe said": the phrase may hold commas of its own
        p = next((j + 1 for j in commas if j + 1 < len(toks) and toks[j + 1].quote < 0 and mention_forward(toks, j + 1)), -1)
        if p < 0:
            return None
    if p >= len(toks) or toks[p].quote >= 0:
        return None
    found = mention_forward(toks, p)
    if found is None or found.kind not in {"name", "pronoun", "definite", "body"}:
        return None
    if found.kind == "pronoun" and found.head not in {"he", "she", "they"}:
        return None  # "they" points back to a group ("They toured the site and said ...")
    return found


def participle_at(toks: Sequence[Token]) -> int:
    """Where a participle of saying attaches speech to the clause before it
    ("..., saying", "released a statement saying"), or -1."""
    return next((j for j in range(1, len(toks)) if toks[j].low in _PARTICIPLE_WORDS and _participle(toks, j) and _attaches(toks, j)), -1)


_PARTICIPLE_WORDS = SPEAKING | PARTICIPLE_CUES | {"asking"}  # what ``_participle`` may accept: any other word is passed over at once


def _participle(toks: Sequence[Token], j: int) -> bool:
    """A participle of saying, in its sense of saying, of talking with
    its topic ("speaking at length about", ``saying_verbs.topic_after``),
    or of asking with its question (``_question_after``)."""
    if toks[j].low in SPEAKING:
        return topic_after(toks, j)
    if toks[j].low == "asking":
        return _question_after(toks, j)
    return toks[j].low in PARTICIPLE_CUES and not other_sense(toks, j)


# What opens an indirect question (Quirk et al. 1985, 15.5: "whether", "if"
# and the wh-words): "asking (Roe) whether ..." reports a question put.
_QUESTION_OPENERS = words("stance", "interrogatives")


def _question_after(toks: Sequence[Token], j: int) -> bool:
    """"asking whether the depot would close", "asking Roe pointedly why
    ...": an indirect question follows "asking", past up to two words of
    its object or an adverb (not "asking for help" nor "asking price")."""
    for k in range(j + 1, min(len(toks), j + 4)):
        if toks[k].low in _QUESTION_OPENERS:
            return True
        if not toks[k].text[:1].isalnum() or toks[k].quote >= 0:
            return False
    return False


def _attaches(toks: Sequence[Token], j: int) -> bool:
    """The participle at ``j`` opens a clause of the sentence's subject
    (after a comma, a dash, "before", "after", "while", "by", and after
    those words past an adverb: "Roe, after initially saying ..., entered
    the race") or is what a message its subject sent out says (``_issued``)."""
    if toks[j - 1].text in {",", "—", "–"} or toks[j - 1].low in _TIME_OR_MEANS:
        return True
    adverb = j > 1 and toks[j - 1].low.endswith("ly") and not toks[j - 1].capital
    return adverb and toks[j - 2].low in _TIME_OR_MEANS or _issued(toks, j)


_TIME_OR_MEANS = frozenset({"before", "after", "while", "by"})


MESSAGES = language()["message_nouns"]
ISSUING = language()["issuing_verbs"]
_GET = frozenset({"get", "gets", "got", "getting"})  # the passive of "get": "Roe got sent a letter saying"


def _issued(toks: Sequence[Token], j: int) -> bool:
    """"Roe released a statement saying ...", "The trust sent an email on
    Friday saying ...": a message its subject sent out says it, so the
    subject does (not "Roe received a letter saying", nor "Roe was (got)
    sent an email saying", whose subject only got it, nor "Roe released
    Lee's statement saying", someone else's message)."""
    noun = next((k for k in range(j - 1, max(0, j - 4), -1) if toks[k].low in MESSAGES), -1)  # "a statement (on Friday) saying"
    verb = next((k for k in range(noun - 1, max(-1, noun - 5), -1) if toks[k].low in ISSUING), -1) if noun > 0 else -1
    passive = verb > 0 and (toks[verb - 1].low in PROGRESSIVE or toks[verb - 1].low in _GET)
    return verb > 0 and not passive and all(t.quote < 0 and t.text != "," and not t.possessive for t in toks[verb:j])



LIGHT_VERBS = language()["light_verbs"] | ISSUING
_NOT_MAIN = RELATIVES | SUBORDINATORS  # before a verb: it is in a clause of its own
# A noun of saying: one of the medium or act of saying, a message, or a
# verb of saying's plain form that is also a noun, and its plural ("a
# statement", "a speech", "comments", "a promise"); not an occasion ("made
# an appearance", ``saying_verbs.SAYING_OCCASIONS``).
SAYING_OBJECTS = language()["saying_nouns"] | MESSAGES | PLAIN_FORMS | {f"{w}s" for w in PLAIN_FORMS}


def eventive_saying(toks: Sequence[Token]) -> Mention | None:
    """"Roe made comments about the toll", "Roe issued a statement
    expressing regret", "Roe gave a speech: ...": a verb of general meaning
    with a noun of saying as its object (``LIGHT_VERBS``,
    ``SAYING_OBJECTS``) says what that noun names, when what was said
    follows the noun ("about", a colon, a quotation, the -ing form of a verb
    of saying); its subject, right before the verb, is the speaker. "Roe
    made a claim on the policy", "gave a speech on Monday", "a speech about
    20 minutes long", "a statement about an hour later" (``_approximate``)
    and "gave a speech that ran long" (a relative clause)
    name nothing said and stay events; the plain form only speaks after a
    subject pronoun ("they make comments about"; not "asked Roe to make",
    "heard Roe make"), and a verb after another's words is not the
    subject's ("the mayor's office gave": the office's, not the mayor's)."""
    for v in range(1, len(toks) - 2):
        if toks[v].low not in LIGHT_VERBS or toks[v].capital:
            continue
        noun = next((k for k in range(v + 1, min(len(toks) - 1, v + 5)) if toks[k].low in SAYING_OBJECTS), -1)
        if noun < 0 or any(t.quote >= 0 or not t.text[:1].isalnum() or t.low in PREPOSITIONS or t.possessive for t in toks[v + 1 : noun]):
            continue  # "giving rise to questions about", "released Lee's statement": no object of the verb, or another's
        if any(t.low in _NOT_MAIN for t in toks[:v]):
            return None  # "her sister, who had given speeches ...": not the subject's own verb
        if toks[v].low + "s" in LIGHT_VERBS and toks[v - 1].low not in PRONOUN_SUBJECTS:
            return None  # a plain form after another's object or "to": "urged Roe to make", "heard Roe make"
        after, topic = toks[noun + 1], toks[noun + 2] if noun + 2 < len(toks) else None
        # what was said after the noun, not a figure ("about 20 minutes long"); "issued the following statement:" introduces a block quote
        said = after.low == "about" and topic is not None and not _approximate(toks, noun + 2) or after.text == ":" and topic is not None
        said = said or after.quote >= 0 or after.low.endswith("ing") and saying_form(after.low)
        passive = toks[v - 1].low in PROGRESSIVE or toks[v - 1].low in _GET or been_done(toks, v)  # "Roe was given (got sent) a letter": Roe got it
        found = sentence_subject(toks[: v + 1]) or described_subject(toks[: v + 1]) if said and not passive else None
        return replace(found, cue=toks[v].start) if found is not None and _ends_before(toks, v, found) else None
    return None


# "about" as "approximately" (Quirk et al. 1985, 7.56: an approximator
# before a number): a figure, or a number spelled out or "a"/"an"/"half"
# before a unit of time ("about forty minutes later", "about an hour
# later"); not a topic that opens with one ("about a dozen new hires",
# "about one of his rivals", "about a day of rest").
_NUMBER_WORDS = words("grammar", "number_units") | words("grammar", "number_tens") | {"a", "an", "half"}
_ROUGH_UNITS = words("grammar", "time_units") | {"day", "hour", "minute"}
_ROUGH_UNITS |= {f"{w}s" for w in _ROUGH_UNITS}


def _approximate(toks: Sequence[Token], k: int) -> bool:
    """The words at ``k``, after "about", are a quantity: "about 40
    minutes", "about forty minutes", "about an hour later", "about half
    an hour"."""
    if toks[k].text[:1].isdigit():
        return True
    unit = k + 1
    while unit < len(toks) and unit - k <= 2 and toks[unit - 1].low in _NUMBER_WORDS and toks[unit].low in _NUMBER_WORDS:
        unit += 1  # "half an hour"
    measured = toks[k].low in _NUMBER_WORDS and unit < len(toks) and toks[unit].low in _ROUGH_UNITS
    return measured and (unit + 1 >= len(toks) or toks[unit + 1].low != "of")


def _ends_before(toks: Sequence[Token], v: int, found: Mention) -> bool:
    """``found`` ends right before the verb at ``v``, past auxiliaries and
    adverbs ("Roe has since given"): no other noun stands between ("Ray and
    Roe made", "the mayor's office gave")."""
    k = v - 1
    while k > 0 and (toks[k].low in AUX or toks[k].low.endswith("ly")):
        k -= 1
    return toks[k].low == found.text.split()[-1].lower()


def participle_clause(toks: Sequence[Token]) -> Mention | None:
    """"Jane Roe visited the plant, saying (that) ...": the subject speaks.
    Where the main subject is no person ("It came after Roe wrote to the
    board, accusing it of ..."), the participle is said by the subject of
    the clause it follows, opened by "after", "as", "when" ..."""
    cue = participle_at(toks)
    if cue <= 0 or _clause_as_subject(toks):
        return None
    found = sentence_subject(toks[:cue]) or described_subject(toks[:cue])
    if found is None:
        opens = max((j for j in range(1, cue) if toks[j].low in SUBORDINATORS and toks[j].quote < 0), default=-1)
        inner = sentence_subject(toks[opens + 1:cue]) if opens > 0 else None
        found = inner if inner is not None and inner.kind in {"name", "pronoun"} else None
    return replace(found, cue=toks[cue].start) if found is not None else None


def _clause_as_subject(toks: Sequence[Token]) -> bool:
    """The sentence opens with a that-clause for its subject ("That the
    board wavered, ... before confirming ..., was seen as weakness"; Quirk
    et al. 1985, 15.3): what the sentence says is said of the clause, and a
    participle in it is no report of its subject's; "that" before a
    determiner, a pronoun or a name, not "That board" nor "That said"."""
    return len(toks) > 1 and toks[0].low == "that" and (toks[1].low in _CLAUSE_SUBJECTS or toks[1].capital)


_CLAUSE_SUBJECTS = DETERMINERS | PRONOUNS  # what opens the subject of a that-clause: made once


def described_subject(toks: Sequence[Token]) -> Mention | None:
    """"Two nurses walked out of the meeting, ...", "A county judge sided with
    the growers, ...": an unnamed source (``subjects.described``) that opens
    the sentence, or its main clause after an introductory phrase ("In
    March, a county judge sided ..."; not after a clause, whose subject
    is its own), right before its verb (a past in
    -ed, an auxiliary or a verb of general meaning, ``LIGHT_VERBS``), the
    subject a participle clause after it is predicated of (Quirk et al.
    1985, 15.58: the implied subject of a supplementive clause is the main
    clause's)."""
    begin = 0
    while begin < len(toks) and toks[begin].low in _OPENERS_ALONE:
        begin += 1
    if begin < len(toks) and toks[begin].low in _PHRASE_INTRODUCERS:  # "In March, a county judge sided ...": past the phrase
        begin = next((j + 1 for j in range(begin, min(len(toks), begin + 16)) if toks[j].text == ","), len(toks))
    for verb in range(begin + 1, min(len(toks), begin + 9)):
        word = toks[verb]
        if word.capital or word.quote >= 0 or not (word.low in AUX or word.low.endswith("ed") or word.low in LIGHT_VERBS):
            continue
        found = described(toks, verb - 1)
        if found is not None and verb - len(found.text.split()) == begin:
            return found
    return None


def coordinated_verb(toks: Sequence[Token]) -> Mention | None:
    """"Jane Roe toured the site and said ...": a second verb of the subject."""
    def after_and(j: int) -> bool:
        k = j - 1
        while k > 0 and (toks[k].low in AUX or toks[k].low.endswith("ly")):
            k -= 1  # "and then said", "and later told"
        return toks[k].low in {"and", "but"} or (toks[k].text == "," and toks[k + 1].low == "then")  # "Roe paused, then said"

    cue = next((j for j in range(2, len(toks)) if toks[j].low in REPORTING and not toks[j].capital and after_and(j) and not been_done(toks, j)), -1)
    found = sentence_subject(toks[:cue]) if cue > 0 else None
    return replace(found, cue=toks[cue].start) if found is not None else None


def partial_quote(toks: Sequence[Token]) -> Mention | None:
    """'Jane Roe called the plan "a disaster"': quoted words in a sentence
    about one person are that person's."""
    if not any(t.quote >= 0 for t in toks):
        return None
    found = sentence_subject(toks)
    return found if found is not None and found.kind in {"name", "pronoun"} else None


def put_it(toks: Sequence[Token]) -> Mention | None:
    """"As Roe put it, ...", '..., as she puts it, "..."': the subject of
    "put it" before what it introduces (a comma, a colon, a quotation)
    said it."""
    for k in range(1, len(toks) - 2):
        if toks[k].low in {"put", "puts"} and toks[k + 1].low == "it" and (toks[k + 2].text in {",", ":"} or toks[k + 2].quote >= 0):
            found = mention_back(toks, k)
            if found is not None and found.kind in {"name", "pronoun", "body", "definite"}:
                return found
    return None


def talks_about(toks: Sequence[Token]) -> Mention | None:
    """"Roe talks about the ferry timetable", "She talks about the toll":
    what a person talks about is what they said (Levin 1993, 37.5, verbs
    of talking). Only the present "talks": "talked" and "is talking" are
    ``saying_verbs.spoke_of``'s, a cue word. "Talks" is a verb only after a
    subject, a pronoun or a name (``mention_back``); a capitalised word
    that only opens the sentence may be a noun modifier ("Trade talks about
    the toll stalled", as "the trade talks" is), so a name there must be of
    two words or more."""
    k = next((j for j in range(1, len(toks) - 1) if toks[j].low == "talks" and toks[j + 1].low == "about"), -1)
    if k < 0 or k == 1 and toks[0].low not in PRONOUNS:
        return None
    found = mention_back(toks, k)
    return found if found is not None and (found.kind == "name" or found.kind == "pronoun" and found.head in {"he", "she"}) else None


SENTENCE_RULES: tuple[Callable[[Sequence[Token]], Mention | None], ...] = (participle_clause, coordinated_verb, eventive_saying, put_it, talks_about)
