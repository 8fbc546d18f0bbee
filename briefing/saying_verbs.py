"""The words of saying, and whether a word in a sentence is one.

In: the tokens of one sentence (``sentence_tokens.tokens``) and the index of a
word in it. Out: whether it is a verb of saying (``is_cue``: a finite verb,
a participle after "be", the plain form of a verb that is also a noun, a
verb of talking with its topic) and where the verb group that carries it
begins (``chain_start``: "continues to insist", "Roe in a blog post said").
Here is the vocabulary (``REPORTING``: verbs of saying; ``BELIEF``:
believing and wanting, which are never saying); ``subjects`` and
``unnamed_sources`` find who such a verb's subject is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .data import words
from .lexicon import language
from .mention_words import (
    ADVERBIAL_PREPOSITIONS,
    AUX,
    DETERMINERS,
    NOT_SPEAKERS,
    PARTICIPLES,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    ROLES_AND_BODIES,
    SPEECH,
    is_name_word,
)
from .sentence_tokens import WORD, Token, either_apostrophe

BELIEF = language()["belief_verbs"]
# Verbs of saying beyond the packaged list: reporting, proposing, answering.
MORE_SAYING = language()["more_speech_verbs"]  # with the plural present of listed verbs that are seldom nouns ("critics warn")
REPORTING = (SPEECH | MORE_SAYING) - BELIEF
MORE_PARTICIPLES = language()["more_speech_participles"]
PARTICIPLE_CUES = (PARTICIPLES | MORE_PARTICIPLES) - {"continuing", "concluding", "calling", "asking", "posting"}


# Verbs that carry a verb of saying after "to" ("continues to insist",
# "went on to say", "appeared to suggest"): the subject is theirs; the
# verbs of aspect carry its -ing form too ("began dismissing", "kept insisting").
ASPECT_VERBS = language()["aspect_verbs"]
CHAIN_VERBS = language()["chain_verbs"] | ASPECT_VERBS
# Verbs of refusing, and the verbs of answering they carry ("declined to comment").
REFUSING = language()["refusal_verbs"]
ANSWERS = language()["refused_answers"]
PROGRESSIVE = words("grammar", "progressive_be")


def is_cue(toks: Sequence[Token], i: int) -> bool:
    """A verb of saying: a finite one ("says"), a participle after a form of
    "be" ("is insisting", "was warning") or of a verb of aspect ("began
    dismissing", ``after_aspect``), or the plain form of one that is
    also a noun where only a verb can stand (``plain_form_cue``)."""
    tok = toks[i]
    if tok.capital or reduced_relative(toks, i) or other_sense(toks, i):
        return False
    if tok.low in REPORTING or (tok.low in PARTICIPLE_CUES and (after_be(toks, i) or after_aspect(toks, i))) or plain_form_cue(toks, i):
        return True
    return spoke_of(toks, i)


# "deny" and "protest" in the sense that is no saying: "deny" of withholding,
# with a thing granted, alone or after whom it is kept from ("denied him
# bail", "is denying entry to the buses": the two-object "deny someone a
# thing"), "protest" of a
# demonstration, intransitive, with an adverbial or nothing after it
# ("hundreds were protesting outside", "protested at the gates", "protested
# Monday"; the simple prepositions and conjunctions, Quirk et al. 1985,
# 9.7, 13.1).
# Saying, "protest" takes what was said or an object ("protested that",
# "protested the loss"), "deny" a claim ("denied it to reporters", "denied
# links to the firm", "denied her involvement", "she denied them").
DENY = frozenset({"deny", "denies", "denied", "denying"})
PROTEST = frozenset({"protest", "protests", "protested", "protesting"})
WITHHELD = language()["withheld_nouns"]
_WITHHELD_FROM = words("stance", "object_pronouns")  # whom a thing is kept from: "denied him bail"
# What opens the object of "deny" ("the", "his"): not "her", whom it may be kept from, nor "that", which opens what was denied.
_OBJECT_OPENERS = (DETERMINERS | POSSESSIVES) - _WITHHELD_FROM - {"that"}
_AFTER_DEMONSTRATING = (
    PREPOSITIONS | ADVERBIAL_PREPOSITIONS | words("grammar", "subordinators")
    | {"across", "along", "around", "near", "outside", "over", "through", "and", "or", "but"}
)
# A day as an adverbial of time with no preposition ("protested Monday", "protested yesterday"; Quirk et al. 1985, 8.53),
# passed over as the adverbs are: "protested Monday the decision to ..." has its object after it.
_DAYS = words("grammar", "weekdays") | {"today", "tonight", "yesterday"}


def other_sense(toks: Sequence[Token], i: int) -> bool:
    """A verb of saying in its other sense (``DENY``, ``PROTEST``)."""
    low = toks[i].low
    if low in DENY:
        k = i + 1
        while k < len(toks) and k - i <= 2 and (toks[k].low in _OBJECT_OPENERS or toks[k].possessive):
            k += 1  # "denied the appeal", "denied the firm's request"
        if k + 1 < len(toks) and toks[k].low in _WITHHELD_FROM and toks[k + 1].low in WITHHELD:
            k += 1  # "denied him bail", "denied her appeal"
        return k < len(toks) and toks[k].low in WITHHELD and not _clause_after(toks, k)
    if low in PROTEST:  # intransitive: no object nor what was said, an adverbial or nothing after it
        k = i + 1
        while k < len(toks) and (toks[k].low.endswith("ly") or toks[k].low in _DAYS and not toks[k].possessive):
            k += 1  # "protested loudly", "protested Monday"; not "protested Monday's vote"
        return k >= len(toks) or toks[k].low in _AFTER_DEMONSTRATING or (not WORD.match(toks[k].text) and toks[k].text != ":" and toks[k].quote < 0)
    return False


# A finite verb: after the noun "deny" takes, it makes that noun the subject
# of what was denied ("denied the appeal had merit").
_FINITE = (PROGRESSIVE - {"be", "been"}) | words("stance", "modals") | {"had", "has", "did", "does"}


def _clause_after(toks: Sequence[Token], k: int) -> bool:
    """The noun at ``k`` opens a clause, what was denied: a finite verb
    follows it, past its own phrase ("denied his request for a loan was
    improper"), before a comma, a conjunction or a relative ("denied the
    request, which was ..." is a request denied)."""
    for t in toks[k + 1 : k + 7]:
        if not WORD.match(t.text) or t.low in _CLAUSE_ENDS:
            return False
        if t.low in _FINITE:
            return True
    return False


_CLAUSE_ENDS = RELATIVES | {"and", "or", "but", "that"}


def after_be(toks: Sequence[Token], i: int) -> bool:
    """The -ing form at ``i`` makes a progressive with a form of "be"
    before it ("is saying", "is still talking", "are increasingly
    admitting", "has been arguing", "isn't saying", "he's not saying")."""
    return _operator_before(toks, i, _progressive)


def _operator_before(toks: Sequence[Token], i: int, operator: Callable[[Token], bool]) -> bool:
    """The word before ``i``, past up to two adverbs, negators or other
    auxiliaries between ("is still", "was already being"), is ``operator``."""
    b = i - 1
    while b > 0 and i - b <= 2 and not operator(toks[b]) and not toks[b].capital and (toks[b].low in _BEFORE_ING or toks[b].low.endswith("ly")):
        b -= 1
    return b >= 0 and operator(toks[b])


def after_aspect(toks: Sequence[Token], i: int) -> bool:
    """The -ing form at ``i`` is the complement of a verb of aspect right
    before it ("began dismissing", "keeps saying"; ``ASPECT_VERBS``)."""
    return i > 0 and toks[i - 1].low in ASPECT_VERBS and not toks[i - 1].capital


def _progressive(tok: Token) -> bool:
    """A form of "be" before a participle: "is", "were", "isn't", or one a
    pronoun carries as its clitic ("he's", "they're", "I'm": a pronoun
    takes no possessive "'s", so its "'s" is "is" or "has", and "has
    telling" is no English)."""
    if tok.low in _BE_FORMS:
        return True
    word, _, clitic = tok.text.lower().replace("’", "'").partition("'")
    return clitic in {"s", "re", "m"} and word in PRONOUNS


def been_done(toks: Sequence[Token], i: int) -> bool:
    """"has been called", "was already being criticised": a past
    participle after "been" or "being" (past an adverb) is passive (Quirk et
    al. 1985, 3.63: only the passive puts a past participle after them):
    its subject is what was said, or the one spoken of, never the speaker."""
    return not toks[i].low.endswith("ing") and _operator_before(toks, i, _been)


def _been(tok: Token) -> bool:
    """"been" or "being": before a past participle, the passive's auxiliary."""
    return tok.low in _BEEN


_BEEN = frozenset({"been", "being"})


# The negative forms of "be" (Quirk et al. 1985, 3.23), either apostrophe: "isn't saying" is a progressive.
NOT_BE = either_apostrophe(("isn't", "aren't", "wasn't", "weren't"))
_BE_FORMS = PROGRESSIVE | NOT_BE  # made once: "is", "isn't", before the clitics are read


def reduced_relative(toks: Sequence[Token], i: int) -> bool:
    """"Roe was the second official charged with fraud", "the first
    candidate asked about it": a past participle right after the noun of a
    description that follows "be" (a reduced relative clause, Quirk et al.
    1985, 17.30: "charged" is "who was charged") is passive, said to or of
    that person, never by them."""
    if i < 3 or not (toks[i].low.endswith("ed") or toks[i].low == "told"):
        return False
    k = i - 1
    while k > 0 and i - k <= 4 and toks[k].low.isalpha() and not toks[k].capital and toks[k].low not in _NOT_IN_DESCRIPTION:
        k -= 1
    return k < i - 1 and toks[k].low in DETERMINERS and k > 0 and toks[k - 1].low in PROGRESSIVE


_NOT_IN_DESCRIPTION = AUX | PRONOUNS | SPEECH | DETERMINERS | RELATIVES  # made once, not once a word


# "speak" and "talk" report saying only with what was said about: "Roe spoke
# of the cost", "Roe talked at length about the toll" (Levin 1993, 37.5,
# verbs of talking; a narrative report of a speech act, Leech and Short
# 1981), never "spoke to reporters" or "talked with the mayor". The past
# forms, and the -ing forms after "be" ("is talking about", "is still
# talking about"): "talks" and "talk" are as often nouns ("trade talks
# about ..."), so "talks about" after a subject is ``sentence_rules.talks_about``'s.
SPOKE = frozenset({"spoke", "spoken", "talked", "speaks"})
SPEAKING = frozenset({"speaking", "talking"})
TOPIC_OPENERS = frozenset({"about", "of"})
_NOT_A_PLURAL_SUBJECT = AUX | NOT_SPEAKERS  # made once, as is the one below
_BEFORE_ING = AUX - PROGRESSIVE  # between "is" and "talking" ("is still talking"): made once, not per word


def spoke_of(toks: Sequence[Token], i: int) -> bool:
    """"Roe spoke of the cost", "Roe was talking about the toll", "Roe
    spoke passionately about it": a verb of talking with its topic."""
    low = toks[i].low
    if low in SPEAKING:
        if not after_be(toks, i):  # "is still talking about", "was again speaking of"
            return False
    elif low == "spoken":
        if not (i > 0 and toks[i - 1].low in _HAVE):  # "has spoken about"; "was spoken of" is a passive
            return False
    elif low not in SPOKE:
        return False
    return topic_after(toks, i)


def topic_after(toks: Sequence[Token], i: int) -> bool:
    """What the verb of talking at ``i`` was about follows it: "of" or
    "about" (not "of which"), past an adverb ("at length about"), or whom
    or where they talked, then "about"."""
    k = i + 1
    while k < len(toks) and (toks[k].low.endswith("ly") or toks[k].low in {"at", "length", "out"}) and k - i <= 2:
        k += 1  # "spoke passionately about", "talked at length about", "spoke out about"
    if k < len(toks) and toks[k].low in TOPIC_OPENERS:
        return k + 1 >= len(toks) or toks[k + 1].low != "which"  # "speaking of which": a link of discourse, no topic
    # whom or where they talked, then the topic: "talked to reporters about", "spoke on the radio about"
    if k >= len(toks) or toks[k].low not in _TALKED_TO:
        return False
    end = next((j for j in range(k + 1, min(len(toks), k + 6)) if not WORD.match(toks[j].text) or toks[j].quote >= 0 or toks[j].low in _TOPIC_OR_BREAK), k)
    return end > k + 1 and toks[end].low == "about"


# What a verb of talking takes before its topic (Levin 1993, 37.5: "talk to/with someone about something"), and the medium ("on the radio").
_TALKED_TO = frozenset({"to", "with", "on"})
# The topic, or a word that opens an adverbial clause or phrase: "spoke to reporters after the talks about ..." names no topic.
_TOPIC_OR_BREAK = TOPIC_OPENERS | words("grammar", "subordinators") | ADVERBIAL_PREPOSITIONS
_HAVE = either_apostrophe(("has", "have", "had", "hasn't", "haven't", "hadn't"))


# Verbs of saying, and with them their participles: looked up word by word
# in sets (one alternation of all of them costs a build's start-up more).
_SAYING = SPEECH | MORE_SAYING
_SAYING_OR_PARTICIPLE = _SAYING | PARTICIPLES | MORE_PARTICIPLES


def saying_form(low: str) -> bool:
    """A verb or participle of saying, or the -ing form of any verb of
    saying ("yelling" of "yelled", "replying" of "replied")."""
    if low in _SAYING_OR_PARTICIPLE:
        return True
    stem = low[:-3] if low.endswith("ing") else ""
    return len(stem) > 2 and (stem + "ed" in _SAYING or (stem.endswith("y") and stem[:-1] + "ied" in _SAYING))


def _plain(third: str) -> str:
    """The plain form of a verb from its third person singular: "notes" ->
    "note", "replies" -> "reply", "stresses" -> "stress"."""
    if third.endswith("ies"):
        return third[:-3] + "y"
    return third[:-2] if third.endswith(("sses", "shes", "ches", "xes", "zes", "oes")) else third[:-1]


# The plain forms of the listed verbs of saying that the lists leave out as
# mostly nouns ("note", "promise", "charge"): a verb only where no noun can stand.
PLAIN_FORMS = frozenset(_plain(w) for w in REPORTING if w.endswith("s") and not w.endswith("ss")) - REPORTING - BELIEF
# Only "do" makes a plain form a verb of fact ("did note that", "did not
# mention", "didn't mention"); after a modal it is a guess ("would demand").
DO_FORMS = either_apostrophe(("do", "does", "did", "don't", "doesn't", "didn't"))
_NEGATORS = frozenset({"not", "never"})
# The subject pronouns a plain form follows as a verb ("they note", "we charge").
PRONOUN_SUBJECTS = frozenset({"they", "we", "i", "you"})
_SUBJECT_OR_DO = PRONOUN_SUBJECTS | DO_FORMS  # made once, not once a call


def plain_form_cue(toks: Sequence[Token], i: int) -> bool:
    """"they note", "did note that", "did not mention", "experts note
    that", "declined to comment": the plain form of a verb of saying that
    is also a noun ("note", "charge", "mention", "comment") is the verb
    after a subject pronoun, a form of "do" (past a negator) or, if it is
    one of answering (``ANSWERS``), the "to" of a verb of refusing
    (``REFUSING``; "declined to charge" is no saying), or between a plural subject and
    "that"; "the note that" and "his promise to" are nouns, and after
    "seems to" ("seems to agree") it is a state of mind."""
    if toks[i].low not in PLAIN_FORMS or i == 0:
        return False
    before = toks[i - 1]
    if before.low in _SUBJECT_OR_DO or before.low in _NEGATORS and i > 1 and toks[i - 2].low in DO_FORMS:
        return True
    if before.low == "to" and i > 1 and toks[i - 2].low in REFUSING:
        return toks[i].low in ANSWERS
    plural = before.low.endswith("s") and not before.possessive and before.bare.isalpha() and before.low not in _NOT_A_PLURAL_SUBJECT
    return plural and i + 1 < len(toks) and toks[i + 1].low == "that"


# Nouns of the occasion or the medium of saying ("in a statement", "during an interview").
SAYING_OCCASIONS = language()["saying_occasions"]
SAYING_NOUNS = language()["saying_nouns"] | SAYING_OCCASIONS
_NAMED_BEFORE = PRONOUNS | ROLES_AND_BODIES  # who stands before "in a statement": made once, not once a word


def chain_start(toks: Sequence[Token], i: int) -> int:
    """Where the verb group ending in the verb of saying at ``i`` begins:
    the carrying verb of "continues to insist", "went on to say" or "began
    dismissing", or the
    phrase of its occasion ("Roe in a blog post said"); else ``i``."""
    for k in range(i - 2, max(-1, i - 8), -1):
        if toks[k].quote >= 0 or not WORD.match(toks[k].text):
            break
        if toks[k].low in {"in", "during", "at"} and toks[k + 1].low in DETERMINERS and any(t.low in SAYING_NOUNS for t in toks[k + 2:i]):
            named = k > 0 and (is_name_word(toks[k - 1]) or toks[k - 1].low in _NAMED_BEFORE)
            return k if named else i
    if after_aspect(toks, i) and toks[i].low.endswith("ing"):
        return i - 1  # "began dismissing"
    if i < 2 or toks[i - 1].low != "to":
        return i
    k = i - 2
    if toks[k].low == "on" and k >= 1 and toks[k - 1].low in {"went", "go", "goes", "going"}:
        return k - 1
    return k if toks[k].low in CHAIN_VERBS or toks[k].low in REFUSING and toks[i].low in ANSWERS else i
