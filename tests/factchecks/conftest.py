"""Fact-check library fixtures: a small library of our own writing, imported through the service."""

import pytest

from factchecks.selectors import factchecks_library_reset
from factchecks.services import factchecks_import

# Our own sentences, each a claim a fact-checker might have rated.
LIBRARY = [
    {
        "url": "https://checks.example.net/reviews/moon-cheese",
        "claimReviewed": "Astronauts found that the surface of the Moon is made of cheese.",
        "name": "Is the Moon Made of Cheese?",
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Wallace Grommet"}},
        "reviewRating": {"@type": "Rating", "ratingValue": 1, "alternateName": "False"},
        "author": {"@type": "Organization", "name": "Example Checks", "url": "https://checks.example.net/"},
        "datePublished": "2021-03-04",
    },
    {
        "url": "https://checks.example.net/reviews/bridge-closed",
        "claimReviewed": "The Harbour Street bridge will be closed to cars for all of next year.",
        "name": "Will the Harbour Street Bridge Close for a Year?",
        "reviewRating": {"@type": "Rating", "ratingValue": "3", "alternateName": "True"},
        "author": {"@type": "Organization", "name": "Example Checks"},
        "datePublished": "2022-07-15T10:00:00Z",
    },
    {
        "url": "https://verify.example.com/fc/vaccine-magnets",
        "claimReviewed": "A vaccine injection makes the arm magnetic so that coins stick to it.",
        "name": "Do Vaccines Make Your Arm Magnetic?",
        "reviewRating": {"alternateName": "Pants on fire"},
        "author": [{"@type": "Organization", "name": "Verify Desk"}],
        "datePublished": "2021-05-20",
    },
    {
        "url": "https://verify.example.com/fc/tax-rise",
        "claimReviewed": "The city council voted to double the property tax of every household in 2023.",
        "name": "Did the Council Double Property Taxes?",
        "reviewRating": {"alternateName": "Misleading", "ratingValue": 2},
        "author": {"@type": "Organization", "name": "Verify Desk"},
    },
]


@pytest.fixture(autouse=True)
def _fresh_index(settings):
    # Every search sees the database as it is now, and no test inherits another's index.
    settings.FACTCHECK_LIBRARY_CHECK_SECONDS = 0
    factchecks_library_reset()
    yield
    factchecks_library_reset()


@pytest.fixture
def library(db):
    result = factchecks_import(LIBRARY)
    assert result.created == len(LIBRARY) and not result.failures
    return result
