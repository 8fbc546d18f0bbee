"""The same fact told as two speakers' that are one body (issue 10): a
person and the body their role names, a body's description ("the trust")
and the one body of that kind the build names. Never two people, never two
named bodies. All names and sentences are made up."""

from briefing.merge import consolidate
from briefing.model import Statement
from briefing.one_body import Bodies

UNION = ("Corwen Dockers Union", None)
SECRETARY = ("Tam Vell", "branch secretary of the Corwen Dockers Union")


def said(source, text, speaker, role=None):
    return Statement(source, "statement", text, speaker, (0, 0, 0), role)


def test_a_person_and_the_body_their_role_names_are_one_body():
    bodies = Bodies([UNION, SECRETARY])
    assert bodies.one(SECRETARY, UNION) and bodies.one(UNION, SECRETARY)
    # Another body's officer is not this body.
    assert not bodies.one(("Ina Lusby", "director of the Corwen Port Authority"), UNION)
    # A member or a critic of it speaks for themselves.
    assert not bodies.one(("Ned Askel", "a member of the Corwen Dockers Union"), UNION)
    assert not bodies.one(("Ned Askel", "a critic of the Corwen Dockers Union"), UNION)
    assert Bodies([UNION]).one(("Ned Askel", "a spokeswoman for the Corwen Dockers Union"), UNION)
    # A manager directs it: "manager" and "director" are one synset (WordNet).
    agency = ("Morvah Flood Agency", None)
    assert Bodies([agency]).one(("Ysella Morvan", "district manager at the Morvah Flood Agency"), agency)
    assert not Bodies([agency]).one(("Ysella Morvan", "district manager at the Corwen Port Authority"), agency)


def test_two_people_or_two_named_bodies_are_never_one_body():
    chair = ("Moira Fesk", "chair of the Corwen Dockers Union")
    bodies = Bodies([UNION, SECRETARY, chair, ("Corwen Port Authority", None)])
    assert not bodies.one(SECRETARY, chair)
    assert not bodies.one(UNION, ("Corwen Port Authority", None))


def test_a_description_is_the_one_body_of_its_kind_the_build_names():
    trust = ("Pelling Harbour Trust", None)
    assert Bodies([trust, ("the trust", None)]).one(("the trust", None), trust)
    # A body its role calls a group, and a company by its name's last word.
    campaign = ("Save Wenlow Fields", "campaign group")
    assert Bodies([campaign]).one(("the group", None), campaign)
    firm = ("Ardwyn Holdings", None)
    assert Bodies([firm]).one(firm, ("the company", None))
    # Through a person whose role names it.
    assert Bodies([trust]).one(("the trust", None), ("Ola Brinth", "chief executive of the Pelling Harbour Trust"))


def test_a_description_is_no_body_when_the_build_names_two_of_its_kind():
    trust = ("Pelling Harbour Trust", None)
    bodies = Bodies([trust, ("Dunkerry Canal Trust", None)])
    assert not bodies.one(("the trust", None), trust)
    # Nor a person, nor a body of another kind.
    assert not Bodies([trust]).one(("the council", None), trust)
    assert not Bodies([trust]).one(("the trust", None), ("Ola Brinth", None))


def test_the_fact_a_body_and_its_officer_tell_is_one_block():
    blocks = consolidate(
        [
            said("S1", "The Corwen Dockers Union said crane drivers had reported a brake fault in March.", *UNION),
            said("S2", "Tam Vell, branch secretary of the Corwen Dockers Union, said crane drivers had reported a brake fault in March.", *SECRETARY),
        ],
        ["S1", "S2"],
    )
    assert len(blocks) == 1


def test_the_same_fact_from_two_bodies_stays_two_blocks():
    blocks = consolidate(
        [
            said("S1", "The Corwen Dockers Union said crane drivers had reported a brake fault in March.", *UNION),
            said("S2", "The Corwen Port Authority said crane drivers had reported a brake fault in March.", "Corwen Port Authority"),
        ],
        ["S1", "S2"],
    )
    assert len(blocks) == 2
