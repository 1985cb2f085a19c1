import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from pages.demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Loads the demo content (idempotent: a second run changes nothing)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin-password",
            default=os.environ.get("DEMO_ADMIN_PASSWORD", ""),
            help="Create (or reset) a local 'admin' superuser with this password. "
            "Defaults to $DEMO_ADMIN_PASSWORD; no account is created without it.",
        )
        parser.add_argument("--admin-username", default="admin")

    def handle(self, *args, admin_password, admin_username, **options):
        loader = DemoLoader(stdout=self.stdout if options["verbosity"] > 1 else None)
        loader.load()
        if loader.created:
            self.stdout.write(
                self.style.SUCCESS(f"Demo content loaded: {len(loader.created)} new pages and activities.")
            )
            # Said to whoever loads it, never to visitors: the demo must not pass for real.
            self.stdout.write(
                "Its prices are examples, and the communes the 2024 report does not name as members "
                "are to be confirmed: see the notes in activities/demo/*.yaml."
            )
        else:
            self.stdout.write("Demo content already present: nothing to do.")
        if admin_password:
            self.ensure_admin(admin_username, admin_password)

    def ensure_admin(self, username, password):
        User = get_user_model()
        user, created = User.objects.get_or_create(username=username, defaults={"email": ""})
        if created or not user.check_password(password):
            user.is_staff = user.is_superuser = True
            user.set_password(password)
            user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Log in at http://127.0.0.1:8000/admin/ as “{username}” with the password you gave."
            )
        )
