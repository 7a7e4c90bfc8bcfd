"""factory_boy factories. Articles and claims are made through the real services
(ingestion and extraction) where a test is about behaviour; these factories
make rows directly only where a test needs a specific shape of claim."""

import hashlib

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from claims.models import Article, Claim, Quantity, Speaker
from claims.speakers import speaker_key
from tests.roles import ensure_roles


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    is_staff = True
    password = factory.django.Password("correct horse battery staple")

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            ensure_roles()  # a transactional test's flush may have emptied the groups
            self.groups.add(Group.objects.get(name=extracted))


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article {n}")
    outlet = "Example News"
    body = factory.Sequence(
        lambda n: f"Officials said on Monday that {n + 100} people had been evacuated. "
        f'"We are doing everything we can," the mayor, Jane Doe, told reporters. (Story {n})'
    )
    content_hash = factory.LazyAttribute(lambda a: hashlib.sha256(a.body.encode()).hexdigest())
    extraction_status = Article.ExtractionStatus.DONE


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker
        django_get_or_create = ("key", "kind")

    name = factory.Sequence(lambda n: f"Speaker {n}")
    kind = Speaker.Kind.PERSON
    key = factory.LazyAttribute(lambda s: speaker_key(s.name, s.kind))


class ClaimFactory(factory.django.DjangoModelFactory):
    """A claim over the first sentence of its article."""

    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    start = 0
    end = factory.LazyAttribute(lambda c: c.article.body.index(".") + 1)
    text = factory.LazyAttribute(lambda c: c.article.body[c.start : c.end])


class QuantityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quantity

    claim = factory.SubFactory(ClaimFactory)
    value = 100
    text = "100"
    start = 0
    end = 3
    subject = "people"


def speaker_get_or_create(*, name: str, kind: str, aliases=()) -> Speaker:
    """One speaker resolved on its own, as claims_store resolves an article's speakers together."""
    from claims.services import speakers_resolve

    return speakers_resolve([(name, kind, aliases)])[0]
