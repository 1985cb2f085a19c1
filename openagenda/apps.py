from django.apps import AppConfig


class OpenAgendaConfig(AppConfig):
    name = "openagenda"
    label = "openagenda"
    verbose_name = "OpenAgenda"
