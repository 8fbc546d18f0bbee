"""Forms of saying: named rules that find who speaks in one sentence.

Each rule reads the tokens of a sentence (``mentions.tokens``) and returns
the ``Mention`` of its speaker, or None. ``speaker_in`` tries the rules that
hang on a cue word ("said", "according to") in reading order, then the
rules that hang on the sentence as a whole (a participle clause, a second
verb of the subject, a quoted fragment). ``parse`` is pass one of
attribution: one ``Sentence`` in, a ``Parsed`` record out. ``claims_beside``
gives the reported speech that a sentence with a direct quote carries
outside its marks.

Belief, knowledge and intention ("believes", "thinks", "wants", "hopes",
"fears", "knows") are not saying: no rule reads them as a cue.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .mentions import (
    AUX,
    BODY_NOUNS,
    BODY_WORDS,
    COURTESY,
    DETERMINERS,
    OPENERS,
    PARTICIPLES,
    PERSON_ROLES,
    PREPOSITIONS,
    PRONOUNS,
    QUOTE_MARKS,
    SPEECH,
    TITLE_ROLES,
    TITLES,
    Mention,
    Parsed,
    Token,
    _apposition_after,
    _is_name_word,
    _mention_back,
    _mention_forward,
    _name_run,
    _office_comma_before,
    _role_before,
    _skip_back,
    org_names,
    strip_titles,
    tokens,
)
from .model import Sentence
from .not_names import is_place
from .sentences import TRANSCRIPT

BELIEF = frozenset(
    """believe believes believed think thinks thought want wants wanted hope hopes hoped fear fears
    feared know knows knew expect expects expected wish wishes wished feel feels felt""".split()
)
# Verbs of saying beyond the packaged list: reporting, proposing, answering.
MORE_SAYING = frozenset(
    """say reported reports report tweet write wrote written add explain announce argue ask
    insist claim claimed suggest suggested suggests proposed proposes propose acknowledge admit concede
    complained complains cautioned cautions charged charges alleged alleges asserted asserts
    boasted boasts bragged brags touted touts decried decries denounced denounces lamented laments
    protested protests proclaimed proclaims clarified clarifies echoed echoes quoted mentioned
    mentions disclosed discloses emailed answered answers reassured told threatened threatens
    recommended recommends fumed snapped scoffed sighed laughed shouted yelled mused marveled
    marvelled recounted""".split()
) | frozenset(  # the plural present of listed verbs that are seldom nouns ("critics warn")
    """warn caution denounce cite predict urge contend assert allege emphasize emphasise reiterate
    testify complain declare deny accuse criticize criticise dismiss decry lament confirm reveal
    maintain observe reply respond""".split()
)
REPORTING = (SPEECH | MORE_SAYING) - BELIEF
MORE_PARTICIPLES = frozenset(
    """suggesting citing accusing announcing recalling emphasizing emphasising repeating mentioning
    vowing promising pledging denouncing declaring dismissing criticizing criticising complaining
    reiterating acknowledging admitting conceding touting predicting charging praising blasting
    slamming defending""".split()
)
PARTICIPLE_CUES = (PARTICIPLES | MORE_PARTICIPLES) - {"continuing", "concluding", "calling", "asking", "posting"}
# Plural and collective heads of an unnamed source ("experts said", "aides say").
GROUP_HEADS = frozenset(
    """experts analysts aides officials sources advisers advisors allies associates strategists
    operatives lawmakers legislators democrats republicans critics supporters opponents observers
    economists scientists researchers historians pollsters insiders people residents voters members
    leaders activists advocates organizers organisers proponents authorities investigators
    prosecutors police officers diplomats staffers staff spokesmen donors delegates conservatives
    liberals progressives republicans candidates lawyers attorneys doctors campaigners witnesses
    newspaper paper report reports poll polls survey study analysis data figures documents memo
    statement letter filing filings records estimates projections index""".split()
)
# Words that never head a speaker: a fragment, a share of a poll.
NOT_SPEAKERS = frozenset(
    """others some many most few all both none several another percent percentage majority minority
    half third quarter one who which that it this these those something nothing his her their its
    our my your past time times day days moment week weeks year years month months words pause race
    end start interview interviews speech debate election rally event meeting hearing movie film
    show so such first second last other proportion share number numbers rest""".split()
)
# Openers of an introductory phrase that ends at the first comma ("During the
# debate, ...", "Speaking to reporters, ...").
INTRODUCERS = frozenset(
    """during after before when while as although though because since despite in on at for with
    without amid among unlike like following asked speaking responding writing given if unless
    until once by from over throughout""".split()
)


def described(toks: Sequence[Token], head: int) -> Mention | None:
    """An unnamed source, kept as written: "several party operatives",
    "the newspaper", "a new poll by the university". ``head`` is its last word."""
    word = toks[head]
    if word.quote >= 0 or word.low in NOT_SPEAKERS or word.low in PRONOUNS:
        return None
    singular = word.low[:-1] if word.low.endswith("s") else word.low
    if word.low not in GROUP_HEADS and singular not in PERSON_ROLES | BODY_NOUNS:
        return None
    begin = head
    while begin - 1 >= 0 and head - begin < 7:
        before = toks[begin - 1]
        if before.quote >= 0 or not re.match(r"\w", before.text) or before.low in AUX | REPORTING | OPENERS - {"this"}:
            break
        if before.low in {"and", "or", "that", "who", "which", "than", "but"} | PRONOUNS:
            break
        if before.low in PREPOSITIONS and before.low != "of":
            break
        begin -= 1
        if before.low in DETERMINERS or before.possessive:
            break
    words = [t.text for t in toks[begin:head + 1]]
    if toks[begin].text[:1].isdigit() or any(t.low in {"percent", "%", "per"} for t in toks[begin:head]):
        return None
    if words[0].lower() in DETERMINERS | {"several", "two", "three", "four", "some"} or not words[0][:1].isupper():
        words[0] = words[0].lower()
    elif words[0].lower() not in BODY_NOUNS and words[0][:1].isupper() and begin == 0:
        words[0] = words[0] if _is_name_word(toks[begin]) and begin > 0 else words[0][:1].lower() + words[0][1:]
    return Mention("described", " ".join(words), head=word.low)


def group_of(toks: Sequence[Token], end: int) -> Mention | None:
    """"Experts on river ecology said", "Residents of the valley say": an
    unnamed group followed by the phrase that says which, ending at ``end``."""
    for k in range(end - 1, max(-1, end - 7), -1):
        if toks[k].quote >= 0 or not re.match(r"\w", toks[k].text) or toks[k].low in REPORTING | AUX:
            return None
        if toks[k].low in GROUP_HEADS and toks[k + 1].low in PREPOSITIONS:
            group = described(toks, k)
            if group is not None and (k == len(group.text.split()) - 1 or toks[k - len(group.text.split())].low in CLAUSE_OPENERS):
                words = [group.text, *(t.text for t in toks[k + 1:end + 1])]
                return Mention("described", " ".join(words), head=group.head)
    return None


CLAUSE_OPENERS = frozenset({",", "—", "–", ";", "and", "but", "while", "although", "though", "because", "as"})
RELATIVE_OPENERS = frozenset({"who", "that", "whose"})


def modified_group(toks: Sequence[Token], verb: int) -> Mention | None:
    """"Senior aides who have seen the figures argue", "Farmers hoping for
    rain say", "Organizers of the march said": a group that opens its clause,
    described by a relative clause, a participle or a phrase before its verb."""
    start = verb - 1
    while start > 0 and verb - start < 20 and toks[start - 1].quote < 0 and toks[start - 1].text not in CLAUSE_OPENERS | {":", "(", ")"}:
        start -= 1
    if start > 0 and toks[start - 1].text not in CLAUSE_OPENERS | {":"}:
        return None
    while start < verb and toks[start].low in OPENERS - {"the"}:
        start += 1
    before_verb = _skip_back(toks, verb - 1)
    if before_verb < 0 or toks[before_verb].low in NOT_SPEAKERS | PRONOUNS:
        return None  # "... the plan that some say will fail": the fragment speaks, not the group
    for head in range(start, min(verb - 1, start + 6)):
        after = toks[head + 1]
        opens = after.low in RELATIVE_OPENERS | PREPOSITIONS or (after.low.endswith("ing") and not after.capital)
        if not opens:
            continue
        modifier = toks[head + 1:verb]
        if any(t.quote >= 0 or t.low in REPORTING for t in modifier) or sum(t.low in RELATIVE_OPENERS for t in modifier) > 1:
            return None
        group = described(toks, head)
        if group is None or not toks[head].low.endswith("s") or head - len(group.text.split()) + 1 != start:
            return None
        return group
    return None


def clause_subject(toks: Sequence[Token], head: int) -> Mention | None:
    """A whole noun phrase that opens its clause before a verb of saying:
    "The league veteran said", "Cement makers argue", "..., the trade group says"."""
    word = toks[head]
    if not word.text.isalpha() or word.low in NOT_SPEAKERS | PRONOUNS | AUX or word.low.endswith(("ly", "ing")):
        return None
    begin = head
    while begin - 1 >= 0 and head - begin < 6:
        before = toks[begin - 1]
        if before.quote >= 0 or not before.text[:1].isalnum() or before.low in CLAUSE_OPENERS | REPORTING | AUX | OPENERS:
            break
        if before.low in {"that", "who", "which", "of", "than"} | PREPOSITIONS | PRONOUNS:
            return None
        begin -= 1
    opens = begin == 0 or toks[begin - 1].low in CLAUSE_OPENERS or toks[begin - 1].low in OPENERS
    first = toks[begin]
    plural = word.low.endswith("s") and not word.low.endswith("ss") and not word.capital
    if not opens or not (first.low in {"the", "a", "an"} or (plural and begin < head)) or first.low in NOT_SPEAKERS:
        return None
    if any(t.text[:1].isdigit() for t in toks[begin:head + 1]) or (begin == head):
        return None
    words = [t.text for t in toks[begin:head + 1]]
    words[0] = words[0].lower() if first.low in DETERMINERS or not _is_name_word(first) or begin == 0 else words[0]
    return Mention("described", " ".join(words), head=word.low)


# -- rules that hang on a cue word at ``i`` ---------------------------------


def _name_end(toks: Sequence[Token], start: int) -> int:
    """Where the run of name words from ``start`` (titles included) ends."""
    end = start
    while end < len(toks) and _is_name_word(toks[end]):
        end += 1
    return end


def according_to(toks: Sequence[Token], i: int) -> Mention | None:
    """"according to Jane Roe", "according to a statement from the agency"."""
    if toks[i].low != "according" or i + 1 >= len(toks) or toks[i + 1].low != "to":
        return None
    named = _mention_forward(toks, i + 2)
    if named is not None:
        return named
    end = i + 2
    while end < len(toks) and toks[end].quote < 0 and re.match(r"\w", toks[end].text) and end - i < 10:
        end += 1
    for head in range(end - 1, i + 1, -1):  # "a report by the agency": the document, or who wrote it
        if toks[head].low in {"by", "from", "of"} and head + 1 < end:
            by = _mention_forward(toks, head + 1)
            if by is not None and by.kind in {"name", "body"}:
                return by
    heads = [j for j in range(i + 2, end) if toks[j].low not in PREPOSITIONS | DETERMINERS]
    ends = (j for j in heads if j + 1 >= end or toks[j + 1].low in PREPOSITIONS)
    first_head = next(ends, None)
    found = described(toks, first_head) if first_head is not None else None
    return found or next((m for m in map(lambda j: described(toks, j), heads) if m), None)  # "people familiar with"


# Verbs that carry a verb of saying after "to" ("continues to insist",
# "went on to say", "appeared to suggest"): the subject is theirs.
CHAIN_VERBS = frozenset(
    """continue continues continued continuing began begin begins begun started start starts
    appeared appears appear seemed seems seem""".split()
)
PROGRESSIVE = frozenset({"is", "are", "was", "were", "been", "be"})


def _is_cue(toks: Sequence[Token], i: int) -> bool:
    """A verb of saying: a finite one ("says"), or a participle after a
    form of "be" ("is insisting", "was warning")."""
    tok = toks[i]
    if tok.capital:
        return False
    return tok.low in REPORTING or (tok.low in PARTICIPLE_CUES and i > 0 and toks[i - 1].low in PROGRESSIVE)


def chain_start(toks: Sequence[Token], i: int) -> int:
    """Where the verb group ending in the verb of saying at ``i`` begins:
    the carrying verb of "continues to insist" or "went on to say", else ``i``."""
    if i < 2 or toks[i - 1].low != "to":
        return i
    k = i - 2
    if toks[k].low == "on" and k >= 1 and toks[k - 1].low in {"went", "go", "goes", "going"}:
        return k - 1
    return k if toks[k].low in CHAIN_VERBS else i


def first_conjunct(toks: Sequence[Token], verb: int) -> Mention | None:
    """"Jane Roe and Sam Ray said", "Officials and their advisers say": of a
    subject of two, the first, which heads it. Only when that first one
    opens its clause ("Roe praised Ray and Lee said" has two clauses)."""
    last = _skip_back(toks, verb - 1)
    k = last
    while k > 0 and last - k < 6 and toks[k].quote < 0 and re.match(r"\w", toks[k].text) and toks[k].low != "and":
        if toks[k].low in REPORTING | AUX:
            return None
        k -= 1
    if k <= 0 or k == last or toks[k].low != "and":
        return None
    first = _mention_back(toks, k)
    if first is None or first.kind not in {"name", "pronoun", "described"}:
        first = described(toks, k - 1)
    if first is None:
        return None
    begin = k - len(first.text.split())
    opens = begin == 0 or (begin > 0 and (toks[begin - 1].text in CLAUSE_OPENERS or toks[begin - 1].low in OPENERS - {"the"}))
    return first if opens else None


def subject_says(toks: Sequence[Token], i: int) -> Mention | None:
    """"Jane Roe said (Tuesday) (that) ...", "Roe has said repeatedly",
    "experts say", "Roe continues to insist", and the inverted '"...," said
    Roe' / "..., said Jane Roe, a pollster"."""
    if not _is_cue(toks, i):
        return None
    if i + 1 < len(toks) and toks[i + 1].low in {"by"}:
        return None  # "was told by": passive
    if i > 0 and toks[i - 1].text == ",":
        inverted = _mention_forward(toks, i + 1)  # "..., said Jane Roe, a pollster."
        after = _name_end(toks, i + 1)
        if inverted is not None and inverted.kind == "name" and (after >= len(toks) or toks[after].text in {",", ".", ";", "—"}):
            return inverted
    i = chain_start(toks, i)
    speaker = first_conjunct(toks, i) or _mention_back(toks, i)
    if speaker is not None and speaker.kind == "name" and speaker.text.lower() in GROUP_HEADS:
        low = speaker.text.lower()  # "Residents say": a group, not a person's name
        speaker = Mention("described", low, head=low)
    j = _skip_back(toks, i - 1) if i > 0 else -1
    if speaker is None and j >= 0 and toks[j].low == "it" and (j == 0 or toks[j - 1].text == "," or toks[j - 1].low in {"and", "but"}):
        return Mention("pronoun", toks[j].text, head="it")  # "It said", "..., it said."
    if speaker is None and i > 0 and toks[i - 1].low not in {"and", "or", "to", "who", "which", "that"}:
        j = _skip_back(toks, i - 1)
        if j >= 0 and toks[j].quote < 0:
            speaker = group_of(toks, j) or modified_group(toks, i) or described(toks, j) or clause_subject(toks, j)
    after_quote = i > 0 and (toks[i - 1].quote >= 0 or toks[i - 1].text == ",")
    if speaker is None and after_quote:
        speaker = _mention_forward(toks, i + 1)
        if speaker is None or speaker.kind == "body":
            speaker = forward_person(toks, i + 1) or speaker
    return speaker


