"""Forms of saying: who speaks in one sentence, and pass one of attribution.

Each rule reads the tokens of a sentence (``sentence_tokens.tokens``) and returns
the ``Mention`` of its speaker, or None. ``cue_rules.speaker_in`` tries the
rules that hang on a cue word ("said", "according to") in reading order,
then the rules that hang on the sentence as a whole (a participle clause, a
second verb of the subject, a quoted fragment: ``sentence_rules``); here are
the rules that choose which cue speaks for a sentence of several clauses or
quotations. ``parse`` is pass one of
attribution: one ``Sentence`` in, a ``Parsed`` record out. The reported
speech a sentence carries beside its direct quote is ``claims.claims_beside``.

Belief, knowledge and intention ("believes", "thinks", "wants", "hopes",
"fears", "knows") are not saying: no rule reads them as a cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .asides import SET_OFF_DASHES
from .cue_rules import cued, speaker_in
from .data import words
from .mention_words import (
    AUX,
    BODY_WORDS,
    COURTESY,
    OPENERS,
    PARTICIPLES,
    PERSON_ROLES,
    PREPOSITIONS,
    SPEECH,
    TITLE_WORDS,
    TITLES,
    Mention,
    Parsed,
    is_name_word,
    name_run,
    org_names,
    role_before,
)
from .model import Sentence
from .not_names import STATES, is_place
from .quotes import QUOTE_MARKS, SINGLE_OPENING, TRANSCRIPT
from .roles import TITLE_ROLES, office_start, printed_beside, strip_titles, titled_person
from .saying_verbs import REPORTING, is_cue
from .sentence_rules import SUBORDINATORS, partial_quote
from .sentence_tokens import Token, before_state, tokens, towns_state
from .subjects import opening_group
from .verdicts import MODALS


def main_clause(toks: Sequence[Token]) -> Mention | None:
    """'While not everything Roe says is true, Ray said she is "...": a cue
    inside an opening subordinate clause does not attribute the quotation
    in the main clause; the main clause's cue does, and so after an opening
    phrase that names a document ('In a post written on Friday, Roe said
    "..."'). So too with no quotation after an opening subordinate clause:
    "While Roe pledged to work with both parties, Ray insisted that ..." is
    Ray's (``two_clauses`` gives the opening clause to Roe). (With a
    quotation inside the opening clause, the first cue stands.)"""
    first = opening_word(toks)
    if first is None or first.low not in _CLAUSE_OPENING:
        return None
    comma = next((j for j, t in enumerate(toks) if t.text == ","), -1)
    if comma < 0 or any(t.quote >= 0 for t in toks[:comma]):
        return None
    if any(t.quote >= 0 for t in toks[comma:]):
        return speaker_in(toks, comma + 1, len(toks))
    if first.low not in OPENING_CLAUSES and not (first.low == "as" and any(t.low in BEGINNING for t in toks[:comma])):
        return None  # "As the Gazette reported, ...": the source; "As Roe began tweeting ..., Ray said": a time
    found = speaker_in(toks, comma + 1, len(toks))
    return None if found is not None and found.kind == "pronoun" else found  # "Although Roe lost, she said": Roe's


# Subordinators that open a clause of its own; "As the Gazette reported, ..."
# names the source of the whole sentence instead.
OPENING_CLAUSES = SUBORDINATORS - {"as"}
# Verbs of beginning: "as" before one tells a time, a clause of its own
# ("As Roe began tweeting about the vote, her son said ..."), as "when" does.
BEGINNING = frozenset({"began", "begin", "begins", "begun", "start", "started", "starts"})
# Adverbs that premodify a subordinator ("soon after", "even though", "just
# as", "long before", "right after", "only if"; Quirk et al. 1985, 14.12),
# besides those in -ly ("shortly after").
SUBORDINATOR_MODIFIERS = frozenset({"even", "just", "long", "only", "right", "soon"})
# Made once, not once a word: what opens a main clause's opening phrase,
# the words after a closing verb of saying that make it no closing one,
# and a verb of saying or its participle.
_CLAUSE_OPENING = SUBORDINATORS | {"in"}
_AUX_OR_MODAL = AUX | MODALS
_SPEECH_FORMS = SPEECH | PARTICIPLES


def opening_word(toks: Sequence[Token]) -> Token | None:
    """The word that opens the sentence, past an adverb that premodifies a
    subordinator ("Shortly after Roe spoke, ..." opens with "after")."""
    if not toks:
        return None
    adverb = toks[0].low in SUBORDINATOR_MODIFIERS or toks[0].low.endswith("ly")
    return toks[1] if adverb and len(toks) > 1 and toks[1].low in SUBORDINATORS else toks[0]


def quote_introducer(toks: Sequence[Token]) -> Mention | None:
    """'After Roe spoke, Ray replied: "..."': the verb of saying right before
    the first direct quotation (past an adverb, "fired back forcefully")
    names its speaker, whatever other cue came earlier in the sentence."""
    q = next((i for i, t in enumerate(toks) if t.quote >= 0 and _direct(toks, i)), -1)
    if q < 3 or toks[q - 1].text not in {",", ":"}:
        return None
    k = q - 2
    while k > 0 and toks[k].low.endswith("ly") and not toks[k].capital:
        k -= 1
    if toks[k].low not in REPORTING or toks[k].capital:
        return None
    return cued(toks, k)


def trailing_source(toks: Sequence[Token]) -> Mention | None:
    """"..., according to the agency." / "..., the local paper reported
    Tuesday." / "..., said Jo Bell, a historian.": in a sentence with no
    quotation, a source named in its last clause is the source of all of
    it, whatever verbs of saying the clauses before hold."""
    if any(t.quote >= 0 for t in toks):
        return None
    commas = [k for k, t in enumerate(toks) if t.text == ","][-2:]
    for c in reversed(commas):
        tail = toks[c + 1:]
        if len(tail) > 12 or not tail:
            continue
        verbs = [k for k, t in enumerate(tail) if is_cue(tail, k)]
        closing = bool(verbs) and len(tail) - verbs[-1] <= 3 and not any(t.low in _AUX_OR_MODAL for t in tail[verbs[-1] + 1:])
        if (tail[0].low == "according" and not verbs) or (verbs == [0] and len(tail) > 1) or (closing and len(verbs) == 1):
            source = speaker_in(toks, c + 1, len(toks))
            return None if source is not None and source.kind == "body" and relays(toks[:c]) else source
    return None


def _relayed_quote(toks: Sequence[Token], body: Mention) -> Mention:
    """'The Gazette reported that the mayor said: "..."': a body whose "that"
    clause holds a cue of its own only relays the quotation; the clause's
    own speaker is the quotation's (as ``relays`` does for "according to")."""
    first = next((k for k, t in enumerate(toks) if t.quote >= 0 and _direct(toks, k)), -1)
    that = next((k for k, t in enumerate(toks[:first]) if t.low == "that"), -1) if first > 0 else -1
    inner = speaker_in(toks, that + 1, first + 1) if that > 0 else None
    return inner if inner is not None and inner.kind in {"name", "pronoun", "definite"} else body


