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
        ("Pell Harrow wouldn't say when the kiln would be relit.", ("name", "Pell Harrow")),
        ("Pell Harrow wouldn’t say when the kiln would be relit.", ("name", "Pell Harrow")),
        ("The glassworks won't reveal what the new kiln cost.", ("described", "the glassworks")),
        ("Pell Harrow hasn't denied that the kiln cracked twice.", ("name", "Pell Harrow")),
        # ... as "been" does in a perfect progressive
        ("The kiln crews have been demanding that the night shift end.", ("described", "the kiln crews")),
        ("Pell Harrow has been arguing that the kiln is safe.", ("name", "Pell Harrow")),
        # a progressive with an adverb or a negator between "be" and the -ing form
        ("The kiln crews are increasingly admitting that the furnace is too old.", ("described", "the kiln crews")),
        ("Pell Harrow isn't saying what the repairs will cost.", ("name", "Pell Harrow")),
        ("Pell Harrow isn’t saying what the repairs will cost.", ("name", "Pell Harrow")),
        ("They aren't arguing that the kiln is safe.", ("pronoun", "They")),
        ("She’s not saying what the repairs will cost.", ("pronoun", "She’s")),
        ("Pell Harrow is already claiming a win over the glassworks.", ("name", "Pell Harrow")),
        # the -ing forms of listed verbs of saying, in a progressive and in a participle clause
        ("Pell Harrow is decrying the cost of the repairs.", ("name", "Pell Harrow")),
        ("The kiln crews were protesting the loss of the night shift.", ("described", "the kiln crews")),
        ("Pell Harrow toured the glassworks, denying that the kiln had cracked.", ("name", "Pell Harrow")),
        ("Pell Harrow spoke for an hour, decrying the cost of the repairs.", ("name", "Pell Harrow")),
        # the plain form of a verb of saying that is also a noun, after a negated "do"
        ("Pell Harrow did not mention the cracked kiln.", ("name", "Pell Harrow")),
        ("Pell Harrow didn’t mention the cracked kiln.", ("name", "Pell Harrow")),
        # a verb of talking with its topic: a perfect, "out", and whom or where they talked before the topic
        ("Pell Harrow has spoken about the cracked kiln.", ("name", "Pell Harrow")),
        ("Pell Harrow spoke out about the cracked kiln.", ("name", "Pell Harrow")),
        ("Pell Harrow spoke to the glaziers about the cracked kiln.", ("name", "Pell Harrow")),
        ("Pell Harrow talked openly on the radio about the cracked kiln.", ("name", "Pell Harrow")),
        ("Pell Harrow is talking with the crews about the night shift.", ("name", "Pell Harrow")),
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
        "Pell Harrow isn't answering the phone.",
        # a form of "be" with a past participle: the subject heard it
        "Pell Harrow wasn't told that the kiln had cracked.",
        # "did not" before a noun, not a plain form of a verb
        "Pell Harrow did not leave a note.",
        # a negated verb that is no verb of saying
        "Pell Harrow isn't moving to the glassworks.",
        # talking to someone with no topic, a topic that is no "about", and the passive of "speak"
        "Pell Harrow has spoken to the glaziers.",
        "Pell Harrow talked with members of the union for an hour.",
        "Pell Harrow spoke to glaziers after the talks about the kiln stalled.",
        "Pell Harrow was spoken of as the next manager.",
        # the passive of a verb of saying after "been" or "being": its subject is what was said, or whom it was about
        "The kiln has been called a relic.",
        'The kiln has been called "a relic" since the war.',
        "The kiln was already being criticized as a relic.",
        "Pell Harrow is a glazier and has been mentioned as the next manager.",
    ],
)
def test_no_saying_in_the_same_shapes(text):
    assert speaker(text) is None
