"""The organisation's server (app/sync/server): documents refused by a pull, and what a push or a pull did."""

MESSAGES: dict[str, dict[str, str]] = {
    # - documents refused by a pull (each names the server and the push; nothing of it is merged)
    "server_document_malformed": {
        "ar": "المستند {document} على الخادم {path} ليس كما تكتبه تعاون ({detail}): لم يدمج شيء منه",
        "fr": "Le document {document} du serveur {path} n'est pas tel que Taawun l'écrit ({detail}) : rien n'en a"
        " été fusionné",
        "en": "The document {document} on the server {path} is not as Taawun writes it ({detail}): nothing of it"
        " was merged",
    },
    "server_sealed_needs_organisation": {
        "ar": "المستند {document} على الخادم مشفر لمنظمة، وهذا الحاسوب ليس عضوا في أي منظمة: لم يدمج",
        "fr": "Le document {document} du serveur est chiffré pour une organisation, et cet ordinateur n'est membre"
        " d'aucune : il n'a pas été fusionné",
        "en": "The document {document} on the server is sealed for an organisation, and this laptop belongs to none:"
        " it was not merged",
    },
    "server_plain_refused": {
        "ar": "المستند {document} على الخادم غير مشفر، وحواسيب المنظمة لا تقبل إلا المستندات المشفرة: لم يدمج",
        "fr": "Le document {document} du serveur n'est pas chiffré, et les ordinateurs d'une organisation n'acceptent"
        " que des documents chiffrés : il n'a pas été fusionné",
        "en": "The document {document} on the server is not sealed, and an organisation's laptops accept sealed"
        " documents only: it was not merged",
    },
    "server_key_missing": {
        "ar": "لا يوجد على الخادم مفتاح لهذا الحاسوب يفتح المستند {document}. سيمرره حاسوب عضو آخر عند مزامنته"
        " التالية؛ أعد المزامنة بعدها",
        "fr": "Le serveur ne tient aucune clé pour cet ordinateur qui ouvre le document {document}. Un autre"
        " ordinateur membre la transmettra à sa prochaine synchronisation ; synchronisez de nouveau ensuite",
        "en": "The server holds no key for this laptop that opens the document {document}. Another member laptop"
        " passes it on at its next sync; sync again after that",
    },
    "server_key_not_genuine": {
        "ar": "المفتاح {document} على الخادم لم يكتبه حاسوب عضو أو تغير بعد كتابته: رفض",
        "fr": "La clé {document} du serveur n'a pas été écrite par un ordinateur membre, ou a changé depuis : refusée",
        "en": "The key {document} on the server was not written by a member laptop, or changed since: refused",
    },
    "server_push_not_genuine": {
        "ar": "الدفعة {document} على الخادم لا تحمل توقيع حاسوب عضو في المنظمة يطابق محتواها: لم تدمج",
        "fr": "L'envoi {document} du serveur ne porte pas la signature d'un ordinateur membre correspondant à son"
        " contenu : il n'a pas été fusionné",
        "en": "The push {document} on the server does not carry a member laptop's signature matching its content:"
        " it was not merged",
    },
    "server_push_removed_laptop": {
        "ar": "الدفعة {document} على الخادم من الحاسوب «{laptop}» الذي أزيل من المنظمة: لم تدمج",
        "fr": "L'envoi {document} du serveur vient de l'ordinateur « {laptop} », retiré de l'organisation : il n'a"
        " pas été fusionné",
        "en": "The push {document} on the server comes from the laptop “{laptop}”, removed from the organisation: it"
        " was not merged",
    },
    "server_document_not_genuine": {
        "ar": "المستند {document} على الخادم تغير بعد كتابته أو وضع في غير مكانه: لم يدمج",
        "fr": "Le document {document} du serveur a changé depuis son écriture, ou a été déplacé : il n'a pas été"
        " fusionné",
        "en": "The document {document} on the server changed since it was written, or was moved: it was not merged",
    },
    "server_state_unwritable": {
        "ar": "تعذرت كتابة ملف حالة المزامنة مع الخادم {path}: {detail}",
        "fr": "Impossible d'écrire le fichier d'état de la synchronisation avec le serveur {path} : {detail}",
        "en": "Could not write the server sync state file {path}: {detail}",
    },
    # - what a push or a pull did (the command line and the window)
    "server_pushed": {
        "ar": "أرسل إلى الخادم. مستندات جديدة: {sent} (السجلات: {records})؛ كانت عليه من قبل: {already}؛ الحجم: {size}",
        "fr": "Envoyé au serveur. Documents nouveaux : {sent} (fiches : {records}) ; déjà présents : {already} ;"
        " taille : {size}",
        "en": "Sent to the server. New documents: {sent} (records: {records}); already there: {already}; size: {size}",
    },
    "server_pushed_nothing": {
        "ar": "لا جديد لإرساله: الخادم يحمل كل ما في هذا الحاسوب",
        "fr": "Rien de nouveau à envoyer : le serveur tient tout ce que tient cet ordinateur",
        "en": "Nothing new to send: the server holds everything this laptop holds",
    },
    "server_pulled_nothing": {
        "ar": "لا جديد على الخادم منذ آخر مزامنة",
        "fr": "Rien de nouveau sur le serveur depuis la dernière synchronisation",
        "en": "Nothing new on the server since the last sync",
    },
    "server_pushing": {
        "ar": "إرسال ما ليس على الخادم…",
        "fr": "Envoi de ce que le serveur n'a pas…",
        "en": "Sending what the server lacks…",
    },
    "server_pulling": {
        "ar": "جلب الجديد من الخادم ودمجه…",
        "fr": "Réception et fusion des nouveautés du serveur…",
        "en": "Receiving and merging what is new on the server…",
    },
}