def forward_person(toks: Sequence[Token], start: int) -> Mention | None:
    """The person an inverted verb names past titles, outlets and employers:
    'said another Twitter user, Jo Bell', 'said Rye College historian Jo Bell'."""
    k = start
    while k < len(toks) and k - start < 12 and toks[k].quote < 0 and toks[k].text not in {".", ";", ":"}:
        if not _is_name_word(toks[k]):
            k += 1
            continue
        end = _name_end(toks, k)
        run = toks[k:end]
        words = [t.bare for t in run]
        if run[-1].possessive or is_place(words) or words[-1].lower() in BODY_WORDS:
            k = end
            continue
        title, rest = strip_titles(words)
        return Mention("name", " ".join(rest)) if rest else None
    return None


def statement_from(toks: Sequence[Token], i: int) -> Mention | None:
    """"a statement from the agency", "in a statement by Jane Roe"."""
    if toks[i].low not in {"statement", "letter", "memo", "email", "post", "tweet"} or i + 2 >= len(toks):
        return None
    if toks[i + 1].low not in {"from", "by"}:
        return None
    introduced = i >= 2 and toks[i - 2].low == "in"
    if not introduced and not any(t.low in REPORTING and not t.capital for t in toks[i + 2:i + 10]):
        return None  # "when the letter from the school landed": no one speaks
    found = _mention_forward(toks, i + 2)
    return found if found is not None and found.kind in {"name", "body"} else None


