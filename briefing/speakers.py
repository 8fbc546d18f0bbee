"""Pass two over one article: who spoke each sentence.

In: one article's pass-one ``Parsed`` sentences (``saying.parse``) and what
all sources print about their people (``corpus.Corpus``: the full names, who holds
which role, gender cues, descriptions). Out: ``Resolved``, a canonical
speaker per sentence and per direct quote, the roles given on the way, and
the sentences that only name the speaker of the quote before them.

The article is read in order (``Article``) with named state: the people
spoken of so far (``People``), the last speaker, the sentences spoken by an
indefinite description that wait for the name that follows, the quote being
continued in its paragraph, and the last group or body that spoke. Each way
of finding a speaker is one rule (a method or function with a docstring
and its own tests): names through the corpus's full names, pronouns and
descriptions through the people the article last spoke of, "A Labour MP
..." through the first person the article then names. How a quotation's
frame names its speaker is read in ``frames``; who a description ("the
senator", "his spokesman") means, in ``described_speakers``; what an unnamed speaker is
called and which of them a later "she" may mean, in ``unnamed``; the
"his" that owns a spokesperson's role and how an owner's spokesperson is
written, in ``owners``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .body_names import body_name, named_body, organisations
from .corpus import Corpus
from .described_speakers import Descriptions
from .frames import attribution_tail, framing_name, introduced, put_to
from .mention_words import BODY_NOUNS, BODY_WORDS, GROUP_HEADS, OPENERS, Mention, Parsed
from .owners import kin_pronoun
from .people import People
from .quotes import outside_quotes
from .resolver import PRONOUN_GENDER, person_noun
from .role_choice import role_key
from .roles import owned_by, strip_titles, titled_person
from .sentence_rules import SUBORDINATORS
from .sentence_tokens import bare
from .speaker_check import checked
from .subject_names import after_opener, modifies_noun, names_a_body, names_a_group, opens_sentence, possessor
from .unnamed import is_description, one_described, whose

RECENT_QUOTE = 3  # sentences after a quotation in which a bare quotation is still its speaker's
PENDING_SENTENCES = 4  # "A Labour MP ...": the name that resolves it comes within this many sentences
# Mentions that name no one: an organisation, "his spokesman", "experts".
NOT_PERSONS = frozenset({"body", "possessive", "described"})


_OPENING_WORD = re.compile(r"([A-Z][\w'’-]+)(?=,|\s+[a-z])")
_PRONOUN_AFTER = re.compile(r"^[^,―—–]+[,―—–]\s+(he|she)\s")


@dataclass(frozen=True)
class Resolved:
    """One article's speakers, in reading order."""

    speakers: tuple[str | None, ...]
    quote_speakers: tuple[tuple[str | None, ...], ...]  # per direct quote or clause of each sentence
    roles: tuple[tuple[str, str], ...]
    tails: frozenset[int]  # sentences that only attribute the quote before them


