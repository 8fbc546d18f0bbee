"""Who does what to whom (issue 10 item 3, precision): two near wordings
that differ in who acts are two facts: another kind of person at the head
of the phrase ("Lorry drivers face" / "Cyclists face": ``things``), a
comparative put for its opposite ("will pay more" / "will pay less":
WordNet's antonyms, ``direction.opposite_adjectives``), or the doer and the
patient of one verb swapped ("Anglers blame the council" / "The council
blames anglers": ``direction.roles_swapped``). The same act told in the
passive, or with a detail moved, or a relation that holds both ways ("X
met Y" / "Y met X"), stays one fact. All sentences are made
up."""

import pytest

from briefing import direction
from briefing.fact_profile import profile
from briefing.paraphrase import conflict, one_fact

OTHER_PEOPLE = [
    ("Lorry drivers on the Pemble crossing face a steep toll rise from next April.", "Cyclists on the Pemble crossing face a steep toll rise from next April."),
    ("Supply teachers in Ashvale will lose their free bus passes next year.", "Nurses in Ashvale will lose their free bus passes next year."),
    ("The new parking charge will hit shift workers at the Dorrow plant hardest.", "The new parking charge will hit night nurses at the Dorrow plant hardest."),
    # a description of one kind of person against another kind
    ("Young drivers in Tolby will get free bus travel from April.", "Pensioners in Tolby will get free bus travel from April."),
    # the people of a place against another kind of person: those who live
    # there and those who do not, or a description of them that may be
    # another kind (no word list tells which)
    ("Residents on the Hale estate will pay a higher parking charge from June.", "Visitors on the Hale estate will pay a higher parking charge from June."),
    ("Young residents in Tolby will get free bus travel from April.", "Pensioners in Tolby will get free bus travel from April."),
    ("Student residents in Tolby will get free bus travel from April.", "Pensioners in Tolby will get free bus travel from April."),
    ("Occupants of the Sollis flats will pay a higher service charge from June.", "Owners of the Sollis flats will pay a higher service charge from June."),
    # a past form before the noun of persons is its modifier, not a verb the place shows
    ("Disabled residents in Tolby will get free bus travel from April.", "Pensioners in Tolby will get free bus travel from April."),
]

OPPOSITE_COMPARATIVES = [
    ("Tenants of the Hillgate flats will pay more for heating this winter.", "Tenants of the Hillgate flats will pay less for heating this winter."),
    ("Fares on the Brellan tram line will be higher from the first of June.", "Fares on the Brellan tram line will be lower from the first of June."),
    ("Fewer buses will run on the Castlemoor routes after the timetable change.", "More buses will run on the Castlemoor routes after the timetable change."),
    ("The Oxley ferry will leave earlier on weekdays once the new timetable starts.", "The Oxley ferry will leave later on weekdays once the new timetable starts."),
]

SWAPPED_ROLES = [
    ("Anglers on the Selham lake blame the water company for the dead fish.", "The water company blames anglers on the Selham lake for the dead fish."),
    ("The Quarrel Cove trust sued the harbour board over the lease of the slipway.", "The harbour board sued the Quarrel Cove trust over the lease of the slipway."),
    ("The harbour board was sued by the Quarrel Cove trust over the lease of the slipway.", "The harbour board sued the Quarrel Cove trust over the lease of the slipway."),
    ("The Selham union says the bus operator caused the delays on the coast road.", "The bus operator says the Selham union caused the delays on the coast road."),
    ("The Dunlish council will pay the Riverside tenants group £40,000 in damages.", "The Riverside tenants group will pay the Dunlish council £40,000 in damages."),
]

