"""extract_ahead: batches come back in order with the same claims as in-process
extraction, and a batch that cannot be parsed comes back as None, alone."""

from claims.extraction import extract_many
from claims.extraction.ahead import extract_ahead

TEXTS = [
    "Officials said 12 bridges were closed.",
    '"We will rebuild," the mayor, Ana Silva, said.',
    "Prices rose 3% in May, the statistics office said.",
    "About 400 people were evacuated on Sunday.",
    "The company said profits fell to $5m.",
]


def test_batches_come_back_in_order_with_the_same_claims_from_the_child_process():
    batches = [[t] for t in TEXTS[:3]] + [TEXTS[3:]]
    results = list(extract_ahead(iter(batches), text_of=lambda t: t))
    assert [batch for batch, _ in results] == batches
    assert [claims for _, claims in results] == [extract_many(batch) for batch in batches]


def test_a_batch_that_cannot_be_parsed_is_none_and_the_others_still_come():
    batches = [[TEXTS[0]], [None], [TEXTS[1]]]  # None is not text: spaCy refuses it
    results = [claims for _, claims in extract_ahead(iter(batches), text_of=lambda t: t)]
    assert results[0] == extract_many([TEXTS[0]]) and results[2] == extract_many([TEXTS[1]])
    assert results[1] is None


def test_a_single_batch_is_parsed_in_process():
    [(batch, claims)] = list(extract_ahead(iter([TEXTS[:2]]), text_of=lambda t: t))
    assert claims == extract_many(TEXTS[:2])
