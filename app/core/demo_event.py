"""The application's demo dataset: the Mrirt economic, social and solidarity meeting.

Source: the project's shared seed, mrirt-meeting.ar.txt (a regional news article). The Arabic texts are taken from the
article; dates, GPS points and member counts are illustrative (the article gives none of them).

Pure data: no Qt, no database. Each record is a ``DemoRecord(key, form, data)``; ``data`` uses the field names
and choice values of docs/fields.md. A reference to another demo record is written ``"@" + key`` and the loader
replaces it with the real id of that record. ``ALL_RECORDS`` lists the records in dependency order
(cooperatives, then the workshop, then the visits that refer to both).
"""

from __future__ import annotations

from typing import Any, NamedTuple


class DemoRecord(NamedTuple):
    key: str  # stable slug, e.g. "cooperative-biati"
    form: str  # form name: "cooperative", "visit" or "workshop"
    data: dict[str, Any]  # field name -> value (no None values, empty fields omitted)


DEMO_EVENT_NOTE = (
    "Demo data based on a regional news article about the economic, social and solidarity meeting held in Mrirt "
    "(Khenifra province): the Arabic texts come from the article, while the dates, GPS points, member counts and "
    "the assignment of the article's general diagnosis to each cooperative are illustrative."
)

# Shared texts, all from the article.
_TRAINING_NEEDS = "التكوين و التأطير في مجال التسيير المالي و الإداري"
_SERVICE_COOPERATIVE = (
    "خلق تعاونية خدماتية تأخذ على عاتقها العمل في مجال التكوين و التأطير بالنسبة للمقاولات و التعاونيات "
    "و الجمعيات في مجال التسيير المالي و الإداري"
)
_VISIT_PARTICIPANTS = "المشاركون في اللقاء الاقتصادي و الاجتماعي و التضامني و تنمية المجال"
_WEAK_MEANS = "ضعف التأطير\nضعف التكوين\nضعف الإمكانيات"
_ORGANISER = "شبكة الجمعيات التنموية لآيت سكوكو"

# ---------------------------------------------------------------------------------------------------------------
# Cooperatives
# ---------------------------------------------------------------------------------------------------------------

COOPERATIVES: list[DemoRecord] = [
    DemoRecord(
        key="cooperative-biati",
        form="cooperative",
        data={
            "name_ar": "تعاونية بيئتي لتدبير النفايات",
            "name_fr": "Coopérative Biaati de gestion des déchets",
            "legal_form": "cooperative",
            "sectors": ["waste_management"],
            "products": "تدبير النفايات",
            "region": "beni_mellal_khenifra",
            "province": "خنيفرة",
            "commune": "مريرت",
            "location": {"lat": 33.1642, "lon": -5.5698},
            "members_total": 12,
            "members_women": 5,
            "members_under_35": 7,
            "challenges": ["isolation", "lack_of_partners", "lack_of_training", "state_support_dependence"],
            "training_needs": _TRAINING_NEEDS,
            "notes": "من التعاونيات الأربع التي تمت زيارتها ميدانيا خلال اللقاء الاقتصادي و الاجتماعي و التضامني "
            "و تنمية المجال بمريرت.",
        },
    ),
    DemoRecord(
        key="cooperative-ifssan",
        form="cooperative",
        data={
            "name_ar": "تعاونية إفسان لإنتاج الكسكس البلدي",
            "name_fr": "Coopérative Ifssan du couscous beldi",
            "legal_form": "cooperative",
            "sectors": ["couscous_cereals"],
            "products": "الكسكس البلدي",
            "region": "beni_mellal_khenifra",
            "province": "خنيفرة",
            "commune": "مريرت",
            "location": {"lat": 33.1581, "lon": -5.5763},
            "members_total": 15,
            "members_women": 15,
            "members_under_35": 6,
            "challenges": ["isolation", "lack_of_training", "marketing_problems"],
            "training_needs": _TRAINING_NEEDS,
            "notes": "من التعاونيات الأربع التي تمت زيارتها ميدانيا خلال اللقاء الاقتصادي و الاجتماعي و التضامني "
            "و تنمية المجال بمريرت.",
        },
    ),
    DemoRecord(
        key="cooperative-imdoukal",
        form="cooperative",
        data={
            "name_ar": "تعاونية إمدوكال لإنتاج و تسويق الحليب",
            "name_fr": "Coopérative Imdoukal",
            "legal_form": "cooperative",
            "sectors": ["dairy"],
            "products": "الحليب",
            "region": "beni_mellal_khenifra",
            "province": "خنيفرة",
            "commune": "مريرت",
            "location": {"lat": 33.1725, "lon": -5.5612},
            "members_total": 28,
            "members_women": 6,
            "members_under_35": 9,
            "challenges": ["lack_of_partners", "lack_of_training", "marketing_problems"],
            "training_needs": _TRAINING_NEEDS,
            "notes": "من التعاونيات الأربع التي تمت زيارتها ميدانيا خلال اللقاء الاقتصادي و الاجتماعي و التضامني "
            "و تنمية المجال بمريرت.",
        },
    ),
    DemoRecord(
        key="cooperative-tanfnit",
        form="cooperative",
        data={
            "name_ar": "تعاونية تانفنيت لإنتاج و تسويق الحليب و الزيتون",
            "name_fr": "Coopérative Tanfnit",
            "legal_form": "cooperative",
            "sectors": ["dairy", "olives", "agriculture"],
            "products": "الحليب\nالزيتون",
            "region": "beni_mellal_khenifra",
            "province": "خنيفرة",
            "commune": "مريرت",
            "location": {"lat": 33.1489, "lon": -5.5834},
            "members_total": 22,
            "members_women": 4,
            "members_under_35": 8,
            "challenges": ["isolation", "lack_of_training", "marketing_problems", "state_support_dependence"],
            "training_needs": _TRAINING_NEEDS,
            "notes": "من التعاونيات الأربع التي تمت زيارتها ميدانيا خلال اللقاء الاقتصادي و الاجتماعي و التضامني "
            "و تنمية المجال بمريرت.",
        },
    ),
]

