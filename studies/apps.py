from django.apps import AppConfig


class StudiesConfig(AppConfig):
    name = "studies"
    verbose_name = "Études et observatoire"

    def ready(self):
        from wagtail.documents.models import document_served

        from .downloads import count_download

        # Sent by Wagtail's document view once privacy checks have passed: a refused request
        # is never counted.
        document_served.connect(count_download, dispatch_uid="studies-count-download")
