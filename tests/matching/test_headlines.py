"""Done when: a headline claim that restates a claim of its body shares that claim's group,
so a reviewer checks it once, and the headline claim is still there."""

import pytest

from claims.ingestion import plain_text_input
from claims.matching.headlines import headline_span
from claims.matching.service import match_article_claims
from claims.models import Claim, ClaimGroup
from claims.services import ArticleInput, article_ingest
from tests.matching.helpers import Sentence, day, extracted_claims

pytestmark = pytest.mark.django_db


def store(title: str, headline: str | None, sentences, *, slug: str):
    """An article whose body opens with `headline` on a line of its own (None: no headline line)."""
    body = (f"{headline}\n\n" if headline else "") + " ".join(s.text for s in sentences)
    claims = extracted_claims(body, sentences)
    result = article_ingest(
        data=ArticleInput(body=body, title=title, url=f"https://news.example.org/{slug}", published_at=day(5, 6, 2011)),
        extracted=claims,
    )
    assert result.created, result
    return result.article


def groups_of(article) -> list[tuple[str, int | None]]:
    return list(article.claims.order_by("start").values_list("text", "group_id"))


def test_a_headline_restating_a_body_number_shares_its_group():
    headline = "Flash floods cut off 2,400 homes in the valley"
    article = store(
        headline,
        headline,
        (
            Sentence(headline, (("2,400", 2400, "exact", "floods"),)),
            Sentence("Rising water cut off about 2,400 homes across the valley on Sunday night.",
                     (("2,400", 2400, "approximately", "homes"),)),
            Sentence("Rescue crews reached 300 homes by boat.", (("300", 300, "exact", "homes"),)),
        ),
        slug="flash-floods",
    )
    match_article_claims(article_id=article.pk)

    (h_text, h_group), (b_text, b_group), (_, other_group) = groups_of(article)
    assert h_text == headline  # still a claim of its own
    assert h_group is not None and h_group == b_group
    assert other_group != h_group
    assert ClaimGroup.objects.get(pk=h_group).kind == ClaimGroup.Kind.QUANTITY


def test_a_headline_number_that_another_body_claim_merely_shares_is_not_grouped():
    headline = "Heatwave leaves 3 reservoirs nearly empty"
    article = store(
        headline,
        headline,
        (
            Sentence(headline, (("3", 3, "exact", "reservoirs"),)),
            Sentence("Paramedics treated 3 runners for heatstroke at the city marathon.",
                     (("3", 3, "exact", "runners"),)),
        ),
        slug="heatwave-reservoirs",
    )
    match_article_claims(article_id=article.pk)

    assert all(group is None for _, group in groups_of(article))


def test_a_headline_quote_joins_the_body_quote_it_shortens():
    quote = "We will rebuild every bridge the river took before the winter comes"
    headline = f"Mayor Ines Duarte: {quote}"
    article = store(
        headline,
        headline,
        (
            Sentence(headline, speaker="Ines Duarte", content=quote),
            Sentence(f'"{quote}, and we will pay for it ourselves," Mayor Ines Duarte told residents.',
                     speaker="Ines Duarte", content=f"{quote}, and we will pay for it ourselves"),
        ),
        slug="mayor-bridges",
    )
    match_article_claims(article_id=article.pk)

    (_, h_group), (_, b_group) = groups_of(article)
    assert h_group is not None and h_group == b_group
    assert ClaimGroup.objects.get(pk=h_group).kind == ClaimGroup.Kind.STATEMENT


def test_a_body_that_does_not_open_with_its_title_has_no_headline_claim():
    # A JSON or HTML article: the title is stored apart, and the body's first line is text.
    sentences = (
        Sentence("Flash floods cut off 2,400 homes in the valley.", (("2,400", 2400, "exact", "floods"),)),
        Sentence("Rising water cut off about 2,400 homes across the valley.", (("2,400", 2400, "approximately", "homes"),)),
    )
    article = store("Valley flooding", None, sentences, slug="valley-flooding")
    match_article_claims(article_id=article.pk)

    assert all(group is None for _, group in groups_of(article))


def test_a_plain_text_headline_is_extracted_and_grouped_with_the_lead_it_restates():
    text = (
        "Brush fire forces 6,000 to evacuate\n\n"
        "About 6,000 residents were told to evacuate their homes on Friday as a brush fire "
        "spread toward the edge of town, the county sheriff said.\n"
    )
    result = article_ingest(data=plain_text_input(text, "brush-fire.txt"))
    article = result.article
    assert article.title == "Brush fire forces 6,000 to evacuate"
    match_article_claims(article_id=article.pk)

    claims = list(Claim.objects.filter(article=article).order_by("start"))
    assert claims[0].start == 0 and claims[0].text == article.title  # the guide counts it
    assert claims[0].group_id is not None and claims[0].group_id == claims[1].group_id


def test_a_rematch_keeps_the_headline_with_its_body_claim():
    headline = "Port handles 41,000 containers in a week"
    article = store(
        headline,
        headline,
        (
            Sentence(headline, (("41,000", 41000, "exact", "containers"),)),
            Sentence("The port handled 41,000 containers in the week to Sunday, a record.",
                     (("41,000", 41000, "exact", "containers"),)),
        ),
        slug="port-containers",
    )
    match_article_claims(article_id=article.pk)
    first = groups_of(article)
    match_article_claims(article_id=article.pk)

    assert groups_of(article) == first
    assert ClaimGroup.objects.count() == 1


@pytest.mark.parametrize(
    ("title", "opening", "span"),
    [
        ("Ferry strike ends", "Ferry strike ends\n\nThe strike ended on Monday.", (0, 17)),
        ("Ferry  strike ends", "\n  ferry strike ends \nThe strike ended.", (3, 20)),
        ("Ferry strike ends", "The strike ended on Monday after talks.", None),
        ("", "Ferry strike ends\n\nThe strike ended.", None),
    ],
)
def test_the_headline_is_the_first_line_when_it_is_the_title(title, opening, span):
    assert headline_span(title, opening) == span