class Article(Descriptions):
    """One article read in order, with what a reader knows at each sentence."""

    def __init__(self, parsed: Sequence[Parsed], corpus: Corpus) -> None:
        self.parsed = parsed
        self.corpus = corpus
        self.local = {corpus.names.resolve(n) for p in parsed for n in p.names if len(n.split()) >= 2}
        self.people = People(corpus.genders, corpus.lower, corpus.words, corpus.persons)  # the people spoken of so far
        self.last_speaker: str | None = None  # the speaker of the sentence just read
        self.pending: list[int] = []  # sentences spoken by "a former official", until a name follows
        self.continued: dict[int, str] = {}  # the last quote's speaker, for the rest of its paragraph
        self.last_quoted: tuple[str, int] | None = None  # the last quotation's speaker and sentence
        self.last_group: tuple[str, int] | None = None  # the last group or body that spoke, and its sentence
        self.last_named: tuple[str, int] | None = None  # the last person a sentence named, and its sentence
        self.last_described: tuple[str, int, str | None] | None = None  # an unnamed person who spoke, their sentence, gender
        self.index = 0  # the sentence being read
        self.orgs: list[str] = []
        self.speakers: list[str | None] = []
        self.quote_speakers: list[tuple[str | None, ...]] = []
        self.roles: list[tuple[str, str]] = []
        self.tails: set[int] = set()

    def read(self) -> Resolved:
        """Every sentence's speaker."""
        for index, p in enumerate(self.parsed):
            self.sentence(index, p)
        ordinary = self.corpus.ordinary
        return Resolved(
            tuple(checked(s, ordinary, self.person) for s in self.speakers),
            tuple(tuple(checked(s, ordinary, self.person) for s in own) for own in self.quote_speakers),
            tuple(self.roles), frozenset(self.tails),
        )

    def person(self, raw: str) -> str:
        """A canonical full name, preferring the people this article names in full."""
        return self.corpus.names.resolve(raw, self.local)

    def sentence(self, index: int, p: Parsed) -> None:
        """One sentence: its speaker, each quote's speaker, then what it tells the reader."""
        self.index = index
        self.orgs.extend(organisations(p))
        if self.last_group and index - self.last_group[1] > RECENT_QUOTE:
            self.last_group = None
        raw_subject = self.subject_words(p)
        subject = self.person(raw_subject) if raw_subject else None
        mention = self.speaker_mention(p)
        speaker = self.resolve(mention, index, subject) if mention is not None else None
        if put_to(p, mention.text if mention is not None else raw_subject):
            self.question(index, p, speaker if mention is not None else subject)
            return
        if p.direct and mention is None:
            speaker = self.unattributed_quote(index, p, raw_subject)
        elif mention is not None and mention.kind == "pronoun":
            owner = raw_subject or possessor(p)  # "Roe's plan is late, but she said ...": the owner is the sentence's subject
            speaker = self.own_subject(p, mention.head, owner) or self.described_just_before(mention.head) or speaker
        self.speakers.append(speaker)
        own = [self.resolve(m, None, subject) if m is not None else None for m in p.quote_speakers]
        self.quote_speakers.append(tuple(o or speaker for o in own))
        self.spokespeople(p)
        self.remember(index, p, mention, speaker, subject)

    def spokespeople(self, p: Parsed) -> None:
        """"His spokesman, Ivo Dan, said": the role of a spokesperson named
        with "his" or "her" says whose, the person of that gender last spoken
        of before the sentence ("spokesman for Tobias Wren"); with "its", the
        organisation last named; so too "His sister, Ana Roe," ("sister of
        Tobias Wren")."""
        spoken_for = {raw for raw, role in p.roles if owned_by(role)}  # "his spokesman" says whose already
        for raw, role in p.roles:
            kin = None if raw in spoken_for else kin_pronoun(p.sentence.text, role)
            pronoun = kin or owned_by(role)
            who = self.person(raw)
            owner = self.people.pronoun(pronoun) if pronoun in PRONOUN_GENDER else None
            if pronoun == "its":
                owner = self.pronoun("it")  # "Its spokeswoman, Jo Roe,": the organisation last named
            if owner and owner != who:
                self.roles.append((who, f"{role} of {owner}" if kin else f"{role.rsplit(' ', 1)[0]} {owner}"))

    def subject_words(self, p: Parsed) -> str | None:
        """The sentence's subject as printed, past an opening word that is
        no person ("Hours later, Jo Roe said": Jo Roe, not "Hours"); none
        when it only modifies a noun and is no person's short name ("A
        Thorsby poll found", but "the Roe campaign" speaks of Jo Roe).
        A surname the parse took for a body's word that opens the sentence
        before a comma or a lower-case word ("Fox, however, was not
        worried") is the person the sources name so. The end of a body's
        name that speaks ("the Council for a Fairer Budget said") is no
        subject of its own: the body is."""
        if p.subject and p.speaker is not None and p.speaker.kind == "body" and p.speaker.text.endswith(" " + p.subject):
            return None
        opening = _OPENING_WORD.match(p.sentence.text)
        if opening and opening.group(1).lower() in BODY_WORDS and self.a_person(opening.group(1)):
            return opening.group(1)
        if p.subject is not None and opens_sentence(p.subject, p, self.corpus.names, self.corpus.ordinary):
            return after_opener(p)
        if p.subject is not None and modifies_noun(p, p.subject) and self.person(p.subject) == p.subject:
            return None  # no person's short name ("the Roe campaign" is Jo Roe's)
        return p.subject

    def speaker_mention(self, p: Parsed) -> Mention | None:
        """The words that name the speaker, past an opening word that is no
        person: the name after the opener, "Hours later, she said" a
        pronoun, "Others said" a group, else no one; a surname the parse
        took for a body ("Fox said") is the person's name (``a_person``)."""
        mention = p.speaker
        if mention is not None and mention.kind == "body" and (named := self.a_person(mention.text)):
            return Mention("name", named, role=mention.role)  # a person, whom a "he" after it may speak of
        if mention is None or mention.kind != "name" or not opens_sentence(mention.text, p, self.corpus.names, self.corpus.ordinary):
            return mention
        after, low = after_opener(p), mention.text.lower()
        if after:
            return Mention("name", after)
        pronoun = _PRONOUN_AFTER.search(p.sentence.text)
        if pronoun:
            return Mention("pronoun", pronoun.group(1), head=pronoun.group(1))
        return Mention("described", low, head=low) if low in GROUP_HEADS else None

    def resolve(self, mention: Mention, index: int | None, subject: str | None) -> str | None:
        """The canonical speaker for the words that name them, by their kind;
        a role printed with a name or description is recorded for that speaker."""
        if mention.kind == "described":
            return mention.text  # an unnamed source stays a description
        if mention.kind == "possessive":
            owned = self.possessive(mention, subject)
            if owned and mention.role:  # "A spokesman for the commissioner, Jo Roe,": the spokesperson's role names the office
                self.roles.append((owned, mention.role))
            return owned
        if mention.kind == "definite" and mention.head in BODY_NOUNS and not self.corpus.role_map.get(role_key(mention.role or mention.head)):
            body = named_body(mention.head, self.orgs, self.corpus.bodies)  # "the union": a body's word a role may also be
            if body:
                return body
        if mention.kind == "body":
            named = self.a_person(mention.text)
            if named is None:
                return body_name(mention, self.orgs, self.corpus.bodies)
            mention = Mention("name", named, role=mention.role)
        if mention.kind == "name":
            speaker: str | None = self.person(mention.text)
        elif mention.kind == "pronoun":
            speaker = self.pronoun(mention.head)
        else:
            speaker = self.description(mention, index)
        if speaker and mention.role and not is_description(speaker):  # "the judge" is its own role
            self.roles.append((speaker, mention.role))
        return speaker

    def a_person(self, text: str) -> str | None:
        """Words the parse took for a body that name a person, as the name
        to resolve: after a title ("Ms. Park said"), or a person the sources
        name elsewhere ("Park said", "Hana Park said" where another line has
        "Councillor Hana Park"), past an ordinary word that opens the
        sentence ("While Park said ..."): a surname may also be a body's word;
        a surname the sources print after an office's complement
        ("Secretary of State Berg said")."""
        words = [bare(w) for w in text.split()]
        if titled_person(words):
            return text
        if len(words) >= 2 and (words[0].lower() in OPENERS or words[0].lower() in self.corpus.ordinary):
            words = words[1:]
        _, rest = strip_titles(words)
        if len(rest) >= 3 and rest[0].lower() in {"of", "for"} and rest[-1] in self.corpus.names.by_last:
            return rest[-1]  # "Secretary of State Berg": the office's complement, then a surname the sources print
        if not rest or rest[-1].lower() not in BODY_WORDS or any(w.lower() in BODY_WORDS for w in rest[:-1]):
            return None  # a body for some other reason than a surname that is also a body's word
        names = self.corpus.names
        known = rest[0] in names.by_last if len(rest) == 1 else " ".join(rest) in names.canonical
        return " ".join(rest) if known else None

    def pronoun(self, head: str) -> str | None:
        """"he"/"she": the person last spoken of who may be one; "it": the
        organisation last named; "they": the last speaker when that was a
        group or a body, else the group or body that spoke or opened a
        sentence a few sentences before ("Organizers say ... Police agreed.
        They say ...", "Residents packed the hall. They said ...")."""
        if head in {"he", "she"}:
            return self.people.pronoun(head)
        if head == "it":
            return self.orgs[-1] if self.orgs else None
        previous = self.last_speaker
        if head == "they" and previous and (is_description(previous) or previous in self.orgs or names_a_group(previous)):
            return previous
        return self.last_group[0] if head == "they" and self.last_group else None

    def own_subject(self, p: Parsed, head: str, raw: str | None) -> str | None:
        """"Jo Roe, a planner who advises the council, has backed what she
        said is a fair plan", "Roe has backed the plan and would vote for it,
        she said": a "he" or "she" after the subject of their own sentence is
        that subject, the person the sentence is about, before anyone of
        earlier sentences, when the sources quote that person and give
        them the pronoun's gender; not a subject inside an opening clause ("If Roe
        wins, he said ..." speaks of someone else)."""
        if raw is None or head not in PRONOUN_GENDER or p.sentence.text.split()[0].lower() in SUBORDINATORS:
            return None
        who = self.person(raw)
        if who not in self.corpus.speaking or self.corpus.genders.get(who) != PRONOUN_GENDER[head]:
            return None  # a subject may be a law, a place, a company: only a person who speaks, of that gender
        text = outside_quotes(p.sentence.text)
        name, pronoun = text.find(raw.split()[-1]), re.search(rf"\b{head}\b", text, re.IGNORECASE)
        return who if name >= 0 and pronoun is not None and name < pronoun.start() else None

    def described_just_before(self, head: str) -> str | None:
        """"A spokeswoman for the board said the pipes were old. '...,' she
        said": a "he" or "she" after a sentence spoken by one unnamed person
        new to the reader (``unnamed.one_described``) is that person, when that
        sentence names no one else and the description's own word is not of
        the other gender; so too in its paragraph or the next after lines
        of narrative that name and quote no one (``remember`` keeps it only
        so); a sentence waiting for the name that follows waits with it."""
        if self.last_described is None or head not in {"he", "she"}:
            return None
        who, at, gender = self.last_described
        far = self.parsed[self.index].sentence.paragraph - self.parsed[at].sentence.paragraph > 1
        if far or (gender is not None and gender != PRONOUN_GENDER[head]):
            return None
        if at in self.pending:
            self.pending.append(self.index)
        return who

    def unattributed_quote(self, index: int, p: Parsed, raw_subject: str | None) -> str | None:
        """A direct quote no verb of saying attributes: the name in its frame
        (``framing_name``); else the speaker of the sentence before, the
        person a reaction before it introduced (``introduced``), or the
        speaker of the quote its paragraph continues, or a quotation a few
        sentences back; a short sentence after it that names its speaker
        ('"Is it?" Roe asked.') wins and is read as part of it."""
        framer = framing_name(p, raw_subject)
        if framer:
            return self.person(framer)  # 'Kasich resisted: "..."', '"...," Roe shot back.'
        speaker = self.last_speaker or introduced(self.parsed, index, self.person) or self.continued.get(p.sentence.paragraph)
        if speaker is None and self.last_quoted and index - self.last_quoted[1] <= RECENT_QUOTE:
            speaker = self.last_quoted[0]  # a quotation paragraph after a line of narrative
        tail = self.parsed[index + 1] if index + 1 < len(self.parsed) else None
        if tail is not None and tail.speaker is not None and attribution_tail(p, tail):
            speaker = self.resolve(tail.speaker, None, None) or speaker
            self.tails.add(index + 1)
        return speaker

    def question(self, index: int, p: Parsed, asked: str | None) -> None:
        """'Roe was asked: "Will it close?"', "Roe was asked whether it would
        close": the question is put to Roe, not said by them; it is the
        asker's when named ("asked by host Jo Ash"), else no one's. Roe
        answers in what follows, so a bare quotation after it is theirs."""
        text = outside_quotes(p.sentence.text)
        by = _ASKED_BY.search(text)  # a pattern per name only where someone is "asked by"
        asker = next((n for n in p.names if re.search(r"\basked\s+by\s+[^,:;]*?" + re.escape(n), text)), None) if by else None
        self.speakers.append(self.person(asker) if asker else None)
        self.quote_speakers.append(())
        named = asked if asked and not is_description(asked) else None
        self.settle_pending(index, named)
        if named:
            self.people.mention(named)
        self.last_speaker = asked
        self.last_described = None
        self.continued = {}

    def asked(self, p: Parsed) -> str | None:
        """"Reporters asked Jo Roe about the levy. '...,' she said.": the
        person named right after a verb of asking (past a title; not "asked
        Roe's aides", nor one of two, "asked Roe and Dan"), to whom the
        question is put, answers it; a "he" or "she" after it speaks of them
        before anyone named earlier.
        ``remember`` asks it only when the askers are named by a plural
        common noun of people ("Reporters", ``_common_askers``) or by no
        one it can resolve (a crowd), never "he" or "she";
        a person named as the asker may be who a pronoun after means."""
        found = _ASKED.search(outside_quotes(p.sentence.text))
        if found is None:
            return None
        rest = found.string[found.end():]
        name = next((n for n in p.names if re.match(r"(?:[A-Z][\w.’'-]*\s+){0,2}" + re.escape(n) + r"\b(?!['’]|,?\s+(?:and|or)\s)", rest)), None)
        return self.person(name) if name else None

    def continued_topic(self, p: Parsed) -> str | None:
        """"Jo Roe said the plan was late. She met the mayor and Ivo Trell
        on Monday. '...,' she said.": a sentence whose subject is "he" or
        "she" (past an opening word, "But she ...") goes on speaking of the
        person it points to, whom a "she" after it still means; a name
        later in it (an object, a clause) does not take that place."""
        opening = _OPENING_PRONOUN.match(outside_quotes(p.sentence.text))
        return self.people.pronoun(opening.group(1).lower()) if opening else None

    def settle_pending(self, index: int, found: str | None) -> None:
        """"A Labour MP has criticised the plan. Jo Roe says ...": sentences
        spoken by an indefinite description are the next person named, by a
        later sentence, as its speaker or its subject. The description
        brings in someone new to the reader: a person the article spoke of
        before ("Mrs Roe was unimpressed") is not them, and the article has
        moved on, so the sentences stay the description's."""
        if not (self.pending and self.pending[-1] != index and found):
            return
        if found in self.people.order:
            self.pending = []
            return
        for at in self.pending:
            self.speakers[at] = found
            mention = self.parsed[at].speaker
            if mention is not None and mention.role:
                self.roles.append((found, mention.role))
        self.pending = []

    def remember(self, index: int, p: Parsed, mention: Mention | None, speaker: str | None, subject: str | None) -> None:
        """What a sentence tells the reader for the sentences after it: the
        person it names, its speaker (or, for "Roe issued the following
        statement:", the person it introduces), the group that spoke, the
        quote its paragraph may continue; the first of two people who spoke
        together ("Roe and Trell argued ...") is who a "they" after means,
        as a group's speaker is (``coordinated``)."""
        named = speaker if mention is not None and mention.kind not in NOT_PERSONS else None
        named = None if named and is_description(named) else named
        owner = possessor(p) or whose(p, speaker)
        who = named or self.continued_topic(p) or subject or (self.person(owner) if owner else None)
        who = None if who and (names_a_body(who) or who.lower() in GROUP_HEADS) else who  # "Residents packed the hall"
        self.settle_pending(index, who)
        if who:
            self.people.mention(who)
            self.last_named = (who, index)
        asked = self.asked(p) if who is None or _common_askers(p.subject or who) else None
        if asked and asked != who:
            self.people.mention(asked)  # the person asked answers: "he" or "she" after it means them
        self.last_speaker = speaker
        quiet = who is None and speaker is None  # a line of narrative that names and quotes no one
        self.last_described = one_described(p, mention, speaker, index) or (self.last_described if quiet else None)
        if speaker is None and not p.direct and p.sentence.text.rstrip().endswith(":"):
            self.last_speaker = subject  # the sentence introduces the quotation after it
        if speaker and (is_description(speaker) or speaker in self.orgs or names_a_group(speaker) or coordinated(p, mention)):
            self.last_group = (speaker, index)
        elif speaker is None and not p.direct:
            # "Residents packed the hall. They said ..."
            self.last_group = (p.group.text, index) if p.group is not None else self.last_group
        if p.direct and speaker:
            self.last_quoted = (speaker, index)
            self.continued = {p.sentence.paragraph: speaker}
        if self.pending and index - self.pending[0] > PENDING_SENTENCES:
            self.pending = []