CUE_RULES: tuple[Callable[[Sequence[Token], int], Mention | None], ...] = (according_to, subject_says, statement_from)


# -- rules that hang on the sentence ----------------------------------------


def sentence_subject(toks: Sequence[Token]) -> Mention | None:
    """Who the sentence is about: its first name, pronoun or description,
    after an opener ("But", "On Tuesday,") or an introductory phrase."""
    p = 0
    while p < len(toks) and (toks[p].low in OPENERS - INTRODUCERS or (toks[p].text.isupper() and len(toks[p].text) > 2) or toks[p].text in {"—", "–", ","}):
        p += 1
    if p < len(toks) and (toks[p].low in INTRODUCERS or toks[p].low.endswith("ing")):
        comma = next((j for j in range(p, min(len(toks), p + 16)) if toks[j].text == ","), -1)
        if comma < 0:
            return None
        p = comma + 1
    if p >= len(toks) or toks[p].quote >= 0:
        return None
    found = _mention_forward(toks, p)
    if found is None or found.kind not in {"name", "pronoun", "definite", "body"}:
        return None
    if found.kind == "pronoun" and found.head not in {"he", "she"}:
        return None
    return found


def participle_clause(toks: Sequence[Token]) -> Mention | None:
    """"Jane Roe visited the plant, saying (that) ...": the subject speaks."""
    cue = next((j for j in range(1, len(toks)) if toks[j].low in PARTICIPLE_CUES and toks[j - 1].text in {",", "—", "–", "before", "after", "while", "by"}), -1)
    return sentence_subject(toks[:cue]) if cue > 0 else None