def relays(head: Sequence[Token]) -> bool:
    """"Roe said the fund was empty, according to the Gazette": a clause
    whose own verb of saying names a person; the outlet or body named after
    it only relays that person's words, and the person is the speaker."""
    found = speaker_in(head, 0, len(head), whole=True)
    return found is not None and found.kind in {"name", "pronoun"}


# -- direct quotes and their own speakers ------------------------------------

def _direct(toks: Sequence[Token], at: int) -> bool:
    """A quotation that stands as a direct quote, not a fragment of paraphrase."""
    if at == 0:
        return True
    last = toks[at - 1]
    if last.text == ":":
        return True
    if last.text in "—–" and toks[at].text.lstrip(QUOTE_MARKS + SINGLE_OPENING)[:1].isupper():
        return True  # "... when money is tight — “I skip a week ...”"
    if last.text != ",":  # every test below is of a comma: most quotation marks are not after one
        return False
    if at > 1 and toks[at - 2].low in _SPEECH_FORMS or any(toks[k].low == "according" for k in range(at - 1)):
        return True
    # '"Yes," said one, "No," said another': a quote that follows a whole
    # attribution clause after an earlier direct quote.
    previous = next((k for k in range(at - 1, -1, -1) if toks[k].quote >= 0), -1)
    return previous >= 0 and any(toks[k].low in SPEECH for k in range(previous + 1, at)) and _direct(toks, previous)


def _own_speakers(toks: Sequence[Token]) -> tuple[Mention | None, ...]:
    """For a sentence with several quotations, each one's own attribution:
    the clause right after it ('"...," said Jo Bell') or the one that
    introduces it (', but Sam Ray replied: "..."'); None where it has none."""
    at = [i for i, t in enumerate(toks) if t.quote >= 0]
    own = []
    for n, q in enumerate(at):
        previous = at[n - 1] + 1 if n else 0
        following = at[n + 1] if n + 1 < len(at) else len(toks)
        after = speaker_in(toks, q, following) if q + 1 < following and toks[q + 1].text in {",", "—"} | SPEECH else None
        before = speaker_in(toks, previous, q) if q > previous and toks[q - 1].text in {":", ","} else None
        own.append(after or before)
    return tuple(own)


