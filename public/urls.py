from django.urls import path

from . import views

app_name = "public"
urlpatterns = [
    path("", views.index, name="index"),
    path("fact-checks/<int:pk>/", views.claim_page, name="claim"),
]
