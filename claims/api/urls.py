"""Routes under /api/v1/ (namespace "api"), included by factcheck.urls."""

from django.urls import path

from . import figures, views

urlpatterns = [
    path("claims/", views.ClaimListApi.as_view(), name="claim-list"),
    path("claims/export.csv", views.ClaimExportApi.as_view(), name="claim-export"),
    # The same export for clients that prefer ?format=csv.
    path("claims/export/", views.ClaimExportApi.as_view(), name="claim-export-alt"),
    path("claims/<int:pk>/claimreview/", views.ClaimReviewApi.as_view(), name="claim-review"),
    path("claimreview/", views.ClaimReviewFeedApi.as_view(), name="claim-review-feed"),
    path("articles/", views.ArticleListApi.as_view(), name="article-list"),
    path("articles/<int:pk>/", views.ArticleDetailApi.as_view(), name="article-detail"),
    path("speakers/", views.SpeakerListApi.as_view(), name="speaker-list"),
    path("speakers/<int:pk>/", views.SpeakerDetailApi.as_view(), name="speaker-detail"),
    path("speakers/<int:pk>/claims/", views.SpeakerClaimsApi.as_view(), name="speaker-claims"),
    *figures.urlpatterns,
]
