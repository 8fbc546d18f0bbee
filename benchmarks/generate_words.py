"""The words of the synthetic corpus that ``generate.py`` writes: invented
first names, surname and place parts, projects, institutions, roles and
outlet mastheads; the phrase templates of quotes, trailing clauses, stances
and narrative sentences and the words that fill them; the swaps an outlet's
retyping makes (``SWAPS``), and ``key``, a text with every swap word read as
its class, for the generator's uniqueness checks; the two positions' cues;
page furniture. Everything here is made up for the benchmark.
"""

from __future__ import annotations

import re

from briefing.unionfind import UnionFind

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


def norm(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def _swap_classes() -> dict[str, str]:
    """Each word or phrase of ``SWAPS`` -> one name for all it can be swapped
    with ("plan", "scheme" -> the same), so that the uniqueness checks see a
    quote and another outlet's retyping of it as one: two quotes that differ
    only by a swap word would make the truth ambiguous."""
    words = sorted({norm(w) for pair in SWAPS.items() for w in pair})
    number = {w: i for i, w in enumerate(words)}
    classes = UnionFind(len(words))
    for a, b in SWAPS.items():
        classes.union(number[norm(a)], number[norm(b)])
    return {w: words[classes.find(i)] for i, w in enumerate(words)}


_SWAP_CLASS = _swap_classes()
_SWAP_PHRASE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _SWAP_CLASS), key=len, reverse=True)) + r")\b")


def key(text: str) -> str:
    """``norm`` with every swap word named by its class: the generator's own
    edits do not make two quotes distinct."""
    return _SWAP_PHRASE.sub(lambda m: _SWAP_CLASS[m.group(1)], norm(text))
