"""BM25 over fact-check words (factchecks.lexical): what k1 and b change."""

import pytest

from factchecks.lexical import Bm25, words


def _collection(*texts):
    bm25 = Bm25()
    documents = [words(text) for text in texts]
    for document in documents:
        bm25.add(document)
    return bm25, documents


COLLECTION = (
    "Lighthouse keeper rescued a stranded seal pup",
    "Lighthouse keeper rescued a stranded seal pup off the rocky northern coast near the harbour at dawn",
    "Seal pup photographed on a beach",
    "Harbour fees doubled overnight",
)


def test_b_sets_how_much_a_long_fact_check_is_discounted():
    bm25, documents = _collection(*COLLECTION)
    query = words("keeper rescued a seal")
    short, long = documents[0], documents[1]

    def ratio(b):
        first, second = bm25.scores(query, [short, long], k1=0.9, b=b)
        return second / first

    assert ratio(0.0) == pytest.approx(1.0)  # the same words matched: length alone makes no difference
    assert ratio(0.75) < ratio(0.3) < 1.0


def test_k1_sets_how_soon_a_repeated_word_stops_counting():
    bm25, _ = _collection(*COLLECTION)
    once, twice = words("lighthouse storm damage"), words("lighthouse lighthouse storm")

    def ratio(k1):
        first, second = bm25.scores(["lighthouse"], [once, twice], k1=k1, b=0.0)
        return second / first

    assert 1.0 < ratio(0.5) < ratio(2.0) < 2.0


def test_a_word_the_query_repeats_counts_once_and_an_unknown_word_not_at_all():
    bm25, documents = _collection(*COLLECTION)
    plain = bm25.scores(words("seal harbour"), documents, k1=0.9, b=0.3)
    assert bm25.scores(words("seal seal harbour zeppelin"), documents, k1=0.9, b=0.3) == plain
    assert plain[3] > 0 and plain[0] > 0


def test_an_empty_collection_scores_zero():
    assert Bm25().scores(["seal"], [["seal"], []], k1=0.9, b=0.3) == [0.0, 0.0]


def test_hashtags_and_handles_are_read_as_the_words_they_join():
    assert words("Thanks @HarbourMasterKim for #SavingTheSealPups, see https://t.co/Ab12#top") == [
        "thanks", "harbour", "master", "kim", "saving", "seal", "pups", "see"
    ]
    # Capitals in a row are one word until a capitalised word starts; plain text is left as it is.
    assert words("#NYCMarathon route, iPhone") == ["nyc", "marathon", "route", "iphone"]
    bm25, documents = _collection(*COLLECTION)
    first, _, third, _ = bm25.scores(words("#SealPup rescued"), documents, k1=0.9, b=0.3)
    assert first > third > 0


def test_character_trigrams_match_a_name_spelt_or_run_together_another_way():
    from factchecks.lexical import CharGrams, char_grams

    documents = [char_grams(text) for text in (
        "Governor Okonkwo-Adeyemi sold the ferry terminal to a cousin",
        "The ferry terminal was sold to a private operator",
        "Moon landing footage was staged in a studio",
    )]
    grams = CharGrams()
    grams.add(documents)
    spelt = grams.scores(char_grams("gov okonkwoadeyemi sells ferry terminal to family"), documents)
    assert spelt.argmax() == 0 and spelt[0] > spelt[1] > spelt[2]
    assert grams.scores(documents[2], documents)[2] == pytest.approx(1.0)  # a text's own vector: cosine 1


def test_character_trigrams_keep_document_frequencies_as_rows_come_and_go():
    from factchecks.lexical import CharGrams, char_grams

    grams, row = CharGrams(), char_grams("Harbour fees doubled overnight")
    grams.add([row, char_grams("Seal pup photographed on a beach")])
    before = grams.df.copy()
    grams.remove(row)
    grams.add([row])
    assert grams.docs == 2 and (grams.df == before).all()
    assert len(char_grams("")) == 0 and not grams.scores(char_grams(""), [row]).any()
