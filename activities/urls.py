from django.urls import path

from . import views

app_name = "activities"

urlpatterns = [
    path("", views.activity_search, name="search"),
    path("<slug:slug>/", views.activity_detail, name="detail"),
    path("<slug:slug>/calendar.ics", views.activity_ics, name="ics"),
]
