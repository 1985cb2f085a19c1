"""A small catalogue with known answers, for the relevance suite."""

from dataclasses import dataclass

from activities.models import Commune, Neighbourhood
from tests.activities.factories import CategoryFactory, PlaceFactory, make_activity


@dataclass
class Catalogue:
    activities: dict

    def id(self, key):
        return self.activities[key].pk

    def key(self, pk):
        """The key of one of these activities; None for the demo catalogue's."""
        return next((key for key, activity in self.activities.items() if activity.pk == pk), None)


def build():
    bruz = Commune.objects.create(name="Bruz", slug="bruz-test", latitude=48.02, longitude=-1.75)
    rennes = Commune.objects.create(name="Rennes", slug="rennes-test", latitude=48.11, longitude=-1.68)
    blosne = Neighbourhood.objects.create(name="Le Blosne", slug="blosne-test")
    cinema = CategoryFactory(name="Cinéma", slug="cinema-test")
    sport = CategoryFactory(name="Sport", slug="sport-test")
    show = CategoryFactory(name="Spectacle", slug="spectacle-test")
    pool = PlaceFactory(name="Piscine Aquatis", commune=bruz)
    theatre = PlaceFactory(name="Théâtre National de Bretagne", commune=rennes, neighbourhood=blosne)
    hall = PlaceFactory(name="Salle de la Cité", commune=rennes)
    specs = {
        "opera": dict(title="L'Opéra de quat'sous", description="Brecht et Weill.", place=theatre,
                      categories=[show], sortir_price=5, for_families=True),
        "concerts": dict(title="Concerts d'orgue du dimanche", description="Bach et Buxtehude.", place=hall,
                         categories=[show], sortir_price=0, wheelchair=True),
        "escrime": dict(title="Initiation à l'escrime", description="Fleuret pour débutants.", place=hall,
                        categories=[sport], sortir_price=3, for_students=True, kind="regular"),
        "swim": dict(title="Bébés nageurs", description="Natation pour les tout-petits.", place=pool,
                     categories=[sport], sortir_price=2, for_families=True, kind="regular"),
        "cinema": dict(title="Ciné-club : Les Enfants du paradis", description="Projection et débat.",
                       place=hall, categories=[cinema], sortir_price=0, hearing=True),
        "film-desc": dict(title="Soirée rétrospective", place=hall, categories=[cinema], sortir_price=4,
                          description="Un film du patrimoine, un cinéma de quartier."),
        "football": dict(title="Football en salle", description="Foot à cinq, ouvert à tous.", place=hall,
                         categories=[sport], sortir_price=1, eticket=True),
        "expo": dict(title="Exposition Vasarely", description="Op art et art optique.", place=theatre,
                     categories=[show], sortir_price=3, wheelchair=True, hearing=True),
        "theatre-desc": dict(title="Lecture à voix haute", description="Une soirée de théâtre contemporain.",
                             place=hall, categories=[show], sortir_price=2),
        "past": dict(title="Escrime d'hier", description="Déjà passé.", place=hall, categories=[sport],
                     days=(-5,)),
        "draft": dict(title="Escrime en brouillon", description="Pas encore publié.", place=hall,
                      categories=[sport], publish=False),
    }  # fmt: skip
    activities = {}
    for i, (key, fields) in enumerate(specs.items()):
        fields.setdefault("days", (2 + i,))
        activities[key] = make_activity(slug=f"relevance-{key}", **fields)
    return Catalogue(activities)