PARTICIPLE_OBJECTS = words("grammar", "participle_objects")


def _opens_participle(toks: Sequence[Token]) -> bool:
    """"Recalling the race, ...", "Noting that ...": a participle, not a name, opens the sentence."""
    return len(toks) > 1 and toks[0].low.endswith("ing") and toks[1].low in PARTICIPLE_OBJECTS


# What joins two clauses that may report two speakers: "A said ..., while B said ...".
CLAUSE_JOINERS = words("grammar", "clause_joiners")
# The subordinators that contrast and never tell a time: no comma needed before them.
CONTRASTING = frozenset({"whereas"})


def two_clauses(toks: Sequence[Token], text: str) -> tuple[tuple[tuple[int, int], ...], tuple[Mention, ...]]:
    """'Roe said the fund was empty, while Ray said it was full': each
    clause's span in ``text`` and its own speaker, when a sentence with no
    direct quote joins two clauses that report two different speakers."""
    lead = opening_word(toks)
    opening = next((j for j, t in enumerate(toks) if t.text == ","), -1) if lead is not None and lead.low in OPENING_CLAUSES else -1
    for b, tok in enumerate(toks[:-2]):
        joined = toks[b + 1].low in CLAUSE_JOINERS
        # a comma, or one printed inside the closing marks ('called it "a mess," and Ray said');
        # with no comma, "whereas" opens a contrasting clause of its own ("Roe argues ... whereas Ray
        # says ..."), "while" only after a dash: else it may be of time, inside the first speaker's
        # words ("Roe said the crowd cheered while Ray announced the result"); "and" may join two
        # subjects ("Roe said she and Ray told ...")
        bare = joined and tok.text != "," and (toks[b + 1].text in CONTRASTING or toks[b + 1].text in SUBORDINATORS and tok.text in SET_OFF_DASHES)
        joiner = joined and (tok.text == "," or tok.quote >= 0 and tok.text.endswith(",") or bare)
        if not (tok.text == ";" or joiner or b == opening):  # "While Roe said ..., Ray said ...": the opening clause ends
            continue
        after = b + 2 if joiner else b + 1
        first, second = speaker_in(toks, 0, b + (tok.text not in ",;")), speaker_in(toks, after, len(toks))
        # "Roe said ..., but she added ...": a pronoun points back to the same speaker;
        # with no comma, the speaker opens the clause ("— while Ray said"; not "— while seated beside Ray, who said")
        opens = not bare or second is not None and second.text.split()[0] in {t.text for t in toks[after:after + 2]}
        # a clause that opens on a verb or a participle has the first clause's subject ("..., and
        # added that Ray had agreed", "..., while praising Ray, who said"): no second speaker
        opens = opens and not _verb_first(toks[after])
        if first is not None and second is not None and second.kind != "pronoun" and first.text.lower() != second.text.lower() and opens:
            end = tok.start if tok.text in ",;" else len(text[: toks[b + 1].start].rstrip())
            return ((0, end), (toks[after].start, len(text.rstrip()))), (first, second)
    return (), ()


def _verb_first(tok: Token) -> bool:
    """A verb of saying or a form in "-ed" or "-ing" ("added", "praising"), in lower case."""
    return not tok.capital and (tok.low in SPEECH or tok.low.endswith(("ed", "ing")))  # the participles of saying end so too


def _shouted(tok: Token) -> bool:
    """A word in capitals ("WASHINGTON", "NCLB"): a dateline or an acronym, never a person's name."""
    letters = tok.bare.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def shouted_dateline_end(toks: Sequence[Token]) -> int:
    """Where the sentence proper begins after a dateline ("BOCA RATON, Fla.
    --", "WASHINGTON (AP) —") left in the tokens: words in capitals and what
    follows them; 0 when there is none. ``not_names.dateline_end`` cuts the
    datelines its pattern knows from the text before tokens are made."""
    k = 0
    while k < len(toks) and _shouted(toks[k]):
        k += 1
    while 0 < k < len(toks) and (toks[k].text in {",", "(", ")", "—", "–"} or toks[k].bare in STATES or _shouted(toks[k])):
        k += 1
    return k


# Plurals of peoples and parties ("Iranians", "Europeans", "Republicans") and
# adjectives of place ("Ohio-based"): a group or a quality, never a person.
_NOT_A_PERSON = re.compile(r"(?:ian|ean|can)s$|-(?:based|born|backed|led|owned|run)$")


