"""A verb of saying inside a verb group (briefing.saying_verbs): auxiliaries,
their negative forms, a progressive with an adverb or a negator inside it,
and the -ing forms of verbs of saying, on sentences written for these tests;
with sentences of the same shape that report no saying."""

import pytest
from conftest import speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "n't" forms of the auxiliaries stand between a subject and its verb, either apostrophe
        ("Trell Harrow wouldn't say when the kiln would be relit.", ("name", "Trell Harrow")),
        ("Trell Harrow wouldn’t say when the kiln would be relit.", ("name", "Trell Harrow")),
        ("The glassworks won't reveal what the new kiln cost.", ("described", "the glassworks")),
        ("Trell Harrow hasn't denied that the kiln cracked twice.", ("name", "Trell Harrow")),
        # ... as "been" does in a perfect progressive
        ("The kiln crews have been demanding that the night shift end.", ("described", "the kiln crews")),
        ("Trell Harrow has been arguing that the kiln is safe.", ("name", "Trell Harrow")),
        # a progressive with an adverb or a negator between "be" and the -ing form
        ("The kiln crews are increasingly admitting that the furnace is too old.", ("described", "the kiln crews")),
        ("Trell Harrow isn't saying what the repairs will cost.", ("name", "Trell Harrow")),
        ("Trell Harrow isn’t saying what the repairs will cost.", ("name", "Trell Harrow")),
        ("They aren't arguing that the kiln is safe.", ("pronoun", "They")),
        ("She’s not saying what the repairs will cost.", ("pronoun", "She’s")),
        ("Trell Harrow is already claiming a win over the glassworks.", ("name", "Trell Harrow")),
        # the -ing forms of listed verbs of saying, in a progressive and in a participle clause
        ("Trell Harrow is decrying the cost of the repairs.", ("name", "Trell Harrow")),
        ("The kiln crews were protesting the loss of the night shift.", ("described", "the kiln crews")),
        ("Trell Harrow toured the glassworks, denying that the kiln had cracked.", ("name", "Trell Harrow")),
        ("Trell Harrow spoke for an hour, decrying the cost of the repairs.", ("name", "Trell Harrow")),
        # the plain form of a verb of saying that is also a noun, after a negated "do"
        ("Trell Harrow did not mention the cracked kiln.", ("name", "Trell Harrow")),
        ("Trell Harrow didn’t mention the cracked kiln.", ("name", "Trell Harrow")),
        # a verb of talking with its topic: a perfect, "out", and whom or where they talked before the topic
        ("Trell Harrow has spoken about the cracked kiln.", ("name", "Trell Harrow")),
        ("Trell Harrow spoke out about the cracked kiln.", ("name", "Trell Harrow")),
        ("Trell Harrow spoke to the glaziers about the cracked kiln.", ("name", "Trell Harrow")),
        ("Trell Harrow talked openly on the radio about the cracked kiln.", ("name", "Trell Harrow")),
        ("Trell Harrow is talking with the crews about the night shift.", ("name", "Trell Harrow")),
        # the passive of a verb of saying after "been" or "being": its agent speaks, named after "by"
        ("The kiln plan has also been criticized by the glaziers' union.", ("described", "glaziers' union")),
    ],
)
def test_a_verb_of_saying_in_a_verb_group(text, expected):
    assert speaker(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a participle that is no progressive: a noun after a possessive, an adjective, a gerund subject
        "Her denying of the crack was odd.",
        "A decrying tone ran through the letter.",
        "Protesting is allowed outside the gates.",
        # -ing forms of verbs of saying that are as often an adjective or a verb of another sense
        "The repair figures are revealing.",
        "The new kiln hall is boasting a glass roof.",
        "Trell Harrow isn't answering the phone.",
        # a form of "be" with a past participle: the subject heard it
        "Trell Harrow wasn't told that the kiln had cracked.",
        # "did not" before a noun, not a plain form of a verb
        "Trell Harrow did not leave a note.",
        # a negated verb that is no verb of saying
        "Trell Harrow isn't moving to the glassworks.",
        # talking to someone with no topic, a topic that is no "about", and the passive of "speak"
        "Trell Harrow has spoken to the glaziers.",
        "Trell Harrow talked with members of the union for an hour.",
        "Trell Harrow spoke to glaziers after the talks about the kiln stalled.",
        "Trell Harrow was spoken of as the next manager.",
        # the passive of a verb of saying after "been" or "being": its subject is what was said, or whom it was about
        "The kiln has been called a relic.",
        'The kiln has been called "a relic" since the war.',
        "The kiln was already being criticized as a relic.",
        "Trell Harrow is a glazier and has been mentioned as the next manager.",
    ],
)
def test_no_saying_in_the_same_shapes(text):
    assert speaker(text) is None
