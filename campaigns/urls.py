from django.urls import path

from . import views

app_name = "campaigns"

urlpatterns = [
    path("<slug:slug>/", views.scan, name="scan"),
    path("<slug:slug>/qr.svg", views.qr_svg, name="qr_svg"),
    path("<slug:slug>/qr.png", views.qr_png, name="qr_png"),
    path("<slug:slug>/poster.pdf", views.poster, name="poster"),
]
