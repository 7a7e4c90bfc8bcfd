"""Routes under /api/v1/ (namespace "api"), included by factcheck.urls."""

from django.urls import path

from . import figures, views

urlpatterns = [
    path("claims/", views.ClaimListApi.as_view(), name="claim-list"),
    path("articles/", views.ArticleListApi.as_view(), name="article-list"),
    path("articles/<int:pk>/", views.ArticleDetailApi.as_view(), name="article-detail"),
    path("speakers/", views.SpeakerListApi.as_view(), name="speaker-list"),
    path("speakers/<int:pk>/", views.SpeakerDetailApi.as_view(), name="speaker-detail"),
    path("speakers/<int:pk>/claims/", views.SpeakerClaimsApi.as_view(), name="speaker-claims"),
    *figures.urlpatterns,
]
