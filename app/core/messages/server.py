"""The organisation's server: reaching it, its answers, its password, setting it up (app/sync/server, docs/server.md).

Every failure says what to do. Reasons and names given by the server are parameters: escaped and bounded where
they are shown (app/core/shown.py).
"""

MESSAGES: dict[str, dict[str, str]] = {
    "server_bad_address": {
        "ar": "عنوان الخادم غير صالح: {url}. اكتب عنوان قاعدة البيانات كاملًا، مثل https://couch.example.org:5984/taawun"
        " (http أو https، واسم المضيف، واسم قاعدة البيانات، بلا اسم مستخدم ولا كلمة مرور فيه)",
        "fr": "Adresse de serveur invalide : {url}. Donnez l'adresse complète de la base, par exemple"
        " https://couch.example.org:5984/taawun (http ou https, l'hôte, le nom de la base, sans utilisateur ni mot"
        " de passe dedans)",
        "en": "Invalid server address: {url}. Give the database's whole address, e.g."
        " https://couch.example.org:5984/taawun (http or https, the host, the database's name, with no user or"
        " password in it)",
    },
    "server_unreachable": {
        "ar": "تعذر الوصول إلى الخادم {url} ({detail}). تحقق من الاتصال بالإنترنت ومن العنوان، ثم أعد المحاولة لاحقًا:"
        " لم يُفقد شيء",
        "fr": "Impossible de joindre le serveur {url} ({detail}). Vérifiez la connexion et l'adresse, puis"
        " réessayez plus tard : rien n'est perdu",
        "en": "Cannot reach the server {url} ({detail}). Check the connection and the address, then try again"
        " later: nothing is lost",
    },
    "server_timed_out": {
        "ar": "لم يُجب الخادم {url} في الوقت المحدد بعد عدة محاولات. الاتصال بطيء أو مقطوع: أعد المحاولة لاحقًا، ولن"
        " يُفقد شيء ولن يتكرر شيء",
        "fr": "Le serveur {url} n'a pas répondu à temps après plusieurs essais. La connexion est lente ou coupée :"
        " réessayez plus tard, rien ne sera perdu ni dupliqué",
        "en": "The server {url} did not answer in time after several attempts. The connection is slow or cut: try"
        " again later, nothing will be lost or duplicated",
    },
    "server_tls_unverified": {
        "ar": "تعذر التحقق من شهادة الخادم {url}: قد لا يكون هذا خادم المنظمة. لم يُرسل شيء. اطلب من المنظمة شهادة"
        " صالحة (مثل Let's Encrypt)، وتحقق من تاريخ هذا الحاسوب وساعته",
        "fr": "Le certificat du serveur {url} n'a pas pu être vérifié : ce n'est peut-être pas le serveur de"
        " l'organisation. Rien n'a été envoyé. Demandez à l'organisation un certificat valide (par exemple Let's"
        " Encrypt) et vérifiez la date et l'heure de cet ordinateur",
        "en": "The certificate of the server {url} could not be verified: this may not be the organisation's"
        " server. Nothing was sent. Ask the organisation for a valid certificate (e.g. Let's Encrypt) and check"
        " this laptop's date and time",
    },
    "server_refused_user": {
        "ar": "رفض الخادم {url} المستخدم «{user}»: الاسم أو كلمة المرور غير صحيحين، أو المستخدم ليس عضوًا في قاعدة"
        " البيانات. أعد إدخالهما بـ taawun sync server set، أو اطلب من المنظمة إضافة المستخدم",
        "fr": "Le serveur {url} a refusé l'utilisateur « {user} » : nom ou mot de passe incorrect, ou utilisateur"
        " non membre de la base. Saisissez-les de nouveau avec taawun sync server set, ou demandez à"
        " l'organisation d'ajouter l'utilisateur",
        "en": "The server {url} refused the user '{user}': wrong name or password, or the user is not a member of"
        " the database. Enter them again with taawun sync server set, or ask the organisation to add the user",
    },
    "server_database_missing": {
        "ar": "قاعدة البيانات {url} غير موجودة على الخادم. تحقق من العنوان، أو اطلب من المنظمة تشغيل"
        " taawun sync server init",
        "fr": "La base {url} n'existe pas sur le serveur. Vérifiez l'adresse, ou demandez à l'organisation de"
        " lancer taawun sync server init",
        "en": "The database {url} does not exist on the server. Check the address, or ask the organisation to run"
        " taawun sync server init",
    },
    "server_not_couch": {
        "ar": "العنوان {url} لا يجيب كخادم CouchDB. تحقق من العنوان (عنوان قاعدة البيانات، مثل"
        " https://couch.example.org:5984/taawun)",
        "fr": "L'adresse {url} ne répond pas comme un serveur CouchDB. Vérifiez l'adresse (celle de la base, par"
        " exemple https://couch.example.org:5984/taawun)",
        "en": "The address {url} does not answer as a CouchDB server. Check the address (the database's, e.g."
        " https://couch.example.org:5984/taawun)",
    },
    "server_failing": {
        "ar": "الخادم {url} يجيب بخطأ ({status}) بعد عدة محاولات. أعد المحاولة لاحقًا، وإن استمر ذلك فأخبر المنظمة: لم"
        " يُفقد شيء",
        "fr": "Le serveur {url} répond par une erreur ({status}) après plusieurs essais. Réessayez plus tard, et"
        " prévenez l'organisation si cela dure : rien n'est perdu",
        "en": "The server {url} answers with an error ({status}) after several attempts. Try again later, and tell"
        " the organisation if it lasts: nothing is lost",
    },
    "server_refused_request": {
        "ar": "رفض الخادم {url} الطلب ({status}): {reason}. أخبر المنظمة بهذه الرسالة",
        "fr": "Le serveur {url} a refusé la requête ({status}) : {reason}. Transmettez ce message à l'organisation",
        "en": "The server {url} refused the request ({status}): {reason}. Pass this message on to the organisation",
    },
    "server_document_refused": {
        "ar": "رفض الخادم الوثيقة {id}: {reason}. لم يُفقد شيء على هذا الحاسوب؛ أخبر المنظمة بهذه الرسالة",
        "fr": "Le serveur a refusé le document {id} : {reason}. Rien n'est perdu sur cet ordinateur ; transmettez ce"
        " message à l'organisation",
        "en": "The server refused the document {id}: {reason}. Nothing is lost on this laptop; pass this message on"
        " to the organisation",
    },
    "server_design_missing": {
        "ar": "قاعدة البيانات {url} غير مهيأة لتعاون (وثيقة التصميم غائبة أو قديمة). لن يُرسل شيء قبل أن تشغّل المنظمة"
        " taawun sync server init بحساب مدير الخادم",
        "fr": "La base {url} n'est pas préparée pour Taawun (document de conception absent ou périmé). Rien ne sera"
        " envoyé avant que l'organisation lance taawun sync server init avec le compte d'administration du serveur",
        "en": "The database {url} is not set up for Taawun (its design document is missing or outdated). Nothing"
        " will be sent until the organisation runs taawun sync server init with the server's administrator account",
    },
    "server_cancelled": {
        "ar": "أُلغيت المزامنة مع الخادم. ما أُرسل أو استُلم قبل الإلغاء محفوظ؛ المزامنة التالية تكمل الباقي",
        "fr": "Synchronisation avec le serveur annulée. Ce qui a été envoyé ou reçu avant est gardé ; la prochaine"
        " synchronisation terminera le reste",
        "en": "Sync with the server cancelled. What was sent or received before is kept; the next sync completes"
        " the rest",
    },
    "server_answer_too_large": {
        "ar": "أرسل الخادم {url} جوابًا يتجاوز {size} ميغابايت: ليس جواب CouchDB سليم، ولم يُقرأ",
        "fr": "Le serveur {url} a envoyé une réponse de plus de {size} Mo : ce n'est pas une réponse saine de"
        " CouchDB, elle n'a pas été lue",
        "en": "The server {url} sent an answer larger than {size} MB: not a sound CouchDB answer; it was not read",
    },
    "server_test_cancelled": {
        "ar": "أُلغي اختبار الاتصال بالخادم",
        "fr": "Test de la connexion au serveur annulé",
        "en": "Connection test cancelled",
    },
    "server_not_admin": {
        "ar": "المستخدم «{user}» ليس مديرًا للخادم {url}: تهيئة قاعدة البيانات تحتاج حساب مدير CouchDB",
        "fr": "L'utilisateur « {user} » n'est pas administrateur du serveur {url} : préparer la base demande un"
        " compte d'administration de CouchDB",
        "en": "The user '{user}' is not an administrator of the server {url}: setting up the database needs a"
        " CouchDB administrator account",
    },
    # --- the password ---------------------------------------------------------------------------------------------
    "server_password_in_store": {
        "ar": "كلمة المرور محفوظة في مخزن كلمات المرور الخاص بالنظام",
        "fr": "Le mot de passe est gardé dans le magasin d'identifiants du système",
        "en": "The password is kept in the system's credential store",
    },
    "server_password_in_file": {
        "ar": "كلمة المرور محفوظة في ملف لا يقرؤه سواك، لا في مخزن كلمات المرور (لا مخزن متاح على هذا الحاسوب): {path}",
        "fr": "Le mot de passe est gardé dans un fichier lisible par vous seul, pas dans un magasin d'identifiants"
        " (aucun n'est disponible sur cet ordinateur) : {path}",
        "en": "The password is kept in a file readable only by you, not in a credential store (none is available on"
        " this laptop): {path}",
    },
    "server_password_not_kept": {
        "ar": "لا كلمة مرور محفوظة لهذا الخادم",
        "fr": "Aucun mot de passe n'est gardé pour ce serveur",
        "en": "No password is kept for this server",
    },
    "server_password_not_saved": {
        "ar": "تعذر حفظ كلمة مرور الخادم في {path}: {detail}",
        "fr": "Impossible de garder le mot de passe du serveur dans {path} : {detail}",
        "en": "Cannot keep the server's password in {path}: {detail}",
    },
    "server_password_prompt": {
        "ar": "كلمة مرور «{user}» على الخادم: ",
        "fr": "Mot de passe de « {user} » sur le serveur : ",
        "en": "Password of '{user}' on the server: ",
    },
    "server_password_needed": {
        "ar": "هذا الأمر يحتاج كلمة مرور الخادم: اكتبها عند السؤال، أو ضعها في المتغير {variable}",
        "fr": "Cette commande a besoin du mot de passe du serveur : tapez-le quand il est demandé, ou mettez-le dans"
        " la variable {variable}",
        "en": "This command needs the server's password: type it when asked, or put it in the variable {variable}",
    },
    "server_password_empty": {
        "ar": "كلمة مرور الخادم لا يمكن أن تكون فارغة",
        "fr": "Le mot de passe du serveur ne peut pas être vide",
        "en": "The server's password cannot be empty",
    },
    # --- `taawun sync server …` -----------------------------------------------------------------------------------
    "server_usage": {
        "ar": "الاستعمال: taawun sync server set URL --user NAME | show | test | forget | init URL --user ADMIN"
        " [--member NAME …]",
        "fr": "Usage : taawun sync server set URL --user NOM | show | test | forget | init URL --user ADMIN"
        " [--member NOM …]",
        "en": "Usage: taawun sync server set URL --user NAME | show | test | forget | init URL --user ADMIN"
        " [--member NAME …]",
    },
    "server_needs_address": {
        "ar": "اكتب عنوان قاعدة البيانات: taawun sync server set URL --user NAME",
        "fr": "Donnez l'adresse de la base : taawun sync server set URL --user NOM",
        "en": "Give the database's address: taawun sync server set URL --user NAME",
    },
    "server_needs_user": {
        "ar": "اكتب اسم المستخدم على الخادم بـ --user NAME",
        "fr": "Donnez le nom d'utilisateur sur le serveur avec --user NOM",
        "en": "Give the user name on the server with --user NAME",
    },
    "server_bad_user": {
        "ar": "اسم المستخدم غير صالح: {user}",
        "fr": "Nom d'utilisateur invalide : {user}",
        "en": "Invalid user name: {user}",
    },
    "server_not_set": {
        "ar": "لم يُحدَّد خادم لهذا الحاسوب: taawun sync server set URL --user NAME",
        "fr": "Aucun serveur n'est défini pour cet ordinateur : taawun sync server set URL --user NOM",
        "en": "No server is set for this laptop: taawun sync server set URL --user NAME",
    },
    "server_plain_http": {
        "ar": "تنبيه: العنوان {url} غير مشفر (http): كلمة المرور والبيانات تمر مكشوفة على الشبكة. استعمل https",
        "fr": "Attention : l'adresse {url} n'est pas chiffrée (http) : le mot de passe et les données passent en"
        " clair sur le réseau. Utilisez https",
        "en": "Warning: the address {url} is not encrypted (http): the password and the data cross the network in"
        " the clear. Use https",
    },
    "server_saved": {
        "ar": "حُفظ الخادم {url} والمستخدم «{user}»",
        "fr": "Serveur {url} et utilisateur « {user} » enregistrés",
        "en": "Server {url} and user '{user}' saved",
    },
    "server_reachable": {
        "ar": "الاتصال بالخادم {url} ناجح بصفة «{user}»: قاعدة البيانات جاهزة وتحوي {count} وثيقة",
        "fr": "Connexion au serveur {url} réussie en tant que « {user} » : la base est prête et contient {count}"
        " documents",
        "en": "Connected to the server {url} as '{user}': the database is ready and holds {count} documents",
    },
    "server_show_address": {
        "ar": "الخادم: {url}",
        "fr": "Serveur : {url}",
        "en": "Server: {url}",
    },
    "server_show_user": {
        "ar": "المستخدم: {user}",
        "fr": "Utilisateur : {user}",
        "en": "User: {user}",
    },
    "server_forgotten": {
        "ar": "نُسي الخادم وكلمة مروره على هذا الحاسوب",
        "fr": "Serveur et mot de passe oubliés sur cet ordinateur",
        "en": "The server and its password are forgotten on this laptop",
    },
    "server_admin_prompt": {
        "ar": "كلمة مرور مدير الخادم «{user}»: ",
        "fr": "Mot de passe de l'administrateur « {user} » du serveur : ",
        "en": "Password of the server's administrator '{user}': ",
    },
    "server_init_created": {
        "ar": "أُنشئت قاعدة البيانات {url}",
        "fr": "Base {url} créée",
        "en": "Database {url} created",
    },
    "server_init_existed": {
        "ar": "قاعدة البيانات {url} موجودة",
        "fr": "La base {url} existe",
        "en": "The database {url} exists",
    },
    "server_init_design_installed": {
        "ar": "ثُبتت وثيقة التصميم (الإصدار {version}): لا تُعدَّل وثيقة ولا تُحذف على الخادم",
        "fr": "Document de conception installé (version {version}) : aucun document ne peut être modifié ni"
        " supprimé sur le serveur",
        "en": "Design document installed (version {version}): no document can be changed or deleted on the server",
    },
    "server_init_design_current": {
        "ar": "وثيقة التصميم محدثة (الإصدار {version})",
        "fr": "Le document de conception est à jour (version {version})",
        "en": "The design document is up to date (version {version})",
    },
    "server_init_members": {
        "ar": "لا يقرأ قاعدة البيانات ولا يكتب فيها إلا المديرون والأعضاء: {names}",
        "fr": "Seuls les administrateurs et les membres lisent et écrivent la base : {names}",
        "en": "Only administrators and the members read and write the database: {names}",
    },
    "server_init_no_members": {
        "ar": "لا عضو بعد: لا يستعمل قاعدة البيانات إلا المديرون. أضف مستخدم كل حاسوب بـ --member NAME",
        "fr": "Aucun membre pour l'instant : seuls les administrateurs utilisent la base. Ajoutez l'utilisateur de"
        " chaque ordinateur avec --member NOM",
        "en": "No member yet: only administrators can use the database. Add each laptop's user with --member NAME",
    },
}