# ---------------------------------------------------------------------------------------------------------------
# The workshop (the meeting itself, with its four sessions)
# ---------------------------------------------------------------------------------------------------------------

WORKSHOP: DemoRecord = DemoRecord(
    key="workshop-mrirt",
    form="workshop",
    data={
        "title": "اللقاء الاقتصادي و الاجتماعي و التضامني و تنمية المجال",
        "start_date": "2025-05-17",
        "end_date": "2025-05-18",
        "place": "الفضاء السياحي فاسكا، مريرت",
        "province": "خنيفرة",
        "commune": "مريرت",
        "organisers": _ORGANISER,
        "partners": "الشبكة المغربية للاقتصاد الاجتماعي و التضامني",
        "participants": (
            "عدد من الفاعلين التنمويين و المهتمين بهذا النوع من الاقتصاد التنموي و ممثلين عن أقطاب الشبكة "
            "المغربية للاقتصاد الاجتماعي و التضامني و عدد من الفاعلين التنمويين المحليين المشتغلين في إطار "
            "تعاونيات أو جمعيات تنموية"
        ),
        "summary": (
            "احتضن الفضاء السياحي فاسكا، بمدينة مريرت، “اللقاء الاقتصادي و الاجتماعي و التضامني و تنمية المجال”، "
            "الذي نظمته شبكة الجمعيات التنموية لآيت سكوكو بتنسيق مع الشبكة المغربية للاقتصاد الاجتماعي و التضامني.\n"
            "برنامج اللقاء عرف تنظيم زيارات ميدانية لأربع تعاونيات، هي: تعاونية بيئتي لتدبير النفايات، تعاونية "
            "إفسان لإنتاج الكسكس البلدي، تعاونية إمدوكال لإنتاج و تسويق الحليب، و تعاونية تانفنيت لإنتاج و تسويق "
            "الحليب و الزيتون. زيارات تم خلالها الوقوف على ظروف اشتغال التعاونيات بالمنطقة التي تعاني من ضعف "
            "التأطير و التكوين و الإمكانيات، و الذي لم يمنع، مع ذلك، من نجاح هذه التعاونيات في خلق فرص عمل في "
            "عدد من القطاعات.\n"
            "هذه الملاحظة السلبية التي دعا الملتقى إلى تجاوزها من خلال خلق تعاونية خدماتية تأخذ على عاتقها العمل "
            "في مجال التكوين و التأطير بالنسبة للمقاولات و التعاونيات و الجمعيات في مجال التسيير المالي و الإداري، "
            "و هو ما من شأنه أن يساهم في الرفع من مستوى العمل التنموي بالمنطقة.\n"
            "أشغال اللقاء، في شقها النظري، توزعت على أربع ورشات: الرفع من مردودية التعاونيات باعتبارها مقاولة "
            "اجتماعية و تعبئة فاعلي الاقتصاد الاجتماعي و التضامني على المستوى المجالي؛ السياحة التضامنية و تنمية "
            "المجال؛ تثمين المنتوجات المحلية: المعيقات و الآفاق؛ الحماية و التغطية لصغار المنتجين."
        ),
        "sessions": [
            {
                "theme": "كيفية الرفع من مردودية التعاونيات باعتبارها مقاولة اجتماعية و تعبئة فاعلي الاقتصاد "
                "الاجتماعي و التضامني على المستوى المجالي",
                "diagnosis": "معظم التعاونيات تعيش عزلة و غياب للشركاء و التكوين، و في بعض الأحيان عدم انسجام بين "
                "الأعضاء، إضافة إلى مشاكل التسويق و رهن مستقبل التعاونية بالدعم المقدم من طرف الدولة",
                "recommendations": (
                    "تحديد حاجيات التكوين و الجهات المسؤولة التي ينبغي الالتجاء إليها\n"
                    "تنظيم زيارات بينية لتبادل الخبرات و التجارب\n"
                    "الرفع من المردودية و تحسين الجودة\n"
                    "توسيع قاعدة التعاونيات بفتح أبواب الانخراط\n"
                    "تنويع الأنشطة داخل التعاونية\n"
                    "الانخراط في اتحادات أو الدخول في إطار كمجموعات ذات النفع الاقتصادي\n"
                    "التقرب من مكتب التسويق و التصدير في إطار التجارة العادلة و المنصفة"
                ),
            },
            {
                "theme": "السياحة التضامنية و تنمية المجال",
                "diagnosis": "أي استراتيجية لجعل السياحة التضامنية رابطة للتنمية المحلية؟",
                "recommendations": (
                    "مرافقة الجمعيات المحلية و الجهوية لحاملي المشاريع السياحية المندرجة ضمن السياحة "
                    "الاجتماعية التضامنية\n"
                    "المرافعة من أجل إدماج السياحة التضامنية في مخططات التنمية المحلية"
                ),
            },
            {
                "theme": "تثمين المنتوجات المحلية: المعيقات و الآفاق",
                "diagnosis": "الضوابط التي ينبغي توفرها في المنتوجات المحلية من جودة و حسن عرض و تلفيف، وكذا "
                "حكامة جيدة في التسيير و التدبير، و تنويع المنتوج تبعا لمتطلبات و حاجيات السوق و وضع منهجية "
                "فعالة للإنتاج و التسويق",
                "recommendations": "توحيد التعاونيات في إطار اتحادات",
            },
            {
                "theme": "الحماية و التغطية لصغار المنتجين",
                "recommendations": (
                    "المرافعة من أجل وضع قانوني مناسب\n"
                    "الترافع من أجل إيجاد تأمين مناسب لهذه الفئات\n"
                    "التأطير و التكوين الكافي للجمعيات و التعاونيات المهنية\n"
                    "القيام بزيارات ميدانية للتجارب الناجحة\n"
                    "توعية السكان من أجل الانخراط في هذا النظام البديل\n"
                    "تقوية القدرات التدبيرية و الحكامة الجيدة للتعاضديات"
                ),
            },
        ],
    },
)