def coordinated_verb(toks: Sequence[Token]) -> Mention | None:
    """"Jane Roe toured the site and said ...": a second verb of the subject."""
    def after_and(j: int) -> bool:
        k = j - 1
        while k > 0 and (toks[k].low in AUX or toks[k].low.endswith("ly")):
            k -= 1  # "and then said", "and later told"
        return toks[k].low in {"and", "but"}

    cue = next((j for j in range(2, len(toks)) if toks[j].low in REPORTING and not toks[j].capital and after_and(j)), -1)
    return sentence_subject(toks[:cue]) if cue > 0 else None


def partial_quote(toks: Sequence[Token]) -> Mention | None:
    """'Jane Roe called the plan "a disaster"': quoted words in a sentence
    about one person are that person's."""
    if not any(t.quote >= 0 for t in toks):
        return None
    found = sentence_subject(toks)
    return found if found is not None and found.kind in {"name", "pronoun"} else None


SENTENCE_RULES: tuple[Callable[[Sequence[Token]], Mention | None], ...] = (participle_clause, coordinated_verb)


def speaker_in(toks: Sequence[Token], start: int, end: int, whole: bool = False) -> Mention | None:
    """The speaker that the first cue in ``toks[start:end]`` names; with
    ``whole``, also the rules that read the sentence as a whole."""
    window = list(toks[start:end])
    for i, tok in enumerate(window):
        if tok.quote >= 0:
            continue
        for rule in CUE_RULES:
            speaker = rule(window, i)
            if speaker is not None:
                return speaker
    if whole:
        for sentence_rule in SENTENCE_RULES:
            speaker = sentence_rule(window)
            if speaker is not None:
                return speaker
    return None
