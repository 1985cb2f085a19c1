"""Demo content for load_demo_content: the practical pages in French with English and Arabic translations."""

# Each translatable text is a dict {"fr": ..., "en": ..., "ar": ...}.
#
# Sources: docs/content-facts.md (APRAS and Sortir ! 2024 activity report).
# The French text is the source; English and Arabic are translations of it.
# The same French string always has the same translation in the whole module,
# because the loader builds a French → translation glossary from it.
#
# Arabic and bidirectional text: in the Arabic strings, "Sortir !" is followed by
# "\u200e" (LEFT-TO-RIGHT MARK), and an address or a telephone number that starts
# with a digit is preceded by it. Without this invisible mark, a right-to-left
# paragraph would show the "!" before the word ("! Sortir") and would reverse the
# groups of digits of the phone number.

SITE_SETTINGS = {
    "organisation_name": "APRAS — Association pour la Promotion de l'Action et de l'Animation Sociale",
    "address": "6 cours des Alliés\n35000 Rennes",
    "phone": "02 99 31 52 44",
    "email": "",
}

# ---------------------------------------------------------------------------
# Texts used on several pages (same French, same translation everywhere)
# ---------------------------------------------------------------------------

ADDRESS_LINE = {
    "fr": "Adresse : 6 cours des Alliés, 35000 Rennes",
    "en": "Address: 6 cours des Alliés, 35000 Rennes",
    "ar": "العنوان: \u200e6 cours des Alliés, 35000 Rennes",
}

PHONE_LINE = {
    "fr": "Téléphone : 02 99 31 52 44",
    "en": "Telephone: 02 99 31 52 44",
    "ar": "الهاتف: \u200e02 99 31 52 44",
}

FAQ_TITLE = {
    "fr": "Questions fréquentes",
    "en": "Frequently asked questions",
    "ar": "أسئلة شائعة",
}

CTA_GET_THE_CARD = (
    "cta",
    {
        "title": {
            "fr": "Vous souhaitez avoir la carte ?",
            "en": "Would you like to get the card?",
            "ar": "هل ترغب في الحصول على البطاقة؟",
        },
        "text": {
            "fr": "Découvrez où la demander selon votre situation.",
            "en": "Find out where to apply for it, depending on your situation.",
            "ar": "اعرف أين تطلبها حسب وضعك.",
        },
        "button_label": {
            "fr": "Où demander la carte",
            "en": "Where to apply for the card",
            "ar": "أين أطلب البطاقة",
        },
        "page": "where-to-get-the-card",
    },
)

# ---------------------------------------------------------------------------
# Home page
# ---------------------------------------------------------------------------

HOME = {
    "title": {
        "fr": "Accueil",
        "en": "Home",
        "ar": "الصفحة الرئيسية",
    },
    "slug": {
        "fr": "accueil",
        "en": "home",
        "ar": "home",
    },
    "seo_title": {
        "fr": "Sortir ! – culture, sport et loisirs à prix réduit dans Rennes Métropole",
        "en": "Sortir ! – culture, sport and leisure at reduced prices in Rennes Métropole",
        "ar": "برنامج Sortir !\u200e – الثقافة والرياضة والترفيه بأسعار مخفّضة في منطقة رين الحضرية",
    },
    "search_description": {
        "fr": "Avec la carte Sortir !, les personnes aux revenus modestes de Rennes Métropole vont au "
        "spectacle, au cinéma, au musée, au sport et aux loisirs à prix réduit.",
        "en": "With the Sortir ! card, people on modest incomes in Rennes Métropole can go to shows, "
        "the cinema, museums, sport and leisure activities at a reduced price.",
        "ar": "بفضل بطاقة Sortir !\u200e، يستطيع ذوو الدخل المحدود في منطقة رين الحضرية حضور العروض "
        "وارتياد السينما والمتاحف وممارسة الرياضة والأنشطة الترفيهية بأسعار مخفّضة.",
    },
    "intro": {
        "fr": "La carte Sortir ! vous permet de payer moins cher vos sorties : spectacles, cinéma, "
        "musées, sport et loisirs. Elle est destinée aux personnes aux revenus modestes de Rennes "
        "Métropole.",
        "en": "The Sortir ! card lets you pay less for your outings: shows, cinema, museums, sport and "
        "leisure. It is for people on modest incomes in Rennes Métropole.",
        "ar": "تتيح لك بطاقة Sortir !\u200e أن تدفع أقل مقابل أنشطتك خارج المنزل: العروض، والسينما، "
        "والمتاحف، والرياضة، والترفيه. وهي موجّهة إلى ذوي الدخل المحدود في منطقة رين الحضرية (Rennes "
        "Métropole).",
    },
    "body": [
        (
            "heading",
            {
                "fr": "Comment ça marche",
                "en": "How it works",
                "ar": "كيف يعمل البرنامج",
            },
        ),
        (
            "list",
            [
                {
                    "fr": "Vous demandez la carte Sortir ! au bon endroit : votre commune, le 4BIS ou "
                    "votre conseiller We Ker.",
                    "en": "You ask for the Sortir ! card at the right place: your municipality, the "
                    "4BIS or your We Ker adviser.",
                    "ar": "تطلب بطاقة Sortir !\u200e من الجهة المناسبة: بلديتك، أو مركز 4BIS، أو "
                    "مستشارك في We Ker.",
                },
                {
                    "fr": "Vous choisissez une activité chez une structure partenaire.",
                    "en": "You choose an activity at a partner organisation.",
                    "ar": "تختار نشاطًا لدى إحدى الجهات الشريكة.",
                },
                {
                    "fr": "Vous montrez votre carte et vous payez le tarif Sortir !, moins cher que le "
                    "prix normal.",
                    "en": "You show your card and pay the Sortir ! price, which is lower than the "
                    "normal price.",
                    "ar": "تُظهر بطاقتك وتدفع سعر Sortir !\u200e، وهو أقل من السعر العادي.",
                },
            ],
        ),
        (
            "cta",
            {
                "title": {
                    "fr": "Avez-vous droit à la carte ?",
                    "en": "Are you entitled to the card?",
                    "ar": "هل يحق لك الحصول على البطاقة؟",
                },
                "text": {
                    "fr": "Découvrez qui peut bénéficier de Sortir ! et à quelles conditions.",
                    "en": "Find out who can benefit from Sortir ! and on what conditions.",
                    "ar": "اكتشف من يمكنه الاستفادة من برنامج Sortir !\u200e وبأي شروط.",
                },
                "button_label": {
                    "fr": "Voir qui peut en bénéficier",
                    "en": "See who can benefit",
                    "ar": "اعرف من يمكنه الاستفادة",
                },
                "page": "who-can-benefit",
            },
        ),
        (
            "heading",
            {
                "fr": "Des sorties pour tous les goûts",
                "en": "Outings for every taste",
                "ar": "أنشطة تناسب جميع الأذواق",
            },
        ),
        (
            "paragraphs",
            [
                {
                    "fr": "Vous pouvez faire une sortie de temps en temps : un spectacle, un film, une "
                    "visite de musée. Vous pouvez aussi pratiquer une activité toute l'année, par "
                    "exemple dans un club de sport ou une MJC.",
                    "en": "You can go out from time to time: a show, a film, a museum visit. You can "
                    "also do an activity all year round, for example in a sports club or an MJC (youth "
                    "and culture centre).",
                    "ar": "يمكنك الخروج من حين لآخر: لحضور عرض، أو مشاهدة فيلم، أو زيارة متحف. ويمكنك "
                    "أيضًا ممارسة نشاط طوال السنة، مثلًا في نادٍ رياضي أو في دار للشباب والثقافة (MJC).",
                },
                {
                    "fr": "Sortir ! est porté par l'APRAS, une association de Rennes.",
                    "en": "Sortir ! is run by APRAS, an association based in Rennes.",
                    "ar": "تدير برنامج Sortir !\u200e جمعيةُ APRAS، وهي جمعية مقرّها في رين.",
                },
            ],
        ),
        (
            "heading",
            {
                "fr": "Sortir ! en 2024",
                "en": "Sortir ! in 2024",
                "ar": "برنامج Sortir !\u200e في عام 2024",
            },
        ),
        (
            "paragraphs",
            [
                {
                    "fr": "En 2024, 57 403 personnes étaient inscrites au dispositif. Parmi elles, 34 "
                    "358 ont utilisé leur carte au moins une fois.",
                    "en": "In 2024, 57,403 people were registered with the scheme. Of these, 34,358 "
                    "used their card at least once.",
                    "ar": "في عام 2024، كان 57,403 شخصًا مسجّلين في البرنامج. ومن بينهم، استخدم 34,358 "
                    "شخصًا بطاقتهم مرة واحدة على الأقل.",
                },
                {
                    "fr": "Fin 2024, 1 088 structures partenaires avaient signé une convention. Au "
                    "total, 39 communes participent.",
                    "en": "At the end of 2024, 1,088 partner organisations had signed an agreement. In "
                    "total, 39 municipalities take part.",
                    "ar": "وفي نهاية عام 2024، كانت 1,088 جهة شريكة قد وقّعت اتفاقية. وتشارك في "
                    "البرنامج 39 بلدية في المجموع.",
                },
            ],
        ),
    ],
}

