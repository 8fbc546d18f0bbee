"""Why a cue found in a sentence is not the speaker's own view: the
sentence's words and the cue's place in, the reason (``SetAside.kind`` and
its words) out, or None when the cue counts.

A cue counts only where the speaker says it in their own voice: not negated ("this is not
a tax on ..."; "is not the same as losing ..."; "I don't have a car" tells what the speaker lacks, which
``positions`` never reads as a denial of that side), not denied of everyone
("nobody is being priced out", "no one believes ..."), not echoed alone as
a question ("Faster trains?"), not inside a view they report ("critics say ...", "they
keep telling us ...", "we are told ...", "they call it ...", "the minister
talks about ...", or after it: "the savings, they claim, ...", "the savings
they promise ..."; a report in a phrase that opens the sentence ends at its
comma: "Despite what critics claim, ..."), not in a phrase of contrast,
what the speaker sets their view apart from ("unlike those who fear ...",
read as a view reported), or echo right after reporting it (``cues.story_evidence``),
not dismissed ("the so-called ...", "the idea that ... is absurd", "who
believes ...?"), not in a condition ("if ...,"; but "if you ..., you ..."
states a rule) or an open question ("whether ..."), not under a denial
turned again ("I don't think anyone can deny ...", "... ever seen such ...",
"people who don't think ..."; which way needs a parse), and not granted before an answer ("..., but ...",
"although ...", "Nobody disputes that ...": ``concession``). A cue a sentence only names
before judging it ("X is a ...") does not count: the judgement may go
either way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .concession import CONCESSIVE, CONTRAST, DISPUTING, OF_COURSE, GrantKind, WeakKind
from .cue_words import NEGATORS, bases, matches
from .data import load, words
from .forms import number_word
from .lexicon import language
from .verbs import past
from .verdicts import APPROVING, DISAPPROVING, OBJECT_PRONOUNS
from .wording import FUNCTION_WORDS

_WORDS = load("stance")  # each list's header there says why it holds its words
NEGATION_WINDOW = 3  # words before a cue in which a negator denies it
CONDITIONAL = words("stance", "conditional")  # a clause that supposes, up to its comma, asserts nothing
WHETHER = "whether"  # the subordinator of an indirect yes-no question
INQUIRING = words("stance", "inquiring")  # "want to know who ...": an indirect question after "to"
INTERROGATIVES = words("stance", "interrogatives")
FIRST_PERSON = words("stance", "first_person")
OUR = "our"  # the first person plural possessive: the speaker's own body ("our union")
NO_ONE = words("stance", "no_one")  # "nobody says ..." reports no one's view
NEGATIVE_SUBJECTS = tuple(tuple(p.split()) for p in _WORDS["negative_subjects"])  # "none of the critics has ..."
NEGATIVE_PRONOUNS = tuple(tuple(p.split()) for p in _WORDS["negative_pronouns"])  # "nobody is being ..."
SIDE_TAKERS = words("stance", "side_takers")  # "critic", "opponent": people named by the side they take
DENYING = DISPUTING | words("stance", "rejecting")  # "we reject claims that ...": the clause denied
REPORTING_VERBS = words("stance", "reporting_verbs")  # "critics say", "they keep telling us": a view framed as someone's
CALLS = words("stance", "calls")
BELIEVING = words("stance", "believing")  # "the mayor believes ...": a spokesperson voicing a title holder
HELD_VIEWS = words("stance", "held_views")  # "nobody believes ...": a view denied of everyone
PASSIVE = words("stance", "passive")  # "we are told ...": someone else's view put to the speaker
PARTICIPLES = words("stance", "participles")
HELPERS = words("stance", "helpers")  # between a reporting verb and its subject; adverbs in -ly are skipped too
_SKIPPED = language()["auxiliaries"] | HELPERS  # made once, not a union per verb
OPERATORS = words("grammar", "ellipsis_operators") | PASSIVE  # English's auxiliaries and modals, "being" too
SO_CALLED = ("so", "called")  # the speaker's label for a view they dismiss ("the so-called plan")
PROPOSITION_NOUNS = words("stance", "proposition_nouns")  # "the idea that ... is absurd"
DENYING_VERDICTS = words("stance", "denying_verdicts")
AFFIRMATIVES = words("stance", "affirmatives")  # "X? Yes, ...": the speaker's own question, answered for the point
# Why a cue found does not count (``SetAside.kind``); how one is granted, ``concession`` says.
SetAsideKind = Literal["negated", "twice", "lacked", "reported", "dismissed", "condition", "echoed", "hedged", "observed", "renamed", "judged", GrantKind, WeakKind]
# "Faster trains are a promise nobody will keep": the judgement may go either way.
RENAMED = "only names what the sentence then judges ('... is a ...'), which may go either way"
# "I don't think anyone can deny it is X" holds X; "people who don't think it is X are fools" too: a second
# negation turns the first, which only a parse reads safely, so such a cue takes no side.
TWICE = "which takes no side without a parse"
EVER_SUCH = ("ever", "such")  # "I don't think I have ever seen such X": an emphatic degree, not a denial
COPULA = words("stance", "copula")
ENDORSING = words("stance", "endorsing")  # "residents rightly say ...", "and they are right"
POSSESSION = words("stance", "possession")
LIKENESS = words("stance", "likeness")  # "not the same as X", "not like X": the standard denied
LIKENESS_REACH = 7  # words back from a cue a negated comparison of likeness may stand
CONTRASTING = tuple(tuple(p.split()) for p in _WORDS["contrasting"])  # "unlike ...": what the speaker sets apart
INTRODUCERS = language()["introducers"]  # "despite ...,": a phrase that ends at its comma
# Conjunctions open another clause; not "as", the preposition of "the same as".
JOINING = CONTRAST | CONCESSIVE | CONDITIONAL | words("grammar", "sentence_coordinators") | words("grammar", "subordinators") - {"as"}
COMMENT = 6  # the most words of a comment clause (", or so the council tells us")
PRONOUN_HOLDERS = ("they", "he", "she", "you")  # "the savings they promise": the subject of a contact relative clause
# The function words of a comment clause before its verb: "or so", a pronoun, a determiner; not "as",
# whose clause endorses the report ("..., as the engineers told us").
COMMENT_WORDS = frozenset({"or", "so", *PRONOUN_HOLDERS, *FIRST_PERSON}) | words("grammar", "determiners")
JUDGED = APPROVING | DISAPPROVING  # "while it is needed": a verdict, not a process in the passive


@dataclass(frozen=True)
class SetAside:
    """A cue found in a block that does not count: ``kind`` says why in one
    word (one of ``SetAsideKind``), ``why`` in words."""

    position: str
    cue: str
    kind: SetAsideKind
    why: str


def why_not(
    tokens: list[str], at: int, own: frozenset[str], frame: int = 0, question: bool = False, believers: frozenset[str] = frozenset()
) -> tuple[SetAsideKind, str] | None:
    """Why the cue at ``tokens[at]`` is not the speaker's own view (kind, in
    words), if it is not. ``question``: the sentence ends with "?";
    ``believers``: whose belief the speaker voices ("the mayor believes
    ...", from a spokesperson), though they report what the same say."""
    clause_start = max((i + 1 for i in range(at) if tokens[i] == "|"), default=0)
    clause = tokens[clause_start:at]
    apart, span = next(((p, spans[0]) for p in CONTRASTING if p[0] in clause and (spans := matches(clause, p))), ((), 0))
    if apart and NEGATORS & set(clause[span:]):  # "unlike those who do not want X": X held, set apart twice
        return "twice", f"a denial inside what the speaker sets their own view apart from ({' '.join(apart)!r} ...), {TWICE}"
    if apart:
        return "reported", f"inside what the speaker sets their own view apart from ({' '.join(apart)!r} ...)"
    before = tokens[max(clause_start, at - NEGATION_WINDOW) : at]
    negator = next((i for i in range(max(clause_start, at - NEGATION_WINDOW), at) if tokens[i] in NEGATORS), None)
    if negator is None:
        negator = _unlike(tokens, clause_start, at)
    if negator is not None:
        shown = "n’t" if tokens[negator] == "t" else repr(tokens[negator])
        if _lacks(tokens, negator, at):
            return "lacked", f"negated ({shown} before it) as what the speaker does not have, not a claim denied"
        return "negated", f"negated ({shown} before it)"
    denier = _denied_by_subject(tokens, clause_start, at)
    if denier:
        return "negated", f"denied of a whole group ({denier!r} ...)"
    disputed = _disputed(tokens, at, own)
    if disputed:
        return "negated", f"denied by the speaker ('{disputed} ... that ...')"
    if matches(before, SO_CALLED):
        return "dismissed", "dismissed as 'so-called'"
    verdict = _verdict(tokens, at)
    if verdict:
        return "dismissed", f"dismissed ('the {verdict[0]} that ... is {verdict[1]}')"
    supposed = _supposed(tokens, clause_start, at)
    if supposed:
        return "condition", supposed
    segment_start = max((i + 1 for i in range(at) if tokens[i] in CONTRAST), default=0)
    for i in range(max(segment_start, frame, _main_clause(tokens, at)), at):
        framed = _framed(tokens, i, at, own, tokens[clause_start:i] if question else [], believers) if _reports(tokens, i) else None
        if framed:
            return framed
    return None


def commented(tokens: list[str], at: int, size: int, own: frozenset[str]) -> tuple[SetAsideKind, str] | None:
    """Why the cue of ``size`` words at ``at`` is inside a view the speaker
    reports when the report stands after it, framing it as someone else's:
    a comment clause set off by commas, a subject and a reporting verb (an
    object pronoun after it at most: "the savings, they claim, will ...",
    "the pier is unsafe, the board says", "..., or so they told us"; Quirk
    et al. 1985, 15.53; at the end, in the present or after "or so"; not
    "..., as the engineers told us", which endorses it, nor "whatever they
    say"), or a contact relative clause of a
    pronoun and a reporting verb right after the cue ("the savings they
    promise will never come"); not the speaker's own ("..., I think, ..."),
    nor denied ("..., nobody says, ...")."""
    after = at + size
    verbs = [k for k in (after + 1, after + 2) if k < len(tokens) and tokens[after] in PRONOUN_HOLDERS and _reports(tokens, k)]
    for i in (i for i in range(after, len(tokens)) if tokens[i] == "|"):
        close = next((j for j in range(i + 1, len(tokens)) if tokens[j] == "|"), len(tokens))
        verb = close - 1 - (tokens[close - 1] in OBJECT_PRONOUNS)
        # Only a subject before the verb: not "whatever they say", "despite what they claim", "if they say".
        framing = all(w in COMMENT_WORDS or w in _SKIPPED or not (w in FUNCTION_WORDS or w.endswith("ever")) for w in tokens[i + 1 : verb])
        # At the end, a past report may recount what was said to answer it ("Faster trains, they promised us. Look around."):
        # only the present ("..., the board says") or "or so" ("..., or so they told us") frames the view.
        current = close < len(tokens) or not past(tokens[verb]) or tokens[i + 1 : i + 3] == ["or", "so"]
        if close - i - 1 <= COMMENT and verb > i + 1 and framing and current and _reports(tokens, verb):
            verbs.append(verb)
    for verb in verbs:
        subject, denied = _subject(tokens, verb)
        if subject not in own | NO_ONE | {"|", "and"} and not denied:
            return "reported", f"inside a view the speaker reports ({subject} {tokens[verb]}, after it)"
    return None


def _framed(tokens: list[str], i: int, at: int, own: frozenset[str], asked: list[str], believers: frozenset[str]) -> tuple[SetAsideKind, str] | None:
    """Why the cue at ``at`` does not count when the reporting verb at
    ``tokens[i]`` frames it, if it does not: ``asked``, the words of a
    question's clause before the verb ("who ... believes ...?" doubts it)."""
    w = tokens[i]
    if "who" in asked:
        return "dismissed", f"in a question that doubts it (who ... {w} ...?)"
    if i > 0 and tokens[i - 1] in PASSIVE and w in PARTICIPLES:
        return "reported", f"inside a view put to the speaker ({tokens[i - 1]} {w} ...)"
    subject, denied = _subject(tokens, i)
    if w in BELIEVING and subject in believers and not denied:
        return None
    nobody = _by_no_one(tokens, i) if w in HELD_VIEWS and not denied else None
    if nobody:
        return "negated", f"denied as the view of anyone ({nobody} {w} ...)"
    if _ours(tokens, i, subject):  # "our members say ...": the speaker's own body
        own = own | {subject}
    if subject not in own | NO_ONE | {"|", "and"}:
        if denied:  # "people who don't think it is X are fooling themselves": which way, a parse would tell
            return "twice", f"a denial the speaker reports ({subject} {denied} {w} ...), {TWICE}"
        if _endorsed(tokens, i, at):
            return None
        return "reported", f"inside a view the speaker reports ({subject} {w} ...)"
    if denied and subject in own:
        if _emphatic(tokens, i, at):
            return "twice", f"a denial of a denial or an emphatic 'ever ... such' after {denied!r}, {TWICE}"
        return "negated", f"negated ({denied!r} before {w!r})"
    return None


def _endorsed(tokens: list[str], verb: int, at: int) -> bool:
    """Whether the speaker endorses the view they report: an adverb of
    endorsement before its verb ("residents rightly say ..."), or "right"
    or "correct" right after a form of "to be" after the cue ("many say
    ..., and they are right")."""
    before = ENDORSING & set(tokens[max(0, verb - 3) : verb])
    return bool(before) or any(tokens[k] in PASSIVE and tokens[k + 1] in ENDORSING for k in range(at, len(tokens) - 1))


def _ours(tokens: list[str], verb: int, subject: str) -> bool:
    """Whether the subject of the verb at ``tokens[verb]`` is named with
    "our" in the two words before it ("our members say ...", "our own
    engineers believe ..."): the speaker's own body, whose view is theirs;
    "my neighbours" may be others the speaker only knows."""
    at = max((k for k in range(verb) if tokens[k] == subject), default=None)
    return at is not None and OUR in tokens[max(0, at - 2) : at]


def _subject(tokens: list[str], verb: int) -> tuple[str, str | None]:
    """The subject of the reporting verb at ``tokens[verb]`` (the nearest
    word before it that is no auxiliary, helper, adverb in -ly or negator;
    the stem of a contracted "n't", as "don" in "don t", goes with its "t"),
    and the negator between them, if any: "I don't think it is X" denies X
    in the speaker's own voice, as "it is not X" does."""
    denied = None
    j = verb - 1
    while j >= 0:
        word = tokens[j]
        if word in NEGATORS:
            denied = "n’t" if word == "t" else word
            j -= 2 if word == "t" else 1
        elif word in _SKIPPED or word.endswith("ly"):
            j -= 1
        else:
            return word, denied
    return "|", denied


def echoed(tokens: list[str], at: int, size: int, question: bool, following: list[str]) -> tuple[SetAsideKind, str] | None:
    """"Faster trains? The old line is fast enough.": a question of the cue
    alone, but for function words, repeats another's words to challenge
    them (an echo question, as English grammars call it), so it does not
    count; not when the next sentence answers "yes" ("Fewer lorries? Yes,
    and ...", "Absolutely.", "Of course."), the speaker's own point put as a question."""
    rest = tokens[:at] + tokens[at + size :]
    assent = bool(AFFIRMATIVES & set(following[:1]) or matches(following[:2], OF_COURSE))
    if question and all(t == "|" or t in FUNCTION_WORDS for t in rest) and not assent:
        return "dismissed", "echoed as a question ('...?') to challenge it"
    return None


def _disputed(tokens: list[str], at: int, own: frozenset[str]) -> str | None:
    """The verb of disputing or rejecting by which the speaker denies the
    "that" clause the cue sits in ("we dispute that ...", "Roe rejected
    claims that ...", "I reject the charge that ..."), if one does: its
    subject the speaker's own, not itself negated ("I don't deny that ..."
    grants it), a proposition noun at most between it and "that", and
    "that" the subject of no relative clause ("we challenge the plan that
    would flood ..." opposes the plan), and the cue in no "that" clause
    nested in it ("Roe denied that the vote showed she doubted that ...")."""
    for i in range(at):
        if not bases(tokens[i]) & DENYING:
            continue
        that = next((j for j in range(i + 1, min(i + 4, at)) if tokens[j] == "that"), None)
        between = tokens[i + 1 : that]
        subject, denied = _subject(tokens, i)
        if that is None or that + 1 == at or tokens[that + 1] in OPERATORS or "that" in tokens[that + 1 : at] or subject not in own or denied:
            continue
        if all(w in FUNCTION_WORDS or w.removesuffix("s") in PROPOSITION_NOUNS for w in between):
            return tokens[i]
    return None


def _by_no_one(tokens: list[str], verb: int) -> str | None:
    """The negative pronoun ("nobody", "no one") that is the subject of the
    verb at ``tokens[verb]``, with only auxiliaries, helpers and adverbs in
    -ly between ("no one seriously believes ..."), if one is."""
    j = verb - 1
    while j >= 0 and (tokens[j] in _SKIPPED or tokens[j].endswith("ly")):
        j -= 1
    return next((" ".join(p) for p in NEGATIVE_PRONOUNS if j + 1 >= len(p) and tuple(tokens[j + 1 - len(p) : j + 1]) == p), None)


def _emphatic(tokens: list[str], verb: int, at: int) -> bool:
    """Whether a denied verb of the speaker's ("I don't think ...") is turned
    before the cue at ``at``: by a verb of disputing ("... anyone can deny it
    is X") or by "ever" and "such" right before the cue ("... I have ever seen
    such X"), an emphatic degree."""
    between = tokens[verb + 1 : at]
    disputed = any(bases(t) & DISPUTING for t in between)
    return disputed or (EVER_SUCH[0] in between and EVER_SUCH[1] in tokens[max(verb, at - 2) : at])


def time_frame(tokens: list[str]) -> int | None:
    """Where a "while" opens a clause of time, not of contrast: a process
    running in the passive to the clause's end ("while the claim is
    reviewed", "while the bridge is being rebuilt"); "while the tax is fair,
    ..." or "while it is needed, ..." (a word of approval or disapproval,
    not a process) concedes. The clause sets when, and a cue in it is no stance."""
    for i, t in enumerate(tokens):
        if t != "while":
            continue
        end = tokens.index("|", i) if "|" in tokens[i:] else len(tokens)
        clause = tokens[i + 1 : end]
        be = next((k for k, w in enumerate(clause) if w in ("is", "are")), None)
        if be is not None and 0 < be <= 4 and len(clause) - be - 1 in (1, 2) and clause[-2:-1] in ([], ["being"], [clause[be]]) and past(clause[-1]) and clause[-1] not in JUDGED:
            return i
    return None


def _supposed(tokens: list[str], clause_start: int, at: int) -> str | None:
    """Why the cue sits in a condition ("if ...,") or an open question
    ("whether ...", "want to know who ..."), in words, if it does."""
    supposed = next((i for i in range(clause_start, at) if tokens[i] in CONDITIONAL), None)
    # "whether ..." puts a question, open with a comma after it or not ("has not decided whether to back it").
    if supposed is not None and (tokens[supposed] == WHETHER or ("|" in tokens[at:] and not _principle(tokens, supposed, at))):
        return f"a condition ({tokens[supposed]!r} ...), not a stance"
    asked = next((i for i in range(max(clause_start, 1), at - 1) if tokens[i] in INQUIRING and tokens[i - 1] == "to" and tokens[i + 1] in INTERROGATIVES), None)
    if asked is not None:
        return f"an indirect question ('to {tokens[asked]} {tokens[asked + 1]} ...'), not a stance"
    during = time_frame(tokens)
    if during is not None and during < at and "|" not in tokens[during:at]:
        return "a time frame ('while ... is ...'), not a stance"
    return None


def _denied_by_subject(tokens: list[str], clause_start: int, at: int) -> str | None:
    """The negative subject ("none of", "not one of") that opens the cue's
    clause, or its "that ..." clause, before the cue and names people by
    the side they take (``SIDE_TAKERS``, in the three words after it):
    "None of the critics has shown the bridge will flood the meadows"
    denies that group's cue. Any other group ("none of the families can
    sleep for the noise") may be the speaker's own, and is left alone. A
    negative pronoun ("nobody", "no one") with nothing but auxiliaries and
    adverbs between it and the cue denies the cue itself: "Nobody is being
    priced out", "But no one will ever lose their home" ("No one wants to see ..." has
    a verb of its own, and grants a point instead)."""
    opened = (clause_start, *(i + 1 for i in range(clause_start, at) if tokens[i] == "that" or (i == clause_start and tokens[i] in CONTRAST)))
    for start in opened:
        for subject in NEGATIVE_SUBJECTS:
            end = start + len(subject)
            if tuple(tokens[start:end]) == subject and any(w.removesuffix("s") in SIDE_TAKERS for w in tokens[end : min(end + 3, at)]):
                return " ".join(subject)
        for subject in NEGATIVE_PRONOUNS:
            end = start + len(subject)
            if tuple(tokens[start:end]) == subject and end <= at and all(w in OPERATORS or w in HELPERS or w.endswith("ly") for w in tokens[end:at]):
                return " ".join(subject)
    return None


def _unlike(tokens: list[str], clause_start: int, at: int) -> int | None:
    """Where the negator stands that denies a comparison of identity or
    likeness with the cue as its standard ("is not the same as X",
    "is not really like X", "is not the same as losing X"), beyond
    ``NEGATION_WINDOW``: only a word of likeness, function words, adverbs
    in -ly and a verb in -ing (a gerund as the standard) between them, no
    conjunction, which opens another clause; at most ``LIKENESS_REACH``
    words."""
    for i in range(at - 1, max(clause_start, at - LIKENESS_REACH) - 1, -1):
        if tokens[i] in NEGATORS:
            return i if LIKENESS & set(tokens[i + 1 : at]) else None
        if tokens[i] in JOINING or (tokens[i] not in FUNCTION_WORDS and tokens[i] not in LIKENESS and not tokens[i].endswith(("ly", "ing"))):
            return None
    return None


def _main_clause(tokens: list[str], at: int) -> int:
    """Where the main clause begins when an introductory phrase opens the
    sentence ("Despite what critics claim, ...", "Unlike those who call it
    ..., we ...") and closes with a comma before the cue at ``at``: a view
    reported inside the phrase ends there, and what follows is the
    speaker's own; 0 when none, or when the cue's clause opens on "that"
    after a comment set off by commas, still the object of the phrase's
    report ("When critics say, as they often do, that ...")."""
    opened = tokens[:1] and (tokens[0] in INTRODUCERS or contrast_opening(tokens))
    bars = [i for i in range(at) if tokens[i] == "|"] if opened else []
    return bars[0] + 1 if bars and tokens[bars[-1] + 1] != "that" else 0


def contrast_opening(tokens: list[str]) -> tuple[str, ...]:
    """The phrase of contrast that opens ``tokens`` ("unlike", "in
    contrast to"); () when none does."""
    return next((p for p in CONTRASTING if tokens[: len(p)] == list(p)), ())


def _lacks(tokens: list[str], negator: int, at: int) -> bool:
    """Whether the denial before a cue says what the speaker lacks ("I don't
    have a smartphone", "we haven't got a car"): "I" or "we" in the two
    words before the negator, a verb of possession between it and the cue.
    A complaint of one's own lack, not a denial of the other side's claim."""
    return bool(FIRST_PERSON & set(tokens[max(0, negator - 2) : negator]) and POSSESSION & set(tokens[negator + 1 : at]))


def _reports(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is a reporting verb: "so-called" labels a view
    the speaker dismisses and "call for" demands, neither reports one."""
    if tokens[i] not in REPORTING_VERBS:
        return False
    if tokens[i] in CALLS:
        return tokens[i - 1 : i] != ["so"] and tokens[i + 1 : i + 2] not in (["for"], ["on"])
    return True


def _principle(tokens: list[str], supposed: int, at: int) -> bool:
    """"If you pay taxes, you deserve a say": a condition put to the generic
    "you" and answered with "you" states a rule the speaker holds, not a
    condition on their support."""
    comma = tokens.index("|", at)
    answer = tokens[comma + 1 : comma + 3]
    return tokens[supposed + 1 : supposed + 2] == ["you"] and "you" in answer


def _verdict(tokens: list[str], at: int) -> tuple[str, str] | None:
    """The noun and verdict when the cue sits in "the idea that ... is absurd"
    (the verdict within two words of the "is" that follows the cue)."""
    that = next((i for i in range(at - 1, 0, -1) if tokens[i] == "that" and tokens[i - 1] in PROPOSITION_NOUNS), None)
    if that is None:
        return None
    for i in range(at + 1, len(tokens)):
        verdict = next((w for w in tokens[i + 1 : i + 3] if w in DENYING_VERDICTS), None)
        if tokens[i] in ("is", "was") and verdict:
            return tokens[that - 1], verdict
    return None


def renamed(tokens: list[str], at: int, n: int) -> Literal["renamed"] | None:
    """"renamed" when the sentence opens on the cue and says what the thing
    is ("a toll on lorries is a tax on the valley by another name", "is
    another ...", "is five more years of ..."): the judgement is in the
    indefinite noun phrase that follows, so the cue only names the thing."""
    end = at + n
    copula = next((i for i in range(end, min(len(tokens), end + 3)) if tokens[i] in COPULA), None)
    if copula is None or at > 3 or "|" in tokens[:copula]:
        return None
    named = tokens[copula + 1 : copula + 3]
    counted = bool(named) and (named[0].isdigit() or number_word(named[0])) and named[1:] == ["more"]  # "is five more years of ..."
    return "renamed" if named[:1] in (["a"], ["an"], ["another"]) or counted else None

