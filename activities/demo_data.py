"""Demo catalogue for load_demo_content: partner structures, places and about sixty activities (dates are relative to today)."""  # noqa: E501

# Data only, read by the load_demo_content command.
#
# Sources: docs/content-facts.md. The partner structures, venues, communes and quartiers are
# real; the e-ticketing flag is set only for the partners that sell e-tickets at the Sortir ! tariff
# (TNB, Le Triangle, Opéra de Rennes, Orchestre National de Bretagne, Destination Rennes, cinéma Arvor,
# L'Antipode MJC). The activities themselves are invented for the demo: their titles are generic, no
# living artist is named, and the prices are plausible values, not the partners' real tariffs.
#
# Translatable texts are dicts {"fr": ..., "en": ..., "ar": ...}. French is the source; about a third of
# the activities also have English and Arabic, and then title, summary and description all have them.
# As in pages/demo_content.py, "Sortir !" is followed by "\u200e" (LEFT-TO-RIGHT MARK) in Arabic text.
#
# Addresses and coordinates are approximate (WGS84, 4 decimals). An empty address, or coordinates set
# to None, means "not known for sure": editors should complete it rather than trust a guess.

# Editor-managed taxonomy: the slug is stable, the labels are given in the three site languages.
CATEGORIES = [
    {"slug": "spectacle", "fr": "Spectacle", "en": "Show", "ar": "عرض"},
    {"slug": "concert", "fr": "Concert", "en": "Concert", "ar": "حفل موسيقي"},
    {"slug": "cinema", "fr": "Cinéma", "en": "Cinema", "ar": "سينما"},
    {"slug": "musee-expo", "fr": "Musée et exposition", "en": "Museum and exhibition", "ar": "متحف ومعرض"},
    {"slug": "sport", "fr": "Sport", "en": "Sport", "ar": "رياضة"},
    {"slug": "loisirs", "fr": "Loisirs", "en": "Leisure", "ar": "ترفيه"},
    {"slug": "atelier", "fr": "Atelier", "en": "Workshop", "ar": "ورشة"},
    {
        "slug": "jeune-public",
        "fr": "Jeune public et famille",
        "en": "Children and families",
        "ar": "الأطفال والعائلات",
    },
    {
        "slug": "patrimoine-visite",
        "fr": "Patrimoine et visites",
        "en": "Heritage and tours",
        "ar": "التراث والزيارات",
    },
]

# Member communes named in the 2024 activity report, plus Cesson-Sévigné (member of Rennes Métropole,
# to be confirmed by editors as a Sortir ! commune). INSEE codes; approximate town-centre coordinates.
COMMUNES = [
    {"name": "Rennes", "insee": "35238", "lat": 48.1113, "lon": -1.6800},
    {"name": "Saint-Jacques-de-la-Lande", "insee": "35281", "lat": 48.0896, "lon": -1.7211},
    {"name": "Acigné", "insee": "35001", "lat": 48.1333, "lon": -1.5372},
    {"name": "La Chapelle-des-Fougeretz", "insee": "35059", "lat": 48.1767, "lon": -1.7325},
    {"name": "Le Rheu", "insee": "35240", "lat": 48.1017, "lon": -1.7958},
    {"name": "Noyal-Châtillon-sur-Seiche", "insee": "35206", "lat": 48.0528, "lon": -1.6636},
    {"name": "Parthenay-de-Bretagne", "insee": "35216", "lat": 48.1917, "lon": -1.8286},
    {"name": "Saint-Armel", "insee": "35250", "lat": 48.0142, "lon": -1.5925},
    {"name": "Gévezé", "insee": "35120", "lat": 48.2197, "lon": -1.7892},
    {"name": "Chartres-de-Bretagne", "insee": "35066", "lat": 48.0397, "lon": -1.7058},
    {"name": "Pacé", "insee": "35210", "lat": 48.1483, "lon": -1.7733},
    {"name": "L'Hermitage", "insee": "35131", "lat": 48.1231, "lon": -1.8075},
    {"name": "Laillé", "insee": "35139", "lat": 47.9789, "lon": -1.7183},
    {"name": "Bruz", "insee": "35047", "lat": 48.0247, "lon": -1.7461},
    {"name": "Cesson-Sévigné", "insee": "35051", "lat": 48.1214, "lon": -1.6031},
]

# Rennes' twelve quartiers (names as in the observatory's INSEE sheets), approximate centres.
NEIGHBOURHOODS = [
    {"name": "Centre", "lat": 48.1110, "lon": -1.6790},
    {"name": "Thabor–Saint-Hélier–Alphonse Guérin", "lat": 48.1125, "lon": -1.6620},
    {"name": "Bourg-l'Évêque–La Touche–Moulin du Comte", "lat": 48.1165, "lon": -1.7030},
    {"name": "Saint-Martin", "lat": 48.1250, "lon": -1.6790},
    {"name": "Maurepas–Patton", "lat": 48.1300, "lon": -1.6520},
    {"name": "Jeanne d'Arc–Longs Champs–Atalante Beaulieu", "lat": 48.1210, "lon": -1.6370},
    {"name": "Francisco Ferrer–Landry–Poterie", "lat": 48.0990, "lon": -1.6450},
    {"name": "Sud-Gare", "lat": 48.0960, "lon": -1.6720},
    {"name": "Cleunay–Arsenal-Redon–La Courrouze", "lat": 48.1020, "lon": -1.7050},
    {"name": "Villejean–Beauregard", "lat": 48.1250, "lon": -1.7050},
    {"name": "Le Blosne", "lat": 48.0860, "lon": -1.6560},
    {"name": "Bréquigny", "lat": 48.0880, "lon": -1.6850},
]

# Partner structures. "key" is used by PLACES and ACTIVITIES; "commune" is a COMMUNES name.
# "website" is left empty when the official address is not known for sure.
STRUCTURES = [
    {
        "key": "tnb",
        "name": "Théâtre National de Bretagne (TNB)",
        "commune": "Rennes",
        "address": "1 rue Saint-Hélier",
        "website": "https://www.t-n-b.fr",
        "has_agreement": True,
        "eticket": True,
    },
    {
        "key": "triangle",
        "name": "Le Triangle, cité de la danse",
        "commune": "Rennes",
        "address": "Boulevard de Yougoslavie",
        "website": "https://www.letriangle.org",
        "has_agreement": True,
        "eticket": True,
    },
    {
        "key": "opera",
        "name": "Opéra de Rennes",
        "commune": "Rennes",
        "address": "Place de la Mairie",
        "website": "https://opera-rennes.fr",
        "has_agreement": True,
        "eticket": True,
    },
    {
        "key": "onb",
        "name": "Orchestre National de Bretagne",
        "commune": "Rennes",
        "address": "",
        "website": "https://orchestrenationaldebretagne.bzh",
        "has_agreement": True,
        "eticket": True,
    },
    {
        "key": "destination-rennes",
        "name": "Destination Rennes (office de tourisme)",
        "commune": "Rennes",
        "address": "1 rue Saint-Yves",
        "website": "https://www.tourisme-rennes.com",
        "has_agreement": True,
        "eticket": True,
    },
    {
        "key": "arvor",
        "name": "Cinéma Arvor",
        "commune": "Rennes",
        "address": "11 rue de Châtillon",
        "website": "https://www.cinema-arvor.fr",
        "has_agreement": True,
        "eticket": True,
    },
    {
        "key": "antipode",
        "name": "L'Antipode MJC",
        "commune": "Rennes",
        "address": "75 avenue Jules Maniez",
        "website": "https://www.antipode-rennes.fr",
        "has_agreement": True,
        "eticket": True,
    },
    {
        "key": "paillette",
        "name": "La Paillette",
        "commune": "Rennes",
        "address": "2 rue du Pré de Bris",
        "website": "https://www.la-paillette.net",
        "has_agreement": True,
        "eticket": False,
    },
    {
        "key": "aire-libre",
        "name": "L'Aire Libre",
        "commune": "Saint-Jacques-de-la-Lande",
        "address": "Place Jules Vallès",
        "website": "https://www.theatre-airelibre.fr",
        "has_agreement": True,
        "eticket": False,
    },
    {
        "key": "transmusicales",
        "name": "Les Transmusicales",
        "commune": "Rennes",
        "address": "",
        "website": "https://www.lestrans.com",
        "has_agreement": True,
        "eticket": False,
    },
    {
        "key": "ay-roop",
        "name": "Ay Roop",
        "commune": "Rennes",
        "address": "",
        "website": "https://www.ay-roop.com",
        "has_agreement": True,
        "eticket": False,
    },
    {
        "key": "keep-cool",
        "name": "Keep Cool",
        "commune": "Rennes",
        "address": "Dalle du Colombier",
        "website": "https://www.keepcool.fr",
        "has_agreement": True,
        "eticket": False,
    },
    {
        "key": "ouescrime",
        "name": "Ouescrime",
        "commune": "Rennes",
        "address": "",
        "website": "",
        "has_agreement": True,
        "eticket": False,
    },
    {
        "key": "phakt",
        "name": "Le Phakt — Centre culturel Colombier",
        "commune": "Rennes",
        "address": "5 place des Colombes",
        "website": "https://www.phakt.fr",
        "has_agreement": True,
        "eticket": False,
    },
    {
        "key": "hermines",
        "name": "Les Hermines de Rennes (quadball)",
        "commune": "Rennes",
        "address": "",
        "website": "https://hermines-quidditch.com",
        "has_agreement": True,
        "eticket": False,
    },
    {
        "key": "champs-libres",
        "name": "Les Champs Libres",
        "commune": "Rennes",
        "address": "10 cours des Alliés",
        "website": "https://www.leschampslibres.fr",
        "has_agreement": True,
        "eticket": False,
    },
    {
        "key": "mba",
        "name": "Musée des Beaux-Arts de Rennes",
        "commune": "Rennes",
        "address": "20 quai Émile Zola",
        "website": "https://mba.rennes.fr",
        "has_agreement": True,
        "eticket": False,
    },
    {
        "key": "cercle-paul-bert",
        "name": "Cercle Paul Bert",
        "commune": "Rennes",
        "address": "30 bis rue de Paris",
        "website": "https://www.cerclepaulbert.asso.fr",
        "has_agreement": True,
        "eticket": False,
    },
    {
        "key": "maison-de-suede",
        "name": "MJC Maison de Suède",
        "commune": "Rennes",
        "address": "",
        "website": "https://www.mjcmaisondesuede.com",
        "has_agreement": True,
        "eticket": False,
    },
    {
        "key": "grand-logis",
        "name": "Le Grand Logis",
        "commune": "Bruz",
        "address": "10 avenue du Général de Gaulle",
        "website": "",
        "has_agreement": True,
        "eticket": False,
    },
    {
        "key": "mediatheque-pace",
        "name": "Médiathèque de Pacé",
        "commune": "Pacé",
        "address": "",
        "website": "",
        "has_agreement": True,
        "eticket": False,
    },
    {
        "key": "piscine-chartres",
        "name": "Piscine de Chartres-de-Bretagne",
        "commune": "Chartres-de-Bretagne",
        "address": "",
        "website": "",
        "has_agreement": True,
        "eticket": False,
    },
    {
        "key": "mediatheque-geveze",
        "name": "Médiathèque de Gévezé",
        "commune": "Gévezé",
        "address": "",
        "website": "",
        "has_agreement": False,
        "eticket": False,
    },
]