ONE_FACT = [
    # the passive of the same act, with its doer after "by"
    ("The Quarrel Cove trust sued the harbour board over the lease of the slipway.", "The harbour board was sued by the Quarrel Cove trust over the lease of the slipway."),
    # a detail moved across the verb
    ("Volunteers cleared the Fenholt towpath of fallen trees on Saturday morning.", "On Saturday morning volunteers cleared the Fenholt towpath of fallen trees."),
    # a verb of a relation that holds both ways
    ("The Brockley union will meet the rail operator on Monday for talks over pay.", "The rail operator will meet the Brockley union on Monday for talks over pay."),
    ("Tarnwick Town played Kelham Rovers at the Pelbury ground on Saturday.", "Kelham Rovers played Tarnwick Town at the Pelbury ground on Saturday."),
    # a kind of person printed longer, one head
    ("Bus drivers in Calderby will strike for three days over a pay offer.", "Calderby bus drivers will strike for three days over a pay offer."),
    # a kind of person written as one word
    ("Police officers in Dunwold arrested two men after a raid on a Brook Row shop.", "Policemen in Dunwold arrested two men after a raid on a Brook Row shop."),
    # a bound before a figure is read as a bound, not as a comparative
    ("More than 300 homes in Wexholm lost power during the storm on Sunday.", "Over 300 homes in Wexholm lost power during the storm on Sunday."),
]


@pytest.mark.parametrize(("a", "b"), OTHER_PEOPLE)
def test_another_kind_of_person_at_the_head_is_another_fact(a, b):
    assert not one_fact(profile(a), profile(b))
    assert conflict(profile(a), profile(b)) == "things"


@pytest.mark.parametrize(("a", "b"), OPPOSITE_COMPARATIVES)
def test_a_comparative_put_for_its_opposite_is_another_fact(a, b):
    assert not one_fact(profile(a), profile(b))
    assert not one_fact(profile(b), profile(a))
    assert conflict(profile(a), profile(b)) in ("opposite", "compared")


def test_a_comparative_is_no_dispute():
    # "younger" / "older": one relation told from each side, two blocks but no disputed detail
    a = "Ruth Penharrow, the younger sister of the Tarnby mayor, criticised his stance on the toll in a post on Friday."
    b = "Ruth Penharrow, the older sibling of the Tarnby mayor, criticised his stance on the toll in a post on Friday."
    assert conflict(profile(a), profile(b)) == "compared"
    assert conflict(profile("Tenants will pay more for heating this winter."), profile("Tenants will pay less for heating this winter.")) == "opposite"


@pytest.mark.parametrize(("a", "b"), SWAPPED_ROLES)
def test_the_doer_and_the_patient_swapped_are_another_fact(a, b):
    assert not one_fact(profile(a), profile(b))
    assert not one_fact(profile(b), profile(a))
    assert conflict(profile(a), profile(b)) == "roles"


@pytest.mark.parametrize(("a", "b"), ONE_FACT)
def test_one_act_of_one_doer_is_one_fact(a, b):
    assert one_fact(profile(a), profile(b))
    assert one_fact(profile(b), profile(a))


@pytest.mark.parametrize(
    ("sentence", "doer", "patient"),
    [
        ("crews on the night shift cleared the road", {"crews", "night", "shift"}, {"road"}),
        ("the road was cleared by crews", {"crews"}, {"road"}),
        ("the road reopened to buses", {"road"}, set()),
        ("the council is to close two depots", {"counc"}, {"depot"}),
        # the object ends at the next clause's verb
        ("the union says the operator caused delays", {"union"}, {"operator"}),
    ],
)
def test_the_doer_and_the_patient_of_a_verb(sentence, doer, patient):
    words = sentence.split(" ")
    verb = next(n for n, w in enumerate(words) if w in ("cleared", "reopened", "close", "says"))
    found = direction._roles(words, verb)
    assert found == ({s[:5] for s in doer}, {s[:5] for s in patient})


def test_a_bound_is_no_comparative():
    assert not direction.opposite_adjectives("more than 40 homes were flooded", "fewer than 40 homes were flooded")
    assert direction.opposite_adjectives("fares rose higher than forecast", "fares rose lower than forecast")


def test_an_irregular_participle_has_no_comparative():
    # "found" / "lost" are opposites, but "founder" is another word, no "more found"
    assert not direction.opposite_adjectives("the founder of the club was there", "the club was lost there")
    assert direction.opposite_adjectives("the ring was found there", "the ring was lost there")
