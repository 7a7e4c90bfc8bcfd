"""{% figure_chart figure %}: a figure's timeline (claims.charts) in any template.

With admin_links, each point links to its claim's admin page; without, nothing
links (the public page)."""

from django import template
from django.urls import reverse

from claims.charts import figure_timeline_svg

register = template.Library()


def _admin_link(claim) -> str:
    return reverse("admin:claims_claim_change", args=[claim.pk])


@register.simple_tag
def figure_chart(figure, admin_links=False):
    return figure_timeline_svg(figure, link=_admin_link if admin_links else None)