# Where activities happen. "neighbourhood" is a NEIGHBOURHOODS name, for places in Rennes only.
PLACES = [
    {
        "key": "tnb",
        "name": "TNB — salle Vilar",
        "address": "1 rue Saint-Hélier",
        "commune": "Rennes",
        "neighbourhood": "Thabor–Saint-Hélier–Alphonse Guérin",
        "lat": 48.1076,
        "lon": -1.6717,
    },
    {
        "key": "tnb-cinema",
        "name": "Cinéma du TNB",
        "address": "1 rue Saint-Hélier",
        "commune": "Rennes",
        "neighbourhood": "Thabor–Saint-Hélier–Alphonse Guérin",
        "lat": 48.1076,
        "lon": -1.6717,
    },
    {
        "key": "ubu",
        "name": "L'Ubu",
        "address": "1 rue Saint-Hélier",
        "commune": "Rennes",
        "neighbourhood": "Thabor–Saint-Hélier–Alphonse Guérin",
        "lat": 48.1077,
        "lon": -1.6719,
    },
    {
        "key": "triangle",
        "name": "Le Triangle, cité de la danse",
        "address": "Boulevard de Yougoslavie",
        "commune": "Rennes",
        "neighbourhood": "Le Blosne",
        "lat": 48.0886,
        "lon": -1.6560,
    },
    {
        "key": "opera",
        "name": "Opéra de Rennes",
        "address": "Place de la Mairie",
        "commune": "Rennes",
        "neighbourhood": "Centre",
        "lat": 48.1118,
        "lon": -1.6794,
    },
    {
        "key": "couvent-jacobins",
        "name": "Couvent des Jacobins",
        "address": "20 place Sainte-Anne",
        "commune": "Rennes",
        "neighbourhood": "Centre",
        "lat": 48.1150,
        "lon": -1.6797,
    },
    {
        "key": "carre-sevigne",
        "name": "Carré Sévigné",
        "address": "1 rue du Bac",
        "commune": "Cesson-Sévigné",
        "neighbourhood": None,
        "lat": 48.1196,
        "lon": -1.6047,
    },
    {
        "key": "office-tourisme",
        "name": "Office de tourisme — chapelle Saint-Yves",
        "address": "1 rue Saint-Yves",
        "commune": "Rennes",
        "neighbourhood": "Centre",
        "lat": 48.1106,
        "lon": -1.6808,
    },
    {
        "key": "parlement",
        "name": "Parlement de Bretagne",
        "address": "Place du Parlement de Bretagne",
        "commune": "Rennes",
        "neighbourhood": "Centre",
        "lat": 48.1128,
        "lon": -1.6775,
    },
    {
        "key": "prairies-saint-martin",
        "name": "Prairies Saint-Martin",
        "address": "Parc des Prairies Saint-Martin",
        "commune": "Rennes",
        "neighbourhood": "Saint-Martin",
        "lat": 48.1225,
        "lon": -1.6805,
    },
    {
        "key": "arvor",
        "name": "Cinéma Arvor",
        "address": "11 rue de Châtillon",
        "commune": "Rennes",
        "neighbourhood": "Sud-Gare",
        "lat": 48.1013,
        "lon": -1.6722,
    },
    {
        "key": "antipode",
        "name": "L'Antipode MJC",
        "address": "75 avenue Jules Maniez",
        "commune": "Rennes",
        "neighbourhood": "Cleunay–Arsenal-Redon–La Courrouze",
        "lat": 48.1022,
        "lon": -1.7090,
    },
    {
        "key": "paillette",
        "name": "Théâtre de La Paillette",
        "address": "2 rue du Pré de Bris",
        "commune": "Rennes",
        "neighbourhood": "Bourg-l'Évêque–La Touche–Moulin du Comte",
        "lat": 48.1122,
        "lon": -1.6992,
    },
    {
        "key": "aire-libre",
        "name": "Théâtre L'Aire Libre",
        "address": "Place Jules Vallès",
        "commune": "Saint-Jacques-de-la-Lande",
        "neighbourhood": None,
        "lat": 48.0907,
        "lon": -1.7200,
    },
    {
        "key": "parc-expo",
        "name": "Parc Expo Rennes Aéroport",
        "address": "La Haie Gautrais",
        "commune": "Bruz",
        "neighbourhood": None,
        "lat": 48.0648,
        "lon": -1.7275,
    },
    {
        "key": "guy-ropartz",
        "name": "Salle Guy Ropartz",
        "address": "Rue Guy Ropartz",
        "commune": "Rennes",
        "neighbourhood": "Maurepas–Patton",
        "lat": 48.1268,
        "lon": -1.6505,
    },
    {
        "key": "bourgchevreuil",
        "name": "Chapiteau du parc de Bourgchevreuil",
        "address": "Parc de Bourgchevreuil",
        "commune": "Cesson-Sévigné",
        "neighbourhood": None,
        "lat": 48.1185,
        "lon": -1.6135,
    },
    {
        "key": "joval",
        "name": "Théâtre de verdure de Joval",
        "address": "Parc de Joval",
        "commune": "Acigné",
        "neighbourhood": None,
        "lat": 48.1345,
        "lon": -1.5390,
    },
    {
        "key": "le-rheu-salle",
        "name": "Salle municipale du Rheu",
        "address": "",
        "commune": "Le Rheu",
        "neighbourhood": None,
        "lat": 48.1017,
        "lon": -1.7958,
    },
    {
        "key": "phakt",
        "name": "PHAKT — Centre culturel Colombier",
        "address": "5 place des Colombes",
        "commune": "Rennes",
        "neighbourhood": "Centre",
        "lat": 48.1046,
        "lon": -1.6812,
    },
    {
        "key": "keep-cool",
        "name": "Keep Cool Rennes Colombier",
        "address": "Dalle du Colombier",
        "commune": "Rennes",
        "neighbourhood": "Centre",
        "lat": 48.1050,
        "lon": -1.6822,
    },
    {
        "key": "ouescrime",
        "name": "Salle d'entraînement de Ouescrime",
        "address": "",
        "commune": "Rennes",
        "neighbourhood": None,
        "lat": None,
        "lon": None,
    },
    {
        "key": "bellangerais",
        "name": "Stade de la Bellangerais",
        "address": "",
        "commune": "Rennes",
        "neighbourhood": "Maurepas–Patton",
        "lat": 48.1340,
        "lon": -1.6560,
    },
    {
        "key": "champs-libres",
        "name": "Les Champs Libres",
        "address": "10 cours des Alliés",
        "commune": "Rennes",
        "neighbourhood": "Centre",
        "lat": 48.1057,
        "lon": -1.6745,
    },
    {
        "key": "mba",
        "name": "Musée des Beaux-Arts",
        "address": "20 quai Émile Zola",
        "commune": "Rennes",
        "neighbourhood": "Centre",
        "lat": 48.1097,
        "lon": -1.6745,
    },
    {
        "key": "cercle-paul-bert",
        "name": "Cercle Paul Bert — rue de Paris",
        "address": "30 bis rue de Paris",
        "commune": "Rennes",
        "neighbourhood": "Thabor–Saint-Hélier–Alphonse Guérin",
        "lat": 48.1136,
        "lon": -1.6664,
    },
    {
        "key": "piscine-brequigny",
        "name": "Piscine de Bréquigny",
        "address": "Boulevard Albert 1er",
        "commune": "Rennes",
        "neighbourhood": "Bréquigny",
        "lat": 48.0893,
        "lon": -1.6840,
    },
    {
        "key": "longs-champs",
        "name": "Étang des Longs-Champs",
        "address": "Parc des Longs-Champs",
        "commune": "Rennes",
        "neighbourhood": "Jeanne d'Arc–Longs Champs–Atalante Beaulieu",
        "lat": 48.1228,
        "lon": -1.6300,
    },
    {
        "key": "mq-villejean",
        "name": "Maison de quartier de Villejean",
        "address": "2 rue de Bourgogne",
        "commune": "Rennes",
        "neighbourhood": "Villejean–Beauregard",
        "lat": 48.1213,
        "lon": -1.7050,
    },
    {
        "key": "maison-de-suede",
        "name": "MJC Maison de Suède — square de Göteborg",
        "address": "Square de Göteborg",
        "commune": "Rennes",
        "neighbourhood": "Le Blosne",
        "lat": 48.0850,
        "lon": -1.6600,
    },
    {
        "key": "grand-logis",
        "name": "Le Grand Logis",
        "address": "10 avenue du Général de Gaulle",
        "commune": "Bruz",
        "neighbourhood": None,
        "lat": 48.0243,
        "lon": -1.7455,
    },
    {
        "key": "mediatheque-pace",
        "name": "Médiathèque de Pacé",
        "address": "",
        "commune": "Pacé",
        "neighbourhood": None,
        "lat": 48.1483,
        "lon": -1.7733,
    },
    {
        "key": "piscine-chartres",
        "name": "Piscine de Chartres-de-Bretagne",
        "address": "",
        "commune": "Chartres-de-Bretagne",
        "neighbourhood": None,
        "lat": 48.0412,
        "lon": -1.7020,
    },
    {
        "key": "mediatheque-geveze",
        "name": "Médiathèque de Gévezé",
        "address": "",
        "commune": "Gévezé",
        "neighbourhood": None,
        "lat": 48.2197,
        "lon": -1.7892,
    },
]

