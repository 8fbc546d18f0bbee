"""A fact one speaker told alone and the same fact told by that speaker
and another ("Ann Roe and Bob Dale said ...": the first of two subjects is
the statement's speaker) are two statements (``merge._partner``), when the
build names the other as a speaker too; two outlets that name the same two
join, and "and" inside a body's name ("Tarn and Wey Crossings") names no
second speaker. All names and sentences are made up."""

from briefing.merge import consolidate
from briefing.model import Statement


def said(source, text, speaker):
    return Statement(source, "statement", text, speaker, (0, 0, 0))


ALONE = said("S1", "Ivo Marsh said the Pendle viaduct would shut in May for cable repairs.", "Ivo Marsh")
TOGETHER = said("S2", "Ivo Marsh and Rhona Tesk said the Pendle viaduct would shut in May for repairs to its cables.", "Ivo Marsh")
ELSEWHERE = said("S3", "Rhona Tesk said the county had known of the fault for a year.", "Rhona Tesk")


def sources(statements):
    return sorted(sorted(b.sources) for b in consolidate(statements, sorted({s.source_id for s in statements})))


def test_one_speaker_alone_is_not_that_speaker_and_another():
    assert sources([ALONE, TOGETHER, ELSEWHERE]) == [["S1"], ["S2"], ["S3"]]


def test_the_other_may_be_named_as_a_speaker_of_a_quote():
    quoted = Statement("S3", "quote", "We told the county about the fault a year ago.", "Rhona Tesk", (0, 0, 0))
    assert sources([ALONE, TOGETHER, quoted]) == [["S1"], ["S2"], ["S3"]]


def test_two_outlets_that_name_the_same_two_speakers_join():
    again = said("S4", "Ivo Marsh and Rhona Tesk said the viaduct at Pendle would close in May so its cables could be repaired.", "Ivo Marsh")
    assert ["S2", "S4"] in sources([TOGETHER, again, ELSEWHERE])


def test_and_inside_a_name_or_before_no_speaker_of_the_build_names_no_partner():
    body = said("S1", "The ferry firm, Tarn and Wey Crossings, said it would add a third boat to the Pendle run in June.", "Tarn")
    named = said("S2", "Tarn and Wey Crossings said it would add a third boat to its Pendle run in June.", "Tarn")
    assert sources([body, named, ELSEWHERE]) == [["S1", "S2"], ["S3"]]
    # the other name is no speaker of the build: nothing tells it is a person who spoke
    assert sources([ALONE, TOGETHER]) == [["S1", "S2"]]