def speaker_of(toks: Sequence[Token]) -> Mention | None:
    """The speaker a sentence's tokens name, by the cue that speaks for the
    sentence; ``Mention.cue`` is where that cue begins (``reported`` cuts
    the outlet's frame from what is reported there)."""
    speaker = quote_introducer(toks) or main_clause(toks) or trailing_source(toks) or speaker_in(toks, 0, len(toks), whole=True)
    return _relayed_quote(toks, speaker) if speaker is not None and speaker.kind == "body" else speaker


def parse(sentence: Sentence) -> Parsed:
    """Pass one on a single sentence."""
    toks = tokens(sentence)
    speaker = speaker_of(toks)
    label = TRANSCRIPT.match(sentence.text)
    if speaker is None and label and sentence.quotes and sentence.quotes[0].start == label.end():
        speaker = Mention("name", label.group("label").title())
    quotes = [(t, _direct(toks, i)) for i, t in enumerate(toks) if t.quote >= 0]
    direct = tuple(t.text for t, stands in quotes if stands)
    own = _own_speakers(toks) if len(direct) > 1 else ()
    quote_speakers = tuple(m for m, (_, stands) in zip(own, quotes) if stands)
    fragments = tuple(t.text for t, stands in quotes if not stands)
    if speaker is None and fragments:
        speaker = partial_quote(toks)
    clauses: tuple[tuple[int, int], ...] = ()
    if speaker is not None and not direct:
        clauses, quote_speakers = two_clauses(toks, sentence.text)
    names: list[str] = []
    roles: list[tuple[str, str]] = []
    subject = None
    begin = shouted_dateline_end(toks)
    i = len(toks) - 1
    orgs = org_names(toks)
    while i >= begin:
        tok = toks[i]
        if not tok.capital:  # the first test of ``is_name_word``: most words fail it, and nothing below need be asked
            i -= 1
            continue
        opening = i == begin and (tok.low in OPENERS or _opens_participle(toks[begin:]))
        if is_name_word(tok) and tok.low not in PERSON_ROLES and not opening and not _shouted(tok):
            start = office_start(toks, max(name_run(toks, i), begin), i, begin)  # "Secretary of State Jo Roe"
            words = [t.printed for t in toks[start:i + 1] if not _shouted(t) or t.low in PERSON_ROLES]  # "Labour MP Jo Roe"
            title, rest = strip_titles(list(words))
            rest = [] if rest and _NOT_A_PERSON.search(rest[-1]) else rest
            # a word before a role ("county nurse") or before the capitalised body word that ends an organisation's name ("Allied Bakers' Union")
            modifier = i + 1 < len(toks) and toks[i + 1].low in PERSON_ROLES and (not toks[i + 1].capital or toks[i + 1].low in BODY_WORDS)
            modifier = modifier or any(o.startswith(f"{tok.text} and ") for o in orgs)  # "the Tolvik and District Health Trust"
            place = is_place(rest) or start == i and (towns_state(toks, i) or before_state(toks, i, sentence.text))  # "Astoria, Ore.": the state, and the town
            if rest and not modifier and (not any(w.lower() in BODY_WORDS for w in rest) or titled_person(words)) and not place:
                name = " ".join(([title] if title and len(rest) == 1 else []) + rest)
                names.append(name)
                office = (title or "").lower()
                if office in TITLES and office not in COURTESY or (title and office not in TITLE_WORDS):
                    # "Sen." -> senator; "Ecologist" -> ecologist; "union President Jo Roe" -> union president, whole
                    # (a body's noun before the title: "nominee Gov. Jo Roe" is two roles, each given below);
                    # capitalised words before the title are of it: "Attorney General", "Deputy Mayor", "Ohio governor"
                    before = words[: len(words) - len(rest) - len((title or "").split())]
                    lead = role_before(toks, start) if len(words) - len(rest) == 1 else None
                    lead = lead if lead and lead.split()[-1].lower() in BODY_WORDS else None
                    roles.append((name, " ".join(filter(None, [lead, *before, TITLE_ROLES.get(office, title if before else office)]))))
                elif office in PERSON_ROLES:  # "Labour MP Jo Roe": "Labour MP"
                    roles.append((name, " ".join(words[: len(words) - len(rest)])))
                roles.extend((name, found) for found in printed_beside(toks, start, i))
                prep = start > 0 and toks[start - 1].low in PREPOSITIONS
                if not tok.possessive and not prep:
                    subject = name
            i = start - 1
            continue
        i -= 1
    names.reverse()
    return Parsed(
        sentence, speaker, direct, fragments, tuple(names), subject, tuple(roles), orgs, quote_speakers, clauses,
        None if direct else opening_group(toks),
    )