def coordinated(p: Parsed, mention: Mention | None) -> bool:
    """"Jo Roe and Ivo Trell argued", "She and her aides say": the speaker
    is the first of a subject of two joined by "and" right before its verb
    of saying (``subjects.first_conjunct``), so a "they" after it means the
    two, whom the first stands for."""
    if mention is None or mention.kind not in {"name", "pronoun"} or mention.cue < 0:
        return False
    before = p.sentence.text[:mention.cue]
    at = before.rfind(mention.text)
    return at >= 0 and before[at + len(mention.text):].startswith(" and ")


def _common_askers(printed: str) -> bool:
    """"Reporters", "Voters": askers named by a plural common noun of
    people, as printed; not a name with a title ("Ms Sellers") nor a bare
    singular ("Baker asked Roe": a common noun would take an article)."""
    low = printed.lower()
    return low.endswith("s") and person_noun(low)


# "Reporters asked Jo Roe ...": a verb of asking with the person asked as
# its object (Levin 1993, 37.1, verbs of transfer of a message: "ask",
# "question", "quiz"; "press" in its sense of asking urgently).
_ASKED = re.compile(r"\b(?:asked|questioned|quizzed|pressed)\s+")

# "... was asked by host Jo Ash": the words that name who put a question.
_ASKED_BY = re.compile(r"\basked\s+by\s")

# "He ...", "But she ...", "Instead, he ...": a sentence whose subject is a gendered pronoun.
_OPENING_PRONOUN = re.compile(rf"\s*(?:(?:{'|'.join(sorted(OPENERS))}),?\s+)?(he|she)\b", re.IGNORECASE)
