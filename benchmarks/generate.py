"""A synthetic multi-outlet corpus with known truth, for the scale benchmark.

    python benchmarks/generate.py 400 /tmp/corpus400 [--seed 7]

writes ``N`` articles (``00001_outlet-name.txt`` ...), ``briefing.toml`` (two
positions with cues, and an outlet for every file) and ``truth.json``:

    {"quotes": {"Q00001": {"speaker": "Ilse Marrowby", "text": "...",
                           "files": ["00003_....txt", ...],
                           "printed": {"00003_....txt": "<the words as that file prints them>"}}},
     "speakers": {...}, "stories": [...], "files": [...], "articles": N, "seed": S}

The corpus imitates agency copy picked up by many outlets:

* several distinct stories (one per ~25 articles), each with its own place,
  project, institution and about six speakers (invented full names, a role,
  a stance: for, against or neutral);
* every speaker has a pool of quote sentences; an article quotes two or three
  speakers of its story (some articles are round-ups that add a second
  story), introducing each as ``Role Name said: "..."``, then
  ``"...," Surname said.`` and ``He added: "..."``;
* popular quotes are reprinted by many outlets, others by one or two; each
  reprint may carry small edits: one word swapped, a hyphen dropped, a
  trailing clause cut, and the outlet's own quote marks (curly or straight);
* every article also has its own narrative sentences (unique across the
  corpus, checked), an occasional reported-speech line, and page furniture
  (headline, byline, date line, "Listen to this article", "Read more: ...",
  "Advertisement", a copyright line).

Quotes are built from phrase templates filled from word lists; a speaker never
uses the same template twice, and every new quote is checked against every
other quote of its story with rapidfuzz (ratio < 70, partial ratio < 80), so
two different quotes never read alike, even once an outlet has cut them; across stories no two quotes share their main clause. Both checks read a
word the generator itself swaps (``SWAPS``) as any of its swaps, so no two
quotes differ only by one. Output is a pure function of (N, seed).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process

from briefing.unionfind import UnionFind

# ------------------------------------------------------------------ word lists

FIRST_MALE = """Aldo Bram Cas Dorian Eamon Felix Gideon Hamid Ivo Jonas Kasimir Lorcan Matteo Niall
Osric Pavel Quentin Rufus Soren Tobias Ulric Vikram Wendel Xavier Yannick Zeno Anselm Bertil
Cormac Dagfinn Emrys Fintan Gunnar Hector Idris Joaquin Leander Mathis Nestor Olek""".split()
FIRST_FEMALE = """Adela Brigid Celeste Dagny Elowen Freya Greta Hedda Ilse Juno Katya Liesel Marisol
Nerys Odile Petra Rosalind Saoirse Thea Ulla Vesna Wilma Ximena Yelena Zofia Annika Beatrix
Clodagh Delphine Esme Fenna Gwenllian Halina Ingrid Jolanda Lavinia Mirela Noor Ottilie""".split()
SURNAME_HEAD = """Ash Bram Carr Dun Ell Fen Gar Hal Ing Jar Kell Lang Marr Nor Ort Penn Quill Rath
Sell Thorn Ux Vand Wex Yar Zell Brock Crane Dale Esk Fair Gill Holm Ire Kirk Lind Mose Nash
Pike Rook Stam""".split()
SURNAME_TAIL = """by combe den field ford gate ham hurst ley low mere more ridge stead thorpe ton wick
worth shaw bury""".split()

PLACE_HEAD = """North South East West Upper Lower Old New Great Little""".split()
PLACE_STEM = """Halbury Corrin Estwick Lanmoor Pellow Ravenholt Sedgefold Tarnby Wexmouth Yelstow
Ambridge Brackwater Cinderford Dunmarsh Elderby Foxhollow Glenmarch Harrowdene Ivybridge Juniper
Kestlemere Larkhill Marlowe Netherby Oakhurst Penhallow Quarrington Rushmere Saltcote Thistleby
Umberleigh Vennford Wimbourne Yardley Ashcombe Birchmoor Coldharbour Drayfield Eastling
Fallowfield Greystoke Hartwell Inkpen Kingsmoor Longridge Millbrook Northwold Orchard Pendle
Redmarley Stonecross Tollgate Upwell Westerleigh""".split()
PROJECTS = [
    "tram extension", "bypass", "incinerator", "desalination plant", "housing estate", "school merger",
    "hospital reorganisation", "wind farm", "port expansion", "library closures", "congestion charge",
    "reservoir scheme", "flood barrier", "stadium redevelopment", "rail electrification", "bus franchise",
    "solar park", "quarry extension", "waste contract", "airport runway", "water tariff", "rent freeze",
    "ferry subsidy", "care home closures", "tourist levy", "parking levy", "bridge tolls", "mine reopening",
]
INSTITUTIONS = ["council", "assembly", "health board", "transport authority", "regional cabinet",
                "planning committee", "water board", "port authority", "county executive", "city board"]
ROLE_FIELDS = ["transport", "health", "housing", "education", "finance", "environment", "planning",
               "opposition", "business", "residents", "tenants", "farming", "harbour", "energy",
               "union", "hospital", "youth", "heritage", "cycling", "water"]
ROLE_HEADS_MALE = ["minister", "spokesman", "leader", "chairman", "director", "councillor", "campaigner",
                   "economist", "adviser", "secretary", "chief"]
ROLE_HEADS_FEMALE = ["minister", "spokeswoman", "leader", "chairwoman", "director", "councillor",
                     "campaigner", "economist", "adviser", "secretary", "chief"]
PLACE_TAIL = """Magna Parva Green Cross End Marsh Heath Vale Fields Common""".split()
SURNAME_LINK = ["", "", "en", "er", "in"]  # 3,200 surnames: 2,400 speakers at 10,000 articles
OUTLET_TOWN = PLACE_STEM
OUTLET_MAST = """Courier Gazette Herald Echo Mercury Sentinel Observer Chronicle Ledger Wire Post Record
Advertiser Standard Bulletin Express Clarion Argus Beacon Pilot""".split()

GROUPS = ["families", "small businesses", "commuters", "nurses", "pensioners", "young people", "tenants",
          "farmers", "shopkeepers", "carers", "teachers", "fishermen", "students", "bus drivers",
          "disabled residents", "first-time buyers", "night workers", "parents", "patients", "cyclists",
          "landlords", "taxpayers", "market traders", "care workers", "apprentices", "veterans",
          "school leavers", "hauliers", "publicans", "volunteers"]
NOUNS = ["plan", "budget", "scheme", "timetable", "consultation", "deal", "proposal", "strategy",
         "contract", "settlement", "review", "promise", "compromise", "process", "investment", "decision",
         "package", "approach", "policy", "framework", "programme", "assessment", "business case",
         "funding formula", "rescue package", "road map", "tender", "pilot", "levy", "subsidy",
         "blueprint", "agreement", "forecast", "audit", "overhaul", "shake-up", "rethink", "model"]
ADJECTIVES = ["long-term", "cross-party", "far-reaching", "well-funded", "short-sighted", "half-baked",
              "low-cost", "hard-won", "ill-judged", "top-down", "open-ended", "clear-cut", "deep-rooted",
              "fair-minded", "forward-looking", "honest", "reckless", "sensible", "credible", "flawed",
              "generous", "cautious", "ambitious", "careless", "workable", "expensive", "fragile",
              "modest", "rushed", "overdue", "unfair", "practical", "costly", "timid", "bold", "vague",
              "narrow", "lopsided", "robust", "shabby", "patchy", "sweeping", "piecemeal", "serious"]
VERBS = ["fund", "deliver", "protect", "rebuild", "defend", "finish", "support", "fix", "reform",
         "rescue", "improve", "pay for", "explain", "justify", "publish", "rethink", "reopen", "finance",
         "guarantee", "restore", "scrutinise", "safeguard", "cost", "phase in", "speed up", "sign off"]
VERBS_PAST = ["funded", "delivered", "protected", "rebuilt", "promised", "finished", "supported",
              "fixed", "reformed", "rescued", "improved", "explained", "justified", "published",
              "reopened", "financed", "guaranteed", "restored", "scrutinised", "signed off"]
VERBS_ING = ["fighting", "campaigning", "arguing", "pushing", "speaking up", "standing up", "working",
             "lobbying", "pressing", "asking"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
                "fifteen", "twenty"]
TIMESPANS = ["months", "years", "winters", "budgets", "elections", "summers"]

# Word swaps an outlet makes when it retypes a quote ("one word swapped").
SWAPS = {
    "people": "residents", "plan": "scheme", "scheme": "plan", "money": "funding", "help": "support",
    "big": "large", "quickly": "swiftly", "never": "not once", "must": "should", "cannot": "can't",
    "will": "would", "families": "households", "every": "each", "tell": "told", "right": "correct",
    "enough": "sufficient", "still": "yet", "waiting": "hanging on", "this": "the", "our": "the",
    "deserve": "need", "angry": "furious", "honest": "frank", "costly": "expensive", "bold": "brave",
    "serious": "grave", "know": "realise", "want": "need", "properly": "fully", "before": "until",
}

# The spec's cues; STANCE_TEMPLATES print them.
FOR_CUES = ["long overdue", "back this plan", "go ahead", "must be built", "a fair deal"]
AGAINST_CUES = ["too costly", "should be scrapped", "pause the scheme", "not the answer", "waste of money"]

MAIN_TEMPLATES = [
    "{Group} in {place} deserve a {adj} {noun} and not another round of {noun2}",
    "This {project} will {verb} {group} in {place} for a generation",
    "Nobody who has read the {noun} can seriously claim it is {adj}",
    "We cannot ask {group} to {verb} the {noun} while {group2} wait on the sidelines",
    "I have spoken to {group} who tell me the {noun} for the {project} is {adj}",
    "The {adj} {noun} we were promised has turned into a {adj2} {noun2}",
    "There is no {adj} reason to {verb} the {project} in its current form",
    "If we {verb} the {noun} today we will be paying for it for {num} more {span}",
    "What {group} want from this {institution} is a {adj} {noun}, not more {noun2}",
    "I would urge the {institution} to {verb} its {noun} before the {span} run out",
    "The {noun} on the table does nothing for {group} on the edge of {place}",
    "This is the most {adj} {noun} I have seen in {num} {span} on the {institution}",
    "People are right to be angry about the {noun} and the way it was {verb_past}",
    "Our {group} have been waiting {num} {span} for someone to {verb} the {project}",
    "The {institution} has never {verb_past} a {noun} this {adj} and it shows",
    "Anyone who visits {place} can see the {project} is {adj} for {group}",
    "I don't think {group} will forgive a {adj} {noun} after {num} {span} of delay",
    "We're being asked to {verb} a {noun} that nobody in {place} has seen in full",
    "The figures in the {noun} simply don't add up for {group} or {group2}",
    "It's time the {institution} admitted the {noun} was {adj} from the very start",
    "My door has always been open to {group} who want a {adj} {noun}",
    "Let me be clear that the {project} stands or falls on the {noun}",
    "Every {noun} we have {verb_past} in {place} has left {group} better off",
    "Families in {place} should not have to choose between the {project} and a {adj} {noun}",
    "We spent {num} {span} building a {adj} {noun} and I am not going to walk away now",
    "The honest truth is that the {noun} was {verb_past} in a hurry by people who never met {group}",
    "Nothing in the {adj} {noun} tells {group} in {place} what happens next",
    "I asked the {institution} {num} times to {verb} the {noun} and got no answer",
]
TRAIL_TEMPLATES = [
    "and that is exactly why we will keep {verbing} for {group}",
    "because {group} in {place} have waited long enough",
    "which is something the {institution} has never properly {verb_past}",
    "whatever the {institution} says about its {noun}",
    "and I make no apology for saying so to the {institution}",
    "even if it means {verbing} against the {noun} for another year",
    "but only if the {noun} is {adj} and properly {verb_past}",
    "as long as {group} are part of every {noun} from now on",
    "and the people of {place} know that better than anyone",
    "so we will hold the {institution} to every word of the {noun}",
]
STANCE_TEMPLATES = {
    "for": [
        "This {project} is long overdue and {group} in {place} have earned a {adj} {noun}",
        "I will back this plan because {group} cannot wait {num} more {span} for a {adj} {noun}",
        "Let the {project} go ahead so that {group} finally get a {adj} {noun} from the {institution}",
        "The {project} must be built before {group} lose faith in the {adj} {noun}",
        "What {group} in {place} need is a fair deal on the {noun} and {num} {span} of certainty",
    ],
    "against": [
        "The {project} is too costly for {group} and the {adj} {noun} proves it",
        "This {noun} should be scrapped before {group} in {place} pay the price for {num} {span}",
        "We should pause the scheme until {group} have seen the full {adj} {noun}",
        "Another {adj} {noun} is not the answer for {group} in {place}",
        "The {project} is a waste of money that {group} will be paying off for {num} {span}",
    ],
}

# Narrative pieces (no speech verbs, no person names).
NARR_SUBJECTS = [
    "The {project} in {place}", "A {adj} report on the {project}", "The {place} {institution}",
    "Traffic on {street}", "The {company} consortium", "A petition from {place} residents",
    "The first phase of the {project}", "An independent panel in {place}", "The revised {noun}",
    "Work near {street}", "A delegation from {place2}", "The {institution}'s finance team",
    "Contractors at the {place} site", "The local {group_sing} association", "A protest march along {street}",
    "The {company} group", "An early draft of the {noun}", "A campaign group from {place2}",
    "The bid to extend the {project}", "A survey of {group} in {place2}", "The tender for the {project}",
]
NARR_VERBS = [
    "was delayed again", "drew a large crowd", "passed its first reading", "was referred to a review panel",
    "has been scaled back", "reached its final stage", "came under scrutiny", "was put on hold",
    "won a narrow vote", "was redrawn", "moved to a second consultation", "was overhauled",
    "met fierce resistance", "received fresh funding", "lost a key backer", "gathered pace",
    "was rerouted", "attracted interest from investors", "stalled", "was debated for hours",
    "was sent back for costing", "ran over budget", "was approved in principle", "was challenged in court",
    "was quietly shelved", "drew complaints from neighbours", "was put out to tender", "cleared a legal hurdle",
    "was cut back by a third", "went before inspectors", "faced a formal objection", "picked up cross-party backing",
]
NARR_ADJUNCTS = [
    "on {weekday} evening", "earlier this {period}", "at a meeting in {venue}", "for the {ordinal} time since {month}",
    "despite {obstacle}", "ahead of the {event}", "after {num} hours of debate", "in the wake of {obstacle}",
    "during a visit to {place2}", "before the {month} recess", "while {obstacle} dragged on",
    "near the {landmark} in {place}", "as {group} gathered outside {venue}", "following {obstacle}",
    "under a {adj} timetable", "at the request of {place2} officials", "with {amount} set aside for it",
    "within {num} weeks of the {event}",
]
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = "January February March April May June July August September October November December".split()
PERIODS = ["week", "month", "spring", "summer", "autumn", "winter", "year", "quarter"]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth"]
OBSTACLES = ["a funding gap", "a legal challenge", "a row over costs", "a strike by contractors",
             "heavy flooding", "a planning dispute", "a shortage of steel", "a data breach", "a budget freeze",
             "an audit of the accounts", "a boundary dispute", "a public inquiry", "a tender dispute"]
EVENTS = ["by-election", "budget vote", "public hearing", "annual conference", "planning deadline",
          "spending review", "court ruling", "summer recess", "ballot", "site inspection"]
VENUES = ["the town hall", "the civic centre", "a community hall", "the guildhall", "the corn exchange",
          "a church hall", "the old library", "the leisure centre", "the harbour office", "a school gym"]
LANDMARKS = ["old bridge", "market cross", "railway arches", "harbour wall", "water tower", "bus depot",
             "clock tower", "retail park", "power station", "canal basin"]
STREET_KINDS = ["Road", "Lane", "Street", "Avenue", "Way", "Parade", "Hill"]
COMPANY_TAIL = ["Holdings", "Civils", "Infrastructure", "Partnership", "Construction", "Utilities", "Group"]
GROUP_SING = ["traders", "tenants", "pensioners", "cyclists", "parents", "farmers", "residents", "publicans"]
TOPIC_WORDS = ["costs", "timetables", "ballots", "leases", "permits", "tariffs", "surveys", "grants", "drainage",
               "compensation", "noise limits", "land values", "staffing", "insurance", "emissions", "access roads",
               "parking", "school places", "rents", "procurement", "liability", "maintenance", "lighting", "footpaths"]
# A long tail for narrative: real reporting names many specific things, so
# that most sentences carry a few words that few other sentences share.
# Drawn with Zipf-like weights (a few words common, most rare).
DETAIL_NOUNS = """abattoir allotment almshouse ambulance annexe aqueduct arcade archive audit aviary
bakery ballot bandstand barge barracks basement beacon belfry billboard boatyard boiler bollard
boundary brewery bridleway brickworks bungalow bunker bursary busway byway cafe canal canopy
canteen car-park carousel cattle-grid causeway cellar cemetery chapel chimney cinema cistern
clinic cloister coastline colliery conduit conservatory corridor cottage courthouse crematorium
crossing culvert cycleway dairy dam depot dispensary distillery dock dovecote drainpipe dredger
dual-carriageway dyke embankment estuary factory fairground farmhouse ferry-slip fire-station
fishery flyover footbridge forge foundry fountain gasworks gatehouse glasshouse granary
graveyard greenhouse gymnasium hangar harbour hatchery headland hedgerow helipad hostel hotel
icehouse infirmary inn jetty junction kiln kiosk laboratory lagoon landfill launderette
lido lifeboat lighthouse lockkeeper lodge maltings manor marina market-hall marshland mill
monument mortuary mosque museum nursery observatory orchard outfall paddock pagoda pavilion
pier pipeline playground plaza pontoon pumphouse quarry quayside railhead rampart refinery
reservoir rink roundabout sawmill schoolhouse seawall shipyard showground signal-box skatepark
slipway smelter smokehouse spillway stables steelworks substation sundial synagogue tannery
tavern telephone-exchange terrace theatre tollhouse towpath tramshed treatment-works tunnel
underpass viaduct vicarage vineyard warehouse watermill weir wharf windmill woodland workhouse
workshop yard zebra-crossing""".split()
DETAIL_ADJ = """abandoned ageing bustling cramped crumbling derelict disused empty flooded fenced
former gated historic idle listed muddy neglected overgrown refurbished restored rundown
shuttered silted sprawling temporary unlit vacant vandalised waterlogged windswept boarded
converted dilapidated draughty leaking mothballed neglected newly-built rotting rusting sagging
unfinished unsafe weathered""".split()
DETAIL_TEMPLATES = [
    "near the {dadj} {dnoun} by the {dnoun2}",
    "after a survey of the {dnoun} and the {dnoun2}",
    "with the {dadj} {dnoun} still unresolved",
    "while the future of the {dnoun} beside the {dnoun2} remained unclear",
    "and a dispute over the {dadj} {dnoun}",
    "close to the {dnoun} on the {dnoun2} side of {place2}",
]

FURNITURE = ["Listen to this article", "Advertisement", "Sign up to our morning newsletter",
             "Share this article", "Follow us on social media"]


# ------------------------------------------------------------------ records


@dataclass
class Speaker:
    name: str
    surname: str
    role: str
    pronoun: str
    stance: str
    story: int
    quotes: list[str] = field(default_factory=list)   # quote ids
    used_templates: set[str] = field(default_factory=set)


@dataclass
class Quote:
    qid: str
    speaker: str
    main: str
    trail: str | None
    printed: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return f"{self.main}, {self.trail}" if self.trail else self.main


@dataclass
class Story:
    index: int
    place: str
    place2: str
    project: str
    institution: str
    company: str
    street: str
    speakers: list[Speaker] = field(default_factory=list)
    narrative: list[str] = field(default_factory=list)
    quote_texts: list[str] = field(default_factory=list)


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def _swap_classes() -> dict[str, str]:
    """Each word or phrase of ``SWAPS`` -> one name for all it can be swapped
    with ("plan", "scheme" -> the same), so that the uniqueness checks see a
    quote and another outlet's retyping of it as one: two quotes that differ
    only by a swap word would make the truth ambiguous."""
    words = sorted({_norm(w) for pair in SWAPS.items() for w in pair})
    number = {w: i for i, w in enumerate(words)}
    classes = UnionFind(len(words))
    for a, b in SWAPS.items():
        classes.union(number[_norm(a)], number[_norm(b)])
    return {w: words[classes.find(i)] for i, w in enumerate(words)}


_SWAP_CLASS = _swap_classes()
_SWAP_PHRASE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _SWAP_CLASS), key=len, reverse=True)) + r")\b")


def _key(text: str) -> str:
    """``_norm`` with every swap word named by its class: the generator's own
    edits do not make two quotes distinct."""
    return _SWAP_PHRASE.sub(lambda m: _SWAP_CLASS[m.group(1)], _norm(text))


def _near(text: str, others: list[str], ratio: float = 80, partial: float = 85) -> bool:
    """Whether ``text`` reads like one of ``others``: fuzz.ratio >= ``ratio``,
    or fuzz.partial_ratio >= ``partial`` (the shorter one inside the longer).
    partial_ratio is computed only where the ratio allows it: a partial score
    p needs ratio >= 2 * p/(2 - p) * shorter / (shorter + longer)."""
    scores = process.cdist([text], others, scorer=fuzz.ratio)[0]
    p = partial / 100
    for other, score in zip(others, scores):
        if score >= ratio:
            return True
        short, long = sorted((len(text), len(other)))
        if score >= 200 * p / (2 - p) * short / (short + long) and fuzz.partial_ratio(text, other) >= partial:
            return True
    return False


class Generator:
    def __init__(self, n: int, seed: int) -> None:
        self.n = n
        self.seed = seed
        self.rng = random.Random(seed * 1_000_003 + n)
        self.speakers: dict[str, Speaker] = {}
        self.quotes: dict[str, Quote] = {}
        self.used_surnames: set[str] = set()
        self.seen_norm: set[str] = set()
        # Main clauses of every quote: two speakers of two stories never say
        # the same clause, one of them with a trailing clause added (the
        # engine rightly reads that as one quote reprinted and cut).
        self.seen_main: set[str] = set()
        self.stories: list[Story] = []
        self._zipf: dict[int, tuple[list[str], list[float]]] = {}
        self.story_names: set[str] = set()

    # -------------------------------------------------------------- helpers

    def pick(self, items):
        return self.rng.choice(items)

    def zipf(self, items: list[str]) -> str:
        """One of ``items`` (shuffled once per corpus), the k-th with weight 1/k."""
        key = id(items)
        if key not in self._zipf:
            order = list(items)
            random.Random(self.seed).shuffle(order)
            weights = [1.0 / (k + 1) for k in range(len(order))]
            self._zipf[key] = (order, list(itertools.accumulate(weights)))
        order, cumulative = self._zipf[key]
        return self.rng.choices(order, cum_weights=cumulative)[0]

    def place(self) -> str:
        """One of about 1,150 place names: two stories never share one, and
        there are two per story (400 stories at 10,000 articles)."""
        stem = self.pick(PLACE_STEM)
        form = self.rng.random()
        if form < 0.3:
            return f"{self.pick(PLACE_HEAD)} {stem}"
        return f"{stem} {self.pick(PLACE_TAIL)}" if form < 0.5 else stem

    def surname(self) -> str:
        while True:
            name = self.pick(SURNAME_HEAD) + self.pick(SURNAME_LINK) + self.pick(SURNAME_TAIL)
            if name not in self.used_surnames and name not in PLACE_STEM:
                self.used_surnames.add(name)
                return name

    def fill(self, template: str, story: Story, extra: dict[str, str] | None = None) -> str:
        values = {
            "place": story.place, "place2": story.place2, "project": story.project,
            "institution": story.institution, "company": story.company, "street": story.street,
        }
        values.update(extra or {})
        last_detail = [""]

        def detail() -> str:
            word = self.zipf(DETAIL_NOUNS).replace("-", " ")
            while word == last_detail[0]:
                word = self.zipf(DETAIL_NOUNS).replace("-", " ")
            last_detail[0] = word
            return word

        def one(match: re.Match[str]) -> str:
            key = match.group(1)
            if key in values:
                return values[key]
            low = key.lower()
            word = {
                "group": lambda: self.pick(GROUPS), "group2": lambda: self.pick(GROUPS),
                "noun": lambda: self.pick(NOUNS), "noun2": lambda: self.pick(NOUNS),
                "adj": lambda: self.pick(ADJECTIVES), "adj2": lambda: self.pick(ADJECTIVES),
                "verb": lambda: self.pick(VERBS), "verb_past": lambda: self.pick(VERBS_PAST),
                "verbing": lambda: self.pick(VERBS_ING), "num": lambda: self.pick(NUMBER_WORDS),
                "span": lambda: self.pick(TIMESPANS), "weekday": lambda: self.pick(WEEKDAYS),
                "period": lambda: self.pick(PERIODS), "venue": lambda: self.pick(VENUES),
                "ordinal": lambda: self.pick(ORDINALS), "month": lambda: self.pick(MONTHS),
                "obstacle": lambda: self.pick(OBSTACLES), "event": lambda: self.pick(EVENTS),
                "landmark": lambda: self.pick(LANDMARKS), "group_sing": lambda: self.pick(GROUP_SING),
                "amount": lambda: f"£{self.rng.randint(2, 950)}.{self.rng.randint(1, 9)}m",
                "dnoun": detail,
                "dnoun2": detail,
                "dadj": lambda: self.zipf(DETAIL_ADJ),
            }[low]()
            return word[:1].upper() + word[1:] if key[:1].isupper() else word

        return re.sub(r"\{(\w+)\}", one, template)

    # -------------------------------------------------------------- the world

    def make_story(self, index: int) -> Story:
        def unique(make) -> str:
            """A name no other story uses, so that two stories never share their places."""
            while True:
                name = make()
                if name not in self.story_names:
                    self.story_names.add(name)
                    return name

        story = Story(
            index=index,
            place=unique(self.place),
            place2=unique(self.place),
            project=self.pick(PROJECTS),
            institution=self.pick(INSTITUTIONS),
            company=unique(lambda: f"{self.place()} {self.pick(COMPANY_TAIL)}"),
            street=unique(lambda: f"{self.place()} {self.pick(STREET_KINDS)}"),
        )
        stances = ["for", "for", "against", "against", "neutral", self.pick(["for", "against"])]
        for stance in stances:
            female = self.rng.random() < 0.5
            first = self.pick(FIRST_FEMALE if female else FIRST_MALE)
            surname = self.surname()
            head = self.pick(ROLE_HEADS_FEMALE if female else ROLE_HEADS_MALE)
            role = f"{self.pick(ROLE_FIELDS)} {head}"
            speaker = Speaker(f"{first} {surname}", surname, role, "She" if female else "He", stance, index)
            self.speakers[speaker.name] = speaker
            story.speakers.append(speaker)
            for k in range(8):
                self.make_quote(speaker, story, stance_quote=(k < 2 and stance != "neutral"))
        return story

    def make_quote(self, speaker: Speaker, story: Story, stance_quote: bool) -> Quote:
        others = story.quote_texts  # every quote of the story, whoever said it
        for _ in range(200):
            if stance_quote:
                options = [t for t in STANCE_TEMPLATES[speaker.stance] if t not in speaker.used_templates]
                template = self.pick(options)
                main = self.fill(template, story)
            else:
                options = [t for t in MAIN_TEMPLATES if t not in speaker.used_templates]
                template = self.pick(options)
                main = self.fill(template, story)
            trail_template = None
            trail = None
            if self.rng.random() < 0.6:
                trails = [t for t in TRAIL_TEMPLATES if t not in speaker.used_templates]
                trail_template = self.pick(trails)
                trail = self.fill(trail_template, story)
            text = f"{main}, {trail}" if trail else main
            key = _key(text)
            if key in self.seen_norm or _key(main) in self.seen_main:
                continue
            if others and (
                process.extractOne(text, others, scorer=fuzz.ratio, score_cutoff=70)
                or process.extractOne(text, others, scorer=fuzz.partial_ratio, score_cutoff=80)
            ):
                continue
            break
        else:  # pragma: no cover - the word lists are far larger than a speaker's pool
            raise RuntimeError("could not make a distinct quote")
        speaker.used_templates.add(template)
        if trail_template:
            speaker.used_templates.add(trail_template)
        self.seen_norm.add(key)
        self.seen_main.add(_key(main))
        story.quote_texts.append(text)
        qid = f"Q{len(self.quotes) + 1:05d}"
        quote = Quote(qid, speaker.name, main, trail)
        self.quotes[qid] = quote
        speaker.quotes.append(qid)
        return quote

    def narrative(self, story: Story) -> str:
        for _ in range(200):
            parts = [self.fill(self.pick(NARR_SUBJECTS), story), self.pick(NARR_VERBS)]
            adjuncts = self.rng.sample(NARR_ADJUNCTS, 2)
            parts += [self.fill(a, story) for a in adjuncts]
            if self.rng.random() < 0.35:
                parts.append(
                    f"with {self.rng.randint(12, 4800):,} {self.pick(['objections', 'signatures', 'letters', 'jobs', 'homes', 'vehicles a day'])} "
                    f"on record"
                )
            if self.rng.random() < 0.3:
                parts.append(f"and fresh questions about {self.pick(TOPIC_WORDS)} in {self.place()}")
            if self.rng.random() < 0.6:
                parts.append(self.fill(self.pick(DETAIL_TEMPLATES), story))
            sentence = " ".join(parts) + "."
            sentence = sentence[0].upper() + sentence[1:]
            key = _norm(sentence)
            if key in self.seen_norm:
                continue
            if story.narrative and _near(sentence, story.narrative):
                continue
            self.seen_norm.add(key)
            story.narrative.append(sentence)
            return sentence
        raise RuntimeError("could not make a distinct narrative sentence")  # pragma: no cover

    # -------------------------------------------------------------- edits

    def edited(self, quote: Quote) -> str:
        """The words as one outlet prints them (no quote marks yet)."""
        text = quote.text
        roll = self.rng.random()
        wanted = 0 if roll < 0.35 else 1 if roll < 0.8 else 2
        kinds = ["swap", "hyphen", "cut"]
        self.rng.shuffle(kinds)
        done = 0
        for kind in kinds:
            if done == wanted:
                break
            before = text
            if kind == "cut" and quote.trail and text.endswith(quote.trail) and len(quote.main.split()) >= 6:
                text = text[: -len(quote.trail) - 2]
            elif kind == "hyphen":
                hyphened = re.findall(r"\b\w+-\w+\b", text)
                if hyphened:
                    word = self.pick(hyphened)
                    text = text.replace(word, word.replace("-", self.pick([" ", ""])), 1)
            elif kind == "swap":
                words = text.split(" ")
                spots = [i for i, w in enumerate(words) if i > 0 and w.lower().strip(",") in SWAPS]
                if spots:
                    i = self.pick(spots)
                    bare = words[i].rstrip(",")
                    words[i] = SWAPS[bare.lower()] + words[i][len(bare):]
                    text = " ".join(words)
            done += text != before
        return text

    # -------------------------------------------------------------- articles

    def article(self, number: int, story: Story, second: Story | None, outlet: str) -> tuple[str, str]:
        rng = self.rng
        file = f"{number:05d}_{re.sub(r'[^a-z0-9]+', '-', outlet.lower()).strip('-')}.txt"
        curly = rng.random() < 0.6
        oq, cq = ("“", "”") if curly else ('"', '"')

        def marks(words: str) -> str:
            return words.replace("'", "’") if curly else words

        lines: list[str] = []
        lines.append(f"{story.place} {story.project}: {self.pick(['row deepens', 'vote looms', 'fresh doubts', 'what happens next', 'costs questioned', 'decision day'])}")
        if rng.random() < 0.7:
            reporter = f"{self.pick(FIRST_FEMALE + FIRST_MALE)} {self.pick(SURNAME_HEAD)}{self.pick(SURNAME_TAIL)}"
            lines.append(f"By {reporter}")
        lines.append(f"{rng.randint(1, 28)} {self.pick(MONTHS)} 2025")
        if rng.random() < 0.4:
            lines.append(self.pick(FURNITURE))
        body: list[str] = []

        def narrative_paragraphs(block_story: Story, low: int, high: int) -> None:
            for _ in range(rng.randint(low, high)):
                body.append(" ".join(self.narrative(block_story) for _ in range(rng.randint(1, 3))))

        narrative_paragraphs(story, 1, 2)
        for s, block_story in enumerate([story] + ([second] if second else [])):
            if s == 1:
                narrative_paragraphs(block_story, 1, 2)
            count = rng.choice([2, 3, 3]) if s == 0 else 1
            speakers = rng.sample(block_story.speakers, count)
            for speaker in speakers:
                body.extend(self.speaker_paragraphs(speaker, file, oq, cq, marks))
                narrative_paragraphs(block_story, 0, 2)
        if rng.random() < 0.5:
            body.insert(rng.randint(1, len(body)), f"Read more: {self.place()} {self.pick(PROJECTS)} {self.pick(['row', 'vote', 'explained'])}")
        if rng.random() < 0.3:
            body.insert(rng.randint(1, len(body)), "Advertisement")
        narrative_paragraphs(story, 1, 2)
        lines.extend(body)
        lines.append(f"© 2025 {outlet}. All rights reserved.")
        return file, "\n\n".join(lines) + "\n"

    def speaker_paragraphs(self, speaker: Speaker, file: str, oq: str, cq: str, marks) -> list[str]:
        rng = self.rng
        pool = speaker.quotes
        # Zipf-like popularity: the first quotes of a pool are the agency's lead quotes.
        weights = [1.0 / (k + 1) ** 0.9 for k in range(len(pool))]
        count = rng.choice([1, 2, 2, 3, 3])
        chosen: list[str] = []
        while len(chosen) < count:
            q = rng.choices(pool, weights)[0]
            if q not in chosen:
                chosen.append(q)
        printed = []
        for q in chosen:
            words = self.edited(self.quotes[q])
            self.quotes[q].printed[file] = words
            printed.append(marks(words))
        role = speaker.role[0].upper() + speaker.role[1:]
        paragraphs = []
        if len(printed) >= 2 and rng.random() < 0.2:
            # Two sentences inside one quotation.
            paragraphs.append(f"{role} {speaker.name} said: {oq}{printed[0]}. {printed[1]}.{cq}")
            rest = printed[2:]
        else:
            paragraphs.append(f"{role} {speaker.name} said: {oq}{printed[0]}.{cq}")
            rest = printed[1:]
        if rest:
            paragraphs.append(f"{oq}{rest[0]},{cq} {speaker.surname} said.")
        if len(rest) > 1:
            paragraphs.append(f"{speaker.pronoun} added: {oq}{rest[1]}.{cq}")
        if rng.random() < 0.15:
            words = self.quotes[chosen[0]].main.split()
            if len(words) >= 6:
                start = rng.randint(1, len(words) - 4)
                fragment = marks(" ".join(words[start:start + rng.randint(3, 4)])).strip(",")
                paragraphs.append(f"{speaker.surname} also said the {self.pick(NOUNS)} was {oq}{fragment}{cq}.")
        return paragraphs

    # -------------------------------------------------------------- the corpus

    def build(self, out: Path) -> dict:
        stories = max(3, round(self.n / 25))
        self.stories = [self.make_story(i) for i in range(stories)]
        outlets = sorted({f"{t} {m}" for t in OUTLET_TOWN for m in OUTLET_MAST})
        files: list[str] = []
        sources = []
        for number in range(1, self.n + 1):
            story = self.stories[(number - 1) % stories] if number <= stories else self.pick(self.stories)
            second = None
            if self.rng.random() < 0.1:
                second = self.pick([s for s in self.stories if s is not story])
            outlet = self.pick(outlets)
            file, text = self.article(number, story, second, outlet)
            (out / file).write_text(text, encoding="utf-8")
            files.append(file)
            sources.append((file, outlet))
        (out / "briefing.toml").write_text(self.spec(sources), encoding="utf-8")
        truth = {
            "articles": self.n,
            "seed": self.seed,
            "files": files,
            "stories": [
                {"place": s.place, "project": s.project, "institution": s.institution,
                 "speakers": [sp.name for sp in s.speakers]}
                for s in self.stories
            ],
            "speakers": {
                sp.name: {"role": sp.role, "stance": sp.stance, "story": sp.story} for sp in self.speakers.values()
            },
            "quotes": {
                q.qid: {"speaker": q.speaker, "text": q.text, "files": sorted(q.printed), "printed": dict(sorted(q.printed.items()))}
                for q in self.quotes.values()
                if q.printed
            },
        }
        (out / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False), encoding="utf-8")
        return truth

    def spec(self, sources: list[tuple[str, str]]) -> str:
        def toml_list(items: list[str]) -> str:
            return "[" + ", ".join(json.dumps(i) for i in items) + "]"

        lines = [
            "# Generated by benchmarks/generate.py",
            f'title = "Synthetic corpus: {self.n} articles, {len(self.stories)} stories"',
            'question = "Should the proposals go ahead?"',
            "",
            "[[positions]]",
            'id = "for"',
            'label = "For the proposals"',
            f"cues = {toml_list(FOR_CUES)}",
            "",
            "[[positions]]",
            'id = "against"',
            'label = "Against the proposals"',
            f"cues = {toml_list(AGAINST_CUES)}",
        ]
        for file, outlet in sources:
            lines += ["", "[[sources]]", f"path = {json.dumps(file)}", f"outlet = {json.dumps(outlet)}"]
        return "\n".join(lines) + "\n"


def generate(n: int, out: Path, seed: int = 7) -> dict:
    """Write the corpus for ``n`` articles into ``out`` (emptied first); returns the truth."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    return Generator(n, seed).build(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="folder to write (emptied first)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    truth = generate(args.n, args.out, args.seed)
    pairs = sum(math.comb(len(q["files"]), 2) for q in truth["quotes"].values())
    occurrences = sum(len(q["files"]) for q in truth["quotes"].values())
    print(
        f"{args.n} articles, {len(truth['stories'])} stories, {len(truth['speakers'])} speakers, "
        f"{len(truth['quotes'])} quotes printed {occurrences} times ({pairs} same-quote pairs) -> {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
