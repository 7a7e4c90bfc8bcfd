"""Renaming a speaker or retitling an article in the admin goes through
reviews.services (speaker_rename, article_retitle), as the claims' corrections do:
published verdicts name them, so the change is an editor's and is written to
those claims' history. claims.admin defines these pages; reviews re-registers
them here because claims never imports reviews."""

from __future__ import annotations

from django.contrib import admin, messages

from claims.admin import ArticleAdmin, SpeakerAdmin
from claims.models import Article, Speaker
from factcheck.errors import ApplicationError

from . import services


class _RenameThroughService:
    renamed_field = ""

    def rename(self, obj, value, actor) -> int:
        raise NotImplementedError

    def save_model(self, request, obj, form, change):
        field = self.renamed_field
        if change and field in form.changed_data:
            new = getattr(obj, field)
            setattr(obj, field, form.initial.get(field, ""))  # the service writes it, or nothing does
            try:
                touched = self.rename(obj, new, request.user)
            except ApplicationError as exc:
                self.message_user(request, exc.message, messages.ERROR)
            else:
                setattr(obj, field, new)
                if touched:
                    self.message_user(
                        request, f"Recorded in the history of {touched} claim(s) with a published verdict.", messages.INFO
                    )
        super().save_model(request, obj, form, change)


class SpeakerRenameAdmin(_RenameThroughService, SpeakerAdmin):
    renamed_field = "name"

    def rename(self, obj, value, actor) -> int:
        return services.speaker_rename(speaker_id=obj.pk, name=value, actor=actor)


class ArticleRetitleAdmin(_RenameThroughService, ArticleAdmin):
    renamed_field = "title"

    def rename(self, obj, value, actor) -> int:
        return services.article_retitle(article_id=obj.pk, title=value, actor=actor)


for model, model_admin in ((Speaker, SpeakerRenameAdmin), (Article, ArticleRetitleAdmin)):
    if admin.site.is_registered(model):
        admin.site.unregister(model)
    admin.site.register(model, model_admin)