# ---------------------------------------------------------------------------
# Children of the home page, in menu order
# ---------------------------------------------------------------------------

PAGES = [
    {
        "key": "what-is",
        "in_menu": True,
        "title": {
            "fr": "Qu'est-ce que Sortir ! ?",
            "en": "What is Sortir !?",
            "ar": "ما هو برنامج Sortir !\u200e؟",
        },
        "slug": {
            "fr": "qu-est-ce-que-sortir",
            "en": "what-is-sortir",
            "ar": "what-is-sortir",
        },
        "search_description": {
            "fr": "Sortir ! existe depuis 2010. Découvrez ses objectifs, l'association APRAS qui le "
            "porte, ses financeurs et sa Charte.",
            "en": "Sortir ! has existed since 2010. Learn about its aims, APRAS, the association that "
            "runs it, its funders and its Charter.",
            "ar": "يوجد برنامج Sortir !\u200e منذ عام 2010. تعرّف على أهدافه، وعلى جمعية APRAS التي "
            "تديره، وعلى مموّليه وميثاقه.",
        },
        "intro": {
            "fr": "Sortir ! aide les personnes aux revenus modestes à accéder à la culture, au sport et "
            "aux loisirs. Le dispositif existe depuis 2010.",
            "en": "Sortir ! helps people on modest incomes to access culture, sport and leisure. The "
            "scheme has existed since 2010.",
            "ar": "يساعد برنامج Sortir !\u200e ذوي الدخل المحدود على الوصول إلى الثقافة والرياضة "
            "والترفيه. ويوجد هذا البرنامج منذ عام 2010.",
        },
        "body": [
            (
                "heading",
                {
                    "fr": "Des prix réduits et un accompagnement",
                    "en": "Reduced prices and support",
                    "ar": "أسعار مخفّضة ومرافقة",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Avec Sortir !, vous payez moins cher des spectacles, des séances de "
                        "cinéma, des visites de musée, des activités sportives et des loisirs dans "
                        "Rennes Métropole.",
                        "en": "With Sortir !, you pay less for shows, cinema screenings, museum visits, "
                        "sports and leisure activities in Rennes Métropole.",
                        "ar": "مع برنامج Sortir !\u200e، تدفع أقل مقابل العروض، وعروض السينما، وزيارات "
                        "المتاحف، والأنشطة الرياضية والترفيهية في منطقة رين الحضرية.",
                    },
                    {
                        "fr": "Sortir ! ne donne pas seulement des réductions. Il offre aussi un "
                        "accompagnement et une médiation, pour aider chacun à franchir le pas.",
                        "en": "Sortir ! does not only give discounts. It also offers support and "
                        "mediation, to help everyone take the first step.",
                        "ar": "لا يقتصر برنامج Sortir !\u200e على تقديم التخفيضات، بل يوفّر أيضًا "
                        "المرافقة والوساطة لمساعدة كل شخص على اتخاذ الخطوة الأولى.",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "Depuis 2010",
                    "en": "Since 2010",
                    "ar": "منذ عام 2010",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Sortir ! a été créé en 2010. Il a pris la suite du Passeport Loisirs et "
                        "Culture. La première charte de ce passeport date de 2004.",
                        "en": "Sortir ! was created in 2010. It took over from the Passeport Loisirs et "
                        "Culture (Leisure and Culture Passport). The first charter of this passport "
                        "dates from 2004.",
                        "ar": "أُنشئ برنامج Sortir !\u200e عام 2010. وقد حلّ محلّ «جواز الترفيه "
                        "والثقافة» (Passeport Loisirs et Culture). ويعود أول ميثاق لهذا الجواز إلى عام "
                        "2004.",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "Les objectifs de Sortir !",
                    "en": "The aims of Sortir !",
                    "ar": "أهداف برنامج Sortir !\u200e",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Sortir ! veut aider chaque personne à :",
                        "en": "Sortir ! aims to help each person to:",
                        "ar": "يسعى برنامج Sortir !\u200e إلى مساعدة كل شخص على:",
                    },
                ],
            ),
            (
                "list",
                [
                    {
                        "fr": "prendre confiance en soi et affirmer son identité",
                        "en": "gain self-confidence and assert their identity",
                        "ar": "اكتساب الثقة بالنفس وتأكيد هويته",
                    },
                    {
                        "fr": "s'ouvrir, découvrir, s'émerveiller et se sentir bien",
                        "en": "open up, discover, marvel and feel good",
                        "ar": "الانفتاح والاكتشاف والدهشة والشعور بالراحة",
                    },
                    {
                        "fr": "accéder aux loisirs et à la culture de façon autonome",
                        "en": "access leisure and culture independently",
                        "ar": "الوصول إلى الترفيه والثقافة باستقلالية",
                    },
                    {
                        "fr": "créer des liens avec les autres et rompre l'isolement",
                        "en": "build ties with others and break out of isolation",
                        "ar": "بناء روابط مع الآخرين وكسر العزلة",
                    },
                    {
                        "fr": "trouver sa place dans son quartier, dans sa ville et dans la société",
                        "en": "find their place in their neighbourhood, their city and society",
                        "ar": "إيجاد مكانه في حيّه ومدينته والمجتمع",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "L'APRAS, l'association qui porte Sortir !",
                    "en": "APRAS, the association that runs Sortir !",
                    "ar": "جمعية APRAS التي تدير برنامج Sortir !\u200e",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "L'APRAS est l'Association pour la Promotion de l'Action et de "
                        "l'Animation Sociale. Elle a été créée en 1977 à Rennes par la Ville, la Caisse "
                        "d'allocations familiales (CAF) et les bailleurs sociaux.",
                        "en": "APRAS is the Association pour la Promotion de l'Action et de l'Animation "
                        "Sociale (Association for the Promotion of Social Action and Community Life). "
                        "It was founded in Rennes in 1977 by the City, the family allowance fund (CAF) "
                        "and the social landlords.",
                        "ar": "جمعية APRAS هي «جمعية النهوض بالعمل الاجتماعي والتنشيط الاجتماعي». "
                        "أسّستها في رين عام 1977 بلديةُ المدينة، وصندوق الإعانات العائلية (CAF)، وهيئات "
                        "السكن الاجتماعي.",
                    },
                    {
                        "fr": "Sa devise est « Le Social Partagé ».",
                        "en": "Its motto is “Le Social Partagé” (social action, shared).",
                        "ar": "شعارها «Le Social Partagé»، أي «العمل الاجتماعي المشترك».",
                    },
                    {
                        "fr": "L'APRAS a trois pôles : l'observation sociale, les projets en "
                        "partenariat comme Sortir !, et l'animation de la vie locale dans les quartiers "
                        "de Rennes.",
                        "en": "APRAS has three divisions: social observation, partnership projects such "
                        "as Sortir !, and local community life in the neighbourhoods of Rennes.",
                        "ar": "لجمعية APRAS ثلاثة أقطاب: الرصد الاجتماعي، والمشاريع القائمة على الشراكة "
                        "مثل برنامج Sortir !\u200e، وتنشيط الحياة المحلية في أحياء رين.",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "Les financeurs en 2024",
                    "en": "Funders in 2024",
                    "ar": "الجهات المموّلة في عام 2024",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "En 2024, Sortir ! a été financé par :",
                        "en": "In 2024, Sortir ! was funded by:",
                        "ar": "في عام 2024، موّل برنامجَ Sortir !\u200e كلٌّ من:",
                    },
                ],
            ),
            (
                "list",
                [
                    {
                        "fr": "la Ville de Rennes",
                        "en": "the City of Rennes",
                        "ar": "بلدية رين (Ville de Rennes)",
                    },
                    {
                        "fr": "Rennes Métropole",
                        "en": "Rennes Métropole",
                        "ar": "منطقة رين الحضرية (Rennes Métropole)",
                    },
                    {
                        "fr": "le Conseil départemental d'Ille-et-Vilaine",
                        "en": "the Ille-et-Vilaine departmental council",
                        "ar": "المجلس الإقليمي لمقاطعة إيل إي فيلان (Conseil départemental "
                        "d'Ille-et-Vilaine)",
                    },
                    {
                        "fr": "la CAF d'Ille-et-Vilaine (CAF 35)",
                        "en": "the Ille-et-Vilaine family allowance fund (CAF 35)",
                        "ar": "صندوق الإعانات العائلية لمقاطعة إيل إي فيلان (CAF 35)",
                    },
                    {
                        "fr": "les bailleurs sociaux",
                        "en": "the social landlords",
                        "ar": "هيئات السكن الاجتماعي",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "La Charte Sortir !",
                    "en": "The Sortir ! Charter",
                    "ar": "ميثاق Sortir !\u200e",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "La Charte rappelle les valeurs que tous partagent. Elle précise aussi "
                        "les engagements de chacun : personnes qui ont la carte, structures "
                        "d'activités, relais locaux et élus.",
                        "en": "The Charter restates the values everyone shares. It also sets out the "
                        "commitments of each party: card holders, activity providers, local relays and "
                        "elected officials.",
                        "ar": "يذكّر الميثاق بالقيم التي يتقاسمها الجميع. ويحدّد أيضًا التزامات كل طرف: "
                        "حاملو البطاقة، والجهات التي تقدّم الأنشطة، والوسطاء المحليون، والمنتخَبون.",
                    },
                    {
                        "fr": "Elle a été écrite ensemble, de décembre 2023 à juin 2024, par quatre "
                        "groupes : des bénéficiaires, des structures d'activités, des relais locaux et "
                        "des élus. Une cinquantaine de personnes y ont participé.",
                        "en": "It was written jointly, from December 2023 to June 2024, by four groups: "
                        "beneficiaries, activity providers, local relays and elected officials. About "
                        "fifty people took part.",
                        "ar": "كُتب الميثاق بشكل مشترك، من ديسمبر 2023 إلى يونيو 2024، على يد أربع "
                        "مجموعات: مستفيدون، وجهات تقدّم الأنشطة، ووسطاء محليون، ومنتخَبون. وشارك في ذلك "
                        "نحو خمسين شخصًا.",
                    },
                    {
                        "fr": "Le texte a été discuté lors de l'Agora du 12 juin 2024. Le comité de "
                        "pilotage l'a validé le 9 décembre 2024. La Charte est un outil de médiation "
                        "dans les territoires.",
                        "en": "The text was discussed at the Agora on 12 June 2024. The steering "
                        "committee approved it on 9 December 2024. The Charter is a tool for mediation "
                        "in local areas.",
                        "ar": "نوقش النص خلال لقاء «الأغورا» (Agora) في 12 يونيو 2024. وصادقت عليه "
                        "اللجنة التوجيهية في 9 ديسمبر 2024. والميثاق أداة للوساطة على المستوى المحلي.",
                    },
                ],
            ),
            CTA_GET_THE_CARD,
        ],
    },
    {
        "key": "who-can-benefit",
        "in_menu": True,
        "title": {
            "fr": "Qui peut en bénéficier ?",
            "en": "Who can benefit?",
            "ar": "من يمكنه الاستفادة؟",
        },
        "slug": {
            "fr": "qui-peut-en-beneficier",
            "en": "who-can-benefit",
            "ar": "who-can-benefit",
        },
        "search_description": {
            "fr": "La carte Sortir ! est ouverte aux habitants des communes participantes sous "
            "conditions de ressources, aux étudiants boursiers et aux jeunes suivis par We Ker.",
            "en": "The Sortir ! card is open to residents of participating municipalities who meet "
            "income conditions, to students on a grant and to young people supported by We Ker.",
            "ar": "بطاقة Sortir !\u200e متاحة لسكان البلديات المشاركة وفق شروط الدخل، وللطلاب الحاصلين "
            "على منحة، وللشباب الذين ترافقهم We Ker.",
        },
        "intro": {
            "fr": "La carte Sortir ! est destinée aux personnes aux revenus modestes. Trois groupes de "
            "personnes peuvent l'obtenir.",
            "en": "The Sortir ! card is for people on modest incomes. Three groups of people can get it.",
            "ar": "بطاقة Sortir !\u200e موجّهة إلى ذوي الدخل المحدود. ويمكن لثلاث فئات من الأشخاص "
            "الحصول عليها.",
        },
        "body": [
            (
                "heading",
                {
                    "fr": "Les habitants des communes participantes",
                    "en": "Residents of participating municipalities",
                    "ar": "سكان البلديات المشاركة",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Vous habitez une commune qui participe à Sortir ! ? Vous pouvez avoir la "
                        "carte si vos ressources sont modestes.",
                        "en": "Do you live in a municipality that takes part in Sortir !? You can get "
                        "the card if your income is modest.",
                        "ar": "هل تسكن في بلدية تشارك في برنامج Sortir !\u200e؟ يمكنك الحصول على "
                        "البطاقة إذا كان دخلك محدودًا.",
                    },
                    {
                        "fr": "Les conditions de ressources sont vérifiées par le CCAS (centre communal "
                        "d'action sociale) ou par les services sociaux de votre commune.",
                        "en": "The income conditions are checked by the CCAS (municipal social action "
                        "centre) or by the social services of your municipality.",
                        "ar": "يتحقّق من شروط الدخل المركزُ البلدي للعمل الاجتماعي (CCAS) أو الخدمات "
                        "الاجتماعية في بلديتك.",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "Les communes participantes",
                    "en": "Participating municipalities",
                    "ar": "البلديات المشاركة",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Aujourd'hui, 39 communes participent au dispositif. Gévezé et "
                        "Chartres-de-Bretagne l'ont rejoint en 2024. En voici quelques-unes :",
                        "en": "Today, 39 municipalities take part in the scheme. Gévezé and "
                        "Chartres-de-Bretagne joined in 2024. Here are some of them:",
                        "ar": "تشارك اليوم 39 بلدية في البرنامج. وقد انضمّت إليه بلديتا جيفيزيه "
                        "(Gévezé) وشارتر دو بروتاني (Chartres-de-Bretagne) عام 2024. وهذه بعضها:",
                    },
                ],
            ),
            (
                "list",
                [
                    {
                        "fr": "Rennes",
                        "en": "Rennes",
                        "ar": "رين (Rennes)",
                    },
                    {
                        "fr": "Saint-Jacques-de-la-Lande",
                        "en": "Saint-Jacques-de-la-Lande",
                        "ar": "سان جاك دو لا لاند (Saint-Jacques-de-la-Lande)",
                    },
                    {
                        "fr": "Acigné",
                        "en": "Acigné",
                        "ar": "أسيني (Acigné)",
                    },
                    {
                        "fr": "La Chapelle-des-Fougeretz",
                        "en": "La Chapelle-des-Fougeretz",
                        "ar": "لا شابيل دي فوجريه (La Chapelle-des-Fougeretz)",
                    },
                    {
                        "fr": "Le Rheu",
                        "en": "Le Rheu",
                        "ar": "لو رو (Le Rheu)",
                    },
                    {
                        "fr": "Noyal-Châtillon-sur-Seiche",
                        "en": "Noyal-Châtillon-sur-Seiche",
                        "ar": "نويال شاتيون سور سيش (Noyal-Châtillon-sur-Seiche)",
                    },
                    {
                        "fr": "Parthenay-de-Bretagne",
                        "en": "Parthenay-de-Bretagne",
                        "ar": "بارتوناي دو بروتاني (Parthenay-de-Bretagne)",
                    },
                    {
                        "fr": "Saint-Armel",
                        "en": "Saint-Armel",
                        "ar": "سان أرميل (Saint-Armel)",
                    },
                    {
                        "fr": "Gévezé",
                        "en": "Gévezé",
                        "ar": "جيفيزيه (Gévezé)",
                    },
                    {
                        "fr": "Chartres-de-Bretagne",
                        "en": "Chartres-de-Bretagne",
                        "ar": "شارتر دو بروتاني (Chartres-de-Bretagne)",
                    },
                    {
                        "fr": "Pacé",
                        "en": "Pacé",
                        "ar": "باسيه (Pacé)",
                    },
                    {
                        "fr": "L'Hermitage",
                        "en": "L'Hermitage",
                        "ar": "ليرميتاج (L'Hermitage)",
                    },
                    {
                        "fr": "Laillé",
                        "en": "Laillé",
                        "ar": "لاييه (Laillé)",
                    },
                    {
                        "fr": "Bruz",
                        "en": "Bruz",
                        "ar": "بروز (Bruz)",
                    },
                ],
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "La liste complète des 39 communes est disponible auprès des services "
                        "sociaux de votre commune.",
                        "en": "The full list of the 39 municipalities is available from the social "
                        "services of your municipality.",
                        "ar": "القائمة الكاملة للبلديات الـ39 متوفّرة لدى الخدمات الاجتماعية في بلديتك.",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "Les étudiants boursiers",
                    "en": "Students on a grant",
                    "ar": "الطلاب الحاصلون على منحة",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Depuis 2019, les étudiants boursiers des échelons 2 à 7 peuvent aussi "
                        "bénéficier du dispositif. Ils chargent leurs droits sur leur carte KorriGo "
                        "Services, au 4BIS.",
                        "en": "Since 2019, students on a grant at levels (échelons) 2 to 7 can also "
                        "benefit from the scheme. They load their rights onto their KorriGo Services "
                        "card at the 4BIS.",
                        "ar": "منذ عام 2019، يمكن أيضًا للطلاب الحاصلين على منحة من المستوى 2 إلى "
                        "المستوى 7 الاستفادة من البرنامج. ويشحنون حقوقهم على بطاقة KorriGo Services "
                        "الخاصة بهم في مركز 4BIS.",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "Les jeunes suivis par We Ker",
                    "en": "Young people supported by We Ker",
                    "ar": "الشباب الذين ترافقهم We Ker",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Depuis 2019 également, les jeunes accompagnés par We Ker qui habitent "
                        "dans la métropole peuvent avoir la carte. Cela concerne les jeunes en Contrat "
                        "d'Engagement Jeune et ceux du dispositif « Sortir de la rue ».",
                        "en": "Also since 2019, young people supported by We Ker who live in the "
                        "metropolitan area can get the card. This concerns young people on a Contrat "
                        "d'Engagement Jeune (Youth Commitment Contract) and those in the “Sortir de la "
                        "rue” (Off the Streets) scheme.",
                        "ar": "ومنذ عام 2019 أيضًا، يمكن للشباب الذين ترافقهم We Ker ويسكنون في المنطقة "
                        "الحضرية الحصول على البطاقة. ويشمل ذلك الشباب المستفيدين من «عقد التزام الشباب» "
                        "(Contrat d'Engagement Jeune) والمشاركين في برنامج «الخروج من الشارع» (Sortir "
                        "de la rue).",
                    },
                ],
            ),
            (
                "faq",
                {
                    "title": FAQ_TITLE,
                    "questions": [
                        {
                            "question": {
                                "fr": "Je suis étudiant boursier, comment faire ?",
                                "en": "I am a student on a grant. What should I do?",
                                "ar": "أنا طالب حاصل على منحة، ماذا أفعل؟",
                            },
                            "answer": [
                                {
                                    "fr": "Allez au 4BIS, le centre d'information jeunesse. Vos droits "
                                    "Sortir ! y sont chargés sur votre carte KorriGo Services.",
                                    "en": "Go to the 4BIS, the youth information centre. Your Sortir ! "
                                    "rights are loaded there onto your KorriGo Services card.",
                                    "ar": "توجّه إلى مركز 4BIS، وهو مركز إعلام الشباب. هناك تُشحن حقوقك "
                                    "في برنامج Sortir !\u200e على بطاقة KorriGo Services الخاصة بك.",
                                },
                                {
                                    "fr": "Votre bourse doit être d'un échelon compris entre 2 et 7.",
                                    "en": "Your grant must be at a level between 2 and 7.",
                                    "ar": "يجب أن تكون منحتك من مستوى يتراوح بين 2 و7.",
                                },
                            ],
                        },
                        {
                            "question": {
                                "fr": "Comment savoir si ma commune participe ?",
                                "en": "How can I find out if my municipality takes part?",
                                "ar": "كيف أعرف إن كانت بلديتي مشاركة؟",
                            },
                            "answer": [
                                {
                                    "fr": "Demandez au CCAS ou aux services sociaux de votre mairie. "
                                    "Ils ont la liste complète des communes participantes.",
                                    "en": "Ask the CCAS or the social services at your town hall. They "
                                    "have the full list of participating municipalities.",
                                    "ar": "اسأل المركز البلدي للعمل الاجتماعي (CCAS) أو الخدمات "
                                    "الاجتماعية في مقر بلديتك. فلديهم القائمة الكاملة للبلديات المشاركة.",
                                },
                            ],
                        },
                        {
                            "question": {
                                "fr": "Comment savoir si mes revenus me donnent droit à la carte ?",
                                "en": "How can I find out if my income entitles me to the card?",
                                "ar": "كيف أعرف إن كان دخلي يمنحني الحق في البطاقة؟",
                            },
                            "answer": [
                                {
                                    "fr": "Prenez contact avec le CCAS ou les services sociaux de votre "
                                    "commune. Ils étudient votre situation et vous disent si vous avez "
                                    "droit à la carte.",
                                    "en": "Contact the CCAS or the social services of your "
                                    "municipality. They look at your situation and tell you whether you "
                                    "are entitled to the card.",
                                    "ar": "تواصل مع المركز البلدي للعمل الاجتماعي (CCAS) أو الخدمات "
                                    "الاجتماعية في بلديتك. سيدرسون وضعك ويخبرونك إن كان يحق لك الحصول "
                                    "على البطاقة.",
                                },
                            ],
                        },
                        {
                            "question": {
                                "fr": "Je suis suivi par We Ker. Qui dois-je contacter ?",
                                "en": "I am supported by We Ker. Who should I contact?",
                                "ar": "ترافقني We Ker. بمن يجب أن أتصل؟",
                            },
                            "answer": [
                                {
                                    "fr": "Parlez-en à votre conseiller ou à votre conseillère We Ker. "
                                    "Cette personne vous explique comment avoir la carte.",
                                    "en": "Talk to your We Ker adviser. They will explain how to get "
                                    "the card.",
                                    "ar": "تحدّث إلى مستشارك أو مستشارتك في We Ker. وسيشرح لك كيف تحصل "
                                    "على البطاقة.",
                                },
                            ],
                        },
                    ],
                },
            ),
            CTA_GET_THE_CARD,
        ],
    },
    {
        "key": "where-to-get-the-card",
        "in_menu": True,
        "title": {
            "fr": "Où obtenir la carte ?",
            "en": "Where can I get the card?",
            "ar": "أين أحصل على البطاقة؟",
        },
        "slug": {
            "fr": "ou-obtenir-la-carte",
            "en": "where-to-get-the-card",
            "ar": "where-to-get-the-card",
        },
        "search_description": {
            "fr": "Où demander la carte Sortir ! : au CCAS de votre commune, au 4BIS pour les étudiants "
            "boursiers, auprès de votre conseiller We Ker pour les jeunes suivis.",
            "en": "Where to apply for the Sortir ! card: at your municipality's CCAS, at the 4BIS for "
            "students on a grant, or with your We Ker adviser for young people supported by We Ker.",
            "ar": "أين تطلب بطاقة Sortir !\u200e: لدى المركز البلدي للعمل الاجتماعي في بلديتك، أو في "
            "مركز 4BIS للطلاب الحاصلين على منحة، أو لدى مستشارك في We Ker للشباب الذين ترافقهم.",
        },
        "intro": {
            "fr": "Le lieu où demander la carte dépend de votre situation. Trouvez ci-dessous la "
            "démarche qui vous concerne.",
            "en": "Where you apply for the card depends on your situation. Find the steps that apply to "
            "you below.",
            "ar": "يتوقّف مكان طلب البطاقة على وضعك. ستجد أدناه الخطوات التي تخصّك.",
        },
        "body": [
            (
                "heading",
                {
                    "fr": "Vous habitez une commune participante",
                    "en": "You live in a participating municipality",
                    "ar": "تسكن في بلدية مشاركة",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Adressez-vous au CCAS (centre communal d'action sociale) ou aux services "
                        "sociaux de votre commune.",
                        "en": "Go to the CCAS (municipal social action centre) or the social services "
                        "of your municipality.",
                        "ar": "توجّه إلى المركز البلدي للعمل الاجتماعي (CCAS) أو إلى الخدمات الاجتماعية "
                        "في بلديتك.",
                    },
                    {
                        "fr": "Ils étudient votre situation et vos ressources, puis vous aident à faire "
                        "la demande.",
                        "en": "They look at your situation and your income, then help you apply.",
                        "ar": "يدرسون وضعك ودخلك، ثم يساعدونك على تقديم الطلب.",
                    },
                    {
                        "fr": "Avant d'y aller, vous pouvez appeler pour savoir quels papiers apporter.",
                        "en": "Before you go, you can phone to find out which documents to bring.",
                        "ar": "قبل الذهاب، يمكنك الاتصال هاتفيًا لمعرفة الوثائق التي يجب إحضارها.",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "Vous êtes étudiant boursier",
                    "en": "You are a student on a grant",
                    "ar": "أنت طالب حاصل على منحة",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Allez au 4BIS, le centre d'information jeunesse de Rennes. C'est là que "
                        "vous rechargez vos droits Sortir ! sur votre carte KorriGo Services.",
                        "en": "Go to the 4BIS, the youth information centre in Rennes. This is where "
                        "you recharge your Sortir ! rights on your KorriGo Services card.",
                        "ar": "توجّه إلى مركز 4BIS، وهو مركز إعلام الشباب في رين. هناك تعيد شحن حقوقك "
                        "في برنامج Sortir !\u200e على بطاقة KorriGo Services الخاصة بك.",
                    },
                    {
                        "fr": "Ce droit concerne les boursiers des échelons 2 à 7.",
                        "en": "This right applies to grant holders at levels 2 to 7.",
                        "ar": "يشمل هذا الحق الحاصلين على منحة من المستوى 2 إلى المستوى 7.",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "Vous êtes suivi par We Ker",
                    "en": "You are supported by We Ker",
                    "ar": "ترافقك We Ker",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Votre conseiller ou votre conseillère We Ker vous aide à obtenir la "
                        "carte. Parlez-en lors de votre prochain rendez-vous.",
                        "en": "Your We Ker adviser helps you get the card. Mention it at your next "
                        "appointment.",
                        "ar": "يساعدك مستشارك أو مستشارتك في We Ker على الحصول على البطاقة. تحدّث عن "
                        "ذلك في موعدك القادم.",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "Vous ne savez pas où aller ?",
                    "en": "Not sure where to go?",
                    "ar": "لا تعرف إلى أين تذهب؟",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Contactez l'APRAS. L'association qui porte Sortir ! vous orientera vers "
                        "le bon interlocuteur.",
                        "en": "Contact APRAS. The association that runs Sortir ! will direct you to the "
                        "right person.",
                        "ar": "تواصل مع جمعية APRAS. فالجمعية التي تدير برنامج Sortir !\u200e ستوجّهك "
                        "إلى الشخص المناسب.",
                    },
                ],
            ),
            (
                "cta",
                {
                    "title": {
                        "fr": "Vous avez votre carte ?",
                        "en": "Do you have your card?",
                        "ar": "هل حصلت على بطاقتك؟",
                    },
                    "text": {
                        "fr": "Découvrez comment l'utiliser pour payer moins cher vos sorties.",
                        "en": "Find out how to use it to pay less for your outings.",
                        "ar": "اكتشف كيف تستخدمها لتدفع أقل مقابل أنشطتك خارج المنزل.",
                    },
                    "button_label": {
                        "fr": "Utiliser ma carte",
                        "en": "Using my card",
                        "ar": "استخدام بطاقتي",
                    },
                    "page": "how-to-use-the-card",
                },
            ),
        ],
    },
    {
        "key": "how-to-use-the-card",
        "in_menu": True,
        "title": {
            "fr": "Comment utiliser la carte ?",
            "en": "How do I use the card?",
            "ar": "كيف أستخدم البطاقة؟",
        },
        "slug": {
            "fr": "comment-utiliser-la-carte",
            "en": "how-to-use-the-card",
            "ar": "how-to-use-the-card",
        },
        "search_description": {
            "fr": "Montrez votre carte Sortir ! chez les structures partenaires, payez le tarif Sortir "
            "!, achetez vos billets en ligne ou sortez en groupe.",
            "en": "Show your Sortir ! card at partner organisations, pay the Sortir ! price, buy your "
            "tickets online or go out as a group.",
            "ar": "أظهر بطاقة Sortir !\u200e لدى الجهات الشريكة، وادفع سعر Sortir !\u200e، واشترِ "
            "تذاكرك عبر الإنترنت، أو اخرج مع مجموعة.",
        },
        "intro": {
            "fr": "Avec votre carte, vous payez moins cher chez les partenaires. Voici comment faire.",
            "en": "With your card, you pay less at partner organisations. Here is how.",
            "ar": "ببطاقتك تدفع أقل لدى الجهات الشريكة. إليك الطريقة.",
        },
        "body": [
            (
                "heading",
                {
                    "fr": "Sur place, en trois étapes",
                    "en": "On site, in three steps",
                    "ar": "في المكان نفسه، بثلاث خطوات",
                },
            ),
            (
                "list",
                [
                    {
                        "fr": "Choisissez une activité chez une structure partenaire.",
                        "en": "Choose an activity at a partner organisation.",
                        "ar": "اختر نشاطًا لدى جهة شريكة.",
                    },
                    {
                        "fr": "Montrez votre carte Sortir ! à l'accueil ou à la billetterie.",
                        "en": "Show your Sortir ! card at the reception desk or the ticket office.",
                        "ar": "أظهر بطاقة Sortir !\u200e في الاستقبال أو في شبّاك التذاكر.",
                    },
                    {
                        "fr": "Payez le tarif Sortir !, plus bas que le prix normal.",
                        "en": "Pay the Sortir ! price, which is below the normal price.",
                        "ar": "ادفع سعر Sortir !\u200e، وهو أدنى من السعر العادي.",
                    },
                ],
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Certaines structures vérifient vos droits avec un lecteur de carte ou "
                        "avec une application sur téléphone.",
                        "en": "Some organisations check your rights with a card reader or a phone app.",
                        "ar": "تتحقّق بعض الجهات من حقوقك بواسطة قارئ بطاقات أو تطبيق على الهاتف.",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "Trouver une activité",
                    "en": "Finding an activity",
                    "ar": "العثور على نشاط",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "La brochure des tarifs présente une sélection d'offres et les prix payés "
                        "avec la carte. Elle ne contient pas toutes les offres.",
                        "en": "The price brochure shows a selection of offers and the prices you pay "
                        "with the card. It does not list every offer.",
                        "ar": "يعرض كتيّب الأسعار مجموعة مختارة من العروض والأسعار التي تدفعها "
                        "بالبطاقة. ولا يضمّ كل العروض.",
                    },
                    {
                        "fr": "Vous pouvez aussi consulter la base des activités sur ce site. "
                        "L'OpenAgenda de Rennes Métropole montre aussi ce qui est proposé au tarif "
                        "Sortir !",
                        "en": "You can also look at the activities database on this website. Rennes "
                        "Métropole's OpenAgenda also shows what is offered at the Sortir ! price.",
                        "ar": "يمكنك أيضًا الاطلاع على قاعدة بيانات الأنشطة في هذا الموقع. كما يعرض "
                        "موقع OpenAgenda التابع لمنطقة رين الحضرية ما هو متاح بسعر Sortir !\u200e.",
                    },
                    {
                        "fr": "Parmi les partenaires, on trouve par exemple Les Champs Libres, le Musée "
                        "des Beaux-Arts, l'Opéra de Rennes, le TNB, Le Triangle, le Cercle Paul Bert ou "
                        "la MJC Maison de Suède.",
                        "en": "Partners include, for example, Les Champs Libres, the Musée des "
                        "Beaux-Arts (Fine Arts Museum), the Opéra de Rennes, the TNB, Le Triangle, the "
                        "Cercle Paul Bert and the MJC Maison de Suède.",
                        "ar": "ومن بين الشركاء مثلًا: Les Champs Libres، ومتحف الفنون الجميلة (Musée "
                        "des Beaux-Arts)، وأوبرا رين (Opéra de Rennes)، ومسرح TNB، وLe Triangle، "
                        "وCercle Paul Bert، وMJC Maison de Suède.",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "Acheter ses billets en ligne",
                    "en": "Buying tickets online",
                    "ar": "شراء التذاكر عبر الإنترنت",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Ces lieux vendent des billets électroniques au tarif Sortir ! sur internet :",
                        "en": "These venues sell e-tickets at the Sortir ! price online:",
                        "ar": "تبيع هذه الأماكن تذاكر إلكترونية بسعر Sortir !\u200e عبر الإنترنت:",
                    },
                ],
            ),
            (
                "list",
                [
                    {
                        "fr": "le TNB, pour le cinéma et les spectacles",
                        "en": "the TNB, for cinema and shows",
                        "ar": "مسرح TNB، للسينما والعروض",
                    },
                    {
                        "fr": "Le Triangle",
                        "en": "Le Triangle",
                        "ar": "فضاء Le Triangle",
                    },
                    {
                        "fr": "l'Opéra de Rennes",
                        "en": "the Opéra de Rennes",
                        "ar": "أوبرا رين (Opéra de Rennes)",
                    },
                    {
                        "fr": "l'Orchestre National de Bretagne",
                        "en": "the Orchestre National de Bretagne",
                        "ar": "الأوركسترا الوطنية لبروتاني (Orchestre National de Bretagne)",
                    },
                    {
                        "fr": "Destination Rennes",
                        "en": "Destination Rennes",
                        "ar": "وكالة Destination Rennes",
                    },
                    {
                        "fr": "le cinéma Arvor",
                        "en": "the Arvor cinema",
                        "ar": "سينما Arvor",
                    },
                    {
                        "fr": "L'Antipode MJC",
                        "en": "L'Antipode MJC",
                        "ar": "دار الشباب L'Antipode MJC",
                    },
                ],
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "En 2024, 6 463 billets Sortir ! sur 40 033 ont été achetés en ligne.",
                        "en": "In 2024, 6,463 of the 40,033 Sortir ! tickets were bought online.",
                        "ar": "في عام 2024، اشتُريت 6,463 تذكرة Sortir !\u200e عبر الإنترنت من أصل "
                        "40,033 تذكرة.",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "Sortir en groupe",
                    "en": "Going out as a group",
                    "ar": "الخروج في مجموعة",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "La carte sert aussi pour des sorties de groupe. En 2024, il y a eu 2 937 "
                        "sorties de groupe.",
                        "en": "The card can also be used for group outings. In 2024, there were 2,937 "
                        "group outings.",
                        "ar": "يمكن استخدام البطاقة أيضًا في النزهات الجماعية. وفي عام 2024، نُظّمت "
                        "2,937 نزهة جماعية.",
                    },
                    {
                        "fr": "Le fonds « Sortir ! Ensemble » aide un groupe d'habitants à organiser sa "
                        "propre sortie. Par exemple, des familles vivant en hébergement d'urgence ont "
                        "passé une journée à la mer, à Dinard.",
                        "en": "The “Sortir ! Ensemble” fund helps a group of residents organise its own "
                        "outing. For example, families living in emergency accommodation spent a day at "
                        "the seaside in Dinard.",
                        "ar": "يساعد صندوق «Sortir ! Ensemble» مجموعةً من السكان على تنظيم نزهتها "
                        "الخاصة. فمثلًا، قضت عائلات تقيم في مراكز الإيواء الطارئ يومًا على شاطئ البحر "
                        "في دينار (Dinard).",
                    },
                ],
            ),
            (
                "faq",
                {
                    "title": FAQ_TITLE,
                    "questions": [
                        {
                            "question": {
                                "fr": "Dois-je montrer ma carte à chaque fois ?",
                                "en": "Do I need to show my card every time?",
                                "ar": "هل يجب أن أُظهر بطاقتي في كل مرة؟",
                            },
                            "answer": [
                                {
                                    "fr": "Oui. Montrez votre carte pour avoir le tarif réduit. La "
                                    "structure peut vérifier que vos droits sont valables.",
                                    "en": "Yes. Show your card to get the reduced price. The "
                                    "organisation may check that your rights are valid.",
                                    "ar": "نعم. أظهر بطاقتك للحصول على السعر المخفّض. ويمكن للجهة أن "
                                    "تتحقّق من صلاحية حقوقك.",
                                },
                            ],
                        },
                        {
                            "question": {
                                "fr": "Comment savoir si une activité est au tarif Sortir ! ?",
                                "en": "How can I tell if an activity is available at the Sortir ! price?",
                                "ar": "كيف أعرف إن كان نشاط ما متاحًا بسعر Sortir !\u200e؟",
                            },
                            "answer": [
                                {
                                    "fr": "Regardez la brochure des tarifs, la base des activités ou "
                                    "l'OpenAgenda de Rennes Métropole. En cas de doute, demandez "
                                    "directement à la structure.",
                                    "en": "Look at the price brochure, the activities database or "
                                    "Rennes Métropole's OpenAgenda. If in doubt, ask the organisation "
                                    "directly.",
                                    "ar": "اطّلع على كتيّب الأسعار، أو قاعدة بيانات الأنشطة، أو موقع "
                                    "OpenAgenda التابع لمنطقة رين الحضرية. وإذا كان لديك شك، فاسأل "
                                    "الجهة مباشرة.",
                                },
                            ],
                        },
                        {
                            "question": {
                                "fr": "Puis-je acheter mes billets sur internet ?",
                                "en": "Can I buy my tickets online?",
                                "ar": "هل يمكنني شراء تذاكري عبر الإنترنت؟",
                            },
                            "answer": [
                                {
                                    "fr": "Oui, chez les partenaires qui vendent des billets en ligne "
                                    "au tarif Sortir !, comme le TNB ou l'Opéra de Rennes. Ailleurs, "
                                    "présentez votre carte sur place.",
                                    "en": "Yes, at partners that sell tickets online at the Sortir ! "
                                    "price, such as the TNB or the Opéra de Rennes. Elsewhere, show "
                                    "your card on site.",
                                    "ar": "نعم، لدى الشركاء الذين يبيعون التذاكر عبر الإنترنت بسعر "
                                    "Sortir !\u200e، مثل مسرح TNB أو أوبرا رين. وفي الأماكن الأخرى، "
                                    "أظهر بطاقتك في عين المكان.",
                                },
                            ],
                        },
                    ],
                },
            ),
        ],
    },
    {
        "key": "contact",
        "in_menu": True,
        "title": {
            "fr": "Contact",
            "en": "Contact",
            "ar": "اتصل بنا",
        },
        "slug": {
            "fr": "contact",
            "en": "contact",
            "ar": "contact",
        },
        "search_description": {
            "fr": "Coordonnées de l'APRAS, qui porte Sortir !, et qui contacter selon votre situation : "
            "CCAS, 4BIS ou We Ker.",
            "en": "Contact details for APRAS, which runs Sortir !, and who to contact depending on your "
            "situation: CCAS, 4BIS or We Ker.",
            "ar": "بيانات الاتصال بجمعية APRAS التي تدير برنامج Sortir !\u200e، ومن تتصل به حسب وضعك: "
            "المركز البلدي للعمل الاجتماعي (CCAS)، أو مركز 4BIS، أو We Ker.",
        },
        "intro": {
            "fr": "Vous avez une question sur Sortir ! ? Voici qui contacter selon votre situation.",
            "en": "Do you have a question about Sortir !? Here is who to contact depending on your "
            "situation.",
            "ar": "هل لديك سؤال عن برنامج Sortir !\u200e؟ إليك الجهة التي تتصل بها حسب وضعك.",
        },
        "body": [
            (
                "heading",
                {
                    "fr": "L'APRAS",
                    "en": "APRAS",
                    "ar": "جمعية APRAS",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Le dispositif Sortir ! est porté par l'APRAS, l'Association pour la "
                        "Promotion de l'Action et de l'Animation Sociale.",
                        "en": "The Sortir ! scheme is run by APRAS, the Association pour la Promotion "
                        "de l'Action et de l'Animation Sociale.",
                        "ar": "تدير برنامجَ Sortir !\u200e جمعيةُ APRAS، أي «جمعية النهوض بالعمل "
                        "الاجتماعي والتنشيط الاجتماعي».",
                    },
                    ADDRESS_LINE,
                    PHONE_LINE,
                    {
                        "fr": "Vous pouvez écrire à l'APRAS par courrier ou l'appeler par téléphone.",
                        "en": "You can write to APRAS by post or call them by telephone.",
                        "ar": "يمكنك مراسلة جمعية APRAS بالبريد أو الاتصال بها هاتفيًا.",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "Qui contacter selon votre situation ?",
                    "en": "Who to contact depending on your situation",
                    "ar": "بمن تتصل حسب وضعك؟",
                },
            ),
            (
                "list",
                [
                    {
                        "fr": "Vous habitez une commune participante : le CCAS ou les services sociaux "
                        "de votre commune.",
                        "en": "You live in a participating municipality: the CCAS or the social "
                        "services of your municipality.",
                        "ar": "تسكن في بلدية مشاركة: المركز البلدي للعمل الاجتماعي (CCAS) أو الخدمات "
                        "الاجتماعية في بلديتك.",
                    },
                    {
                        "fr": "Vous êtes étudiant boursier : le 4BIS, centre d'information jeunesse.",
                        "en": "You are a student on a grant: the 4BIS youth information centre.",
                        "ar": "أنت طالب حاصل على منحة: مركز إعلام الشباب 4BIS.",
                    },
                    {
                        "fr": "Vous êtes suivi par We Ker : votre conseiller ou votre conseillère We Ker.",
                        "en": "You are supported by We Ker: your We Ker adviser.",
                        "ar": "ترافقك We Ker: مستشارك أو مستشارتك في We Ker.",
                    },
                    {
                        "fr": "Vous représentez une structure qui veut devenir partenaire : l'APRAS.",
                        "en": "You represent an organisation that wants to become a partner: APRAS.",
                        "ar": "تمثّل جهة ترغب في أن تصبح شريكة: جمعية APRAS.",
                    },
                    {
                        "fr": "Vous ne savez pas à qui vous adresser : l'APRAS.",
                        "en": "You don't know who to ask: APRAS.",
                        "ar": "لا تعرف إلى من تتوجّه: جمعية APRAS.",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "À Rennes, les Espaces Sociaux Communs",
                    "en": "In Rennes: the Espaces Sociaux Communs",
                    "ar": "في رين: الفضاءات الاجتماعية المشتركة",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Dans plusieurs quartiers de Rennes, les Espaces Sociaux Communs (ESC) "
                        "regroupent des services de la Ville, du Département, de la CAF et d'autres "
                        "services. Un accueil commun vous oriente vers le bon service.",
                        "en": "In several Rennes neighbourhoods, the Espaces Sociaux Communs (ESC, "
                        "shared social service centres) bring together services of the City, the "
                        "Département, the CAF and others. A shared reception desk directs you to the "
                        "right service.",
                        "ar": "في عدة أحياء من رين، تجمع «الفضاءات الاجتماعية المشتركة» (Espaces "
                        "Sociaux Communs) خدماتِ البلدية والمقاطعة وصندوق الإعانات العائلية (CAF) "
                        "وخدماتٍ أخرى. ويوجّهك مكتب استقبال مشترك إلى الخدمة المناسبة.",
                    },
                    {
                        "fr": "Il y a six sites : Villejean, Maurepas, Le Blosne, Aimé Césaire, Cleunay "
                        "et Kléber.",
                        "en": "There are six sites: Villejean, Maurepas, Le Blosne, Aimé Césaire, "
                        "Cleunay and Kléber.",
                        "ar": "وهناك ستة مواقع: Villejean، وMaurepas، وLe Blosne، وAimé Césaire، "
                        "وCleunay، وKléber.",
                    },
                ],
            ),
            CTA_GET_THE_CARD,
        ],
    },
    {
        "key": "legal-notice",
        "in_menu": False,
        "title": {
            "fr": "Mentions légales",
            "en": "Legal notice",
            "ar": "الإشعار القانوني",
        },
        "slug": {
            "fr": "mentions-legales",
            "en": "legal-notice",
            "ar": "legal-notice",
        },
        "search_description": {
            "fr": "Mentions légales du site Sortir ! : éditeur, hébergement, cookies et données "
            "personnelles.",
            "en": "Legal notice for the Sortir ! website: publisher, hosting, cookies and personal data.",
            "ar": "الإشعار القانوني لموقع Sortir !\u200e: الناشر، والاستضافة، وملفات تعريف الارتباط، "
            "والبيانات الشخصية.",
        },
        "intro": {
            "fr": "Cette page présente les informations légales sur ce site : qui le publie, qui "
            "l'héberge et comment vos données sont traitées.",
            "en": "This page gives the legal information about this website: who publishes it, who "
            "hosts it and how your data is handled.",
            "ar": "تقدّم هذه الصفحة المعلومات القانونية عن هذا الموقع: من ينشره، ومن يستضيفه، وكيف "
            "تُعالَج بياناتك.",
        },
        "body": [
            (
                "heading",
                {
                    "fr": "Éditeur du site",
                    "en": "Website publisher",
                    "ar": "ناشر الموقع",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Ce site est édité par l'APRAS, Association pour la Promotion de l'Action "
                        "et de l'Animation Sociale.",
                        "en": "This website is published by APRAS, the Association pour la Promotion de "
                        "l'Action et de l'Animation Sociale.",
                        "ar": "ينشر هذا الموقعَ جمعيةُ APRAS (Association pour la Promotion de l'Action "
                        "et de l'Animation Sociale).",
                    },
                    ADDRESS_LINE,
                    PHONE_LINE,
                    {
                        "fr": "Directeur ou directrice de la publication : à compléter par l'équipe "
                        "éditoriale.",
                        "en": "Publication director: to be completed by the editorial team.",
                        "ar": "مدير النشر أو مديرته: يُستكمل من قِبل فريق التحرير.",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "Hébergement",
                    "en": "Hosting",
                    "ar": "الاستضافة",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Hébergeur du site : à compléter par l'équipe éditoriale (nom, adresse et "
                        "téléphone).",
                        "en": "Website host: to be completed by the editorial team (name, address and "
                        "telephone).",
                        "ar": "الجهة المستضيفة للموقع: تُستكمل من قِبل فريق التحرير (الاسم والعنوان والهاتف).",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "Cookies et traceurs",
                    "en": "Cookies and trackers",
                    "ar": "ملفات تعريف الارتباط وأدوات التتبّع",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Ce site n'utilise pas de cookies de suivi, ni d'outil de mesure "
                        "d'audience, ni de traceurs publicitaires.",
                        "en": "This website uses no tracking cookies, no audience measurement tool and "
                        "no advertising trackers.",
                        "ar": "لا يستخدم هذا الموقع ملفات تعريف ارتباط للتتبّع، ولا أدوات لقياس عدد "
                        "الزوار، ولا أدوات تتبّع إعلانية.",
                    },
                    {
                        "fr": "Vous n'avez donc rien à accepter pour consulter le site.",
                        "en": "So you have nothing to accept in order to browse the website.",
                        "ar": "لذلك لا تحتاج إلى الموافقة على أي شيء لتصفّح الموقع.",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "Données personnelles",
                    "en": "Personal data",
                    "ar": "البيانات الشخصية",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Ce site ne collecte aucune donnée personnelle sur les visiteurs anonymes.",
                        "en": "This website collects no personal data about anonymous visitors.",
                        "ar": "لا يجمع هذا الموقع أي بيانات شخصية عن الزوار الذين يتصفّحونه دون الكشف "
                        "عن هويتهم.",
                    },
                    {
                        "fr": "Pour toute question, vous pouvez écrire à l'APRAS à l'adresse ci-dessus "
                        "ou l'appeler.",
                        "en": "If you have any questions, you can write to APRAS at the address above "
                        "or phone them.",
                        "ar": "لأي سؤال، يمكنك مراسلة جمعية APRAS على العنوان المذكور أعلاه أو الاتصال بها.",
                    },
                ],
            ),
            (
                "cta",
                {
                    "title": {
                        "fr": "Accessibilité du site",
                        "en": "Website accessibility",
                        "ar": "إمكانية الوصول إلى الموقع",
                    },
                    "text": {
                        "fr": "Découvrez ce que nous faisons pour que le site soit utilisable par tous.",
                        "en": "Find out what we are doing to make the website usable by everyone.",
                        "ar": "اكتشف ما نقوم به ليكون الموقع قابلًا للاستخدام من قِبل الجميع.",
                    },
                    "button_label": {
                        "fr": "Lire la déclaration d'accessibilité",
                        "en": "Read the accessibility statement",
                        "ar": "اقرأ بيان إمكانية الوصول",
                    },
                    "page": "accessibility",
                },
            ),
        ],
    },
    {
        "key": "accessibility",
        "in_menu": False,
        "title": {
            "fr": "Déclaration d'accessibilité",
            "en": "Accessibility statement",
            "ar": "بيان إمكانية الوصول",
        },
        "slug": {
            "fr": "declaration-d-accessibilite",
            "en": "accessibility-statement",
            "ar": "accessibility-statement",
        },
        "search_description": {
            "fr": "Déclaration d'accessibilité du site Sortir ! : objectif WCAG 2.1 AA et RGAA 4.1, "
            "état de conformité, signaler un problème, voies de recours.",
            "en": "Accessibility statement for the Sortir ! website: WCAG 2.1 AA and RGAA 4.1 target, "
            "compliance status, reporting a problem, means of redress.",
            "ar": "بيان إمكانية الوصول لموقع Sortir !\u200e: الهدف WCAG 2.1 AA وRGAA 4.1، وحالة "
            "المطابقة، والإبلاغ عن مشكلة، وسُبل الطعن.",
        },
        "intro": {
            "fr": "L'APRAS veut que ce site soit utilisable par tout le monde, y compris par les "
            "personnes en situation de handicap.",
            "en": "APRAS wants this website to be usable by everyone, including people with disabilities.",
            "ar": "تريد جمعية APRAS أن يكون هذا الموقع قابلًا للاستخدام من قِبل الجميع، بمن فيهم "
            "الأشخاص ذوو الإعاقة.",
        },
        "body": [
            (
                "heading",
                {
                    "fr": "Notre objectif",
                    "en": "Our goal",
                    "ar": "هدفنا",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Ce site vise le niveau AA des règles internationales WCAG 2.1. En "
                        "France, cela correspond au Référentiel général d'amélioration de "
                        "l'accessibilité (RGAA), version 4.1.",
                        "en": "This website aims to meet level AA of the international WCAG 2.1 "
                        "guidelines. In France, this corresponds to the Référentiel général "
                        "d'amélioration de l'accessibilité (RGAA, the general accessibility improvement "
                        "framework), version 4.1.",
                        "ar": "يهدف هذا الموقع إلى بلوغ المستوى AA من القواعد الدولية WCAG 2.1. ويقابل "
                        "ذلك في فرنسا «المرجع العام لتحسين إمكانية الوصول» (RGAA)، الإصدار 4.1.",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "État de conformité",
                    "en": "Compliance status",
                    "ar": "حالة المطابقة",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "La conformité de ce site au RGAA 4.1 est en cours d'évaluation. Les "
                        "résultats seront publiés sur cette page.",
                        "en": "The compliance of this website with RGAA 4.1 is being assessed. The "
                        "results will be published on this page.",
                        "ar": "مطابقة هذا الموقع لمعيار RGAA 4.1 قيد التقييم حاليًا. وستُنشر النتائج في "
                        "هذه الصفحة.",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "Signaler un problème",
                    "en": "Reporting a problem",
                    "ar": "الإبلاغ عن مشكلة",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Vous n'arrivez pas à utiliser une page ou à lire un contenu ? "
                        "Dites-le-nous. Nous chercherons une solution, par exemple en vous donnant "
                        "l'information sous une autre forme.",
                        "en": "Are you unable to use a page or read some content? Let us know. We will "
                        "look for a solution, for example by giving you the information in another form.",
                        "ar": "هل تواجه صعوبة في استخدام صفحة أو قراءة محتوى؟ أخبرنا بذلك. سنبحث عن حل، "
                        "مثلًا بتقديم المعلومة لك بشكل آخر.",
                    },
                    {
                        "fr": "Écrivez à l'APRAS, 6 cours des Alliés, 35000 Rennes, ou appelez le 02 99 "
                        "31 52 44.",
                        "en": "Write to APRAS, 6 cours des Alliés, 35000 Rennes, or call 02 99 31 52 44.",
                        "ar": "راسل جمعية APRAS على العنوان \u200e6 cours des Alliés, 35000 Rennes، أو "
                        "اتصل بالرقم \u200e02 99 31 52 44.",
                    },
                ],
            ),
            (
                "heading",
                {
                    "fr": "Voies de recours",
                    "en": "Means of redress",
                    "ar": "سُبل الطعن",
                },
            ),
            (
                "paragraphs",
                [
                    {
                        "fr": "Vous nous avez signalé un problème, mais vous n'avez pas eu de réponse "
                        "satisfaisante ? Vous pouvez alors saisir le Défenseur des droits :",
                        "en": "Have you reported a problem to us without getting a satisfactory answer? "
                        "You can then refer the matter to the Défenseur des droits (the French rights "
                        "ombudsman):",
                        "ar": "هل أبلغتنا عن مشكلة دون أن تحصل على رد مُرضٍ؟ يمكنك عندئذٍ اللجوء إلى "
                        "«المدافع عن الحقوق» (Défenseur des droits):",
                    },
                ],
            ),
            (
                "list",
                [
                    {
                        "fr": "Écrire un message sur le site internet du Défenseur des droits",
                        "en": "Write a message on the Défenseur des droits website",
                        "ar": "كتابة رسالة عبر الموقع الإلكتروني للمدافع عن الحقوق",
                    },
                    {
                        "fr": "Contacter le délégué du Défenseur des droits dans votre région",
                        "en": "Contact the Défenseur des droits delegate in your region",
                        "ar": "التواصل مع مندوب المدافع عن الحقوق في منطقتك",
                    },
                    {
                        "fr": "Envoyer un courrier gratuit, sans timbre : Défenseur des droits, Libre "
                        "réponse 71120, 75342 Paris CEDEX 07",
                        "en": "Send a free letter, without a stamp, to: Défenseur des droits, Libre "
                        "réponse 71120, 75342 Paris CEDEX 07",
                        "ar": "إرسال رسالة بريدية مجانية دون طابع إلى: Défenseur des droits, Libre "
                        "réponse 71120, 75342 Paris CEDEX 07",
                    },
                ],
            ),
            (
                "cta",
                {
                    "title": {
                        "fr": "Le Défenseur des droits",
                        "en": "The Défenseur des droits",
                        "ar": "المدافع عن الحقوق",
                    },
                    "text": {
                        "fr": "Son site explique toutes les façons de le contacter.",
                        "en": "Its website explains all the ways to contact it.",
                        "ar": "يشرح موقعه الإلكتروني جميع طرق التواصل معه.",
                    },
                    "button_label": {
                        "fr": "Site du Défenseur des droits",
                        "en": "Défenseur des droits website",
                        "ar": "موقع المدافع عن الحقوق",
                    },
                    "url": "https://www.defenseurdesdroits.fr/",
                },
            ),
        ],
    },
]
