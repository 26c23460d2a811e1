<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/app.py" line="263"/>
        <source>Loading face search…</source>
        <translation>جارٍ تحميل البحث بالوجه…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="283"/>
        <source>Face search ready</source>
        <translation>البحث بالوجه جاهز</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="293"/>
        <source>Face search is not available: {reason}</source>
        <translation>البحث بالوجه غير متاح: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="301"/>
        <source>Registrar closed while a registration was being saved. It WAS saved: {ids}. Check that record before registering the person again.</source>
        <translation>أُغلق Registrar أثناء حفظ أحد التسجيلات. وقد تمّ حفظه بالفعل: {ids}. راجع هذا الملف قبل تسجيل الشخص مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="306"/>
        <source>Registrar closed while a registration was being saved. It was NOT saved: register the person again.</source>
        <translation>أُغلق Registrar أثناء حفظ أحد التسجيلات. ولم يتمّ حفظه: سجّل الشخص مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="310"/>
        <source>Last registration</source>
        <translation>آخر تسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="352"/>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run.py" line="188"/>
        <source>Registrar - first start</source>
        <translation>Registrar - التشغيل الأول</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="214"/>
        <source>Creating the encrypted vault…</source>
        <translation>جارٍ إنشاء الخزنة المشفّرة…</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../ui/login.py" line="36"/>
        <source>Registrar - unlock</source>
        <translation>Registrar - فتح القفل</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="37"/>
        <source>&lt;h2&gt;Registrar&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Registrar&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="44"/>
        <source>your operator name</source>
        <translation>اسم المستخدم الخاص بك</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="53"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="56"/>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="69"/>
        <source>&amp;Operator</source>
        <translation>ال&amp;مستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="70"/>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="72"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="100"/>
        <source>Type your operator name and your password.</source>
        <translation>اكتب اسم المستخدم وكلمة المرور.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Register</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Register a person.</source>
        <translation>تسجيل شخص.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Find people by name, registration id or document number.</source>
        <translation>البحث عن الأشخاص بالاسم أو رقم التسجيل أو رقم الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Supervisors review possible duplicates here. This screen arrives with the supervisor&apos;s workbench; the number of cases waiting is in the status bar.</source>
        <translation>يراجع المشرفون هنا حالات التكرار المحتملة. ستتوفر هذه الشاشة مع منصة عمل المشرفين؛ ويظهر عدد الحالات المنتظرة في شريط الحالة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Send records to the hub, over the network or on a USB stick. This screen arrives with the hub; records wait safely in the encrypted vault.</source>
        <translation>إرسال الملفات إلى الخادم المركزي عبر الشبكة أو على ذاكرة USB. ستتوفر هذه الشاشة مع الخادم المركزي؛ وحتى ذلك الحين تبقى الملفات محفوظة بأمان في الخزنة المشفّرة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>Station, operators and thresholds.</source>
        <translation>المحطة والمستخدمون والعتبات.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>القفل الآن (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>officer</source>
        <translation>موظف تسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>{operator} ({role}) at {site}</source>
        <translation>{operator} ({role}) في {site}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>{n} waiting for sync</source>
        <translation>بانتظار المزامنة: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>{n} cases to review</source>
        <translation>حالات للمراجعة: {n}</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/people_page.py" line="313"/>
        <location filename="../../ui/people_page.py" line="338"/>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="314"/>
        <source>Registration id</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="315"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="316"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="317"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="318"/>
        <source>Born</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="319"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="320"/>
        <source>Last change</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="336"/>
        <source>no photo</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="338"/>
        <source>No photo</source>
        <translation>لا توجد صورة</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/people_page.py" line="538"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="547"/>
        <source>&amp;Find:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="550"/>
        <source>Name, registration id or document number</source>
        <translation>الاسم أو رقم التسجيل أو رقم الوثيقة</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="551"/>
        <source>Find people</source>
        <translation>البحث عن أشخاص</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="553"/>
        <source>Type a name, a registration id or a document number. Press Down to go to the results and Enter to open a person.</source>
        <translation>اكتب اسمًا أو رقم تسجيل أو رقم وثيقة. اضغط مفتاح السهم للأسفل للانتقال إلى النتائج، ومفتاح Enter لفتح ملف الشخص.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="560"/>
        <source>Search by &amp;photo…</source>
        <translation>البحث بال&amp;صورة…</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="562"/>
        <source>Find people whose face matches a photo file</source>
        <translation>البحث عن أشخاص تطابق وجوههم ملف صورة</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="563"/>
        <source>Search by &amp;camera…</source>
        <translation>البحث بال&amp;كاميرا…</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="565"/>
        <source>Photograph the person and find matching faces</source>
        <translation>تصوير الشخص والبحث عن الوجوه المطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="577"/>
        <source>People found</source>
        <translation>الأشخاص الذين عُثر عليهم</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="605"/>
        <source>Enter or double-click opens the selected person.</source>
        <translation>اضغط Enter أو انقر نقرًا مزدوجًا لفتح ملف الشخص المحدَّد.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="684"/>
        <source>The check character does not match: check the id for a typo. The last character of a registration id is computed from the others.</source>
        <translation>حرف التحقق غير مطابق: تأكّد من عدم وجود خطأ في كتابة الرقم. يُحسب آخر حرف في رقم التسجيل من بقية الأحرف.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="691"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="722"/>
        <source>Scroll down for more.</source>
        <translation>مرّر إلى الأسفل لعرض المزيد.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="725"/>
        <source>No one is registered yet.</source>
        <translation>لم يُسجَّل أي شخص بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="728"/>
        <source>The {n} most recent registrations, newest first.</source>
        <translation>أحدث التسجيلات ({n})، والأحدث أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="731"/>
        <source>Found by registration id.</source>
        <translation>عُثر عليه برقم التسجيل.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="734"/>
        <source>No one found for “{text}”.</source>
        <translation>لم يُعثر على أحد مقابل «{text}».</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="737"/>
        <source>{d} person(s) hold a document with this number; {n} found in all (document number or name).</source>
        <translation>عدد الأشخاص الذين يحملون وثيقة بهذا الرقم: {d}؛ والعدد الإجمالي للنتائج: {n} (رقم الوثيقة أو الاسم).</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="744"/>
        <source>{n} found by name.</source>
        <translation>نتائج البحث بالاسم: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="748"/>
        <source>No person with this registration id in this vault.</source>
        <translation>لا يوجد شخص برقم التسجيل هذا في هذه الخزنة.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="751"/>
        <source>The check character does not match: check the id for a typo.</source>
        <translation>حرف التحقق غير مطابق: تأكّد من عدم وجود خطأ في كتابة الرقم.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="760"/>
        <source>{n} people in this vault</source>
        <translation>عدد الأشخاص في هذه الخزنة: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="808"/>
        <source>Search by photo</source>
        <translation>البحث بالصورة</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="810"/>
        <source>Photos (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>الصور (*.jpg *.jpeg *.png);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="820"/>
        <source>Search by camera</source>
        <translation>البحث بالكاميرا</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="821"/>
        <source>Ask the person to look at the camera, then take the picture.</source>
        <translation>اطلب من الشخص أن ينظر إلى الكاميرا، ثم التقط الصورة.</translation>
    </message>
</context>
<context>
    <name>PersonDetailDialog</name>
    <message>
        <location filename="../../ui/person_detail.py" line="266"/>
        <source>Person record</source>
        <translation>ملف الشخص</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="298"/>
        <source>&amp;Details</source>
        <translation>ال&amp;بيانات</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="301"/>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="304"/>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="305"/>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="308"/>
        <source>History of this record</source>
        <translation>سجل التغييرات في هذا الملف</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="310"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="310"/>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="310"/>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="313"/>
        <source>History</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="315"/>
        <source>&amp;Edit details</source>
        <translation>&amp;تعديل البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="320"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="344"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="345"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="346"/>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="347"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="348"/>
        <source>Born</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="349"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="350"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="351"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="352"/>
        <source>Specific needs</source>
        <translation>الاحتياجات الخاصة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="353"/>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="381"/>
        <source>Date of birth known</source>
        <translation>تاريخ الميلاد معروف</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="382"/>
        <source>Year of birth estimated</source>
        <translation>سنة الميلاد تقديرية</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="383"/>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="386"/>
        <source>year-month-day, e.g. 1990-04-21</source>
        <translation>السنة-الشهر-اليوم، مثل 1990-04-21</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="395"/>
        <source>&amp;Save as a new version</source>
        <translation>&amp;حفظ كنسخة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="398"/>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="409"/>
        <source>&amp;Given name:</source>
        <translation>الاسم ال&amp;أول:</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="410"/>
        <source>&amp;Family name:</source>
        <translation>اسم ال&amp;عائلة:</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="411"/>
        <source>&amp;Other names:</source>
        <translation>أسماء أ&amp;خرى:</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="412"/>
        <source>Se&amp;x:</source>
        <translation>ال&amp;جنس:</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="413"/>
        <source>&amp;Birth:</source>
        <translation>ال&amp;ميلاد:</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="414"/>
        <source>Date of birth:</source>
        <translation>تاريخ الميلاد:</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="415"/>
        <source>Year of birth:</source>
        <translation>سنة الميلاد:</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="416"/>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="430"/>
        <source>Other members of the household</source>
        <translation>أفراد الأسرة الآخرون</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="432"/>
        <source>Enter or double-click opens a member&apos;s record.</source>
        <translation>اضغط Enter أو انقر نقرًا مزدوجًا لفتح ملف أحد الأفراد.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="453"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="472"/>
        <source>This person is no longer in the vault.</source>
        <translation>لم يعد هذا الشخص موجودًا في الخزنة.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="485"/>
        <source>Registration id: {rid}</source>
        <translation>رقم التسجيل: {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="487"/>
        <source>{state} · version {version} · last change {when} by {who}</source>
        <translation>{state} · النسخة {version} · آخر تعديل في {when} بواسطة {who}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="497"/>
        <source>No photo</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="502"/>
        <source>Face photo</source>
        <translation>صورة الوجه</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="503"/>
        <source>not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="514"/>
        <source>{when} by {who}</source>
        <translation>{when} بواسطة {who}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="524"/>
        <source>Photos ({n})</source>
        <translation>الصور ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="525"/>
        <source>Documents ({n})</source>
        <translation>الوثائق ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="526"/>
        <source>Household ({n})</source>
        <translation>الأسرة ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="528"/>
        <source>History ({n})</source>
        <translation>سجل التغييرات ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="534"/>
        <source>No face photo recorded.</source>
        <translation>لا توجد صورة وجه مسجَّلة.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="539"/>
        <source>Face photo {n}</source>
        <translation>صورة الوجه {n}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="544"/>
        <source>Taken {when}</source>
        <translation>التُقطت في {when}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="554"/>
        <source>No document recorded.</source>
        <translation>لا توجد وثيقة مسجَّلة.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="569"/>
        <source>Number: {number}</source>
        <translation>الرقم: {number}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="571"/>
        <source>Issued by: {country}</source>
        <translation>جهة الإصدار: {country}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="575"/>
        <source>Expired on {date}</source>
        <translation>انتهت صلاحيتها في {date}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="577"/>
        <source>Valid until {date}</source>
        <translation>صالحة حتى {date}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="582"/>
        <source>Page {n}</source>
        <translation>الصفحة {n}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="592"/>
        <source>Not recorded in a household.</source>
        <translation>غير مسجَّل ضمن أسرة.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="595"/>
        <source>This person: {relationship}. Other members: {n}.</source>
        <translation>هذا الشخص: {relationship}. عدد الأفراد الآخرين: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="603"/>
        <source>{name} — {relationship} — {rid}</source>
        <translation>{name} — {relationship} — {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="618"/>
        <source>Version {n}: registered</source>
        <translation>النسخة {n}: التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="621"/>
        <source>Version {n}: changed {fields}</source>
        <translation>النسخة {n}: تعديلات ({fields})</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="623"/>
        <source>nothing in the details</source>
        <translation>لا تعديل في البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="697"/>
        <source>Give a given name or a family name.</source>
        <translation>أدخل الاسم الأول أو اسم العائلة.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="708"/>
        <source>Write the date of birth as year-month-day, for example 1990-04-21.</source>
        <translation>اكتب تاريخ الميلاد بالشكل السنة-الشهر-اليوم، مثل 1990-04-21.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="739"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="751"/>
        <source>Saved as version {n}.</source>
        <translation>حُفظ بوصفه النسخة {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="762"/>
        <source>This person was changed meanwhile — reloaded. Look at the record and make your change again if it is still needed.</source>
        <translation>عُدّلت بيانات هذا الشخص في هذه الأثناء — أُعيد تحميل الملف. راجع الملف وأعد إجراء التعديل إن كان لا يزال ضروريًا.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="778"/>
        <source>given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="779"/>
        <source>family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="780"/>
        <source>other names</source>
        <translation>الأسماء الأخرى</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="784"/>
        <source>Check the {name}: at most {n} characters and no control characters.</source>
        <translation>تحقّق من حقل «{name}»: الحد الأقصى لعدد الأحرف {n}، ولا يُسمح بأحرف التحكّم.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="788"/>
        <source>The date of birth is in the future or more than 130 years ago.</source>
        <translation>تاريخ الميلاد في المستقبل أو يعود إلى أكثر من 130 سنة.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="792"/>
        <source>The year of birth is in the future or more than 130 years ago.</source>
        <translation>سنة الميلاد في المستقبل أو تعود إلى أكثر من 130 سنة.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="796"/>
        <source>A phone number may hold only digits, spaces, + ( ) and -.</source>
        <translation>لا يجوز أن يحتوي رقم الهاتف إلا على أرقام ومسافات والرموز + ( ) -.</translation>
    </message>
</context>
<context>
    <name>PhotoSearchDialog</name>
    <message>
        <location filename="../../ui/people_page.py" line="475"/>
        <source>Search by photo</source>
        <translation>البحث بالصورة</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="478"/>
        <source>Search with another photo…</source>
        <translation>البحث بصورة أخرى…</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="482"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="501"/>
        <source>{n} registered person(s) may match this photo. Compare the photos before you open a record.</source>
        <translation>عدد الأشخاص المسجَّلين الذين قد يطابقون هذه الصورة: {n}. قارن الصور قبل فتح أي ملف.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="508"/>
        <source>No registered person matches this photo.</source>
        <translation>لا يطابق هذه الصورة أي شخص مسجَّل.</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="512"/>
        <source>Searched photo</source>
        <translation>الصورة المبحوث بها</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Qt reads this: RTL lays the whole application out right to left, LTR does not.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="86"/>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;الإعدادات&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="95"/>
        <source>This station</source>
        <translation>هذه المحطة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="97"/>
        <source>Site and station</source>
        <translation>الموقع والمحطة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="98"/>
        <source>Station name</source>
        <translation>اسم المحطة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="104"/>
        <source> minutes without use</source>
        <translation> دقيقة دون استخدام</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="107"/>
        <source>Take the photo &amp;automatically when the face is good</source>
        <translation>التقاط الصورة &amp;تلقائيًا عندما يكون الوجه مناسبًا</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="115"/>
        <source> seconds</source>
        <translation> ثانية</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="118"/>
        <source>How long the face must stay good before the photo is taken.</source>
        <translation>المدة التي يجب أن يبقى فيها الوجه مناسبًا قبل التقاط الصورة.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="120"/>
        <source>At the desk</source>
        <translation>في مكتب التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="122"/>
        <source>&amp;Lock the station after</source>
        <translation>&amp;قفل المحطة بعد</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="124"/>
        <source>&amp;Hold a good face for</source>
        <translation>إ&amp;بقاء الوجه مناسبًا لمدة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="132"/>
        <source>Possible duplicates</source>
        <translation>حالات التكرار المحتملة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="135"/>
        <source>&amp;Strong match at or below</source>
        <translation>تطابق &amp;قوي حتى</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="136"/>
        <source>&amp;Possible match at or below</source>
        <translation>تطابق م&amp;حتمل حتى</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="139"/>
        <source>Only a supervisor can change settings.</source>
        <translation>لا يمكن تغيير الإعدادات إلا للمشرف.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="147"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="222"/>
        <source>Loading the settings…</source>
        <translation>جارٍ تحميل الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="260"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="281"/>
        <source>No band edges are set for the deciding score ({score}).</source>
        <translation>لم تُحدَّد حدود الفئات للدرجة الحاسمة ({score}).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="289"/>
        <source>Decided by {score}. A new face at or below the strong edge is a strong match; at or below the possible edge, a possible match. Both go to a supervisor to compare. Lower edges raise fewer cases and miss more.</source>
        <translation>يُتّخذ القرار بناءً على {score}. الوجه الجديد الذي تكون قيمته عند الحد القوي أو دونه يُعدّ تطابقًا قويًا، وعند الحد المحتمل أو دونه يُعدّ تطابقًا محتملًا. وفي الحالتين يُحال إلى مشرف للمقارنة. الحدود الأدنى تُنتج حالات أقل، لكنها تُفوِّت عددًا أكبر.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="298"/>
        <source>the SFace distance</source>
        <translation>مسافة SFace</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="299"/>
        <source>the dlib distance</source>
        <translation>مسافة dlib</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="300"/>
        <source>the fused score of both models</source>
        <translation>الدرجة المدمجة للنموذجين</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="369"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="384"/>
        <source>The possible edge must be at or above the strong edge.</source>
        <translation>يجب أن يكون الحد المحتمل مساويًا للحد القوي أو أعلى منه.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="393"/>
        <source>Settings saved</source>
        <translation>تم حفظ الإعدادات</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="124"/>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="126"/>
        <source>If every password is lost, this key opens the vault. It is shown only now. Write it down and lock it away.</source>
        <translation>إذا فُقدت جميع كلمات المرور، فإن هذا المفتاح يفتح الخزنة. لن يُعرض إلا الآن. دوّنه واحفظه في مكان مقفل.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="139"/>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="141"/>
        <source>I wrote the recovery key down and checked it</source>
        <translation>دوّنت مفتاح الاسترداد وتحقّقت منه</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="161"/>
        <source>Save the recovery key</source>
        <translation>حفظ مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="164"/>
        <source>Registrar recovery key</source>
        <translation>مفتاح استرداد Registrar</translation>
    </message>
</context>
<context>
    <name>_SitePage</name>
    <message>
        <location filename="../../ui/first_run.py" line="36"/>
        <source>This station</source>
        <translation>هذه المحطة</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="38"/>
        <source>The site code and station number start every registration id made here, for example KAK01-000123-4.</source>
        <translation>يبدأ كل رقم تسجيل يُنشأ هنا برمز الموقع ورقم المحطة، مثل KAK01-000123-4.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="46"/>
        <source>2-4 letters, e.g. KAK</source>
        <translation>من 2 إلى 4 أحرف، مثل KAK</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="52"/>
        <source>e.g. Registration desk 1</source>
        <translation>مثل: مكتب التسجيل 1</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="54"/>
        <source>&amp;Site code</source>
        <translation>رمز ال&amp;موقع</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="55"/>
        <source>Station &amp;number</source>
        <translation>&amp;رقم المحطة</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="56"/>
        <source>Station n&amp;ame</source>
        <translation>ا&amp;سم المحطة</translation>
    </message>
</context>
<context>
    <name>_SupervisorPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="73"/>
        <source>The first supervisor</source>
        <translation>المشرف الأول</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="75"/>
        <source>Supervisors add the other operators. Choose a password of at least {n} characters.</source>
        <translation>يضيف المشرفون المستخدمين الآخرين. اختر كلمة مرور لا يقل عدد أحرفها عن {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="91"/>
        <source>Operator &amp;name</source>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="92"/>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="93"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;تأكيد كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="101"/>
        <source>Names are lower-case letters, digits, dot, dash or underscore.</source>
        <translation>تتكوّن الأسماء من أحرف لاتينية صغيرة وأرقام ونقطة وشرطة وشرطة سفلية.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="104"/>
        <source>The password is too short.</source>
        <translation>كلمة المرور قصيرة جدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="106"/>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <location filename="../../ui/camera_view.py" line="72"/>
        <source>No face found: look at the camera</source>
        <translation>لم يُعثر على وجه: انظر إلى الكاميرا</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="73"/>
        <source>Only one person may be in the photo</source>
        <translation>يجب أن يظهر شخص واحد فقط في الصورة</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="74"/>
        <source>Move closer to the camera</source>
        <translation>اقترب من الكاميرا</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="75"/>
        <source>The face is not clear: look straight at the camera</source>
        <translation>الوجه غير واضح: انظر مباشرةً إلى الكاميرا</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="76"/>
        <source>Blurred: hold still</source>
        <translation>الصورة ضبابية: اثبت في مكانك</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="77"/>
        <source>Too dark: add light in front of the face</source>
        <translation>الإضاءة ضعيفة جدًا: أضف ضوءًا أمام الوجه</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="78"/>
        <source>Too bright: move away from direct light</source>
        <translation>الإضاءة قوية جدًا: ابتعد عن الضوء المباشر</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="79"/>
        <source>Too bright: part of the face is washed out</source>
        <translation>الإضاءة قوية جدًا: جزء من الوجه باهت</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="80"/>
        <source>Hold your head straight</source>
        <translation>أبقِ رأسك مستقيمًا</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="81"/>
        <source>Turn your head to face the camera</source>
        <translation>أدِر رأسك لتواجه الكاميرا</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="82"/>
        <source>Move to the centre of the picture</source>
        <translation>تحرّك إلى وسط الصورة</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="83"/>
        <source>The whole face must be in the picture</source>
        <translation>يجب أن يظهر الوجه كاملًا في الصورة</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="298"/>
        <source>Camera picture</source>
        <translation>صورة الكاميرا</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="386"/>
        <source>&amp;Take the picture</source>
        <translation>&amp;التقاط الصورة</translation>
    </message>
    <message>
        <location filename="../../ui/camera_view.py" line="390"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>candidates</name>
    <message>
        <location filename="../../ui/candidates.py" line="136"/>
        <source>Strong match: very probably the same person</source>
        <translation>تطابق قوي: على الأرجح الشخص نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="138"/>
        <source>Possible match: could be the same person</source>
        <translation>تطابق محتمل: قد يكون الشخص نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="139"/>
        <source>No match</source>
        <translation>لا يوجد تطابق</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="159"/>
        <source>No photo</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="192"/>
        <source>Registration id: {rid}</source>
        <translation>رقم التسجيل: {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="193"/>
        <source>Registered on {date}</source>
        <translation>تاريخ التسجيل: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="196"/>
        <source>Recorded sex differs</source>
        <translation>الجنس المسجَّل مختلف</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="198"/>
        <source>Ages differ by {n} years</source>
        <translation>فرق العمر بالسنوات: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="203"/>
        <source>Open record</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="206"/>
        <source>Open the record of {name}</source>
        <translation>فتح ملف {name}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="255"/>
        <source>Checking for an earlier registration…</source>
        <translation>جارٍ البحث عن تسجيل سابق…</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="267"/>
        <source>No earlier registration found for this face.</source>
        <translation>لم يُعثر على تسجيل سابق لهذا الوجه.</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="272"/>
        <source>This person may already be registered ({n} candidate(s)). Compare the photos. If you continue, a supervisor will review the case.</source>
        <translation>قد يكون هذا الشخص مسجَّلًا من قبل (عدد المرشحين: {n}). قارن الصور. إذا تابعت، فسيراجع أحد المشرفين الحالة.</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="282"/>
        <source>New photo</source>
        <translation>الصورة الجديدة</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../ui/documents_step.py" line="69"/>
        <source>Passport</source>
        <translation>جواز سفر</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="70"/>
        <source>National identity card</source>
        <translation>بطاقة هوية وطنية</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="71"/>
        <source>Refugee or asylum card</source>
        <translation>بطاقة لاجئ أو طالب لجوء</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="72"/>
        <source>Birth certificate</source>
        <translation>شهادة ميلاد</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="73"/>
        <source>Residence permit</source>
        <translation>تصريح إقامة</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="74"/>
        <source>Driving licence</source>
        <translation>رخصة قيادة</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="75"/>
        <source>Other document</source>
        <translation>وثيقة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="123"/>
        <source>Page photo: click the four corners of the page</source>
        <translation>صورة الصفحة: انقر على زوايا الصفحة الأربع</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="177"/>
        <source>Mark the page</source>
        <translation>تحديد الصفحة</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="180"/>
        <source>The page was not found automatically. Click its four corners, or keep the whole photo.</source>
        <translation>لم يُعثر على الصفحة تلقائيًا. انقر على زواياها الأربع، أو احتفظ بالصورة كاملة.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="188"/>
        <source>&amp;Use these corners</source>
        <translation>&amp;استخدام هذه الزوايا</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="192"/>
        <source>Keep the &amp;whole photo</source>
        <translation>الاحتفاظ بالصورة &amp;كاملة</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="231"/>
        <source>Documents added</source>
        <translation>الوثائق المضافة</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="232"/>
        <source>Remo&amp;ve document</source>
        <translation>إ&amp;زالة الوثيقة</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="244"/>
        <source>YYYY-MM-DD (if it has one)</source>
        <translation>مثل 2030-12-31 (إن وُجد)</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="247"/>
        <source>&amp;Photograph a page…</source>
        <translation>&amp;تصوير صفحة…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="249"/>
        <source>Add page from &amp;file…</source>
        <translation>إضافة صفحة من &amp;ملف…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="251"/>
        <source>&amp;Add this document</source>
        <translation>إضافة &amp;هذه الوثيقة</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="264"/>
        <source>&amp;Type:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="265"/>
        <source>&amp;Number:</source>
        <translation>ال&amp;رقم:</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="266"/>
        <source>Issuing &amp;country:</source>
        <translation>&amp;بلد الإصدار:</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="267"/>
        <source>&amp;Expiry date:</source>
        <translation>تاريخ انتهاء ال&amp;صلاحية:</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="272"/>
        <source>Pages:</source>
        <translation>الصفحات:</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="274"/>
        <source>New document</source>
        <translation>وثيقة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="281"/>
        <source>Add each identity document the person shows. This step may stay empty.</source>
        <translation>أضف كل وثيقة هوية يقدّمها الشخص. يمكن ترك هذه الخطوة فارغة.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="297"/>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="313"/>
        <location filename="../../ui/documents_step.py" line="386"/>
        <source>{n} page(s) ready</source>
        <translation>الصفحات الجاهزة: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="313"/>
        <source>No pages</source>
        <translation>لا توجد صفحات</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="320"/>
        <source>Add a page photo</source>
        <translation>إضافة صورة صفحة</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="320"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>الصور (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="330"/>
        <source>Photograph the page</source>
        <translation>تصوير الصفحة</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="331"/>
        <source>Lay the page flat on a dark surface, fill the picture with it.</source>
        <translation>ضع الصفحة مسطّحةً على سطح داكن، واجعلها تملأ الصورة.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="339"/>
        <source>Looking for the page…</source>
        <translation>جارٍ البحث عن الصفحة…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="351"/>
        <source>The page was not added.</source>
        <translation>لم تُضَف الصفحة.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="368"/>
        <source>Page added, straightened and compressed.</source>
        <translation>أُضيفت الصفحة وتمّ تقويمها وضغطها.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="410"/>
        <source>The expiry date is not a date: write it as 2030-12-31.</source>
        <translation>تاريخ انتهاء الصلاحية ليس تاريخًا صحيحًا: اكتبه بالشكل 2030-12-31.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="431"/>
        <source>Document added.</source>
        <translation>أُضيفت الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="461"/>
        <source>Wait until the page is ready.</source>
        <translation>انتظر حتى تصبح الصفحة جاهزة.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="463"/>
        <source>Add the document you started (Add this document), or clear its number.</source>
        <translation>أضف الوثيقة التي بدأت بإدخالها (إضافة هذه الوثيقة)، أو امسح رقمها.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="474"/>
        <source>expired {date}</source>
        <translation>انتهت صلاحيتها في {date}</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="474"/>
        <source>valid until {date}</source>
        <translation>صالحة حتى {date}</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="478"/>
        <source>{n} page(s)</source>
        <translation>عدد الصفحات: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="485"/>
        <source>Write the document number (1 to 40 characters).</source>
        <translation>اكتب رقم الوثيقة (من 1 إلى 40 حرفًا).</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="486"/>
        <source>Choose the document type.</source>
        <translation>اختر نوع الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_step.py" line="487"/>
        <source>Choose the issuing country from the list.</source>
        <translation>اختر بلد الإصدار من القائمة.</translation>
    </message>
    <message>
        <source>&amp;Take photo of the page</source>
        <translation type="vanished">&amp;التقاط صورة الصفحة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">إلغاء</translation>
    </message>
</context>
<context>
    <name>face</name>
    <message>
        <location filename="../../ui/face_step.py" line="114"/>
        <source>&amp;Take photo (Space)</source>
        <translation>&amp;التقاط الصورة (مفتاح المسافة)</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="116"/>
        <source>&amp;Retake</source>
        <translation>إعادة ال&amp;تقاط</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="118"/>
        <source>&amp;Import photo from file…</source>
        <translation>ا&amp;ستيراد صورة من ملف…</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="120"/>
        <source>&amp;Automatic when the face is good</source>
        <translation>التقاط تلقائي عندما يكون الوجه &amp;مناسبًا</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="158"/>
        <source>Face photo</source>
        <translation>صورة الوجه</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="180"/>
        <source>No camera is set up on this laptop. Import a photo from a file.</source>
        <translation>لا توجد كاميرا مُعدّة على هذا الحاسوب المحمول. استورد صورة من ملف.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="182"/>
        <location filename="../../ui/face_step.py" line="228"/>
        <source>No camera</source>
        <translation>لا توجد كاميرا</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="187"/>
        <source>Starting the camera…</source>
        <translation>جارٍ تشغيل الكاميرا…</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="202"/>
        <source>Live camera, {fps:.0f} frames a second</source>
        <translation>الكاميرا المباشرة: {fps:.0f} إطار/ثانية</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="204"/>
        <source>Live camera</source>
        <translation>الكاميرا المباشرة</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="220"/>
        <source>Good: take the photo</source>
        <translation>جيد: التقط الصورة</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="227"/>
        <source>Import a photo from a file.</source>
        <translation>استورد صورة من ملف.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="240"/>
        <source>The camera has not shown a picture yet.</source>
        <translation>لم تعرض الكاميرا أي صورة بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="243"/>
        <source>The face is not usable</source>
        <translation>الوجه غير صالح للاستخدام</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="246"/>
        <source>Cannot take this photo: {reason}.</source>
        <translation>تعذّر التقاط هذه الصورة: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="259"/>
        <source>Import a face photo</source>
        <translation>استيراد صورة للوجه</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="261"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)</source>
        <translation>الصور (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="268"/>
        <source>Reading the photo…</source>
        <translation>جارٍ قراءة الصورة…</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="305"/>
        <source>The person did not agree to the duplicate check: the photo is kept on the record, and no search was run.</source>
        <translation>لم يوافق الشخص على التحقق من التكرار: الصورة محفوظة في الملف، ولم يُجرَ أي بحث.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="322"/>
        <source>Take the photo again.</source>
        <translation>التقط الصورة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="346"/>
        <source>Photo taken</source>
        <translation>تم التقاط الصورة</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="374"/>
        <source>Wait for the duplicate check to finish.</source>
        <translation>انتظر حتى ينتهي التحقق من التكرار.</translation>
    </message>
    <message>
        <location filename="../../ui/face_step.py" line="376"/>
        <source>Take the face photo, or import one from a file.</source>
        <translation>التقط صورة الوجه، أو استورد صورةً من ملف.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="17"/>
        <source>Something went wrong inside Registrar. Nothing was saved by the failed step. Please tell your supervisor; the details are in the log file.</source>
        <translation>حدث خطأ داخلي في Registrar. لم تحفظ الخطوة التي فشلت أي شيء. يُرجى إبلاغ المشرف؛ التفاصيل موجودة في ملف سجل الأحداث.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>The operator name or the password is wrong.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>Wait {seconds} seconds before the next try.</source>
        <translation>انتظر قبل المحاولة التالية (مدة الانتظار بالثواني: {seconds}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>Too many wrong passwords. Wait {seconds} seconds, then try again.</source>
        <translation>أُدخلت كلمات مرور خاطئة مرات كثيرة جدًا. انتظر ثم أعد المحاولة (مدة الانتظار بالثواني: {seconds}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>The file that holds the passwords is damaged. Nothing was changed. A supervisor can restore it from its backup or open the vault with the recovery key.</source>
        <translation>الملف الذي يحفظ كلمات المرور تالف. لم يُغيَّر أي شيء. يمكن للمشرف استعادته من نسخته الاحتياطية أو فتح الخزنة بمفتاح الاسترداد.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>The file that holds the passwords is missing. A supervisor can open the vault with the recovery key.</source>
        <translation>الملف الذي يحفظ كلمات المرور مفقود. يمكن للمشرف فتح الخزنة بمفتاح الاسترداد.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>The vault file is damaged. Nothing was changed. Do not use this laptop for registration; call support.</source>
        <translation>ملف الخزنة تالف. لم يُغيَّر أي شيء. لا تستخدم هذا الحاسوب المحمول للتسجيل؛ اتصل بالدعم الفني.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>The vault&apos;s journal is damaged. Nothing was changed. Do not use this laptop for registration; call support.</source>
        <translation>سجل المعاملات الخاص بالخزنة تالف. لم يُغيَّر أي شيء. لا تستخدم هذا الحاسوب المحمول للتسجيل؛ اتصل بالدعم الفني.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>Passwords need at least 10 characters.</source>
        <translation>يجب ألا تقل كلمة المرور عن 10 أحرف.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>Operator names are 2-32 lower-case letters, digits, dot, dash or underscore.</source>
        <translation>يتكوّن اسم المستخدم من 2 إلى 32 حرفًا: أحرف لاتينية صغيرة أو أرقام أو نقطة أو شرطة أو شرطة سفلية.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>Only a supervisor may do this.</source>
        <translation>هذا الإجراء متاح للمشرف فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>The recovery key has a typo. It has 8 groups of 4 letters and digits.</source>
        <translation>في مفتاح الاسترداد خطأ في الكتابة. يتكوّن المفتاح من 8 مجموعات، في كل منها 4 أحرف وأرقام.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>This is not the recovery key of this vault.</source>
        <translation>هذا ليس مفتاح الاسترداد الخاص بهذه الخزنة.</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="../../ui/people_page.py" line="431"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="432"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="433"/>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="434"/>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="440"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="441"/>
        <source>Complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="442"/>
        <source>Waiting to send</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="443"/>
        <source>Sent to the hub</source>
        <translation>أُرسل إلى الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="451"/>
        <source>about {year}</source>
        <translation>حوالي عام {year}</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="452"/>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>person_detail</name>
    <message>
        <location filename="../../ui/person_detail.py" line="137"/>
        <source>relationship not recorded</source>
        <translation>صلة القرابة غير مسجَّلة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="139"/>
        <source>head of household</source>
        <translation>ربّ الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="140"/>
        <source>spouse</source>
        <translation>الزوج أو الزوجة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="141"/>
        <source>child</source>
        <translation>ابن أو ابنة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="142"/>
        <source>parent</source>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="143"/>
        <source>brother or sister</source>
        <translation>أخ أو أخت</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="144"/>
        <source>grandchild</source>
        <translation>حفيد أو حفيدة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="145"/>
        <source>grandparent</source>
        <translation>جدّ أو جدّة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="146"/>
        <source>other relative</source>
        <translation>قريب آخر</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="147"/>
        <source>not related</source>
        <translation>لا توجد صلة قرابة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="153"/>
        <source>Passport</source>
        <translation>جواز سفر</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="154"/>
        <source>National identity card</source>
        <translation>بطاقة هوية وطنية</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="155"/>
        <source>Birth certificate</source>
        <translation>شهادة ميلاد</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="156"/>
        <source>Residence permit</source>
        <translation>تصريح إقامة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="157"/>
        <source>Travel document</source>
        <translation>وثيقة سفر</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="158"/>
        <source>Refugee certificate</source>
        <translation>شهادة لاجئ</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="164"/>
        <source>given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="165"/>
        <source>family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="166"/>
        <source>other names</source>
        <translation>الأسماء الأخرى</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="167"/>
        <source>sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="168"/>
        <location filename="../../ui/person_detail.py" line="169"/>
        <location filename="../../ui/person_detail.py" line="170"/>
        <source>birth</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="171"/>
        <source>nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="172"/>
        <source>languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="173"/>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="174"/>
        <source>specific needs</source>
        <translation>الاحتياجات الخاصة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="175"/>
        <location filename="../../ui/person_detail.py" line="176"/>
        <source>household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="192"/>
        <source>Registered</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="193"/>
        <source>Details changed</source>
        <translation>تعديل البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="194"/>
        <source>Record state changed</source>
        <translation>تغيير حالة الملف</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="195"/>
        <source>Face photo added and searched</source>
        <translation>إضافة صورة الوجه والبحث بها</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="216"/>
        <source>No photo</source>
        <translation>لا توجد صورة</translation>
    </message>
</context>
<context>
    <name>proof</name>
    <message>
        <location filename="../../ui/proof.py" line="94"/>
        <location filename="../../ui/proof.py" line="418"/>
        <source>Proof of registration</source>
        <translation>إثبات التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="95"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="96"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="97"/>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="98"/>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="99"/>
        <source>Registration number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="100"/>
        <source>Registered on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="101"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="102"/>
        <source>Station</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="103"/>
        <source>No photo</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <location filename="../../ui/proof.py" line="104"/>
        <source>Keep this paper. Show it at every visit.</source>
        <translation>احتفظ بهذه الورقة وقدّمها في كل زيارة.</translation>
    </message>
</context>
<context>
    <name>register</name>
    <message>
        <location filename="../../ui/register_page.py" line="120"/>
        <source>about {year}</source>
        <translation>حوالي عام {year}</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="133"/>
        <source>Check everything with the person, then save.</source>
        <translation>راجع جميع البيانات مع الشخص، ثم احفظ.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="137"/>
        <source>Review and save</source>
        <translation>المراجعة والحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="157"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="158"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="159"/>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="160"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="161"/>
        <source>Born</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="162"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="163"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="164"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="168"/>
        <location filename="../../ui/register_page.py" line="173"/>
        <location filename="../../ui/register_page.py" line="180"/>
        <location filename="../../ui/register_steps.py" line="220"/>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="168"/>
        <source>New household, as its head</source>
        <translation>أسرة جديدة، بصفته ربّ الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="174"/>
        <source>Joins {name} ({rid}) as: {rel}</source>
        <translation>ينضم إلى أسرة {name} ({rid}) بصفة: {rel}</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="180"/>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="183"/>
        <source>Consent to registration</source>
        <translation>الموافقة على التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="184"/>
        <source>Consent to the duplicate check</source>
        <translation>الموافقة على التحقق من التكرار</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="190"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="190"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="192"/>
        <source>read in {lang}</source>
        <translation>قُرئ باللغة: {lang}</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="205"/>
        <source>Possible earlier registration, a supervisor will review:</source>
        <translation>تسجيل سابق محتمل، وسيراجعه أحد المشرفين:</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="209"/>
        <source>No earlier registration found for this face.</source>
        <translation>لم يُعثر على تسجيل سابق لهذا الوجه.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="213"/>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="215"/>
        <source>No documents.</source>
        <translation>لا توجد وثائق.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="246"/>
        <source>Save proof as &amp;PDF…</source>
        <translation>حفظ الإثبات بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="248"/>
        <source>&amp;Print proof…</source>
        <translation>&amp;طباعة الإثبات…</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="250"/>
        <source>Register the &amp;next person</source>
        <translation>تسجيل الشخص ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="280"/>
        <source>{name} is registered.</source>
        <translation>تمّ تسجيل {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="283"/>
        <source>Registration id</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="285"/>
        <source>{n} possible earlier registration(s) went to a supervisor for review.</source>
        <translation>عدد التسجيلات السابقة المحتملة التي أُحيلت إلى مشرف للمراجعة: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="317"/>
        <source>Writing the proof of registration…</source>
        <translation>جارٍ إعداد إثبات التسجيل…</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="322"/>
        <source>The PDF could not be written: {reason}</source>
        <translation>تعذّرت كتابة ملف PDF: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="328"/>
        <source>Proof of registration saved as {path}.</source>
        <translation>حُفظ إثبات التسجيل في {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="338"/>
        <source>Save the proof of registration</source>
        <translation>حفظ إثبات التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="340"/>
        <source>PDF (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="363"/>
        <source>Sent to the printer.</source>
        <translation>أُرسل إلى الطابعة.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="402"/>
        <source>← &amp;Back</source>
        <translation>→ ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="406"/>
        <source>&amp;Cancel registration</source>
        <translation>إ&amp;لغاء التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="492"/>
        <source>Saved</source>
        <translation>تمّ الحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="504"/>
        <source>Step {n} of {total}: {title}</source>
        <translation>الخطوة {n} من {total}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="509"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="509"/>
        <source>&amp;Next →</source>
        <translation>ال&amp;تالي ←</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="556"/>
        <source>Cancel registration</source>
        <translation>إلغاء التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="557"/>
        <source>Discard everything entered for this person? Nothing has been saved.</source>
        <translation>هل تريد تجاهل كل ما أُدخل لهذا الشخص؟ لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="580"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="616"/>
        <source>Nothing was saved; correct it and save again.</source>
        <translation>لم يُحفظ أي شيء؛ صحّح الخطأ ثم احفظ مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="127"/>
        <source>Head of household</source>
        <translation>ربّ الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="128"/>
        <source>Spouse or partner</source>
        <translation>الزوج أو الزوجة أو الشريك</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="129"/>
        <source>Child</source>
        <translation>ابن أو ابنة</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="130"/>
        <source>Parent</source>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="131"/>
        <source>Brother or sister</source>
        <translation>أخ أو أخت</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="132"/>
        <source>Grandchild</source>
        <translation>حفيد أو حفيدة</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="133"/>
        <source>Grandparent</source>
        <translation>جدّ أو جدّة</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="134"/>
        <source>Other relative</source>
        <translation>قريب آخر</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="135"/>
        <source>Not related</source>
        <translation>لا توجد صلة قرابة</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="165"/>
        <source>&amp;Not part of a household</source>
        <translation>&amp;لا ينتمي إلى أسرة</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="167"/>
        <source>Start a &amp;new household: this person is its head</source>
        <translation>إنشاء أسرة &amp;جديدة: هذا الشخص ربّها</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="169"/>
        <source>&amp;Join the household of someone registered</source>
        <translation>الا&amp;نضمام إلى أسرة شخص مسجَّل</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="178"/>
        <source>Name or registration id of a household member</source>
        <translation>اسم أحد أفراد الأسرة أو رقم تسجيله</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="179"/>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="183"/>
        <source>People found</source>
        <translation>الأشخاص الذين عُثر عليهم</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="189"/>
        <source>&amp;Relationship to the head of household:</source>
        <translation>&amp;صلة القرابة بربّ الأسرة:</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="195"/>
        <source>Household to join</source>
        <translation>الأسرة المراد الانضمام إليها</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="207"/>
        <source>Does this person belong to a household?</source>
        <translation>هل ينتمي هذا الشخص إلى أسرة؟</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="238"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="253"/>
        <source>Choose the household member, then the relationship.</source>
        <translation>اختر فرد الأسرة، ثم صلة القرابة.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="255"/>
        <source>Nobody registered matches this search.</source>
        <translation>لا يطابق هذا البحث أي شخص مسجَّل.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="270"/>
        <source>Search for a registered household member and choose them.</source>
        <translation>ابحث عن أحد أفراد الأسرة المسجَّلين واختره.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="372"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="373"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="374"/>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="375"/>
        <source>Not stated</source>
        <translation>غير مُصرَّح به</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="401"/>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>مثل 1990-04-21 أو 21/04/1990</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="404"/>
        <source>Date of birth &amp;unknown: estimate the age</source>
        <translation>تاريخ الميلاد &amp;غير معروف: قدّر العمر</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="409"/>
        <source> years</source>
        <translation> سنة</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="413"/>
        <source>Type a language, then Enter</source>
        <translation>اكتب لغةً ثم اضغط Enter</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="416"/>
        <source>Languages spoken</source>
        <translation>اللغات المحكية</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="418"/>
        <source>Remove language</source>
        <translation>إزالة اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="429"/>
        <source>(required)</source>
        <translation>(إلزامي)</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="436"/>
        <source>&amp;Given name {req}:</source>
        <translation>الاسم ال&amp;أول {req}:</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="437"/>
        <source>&amp;Family name:</source>
        <translation>اسم ال&amp;عائلة:</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="438"/>
        <source>&amp;Other names:</source>
        <translation>أسماء أ&amp;خرى:</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="439"/>
        <source>&amp;Sex:</source>
        <translation>ال&amp;جنس:</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="446"/>
        <source>&amp;Date of birth:</source>
        <translation>تاريخ ال&amp;ميلاد:</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="450"/>
        <source>Estimated &amp;age:</source>
        <translation>العمر ال&amp;تقديري:</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="451"/>
        <source>&amp;Nationality:</source>
        <translation>الجن&amp;سية:</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="460"/>
        <source>&amp;Languages:</source>
        <translation>ال&amp;لغات:</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="463"/>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="464"/>
        <source>Give a given name or a family name; everything else may stay empty.</source>
        <translation>أدخل الاسم الأول أو اسم العائلة؛ ويمكن ترك بقية الحقول فارغة.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="481"/>
        <source>Personal details</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="577"/>
        <source>not a date yet</source>
        <translation>ليس تاريخًا صحيحًا بعد</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="603"/>
        <source>The date of birth is not a date: write it as 1990-04-02.</source>
        <translation>تاريخ الميلاد ليس تاريخًا صحيحًا: اكتبه بالشكل 1990-04-02.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="652"/>
        <source>Write a given name or a family name.</source>
        <translation>اكتب الاسم الأول أو اسم العائلة.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="653"/>
        <source>The date of birth is in the future, too far back, or not a date.</source>
        <translation>تاريخ الميلاد في المستقبل، أو بعيد جدًا في الماضي، أو ليس تاريخًا صحيحًا.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="654"/>
        <source>The estimated age is not possible.</source>
        <translation>العمر التقديري غير ممكن.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="655"/>
        <source>Choose the nationality from the list.</source>
        <translation>اختر الجنسية من القائمة.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="656"/>
        <source>Choose languages from the list.</source>
        <translation>اختر اللغات من القائمة.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="657"/>
        <source>A phone number may hold only digits, spaces, + ( ) and -.</source>
        <translation>لا يجوز أن يحتوي رقم الهاتف إلا على أرقام ومسافات والرموز + ( ) -.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="678"/>
        <source>Read in &amp;language:</source>
        <translation>قُرئ بال&amp;لغة:</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="702"/>
        <source>Yes, agrees</source>
        <translation>نعم، يوافق الشخص</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="704"/>
        <source>No, does not agree</source>
        <translation>لا، لا يوافق الشخص</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="722"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="778"/>
        <source>No text in this language yet: the English text is shown; interpret it.</source>
        <translation>لا يتوفر نص بهذه اللغة بعد: يُعرض النص الإنجليزي؛ ترجمه للشخص شفهيًا.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="814"/>
        <source>Record an answer for each purpose.</source>
        <translation>سجّل إجابةً لكل غرض.</translation>
    </message>
    <message>
        <location filename="../../ui/register_steps.py" line="816"/>
        <source>Without consent to registration the person cannot be registered. Explain what happens next, or cancel this registration.</source>
        <translation>لا يمكن تسجيل الشخص دون موافقته على التسجيل. اشرح له ما سيحدث بعد ذلك، أو ألغِ هذا التسجيل.</translation>
    </message>
</context>
</TS>