# -- claims beside a direct quote ---------------------------------------------

# What attaches a further claim, outside the marks, after a quote: '"...,"
# Roe said, citing the cost.', '..., Roe said, who said the fund was empty.'
_AFTER_QUOTE = re.compile(
    r",\s+((?:(?:also|again|then|not even)\s+)?(?:adding|saying|noting|arguing|explaining|warning|citing|suggesting|"
    r"emphasizing|emphasising|repeating|insisting|stressing|acknowledging|recalling|predicting|promising|vowing|"
    r"claiming|who\s+(?:also\s+)?(?:said|says|added))\b[^\"“”:]+)$"
)
# What hands over from a reported claim to the quote that follows it: "Roe
# said the fund was empty but added, '...'", "... and said: '...'".
_HANDOVER = re.compile(
    r"(?:,?\s+(?:but|and)\s+(?:also\s+|then\s+|later\s+)?(?:added|said|says|continued|went on)|,\s+(?:adding|saying))"
    r"\s*[,:]?\s*$|\s*:\s*$"
)
MIN_CLAIM_WORDS = 4  # "Roe said:" introduces a quote; "Roe said the fund was empty:" also claims


def claims_beside(sentence: Sentence) -> tuple[str | None, str | None]:
    """Reported speech that a sentence with a direct quote carries outside
    its marks: a claim before the quote ("Roe said the fund was empty but
    added, '...'") and one after it ('"...," Roe said, citing the cost.');
    None where there is none."""
    text = sentence.text
    if not sentence.quotes:
        return None, None
    prefix = text[: sentence.quotes[0].start].rstrip().rstrip(QUOTE_MARKS + "'‘")
    before = None
    handover = _HANDOVER.search(prefix)
    if handover and not any(mark in prefix for mark in QUOTE_MARKS):
        claim = prefix[: handover.start()].strip()
        words = [w.strip(",").lower() for w in claim.split()]
        verb = max((n for n, w in enumerate(words) if w in REPORTING), default=None)
        said = words[verb + 1:] if verb is not None else []
        if len(said) >= MIN_CLAIM_WORDS and (said[0] not in PREPOSITIONS or "that" in said):
            before = claim  # not "the MP asked of the minister:", which only introduces the quote
    after = _AFTER_QUOTE.search(text, sentence.quotes[-1].end)
    return before, after.group(1).strip() if after else None