# Activities.
#   slug           unique, ASCII
#   title, summary, description, price_notes
#                  translatable dicts (price_notes may be {}); description paragraphs are separated by "\n\n"
#   structure, place
#                  keys from STRUCTURES and PLACES; categories: slugs from CATEGORIES
#   kind           "one_off" (with "dates") or "regular" (with "weekly")
#   full_price, sortir_price
#                  euros as strings; full_price None when there is no public price (free for everyone)
#   accessibility  subset of "wheelchair", "hearing", "visual", "mental"
#   status         "scheduled", "cancelled", "postponed" or "full"
#   dates          [day offset from today, "HH:MM" (Europe/Paris), duration in minutes]
#   weekly         weekday (0 = Monday), time, duration, from_offset (first week, days from today), weeks
ACTIVITIES = [
    {
        "slug": "hamlet-au-tnb",
        "title": {"fr": "Hamlet, de Shakespeare", "en": "Hamlet, by Shakespeare", "ar": "هاملت، لشكسبير"},
        "summary": {
            "fr": "Le chef-d'œuvre de Shakespeare dans une mise en scène d'aujourd'hui, huit soirs de "
            "suite dans la grande salle du TNB.",
            "en": "Shakespeare's masterpiece in a contemporary production, eight evenings in a row in the "
            "TNB's main hall.",
            "ar": "رائعة شكسبير في إخراج معاصر، ثماني أمسيات متتالية في القاعة الكبرى لمسرح TNB.",
        },
        "description": {
            "fr": "Un prince en deuil, un royaume inquiet, un spectre qui réclame vengeance : Hamlet "
            "reste l'une des pièces les plus jouées au monde. Cette mise en scène fait entendre la langue "
            "de Shakespeare dans une traduction claire, accessible à celles et ceux qui découvrent le "
            "théâtre.\n\n"
            "Le spectacle dure environ trois heures, entracte compris. La salle est équipée d'une boucle "
            "magnétique pour les personnes malentendantes.\n\n"
            "Les billets au tarif Sortir ! s'achètent en ligne sur le site du TNB ou à la billetterie, "
            "sur présentation de la carte.",
            "en": "A prince in mourning, an anxious kingdom, a ghost demanding revenge: Hamlet remains "
            "one of the most performed plays in the world. This production brings out Shakespeare's "
            "language in a clear translation, accessible to people who are discovering the theatre.\n\n"
            "The show lasts about three hours, including an interval. The hall is fitted with a hearing "
            "loop for people with hearing impairments.\n\n"
            "Tickets at the Sortir ! price can be bought online on the TNB website or at the box office, "
            "on presentation of the card.",
            "ar": "أميرٌ في حداد، ومملكةٌ قلقة، وشبحٌ يطالب بالثأر: لا تزال «هاملت» من أكثر المسرحيات "
            "عرضًا في العالم. يُسمِع هذا الإخراج لغةَ شكسبير في ترجمة واضحة، في متناول من يكتشفون المسرح "
            "لأول مرة.\n\n"
            "يستغرق العرض نحو ثلاث ساعات، بما في ذلك الاستراحة. والقاعة مجهّزة بحلقة سمعية مغناطيسية "
            "لضعاف السمع.\n\n"
            "تُشترى التذاكر بسعر Sortir !\u200e عبر الإنترنت على موقع TNB أو من شباك التذاكر، مع تقديم "
            "البطاقة.",
        },
        "structure": "tnb",
        "place": "tnb",
        "categories": ["spectacle"],
        "kind": "one_off",
        "full_price": "25.00",
        "sortir_price": "5.00",
        "price_notes": {
            "fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte.",
            "en": "Sortir ! price online or at the box office, on presentation of the card.",
            "ar": "سعر Sortir !\u200e عبر الإنترنت أو في شباك التذاكر، مع تقديم البطاقة.",
        },
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": True,
        "accessibility": ["wheelchair", "hearing"],
        "eticket": True,
        "booking_url": "https://www.t-n-b.fr",
        "status": "scheduled",
        "dates": [
            [0, "20:00", 180],
            [1, "20:00", 180],
            [2, "20:00", 180],
            [3, "20:00", 180],
            [4, "20:00", 180],
            [5, "20:00", 180],
            [6, "20:00", 180],
            [7, "20:00", 180],
        ],
    },
    {
        "slug": "film-de-la-semaine-au-cinema-du-tnb",
        "title": {"fr": "Le film de la semaine au cinéma du TNB"},
        "summary": {
            "fr": "Chaque soir, une séance du film choisi par l'équipe du cinéma du TNB, en version "
            "originale sous-titrée.",
        },
        "description": {
            "fr": "Le cinéma du TNB programme des films d'auteur du monde entier. Cette semaine, un film "
            "récent est projeté chaque soir en version originale sous-titrée en français.\n\n"
            "La séance est suivie, certains soirs, d'un échange avec l'équipe du cinéma. Le titre du film "
            "et sa durée exacte sont indiqués sur le site du TNB.",
        },
        "structure": "tnb",
        "place": "tnb-cinema",
        "categories": ["cinema"],
        "kind": "one_off",
        "full_price": "7.50",
        "sortir_price": "2.00",
        "price_notes": {"fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte."},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": True,
        "booking_url": "https://www.t-n-b.fr",
        "status": "scheduled",
        "dates": [
            [0, "20:30", 110],
            [1, "20:30", 110],
            [2, "20:30", 110],
            [3, "20:30", 110],
            [4, "20:30", 110],
            [5, "20:30", 110],
            [6, "20:30", 110],
            [7, "20:30", 110],
        ],
    },
    {
        "slug": "seance-jeune-public-au-cinema-du-tnb",
        "title": {"fr": "Séance jeune public du mercredi au cinéma du TNB"},
        "summary": {
            "fr": "Tous les mercredis après-midi, un film d'animation ou un film pour enfants, à voir en "
            "famille.",
        },
        "description": {
            "fr": "Le mercredi, le cinéma du TNB réserve une séance aux plus jeunes : films d'animation, "
            "contes, classiques du cinéma pour enfants, en version française.\n\n"
            "Les films sont choisis pour des enfants à partir de 6 ans. Les adultes qui les accompagnent "
            "bénéficient aussi du tarif Sortir ! s'ils ont la carte.",
        },
        "structure": "tnb",
        "place": "tnb-cinema",
        "categories": ["cinema", "jeune-public"],
        "kind": "regular",
        "full_price": "5.00",
        "sortir_price": "1.00",
        "price_notes": {"fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte."},
        "age_min": 6,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair", "hearing"],
        "eticket": True,
        "booking_url": "https://www.t-n-b.fr",
        "status": "scheduled",
        "weekly": {"weekday": 2, "time": "14:30", "duration": 80, "from_offset": -14, "weeks": 20},
    },
    {
        "slug": "theatre-d-objets-au-tnb",
        "title": {"fr": "Théâtre d'objets pour les enfants au TNB"},
        "summary": {
            "fr": "Des objets du quotidien deviennent personnages : un spectacle court et poétique pour "
            "les 8–12 ans et leurs parents.",
        },
        "description": {
            "fr": "Une table, quelques boîtes, des ustensiles de cuisine : sous les mains des comédiens, "
            "ces objets prennent vie et racontent une histoire d'amitié et de voyage.\n\n"
            "Le spectacle dure une heure. Il est conseillé à partir de 8 ans ; une rencontre avec "
            "l'équipe est proposée à la fin de la représentation.",
        },
        "structure": "tnb",
        "place": "tnb",
        "categories": ["spectacle", "jeune-public"],
        "kind": "one_off",
        "full_price": "12.00",
        "sortir_price": "3.00",
        "price_notes": {"fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte."},
        "age_min": 8,
        "age_max": 12,
        "families": True,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": True,
        "booking_url": "https://www.t-n-b.fr",
        "status": "scheduled",
        "dates": [[19, "15:00", 60], [22, "15:00", 60]],
    },
    {
        "slug": "danse-hip-hop-au-triangle",
        "title": {
            "fr": "Soirée danse hip-hop au Triangle",
            "en": "Hip-hop dance evening at Le Triangle",
            "ar": "أمسية رقص الهيب هوب في Le Triangle",
        },
        "summary": {
            "fr": "Six danseuses et danseurs mêlent hip-hop, danse contemporaine et musique live sur la "
            "scène de la cité de la danse.",
            "en": "Six dancers mix hip-hop, contemporary dance and live music on the stage of the city's "
            "dance centre.",
            "ar": "ستة راقصين وراقصات يمزجون الهيب هوب بالرقص المعاصر والموسيقى الحية على خشبة مركز الرقص.",
        },
        "description": {
            "fr": "Au Triangle, la danse se regarde et se partage. Cette pièce pour six interprètes part "
            "des danses de rue pour construire un spectacle plein d'énergie, porté par un musicien sur "
            "scène.\n\n"
            "Le spectacle dure 1 h 15. La salle est accessible en fauteuil roulant et équipée d'une "
            "boucle magnétique.",
            "en": "At Le Triangle, dance is something to watch and to share. This piece for six "
            "performers starts from street dance to build a high-energy show, carried by a musician on "
            "stage.\n\n"
            "The show lasts 1 hour 15 minutes. The hall is wheelchair accessible and fitted with a "
            "hearing loop.",
            "ar": "في Le Triangle، الرقص فنّ يُشاهَد ويُتقاسَم. ينطلق هذا العمل لستة مؤدّين من رقصات "
            "الشارع ليبني عرضًا مفعمًا بالطاقة، يرافقه عازف على الخشبة.\n\n"
            "يستغرق العرض ساعة وربع الساعة. القاعة مهيّأة للكراسي المتحركة ومجهّزة بحلقة سمعية مغناطيسية.",
        },
        "structure": "triangle",
        "place": "triangle",
        "categories": ["spectacle"],
        "kind": "one_off",
        "full_price": "18.00",
        "sortir_price": "4.00",
        "price_notes": {
            "fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte.",
            "en": "Sortir ! price online or at the box office, on presentation of the card.",
            "ar": "سعر Sortir !\u200e عبر الإنترنت أو في شباك التذاكر، مع تقديم البطاقة.",
        },
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": True,
        "accessibility": ["wheelchair", "hearing"],
        "eticket": True,
        "booking_url": "https://www.letriangle.org",
        "status": "scheduled",
        "dates": [[10, "20:00", 75], [11, "20:00", 75]],
    },
    {
        "slug": "petit-bal-en-famille-au-triangle",
        "title": {"fr": "Petit bal en famille au Triangle"},
        "summary": {
            "fr": "Un dimanche après-midi pour danser ensemble, petits et grands, guidés par des danseurs "
            "professionnels.",
        },
        "description": {
            "fr": "Pas besoin de savoir danser : les artistes montrent quelques pas simples, la musique "
            "fait le reste. Le bal se termine par un goûter partagé dans le hall.\n\n"
            "Ouvert aux enfants dès 3 ans, accompagnés d'un adulte. Les personnes en situation de "
            "handicap mental sont les bienvenues : l'équipe du Triangle peut vous accueillir et vous "
            "guider.",
        },
        "structure": "triangle",
        "place": "triangle",
        "categories": ["jeune-public", "loisirs"],
        "kind": "one_off",
        "full_price": "6.00",
        "sortir_price": "2.00",
        "price_notes": {"fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte."},
        "age_min": 3,
        "age_max": None,
        "families": True,
        "students": False,
        "accessibility": ["wheelchair", "mental"],
        "eticket": True,
        "booking_url": "https://www.letriangle.org",
        "status": "scheduled",
        "dates": [[12, "16:00", 90]],
    },
    {
        "slug": "les-noces-de-figaro-a-l-opera",
        "title": {
            "fr": "Les Noces de Figaro à l'Opéra de Rennes",
            "en": "The Marriage of Figaro at the Opéra de Rennes",
            "ar": "«زواج فيغارو» في أوبرا رين",
        },
        "summary": {
            "fr": "L'opéra de Mozart, plein de rebondissements et d'humour, chanté en italien et surtitré "
            "en français.",
            "en": "Mozart's opera, full of twists and humour, sung in Italian with French surtitles.",
            "ar": "أوبرا موتسارت المليئة بالمفاجآت والفكاهة، تُغنّى بالإيطالية مع ترجمة فرنسية معروضة فوق "
            "الخشبة.",
        },
        "description": {
            "fr": "Figaro et Suzanne veulent se marier, mais le comte a d'autres projets. Pendant une "
            "folle journée, ruses, quiproquos et déguisements se succèdent jusqu'au pardon final.\n\n"
            "La représentation dure environ 3 h 20 avec entracte. Une audiodescription est proposée lors "
            "d'une représentation pour les personnes aveugles ou malvoyantes ; renseignez-vous auprès de "
            "l'Opéra.\n\n"
            "Les places au tarif Sortir ! sont en vente en ligne et à la billetterie de l'Opéra, place de "
            "la Mairie.",
            "en": "Figaro and Susanna want to marry, but the Count has other plans. During one mad day, "
            "tricks, misunderstandings and disguises follow one another until the final forgiveness.\n\n"
            "The performance lasts about 3 hours 20 minutes with an interval. Audio description is "
            "offered at one performance for blind or partially sighted people; ask the Opéra for "
            "details.\n\n"
            "Seats at the Sortir ! price are on sale online and at the Opéra box office, place de la "
            "Mairie.",
            "ar": "يريد فيغارو وسوزانا أن يتزوّجا، لكن للكونت خططًا أخرى. وخلال يوم مجنون تتوالى الحيل "
            "وسوء الفهم والتنكّر حتى الصفح في النهاية.\n\n"
            "يستغرق العرض نحو ثلاث ساعات وعشرين دقيقة مع استراحة. ويُقدَّم وصف صوتي في أحد العروض "
            "للمكفوفين وضعاف البصر؛ استفسر لدى الأوبرا.\n\n"
            "تُباع المقاعد بسعر Sortir !\u200e عبر الإنترنت وفي شباك تذاكر الأوبرا في ساحة البلدية (place "
            "de la Mairie).",
        },
        "structure": "opera",
        "place": "opera",
        "categories": ["spectacle", "concert"],
        "kind": "one_off",
        "full_price": "45.00",
        "sortir_price": "6.00",
        "price_notes": {
            "fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte.",
            "en": "Sortir ! price online or at the box office, on presentation of the card.",
            "ar": "سعر Sortir !\u200e عبر الإنترنت أو في شباك التذاكر، مع تقديم البطاقة.",
        },
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair", "hearing", "visual"],
        "eticket": True,
        "booking_url": "https://opera-rennes.fr",
        "status": "scheduled",
        "dates": [[25, "20:00", 200], [27, "20:00", 200], [29, "16:00", 200]],
    },
    {
        "slug": "concert-du-midi-a-l-opera",
        "title": {"fr": "Concert du midi à l'Opéra"},
        "summary": {
            "fr": "Trois quarts d'heure de musique de chambre à l'heure du déjeuner, dans le foyer de "
            "l'Opéra.",
        },
        "description": {
            "fr": "Le temps d'une pause, des musiciens jouent un programme court de musique de chambre : "
            "quatuor, piano ou voix. Une belle manière de découvrir l'Opéra sans engager toute une "
            "soirée.\n\n"
            "Le concert commence à 12 h 30 précises et dure 45 minutes.",
        },
        "structure": "opera",
        "place": "opera",
        "categories": ["concert"],
        "kind": "one_off",
        "full_price": "8.00",
        "sortir_price": "3.00",
        "price_notes": {"fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte."},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": True,
        "booking_url": "https://opera-rennes.fr",
        "status": "scheduled",
        "dates": [[6, "12:30", 45], [13, "12:30", 45]],
    },
    {
        "slug": "conte-musical-a-l-opera",
        "title": {"fr": "Conte musical à l'Opéra pour les enfants"},
        "summary": {
            "fr": "Un conteur et un petit ensemble instrumental racontent une histoire en musique, pour "
            "les enfants dès 6 ans. Représentation reportée.",
        },
        "description": {
            "fr": "Les instruments deviennent des personnages et la musique fait avancer le récit : une "
            "première découverte de l'Opéra, à hauteur d'enfant.\n\n"
            "La représentation est reportée à une date qui sera annoncée prochainement. Les billets déjà "
            "achetés restent valables pour la nouvelle date.",
        },
        "structure": "opera",
        "place": "opera",
        "categories": ["jeune-public", "concert"],
        "kind": "one_off",
        "full_price": "10.00",
        "sortir_price": "3.00",
        "price_notes": {"fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte."},
        "age_min": 6,
        "age_max": None,
        "families": True,
        "students": False,
        "accessibility": ["wheelchair", "hearing"],
        "eticket": True,
        "booking_url": "https://opera-rennes.fr",
        "status": "postponed",
        "dates": [[40, "15:00", 60]],
    },
    {
        "slug": "visite-des-coulisses-de-l-opera",
        "title": {"fr": "Visite des coulisses de l'Opéra de Rennes"},
        "summary": {
            "fr": "Découvrez la salle à l'italienne, la scène et les coulisses du théâtre construit au "
            "XIXe siècle sur la place de la Mairie.",
        },
        "description": {
            "fr": "Un guide vous emmène de la salle aux loges d'artistes en passant par la scène, pour "
            "comprendre comment se prépare un spectacle.\n\n"
            "La visite comporte de nombreux escaliers et ne peut pas accueillir les personnes en fauteuil "
            "roulant. Le nombre de places est limité : cette visite est complète.",
        },
        "structure": "opera",
        "place": "opera",
        "categories": ["patrimoine-visite"],
        "kind": "one_off",
        "full_price": "6.00",
        "sortir_price": "1.00",
        "price_notes": {"fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte."},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": [],
        "eticket": True,
        "booking_url": "https://opera-rennes.fr",
        "status": "full",
        "dates": [[28, "11:00", 75]],
    },
    {
        "slug": "concert-symphonique-du-dimanche",
        "title": {
            "fr": "Concert symphonique du dimanche",
            "en": "Sunday symphony concert",
            "ar": "الحفل السمفوني ليوم الأحد",
        },
        "summary": {
            "fr": "L'Orchestre National de Bretagne joue un grand programme symphonique dans l'auditorium "
            "du Couvent des Jacobins.",
            "en": "The Orchestre National de Bretagne plays a major symphonic programme in the auditorium "
            "of the Couvent des Jacobins.",
            "ar": "تعزف الأوركسترا الوطنية لبريتاني (Orchestre National de Bretagne) برنامجًا سمفونيًا "
            "كبيرًا في قاعة دير اليعاقبة (Couvent des Jacobins).",
        },
        "description": {
            "fr": "Un après-midi de musique classique, avec une ouverture, un concerto et une symphonie "
            "du répertoire. Le chef présente les œuvres en quelques mots avant de commencer.\n\n"
            "Le concert dure environ deux heures avec entracte. L'auditorium est accessible en fauteuil "
            "roulant.",
            "en": "An afternoon of classical music, with an overture, a concerto and a symphony from the "
            "repertoire. The conductor introduces the works in a few words before starting.\n\n"
            "The concert lasts about two hours with an interval. The auditorium is wheelchair accessible.",
            "ar": "ظهيرة من الموسيقى الكلاسيكية، تضم افتتاحية وكونشرتو وسمفونية من الريبرتوار. ويقدّم "
            "قائد الأوركسترا الأعمال ببضع كلمات قبل البدء.\n\n"
            "يستغرق الحفل نحو ساعتين مع استراحة. والقاعة مهيّأة للكراسي المتحركة.",
        },
        "structure": "onb",
        "place": "couvent-jacobins",
        "categories": ["concert"],
        "kind": "one_off",
        "full_price": "32.00",
        "sortir_price": "5.00",
        "price_notes": {
            "fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte.",
            "en": "Sortir ! price online or at the box office, on presentation of the card.",
            "ar": "سعر Sortir !\u200e عبر الإنترنت أو في شباك التذاكر، مع تقديم البطاقة.",
        },
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair", "hearing"],
        "eticket": True,
        "booking_url": "https://orchestrenationaldebretagne.bzh",
        "status": "scheduled",
        "dates": [[17, "16:00", 120]],
    },
    {
        "slug": "concert-decouverte-en-famille-onb",
        "title": {"fr": "Concert-découverte en famille avec l'Orchestre National de Bretagne"},
        "summary": {
            "fr": "Une heure pour découvrir les instruments de l'orchestre, avec des explications simples "
            "et de courts extraits.",
        },
        "description": {
            "fr": "Cordes, bois, cuivres, percussions : les musiciens présentent leurs instruments puis "
            "jouent ensemble des extraits choisis pour les enfants.\n\n"
            "Conseillé à partir de 6 ans. Le concert dure une heure, sans entracte.",
        },
        "structure": "onb",
        "place": "couvent-jacobins",
        "categories": ["concert", "jeune-public"],
        "kind": "one_off",
        "full_price": "10.00",
        "sortir_price": "2.00",
        "price_notes": {"fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte."},
        "age_min": 6,
        "age_max": None,
        "families": True,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": True,
        "booking_url": "https://orchestrenationaldebretagne.bzh",
        "status": "scheduled",
        "dates": [[33, "11:00", 60]],
    },
    {
        "slug": "concert-de-quartier-a-villejean",
        "title": {"fr": "Concert de quartier à Villejean"},
        "summary": {
            "fr": "Des musiciens de l'Orchestre National de Bretagne jouent à la maison de quartier de "
            "Villejean. Entrée libre.",
        },
        "description": {
            "fr": "L'orchestre sort de ses salles habituelles pour venir à la rencontre des habitants. Au "
            "programme, un concert de musique de chambre d'une heure, suivi d'un temps d'échange avec les "
            "musiciens.\n\n"
            "L'entrée est libre, dans la limite des places disponibles.",
        },
        "structure": "onb",
        "place": "mq-villejean",
        "categories": ["concert"],
        "kind": "one_off",
        "full_price": None,
        "sortir_price": "0.00",
        "price_notes": {"fr": "Entrée libre et gratuite pour tous, dans la limite des places disponibles."},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [[23, "18:30", 60]],
    },
    {
        "slug": "concert-de-rentree-onb",
        "title": {"fr": "Concert de rentrée de l'Orchestre National de Bretagne"},
        "summary": {"fr": "Le concert d'ouverture de saison de l'orchestre, au Couvent des Jacobins."},
        "description": {
            "fr": "Pour ouvrir sa saison, l'orchestre a proposé un programme festif mêlant grandes pages "
            "symphoniques et musiques de film.\n\n"
            "Ce concert a eu lieu. Retrouvez les prochains concerts de l'orchestre dans l'agenda.",
        },
        "structure": "onb",
        "place": "couvent-jacobins",
        "categories": ["concert"],
        "kind": "one_off",
        "full_price": "28.00",
        "sortir_price": "5.00",
        "price_notes": {"fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte."},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair", "hearing"],
        "eticket": True,
        "booking_url": "https://orchestrenationaldebretagne.bzh",
        "status": "scheduled",
        "dates": [[-20, "20:00", 120]],
    },
    {
        "slug": "visite-guidee-du-parlement-de-bretagne",
        "title": {
            "fr": "Visite guidée du Parlement de Bretagne",
            "en": "Guided tour of the Parlement de Bretagne",
            "ar": "زيارة مصحوبة بمرشد إلى برلمان بريتاني",
        },
        "summary": {
            "fr": "Plafonds peints, boiseries dorées et salles d'audience : découvrez l'un des monuments "
            "les plus célèbres de Rennes avec un guide.",
            "en": "Painted ceilings, gilded panelling and courtrooms: discover one of Rennes' most famous "
            "monuments with a guide.",
            "ar": "أسقف مرسومة وأخشاب مذهّبة وقاعات محاكمة: اكتشف أحد أشهر معالم رين برفقة مرشد.",
        },
        "description": {
            "fr": "Ancien siège du parlement de la province de Bretagne, le bâtiment accueille "
            "aujourd'hui la cour d'appel. Le guide raconte son histoire, de sa construction au XVIIe "
            "siècle à l'incendie de 1994 et à sa restauration.\n\n"
            "La visite dure 1 h 30. Une pièce d'identité est demandée à l'entrée. Les billets au tarif "
            "Sortir ! sont en vente auprès de Destination Rennes, en ligne ou à l'office de tourisme.",
            "en": "Formerly the seat of the parliament of the province of Brittany, the building now "
            "houses the court of appeal. The guide tells its story, from its construction in the 17th "
            "century to the 1994 fire and its restoration.\n\n"
            "The tour lasts 1 hour 30 minutes. An identity document is requested at the entrance. Tickets "
            "at the Sortir ! price are sold by Destination Rennes, online or at the tourist office.",
            "ar": "كان المبنى مقرًّا لبرلمان إقليم بريتاني، وهو يضمّ اليوم محكمة الاستئناف. يروي المرشد "
            "تاريخه، من تشييده في القرن السابع عشر إلى حريق عام 1994 ثم ترميمه.\n\n"
            "تستغرق الزيارة ساعة ونصف الساعة. ويُطلب تقديم وثيقة هوية عند الدخول. تُباع التذاكر بسعر "
            "Sortir !\u200e لدى Destination Rennes، عبر الإنترنت أو في مكتب السياحة.",
        },
        "structure": "destination-rennes",
        "place": "parlement",
        "categories": ["patrimoine-visite"],
        "kind": "one_off",
        "full_price": "9.00",
        "sortir_price": "2.00",
        "price_notes": {
            "fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte.",
            "en": "Sortir ! price online or at the box office, on presentation of the card.",
            "ar": "سعر Sortir !\u200e عبر الإنترنت أو في شباك التذاكر، مع تقديم البطاقة.",
        },
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": True,
        "booking_url": "https://www.tourisme-rennes.com",
        "status": "scheduled",
        "dates": [[2, "14:30", 90], [9, "14:30", 90], [16, "14:30", 90], [23, "14:30", 90]],
    },
    {
        "slug": "balade-rennes-medievale",
        "title": {
            "fr": "Balade guidée « Rennes médiévale »",
            "en": "Guided walk: medieval Rennes",
            "ar": "جولة مصحوبة بمرشد: رين في العصور الوسطى",
        },
        "summary": {
            "fr": "Maisons à pans de bois, remparts et petites rues du centre ancien : une promenade "
            "d'une heure et demie en fin de journée.",
            "en": "Half-timbered houses, ramparts and the narrow streets of the old town: a 90-minute "
            "walk at the end of the day.",
            "ar": "بيوت ذات هياكل خشبية وأسوار وأزقّة المدينة القديمة: نزهة مدتها ساعة ونصف في آخر النهار.",
        },
        "description": {
            "fr": "Au départ de l'office de tourisme, le guide vous conduit des portes Mordelaises à la "
            "place du Champ-Jacquet, en racontant la vie de la ville au Moyen Âge.\n\n"
            "Le parcours emprunte des rues pavées et quelques marches : il n'est pas adapté aux fauteuils "
            "roulants. Prévoyez de bonnes chaussures.",
            "en": "Starting from the tourist office, the guide takes you from the Portes Mordelaises to "
            "the place du Champ-Jacquet, telling the story of life in the city in the Middle Ages.\n\n"
            "The route follows cobbled streets and a few steps: it is not suitable for wheelchairs. Wear "
            "comfortable shoes.",
            "ar": "انطلاقًا من مكتب السياحة، يقودك المرشد من بوابات موردوليز (Portes Mordelaises) إلى "
            "ساحة شان جاكيه (place du Champ-Jacquet)، راويًا حياة المدينة في العصور الوسطى.\n\n"
            "يمرّ المسار بشوارع مرصوفة بالحجارة وببعض الدرجات، فهو غير ملائم للكراسي المتحركة. يُنصح "
            "بارتداء حذاء مريح.",
        },
        "structure": "destination-rennes",
        "place": "office-tourisme",
        "categories": ["patrimoine-visite"],
        "kind": "one_off",
        "full_price": "10.00",
        "sortir_price": "2.00",
        "price_notes": {
            "fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte.",
            "en": "Sortir ! price online or at the box office, on presentation of the card.",
            "ar": "سعر Sortir !\u200e عبر الإنترنت أو في شباك التذاكر، مع تقديم البطاقة.",
        },
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": [],
        "eticket": True,
        "booking_url": "https://www.tourisme-rennes.com",
        "status": "scheduled",
        "dates": [
            [0, "17:30", 90],
            [1, "17:30", 90],
            [2, "17:30", 90],
            [3, "17:30", 90],
            [4, "17:30", 90],
            [5, "17:30", 90],
            [6, "17:30", 90],
            [7, "17:30", 90],
        ],
    },
    {
        "slug": "balade-nature-aux-prairies-saint-martin",
        "title": {"fr": "Balade nature en famille aux Prairies Saint-Martin"},
        "summary": {
            "fr": "Une promenade commentée dans le grand parc naturel du nord de Rennes, pour observer "
            "oiseaux et plantes des bords de l'eau.",
        },
        "description": {
            "fr": "Entre le canal et l'Ille, les Prairies Saint-Martin sont un espace de nature en pleine "
            "ville. Une guide vous aide à reconnaître les arbres, les plantes et les oiseaux du parc.\n\n"
            "Balade gratuite, sur réservation, conseillée à partir de 6 ans. Les chemins sont plats et "
            "praticables en fauteuil roulant par temps sec.",
        },
        "structure": "destination-rennes",
        "place": "prairies-saint-martin",
        "categories": ["patrimoine-visite", "loisirs"],
        "kind": "one_off",
        "full_price": None,
        "sortir_price": "0.00",
        "price_notes": {"fr": "Gratuit sur réservation, places limitées."},
        "age_min": 6,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [[9, "10:00", 120]],
    },
    {
        "slug": "visite-du-couvent-des-jacobins",
        "title": {"fr": "Visite du Couvent des Jacobins"},
        "summary": {
            "fr": "L'histoire d'un couvent du XIVe siècle devenu centre des congrès de Rennes Métropole.",
        },
        "description": {
            "fr": "Le guide a présenté l'histoire du couvent, ses transformations successives et sa "
            "restauration récente.\n\n"
            "Ces visites ont eu lieu. D'autres visites guidées sont proposées tout au long de l'année par "
            "Destination Rennes.",
        },
        "structure": "destination-rennes",
        "place": "couvent-jacobins",
        "categories": ["patrimoine-visite"],
        "kind": "one_off",
        "full_price": "8.00",
        "sortir_price": "2.00",
        "price_notes": {"fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte."},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": True,
        "booking_url": "https://www.tourisme-rennes.com",
        "status": "scheduled",
        "dates": [[-35, "15:00", 75], [-28, "15:00", 75]],
    },
    {
        "slug": "un-air-d-ete-au-cinema-arvor",
        "title": {
            "fr": "Un air d'été : cycle de comédies au cinéma Arvor",
            "en": "A touch of summer: comedy season at the Arvor cinema",
            "ar": "نسمة صيف: دورة أفلام كوميدية في سينما Arvor",
        },
        "summary": {
            "fr": "Une semaine de comédies lumineuses, une par soir, en version originale sous-titrée.",
            "en": "A week of sunny comedies, one each evening, in the original language with French "
            "subtitles.",
            "ar": "أسبوع من الأفلام الكوميدية المشرقة، فيلم كل مساء، بلغته الأصلية مع ترجمة فرنسية.",
        },
        "description": {
            "fr": "Vacances, rencontres et quiproquos : le cinéma Arvor propose chaque soir une comédie "
            "venue d'Europe ou d'ailleurs, pour prendre un peu de soleil quelle que soit la saison.\n\n"
            "Le programme détaillé est affiché au cinéma et sur son site. Les billets au tarif Sortir ! "
            "s'achètent en ligne ou à la caisse.",
            "en": "Holidays, encounters and mix-ups: every evening the Arvor cinema shows a comedy from "
            "Europe or further afield, for a little sunshine whatever the season.\n\n"
            "The detailed programme is displayed at the cinema and on its website. Tickets at the Sortir "
            "! price can be bought online or at the ticket desk.",
            "ar": "عطلات ولقاءات ومواقف ملتبسة: تعرض سينما Arvor كل مساء فيلمًا كوميديًا من أوروبا أو من "
            "بلدان أخرى، لشيء من الشمس أيًّا كان الفصل.\n\n"
            "البرنامج المفصّل معلّق في السينما ومنشور على موقعها. تُشترى التذاكر بسعر Sortir !\u200e عبر "
            "الإنترنت أو من الشباك.",
        },
        "structure": "arvor",
        "place": "arvor",
        "categories": ["cinema"],
        "kind": "one_off",
        "full_price": "7.50",
        "sortir_price": "3.00",
        "price_notes": {
            "fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte.",
            "en": "Sortir ! price online or at the box office, on presentation of the card.",
            "ar": "سعر Sortir !\u200e عبر الإنترنت أو في شباك التذاكر، مع تقديم البطاقة.",
        },
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": True,
        "accessibility": ["wheelchair", "hearing"],
        "eticket": True,
        "booking_url": "https://www.cinema-arvor.fr",
        "status": "scheduled",
        "dates": [
            [0, "18:00", 105],
            [1, "18:00", 105],
            [2, "18:00", 105],
            [3, "18:00", 105],
            [4, "18:00", 105],
            [5, "18:00", 105],
            [6, "18:00", 105],
            [7, "18:00", 105],
        ],
    },
    {
        "slug": "cine-gouter-a-l-arvor",
        "title": {
            "fr": "Ciné-goûter à l'Arvor",
            "en": "Film and snack at the Arvor",
            "ar": "سينما ووجبة خفيفة في Arvor",
        },
        "summary": {
            "fr": "Un court programme de films d'animation pour les tout-petits, suivi d'un goûter.",
            "en": "A short programme of animated films for toddlers, followed by an afternoon snack.",
            "ar": "برنامج قصير من أفلام الرسوم المتحركة للصغار جدًّا، يليه وجبة خفيفة.",
        },
        "description": {
            "fr": "Pour une première fois au cinéma, l'Arvor propose des films courts, doux et sans "
            "paroles, adaptés aux enfants dès 3 ans. La lumière reste tamisée et le son modéré.\n\n"
            "Après la séance, un goûter est offert aux enfants dans le hall.",
            "en": "For a first time at the cinema, the Arvor shows short, gentle films without dialogue, "
            "suitable for children from 3 years old. The lights stay dimmed and the sound is kept low.\n\n"
            "After the screening, children are offered a snack in the hall.",
            "ar": "لتكون أول زيارة إلى السينما، تعرض Arvor أفلامًا قصيرة وهادئة بلا حوار، تناسب الأطفال "
            "من سن الثالثة. تبقى الإضاءة خافتة والصوت معتدلًا.\n\n"
            "بعد العرض، تُقدَّم للأطفال وجبة خفيفة في البهو.",
        },
        "structure": "arvor",
        "place": "arvor",
        "categories": ["cinema", "jeune-public"],
        "kind": "one_off",
        "full_price": "5.00",
        "sortir_price": "2.00",
        "price_notes": {
            "fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte.",
            "en": "Sortir ! price online or at the box office, on presentation of the card.",
            "ar": "سعر Sortir !\u200e عبر الإنترنت أو في شباك التذاكر، مع تقديم البطاقة.",
        },
        "age_min": 3,
        "age_max": None,
        "families": True,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": True,
        "booking_url": "https://www.cinema-arvor.fr",
        "status": "scheduled",
        "dates": [[4, "14:30", 75], [11, "14:30", 75]],
    },
    {
        "slug": "cine-debat-a-l-arvor",
        "title": {"fr": "Ciné-débat à l'Arvor"},
        "summary": {"fr": "Un documentaire suivi d'une discussion avec une association rennaise."},
        "description": {
            "fr": "Le cinéma Arvor projette un documentaire sur la vie dans les quartiers, puis laisse la "
            "parole au public et à une association locale pour un échange d'une heure.\n\n"
            "La séance dure 2 h 30 au total, débat compris.",
        },
        "structure": "arvor",
        "place": "arvor",
        "categories": ["cinema"],
        "kind": "one_off",
        "full_price": "7.50",
        "sortir_price": "3.00",
        "price_notes": {"fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte."},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair", "hearing"],
        "eticket": True,
        "booking_url": "https://www.cinema-arvor.fr",
        "status": "scheduled",
        "dates": [[20, "20:00", 150]],
    },
    {
        "slug": "concert-rock-au-club-de-l-antipode",
        "title": {
            "fr": "Concert rock au club de l'Antipode",
            "en": "Rock concert at the Antipode club",
            "ar": "حفل روك في نادي Antipode",
        },
        "summary": {
            "fr": "Deux groupes de la scène rock de l'Ouest partagent l'affiche ce soir. Concert complet.",
            "en": "Two bands from the rock scene of western France share the bill tonight. Sold out.",
            "ar": "فرقتان من ساحة موسيقى الروك في غرب فرنسا تتقاسمان البرنامج هذا المساء. الحفل مكتمل.",
        },
        "description": {
            "fr": "Guitares, énergie et salle debout : l'Antipode accueille deux groupes pour une soirée "
            "rock dans son club.\n\n"
            "Le concert est complet. Il n'y aura pas de vente de billets sur place.",
            "en": "Guitars, energy and a standing room: the Antipode hosts two bands for a rock night in "
            "its club.\n\n"
            "The concert is sold out. No tickets will be sold at the door.",
            "ar": "غيتارات وطاقة وقاعة وقوف: يستضيف Antipode فرقتين لأمسية روك في ناديه.\n\n"
            "الحفل مكتمل، ولن تُباع تذاكر في المكان.",
        },
        "structure": "antipode",
        "place": "antipode",
        "categories": ["concert"],
        "kind": "one_off",
        "full_price": "15.00",
        "sortir_price": "4.00",
        "price_notes": {
            "fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte.",
            "en": "Sortir ! price online or at the box office, on presentation of the card.",
            "ar": "سعر Sortir !\u200e عبر الإنترنت أو في شباك التذاكر، مع تقديم البطاقة.",
        },
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": True,
        "accessibility": ["wheelchair"],
        "eticket": True,
        "booking_url": "https://www.antipode-rennes.fr",
        "status": "full",
        "dates": [[0, "20:30", 180]],
    },
    {
        "slug": "atelier-musique-assistee-par-ordinateur",
        "title": {"fr": "Atelier musique assistée par ordinateur à l'Antipode"},
        "summary": {
            "fr": "Une séance par semaine pour apprendre à composer et enregistrer sa musique sur "
            "ordinateur.",
        },
        "description": {
            "fr": "Logiciels, boucles, enregistrement de voix : un animateur accompagne le groupe pas à "
            "pas, du premier morceau au mixage. Le matériel est fourni.\n\n"
            "Atelier à l'année, à partir de 14 ans, débutants bienvenus. L'inscription se fait à "
            "l'accueil de l'Antipode.",
        },
        "structure": "antipode",
        "place": "antipode",
        "categories": ["atelier"],
        "kind": "regular",
        "full_price": "180.00",
        "sortir_price": "30.00",
        "price_notes": {"fr": "Cotisation pour la saison ; le tarif Sortir ! s'applique à l'inscription."},
        "age_min": 14,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "weekly": {"weekday": 3, "time": "18:00", "duration": 120, "from_offset": -21, "weeks": 26},
    },
    {
        "slug": "concert-jeune-public-a-l-antipode",
        "title": {"fr": "Concert jeune public : du rock pour les petites oreilles"},
        "summary": {"fr": "Un concert rock à volume adapté, pour les enfants dès 3 ans et leurs parents."},
        "description": {
            "fr": "Batterie, guitare et chansons drôles : un vrai concert, mais avec un son réglé pour "
            "les enfants. Des casques anti-bruit sont prêtés à l'entrée.\n\n"
            "Le concert dure 50 minutes.",
        },
        "structure": "antipode",
        "place": "antipode",
        "categories": ["concert", "jeune-public"],
        "kind": "one_off",
        "full_price": "6.00",
        "sortir_price": "2.00",
        "price_notes": {"fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte."},
        "age_min": 3,
        "age_max": None,
        "families": True,
        "students": False,
        "accessibility": ["wheelchair", "hearing"],
        "eticket": True,
        "booking_url": "https://www.antipode-rennes.fr",
        "status": "scheduled",
        "dates": [[19, "16:00", 50]],
    },
    {
        "slug": "festival-de-theatre-amateur-a-la-paillette",
        "title": {"fr": "Festival de théâtre amateur à La Paillette"},
        "summary": {
            "fr": "Une semaine de théâtre : chaque soir, une troupe amateur de la région présente sa pièce.",
        },
        "description": {
            "fr": "Comédies, drames, créations collectives : les troupes amateurs se succèdent sur la "
            "scène du théâtre de La Paillette, avec un bord de scène après chaque représentation.\n\n"
            "Le programme de chaque soirée est disponible à l'accueil de La Paillette.",
        },
        "structure": "paillette",
        "place": "paillette",
        "categories": ["spectacle"],
        "kind": "one_off",
        "full_price": "8.00",
        "sortir_price": "3.00",
        "price_notes": {"fr": "Tarif Sortir ! sur présentation de la carte."},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [
            [0, "20:30", 120],
            [1, "20:30", 120],
            [2, "20:30", 120],
            [3, "20:30", 120],
            [4, "20:30", 120],
            [5, "20:30", 120],
            [6, "20:30", 120],
            [7, "20:30", 120],
        ],
    },
    {
        "slug": "creation-theatrale-a-la-paillette",
        "title": {"fr": "Création théâtrale à La Paillette"},
        "summary": {
            "fr": "Une jeune compagnie rennaise présente sa nouvelle pièce, créée en résidence au théâtre.",
        },
        "description": {
            "fr": "Après plusieurs semaines de répétitions à La Paillette, la compagnie présente une "
            "pièce sur la famille et la transmission, pour quatre comédiens.\n\n"
            "Durée : 1 h 30. Une rencontre avec l'équipe suit la première représentation.",
        },
        "structure": "paillette",
        "place": "paillette",
        "categories": ["spectacle"],
        "kind": "one_off",
        "full_price": "14.00",
        "sortir_price": "4.00",
        "price_notes": {"fr": "Tarif Sortir ! sur présentation de la carte."},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair", "hearing"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [[36, "20:30", 90], [37, "20:30", 90]],
    },
    {
        "slug": "atelier-theatre-ados-a-la-paillette",
        "title": {"fr": "Atelier théâtre ados à La Paillette"},
        "summary": {
            "fr": "Tous les mercredis, un atelier pour les 12–17 ans : jeux d'improvisation, textes et "
            "spectacle de fin d'année.",
        },
        "description": {
            "fr": "Encadré par une comédienne professionnelle, l'atelier permet de prendre confiance en "
            "soi, de travailler la voix et le corps, et de monter un spectacle présenté en fin de "
            "saison.\n\n"
            "Inscription à l'accueil de La Paillette, dans la limite des places disponibles.",
        },
        "structure": "paillette",
        "place": "paillette",
        "categories": ["atelier"],
        "kind": "regular",
        "full_price": "210.00",
        "sortir_price": "35.00",
        "price_notes": {"fr": "Cotisation pour la saison ; le tarif Sortir ! s'applique à l'inscription."},
        "age_min": 12,
        "age_max": 17,
        "families": False,
        "students": False,
        "accessibility": [],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "weekly": {"weekday": 2, "time": "14:00", "duration": 120, "from_offset": -28, "weeks": 28},
    },
    {
        "slug": "scene-ouverte-a-la-paillette",
        "title": {"fr": "Scène ouverte à La Paillette"},
        "summary": {
            "fr": "Musique, slam, théâtre : une soirée où chacun pouvait monter sur scène quelques minutes.",
        },
        "description": {
            "fr": "La scène ouverte a réuni musiciens, poètes et comédiens amateurs pour une soirée "
            "conviviale.\n\n"
            "Cette soirée a eu lieu. La prochaine scène ouverte sera annoncée dans l'agenda.",
        },
        "structure": "paillette",
        "place": "paillette",
        "categories": ["spectacle", "concert"],
        "kind": "one_off",
        "full_price": None,
        "sortir_price": "0.00",
        "price_notes": {"fr": "Entrée libre et gratuite pour tous, dans la limite des places disponibles."},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [[-12, "20:00", 150]],
    },
    {
        "slug": "danse-a-l-aire-libre",
        "title": {
            "fr": "Danse contemporaine à L'Aire Libre",
            "en": "Contemporary dance at L'Aire Libre",
            "ar": "رقص معاصر في مسرح L'Aire Libre",
        },
        "summary": {
            "fr": "Un duo dansé sur le lien entre deux générations, dans le théâtre de "
            "Saint-Jacques-de-la-Lande.",
            "en": "A dance duet about the bond between two generations, at the theatre in "
            "Saint-Jacques-de-la-Lande.",
            "ar": "ثنائي راقص عن الرابط بين جيلين، في مسرح سان جاك دو لا لاند (Saint-Jacques-de-la-Lande).",
        },
        "description": {
            "fr": "Une danseuse et son aînée se rencontrent sur le plateau : leurs gestes se répondent, "
            "se transmettent et se transforment.\n\n"
            "Le spectacle dure 1 h 10. Le bar du théâtre est ouvert avant et après la représentation.",
            "en": "A dancer and her elder meet on stage: their movements answer each other, are passed on "
            "and change.\n\n"
            "The show lasts 1 hour 10 minutes. The theatre bar is open before and after the performance.",
            "ar": "تلتقي راقصة بامرأة تكبرها سنًّا على الخشبة: تتجاوب حركاتهما وتنتقل من إحداهما إلى "
            "الأخرى وتتحوّل.\n\n"
            "يستغرق العرض ساعة وعشر دقائق. ومقهى المسرح مفتوح قبل العرض وبعده.",
        },
        "structure": "aire-libre",
        "place": "aire-libre",
        "categories": ["spectacle"],
        "kind": "one_off",
        "full_price": "16.00",
        "sortir_price": "6.00",
        "price_notes": {
            "fr": "Tarif Sortir ! sur présentation de la carte.",
            "en": "Sortir ! price on presentation of the card.",
            "ar": "سعر Sortir !\u200e عند تقديم البطاقة.",
        },
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [[14, "20:00", 70], [15, "20:00", 70]],
    },
    {
        "slug": "spectacle-en-famille-a-l-aire-libre",
        "title": {"fr": "Spectacle en famille à L'Aire Libre"},
        "summary": {
            "fr": "Une fable théâtrale et musicale pour les enfants dès 6 ans, à partager avec les grands.",
        },
        "description": {
            "fr": "Une petite fille part à la recherche du vent qui a emporté son cerf-volant. En chemin, "
            "elle rencontre des personnages étonnants qui chantent et jouent de la musique.\n\n"
            "Durée : 55 minutes. Un goûter est proposé au bar du théâtre après le spectacle.",
        },
        "structure": "aire-libre",
        "place": "aire-libre",
        "categories": ["jeune-public", "spectacle"],
        "kind": "one_off",
        "full_price": "10.00",
        "sortir_price": "3.00",
        "price_notes": {"fr": "Tarif Sortir ! sur présentation de la carte."},
        "age_min": 6,
        "age_max": None,
        "families": True,
        "students": False,
        "accessibility": ["wheelchair", "mental"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [[26, "17:00", 55]],
    },
    {
        "slug": "les-transmusicales-au-parc-expo",
        "title": {
            "fr": "Les Transmusicales au Parc Expo",
            "en": "Les Transmusicales at the Parc Expo",
            "ar": "مهرجان Les Transmusicales في Parc Expo",
        },
        "summary": {
            "fr": "Trois nuits de concerts et de découvertes musicales dans les halls du Parc Expo, à Bruz.",
            "en": "Three nights of concerts and musical discoveries in the halls of the Parc Expo, in Bruz.",
            "ar": "ثلاث ليالٍ من الحفلات والاكتشافات الموسيقية في قاعات Parc Expo في مدينة بروز (Bruz).",
        },
        "description": {
            "fr": "Le festival rennais est connu pour faire découvrir des artistes avant tout le monde. "
            "Pendant trois nuits, les concerts s'enchaînent dans plusieurs halls, du rock à l'électro en "
            "passant par les musiques du monde.\n\n"
            "Des navettes relient le centre de Rennes au Parc Expo. Le tarif Sortir ! est proposé pour "
            "une soirée, sur présentation de la carte.",
            "en": "The Rennes festival is known for introducing artists before anyone else. For three "
            "nights, concerts follow one another in several halls, from rock to electronic music and "
            "world music.\n\n"
            "Shuttle buses link the centre of Rennes to the Parc Expo. The Sortir ! price is offered for "
            "one night, on presentation of the card.",
            "ar": "يشتهر هذا المهرجان الرنّي بتقديم فنانين قبل أن يعرفهم الجميع. وعلى مدى ثلاث ليالٍ "
            "تتوالى الحفلات في عدة قاعات، من الروك إلى الموسيقى الإلكترونية مرورًا بموسيقى العالم.\n\n"
            "تربط حافلات مكوكية وسط رين بـ Parc Expo. ويُقترح سعر Sortir !\u200e لأمسية واحدة، مع تقديم "
            "البطاقة.",
        },
        "structure": "transmusicales",
        "place": "parc-expo",
        "categories": ["concert"],
        "kind": "one_off",
        "full_price": "45.00",
        "sortir_price": "6.00",
        "price_notes": {
            "fr": "Tarif Sortir ! sur présentation de la carte.",
            "en": "Sortir ! price on presentation of the card.",
            "ar": "سعر Sortir !\u200e عند تقديم البطاقة.",
        },
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": True,
        "accessibility": ["wheelchair", "hearing"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [[95, "19:00", 480], [96, "19:00", 480], [97, "19:00", 480]],
    },
    {
        "slug": "concert-decouverte-a-l-ubu",
        "title": {"fr": "Concert découverte à l'Ubu"},
        "summary": {
            "fr": "Une soirée pour découvrir de jeunes groupes dans la salle de concert de la rue "
            "Saint-Hélier. Concert annulé.",
        },
        "description": {
            "fr": "L'Ubu devait accueillir trois jeunes groupes repérés par l'équipe des "
            "Transmusicales.\n\n"
            "Le concert est annulé. Les billets achetés sont remboursés à l'endroit où ils ont été "
            "achetés.",
        },
        "structure": "transmusicales",
        "place": "ubu",
        "categories": ["concert"],
        "kind": "one_off",
        "full_price": "12.00",
        "sortir_price": "4.00",
        "price_notes": {"fr": "Tarif Sortir ! sur présentation de la carte."},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": [],
        "eticket": False,
        "booking_url": "",
        "status": "cancelled",
        "dates": [[5, "21:00", 150]],
    },
    {
        "slug": "cirque-contemporain-salle-guy-ropartz",
        "title": {"fr": "Cirque contemporain à la salle Guy Ropartz"},
        "summary": {
            "fr": "Acrobates et jongleurs dans un spectacle drôle et spectaculaire, présenté par Ay Roop.",
        },
        "description": {
            "fr": "Portés, équilibres, jonglage : quatre artistes repoussent les limites de la pesanteur "
            "avec humour. Un spectacle à voir à partir de 8 ans.\n\n"
            "Durée : 1 h 15. Placement libre.",
        },
        "structure": "ay-roop",
        "place": "guy-ropartz",
        "categories": ["spectacle"],
        "kind": "one_off",
        "full_price": "16.00",
        "sortir_price": "4.00",
        "price_notes": {"fr": "Tarif Sortir ! sur présentation de la carte."},
        "age_min": 8,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [[21, "20:00", 75]],
    },
    {
        "slug": "une-semaine-de-cirque-sous-chapiteau",
        "title": {
            "fr": "Une semaine de cirque sous chapiteau à Cesson-Sévigné",
            "en": "A week of circus under the big top in Cesson-Sévigné",
            "ar": "أسبوع من السيرك تحت الخيمة في سيسون سيفينيه",
        },
        "summary": {
            "fr": "Ay Roop plante son chapiteau au parc de Bourgchevreuil : un spectacle de cirque chaque "
            "soir pendant une semaine.",
            "en": "Ay Roop pitches its big top in the parc de Bourgchevreuil: a circus show every evening "
            "for a week.",
            "ar": "تنصب Ay Roop خيمتها في حديقة بورشوفروي (parc de Bourgchevreuil): عرض سيرك كل مساء طوال "
            "أسبوع.",
        },
        "description": {
            "fr": "Sous la toile, voltigeurs et musiciens enchaînent les numéros dans un spectacle "
            "joyeux, à voir en famille à partir de 6 ans.\n\n"
            "Le spectacle dure 1 h 20. Le chapiteau est accessible en fauteuil roulant ; signalez-le à la "
            "réservation pour que l'équipe vous réserve une place adaptée.",
            "en": "Under the canvas, acrobats and musicians perform one act after another in a joyful "
            "show for families with children aged 6 and over.\n\n"
            "The show lasts 1 hour 20 minutes. The big top is wheelchair accessible; mention it when "
            "booking so that the team can keep a suitable place for you.",
            "ar": "تحت الخيمة، يتوالى البهلوانيون والموسيقيون في عرض مرح يُشاهَد مع العائلة، ابتداءً من "
            "سن السادسة.\n\n"
            "يستغرق العرض ساعة وعشرين دقيقة. الخيمة مهيّأة للكراسي المتحركة؛ أخبر الفريق بذلك عند الحجز "
            "ليحجز لك مكانًا مناسبًا.",
        },
        "structure": "ay-roop",
        "place": "bourgchevreuil",
        "categories": ["spectacle", "jeune-public"],
        "kind": "one_off",
        "full_price": "20.00",
        "sortir_price": "5.00",
        "price_notes": {
            "fr": "Tarif Sortir ! sur présentation de la carte.",
            "en": "Sortir ! price on presentation of the card.",
            "ar": "سعر Sortir !\u200e عند تقديم البطاقة.",
        },
        "age_min": 6,
        "age_max": None,
        "families": True,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [
            [0, "20:00", 80],
            [1, "20:00", 80],
            [2, "20:00", 80],
            [3, "20:00", 80],
            [4, "20:00", 80],
            [5, "20:00", 80],
            [6, "20:00", 80],
            [7, "20:00", 80],
        ],
    },
    {
        "slug": "jonglerie-au-theatre-de-verdure-de-joval",
        "title": {"fr": "Jonglerie en plein air au théâtre de verdure de Joval"},
        "summary": {
            "fr": "Un spectacle de jonglerie gratuit, en plein air, dans le parc de Joval à Acigné.",
        },
        "description": {
            "fr": "Deux jongleurs et une fanfare investissent le théâtre de verdure pour un spectacle "
            "tout public. Apportez une couverture pour vous asseoir dans l'herbe.\n\n"
            "En cas de pluie, le spectacle peut être annulé le jour même : consultez le site d'Ay Roop.",
        },
        "structure": "ay-roop",
        "place": "joval",
        "categories": ["spectacle"],
        "kind": "one_off",
        "full_price": None,
        "sortir_price": "0.00",
        "price_notes": {"fr": "Entrée libre et gratuite pour tous, dans la limite des places disponibles."},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": [],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [[60, "20:30", 60]],
    },
    {
        "slug": "atelier-cirque-parents-enfants-au-rheu",
        "title": {"fr": "Atelier cirque parents-enfants au Rheu"},
        "summary": {
            "fr": "Une matinée pour s'initier ensemble aux équilibres et au jonglage. Atelier reporté.",
        },
        "description": {
            "fr": "Encadré par deux artistes de cirque, l'atelier propose aux parents et aux enfants de "
            "découvrir ensemble quelques techniques simples : jonglage, équilibre sur objets, portés.\n\n"
            "L'atelier est reporté ; la nouvelle date sera communiquée aux personnes inscrites.",
        },
        "structure": "ay-roop",
        "place": "le-rheu-salle",
        "categories": ["atelier", "jeune-public"],
        "kind": "one_off",
        "full_price": "10.00",
        "sortir_price": "2.00",
        "price_notes": {"fr": "Tarif Sortir ! sur présentation de la carte."},
        "age_min": 6,
        "age_max": None,
        "families": True,
        "students": False,
        "accessibility": [],
        "eticket": False,
        "booking_url": "",
        "status": "postponed",
        "dates": [[38, "10:00", 90]],
    },
    {
        "slug": "semaine-decouverte-keep-cool",
        "title": {"fr": "Semaine découverte à Keep Cool Colombier"},
        "summary": {
            "fr": "Une séance encadrée chaque soir pendant une semaine pour essayer la salle de sport "
            "avant de s'inscrire.",
        },
        "description": {
            "fr": "Cardio, renforcement musculaire, étirements : un coach vous accueille chaque soir pour "
            "une séance de 45 minutes et vous conseille selon vos objectifs.\n\n"
            "À partir de 16 ans. Le tarif Sortir ! donne accès à toute la semaine découverte.",
        },
        "structure": "keep-cool",
        "place": "keep-cool",
        "categories": ["sport"],
        "kind": "one_off",
        "full_price": "15.00",
        "sortir_price": "3.00",
        "price_notes": {"fr": "Tarif Sortir ! sur présentation de la carte."},
        "age_min": 16,
        "age_max": None,
        "families": False,
        "students": True,
        "accessibility": ["wheelchair"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [
            [0, "18:30", 45],
            [1, "18:30", 45],
            [2, "18:30", 45],
            [3, "18:30", 45],
            [4, "18:30", 45],
            [5, "18:30", 45],
            [6, "18:30", 45],
            [7, "18:30", 45],
        ],
    },
    {
        "slug": "initiation-escrime-ouescrime",
        "title": {
            "fr": "Escrime loisir avec Ouescrime",
            "en": "Recreational fencing with Ouescrime",
            "ar": "المبارزة الترفيهية مع Ouescrime",
        },
        "summary": {
            "fr": "Un entraînement par semaine pour apprendre l'escrime en loisir, débutants bienvenus.",
            "en": "One training session a week to learn fencing for fun; beginners are welcome.",
            "ar": "حصة تدريب أسبوعية لتعلّم المبارزة للترفيه، والمبتدئون مرحَّب بهم.",
        },
        "description": {
            "fr": "L'escrime demande de la concentration, de la rapidité et le respect de l'adversaire. "
            "Les séances alternent exercices techniques, jeux et petits assauts.\n\n"
            "Le matériel (masque, veste, arme) est prêté pendant la saison. À partir de 14 ans ; le lieu "
            "d'entraînement est précisé à l'inscription.",
            "en": "Fencing calls for concentration, speed and respect for your opponent. Sessions "
            "alternate technical exercises, games and short bouts.\n\n"
            "Equipment (mask, jacket, weapon) is lent for the season. From 14 years old; the training "
            "venue is given when you register.",
            "ar": "تتطلّب المبارزة التركيز والسرعة واحترام الخصم. تتناوب الحصص بين التمارين التقنية "
            "والألعاب والنزالات القصيرة.\n\n"
            "تُعار المعدّات (القناع والسترة والسلاح) طوال الموسم. ابتداءً من سن 14 عامًا؛ ويُحدَّد مكان "
            "التدريب عند التسجيل.",
        },
        "structure": "ouescrime",
        "place": "ouescrime",
        "categories": ["sport"],
        "kind": "regular",
        "full_price": "150.00",
        "sortir_price": "25.00",
        "price_notes": {
            "fr": "Cotisation pour la saison ; le tarif Sortir ! s'applique à l'inscription.",
            "en": "Fee for the whole season; the Sortir ! price applies when you register.",
            "ar": "اشتراك للموسم كاملًا؛ يُطبَّق سعر Sortir !\u200e عند التسجيل.",
        },
        "age_min": 14,
        "age_max": None,
        "families": False,
        "students": True,
        "accessibility": [],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "weekly": {"weekday": 3, "time": "19:00", "duration": 90, "from_offset": -45, "weeks": 30},
    },
    {
        "slug": "portes-ouvertes-escrime",
        "title": {"fr": "Portes ouvertes : essayez l'escrime"},
        "summary": {"fr": "Un après-midi gratuit pour tenir un fleuret pour la première fois, dès 8 ans."},
        "description": {
            "fr": "Les membres de Ouescrime prêtent le matériel et proposent de courtes initiations tout "
            "au long de l'après-midi. Venez en tenue de sport.\n\n"
            "Gratuit et sans réservation. Le lieu exact est indiqué par l'association au moment de la "
            "publication de l'agenda.",
        },
        "structure": "ouescrime",
        "place": "ouescrime",
        "categories": ["sport"],
        "kind": "one_off",
        "full_price": None,
        "sortir_price": "0.00",
        "price_notes": {"fr": "Entrée libre et gratuite pour tous, dans la limite des places disponibles."},
        "age_min": 8,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": [],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [[13, "14:00", 180]],
    },
    {
        "slug": "visite-commentee-exposition-phakt",
        "title": {"fr": "Visite commentée de l'exposition d'art contemporain au Phakt"},
        "summary": {
            "fr": "Une médiatrice présente l'exposition en cours dans la galerie du Centre culturel "
            "Colombier.",
        },
        "description": {
            "fr": "Peinture, dessin, installation : la galerie du Phakt expose des artistes "
            "d'aujourd'hui. La visite commentée aide à regarder les œuvres et à en parler, sans "
            "connaissances préalables.\n\n"
            "Gratuit. Durée : une heure.",
        },
        "structure": "phakt",
        "place": "phakt",
        "categories": ["musee-expo"],
        "kind": "one_off",
        "full_price": None,
        "sortir_price": "0.00",
        "price_notes": {"fr": "Entrée libre et gratuite pour tous, dans la limite des places disponibles."},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [[7, "15:00", 60]],
    },
    {
        "slug": "atelier-arts-plastiques-adultes-phakt",
        "title": {"fr": "Atelier arts plastiques pour adultes au Phakt"},
        "summary": {"fr": "Dessin, peinture et collage chaque mardi soir, tous niveaux."},
        "description": {
            "fr": "L'atelier propose chaque semaine une technique ou un thème, en lien avec les "
            "expositions de la galerie. Les débutants sont les bienvenus.\n\n"
            "Le matériel de base est fourni. Inscription à l'accueil du Phakt.",
        },
        "structure": "phakt",
        "place": "phakt",
        "categories": ["atelier"],
        "kind": "regular",
        "full_price": "190.00",
        "sortir_price": "30.00",
        "price_notes": {"fr": "Cotisation pour la saison ; le tarif Sortir ! s'applique à l'inscription."},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "weekly": {"weekday": 1, "time": "18:30", "duration": 120, "from_offset": -35, "weeks": 28},
    },
    {
        "slug": "stage-de-gravure-au-phakt",
        "title": {"fr": "Stage de gravure au Phakt"},
        "summary": {"fr": "Deux samedis pour découvrir la gravure et imprimer ses propres estampes."},
        "description": {
            "fr": "Les participants ont découvert la linogravure, de la préparation du dessin à "
            "l'impression.\n\n"
            "Ce stage a eu lieu. Les prochains stages du Phakt seront annoncés dans l'agenda.",
        },
        "structure": "phakt",
        "place": "phakt",
        "categories": ["atelier"],
        "kind": "one_off",
        "full_price": "12.00",
        "sortir_price": "2.00",
        "price_notes": {"fr": "Tarif Sortir ! sur présentation de la carte."},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [[-30, "14:00", 180], [-23, "14:00", 180]],
    },
    {
        "slug": "entrainement-de-quadball-avec-les-hermines",
        "title": {
            "fr": "Entraînement de quadball avec les Hermines de Rennes",
            "en": "Quadball training with the Hermines de Rennes",
            "ar": "تدريب الكوادبول مع فريق Hermines de Rennes",
        },
        "summary": {
            "fr": "Un sport d'équipe mixte, mêlant rugby, handball et balle aux prisonniers. Entraînement "
            "chaque dimanche matin.",
            "en": "A mixed team sport combining rugby, handball and dodgeball. Training every Sunday "
            "morning.",
            "ar": "رياضة جماعية مختلطة تجمع بين الرغبي وكرة اليد ولعبة الكرة الهاربة. تدريب كل صباح أحد.",
        },
        "description": {
            "fr": "Le quadball se joue en équipes mixtes, avec plusieurs balles et des anneaux. Les "
            "Hermines accueillent les débutants et expliquent les règles dès la première séance.\n\n"
            "Prévoyez une tenue de sport et des chaussures à crampons si vous en avez. Entraînement en "
            "plein air.",
            "en": "Quadball is played in mixed teams, with several balls and hoops. The Hermines welcome "
            "beginners and explain the rules from the first session.\n\n"
            "Bring sportswear and studded boots if you have them. Training takes place outdoors.",
            "ar": "يُلعَب الكوادبول في فرق مختلطة، بعدة كرات وحلقات. يستقبل فريق Hermines المبتدئين ويشرح "
            "القواعد منذ الحصة الأولى.\n\n"
            "أحضر ملابس رياضية وحذاءً بمسامير إن كان لديك. يجري التدريب في الهواء الطلق.",
        },
        "structure": "hermines",
        "place": "bellangerais",
        "categories": ["sport"],
        "kind": "regular",
        "full_price": "60.00",
        "sortir_price": "10.00",
        "price_notes": {
            "fr": "Cotisation pour la saison ; le tarif Sortir ! s'applique à l'inscription.",
            "en": "Fee for the whole season; the Sortir ! price applies when you register.",
            "ar": "اشتراك للموسم كاملًا؛ يُطبَّق سعر Sortir !\u200e عند التسجيل.",
        },
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": True,
        "accessibility": [],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "weekly": {"weekday": 6, "time": "10:30", "duration": 120, "from_offset": -40, "weeks": 30},
    },
    {
        "slug": "seance-au-planetarium-des-champs-libres",
        "title": {
            "fr": "Séance au planétarium des Champs Libres",
            "en": "Planetarium show at Les Champs Libres",
            "ar": "عرض في القبة السماوية في Les Champs Libres",
        },
        "summary": {
            "fr": "Allongé sous le dôme, partez à la découverte du ciel étoilé avec un médiateur de "
            "l'Espace des sciences.",
            "en": "Lying under the dome, discover the starry sky with a guide from the Espace des sciences.",
            "ar": "مستلقيًا تحت القبة، اكتشف السماء المرصّعة بالنجوم مع وسيط من فضاء العلوم (Espace des "
            "sciences).",
        },
        "description": {
            "fr": "Planètes, constellations, phases de la Lune : la séance commentée explique ce que l'on "
            "peut voir dans le ciel de Rennes au fil des saisons.\n\n"
            "Conseillé à partir de 7 ans. La séance dure 45 minutes ; arrivez dix minutes avant le début.",
            "en": "Planets, constellations, phases of the Moon: the guided show explains what can be seen "
            "in the sky over Rennes through the seasons.\n\n"
            "Recommended from 7 years old. The show lasts 45 minutes; arrive ten minutes before it starts.",
            "ar": "الكواكب والكوكبات وأطوار القمر: يشرح هذا العرض المصحوب بالتعليق ما يمكن رؤيته في سماء "
            "رين على مدار الفصول.\n\n"
            "يُنصح به ابتداءً من سن السابعة. يستغرق العرض 45 دقيقة؛ احضر قبل بدايته بعشر دقائق.",
        },
        "structure": "champs-libres",
        "place": "champs-libres",
        "categories": ["musee-expo", "loisirs"],
        "kind": "one_off",
        "full_price": "5.00",
        "sortir_price": "1.00",
        "price_notes": {
            "fr": "Tarif Sortir ! sur présentation de la carte.",
            "en": "Sortir ! price on presentation of the card.",
            "ar": "سعر Sortir !\u200e عند تقديم البطاقة.",
        },
        "age_min": 7,
        "age_max": None,
        "families": True,
        "students": False,
        "accessibility": ["wheelchair", "hearing"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [
            [0, "17:00", 45],
            [1, "17:00", 45],
            [2, "17:00", 45],
            [3, "17:00", 45],
            [4, "17:00", 45],
            [5, "17:00", 45],
            [6, "17:00", 45],
            [7, "17:00", 45],
        ],
    },
    {
        "slug": "visite-commentee-du-musee-de-bretagne",
        "title": {
            "fr": "Visite commentée du musée de Bretagne, chaque dimanche",
            "en": "Guided tour of the Musée de Bretagne, every Sunday",
            "ar": "زيارة مصحوبة بالشرح لمتحف بريتاني، كل يوم أحد",
        },
        "summary": {
            "fr": "Une heure pour parcourir l'histoire de la Bretagne avec un guide, dans les collections "
            "permanentes du musée.",
            "en": "One hour to explore the history of Brittany with a guide, in the museum's permanent "
            "collections.",
            "ar": "ساعة للتجوّل في تاريخ بريتاني برفقة مرشد، بين المجموعات الدائمة للمتحف.",
        },
        "description": {
            "fr": "Objets du quotidien, costumes, photographies, œuvres d'art : le musée de Bretagne "
            "raconte la région et ses habitants, de la préhistoire à nos jours.\n\n"
            "Avec la carte Sortir !, la visite est gratuite. Des visites adaptées aux personnes aveugles, "
            "malvoyantes ou sourdes sont proposées certains dimanches ; renseignez-vous à l'accueil des "
            "Champs Libres.",
            "en": "Everyday objects, costumes, photographs, works of art: the Musée de Bretagne tells the "
            "story of the region and its people, from prehistory to the present day.\n\n"
            "The tour is free with the Sortir ! card. Tours adapted for blind, partially sighted or deaf "
            "people are offered on some Sundays; ask at the Champs Libres reception desk.",
            "ar": "أدوات الحياة اليومية والأزياء والصور والأعمال الفنية: يروي متحف بريتاني قصة المنطقة "
            "وسكانها، من عصور ما قبل التاريخ إلى يومنا هذا.\n\n"
            "الزيارة مجانية مع بطاقة Sortir !\u200e. وتُقترح في بعض أيام الأحد زيارات مكيّفة للمكفوفين "
            "وضعاف البصر والصمّ؛ استفسر في مكتب الاستقبال في Les Champs Libres.",
        },
        "structure": "champs-libres",
        "place": "champs-libres",
        "categories": ["musee-expo", "patrimoine-visite"],
        "kind": "regular",
        "full_price": None,
        "sortir_price": "0.00",
        "price_notes": {
            "fr": "Gratuit avec la carte Sortir !",
            "en": "Free with the Sortir ! card.",
            "ar": "مجاني مع بطاقة Sortir !\u200e",
        },
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair", "visual", "hearing"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "weekly": {"weekday": 6, "time": "15:00", "duration": 60, "from_offset": -21, "weeks": 40},
    },
    {
        "slug": "heure-du-conte-a-la-bibliotheque-des-champs-libres",
        "title": {
            "fr": "L'heure du conte à la bibliothèque des Champs Libres",
            "en": "Story time at the Champs Libres library",
            "ar": "ساعة الحكايات في مكتبة Les Champs Libres",
        },
        "summary": {
            "fr": "Chaque mercredi matin, des histoires lues et racontées pour les enfants de 3 à 6 ans.",
            "en": "Every Wednesday morning, stories read and told for children aged 3 to 6.",
            "ar": "كل صباح أربعاء، قصص تُقرأ وتُروى للأطفال من 3 إلى 6 سنوات.",
        },
        "description": {
            "fr": "Albums, comptines et petites histoires : les bibliothécaires accueillent les enfants "
            "et leurs parents dans l'espace jeunesse pour un moment de lecture partagée.\n\n"
            "Gratuit, sans inscription, dans la limite des places disponibles.",
            "en": "Picture books, nursery rhymes and short stories: the librarians welcome children and "
            "their parents in the children's area for a shared reading time.\n\n"
            "Free, no registration, subject to available places.",
            "ar": "كتب مصوّرة وأغانٍ للأطفال وقصص قصيرة: يستقبل أمناء المكتبة الأطفال وأولياءهم في فضاء "
            "الأطفال للحظة قراءة مشتركة.\n\n"
            "مجاني ودون تسجيل، في حدود الأماكن المتاحة.",
        },
        "structure": "champs-libres",
        "place": "champs-libres",
        "categories": ["jeune-public", "loisirs"],
        "kind": "regular",
        "full_price": None,
        "sortir_price": "0.00",
        "price_notes": {
            "fr": "Entrée libre et gratuite pour tous, dans la limite des places disponibles.",
            "en": "Free admission for everyone, subject to available places.",
            "ar": "الدخول مجاني للجميع في حدود الأماكن المتاحة.",
        },
        "age_min": 3,
        "age_max": 6,
        "families": True,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "weekly": {"weekday": 2, "time": "10:30", "duration": 45, "from_offset": -7, "weeks": 30},
    },
    {
        "slug": "visite-du-samedi-au-musee-des-beaux-arts",
        "title": {
            "fr": "Visite du samedi au musée des Beaux-Arts",
            "en": "Saturday tour at the Musée des Beaux-Arts",
            "ar": "زيارة يوم السبت في متحف الفنون الجميلة",
        },
        "summary": {
            "fr": "Chaque samedi matin, une visite d'une heure pour découvrir quelques chefs-d'œuvre des "
            "collections du musée.",
            "en": "Every Saturday morning, a one-hour tour to discover a few masterpieces from the "
            "museum's collections.",
            "ar": "كل صباح سبت، زيارة مدتها ساعة لاكتشاف بعض روائع مجموعات المتحف.",
        },
        "description": {
            "fr": "Peintures anciennes, sculptures, art moderne : le guide choisit chaque semaine un "
            "parcours différent dans les salles du musée, quai Émile Zola.\n\n"
            "Avec la carte Sortir !, la visite est gratuite. Des visites en langage simplifié et des "
            "visites tactiles sont proposées sur demande pour les groupes.",
            "en": "Old master paintings, sculpture, modern art: each week the guide chooses a different "
            "route through the museum's galleries, quai Émile Zola.\n\n"
            "Free with the Sortir ! card. Tours in easy-to-understand language and touch tours are "
            "offered to groups on request.",
            "ar": "لوحات قديمة ومنحوتات وفن حديث: يختار المرشد كل أسبوع مسارًا مختلفًا بين قاعات المتحف "
            "على رصيف إميل زولا (quai Émile Zola).\n\n"
            "مجاني مع بطاقة Sortir !\u200e. وتُقترح للمجموعات، عند الطلب، زيارات بلغة مبسّطة وزيارات "
            "باللمس.",
        },
        "structure": "mba",
        "place": "mba",
        "categories": ["musee-expo"],
        "kind": "regular",
        "full_price": None,
        "sortir_price": "0.00",
        "price_notes": {
            "fr": "Gratuit avec la carte Sortir !",
            "en": "Free with the Sortir ! card.",
            "ar": "مجاني مع بطاقة Sortir !\u200e",
        },
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair", "visual", "mental"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "weekly": {"weekday": 5, "time": "11:00", "duration": 60, "from_offset": -14, "weeks": 40},
    },
    {
        "slug": "atelier-dessin-enfants-au-musee-des-beaux-arts",
        "title": {"fr": "Atelier dessin pour les 8–12 ans au musée des Beaux-Arts"},
        "summary": {
            "fr": "Observer un tableau, puis dessiner à sa manière : un après-midi créatif au musée.",
        },
        "description": {
            "fr": "Les enfants découvrent deux ou trois œuvres avec une médiatrice, puis s'installent à "
            "l'atelier pour dessiner à partir de ce qu'ils ont vu.\n\n"
            "Pour les 8–12 ans, sans les parents. Le matériel est fourni. Réservation conseillée.",
        },
        "structure": "mba",
        "place": "mba",
        "categories": ["atelier", "jeune-public"],
        "kind": "one_off",
        "full_price": "6.00",
        "sortir_price": "1.00",
        "price_notes": {"fr": "Tarif Sortir ! sur présentation de la carte."},
        "age_min": 8,
        "age_max": 12,
        "families": True,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [[18, "14:30", 120]],
    },
    {
        "slug": "nocturne-etudiante-au-musee-des-beaux-arts",
        "title": {"fr": "Nocturne étudiante au musée des Beaux-Arts"},
        "summary": {
            "fr": "Le musée reste ouvert en soirée : visites flash, musique et ateliers, gratuits pour "
            "les étudiants.",
        },
        "description": {
            "fr": "Le temps d'une soirée, des étudiantes et étudiants en histoire de l'art présentent "
            "leurs œuvres préférées en quelques minutes. Un DJ anime le hall.\n\n"
            "Entrée gratuite avec la carte Sortir ! ou la carte étudiante.",
        },
        "structure": "mba",
        "place": "mba",
        "categories": ["musee-expo", "loisirs"],
        "kind": "one_off",
        "full_price": None,
        "sortir_price": "0.00",
        "price_notes": {"fr": "Gratuit avec la carte Sortir !"},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": True,
        "accessibility": ["wheelchair", "hearing"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [[22, "18:00", 180]],
    },
    {
        "slug": "natation-enfants-cercle-paul-bert",
        "title": {
            "fr": "École de natation pour enfants au Cercle Paul Bert",
            "en": "Children's swimming school at the Cercle Paul Bert",
            "ar": "مدرسة السباحة للأطفال في Cercle Paul Bert",
        },
        "summary": {
            "fr": "Apprendre à nager en petits groupes, chaque samedi matin à la piscine de Bréquigny.",
            "en": "Learning to swim in small groups, every Saturday morning at the Bréquigny swimming pool.",
            "ar": "تعلّم السباحة في مجموعات صغيرة، كل صباح سبت في مسبح بريكينيي (Bréquigny).",
        },
        "description": {
            "fr": "Des éducateurs diplômés accompagnent les enfants de 6 à 12 ans, de la découverte de "
            "l'eau aux premières longueurs.\n\n"
            "Cotisation à l'année ; le tarif Sortir ! s'applique à l'inscription, au siège du Cercle Paul "
            "Bert ou sur son site.",
            "en": "Qualified instructors support children aged 6 to 12, from getting used to the water to "
            "their first lengths.\n\n"
            "Annual fee; the Sortir ! price applies when you register, at the Cercle Paul Bert head "
            "office or on its website.",
            "ar": "يرافق مدرّبون مؤهَّلون الأطفال من 6 إلى 12 سنة، من التعرّف على الماء إلى قطع أولى "
            "المسافات سباحةً.\n\n"
            "اشتراك سنوي؛ يُطبَّق سعر Sortir !\u200e عند التسجيل، في مقر Cercle Paul Bert أو على موقعه.",
        },
        "structure": "cercle-paul-bert",
        "place": "piscine-brequigny",
        "categories": ["sport"],
        "kind": "regular",
        "full_price": "180.00",
        "sortir_price": "30.00",
        "price_notes": {
            "fr": "Cotisation pour la saison ; le tarif Sortir ! s'applique à l'inscription.",
            "en": "Fee for the whole season; the Sortir ! price applies when you register.",
            "ar": "اشتراك للموسم كاملًا؛ يُطبَّق سعر Sortir !\u200e عند التسجيل.",
        },
        "age_min": 6,
        "age_max": 12,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "weekly": {"weekday": 5, "time": "09:30", "duration": 60, "from_offset": -50, "weeks": 30},
    },
    {
        "slug": "randonnee-autour-de-l-etang-des-longs-champs",
        "title": {"fr": "Randonnée découverte autour de l'étang des Longs-Champs"},
        "summary": {
            "fr": "Une marche de deux heures à allure tranquille, ouverte à tous, pour découvrir la "
            "marche nordique.",
        },
        "description": {
            "fr": "Les animateurs du Cercle Paul Bert prêtent les bâtons et montrent la bonne technique "
            "avant de partir pour une boucle autour de l'étang et dans le parc.\n\n"
            "Gratuit, sur réservation. Prévoyez des chaussures de marche et de l'eau.",
        },
        "structure": "cercle-paul-bert",
        "place": "longs-champs",
        "categories": ["sport", "loisirs"],
        "kind": "one_off",
        "full_price": None,
        "sortir_price": "0.00",
        "price_notes": {"fr": "Gratuit sur réservation, places limitées."},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": [],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [[6, "10:00", 120]],
    },
    {
        "slug": "atelier-cuisine-du-monde-maison-de-suede",
        "title": {"fr": "Atelier cuisine du monde à la Maison de Suède"},
        "summary": {
            "fr": "Cuisiner ensemble une recette venue d'ailleurs, puis partager le repas. Atelier complet.",
        },
        "description": {
            "fr": "Chaque mois, une habitante ou un habitant du Blosne transmet une recette de son pays. "
            "On cuisine en groupe, puis on mange ensemble.\n\n"
            "L'atelier de ce mois-ci est complet. Inscrivez-vous à l'accueil pour le suivant.",
        },
        "structure": "maison-de-suede",
        "place": "maison-de-suede",
        "categories": ["atelier", "loisirs"],
        "kind": "one_off",
        "full_price": "5.00",
        "sortir_price": "1.00",
        "price_notes": {"fr": "Tarif Sortir ! sur présentation de la carte."},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": False,
        "booking_url": "",
        "status": "full",
        "dates": [[1, "18:00", 150]],
    },
    {
        "slug": "boxe-educative-maison-de-suede",
        "title": {"fr": "Boxe éducative à la Maison de Suède"},
        "summary": {
            "fr": "Une séance par semaine pour les 8–14 ans : technique, respect des règles et confiance "
            "en soi.",
        },
        "description": {
            "fr": "La boxe éducative se pratique sans chercher à toucher fort : on apprend les "
            "déplacements, les esquives et les règles du combat, encadré par un éducateur sportif.\n\n"
            "Inscription à l'année à l'accueil de la MJC. Les gants sont prêtés.",
        },
        "structure": "maison-de-suede",
        "place": "maison-de-suede",
        "categories": ["sport"],
        "kind": "regular",
        "full_price": "90.00",
        "sortir_price": "15.00",
        "price_notes": {"fr": "Cotisation pour la saison ; le tarif Sortir ! s'applique à l'inscription."},
        "age_min": 8,
        "age_max": 14,
        "families": False,
        "students": False,
        "accessibility": [],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "weekly": {"weekday": 2, "time": "17:30", "duration": 90, "from_offset": -35, "weeks": 28},
    },
    {
        "slug": "journee-a-la-mer-en-famille",
        "title": {
            "fr": "Journée à la mer en famille",
            "en": "A family day at the seaside",
            "ar": "يوم عائلي على شاطئ البحر",
        },
        "summary": {
            "fr": "Un car au départ du Blosne pour une journée au bord de la mer, préparée avec les "
            "familles du quartier.",
            "en": "A coach from Le Blosne for a day at the seaside, planned together with families from "
            "the neighbourhood.",
            "ar": "حافلة تنطلق من حي Le Blosne لقضاء يوم على شاطئ البحر، جرى التحضير له مع عائلات الحي.",
        },
        "description": {
            "fr": "Plage, pique-nique et promenade sur la côte : la sortie a été préparée pendant "
            "plusieurs semaines avec les familles qui fréquentent la Maison de Suède.\n\n"
            "Départ à 8 h 30 devant la MJC, retour vers 18 h 30. Prévoyez le pique-nique ; le transport "
            "est compris dans le prix.",
            "en": "Beach, picnic and a walk along the coast: the outing was planned over several weeks "
            "with the families who come to the Maison de Suède.\n\n"
            "Departure at 8:30 am in front of the MJC, return around 6:30 pm. Bring a packed lunch; "
            "transport is included in the price.",
            "ar": "شاطئ ونزهة وغداء في الهواء الطلق على الساحل: جرى التحضير لهذه الرحلة طوال عدة أسابيع "
            "مع العائلات التي ترتاد Maison de Suède.\n\n"
            "الانطلاق في الساعة 8:30 صباحًا أمام دار الشباب (MJC)، والعودة نحو الساعة 6:30 مساءً. أحضر "
            "غداءك؛ النقل مشمول في السعر.",
        },
        "structure": "maison-de-suede",
        "place": "maison-de-suede",
        "categories": ["loisirs"],
        "kind": "one_off",
        "full_price": "15.00",
        "sortir_price": "3.00",
        "price_notes": {
            "fr": "Tarif Sortir ! sur présentation de la carte.",
            "en": "Sortir ! price on presentation of the card.",
            "ar": "سعر Sortir !\u200e عند تقديم البطاقة.",
        },
        "age_min": None,
        "age_max": None,
        "families": True,
        "students": False,
        "accessibility": [],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [[110, "08:30", 600]],
    },
    {
        "slug": "spectacle-jeune-public-au-grand-logis",
        "title": {"fr": "Spectacle pour les tout-petits au Grand Logis"},
        "summary": {
            "fr": "Un spectacle doux de marionnettes et de musique pour les enfants dès 3 ans, à Bruz.",
        },
        "description": {
            "fr": "Une marionnette découvre les saisons au fil d'un voyage en musique. Le spectacle est "
            "court et pensé pour une première sortie au théâtre.\n\n"
            "Deux représentations dans la journée, de 40 minutes chacune.",
        },
        "structure": "grand-logis",
        "place": "grand-logis",
        "categories": ["jeune-public", "spectacle"],
        "kind": "one_off",
        "full_price": "7.00",
        "sortir_price": "2.00",
        "price_notes": {"fr": "Tarif Sortir ! sur présentation de la carte."},
        "age_min": 3,
        "age_max": None,
        "families": True,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [[24, "10:30", 40], [24, "16:00", 40]],
    },
    {
        "slug": "concert-chanson-au-grand-logis",
        "title": {"fr": "Concert de chanson française au Grand Logis"},
        "summary": {"fr": "Une soirée chanson avec un trio guitare, contrebasse et voix. Concert annulé."},
        "description": {
            "fr": "Le trio devait reprendre de grandes chansons françaises et présenter ses propres "
            "titres.\n\n"
            "Le concert est annulé pour raisons de santé. Les billets sont remboursés à l'accueil du "
            "Grand Logis.",
        },
        "structure": "grand-logis",
        "place": "grand-logis",
        "categories": ["concert"],
        "kind": "one_off",
        "full_price": "18.00",
        "sortir_price": "5.00",
        "price_notes": {"fr": "Tarif Sortir ! sur présentation de la carte."},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair", "hearing"],
        "eticket": False,
        "booking_url": "",
        "status": "cancelled",
        "dates": [[35, "20:30", 90]],
    },
    {
        "slug": "apres-midi-jeux-video-mediatheque-pace",
        "title": {"fr": "Après-midi jeux vidéo à la médiathèque de Pacé"},
        "summary": {"fr": "Jeux en équipe, tournoi amical et découverte de jeux indépendants, dès 8 ans."},
        "description": {
            "fr": "La médiathèque installe consoles et grand écran pour un après-midi de jeux à "
            "plusieurs. Les bibliothécaires présentent aussi des jeux créés par de petits studios.\n\n"
            "Gratuit, sans inscription. Les enfants de moins de 10 ans viennent avec un adulte.",
        },
        "structure": "mediatheque-pace",
        "place": "mediatheque-pace",
        "categories": ["loisirs", "atelier"],
        "kind": "one_off",
        "full_price": None,
        "sortir_price": "0.00",
        "price_notes": {"fr": "Entrée libre et gratuite pour tous, dans la limite des places disponibles."},
        "age_min": 8,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [[3, "14:00", 120]],
    },
    {
        "slug": "aquagym-piscine-chartres-de-bretagne",
        "title": {"fr": "Aquagym à la piscine de Chartres-de-Bretagne"},
        "summary": {"fr": "Une séance d'aquagym chaque jeudi soir, accessible à tous les niveaux."},
        "description": {
            "fr": "En musique et dans une eau où l'on a pied, un maître-nageur propose des exercices doux "
            "pour le cœur, les muscles et les articulations.\n\n"
            "Le tarif indiqué est celui d'une séance. Bonnet de bain obligatoire.",
        },
        "structure": "piscine-chartres",
        "place": "piscine-chartres",
        "categories": ["sport"],
        "kind": "regular",
        "full_price": "6.50",
        "sortir_price": "1.50",
        "price_notes": {"fr": "Tarif Sortir ! sur présentation de la carte."},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "weekly": {"weekday": 3, "time": "19:15", "duration": 45, "from_offset": -14, "weeks": 20},
    },
    {
        "slug": "cafe-jeux-en-famille-geveze",
        "title": {"fr": "Café-jeux en famille à la médiathèque de Gévezé"},
        "summary": {"fr": "Jeux de société pour tous les âges, autour d'un café ou d'un jus de fruits."},
        "description": {
            "fr": "La médiathèque sort ses boîtes de jeux : jeux d'ambiance, de stratégie ou pour les "
            "tout-petits. Des bénévoles expliquent les règles.\n\n"
            "Gratuit et ouvert à tous, dès 3 ans avec un adulte.",
        },
        "structure": "mediatheque-geveze",
        "place": "mediatheque-geveze",
        "categories": ["loisirs", "jeune-public"],
        "kind": "one_off",
        "full_price": None,
        "sortir_price": "0.00",
        "price_notes": {"fr": "Entrée libre et gratuite pour tous, dans la limite des places disponibles."},
        "age_min": 3,
        "age_max": None,
        "families": True,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": False,
        "booking_url": "",
        "status": "scheduled",
        "dates": [[15, "15:00", 180]],
    },
    {
        "slug": "concert-de-musique-de-chambre-a-cesson-sevigne",
        "title": {"fr": "Concert de musique de chambre à Cesson-Sévigné"},
        "summary": {"fr": "Un quintette de l'Orchestre National de Bretagne en concert au Carré Sévigné."},
        "description": {
            "fr": "Cinq musiciens de l'orchestre jouent un programme de musique de chambre, du classique "
            "aux musiques d'aujourd'hui, présenté par les interprètes.\n\n"
            "Durée : 1 h 15, sans entracte.",
        },
        "structure": "onb",
        "place": "carre-sevigne",
        "categories": ["concert"],
        "kind": "one_off",
        "full_price": "15.00",
        "sortir_price": "4.00",
        "price_notes": {"fr": "Tarif Sortir ! en ligne ou à la billetterie, sur présentation de la carte."},
        "age_min": None,
        "age_max": None,
        "families": False,
        "students": False,
        "accessibility": ["wheelchair"],
        "eticket": True,
        "booking_url": "https://orchestrenationaldebretagne.bzh",
        "status": "scheduled",
        "dates": [[44, "20:30", 75]],
    },
]