# ---------------------------------------------------------------------------------------------------------------
# Field visits (one per cooperative, during the meeting)
# ---------------------------------------------------------------------------------------------------------------

VISITS: list[DemoRecord] = [
    DemoRecord(
        key="visit-biati",
        form="visit",
        data={
            "cooperative": "@cooperative-biati",
            "visit_date": "2025-05-17",
            "purpose": "workshop_field_visit",
            "participants": _VISIT_PARTICIPANTS,
            "observations": "تم الوقوف على ظروف اشتغال التعاونية التي تعاني، كباقي تعاونيات المنطقة، من ضعف "
            "التأطير و التكوين و الإمكانيات، و هو ما لم يمنع من نجاحها في خلق فرص عمل في مجال تدبير النفايات.",
            "problems": _WEAK_MEANS,
            "recommendations": [
                {"action": _SERVICE_COOPERATIVE, "responsible": _ORGANISER},
                {
                    "action": "تحديد حاجيات التكوين و الجهات المسؤولة التي ينبغي الالتجاء إليها",
                    "responsible": "التعاونية",
                    "due_date": "2025-09-30",
                },
            ],
            "location": {"lat": 33.1642, "lon": -5.5698},
            "workshop": "@workshop-mrirt",
        },
    ),
    DemoRecord(
        key="visit-ifssan",
        form="visit",
        data={
            "cooperative": "@cooperative-ifssan",
            "visit_date": "2025-05-17",
            "purpose": "workshop_field_visit",
            "participants": _VISIT_PARTICIPANTS,
            "observations": "تم الوقوف على ظروف اشتغال التعاونية التي تعاني، كباقي تعاونيات المنطقة، من ضعف "
            "التأطير و التكوين و الإمكانيات، و هو ما لم يمنع من نجاحها في خلق فرص عمل في إنتاج الكسكس البلدي.",
            "problems": _WEAK_MEANS + "\nمشاكل التسويق",
            "recommendations": [
                {"action": _SERVICE_COOPERATIVE, "responsible": _ORGANISER},
                {
                    "action": "تحسين الجودة و حسن عرض و تلفيف المنتوج، و تنويع المنتوج تبعا لمتطلبات و حاجيات السوق",
                    "responsible": "التعاونية",
                },
            ],
            "location": {"lat": 33.1581, "lon": -5.5763},
            "workshop": "@workshop-mrirt",
        },
    ),
    DemoRecord(
        key="visit-imdoukal",
        form="visit",
        data={
            "cooperative": "@cooperative-imdoukal",
            "visit_date": "2025-05-17",
            "purpose": "workshop_field_visit",
            "participants": _VISIT_PARTICIPANTS,
            "observations": "تم الوقوف على ظروف اشتغال التعاونية التي تعاني، كباقي تعاونيات المنطقة، من ضعف "
            "التأطير و التكوين و الإمكانيات، و هو ما لم يمنع من نجاحها في خلق فرص عمل في إنتاج و تسويق الحليب.",
            "problems": _WEAK_MEANS + "\nمشاكل التسويق",
            "recommendations": [
                {"action": _SERVICE_COOPERATIVE, "responsible": _ORGANISER},
                {
                    "action": "الانخراط في اتحادات أو الدخول في إطار كمجموعات ذات النفع الاقتصادي",
                    "responsible": "التعاونية",
                },
                {
                    "action": "تنظيم زيارات بينية لتبادل الخبرات و التجارب",
                    "responsible": _ORGANISER,
                },
            ],
            "location": {"lat": 33.1725, "lon": -5.5612},
            "workshop": "@workshop-mrirt",
        },
    ),
    DemoRecord(
        key="visit-tanfnit",
        form="visit",
        data={
            "cooperative": "@cooperative-tanfnit",
            "visit_date": "2025-05-17",
            "purpose": "workshop_field_visit",
            "participants": _VISIT_PARTICIPANTS,
            "observations": "تم الوقوف على ظروف اشتغال التعاونية التي تعاني، كباقي تعاونيات المنطقة، من ضعف "
            "التأطير و التكوين و الإمكانيات، و هو ما لم يمنع من نجاحها في خلق فرص عمل في إنتاج و تسويق الحليب "
            "و الزيتون.",
            "problems": _WEAK_MEANS + "\nمشاكل التسويق",
            "recommendations": [
                {"action": _SERVICE_COOPERATIVE, "responsible": _ORGANISER},
                {
                    "action": "التقرب من مكتب التسويق و التصدير في إطار التجارة العادلة و المنصفة",
                    "responsible": "التعاونية",
                },
            ],
            "location": {"lat": 33.1489, "lon": -5.5834},
            "workshop": "@workshop-mrirt",
        },
    ),
]

ALL_RECORDS: list[DemoRecord] = [*COOPERATIVES, WORKSHOP, *VISITS]