def _direct(toks: Sequence[Token], at: int) -> bool:
    """A quotation that stands as a direct quote, not a fragment of paraphrase."""
    before = toks[:at]
    if not before:
        return True
    last = before[-1]
    if last.text == ":":
        return True
    if last.text in "—–" and toks[at].text.lstrip(QUOTE_MARKS + "'‘")[:1].isupper():
        return True  # "... when money is tight — “I skip a week ...”"
    if last.text == "," and any(t.low == "according" for t in before):
        return True
    if last.text == "," and len(before) > 1 and before[-2].low in SPEECH | PARTICIPLES:
        return True
    # '"Yes," said one, "No," said another': a quote that follows a whole
    # attribution clause after an earlier direct quote.
    previous = max((i for i, t in enumerate(before) if t.quote >= 0), default=-1)
    return (
        last.text == ","
        and previous >= 0
        and _direct(toks, previous)
        and any(t.low in SPEECH for t in before[previous + 1:])
    )


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


PARTICIPLE_OBJECTS = frozenset({"that", "the", "a", "an", "his", "her", "their", "its", "to", "about", "with", "from", "up", "out", "back", "into"})


def _opens_participle(toks: Sequence[Token]) -> bool:
    """"Recalling the race, ...", "Noting that ...": a participle, not a name, opens the sentence."""
    return len(toks) > 1 and toks[0].low.endswith("ing") and toks[1].low in PARTICIPLE_OBJECTS


