"""Which capitalised runs are full names of people, for the "he" or "she"
that points back to one (``resolver.Names``). On articles written for the
test."""

import pytest
from conftest import speakers


@pytest.mark.parametrize(
    "paragraphs,speaker",
    [
        # a word the sources print in lower case and never capitalise inside a sentence opens it: no given name
        (("A former mayor spoke at the dock.", "Former Pelish presidents Ivo Dan and Tom Hale fired back at the mayor.", '"The wall is a mistake," he said.'), None),
        (("A retired judge spoke at the dock.", "Retired Pelish judges Ivo Dan and Tom Hale signed the letter.", '"The wall is a mistake," he said.'), None),
        # near cases: the second word printed alone as a name is a surname, so the two are a full name ...
        (("A rich farmer spoke at the dock.", "Rich Lowe met them.", "Later, Lowe visited the dock.", '"The wall is a mistake," he said.'), "Rich Lowe"),
        # ... and so is a given name the sources capitalise inside a sentence
        (("A rich farmer spoke at the dock.", "Then Rich Lowe met them.", '"The wall is a mistake," he said.'), "Rich Lowe"),
        (("The board will vote at the dock.", "Will Tarr met them.", "The mayor thanked Will Tarr for it.", '"The wall is a mistake," he said.'), "Will Tarr"),
        # ... and so is a run right before a verb that agrees with one subject only: the verb's subject, a name
        (("A grant paid for the dock.", "Grant Ellis has a boat there.", '"The wall is a mistake," he said.'), "Grant Ellis"),
        (("A grant paid for the dock.", "Grant Ellis was at the dock.", '"The wall is a mistake," he said.'), "Grant Ellis"),
        # not before a verb a group takes too: a modifier and a plural people's word ("Young Pelish")
        (("A young farmer spoke at the dock.", "Young Pelish have met Tom Hale.", '"The wall is a mistake," he said.'), None),
        # a run before a participle in "-ed" may modify a noun after it: no verb read there
        (("A retired judge spoke at the dock.", "Retired Pelish armed guards met Ivo Dan and Tom Hale.", '"The wall is a mistake," he said.'), None),
    ],
)
def test_a_common_word_that_opens_a_sentence_is_no_given_name(paragraphs, speaker):
    assert speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs,speaker",
    [
        # a capitalised run printed only before a noun of people modifies it: no full name a surname points to
        (("Ivo Dan spoke first.", "Eastern Pelish voters backed him.", 'Pelish campaigns are long. "It is late," he said.'), "Ivo Dan"),
        (("Ivo Dan spoke first.", "Presumptive Tarvish nominees met him.", 'Tarvish crowds are loud. "It is late," he said.'), "Ivo Dan"),
        # near cases: printed before a verb too, or elsewhere alone, the run is a name
        (("Ivo Dan spoke first.", "Ada Pelish voters backed him.", "Ada Pelish spoke later.", 'Pelish campaigns are long. "It is late," she said.'), "Ada Pelish"),
        (("Ivo Dan spoke first.", "Eastern Pelish backed him.", 'Pelish campaigns are long. "It is late," he said.'), "Eastern Pelish"),
        # inside a sentence the capitals are the name's own: a person's supporters or aides
        (("Ivo Dan spoke first.", "The Tova Brenner supporters rallied.", 'Brenner spoke. "It is late," she said.'), "Tova Brenner"),
        (("Ivo Dan spoke first.", "Governor Tova Brenner aides met.", 'Brenner spoke. "It is late," she said.'), "Tova Brenner"),
        # "accused" (WordNet's "the accused"), "have" and the other words that follow a name as a verb are no noun of people here
        (("Ada Pelish accused him of delay.", "Ivo Dan spoke.", '"It is late," Pelish said.'), "Ada Pelish"),
        # and a run so used is no name a surname alone resolves to
        (("Eastern Pelish voters backed him.", "Ivo Dan spoke.", '"It is late," Pelish said.'), "Pelish"),
    ],
)
def test_a_run_printed_only_before_a_noun_of_people_is_no_full_name(paragraphs, speaker):
    assert speakers(*paragraphs)[-1] == speaker