def parse(sentence: Sentence) -> Parsed:
    """Pass one on a single sentence."""
    toks = tokens(sentence)
    speaker = speaker_in(toks, 0, len(toks), whole=True)
    label = TRANSCRIPT.match(sentence.text)
    if speaker is None and label and sentence.quotes and sentence.quotes[0].start == label.end():
        speaker = Mention("name", label.group("label").title())
    quotes = [(i, t) for i, t in enumerate(toks) if t.quote >= 0]
    direct = tuple(t.text for i, t in quotes if _direct(toks, i))
    own = _own_speakers(toks) if len(direct) > 1 else ()
    quote_speakers = tuple(m for m, (i, _) in zip(own, quotes) if _direct(toks, i))
    fragments = tuple(t.text for i, t in quotes if not _direct(toks, i))
    if speaker is None and fragments:
        speaker = partial_quote(toks)
    names: list[str] = []
    roles: list[tuple[str, str]] = []
    subject = None
    i = len(toks) - 1
    while i >= 0:
        tok = toks[i]
        if _is_name_word(tok) and tok.low not in PERSON_ROLES and not (i == 0 and (tok.low in OPENERS or _opens_participle(toks))):
            start = _name_run(toks, i)
            words = [t.bare for t in toks[start:i + 1]]
            title, rest = strip_titles(list(words))
            modifier = i + 1 < len(toks) and toks[i + 1].low in PERSON_ROLES and not toks[i + 1].capital
            if rest and not modifier and not any(w.lower() in BODY_WORDS for w in rest) and not is_place(rest):
                name = " ".join(([title] if title and len(rest) == 1 else []) + rest)
                names.append(name)
                office = (title or "").lower()
                if office in TITLES and office not in COURTESY or (title and office not in TITLES | PERSON_ROLES):
                    roles.append((name, TITLE_ROLES.get(office, office)))  # "Sen." -> senator; "Ecologist" -> ecologist
                role = _role_before(toks, start)
                apposition, _ = _apposition_after(toks, i + 1)
                for found in (role, apposition, _office_comma_before(toks, start)):
                    if found:
                        roles.append((name, found))
                prep = start > 0 and toks[start - 1].low in PREPOSITIONS
                if not tok.possessive and not prep:
                    subject = name
            i = start - 1
            continue
        i -= 1
    names.reverse()
    return Parsed(
        sentence, speaker, direct, fragments, tuple(names), subject, tuple(roles), org_names(toks), quote_speakers
    )
