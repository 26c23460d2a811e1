<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="47"/>
        <source>About Registrar</source>
        <translation>حول Registrar</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="52"/>
        <source>&lt;h2&gt;Registrar&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Registrar&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="55"/>
        <source>Version {version}</source>
        <translation>النسخة {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="59"/>
        <source>Registers refugees and migrants offline and finds possible duplicate registrations by face, on this computer.</source>
        <translation>يسجّل اللاجئين والمهاجرين دون اتصال بالشبكة، ويبحث بواسطة الوجه عن التسجيلات المكرّرة المحتملة، على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="67"/>
        <source>&amp;Components bundled with Registrar and their licences:</source>
        <translation>ال&amp;مكوّنات المضمّنة في Registrar وتراخيصها:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="71"/>
        <source>Bundled components</source>
        <translation>المكوّنات المضمّنة</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="73"/>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="73"/>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="73"/>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="104"/>
        <source>About the selected component</source>
        <translation>عن المكوّن المحدّد</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="110"/>
        <source>Licence text</source>
        <translation>نص الترخيص</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="132"/>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3. They are kept as separate library files in the PySide6 folder inside Registrar&apos;s installation folder, so you may replace them with your own build of the same version. Their source code is available from https://download.qt.io.</source>
        <translation>تُستخدم Qt وPySide6 بموجب الترخيص GNU Lesser General Public License الإصدار 3. وهما محفوظتان كملفات مكتبات منفصلة في مجلد PySide6 داخل مجلد تثبيت Registrar، لذا يمكنك استبدالهما بنسخة تبنيها بنفسك من الإصدار نفسه. والشيفرة المصدرية لهما متاحة على https://download.qt.io.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="207"/>
        <source>Licence: {licence}</source>
        <translation>الترخيص: {licence}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="218"/>
        <source>This installation is missing the file {file}.</source>
        <translation>الملف {file} غير موجود في هذا التثبيت.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="226"/>
        <source>Face models</source>
        <translation>نماذج الوجه</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="232"/>
        <source>The language Registrar is written in, and its standard library</source>
        <translation>اللغة التي كُتب بها Registrar، ومكتبتها القياسية</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="233"/>
        <source>The user interface: windows, controls and the camera preview</source>
        <translation>واجهة المستخدم: النوافذ وعناصر التحكم ومعاينة الكاميرا</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="234"/>
        <source>Camera capture, image processing and running the face models</source>
        <translation>الالتقاط بالكاميرا ومعالجة الصور وتشغيل نماذج الوجه</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="235"/>
        <source>The second face recogniser (landmarks and face descriptors)</source>
        <translation>أداة التعرّف على الوجه الثانية (معالم الوجه وواصفاته)</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="236"/>
        <source>Encrypts the vault on disk (SQLite with encryption; OpenSSL built in)</source>
        <translation>تشفّر الخزنة على القرص (SQLite مع التشفير؛ وOpenSSL مدمجة فيها)</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="239"/>
        <source>Find faces in photos and turn them into templates for the duplicate search</source>
        <translation>تعثر على الوجوه في الصور وتحوّلها إلى قوالب للبحث عن التكرارات</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="242"/>
        <source>Arrays of pixels and face templates</source>
        <translation>مصفوفات البكسلات وقوالب الوجوه</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="243"/>
        <source>Encryption and signatures of sync packets (OpenSSL built in)</source>
        <translation>تشفير حزم المزامنة وتوقيعها (OpenSSL مدمجة فيها)</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="244"/>
        <source>Turns passwords into vault keys (Argon2id)</source>
        <translation>تحوّل كلمات المرور إلى مفاتيح للخزنة (Argon2id)</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="245"/>
        <source>The Argon2 reference code that argon2-cffi calls</source>
        <translation>شيفرة Argon2 المرجعية التي تستدعيها argon2-cffi</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="246"/>
        <source>Calls the compiled Argon2 code from Python</source>
        <translation>تستدعي شيفرة Argon2 المترجمة من Python</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="247"/>
        <source>Talks to the hub when syncing over the network</source>
        <translation>تتواصل مع الخادم المركزي عند المزامنة عبر الشبكة</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="248"/>
        <source>The connections underneath HTTPX</source>
        <translation>الاتصالات التي تعمل عليها HTTPX</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="249"/>
        <source>The HTTP/1.1 protocol underneath HTTPX</source>
        <translation>بروتوكول HTTP/1.1 الذي تعمل عليه HTTPX</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="250"/>
        <source>Networking support used by HTTPX</source>
        <translation>دعم الشبكات الذي تستخدمه HTTPX</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="251"/>
        <source>Internationalised host names for HTTPX</source>
        <translation>أسماء المضيفين الدولية لـ HTTPX</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="252"/>
        <source>The certificate authorities trusted when the hub uses HTTPS</source>
        <translation>جهات إصدار الشهادات الموثوقة عندما يستخدم الخادم المركزي HTTPS</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="253"/>
        <source>Newer typing features for the libraries above</source>
        <translation>ميزات أحدث لتحديد الأنواع للمكتبات المذكورة أعلاه</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="254"/>
        <source>The index that finds similar faces quickly</source>
        <translation>الفهرس الذي يعثر بسرعة على الوجوه المتشابهة</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="255"/>
        <source>Fast vector arithmetic inside USearch</source>
        <translation>حسابات متجهات سريعة داخل USearch</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="256"/>
        <source>Progress reporting inside USearch</source>
        <translation>متابعة التقدّم داخل USearch</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="257"/>
        <source>The QR code on the proof of registration</source>
        <translation>رمز QR على إثبات التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="258"/>
        <source>Country and language names and codes</source>
        <translation>أسماء البلدان واللغات ورموزها</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="259"/>
        <source>Finds the folders where Registrar keeps its data</source>
        <translation>تحدّد المجلدات التي يحفظ فيها Registrar بياناته</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../ui/app.py" line="304"/>
        <source>Your new password is set.</source>
        <translation>تم تعيين كلمة المرور الجديدة.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="338"/>
        <source>The hub found {n} possible duplicate(s) at other sites: see the Review page.</source>
        <translation>وجد الخادم المركزي تكرارات محتملة في مواقع أخرى ({n}): انظر صفحة المراجعة.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="364"/>
        <source>Loading face search…</source>
        <translation>جارٍ تحميل البحث بالوجه…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="384"/>
        <source>Face search ready</source>
        <translation>البحث بالوجه جاهز</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="394"/>
        <source>Face search is not available: {reason}</source>
        <translation>البحث بالوجه غير متاح: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="402"/>
        <source>Registrar closed while a registration was being saved. It WAS saved: {ids}. Check that record before registering the person again.</source>
        <translation>أُغلق Registrar أثناء حفظ أحد التسجيلات. وقد تمّ حفظه بالفعل: {ids}. راجع هذا الملف قبل تسجيل الشخص مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="407"/>
        <source>Registrar closed while a registration was being saved. It was NOT saved: register the person again.</source>
        <translation>أُغلق Registrar أثناء حفظ أحد التسجيلات. ولم يتمّ حفظه: سجّل الشخص مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="411"/>
        <source>Last registration</source>
        <translation>آخر تسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="461"/>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
</context>
<context>
    <name>ApprovalRowsModel</name>
    <message>
        <location filename="../../ui/approvals_page.py" line="161"/>
        <source>Registration id</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="162"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="163"/>
        <source>Registered by</source>
        <translation>سُجِّل بواسطة</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="164"/>
        <source>Last change</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="165"/>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="166"/>
        <source>Refused by</source>
        <translation>رُفض بواسطة</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="167"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../../ui/approvals_page.py" line="297"/>
        <source>&lt;h2&gt;Approvals&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;الاعتماد&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="302"/>
        <source>End-of-day approval is off: records go to the outbox as soon as they are complete. A supervisor can switch end-of-day approval on in Settings.</source>
        <translation>الاعتماد في نهاية اليوم متوقف: تنتقل الملفات إلى صندوق الصادر فور اكتمالها. يمكن للمشرف تفعيل الاعتماد في نهاية اليوم من الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="311"/>
        <source>Only a supervisor can approve or refuse records. Refused records are listed below: open one to correct it, and the new version waits for approval again.</source>
        <translation>لا يمكن اعتماد الملفات أو رفضها إلا للمشرف. الملفات المرفوضة معروضة أدناه: افتح أحدها لتصحيحه، وستنتظر النسخة الجديدة الاعتماد مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="326"/>
        <source>Records waiting for approval</source>
        <translation>ملفات بانتظار الاعتماد</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="330"/>
        <source>&amp;Approve selected</source>
        <translation>&amp;اعتماد المحدَّد</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="332"/>
        <source>Approve the selected records</source>
        <translation>اعتماد الملفات المحدَّدة</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="335"/>
        <source>Approve a&amp;ll shown…</source>
        <translation>اعتماد &amp;كل المعروض…</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="337"/>
        <source>Approve every record shown in the list</source>
        <translation>اعتماد كل الملفات المعروضة في القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="340"/>
        <source>&amp;Refuse…</source>
        <translation>&amp;رفض…</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="342"/>
        <source>Refuse the selected record with a reason</source>
        <translation>رفض الملف المحدَّد مع ذكر السبب</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="344"/>
        <source>Select one record to refuse it.</source>
        <translation>حدِّد ملفًا واحدًا لرفضه.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="350"/>
        <source>Waiting for approval</source>
        <translation>بانتظار الاعتماد</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="369"/>
        <source>Refused records waiting for correction</source>
        <translation>ملفات مرفوضة بانتظار التصحيح</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="377"/>
        <source>Refused, waiting for correction</source>
        <translation>مرفوضة، بانتظار التصحيح</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="460"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="532"/>
        <source>{waiting} waiting, {refused} refused</source>
        <translation>بانتظار الاعتماد: {waiting}، مرفوضة: {refused}</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="537"/>
        <source>{refused} refused</source>
        <translation>مرفوضة: {refused}</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="547"/>
        <source>No records wait for approval.</source>
        <translation>لا توجد ملفات بانتظار الاعتماد.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="550"/>
        <source>The oldest {shown} of {total} records waiting. Approve these to see the next ones. Ctrl+A selects them all; double-click opens a record.</source>
        <translation>تُعرض أقدم الملفات المنتظرة ({shown} من أصل {total}). اعتمدها لعرض الملفات التالية. يحدّدها Ctrl+A جميعًا، والنقر المزدوج يفتح الملف.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="557"/>
        <source>Oldest first. Select records to approve them (Ctrl+A selects them all), or select one to refuse it. Double-click opens a record.</source>
        <translation>الأقدم أولًا. حدِّد الملفات لاعتمادها (يحدّدها Ctrl+A جميعًا)، أو حدِّد ملفًا واحدًا لرفضه. النقر المزدوج يفتح الملف.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="570"/>
        <source>No refused records.</source>
        <translation>لا توجد ملفات مرفوضة.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="573"/>
        <source>Double-click a record to open and correct it; the new version then waits for approval again.</source>
        <translation>انقر نقرًا مزدوجًا على ملف لفتحه وتصحيحه؛ ثم تنتظر النسخة الجديدة الاعتماد مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="581"/>
        <source>These were refused while end-of-day approval was on. With approval off they are sent like any complete record: correct them soon.</source>
        <translation>رُفضت هذه الملفات عندما كان الاعتماد في نهاية اليوم مفعّلًا. والآن بعد إيقاف الاعتماد تُرسل مثل أي ملف مكتمل: صحّحها في أقرب وقت.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="628"/>
        <source>Approve all shown</source>
        <translation>اعتماد كل المعروض</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="630"/>
        <source>Approve all {n} records shown? They become ready to send to the hub.</source>
        <translation>هل تريد اعتماد جميع الملفات المعروضة ({n})؟ ستصبح جاهزة للإرسال إلى الخادم المركزي.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="635"/>
        <source>&amp;Approve {n}</source>
        <translation>&amp;اعتماد ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="663"/>
        <source>Approving…</source>
        <translation>جارٍ الاعتماد…</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="682"/>
        <source>No record approved: the {m} record(s) had changed meanwhile. Look at them again in the list.</source>
        <translation>لم يُعتمد أي ملف: تغيّرت الملفات ({m}) في هذه الأثناء. راجعها مرة أخرى في القائمة.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="687"/>
        <source>{n} record(s) approved; {m} had changed meanwhile and could not be approved.</source>
        <translation>الملفات المعتمدة: {n}. الملفات التي تغيّرت في هذه الأثناء وتعذّر اعتمادها: {m}.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="691"/>
        <source>{n} record(s) approved; they are ready to send to the hub.</source>
        <translation>الملفات المعتمدة: {n}، وهي جاهزة للإرسال إلى الخادم المركزي.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="724"/>
        <source>Refusing…</source>
        <translation>جارٍ الرفض…</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="743"/>
        <source>Record {registration_id} refused. It is listed below with your reason until an officer corrects it.</source>
        <translation>رُفض الملف {registration_id}. وسيبقى معروضًا أدناه مع السبب الذي ذكرته حتى يصحّحه موظف تسجيل.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="748"/>
        <source>Record {registration_id} had changed meanwhile and was not refused. Look at it again in the list.</source>
        <translation>تغيّر الملف {registration_id} في هذه الأثناء ولم يُرفض. راجعه مرة أخرى في القائمة.</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../ui/sync_page.py" line="551"/>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="552"/>
        <source>Sealed</source>
        <translation>وقت الإغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="553"/>
        <source>Records</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="554"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="555"/>
        <source>Sent</source>
        <translation>المُرسَل</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="556"/>
        <source>Receipt, or the last problem</source>
        <translation>إشعار الاستلام، أو آخر مشكلة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="594"/>
        <source>{sent} of {size}</source>
        <translation>{sent} من {size}</translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message>
        <location filename="../../ui/calibration_page.py" line="97"/>
        <source>&lt;h2&gt;Duplicate bands&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;فئات التكرار&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="101"/>
        <source>S&amp;core</source>
        <translation>ال&amp;درجة</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="103"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="113"/>
        <source>Only pairs the face search flagged reach a supervisor, so these figures are among flagged pairs. They can show that a band may be narrowed, never that it should be widened: duplicates beyond the possible edge are never seen here.</source>
        <translation>لا تصل إلى المشرف إلا الأزواج التي رصدها البحث بالوجه، لذا تقتصر هذه الأرقام على الأزواج المرصودة. قد تُظهر أنه يمكن تضييق فئةٍ ما، لكنها لا تُظهر أبدًا أنه ينبغي توسيعها: فحالات التكرار الواقعة بعد الحد المحتمل لا تظهر هنا أبدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="131"/>
        <source>Distance</source>
        <translation>المسافة</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="132"/>
        <source>Different people at or below
(false matches)</source>
        <translation>أشخاص مختلفون عند الحد أو دونه
(تطابقات خاطئة)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="133"/>
        <source>Same person above
(missed duplicates)</source>
        <translation>الشخص نفسه فوق الحد
(تكرارات فائتة)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="138"/>
        <source>Strong edge now</source>
        <translation>الحد القوي الحالي</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="139"/>
        <source>Possible edge now</source>
        <translation>الحد المحتمل الحالي</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="140"/>
        <source>Strong edge suggested</source>
        <translation>الحد القوي المقترح</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="141"/>
        <source>Possible edge suggested</source>
        <translation>الحد المحتمل المقترح</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="142"/>
        <source>Strong edge you set</source>
        <translation>الحد القوي الذي حدّدته</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="143"/>
        <source>Possible edge you set</source>
        <translation>الحد المحتمل الذي حدّدته</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="159"/>
        <source>&amp;Use the suggestion</source>
        <translation>&amp;استخدام الاقتراح</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="161"/>
        <source>&amp;Save bands</source>
        <translation>&amp;حفظ الفئات</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="163"/>
        <source>Only a supervisor can change the bands.</source>
        <translation>لا يمكن تغيير الفئات إلا للمشرف.</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="173"/>
        <source>Band edges</source>
        <translation>حدود الفئات</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="175"/>
        <source>S&amp;trong match at or below</source>
        <translation>تطابق &amp;قوي حتى</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="177"/>
        <source>&amp;Possible match at or below</source>
        <translation>تطابق &amp;محتمل حتى</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="272"/>
        <source>Reading the decisions…</source>
        <translation>جارٍ قراءة القرارات…</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="298"/>
        <source>{score} (decides the bands)</source>
        <translation>{score} (تحدّد الفئات)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="334"/>
        <source>SFace distance</source>
        <translation>مسافة SFace</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="335"/>
        <source>dlib distance</source>
        <translation>مسافة dlib</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="336"/>
        <source>fused score of both models</source>
        <translation>الدرجة المدمجة للنموذجين</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="348"/>
        <source>No pair has been decided “same person” or “different people” yet. As supervisors decide possible duplicates, their decisions appear here.</source>
        <translation>لم يصدر بعد قرار «الشخص نفسه» أو «أشخاص مختلفون» بشأن أي زوج. ستظهر القرارات هنا كلما بتّ المشرفون في حالات التكرار المحتملة.</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="353"/>
        <source>{same} pairs decided “same person” and {different} decided “different people” (interview decisions are not counted). {raised} of them were raised by this score; for the others it is the value recorded with the case.</source>
        <translation>أزواج صدر فيها قرار «الشخص نفسه»: {same}، وأزواج صدر فيها قرار «أشخاص مختلفون»: {different} (لا تُحتسب قرارات المقابلة). عدد ما رُصد منها بهذه الدرجة: {raised}؛ أما البقية فتُعرض لها القيمة المسجَّلة مع الحالة.</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="362"/>
        <source>This score does not decide the bands now ({deciding} does): its edges take effect only when a supervisor makes it the deciding score.</source>
        <translation>هذه الدرجة لا تحدّد الفئات حاليًا (بل {deciding}): لا تسري حدودها إلا عندما يجعلها المشرف الدرجة الحاسمة.</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="371"/>
        <source>Strong edge {x}</source>
        <translation>الحد القوي {x}</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="372"/>
        <source>Possible edge {x}</source>
        <translation>الحد المحتمل {x}</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="378"/>
        <source>Suggested strong {x}</source>
        <translation>القوي المقترح {x}</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="379"/>
        <source>Suggested possible {x}</source>
        <translation>المحتمل المقترح {x}</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="388"/>
        <source>Same person ({n})</source>
        <translation>الشخص نفسه ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="391"/>
        <source>Different people ({n})</source>
        <translation>أشخاص مختلفون ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="397"/>
        <source>Distance (lower is more alike)</source>
        <translation>المسافة (القيمة الأقل تعني تشابهًا أكبر)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="399"/>
        <source>Fused score (lower is more alike)</source>
        <translation>الدرجة المدمجة (القيمة الأقل تعني تشابهًا أكبر)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="400"/>
        <source>Pairs</source>
        <translation>الأزواج</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="420"/>
        <source>no pairs</source>
        <translation>لا توجد أزواج</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="422"/>
        <source>{part} of {whole} ({percent}%)</source>
        <translation>{part} من {whole} ({percent}%)</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="444"/>
        <source>No suggestion yet: it needs at least {n} decisions of each kind, and there are {same} “same person” and {different} “different people”.</source>
        <translation>لا يوجد اقتراح بعد: يلزم ما لا يقل عن {n} من القرارات من كل نوع، والموجود حاليًا: «الشخص نفسه» {same}، و«أشخاص مختلفون» {different}.</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="449"/>
        <source>No suggestion: pairs of different people come as close as pairs of the same person, so no strong edge keeps false matches at {fmr}% or below.</source>
        <translation>لا يوجد اقتراح: أزواج الأشخاص المختلفين متقاربة بقدر تقارب أزواج الشخص نفسه، لذا لا يوجد حد قوي يُبقي التطابقات الخاطئة عند {fmr}% أو أقل.</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="453"/>
        <source>Suggested: strong at or below {strong}, possible at or below {possible}. The strong band would hold at most {fmr}% of the different-people pairs decided so far, and at most {fnmr}% of the same-person pairs would lie beyond the possible edge.</source>
        <translation>المقترح: قوي حتى {strong}، ومحتمل حتى {possible}. ستضم الفئة القوية {fmr}% على الأكثر من أزواج «أشخاص مختلفون» التي بُتّ فيها حتى الآن، ولن يقع بعد الحد المحتمل أكثر من {fnmr}% من أزواج «الشخص نفسه».</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="530"/>
        <source>The possible edge must be at or above the strong edge.</source>
        <translation>يجب أن يكون الحد المحتمل مساويًا للحد القوي أو أعلى منه.</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="536"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../ui/calibration_page.py" line="555"/>
        <source>Bands saved.</source>
        <translation>تم حفظ الفئات.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/review_page.py" line="602"/>
        <source>Back to the queue</source>
        <translation>العودة إلى قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="604"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="606"/>
        <source>Previous case</source>
        <translation>الحالة السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="609"/>
        <source>Next case</source>
        <translation>الحالة التالية</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="625"/>
        <source>Other candidates of this record:</source>
        <translation>مرشحون آخرون لهذا الملف:</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="640"/>
        <source>Zoom both faces</source>
        <translation>تكبير الوجهين</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="644"/>
        <source>Zoom</source>
        <translation>التكبير</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="669"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="669"/>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="669"/>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="672"/>
        <source>Details</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="673"/>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="674"/>
        <source>Households</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="675"/>
        <source>History and decisions</source>
        <translation>سجل التغييرات والقرارات</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="683"/>
        <source>Same person (Alt+S)</source>
        <translation>الشخص نفسه (Alt+S)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="684"/>
        <source>Different people (Alt+D)</source>
        <translation>أشخاص مختلفون (Alt+D)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="685"/>
        <source>Needs interview (Alt+I)</source>
        <translation>تحتاج إلى مقابلة (Alt+I)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="700"/>
        <source>Note (required for &apos;other reason&apos;)</source>
        <translation>ملاحظة (إلزامية عند اختيار «سبب آخر»)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="703"/>
        <source>Save decision</source>
        <translation>حفظ القرار</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="705"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="708"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="746"/>
        <source>Alt+P</source>
        <translation>Alt+P</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="747"/>
        <source>Alt+N</source>
        <translation>Alt+N</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="782"/>
        <source>waiting</source>
        <translation>بانتظار القرار</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="784"/>
        <source>Candidate {n}: {band}, distance {d:.3f} ({state})</source>
        <translation>المرشح {n}: {band}، المسافة {d:.3f} ({state})</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="808"/>
        <source>Distance {d:.3f} by {model}</source>
        <translation>المسافة {d:.3f} حسب {model}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="814"/>
        <source>(strong at or below {s:.3f}, possible at or below {p:.3f})</source>
        <translation>(قوي حتى {s:.3f}، محتمل حتى {p:.3f})</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="819"/>
        <source>{model}: {d:.3f}</source>
        <translation>{model}: {d:.3f}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="824"/>
        <source>Second opinion: {list}</source>
        <translation>رأي ثانٍ: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="827"/>
        <source>Raised {when} at registration.</source>
        <translation>أُثيرت في {when} عند التسجيل.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="828"/>
        <source>Raised {when} by a batch check.</source>
        <translation>أُثيرت في {when} أثناء فحص جماعي.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="829"/>
        <source>Raised {when} by the hub.</source>
        <translation>أُثيرت في {when} من الخادم المركزي.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="830"/>
        <source>Raised {when}.</source>
        <translation>أُثيرت في {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="841"/>
        <source>Primary record of an identity with {n} records</source>
        <translation>الملف الرئيسي لهوية تضم عدة ملفات (عددها: {n})</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="844"/>
        <source>Linked to another record as the same person ({n} records)</source>
        <translation>مرتبط بملف آخر بوصفهما الشخص نفسه (عدد الملفات: {n})</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="860"/>
        <source>The two records differ here</source>
        <translation>يختلف الملفان هنا</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="873"/>
        <source>No document</source>
        <translation>لا توجد وثيقة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="881"/>
        <source>Documents (same number on both)</source>
        <translation>الوثائق (الرقم نفسه في الملفين)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="883"/>
        <source>Documents ({a} and {b})</source>
        <translation>الوثائق ({a} و{b})</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="894"/>
        <source>issued by {c}</source>
        <translation>جهة الإصدار: {c}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="896"/>
        <source>valid until {d}</source>
        <translation>صالحة حتى {d}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="914"/>
        <source>No household</source>
        <translation>لا توجد أسرة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="918"/>
        <source>{name} — {relationship} — {rid}</source>
        <translation>{name} — {relationship} — {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="931"/>
        <source>Decided: {decision} — {reason}</source>
        <translation>القرار: {decision} — {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="944"/>
        <source>{name}: version {n} saved</source>
        <translation>{name}: حُفظت النسخة {n}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="954"/>
        <source>History and decisions ({n})</source>
        <translation>سجل التغييرات والقرارات ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="975"/>
        <source>Decided {when} by {who}: {decision}. A new decision replaces it; both stay in the history.</source>
        <translation>صدر القرار في {when} بواسطة {who}: {decision}. أي قرار جديد يحلّ محله، ويبقى كلاهما في سجل التغييرات.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="1008"/>
        <source>Choose a decision first: same person, different people or needs interview.</source>
        <translation>اختر قرارًا أولًا: الشخص نفسه، أو أشخاص مختلفون، أو تحتاج إلى مقابلة.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="1014"/>
        <source>Say in the note why: the reason is &apos;other&apos;.</source>
        <translation>اذكر السبب في الملاحظة: السبب المختار هو «سبب آخر».</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/password_dialog.py" line="112"/>
        <source>Choose your own password</source>
        <translation>اختر كلمة مرور خاصة بك</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="121"/>
        <source>{operator}, you unlocked with a temporary password that a supervisor gave you. Choose your own password now: at least {n} characters that only you know.</source>
        <translation>{operator}، لقد فتحت القفل بكلمة مرور مؤقتة أعطاك إياها المشرف. اختر الآن كلمة مرور خاصة بك: لا يقل عدد أحرفها عن {n}، ولا يعرفها أحد غيرك.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="127"/>
        <source>{operator}, choose a new password: at least {n} characters that only you know.</source>
        <translation>{operator}، اختر كلمة مرور جديدة: لا يقل عدد أحرفها عن {n}، ولا يعرفها أحد غيرك.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="135"/>
        <source>&amp;New password</source>
        <translation>كلمة المرور ال&amp;جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="135"/>
        <source>&amp;Repeat new password</source>
        <translation>&amp;تأكيد كلمة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="137"/>
        <source>Saving the new password…</source>
        <translation>جارٍ حفظ كلمة المرور الجديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="142"/>
        <source>&amp;Save password</source>
        <translation>&amp;حفظ كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="146"/>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="146"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="215"/>
        <source>The new password must differ from the temporary one.</source>
        <translation>يجب أن تختلف كلمة المرور الجديدة عن كلمة المرور المؤقتة.</translation>
    </message>
</context>
<context>
    <name>ConfirmPasswordDialog</name>
    <message>
        <location filename="../../ui/password_dialog.py" line="252"/>
        <source>Confirm with your password</source>
        <translation>التأكيد بكلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="258"/>
        <source>To {action}, type your password again.</source>
        <translation>من أجل {action}، اكتب كلمة المرور مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="260"/>
        <source>To go on, type your password again.</source>
        <translation>للمتابعة، اكتب كلمة المرور مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="263"/>
        <source>To {action}, type the recovery key again.</source>
        <translation>من أجل {action}، اكتب مفتاح الاسترداد مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="265"/>
        <source>To go on, type the recovery key again.</source>
        <translation>للمتابعة، اكتب مفتاح الاسترداد مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="276"/>
        <source>Operator</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="277"/>
        <source>Recovery &amp;key</source>
        <translation>&amp;مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="277"/>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="281"/>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="286"/>
        <source>&amp;Confirm</source>
        <translation>&amp;تأكيد</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="290"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="312"/>
        <source>Type your password.</source>
        <translation>اكتب كلمة المرور.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="335"/>
        <source>Wait {seconds} seconds before the next try.</source>
        <translation>انتظر قبل المحاولة التالية (مدة الانتظار بالثواني: {seconds}).</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard_page.py" line="68"/>
        <source>less than a minute</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="70"/>
        <source>1 minute</source>
        <translation>دقيقة واحدة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="70"/>
        <source>{n} minutes</source>
        <translation>{n} دقيقة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="73"/>
        <source>1 hour</source>
        <translation>ساعة واحدة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="73"/>
        <source>{n} hours</source>
        <translation>{n} ساعة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="75"/>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="75"/>
        <source>{n} days</source>
        <translation>{n} يوم</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="137"/>
        <source>How long the items have been waiting</source>
        <translation>مدة انتظار العناصر</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="162"/>
        <source>(limit {n})</source>
        <translation>(الحد: {n})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="165"/>
        <source>Nothing is waiting.</source>
        <translation>لا يوجد شيء بالانتظار.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="167"/>
        <source>Oldest: {age}</source>
        <translation>الأقدم: {age}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="171"/>
        <source>— over the limit of {limit}</source>
        <translation>— تجاوز الحد المسموح ({limit})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="173"/>
        <source>(limit {limit})</source>
        <translation>(الحد: {limit})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="178"/>
        <source>0–1 day</source>
        <translation>من 0 إلى 1 يوم</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="178"/>
        <source>1–3 days</source>
        <translation>من 1 إلى 3 أيام</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="178"/>
        <source>3–7 days</source>
        <translation>من 3 إلى 7 أيام</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="178"/>
        <source>7+ days</source>
        <translation>7 أيام فأكثر</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="200"/>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;التقارير&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="204"/>
        <source>Last {n} days</source>
        <translation>الأيام الـ{n} الأخيرة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="206"/>
        <source>&amp;Period</source>
        <translation>ال&amp;فترة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="208"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="210"/>
        <source>&amp;Export CSV…</source>
        <translation>ت&amp;صدير بصيغة CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="225"/>
        <source>Possible duplicates waiting for review</source>
        <translation>حالات التكرار المحتملة بانتظار المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="227"/>
        <source>cases waiting for a supervisor&apos;s decision</source>
        <translation>حالات بانتظار قرار المشرف</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="230"/>
        <source>Records not yet at the hub</source>
        <translation>ملفات لم تصل بعد إلى الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="232"/>
        <source>records waiting to be synced</source>
        <translation>ملفات بانتظار المزامنة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="242"/>
        <source>Registrations</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="245"/>
        <source>&lt;b&gt;Per day&lt;/b&gt;</source>
        <translation>&lt;b&gt;حسب اليوم&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="247"/>
        <source>&lt;b&gt;By operator&lt;/b&gt;</source>
        <translation>&lt;b&gt;حسب المستخدم&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="248"/>
        <source>&lt;b&gt;By site&lt;/b&gt;</source>
        <translation>&lt;b&gt;حسب الموقع&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="321"/>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="353"/>
        <source>Figures as of {time}.</source>
        <translation>الأرقام حتى الساعة {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="365"/>
        <source>{strong} strong and {possible} possible matches</source>
        <translation>تطابقات قوية: {strong}، وتطابقات محتملة: {possible}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="371"/>
        <source>{waiting} waiting to be sent, {sent} sent and not yet confirmed</source>
        <translation>بانتظار الإرسال: {waiting}، وأُرسلت دون تأكيد بعد: {sent}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="379"/>
        <source>{total} registrations from {first} to {last}</source>
        <translation>عدد التسجيلات من {first} إلى {last}: {total}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="396"/>
        <source>all others</source>
        <translation>البقية</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="409"/>
        <source>A file with this name exists already. Choose another name.</source>
        <translation>يوجد ملف بهذا الاسم بالفعل. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="428"/>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="430"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="448"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="469"/>
        <source>Saved to {name}.</source>
        <translation>حُفظ في {name}.</translation>
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
        <location filename="../../ui/login.py" line="37"/>
        <source>Registrar - unlock</source>
        <translation>Registrar - فتح القفل</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="38"/>
        <source>&lt;h2&gt;Registrar&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Registrar&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="45"/>
        <source>your operator name</source>
        <translation>اسم المستخدم الخاص بك</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="54"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="57"/>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="70"/>
        <source>&amp;Operator</source>
        <translation>ال&amp;مستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="71"/>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="73"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="86"/>
        <source>&amp;About Registrar</source>
        <translation>&amp;حول Registrar</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="88"/>
        <source>Version and the licences of its components (F1)</source>
        <translation>النسخة وتراخيص مكوّناته (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="118"/>
        <source>Type your operator name and your password.</source>
        <translation>اكتب اسم المستخدم وكلمة المرور.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Register</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Approvals</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Operators</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Register a person.</source>
        <translation>تسجيل شخص.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Find people by name, registration id or document number.</source>
        <translation>البحث عن الأشخاص بالاسم أو رقم التسجيل أو رقم الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Supervisors review possible duplicates here.</source>
        <translation>يراجع المشرفون هنا حالات التكرار المحتملة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Supervisors approve the day&apos;s records here.</source>
        <translation>يعتمد المشرفون هنا ملفات اليوم.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Registrations, backlogs and threshold calibration.</source>
        <translation>التسجيلات والأعمال المتراكمة ومعايرة العتبات.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Supervisors manage operators here.</source>
        <translation>يدير المشرفون المستخدمين هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Send records to the hub, over the network or on a USB stick.</source>
        <translation>إرسال الملفات إلى الخادم المركزي عبر الشبكة أو على ذاكرة USB.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Station, operators and thresholds.</source>
        <translation>المحطة والمستخدمون والعتبات.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>About Registrar and the licences of its components (F1)</source>
        <translation>حول Registrar وتراخيص مكوّناته (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>القفل الآن (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>officer</source>
        <translation>موظف تسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>{operator} ({role}) at {site}</source>
        <translation>{operator} ({role}) في {site}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>{n} waiting for sync</source>
        <translation>بانتظار المزامنة: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>{n} case(s) to review</source>
        <translation>حالات للمراجعة: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Backlog</source>
        <translation>أعمال متراكمة</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../../ui/password_dialog.py" line="75"/>
        <source>Type the password, then type it again below.</source>
        <translation>اكتب كلمة المرور، ثم أعد كتابتها في الحقل أدناه.</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="81"/>
        <source>The two passwords differ. Type them again.</source>
        <translation>كلمتا المرور غير متطابقتين. اكتبهما مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <location filename="../../ui/operators_page.py" line="214"/>
        <source>&lt;h2&gt;Operators&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;المستخدمون&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="216"/>
        <source>Only supervisors manage operators. Ask a supervisor to add someone, to give a new password or to change a role.</source>
        <translation>إدارة المستخدمين متاحة للمشرفين فقط. اطلب من أحد المشرفين إضافة شخص، أو منح كلمة مرور جديدة، أو تغيير دور.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="226"/>
        <source>Each operator unlocks this station with their own password. When you set a temporary password, give it to the operator in person: they must choose their own at their next unlock.</source>
        <translation>يفتح كل مستخدم قفل هذه المحطة بكلمة المرور الخاصة به. عندما تعيّن كلمة مرور مؤقتة، سلّمها إلى المستخدم شخصيًا: عليه أن يختار كلمة مرور خاصة به عند فتح القفل في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="238"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="238"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="238"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="238"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="255"/>
        <source>&amp;Add…</source>
        <translation>&amp;إضافة…</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="257"/>
        <source>&amp;Reset password…</source>
        <translation>إعادة تعيين &amp;كلمة المرور…</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="259"/>
        <source>Change r&amp;ole</source>
        <translation>تغيير ال&amp;دور</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="261"/>
        <location filename="../../ui/operators_page.py" line="542"/>
        <source>&amp;Disable</source>
        <translation>&amp;تعطيل</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="263"/>
        <source>&amp;Enable…</source>
        <translation>ت&amp;فعيل…</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="323"/>
        <location filename="../../ui/operators_page.py" line="360"/>
        <source>Loading the operators…</source>
        <translation>جارٍ تحميل المستخدمين…</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="366"/>
        <source>Supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="366"/>
        <source>Officer</source>
        <translation>موظف تسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="370"/>
        <source>{name} (you)</source>
        <translation>{name} (أنت)</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="372"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="374"/>
        <source>Disabled since {date}</source>
        <translation>معطَّل منذ {date}</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="378"/>
        <source>Disabled</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="380"/>
        <source>Temporary: must be changed at the next unlock</source>
        <translation>مؤقتة: يجب تغييرها عند فتح القفل في المرة القادمة</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="433"/>
        <source>Make this supervisor an officer</source>
        <translation>جعل هذا المشرف موظف تسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="435"/>
        <source>Make this officer a supervisor</source>
        <translation>جعل موظف التسجيل هذا مشرفًا</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="443"/>
        <source>Add an operator</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="444"/>
        <source>The new operator unlocks with this temporary password and then chooses their own. Give it to them in person.</source>
        <translation>يفتح المستخدم الجديد القفل بكلمة المرور المؤقتة هذه، ثم يختار كلمة مرور خاصة به. سلّمها إليه شخصيًا.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="448"/>
        <source>&amp;Add operator</source>
        <translation>&amp;إضافة المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="461"/>
        <source>{name} was added as a supervisor.</source>
        <translation>أُضيف {name} بصفة مشرف.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="463"/>
        <source>{name} was added as an officer.</source>
        <translation>أُضيف {name} بصفة موظف تسجيل.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="476"/>
        <source>Reset the password of {name}</source>
        <translation>إعادة تعيين كلمة مرور {name}</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="477"/>
        <source>{name}&apos;s current password stops working. {name} unlocks with this temporary password and then chooses their own.</source>
        <translation>ستتوقف كلمة المرور الحالية للمستخدم {name} عن العمل. سيفتح {name} القفل بكلمة المرور المؤقتة هذه، ثم يختار كلمة مرور خاصة به.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="481"/>
        <source>&amp;Reset password</source>
        <translation>إعادة تعيين &amp;كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="492"/>
        <source>{name} has a temporary password now and must change it at the next unlock.</source>
        <translation>لدى {name} الآن كلمة مرور مؤقتة، وعليه تغييرها عند فتح القفل في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="506"/>
        <source>Enable {name}</source>
        <translation>تفعيل {name}</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="507"/>
        <source>{name} can unlock again, with this temporary password, and then chooses their own.</source>
        <translation>يمكن للمستخدم {name} فتح القفل مجددًا بكلمة المرور المؤقتة هذه، ثم يختار كلمة مرور خاصة به.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="510"/>
        <source>&amp;Enable</source>
        <translation>ت&amp;فعيل</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="521"/>
        <source>{name} is enabled and must change the password at the next unlock.</source>
        <translation>فُعِّل المستخدم {name}، وعليه تغيير كلمة المرور عند فتح القفل في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="537"/>
        <source>Disable {name}?</source>
        <translation>هل تريد تعطيل {name}؟</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="538"/>
        <source>{name} will no longer be able to unlock this station. Their records and their name in the audit log stay. You can enable them again later.</source>
        <translation>لن يتمكن {name} بعد الآن من فتح قفل هذه المحطة. تبقى الملفات التي سجّلها واسمه في سجل التدقيق. يمكنك تفعيله مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="543"/>
        <source>{name} is disabled.</source>
        <translation>عُطِّل المستخدم {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="553"/>
        <source>Make {name} an officer?</source>
        <translation>هل تريد جعل {name} موظف تسجيل؟</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="554"/>
        <source>{name} will no longer review cases, export or manage operators. This takes effect when {name} next unlocks.</source>
        <translation>لن يراجع {name} الحالات بعد الآن، ولن يصدّر البيانات أو يدير المستخدمين. يسري ذلك عندما يفتح {name} القفل في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="558"/>
        <source>{name} is an officer from the next unlock.</source>
        <translation>سيصبح {name} موظف تسجيل اعتبارًا من فتح القفل في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="561"/>
        <source>Make {name} a supervisor?</source>
        <translation>هل تريد جعل {name} مشرفًا؟</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="562"/>
        <source>{name} will also review cases, export and manage operators. This takes effect when {name} next unlocks.</source>
        <translation>سيتمكن {name} أيضًا من مراجعة الحالات وتصدير البيانات وإدارة المستخدمين. يسري ذلك عندما يفتح {name} القفل في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="566"/>
        <source>{name} is a supervisor from the next unlock.</source>
        <translation>سيصبح {name} مشرفًا اعتبارًا من فتح القفل في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="571"/>
        <source>&amp;Change role</source>
        <translation>تغيير ال&amp;دور</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="582"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="648"/>
        <source>Working…</source>
        <translation>جارٍ التنفيذ…</translation>
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
        <location filename="../../ui/people_page.py" line="816"/>
        <source>Search by photo</source>
        <translation>البحث بالصورة</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="818"/>
        <source>Photos (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>الصور (*.jpg *.jpeg *.png);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="828"/>
        <source>Search by camera</source>
        <translation>البحث بالكاميرا</translation>
    </message>
    <message>
        <location filename="../../ui/people_page.py" line="829"/>
        <source>Ask the person to look at the camera, then take the picture.</source>
        <translation>اطلب من الشخص أن ينظر إلى الكاميرا، ثم التقط الصورة.</translation>
    </message>
</context>
<context>
    <name>PersonDetailDialog</name>
    <message>
        <location filename="../../ui/person_detail.py" line="314"/>
        <source>Person record</source>
        <translation>ملف الشخص</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="351"/>
        <source>&amp;Details</source>
        <translation>ال&amp;بيانات</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="354"/>
        <location filename="../../ui/person_detail.py" line="1027"/>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="357"/>
        <location filename="../../ui/person_detail.py" line="1028"/>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="358"/>
        <location filename="../../ui/person_detail.py" line="1029"/>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="361"/>
        <source>History of this record</source>
        <translation>سجل التغييرات في هذا الملف</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="363"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="363"/>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="363"/>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="366"/>
        <location filename="../../ui/person_detail.py" line="1030"/>
        <source>History</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="368"/>
        <source>&amp;Edit details</source>
        <translation>&amp;تعديل البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="374"/>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="377"/>
        <source>Save a copy of everything held about this person, for them</source>
        <translation>حفظ نسخة من كل البيانات المحفوظة عن هذا الشخص، لتسليمها إليه</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="379"/>
        <source>E&amp;rase…</source>
        <translation>ح&amp;ذف…</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="381"/>
        <source>Remove this person from the vault for good</source>
        <translation>حذف هذا الشخص من الخزنة نهائيًا</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="388"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="414"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="415"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="416"/>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="417"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="418"/>
        <source>Born</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="419"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="420"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="421"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="422"/>
        <source>Specific needs</source>
        <translation>الاحتياجات الخاصة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="423"/>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="451"/>
        <source>Date of birth known</source>
        <translation>تاريخ الميلاد معروف</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="452"/>
        <source>Year of birth estimated</source>
        <translation>سنة الميلاد تقديرية</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="453"/>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="456"/>
        <source>year-month-day, e.g. 1990-04-21</source>
        <translation>السنة-الشهر-اليوم، مثل 1990-04-21</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="465"/>
        <source>&amp;Save as a new version</source>
        <translation>&amp;حفظ كنسخة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="468"/>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="479"/>
        <source>&amp;Given name:</source>
        <translation>الاسم ال&amp;أول:</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="480"/>
        <source>&amp;Family name:</source>
        <translation>اسم ال&amp;عائلة:</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="481"/>
        <source>&amp;Other names:</source>
        <translation>أسماء أ&amp;خرى:</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="482"/>
        <source>Se&amp;x:</source>
        <translation>ال&amp;جنس:</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="483"/>
        <source>&amp;Birth:</source>
        <translation>ال&amp;ميلاد:</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="484"/>
        <source>Date of birth:</source>
        <translation>تاريخ الميلاد:</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="485"/>
        <source>Year of birth:</source>
        <translation>سنة الميلاد:</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="486"/>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="500"/>
        <source>Other members of the household</source>
        <translation>أفراد الأسرة الآخرون</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="502"/>
        <source>Enter or double-click opens a member&apos;s record.</source>
        <translation>اضغط Enter أو انقر نقرًا مزدوجًا لفتح ملف أحد الأفراد.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="527"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="548"/>
        <location filename="../../ui/person_detail.py" line="944"/>
        <location filename="../../ui/person_detail.py" line="1003"/>
        <source>This person is no longer in the vault.</source>
        <translation>لم يعد هذا الشخص موجودًا في الخزنة.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="561"/>
        <source>Registration id: {rid}</source>
        <translation>رقم التسجيل: {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="563"/>
        <source>{state} · version {version} · last change {when} by {who}</source>
        <translation>{state} · النسخة {version} · آخر تعديل في {when} بواسطة {who}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="573"/>
        <location filename="../../ui/person_detail.py" line="1018"/>
        <source>No photo</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="578"/>
        <source>Face photo</source>
        <translation>صورة الوجه</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="579"/>
        <source>not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="590"/>
        <source>{when} by {who}</source>
        <translation>{when} بواسطة {who}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="600"/>
        <source>Photos ({n})</source>
        <translation>الصور ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="601"/>
        <source>Documents ({n})</source>
        <translation>الوثائق ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="602"/>
        <source>Household ({n})</source>
        <translation>الأسرة ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="604"/>
        <source>History ({n})</source>
        <translation>سجل التغييرات ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="610"/>
        <source>No face photo recorded.</source>
        <translation>لا توجد صورة وجه مسجَّلة.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="615"/>
        <source>Face photo {n}</source>
        <translation>صورة الوجه {n}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="620"/>
        <source>Taken {when}</source>
        <translation>التُقطت في {when}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="630"/>
        <source>No document recorded.</source>
        <translation>لا توجد وثيقة مسجَّلة.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="645"/>
        <source>Number: {number}</source>
        <translation>الرقم: {number}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="647"/>
        <source>Issued by: {country}</source>
        <translation>جهة الإصدار: {country}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="651"/>
        <source>Expired on {date}</source>
        <translation>انتهت صلاحيتها في {date}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="653"/>
        <source>Valid until {date}</source>
        <translation>صالحة حتى {date}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="658"/>
        <source>Page {n}</source>
        <translation>الصفحة {n}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="668"/>
        <source>Not recorded in a household.</source>
        <translation>غير مسجَّل ضمن أسرة.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="671"/>
        <source>This person: {relationship}. Other members: {n}.</source>
        <translation>هذا الشخص: {relationship}. عدد الأفراد الآخرين: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="679"/>
        <source>{name} — {relationship} — {rid}</source>
        <translation>{name} — {relationship} — {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="694"/>
        <source>Version {n}: registered</source>
        <translation>النسخة {n}: التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="697"/>
        <source>Version {n}: changed {fields}</source>
        <translation>النسخة {n}: تعديلات ({fields})</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="699"/>
        <source>nothing in the details</source>
        <translation>لا تعديل في البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="775"/>
        <source>Give a given name or a family name.</source>
        <translation>أدخل الاسم الأول أو اسم العائلة.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="786"/>
        <source>Write the date of birth as year-month-day, for example 1990-04-21.</source>
        <translation>اكتب تاريخ الميلاد بالشكل السنة-الشهر-اليوم، مثل 1990-04-21.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="817"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="829"/>
        <source>Saved as version {n}.</source>
        <translation>حُفظ بوصفه النسخة {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="840"/>
        <source>This person was changed meanwhile — reloaded. Look at the record and make your change again if it is still needed.</source>
        <translation>عُدّلت بيانات هذا الشخص في هذه الأثناء — أُعيد تحميل الملف. راجع الملف وأعد إجراء التعديل إن كان لا يزال ضروريًا.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="856"/>
        <source>given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="857"/>
        <source>family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="858"/>
        <source>other names</source>
        <translation>الأسماء الأخرى</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="862"/>
        <source>Check the {name}: at most {n} characters and no control characters.</source>
        <translation>تحقّق من حقل «{name}»: الحد الأقصى لعدد الأحرف {n}، ولا يُسمح بأحرف التحكّم.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="866"/>
        <source>The date of birth is in the future or more than 130 years ago.</source>
        <translation>تاريخ الميلاد في المستقبل أو يعود إلى أكثر من 130 سنة.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="870"/>
        <source>The year of birth is in the future or more than 130 years ago.</source>
        <translation>سنة الميلاد في المستقبل أو تعود إلى أكثر من 130 سنة.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="874"/>
        <source>A phone number may hold only digits, spaces, + ( ) and -.</source>
        <translation>لا يجوز أن يحتوي رقم الهاتف إلا على أرقام ومسافات والرموز + ( ) -.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="920"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="930"/>
        <source>Saved a copy of everything held about this person to {path}. The copy is not encrypted: hand it over safely, then delete it from this computer.</source>
        <translation>حُفظت نسخة من كل البيانات المحفوظة عن هذا الشخص في {path}. النسخة غير مشفّرة: سلّمها بأمان، ثم احذفها من هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="939"/>
        <source>{name} is already in that folder (an earlier copy?). Nothing was written. Choose another folder, or move the earlier copy away first.</source>
        <translation>يوجد {name} بالفعل في ذلك المجلد (ربما نسخة سابقة؟). لم يُكتب أي شيء. اختر مجلدًا آخر، أو انقل النسخة السابقة إلى مكان آخر أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="948"/>
        <source>The copy could not be written there ({reason}). Nothing was left behind. Check that the folder exists, the USB stick is plugged in and has free space, then try again.</source>
        <translation>تعذّرت كتابة النسخة هناك ({reason}). لم يبقَ أي جزء منها. تحقّق من أن المجلد موجود، وأن ذاكرة USB موصولة وفيها مساحة فارغة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="978"/>
        <source>Erasing…</source>
        <translation>جارٍ الحذف…</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="991"/>
        <source>The record {rid} was erased. Nothing about this person is left in the vault; the audit log keeps only that a record was erased, when, by whom and why.</source>
        <translation>حُذف الملف {rid}. لم يبقَ أي شيء عن هذا الشخص في الخزنة؛ ولا يحتفظ سجل التدقيق إلا بأن ملفًا قد حُذف، ومتى، وبواسطة من، ولماذا.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1007"/>
        <source>Nothing was erased.</source>
        <translation>لم يُحذف أي شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1014"/>
        <source>Erased record</source>
        <translation>ملف محذوف</translation>
    </message>
</context>
<context>
    <name>PersonEraseDialog</name>
    <message>
        <location filename="../../ui/person_detail.py" line="1134"/>
        <source>Erase a person&apos;s record</source>
        <translation>حذف ملف شخص</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1137"/>
        <source>Registration id: {rid}</source>
        <translation>رقم التسجيل: {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1140"/>
        <source>Erasing removes this person&apos;s details and every earlier version, consents, face photos, documents, face templates, duplicate cases and approvals from this vault for good. It cannot be undone. The audit log keeps only that a record was erased, when, by whom and why. If the record went to the hub, the hub and the sites it was shown to erase it too after the next sync. If the person asked for a copy, export it first.</source>
        <translation>يؤدي الحذف إلى إزالة بيانات هذا الشخص وكل نسخها السابقة، والموافقات، وصور الوجه، والوثائق، وقوالب الوجه، وحالات التكرار، والاعتمادات من هذه الخزنة نهائيًا. لا يمكن التراجع عن ذلك. لا يحتفظ سجل التدقيق إلا بأن ملفًا قد حُذف، ومتى، وبواسطة من، ولماذا. إذا كان الملف قد أُرسل إلى الخادم المركزي، فإن الخادم المركزي والمواقع التي عُرض عليها يحذفونه أيضًا بعد المزامنة التالية. إذا طلب الشخص نسخة، فصدِّرها أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1153"/>
        <source>Choose a reason…</source>
        <translation>اختر سببًا…</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1160"/>
        <source>Type the registration id shown above to confirm the erasure</source>
        <translation>اكتب رقم التسجيل المعروض أعلاه لتأكيد الحذف</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1166"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;حذف نهائي</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1171"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1179"/>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1182"/>
        <source>&amp;Type {rid} to confirm:</source>
        <translation>ا&amp;كتب {rid} للتأكيد:</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1216"/>
        <source>This is not the registration id shown above; check for a typo.</source>
        <translation>هذا ليس رقم التسجيل المعروض أعلاه؛ تأكّد من عدم وجود خطأ في الكتابة.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1219"/>
        <source>Choose the reason for the erasure.</source>
        <translation>اختر سبب الحذف.</translation>
    </message>
</context>
<context>
    <name>PersonExportDialog</name>
    <message>
        <location filename="../../ui/person_detail.py" line="1064"/>
        <source>Export a person&apos;s record</source>
        <translation>تصدير ملف شخص</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1067"/>
        <source>Registration id: {rid}</source>
        <translation>رقم التسجيل: {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1069"/>
        <source>The copy holds everything this vault keeps about the person: their details and every earlier version, consents, face photos, document pages, face templates, duplicate cases and decisions, approvals and the history of the record, in person.json and image files.</source>
        <translation>تحتوي النسخة على كل ما تحفظه هذه الخزنة عن الشخص: بياناته وكل نسخها السابقة، والموافقات، وصور الوجه، وصفحات الوثائق، وقوالب الوجه، وحالات التكرار وقراراتها، والاعتمادات، وسجل التغييرات في الملف، وذلك في ملف person.json وملفات صور.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1077"/>
        <source>One &amp;zip file: {rid}.zip</source>
        <translation>ملف &amp;مضغوط واحد: {rid}.zip</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1081"/>
        <source>A &amp;folder: {rid}</source>
        <translation>م&amp;جلد: {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1085"/>
        <source>The copy is not encrypted. Save it only where you control who can read it, give it only to the person (or as the law requires) and delete it once it has been handed over. The export is recorded in the audit log.</source>
        <translation>النسخة غير مشفّرة. احفظها فقط في مكان تتحكم فيه بمن يمكنه قراءتها، ولا تسلّمها إلا إلى الشخص نفسه (أو وفق ما يقتضيه القانون)، واحذفها بعد تسليمها. يُسجَّل التصدير في سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1093"/>
        <source>&amp;Choose a folder and export…</source>
        <translation>&amp;اختيار مجلد والتصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1097"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="1103"/>
        <source>Save the copy as:</source>
        <translation>احفظ النسخة على شكل:</translation>
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
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ui/sync_page.py" line="620"/>
        <source>Registration id</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="621"/>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="622"/>
        <source>Why it cannot leave</source>
        <translation>سبب تعذّر الإرسال</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="623"/>
        <source>Since</source>
        <translation>منذ</translation>
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
    <name>QueueView</name>
    <message>
        <location filename="../../ui/review_page.py" line="365"/>
        <source>Waiting for a decision</source>
        <translation>بانتظار القرار</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="366"/>
        <source>Waiting for an interview</source>
        <translation>بانتظار المقابلة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="367"/>
        <source>Decided</source>
        <translation>تم البتّ فيها</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="372"/>
        <source>Any match</source>
        <translation>أي تطابق</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="373"/>
        <source>Strong matches</source>
        <translation>التطابقات القوية</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="374"/>
        <source>Possible matches</source>
        <translation>التطابقات المحتملة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="384"/>
        <source>Show</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="385"/>
        <location filename="../../ui/review_page.py" line="400"/>
        <source>Match</source>
        <translation>التطابق</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="386"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="387"/>
        <source>Registered by</source>
        <translation>سُجِّل بواسطة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="388"/>
        <source>Raised from</source>
        <translation>تاريخ الرصد من</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="389"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="401"/>
        <source>New record</source>
        <translation>الملف الجديد</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="402"/>
        <source>Registration id</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="403"/>
        <source>Candidates</source>
        <translation>المرشحون</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="404"/>
        <source>Waiting</source>
        <translation>مدة الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="405"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="416"/>
        <source>Open case</source>
        <translation>فتح الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="418"/>
        <source>Open the selected case (Enter)</source>
        <translation>فتح الحالة المحدَّدة (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="420"/>
        <source>Show more</source>
        <translation>عرض المزيد</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="422"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="431"/>
        <source>Possible duplicates</source>
        <translation>حالات التكرار المحتملة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="457"/>
        <source>any day</source>
        <translation>أي يوم</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="493"/>
        <source>Every site</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="494"/>
        <source>Anyone</source>
        <translation>أي مستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="499"/>
        <source>different households</source>
        <translation>أسر مختلفة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="501"/>
        <source>found at the hub: site {site}</source>
        <translation>رُصدت في الخادم المركزي: الموقع {site}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="503"/>
        <source>found at the hub</source>
        <translation>رُصدت في الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="505"/>
        <source>found by a batch check</source>
        <translation>رُصدت بتحقق جماعي</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="524"/>
        <source>{cases} cases wait for a decision; {shown} of {groups} records shown.</source>
        <translation>حالات بانتظار القرار: {cases}؛ الملفات المعروضة: {shown} من {groups}.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="530"/>
        <source>{shown} of {groups} records shown.</source>
        <translation>الملفات المعروضة: {shown} من {groups}.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="536"/>
        <source>Nothing to show with these filters.</source>
        <translation>لا يوجد ما يُعرض بعوامل التصفية هذه.</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <location filename="../../ui/approvals_page.py" line="207"/>
        <source>Refuse a record</source>
        <translation>رفض ملف</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="211"/>
        <source>Refuse {name} ({registration_id}, version {version})? The record is not sent to the hub until an officer corrects it and a supervisor approves the new version.</source>
        <translation>هل تريد رفض ملف {name} ({registration_id}، النسخة {version})؟ لن يُرسل الملف إلى الخادم المركزي حتى يصحّحه موظف تسجيل ويعتمد مشرفٌ النسخة الجديدة.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="220"/>
        <source>&amp;Reason (the officer reads it to correct the record):</source>
        <translation>ال&amp;سبب (يقرؤه موظف التسجيل لتصحيح الملف):</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="224"/>
        <source>Reason for refusing</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="226"/>
        <source>For example: the year of birth does not match the document.</source>
        <translation>مثال: سنة الميلاد لا تطابق الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="237"/>
        <source>&amp;Refuse</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="240"/>
        <source>Refuse the record with this reason</source>
        <translation>رفض الملف بهذا السبب</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="266"/>
        <source>{n} of {max} characters</source>
        <translation>الأحرف: {n} من {max}</translation>
    </message>
    <message>
        <location filename="../../ui/approvals_page.py" line="268"/>
        <source>Too long: {n} of {max} characters</source>
        <translation>النص طويل جدًا: الأحرف {n} من {max}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/dashboard_page.py" line="486"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;لوحة المتابعة</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="487"/>
        <source>Duplicate &amp;bands</source>
        <translation>فئات التك&amp;رار</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/review_page.py" line="1144"/>
        <source>{n} possible duplicates wait for a supervisor&apos;s review. Only a supervisor can open and decide them; registration goes on meanwhile.</source>
        <translation>حالات تكرار محتملة بانتظار مراجعة المشرف: {n}. لا يمكن فتحها والبتّ فيها إلا للمشرف؛ ويستمر التسجيل في هذه الأثناء.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="1205"/>
        <source>Record {r} of {rows} · candidate {c} of {cases}</source>
        <translation>الملف {r} من {rows} · المرشح {c} من {cases}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="1227"/>
        <source>That case no longer exists (a record was erased). The queue was reloaded.</source>
        <translation>لم تعد تلك الحالة موجودة (حُذف أحد الملفات). أُعيد تحميل قائمة الانتظار.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="1285"/>
        <source>Saved: {decision}.</source>
        <translation>تم الحفظ: {decision}.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="1289"/>
        <source>This is the next case.</source>
        <translation>هذه هي الحالة التالية.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="1298"/>
        <source>That was the last case shown.</source>
        <translation>كانت تلك آخر حالة معروضة.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="1315"/>
        <source>decide this case</source>
        <translation>البتّ في هذه الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="1320"/>
        <source>The decision was not saved: confirm your password to decide.</source>
        <translation>لم يُحفظ القرار: أكّد كلمة المرور لاتخاذ القرار.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="95"/>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;الإعدادات&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="104"/>
        <source>This station</source>
        <translation>هذه المحطة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="106"/>
        <source>Site and station</source>
        <translation>الموقع والمحطة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="107"/>
        <source>Station name</source>
        <translation>اسم المحطة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="113"/>
        <source> minutes without use</source>
        <translation> دقيقة دون استخدام</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="116"/>
        <source>Take the photo &amp;automatically when the face is good</source>
        <translation>التقاط الصورة &amp;تلقائيًا عندما يكون الوجه مناسبًا</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="124"/>
        <source> seconds</source>
        <translation> ثانية</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="127"/>
        <source>How long the face must stay good before the photo is taken.</source>
        <translation>المدة التي يجب أن يبقى فيها الوجه مناسبًا قبل التقاط الصورة.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="129"/>
        <source>At the desk</source>
        <translation>في مكتب التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="131"/>
        <source>&amp;Lock the station after</source>
        <translation>&amp;قفل المحطة بعد</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="133"/>
        <source>&amp;Hold a good face for</source>
        <translation>إ&amp;بقاء الوجه مناسبًا لمدة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="141"/>
        <source>Possible duplicates</source>
        <translation>حالات التكرار المحتملة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="144"/>
        <source>&amp;Strong match at or below</source>
        <translation>تطابق &amp;قوي حتى</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="145"/>
        <source>&amp;Possible match at or below</source>
        <translation>تطابق م&amp;حتمل حتى</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="149"/>
        <source>Ask the supervisor&apos;s &amp;password again before a decision on a duplicate</source>
        <translation>طلب &amp;كلمة مرور المشرف مرة أخرى قبل البتّ في حالة تكرار</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="156"/>
        <location filename="../../ui/settings_page.py" line="200"/>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="159"/>
        <source>One confirmation covers the decisions taken within this time.</source>
        <translation>يشمل التأكيد الواحد القرارات المتخذة خلال هذه المدة.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="162"/>
        <source>Records wait for a supervisor&apos;s &amp;approval before they are synced</source>
        <translation>تنتظر الملفات &amp;اعتماد المشرف قبل مزامنتها</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="165"/>
        <source>Review and approval</source>
        <translation>المراجعة والاعتماد</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="168"/>
        <source>A confirmation &amp;lasts</source>
        <translation>مدة &amp;صلاحية التأكيد</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="172"/>
        <source> cases</source>
        <translation> حالة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="173"/>
        <location filename="../../ui/settings_page.py" line="175"/>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="174"/>
        <source> records</source>
        <translation> ملف</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="178"/>
        <source>Stop &amp;new registrations while a limit is passed (not only warn)</source>
        <translation>إيقاف التسجيلات ال&amp;جديدة عند تجاوز أحد الحدود (لا الاكتفاء بالتحذير)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="181"/>
        <source>Backlog warnings</source>
        <translation>تحذيرات الأعمال المتراكمة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="183"/>
        <source>Warn when the work waiting passes a limit; 0 is off.</source>
        <translation>التحذير عندما يتجاوز العمل المنتظر حدًا معيّنًا؛ القيمة 0 تعني الإيقاف.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="187"/>
        <source>Possible duplicates waiting, more than</source>
        <translation>حالات التكرار المحتملة المنتظرة، أكثر من</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="188"/>
        <source>Oldest possible duplicate, older than</source>
        <translation>أقدم حالة تكرار محتملة، أقدم من</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="189"/>
        <source>Records not at the hub, more than</source>
        <translation>الملفات التي لم تصل إلى الخادم المركزي، أكثر من</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="190"/>
        <source>Oldest record not at the hub, older than</source>
        <translation>أقدم ملف لم يصل إلى الخادم المركزي، أقدم من</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="201"/>
        <source>off (only Sync now)</source>
        <translation>متوقفة (عبر «مزامنة الآن» فقط)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="204"/>
        <source>While the vault is open, records are sent to the hub this often.</source>
        <translation>ما دامت الخزنة مفتوحة، تُرسَل الملفات إلى الخادم المركزي مرةً كل هذه المدة.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="209"/>
        <source> days after the hub&apos;s receipt</source>
        <translation> يوم بعد إشعار الاستلام من الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="210"/>
        <source>never (keep them)</source>
        <translation>أبدًا (الاحتفاظ بها)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="213"/>
        <source>Records the hub has acknowledged are removed from this laptop after so many days, unless a possible duplicate still needs them.</source>
        <translation>تُزال الملفات التي أكّد الخادم المركزي استلامها من هذا الحاسوب المحمول بعد هذا العدد من الأيام، ما لم تكن لا تزال لازمة لحالة تكرار محتملة.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="218"/>
        <location filename="../../ui/settings_page.py" line="219"/>
        <source> MiB</source>
        <translation> ميغابايت</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="223"/>
        <source> KiB</source>
        <translation> كيلوبايت</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="226"/>
        <source>A cut link costs at most one piece again. Smaller pieces suit poor links.</source>
        <translation>إذا انقطع الاتصال، فلا يُعاد إرسال أكثر من جزء واحد. الأجزاء الأصغر تناسب الاتصالات الضعيفة.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="228"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="231"/>
        <source>Sync in the back&amp;ground every</source>
        <translation>المزامنة في ال&amp;خلفية كل</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="232"/>
        <source>&amp;Remove synced records</source>
        <translation>&amp;إزالة الملفات التي تمّت مزامنتها</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="233"/>
        <source>Largest &amp;batch</source>
        <translation>أكبر حجم لل&amp;دفعة</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="234"/>
        <source>Largest r&amp;ecord</source>
        <translation>أكبر حجم للمل&amp;ف</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="235"/>
        <source>&amp;Upload piece</source>
        <translation>حجم جزء ال&amp;رفع</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="238"/>
        <source>Only a supervisor can change settings.</source>
        <translation>لا يمكن تغيير الإعدادات إلا للمشرف.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="246"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="334"/>
        <source>off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="382"/>
        <source>Loading the settings…</source>
        <translation>جارٍ تحميل الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="426"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="461"/>
        <source>No band edges are set for the deciding score ({score}).</source>
        <translation>لم تُحدَّد حدود الفئات للدرجة الحاسمة ({score}).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="469"/>
        <source>Decided by {score}. A new face at or below the strong edge is a strong match; at or below the possible edge, a possible match. Both go to a supervisor to compare. Lower edges raise fewer cases and miss more.</source>
        <translation>يُتّخذ القرار بناءً على {score}. الوجه الجديد الذي تكون قيمته عند الحد القوي أو دونه يُعدّ تطابقًا قويًا، وعند الحد المحتمل أو دونه يُعدّ تطابقًا محتملًا. وفي الحالتين يُحال إلى مشرف للمقارنة. الحدود الأدنى تُنتج حالات أقل، لكنها تُفوِّت عددًا أكبر.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="478"/>
        <source>the SFace distance</source>
        <translation>مسافة SFace</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="479"/>
        <source>the dlib distance</source>
        <translation>مسافة dlib</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="480"/>
        <source>the fused score of both models</source>
        <translation>الدرجة المدمجة للنموذجين</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="584"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="599"/>
        <source>The possible edge must be at or above the strong edge.</source>
        <translation>يجب أن يكون الحد المحتمل مساويًا للحد القوي أو أعلى منه.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="608"/>
        <source>Settings saved</source>
        <translation>تم حفظ الإعدادات</translation>
    </message>
</context>
<context>
    <name>SideColumn</name>
    <message>
        <location filename="../../ui/review_page.py" line="552"/>
        <source>Open record</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="554"/>
        <source>Keep as primary</source>
        <translation>الإبقاء عليه ملفًا رئيسيًا</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="570"/>
        <source>Face of {name}</source>
        <translation>وجه {name}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="574"/>
        <source>Registered {when} by {who}</source>
        <translation>سُجِّل في {when} بواسطة {who}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="580"/>
        <source>Found at the hub: registered at site {site} ({station})</source>
        <translation>عُثر عليه في الخادم المركزي: سُجِّل في الموقع {site} ({station})</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_page.py" line="698"/>
        <source>&lt;h2&gt;Sync&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;المزامنة&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="703"/>
        <source>This station is not enrolled at a hub yet.</source>
        <translation>لم تُربط هذه المحطة بخادم مركزي بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="710"/>
        <source>Read this out to the hub operator to check that you reached your hub.</source>
        <translation>اقرأ هذه البصمة بصوت مسموع لمسؤول الخادم المركزي، للتحقق من أنك متصل بالخادم المركزي الصحيح.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="718"/>
        <source>C&amp;hange…</source>
        <translation>&amp;تغيير…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="720"/>
        <source>The hub moved: give its new address</source>
        <translation>انتقل الخادم المركزي: أدخل عنوانه الجديد</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="725"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="726"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="727"/>
        <source>Key fingerprint</source>
        <translation>بصمة المفتاح</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="728"/>
        <source>This station&apos;s id</source>
        <translation>معرّف هذه المحطة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="732"/>
        <source>Type the address the hub operator gave you. The station checks that the hub there has the same keys; the enrolment stays.</source>
        <translation>اكتب العنوان الذي أعطاك إياه مشغّل الخادم المركزي. تتحقق المحطة من أن الخادم على ذلك العنوان يملك المفاتيح نفسها؛ ويبقى ربط المحطة كما هو.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="741"/>
        <source>The hub&apos;s new address</source>
        <translation>العنوان الجديد للخادم المركزي</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="744"/>
        <source>Save &amp;address</source>
        <translation>حفظ ال&amp;عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="744"/>
        <source>Save the hub&apos;s new address</source>
        <translation>حفظ العنوان الجديد للخادم المركزي</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="747"/>
        <source>&amp;Keep the old address</source>
        <translation>الإ&amp;بقاء على العنوان القديم</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="749"/>
        <source>Close without changing the hub&apos;s address</source>
        <translation>إغلاق دون تغيير عنوان الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="756"/>
        <source>&amp;New address</source>
        <translation>العنوان ال&amp;جديد</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="765"/>
        <source>Ask the hub operator for the hub&apos;s address and a one-time enrolment token, then type both here.</source>
        <translation>اطلب من مسؤول الخادم المركزي عنوان الخادم المركزي ورمز ربط يُستخدم مرة واحدة، ثم اكتبهما هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="774"/>
        <source>The hub&apos;s address</source>
        <translation>عنوان الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="778"/>
        <source>Enrolment token</source>
        <translation>رمز الربط</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="783"/>
        <source>&amp;Enrol</source>
        <translation>ر&amp;بط المحطة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="783"/>
        <source>Enrol this station at the hub</source>
        <translation>ربط هذه المحطة بالخادم المركزي</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="790"/>
        <source>Hub &amp;address</source>
        <translation>&amp;عنوان الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="791"/>
        <source>&amp;Token</source>
        <translation>&amp;رمز الربط</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="797"/>
        <source>A supervisor must enrol this station at the hub before records can be sent. Until then they wait safely in the vault.</source>
        <translation>يجب أن يربط أحد المشرفين هذه المحطة بالخادم المركزي قبل أن يمكن إرسال الملفات. وحتى ذلك الحين تبقى الملفات محفوظة بأمان في الخزنة.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="806"/>
        <source>The hub</source>
        <translation>الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="828"/>
        <source>&amp;Sync now</source>
        <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="828"/>
        <source>Send the waiting records to the hub</source>
        <translation>إرسال الملفات المنتظرة إلى الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="831"/>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="831"/>
        <source>Stop the sync that is running</source>
        <translation>إيقاف المزامنة الجارية</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="835"/>
        <source>Bytes sent to the hub</source>
        <translation>حجم البيانات المُرسلة إلى الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="839"/>
        <source>&amp;Write batches to a folder…</source>
        <translation>&amp;كتابة الدفعات في مجلد…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="841"/>
        <source>Write the waiting batches to a folder, e.g. on a USB stick</source>
        <translation>كتابة الدفعات المنتظرة في مجلد، على ذاكرة USB مثلًا</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="844"/>
        <source>&amp;Read receipts from a folder…</source>
        <translation>&amp;قراءة إشعارات الاستلام من مجلد…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="846"/>
        <source>Read the hub&apos;s receipts and findings from a folder</source>
        <translation>قراءة إشعارات الاستلام والنتائج الصادرة عن الخادم المركزي من مجلد</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="849"/>
        <source>Without a network: write the batches to a USB stick, let the hub operator read them, then read the receipts the hub wrote back.</source>
        <translation>عند عدم توفر الشبكة: اكتب الدفعات على ذاكرة USB، ودع مسؤول الخادم المركزي يقرؤها، ثم اقرأ إشعارات الاستلام التي كتبها الخادم المركزي في المقابل.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="856"/>
        <source>Sending</source>
        <translation>الإرسال</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="888"/>
        <location filename="../../ui/sync_page.py" line="905"/>
        <source>Recent batches</source>
        <translation>أحدث الدفعات</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="917"/>
        <location filename="../../ui/sync_page.py" line="943"/>
        <source>Records that cannot leave</source>
        <translation>ملفات يتعذّر إرسالها</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="930"/>
        <source>Send &amp;again as a new version…</source>
        <translation>إعادة الإرسال كنسخة &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="932"/>
        <source>Send the selected record again as a new version</source>
        <translation>إعادة إرسال الملف المحدَّد كنسخة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="935"/>
        <source>A supervisor can send a record in conflict or refused again.</source>
        <translation>يمكن للمشرف إعادة إرسال ملف في حالة تعارض أو ملف مرفوض.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1039"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1141"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1156"/>
        <source>Every record is at the hub.</source>
        <translation>جميع الملفات موجودة في الخادم المركزي.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1159"/>
        <source>{n} record(s) wait for the hub.</source>
        <translation>ملفات بانتظار الإرسال إلى الخادم المركزي: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1164"/>
        <source>{n} record(s) wait for the hub; the oldest has waited {age}.</source>
        <translation>ملفات بانتظار الإرسال إلى الخادم المركزي: {n}؛ مدة انتظار أقدمها: {age}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1173"/>
        <source>{n} erasure(s) wait to be sent to the hub.</source>
        <translation>عمليات حذف تنتظر الإرسال إلى الخادم المركزي: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1178"/>
        <source>Last successful sync: never</source>
        <translation>آخر مزامنة ناجحة: لم تحدث بعد</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1182"/>
        <source>Last successful sync: {time} ({age} ago)</source>
        <translation>آخر مزامنة ناجحة: {time} (منذ {age})</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1188"/>
        <source>{n} waiting for sync</source>
        <translation>بانتظار المزامنة: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1190"/>
        <source>Not enrolled</source>
        <translation>غير مربوطة بخادم مركزي</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1198"/>
        <source>The last try failed: {reason}</source>
        <translation>فشلت المحاولة الأخيرة: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1210"/>
        <source>No batch has been sealed yet: Sync now sends the first.</source>
        <translation>لم تُغلق أي دفعة بعد: يُرسل زر «مزامنة الآن» الدفعة الأولى.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1217"/>
        <source>{n} record(s) cannot leave this laptop as they are. The others are not held up by them. Double-click one to open it.</source>
        <translation>ملفات يتعذّر إرسالها من هذا الحاسوب المحمول بحالتها الحالية: {n}. ولا تؤخّر هذه الملفات إرسال الملفات الأخرى. انقر نقرًا مزدوجًا على أحدها لفتحه.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1284"/>
        <source>Select a record in conflict or refused by the hub.</source>
        <translation>حدِّد ملفًا في حالة تعارض أو ملفًا رفضه الخادم المركزي.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1313"/>
        <source>Enrolling at the hub…</source>
        <translation>جارٍ الربط بالخادم المركزي…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1341"/>
        <source>Asking the hub at its new address…</source>
        <translation>جارٍ الاتصال بالخادم المركزي على عنوانه الجديد…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1352"/>
        <source>Cancelling after the piece being sent…</source>
        <translation>سيتمّ الإلغاء بعد انتهاء إرسال الجزء الحالي…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1357"/>
        <source>Choose the folder to write the batches to</source>
        <translation>اختر المجلد الذي ستُكتب فيه الدفعات</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1359"/>
        <source>Writing the batches…</source>
        <translation>جارٍ كتابة الدفعات…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1364"/>
        <source>Choose the folder with the hub&apos;s receipts</source>
        <translation>اختر المجلد الذي يحتوي على إشعارات الاستلام من الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1366"/>
        <source>Reading the receipts…</source>
        <translation>جارٍ قراءة إشعارات الاستلام…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1378"/>
        <source>Preparing…</source>
        <translation>جارٍ التحضير…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1380"/>
        <source>Syncing with the hub…</source>
        <translation>جارٍ المزامنة مع الخادم المركزي…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1396"/>
        <source>{sent} of {total}</source>
        <translation>{sent} من {total}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1414"/>
        <source>This station is enrolled at the hub. Check the key fingerprint with the hub operator, then sync.</source>
        <translation>رُبطت هذه المحطة بالخادم المركزي. تحقّق من بصمة المفتاح مع مسؤول الخادم المركزي، ثم أجرِ المزامنة.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1424"/>
        <source>The hub answered at its new address with the keys this station enrolled with. The address is saved; the waiting batches go with the next sync.</source>
        <translation>أجاب الخادم المركزي على عنوانه الجديد بالمفاتيح التي رُبطت بها هذه المحطة. حُفظ العنوان؛ وستُرسل الدفعات المنتظرة مع المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1429"/>
        <source>The new address is saved, but the hub could not be reached there just now. The next sync tries it; records wait safely in the vault.</source>
        <translation>حُفظ العنوان الجديد، لكن تعذّر الوصول إلى الخادم المركزي عليه الآن. ستحاول المزامنة التالية ذلك؛ والسجلات تنتظر بأمان في الخزنة.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1438"/>
        <source>{n} batch file(s) written to {folder}. Take them to the hub; the records stay here until its receipts are read back.</source>
        <translation>ملفات الدفعات المكتوبة في {folder}: {n}. انقلها إلى الخادم المركزي؛ وتبقى ملفات الأشخاص هنا حتى تُقرأ إشعارات الاستلام الصادرة عنه.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1443"/>
        <source>Nothing to write: no batch waits for the hub.</source>
        <translation>لا يوجد ما يُكتب: لا توجد دفعة بانتظار الإرسال إلى الخادم المركزي.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1461"/>
        <source>Sync cancelled. What reached the hub is kept; the next sync goes on from there.</source>
        <translation>أُلغيت المزامنة. يُحتفظ بما وصل إلى الخادم المركزي؛ وتُستأنف المزامنة التالية من حيث توقفت.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1495"/>
        <source>Send again as a new version</source>
        <translation>إعادة الإرسال كنسخة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1497"/>
        <source>Send {registration_id} again as version {version}? The hub keeps both versions; what this station holds becomes the newest.</source>
        <translation>هل تريد إعادة إرسال الملف {registration_id} بوصفه النسخة {version}؟ يحتفظ الخادم المركزي بالنسختين؛ وتصبح النسخة الموجودة في هذه المحطة هي الأحدث.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1502"/>
        <source>&amp;Send again</source>
        <translation>إعادة الإ&amp;رسال</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1546"/>
        <source>{registration_id} is queued again as version {version}; it goes with the next sync.</source>
        <translation>أُدرج الملف {registration_id} مجددًا للإرسال بوصفه النسخة {version}؛ وسيُرسَل مع المزامنة التالية.</translation>
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
    <name>_TemporaryPasswordDialog</name>
    <message>
        <location filename="../../ui/operators_page.py" line="97"/>
        <source>e.g. sara.k</source>
        <translation>مثل: sara.k</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="100"/>
        <source>Officer: registers people</source>
        <translation>موظف تسجيل: يسجّل الأشخاص</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="102"/>
        <source>Supervisor: also reviews, exports and manages operators</source>
        <translation>مشرف: يراجع أيضًا ويصدّر البيانات ويدير المستخدمين</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="105"/>
        <source>&amp;Temporary password</source>
        <translation>&amp;كلمة المرور المؤقتة</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="105"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;تأكيدها</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="108"/>
        <source>Operator &amp;name</source>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="110"/>
        <source>R&amp;ole</source>
        <translation>ال&amp;دور</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="123"/>
        <source>Working…</source>
        <translation>جارٍ التنفيذ…</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="131"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/operators_page.py" line="167"/>
        <source>Type the operator&apos;s name.</source>
        <translation>اكتب اسم المستخدم.</translation>
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
        <location filename="../../ui/candidates.py" line="147"/>
        <source>Strong match: very probably the same person</source>
        <translation>تطابق قوي: على الأرجح الشخص نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="149"/>
        <source>Possible match: could be the same person</source>
        <translation>تطابق محتمل: قد يكون الشخص نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="150"/>
        <source>No match</source>
        <translation>لا يوجد تطابق</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="170"/>
        <source>No photo</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="203"/>
        <source>Registration id: {rid}</source>
        <translation>رقم التسجيل: {rid}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="204"/>
        <source>Registered on {date}</source>
        <translation>تاريخ التسجيل: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="207"/>
        <source>Recorded sex differs</source>
        <translation>الجنس المسجَّل مختلف</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="209"/>
        <source>Ages differ by {n} years</source>
        <translation>فرق العمر بالسنوات: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="214"/>
        <source>Open record</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="217"/>
        <source>Open the record of {name}</source>
        <translation>فتح ملف {name}</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="266"/>
        <source>Checking for an earlier registration…</source>
        <translation>جارٍ البحث عن تسجيل سابق…</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="278"/>
        <source>No earlier registration found for this face.</source>
        <translation>لم يُعثر على تسجيل سابق لهذا الوجه.</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="283"/>
        <source>This person may already be registered ({n} candidate(s)). Compare the photos. If you continue, a supervisor will review the case.</source>
        <translation>قد يكون هذا الشخص مسجَّلًا من قبل (عدد المرشحين: {n}). قارن الصور. إذا تابعت، فسيراجع أحد المشرفين الحالة.</translation>
    </message>
    <message>
        <location filename="../../ui/candidates.py" line="293"/>
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
        <location filename="../../ui/messages.py" line="22"/>
        <source>Something went wrong inside Registrar. Nothing was saved by the failed step. Please tell your supervisor; the details are in the log file.</source>
        <translation>حدث خطأ داخلي في Registrar. لم تحفظ الخطوة التي فشلت أي شيء. يُرجى إبلاغ المشرف؛ التفاصيل موجودة في ملف سجل الأحداث.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>New registrations are stopped until the backlog is worked down (a supervisor&apos;s setting).</source>
        <translation>التسجيلات الجديدة متوقفة حتى تُنجز الأعمال المتراكمة (بحسب إعداد وضعه المشرف).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>The operator name or the password is wrong.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>Wait {seconds} seconds before the next try.</source>
        <translation>انتظر قبل المحاولة التالية (مدة الانتظار بالثواني: {seconds}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>Too many wrong passwords. Wait {seconds} seconds, then try again.</source>
        <translation>أُدخلت كلمات مرور خاطئة مرات كثيرة جدًا. انتظر ثم أعد المحاولة (مدة الانتظار بالثواني: {seconds}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>The file that holds the passwords is damaged. Nothing was changed. A supervisor can restore it from its backup or open the vault with the recovery key.</source>
        <translation>الملف الذي يحفظ كلمات المرور تالف. لم يُغيَّر أي شيء. يمكن للمشرف استعادته من نسخته الاحتياطية أو فتح الخزنة بمفتاح الاسترداد.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>The file that holds the passwords is missing. A supervisor can open the vault with the recovery key.</source>
        <translation>الملف الذي يحفظ كلمات المرور مفقود. يمكن للمشرف فتح الخزنة بمفتاح الاسترداد.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>The vault file is damaged. Nothing was changed. Do not use this laptop for registration; call support.</source>
        <translation>ملف الخزنة تالف. لم يُغيَّر أي شيء. لا تستخدم هذا الحاسوب المحمول للتسجيل؛ اتصل بالدعم الفني.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>The vault&apos;s journal is damaged. Nothing was changed. Do not use this laptop for registration; call support.</source>
        <translation>سجل المعاملات الخاص بالخزنة تالف. لم يُغيَّر أي شيء. لا تستخدم هذا الحاسوب المحمول للتسجيل؛ اتصل بالدعم الفني.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>Passwords need at least 10 characters.</source>
        <translation>يجب ألا تقل كلمة المرور عن 10 أحرف.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66"/>
        <source>Operator names are 2-32 lower-case letters, digits, dot, dash or underscore.</source>
        <translation>يتكوّن اسم المستخدم من 2 إلى 32 حرفًا: أحرف لاتينية صغيرة أو أرقام أو نقطة أو شرطة أو شرطة سفلية.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>Only a supervisor may do this.</source>
        <translation>هذا الإجراء متاح للمشرف فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>Say why the record is refused, so that the officer can correct it.</source>
        <translation>اذكر سبب رفض الملف حتى يتمكن موظف التسجيل من تصحيحه.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>The recovery key has a typo. It has 8 groups of 4 letters and digits.</source>
        <translation>في مفتاح الاسترداد خطأ في الكتابة. يتكوّن المفتاح من 8 مجموعات، في كل منها 4 أحرف وأرقام.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="76"/>
        <source>This is not the recovery key of this vault.</source>
        <translation>هذا ليس مفتاح الاسترداد الخاص بهذه الخزنة.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>An operator with this name exists already (perhaps disabled: enable them instead). Choose another name.</source>
        <translation>يوجد مستخدم بهذا الاسم بالفعل (ربما يكون معطَّلًا: فعِّله بدلًا من ذلك). اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="81"/>
        <source>There is no active operator with this name.</source>
        <translation>لا يوجد مستخدم نشط بهذا الاسم.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>This operator is not disabled. To give them a new password, reset it.</source>
        <translation>هذا المستخدم غير معطَّل. لمنحه كلمة مرور جديدة، أعد تعيين كلمة المرور.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85"/>
        <source>The station needs at least one active supervisor. Make another operator a supervisor first.</source>
        <translation>تحتاج المحطة إلى مشرف نشط واحد على الأقل. اجعل مستخدمًا آخر مشرفًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>You are still using a temporary password. Choose your own password first.</source>
        <translation>ما زلت تستخدم كلمة مرور مؤقتة. اختر كلمة مرور خاصة بك أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92"/>
        <source>Type your password again to confirm this step.</source>
        <translation>اكتب كلمة المرور مرة أخرى لتأكيد هذه الخطوة.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>The password is wrong.</source>
        <translation>كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="102"/>
        <source>A batch, receipt or findings file is damaged or meant for another station. Nothing was changed by it. Write the files again, or ask the hub operator for new ones.</source>
        <translation>أحد ملفات الدفعات أو إشعارات الاستلام أو النتائج تالف أو مخصّص لمحطة أخرى. لم يُغيِّر هذا الملف أي شيء. اكتب الملفات مرة أخرى، أو اطلب ملفات جديدة من مسؤول الخادم المركزي.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="107"/>
        <source>An answer or a file that claims to come from the hub is not signed with your hub&apos;s key. Nothing was changed by it. Do not use it; call the hub operator.</source>
        <translation>وصل ردّ أو ملف يُفترض أنه صادر عن الخادم المركزي، لكنه غير موقَّع بمفتاح الخادم المركزي الخاص بك. لم يُغيِّر هذا الرد أو الملف أي شيء. لا تستخدمه؛ اتصل بمسؤول الخادم المركزي.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="111"/>
        <source>This record is too large to send. It stays safely in the vault. A supervisor can remove a document page from it, or raise the record size limit in Settings.</source>
        <translation>هذا الملف أكبر من أن يُرسَل. ويبقى محفوظًا بأمان في الخزنة. يمكن للمشرف إزالة إحدى صفحات الوثائق منه، أو رفع الحد الأقصى لحجم الملف من الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="115"/>
        <source>The hub could not be reached. Records wait safely in the vault; sync will try again. Check the network, or carry the records to the hub on a USB stick.</source>
        <translation>تعذّر الوصول إلى الخادم المركزي. تنتظر الملفات بأمان في الخزنة؛ وستُعاد محاولة المزامنة. تحقّق من الشبكة، أو انقل الملفات إلى الخادم المركزي على ذاكرة USB.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="119"/>
        <source>The hub refused the request. Records wait safely in the vault. Tell the hub operator; the details are in the log file.</source>
        <translation>رفض الخادم المركزي الطلب. تنتظر الملفات بأمان في الخزنة. أبلغ مسؤول الخادم المركزي؛ التفاصيل موجودة في ملف سجل الأحداث.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123"/>
        <source>This station is not enrolled at a hub yet. A supervisor enrols it on the Sync page with a token from the hub operator.</source>
        <translation>لم تُربط هذه المحطة بخادم مركزي بعد. يربطها المشرف من صفحة المزامنة باستخدام رمز ربط يقدّمه مسؤول الخادم المركزي.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127"/>
        <source>This station is enrolled at a hub already. Nothing was changed.</source>
        <translation>هذه المحطة مربوطة بخادم مركزي بالفعل. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="130"/>
        <source>The hub did not accept this enrolment token: it is mistyped, has expired or was used already. Ask the hub operator for a new token.</source>
        <translation>لم يقبل الخادم المركزي رمز الربط هذا: إما أنه مكتوب بشكل خاطئ، أو انتهت صلاحيته، أو استُخدم من قبل. اطلب رمزًا جديدًا من مسؤول الخادم المركزي.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="134"/>
        <source>The hub does not know this station (it may have been removed there). Records wait safely in the vault; call the hub operator.</source>
        <translation>لا يتعرّف الخادم المركزي على هذه المحطة (ربما أُزيلت منه). تنتظر الملفات بأمان في الخزنة؛ اتصل بمسؤول الخادم المركزي.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="138"/>
        <source>The hub has a station with this site code and number already. Check the site and station number, or ask the hub operator to remove the old station.</source>
        <translation>توجد في الخادم المركزي بالفعل محطة لها رمز الموقع ورقم المحطة نفسهما. تحقّق من رمز الموقع ورقم المحطة، أو اطلب من مسؤول الخادم المركزي إزالة المحطة القديمة.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="142"/>
        <source>The hub and this station disagreed on how much of a batch had arrived. Nothing was lost; sync again and it goes on from where the hub is.</source>
        <translation>اختلف الخادم المركزي وهذه المحطة على مقدار ما وصل من إحدى الدفعات. لم يُفقد أي شيء؛ أجرِ المزامنة مرة أخرى وستُستأنف من حيث توقّف الخادم المركزي.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="146"/>
        <source>The hub refused a piece of a batch as too large. A supervisor can lower the upload piece size in Settings; then sync again. Records wait safely in the vault.</source>
        <translation>رفض الخادم المركزي جزءًا من إحدى الدفعات لأنه كبير جدًا. يمكن للمشرف تقليل حجم جزء الرفع من الإعدادات؛ ثم أجرِ المزامنة مرة أخرى. تنتظر الملفات بأمان في الخزنة.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="150"/>
        <source>The hub holds a different batch under the same name. Nothing was changed; call the hub operator and support.</source>
        <translation>توجد في الخادم المركزي دفعة مختلفة بالاسم نفسه. لم يُغيَّر أي شيء؛ اتصل بمسؤول الخادم المركزي وبالدعم الفني.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="154"/>
        <source>This hub folder has not been set up. Set the hub up first (registrar hub init).</source>
        <translation>لم يُجهَّز مجلد الخادم المركزي هذا بعد. جهّز الخادم المركزي أولًا (registrar hub init).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="157"/>
        <source>A hub is set up in this folder already. Nothing was changed.</source>
        <translation>يوجد خادم مركزي مُجهَّز في هذا المجلد بالفعل. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="165"/>
        <source>The hub&apos;s keys do not match the token — this may not be your hub. Do not enrol; call the hub operator.</source>
        <translation>مفاتيح الخادم المركزي لا تطابق رمز الربط — قد لا يكون هذا هو الخادم المركزي الخاص بك. لا تربط المحطة؛ اتصل بمسؤول الخادم المركزي.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="176"/>
        <source>The machine at this address answered with other keys than your hub&apos;s — it is not your hub. The address was not changed; check it with the hub operator.</source>
        <translation>أجاب الجهاز على هذا العنوان بمفاتيح غير مفاتيح خادمك المركزي — إنه ليس خادمك المركزي. لم يُغيَّر العنوان؛ تحقّق منه مع مشغّل الخادم المركزي.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="189"/>
        <source>The hub&apos;s address starts with http:// or https://, for example https://hub.example.org:8443. Ask the hub operator for it.</source>
        <translation>يبدأ عنوان الخادم المركزي بـ http:// أو https://، مثل https://hub.example.org:8443. اطلبه من مسؤول الخادم المركزي.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="198"/>
        <source>A problem Registrar has no words for ({code}); the details are in the log file.</source>
        <translation>حدثت مشكلة لا يتوفر لها وصف في Registrar ({code})؛ التفاصيل موجودة في ملف سجل الأحداث.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="208"/>
        <source>A supervisor should work through the review queue.</source>
        <translation>ينبغي أن يُنجز أحد المشرفين قائمة المراجعة.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="209"/>
        <source>A supervisor should review the oldest possible duplicates.</source>
        <translation>ينبغي أن يراجع أحد المشرفين أقدم حالات التكرار المحتملة.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="210"/>
        <location filename="../../ui/messages.py" line="211"/>
        <source>Sync now, or export the records to a USB stick.</source>
        <translation>أجرِ المزامنة الآن، أو صدِّر الملفات إلى ذاكرة USB.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="220"/>
        <source>{n} possible duplicates wait for review (the limit is {limit}).</source>
        <translation>حالات تكرار محتملة بانتظار المراجعة: {n} (الحد هو {limit}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="223"/>
        <source>The oldest possible duplicate has waited {days:.0f} days (the limit is {limit:g}).</source>
        <translation>مدة انتظار أقدم حالة تكرار محتملة بالأيام: {days:.0f} (الحد هو {limit:g}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="226"/>
        <source>{n} records have not reached the hub (the limit is {limit}).</source>
        <translation>ملفات لم تصل إلى الخادم المركزي: {n} (الحد هو {limit}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="229"/>
        <source>The oldest record not yet at the hub is {days:.0f} days old (the limit is {limit:g}).</source>
        <translation>عمر أقدم ملف لم يصل بعد إلى الخادم المركزي بالأيام: {days:.0f} (الحد هو {limit:g}).</translation>
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
        <location filename="../../ui/person_detail.py" line="166"/>
        <source>Choose where to save the copy</source>
        <translation>اختر مكان حفظ النسخة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="173"/>
        <source>The person asked for their record to be erased</source>
        <translation>طلب الشخص حذف ملفه</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="174"/>
        <source>Registered in error (a test, or the same person twice)</source>
        <translation>سُجِّل عن طريق الخطأ (تجربة، أو الشخص نفسه مرتين)</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="177"/>
        <source>A court or another legal order</source>
        <translation>أمر من محكمة أو أمر قانوني آخر</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="178"/>
        <source>The time this record may be kept has ended</source>
        <translation>انتهت المدة المسموح فيها بالاحتفاظ بهذا الملف</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="184"/>
        <source>relationship not recorded</source>
        <translation>صلة القرابة غير مسجَّلة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="186"/>
        <source>head of household</source>
        <translation>ربّ الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="187"/>
        <source>spouse</source>
        <translation>الزوج أو الزوجة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="188"/>
        <source>child</source>
        <translation>ابن أو ابنة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="189"/>
        <source>parent</source>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="190"/>
        <source>brother or sister</source>
        <translation>أخ أو أخت</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="191"/>
        <source>grandchild</source>
        <translation>حفيد أو حفيدة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="192"/>
        <source>grandparent</source>
        <translation>جدّ أو جدّة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="193"/>
        <source>other relative</source>
        <translation>قريب آخر</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="194"/>
        <source>not related</source>
        <translation>لا توجد صلة قرابة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="200"/>
        <source>Passport</source>
        <translation>جواز سفر</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="201"/>
        <source>National identity card</source>
        <translation>بطاقة هوية وطنية</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="202"/>
        <source>Birth certificate</source>
        <translation>شهادة ميلاد</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="203"/>
        <source>Residence permit</source>
        <translation>تصريح إقامة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="204"/>
        <source>Travel document</source>
        <translation>وثيقة سفر</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="205"/>
        <source>Refugee certificate</source>
        <translation>شهادة لاجئ</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="211"/>
        <source>given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="212"/>
        <source>family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="213"/>
        <source>other names</source>
        <translation>الأسماء الأخرى</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="214"/>
        <source>sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="215"/>
        <location filename="../../ui/person_detail.py" line="216"/>
        <location filename="../../ui/person_detail.py" line="217"/>
        <source>birth</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="218"/>
        <source>nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="219"/>
        <source>languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="220"/>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="221"/>
        <source>specific needs</source>
        <translation>الاحتياجات الخاصة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="222"/>
        <location filename="../../ui/person_detail.py" line="223"/>
        <source>household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="239"/>
        <source>Registered</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="240"/>
        <source>Details changed</source>
        <translation>تعديل البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="241"/>
        <source>Record state changed</source>
        <translation>تغيير حالة الملف</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="242"/>
        <source>Face photo added and searched</source>
        <translation>إضافة صورة الوجه والبحث بها</translation>
    </message>
    <message>
        <location filename="../../ui/person_detail.py" line="263"/>
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
        <location filename="../../ui/register_page.py" line="122"/>
        <source>about {year}</source>
        <translation>حوالي عام {year}</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="135"/>
        <source>Check everything with the person, then save.</source>
        <translation>راجع جميع البيانات مع الشخص، ثم احفظ.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="139"/>
        <source>Review and save</source>
        <translation>المراجعة والحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="159"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="160"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="161"/>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="162"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="163"/>
        <source>Born</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="164"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="165"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="166"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="170"/>
        <location filename="../../ui/register_page.py" line="175"/>
        <location filename="../../ui/register_page.py" line="182"/>
        <location filename="../../ui/register_steps.py" line="220"/>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="170"/>
        <source>New household, as its head</source>
        <translation>أسرة جديدة، بصفته ربّ الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="176"/>
        <source>Joins {name} ({rid}) as: {rel}</source>
        <translation>ينضم إلى أسرة {name} ({rid}) بصفة: {rel}</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="182"/>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="185"/>
        <source>Consent to registration</source>
        <translation>الموافقة على التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="186"/>
        <source>Consent to the duplicate check</source>
        <translation>الموافقة على التحقق من التكرار</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="192"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="192"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="194"/>
        <source>read in {lang}</source>
        <translation>قُرئ باللغة: {lang}</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="207"/>
        <source>Possible earlier registration, a supervisor will review:</source>
        <translation>تسجيل سابق محتمل، وسيراجعه أحد المشرفين:</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="211"/>
        <source>No earlier registration found for this face.</source>
        <translation>لم يُعثر على تسجيل سابق لهذا الوجه.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="215"/>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="217"/>
        <source>No documents.</source>
        <translation>لا توجد وثائق.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="248"/>
        <source>Save proof as &amp;PDF…</source>
        <translation>حفظ الإثبات بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="250"/>
        <source>&amp;Print proof…</source>
        <translation>&amp;طباعة الإثبات…</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="252"/>
        <source>Register the &amp;next person</source>
        <translation>تسجيل الشخص ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="282"/>
        <source>{name} is registered.</source>
        <translation>تمّ تسجيل {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="285"/>
        <source>Registration id</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="287"/>
        <source>{n} possible earlier registration(s) went to a supervisor for review.</source>
        <translation>عدد التسجيلات السابقة المحتملة التي أُحيلت إلى مشرف للمراجعة: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="319"/>
        <source>Writing the proof of registration…</source>
        <translation>جارٍ إعداد إثبات التسجيل…</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="324"/>
        <source>The PDF could not be written: {reason}</source>
        <translation>تعذّرت كتابة ملف PDF: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="330"/>
        <source>Proof of registration saved as {path}.</source>
        <translation>حُفظ إثبات التسجيل في {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="340"/>
        <source>Save the proof of registration</source>
        <translation>حفظ إثبات التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="342"/>
        <source>PDF (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="365"/>
        <source>Sent to the printer.</source>
        <translation>أُرسل إلى الطابعة.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="404"/>
        <source>← &amp;Back</source>
        <translation>→ ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="408"/>
        <source>&amp;Cancel registration</source>
        <translation>إ&amp;لغاء التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="470"/>
        <source>New registrations are stopped until the backlog is worked down (a supervisor&apos;s setting). A registration already started can be finished.</source>
        <translation>التسجيلات الجديدة متوقفة حتى تُنجز الأعمال المتراكمة (بحسب إعداد وضعه المشرف). يمكن إكمال التسجيل الذي بدأ بالفعل.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="520"/>
        <source>Saved</source>
        <translation>تمّ الحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="532"/>
        <source>Step {n} of {total}: {title}</source>
        <translation>الخطوة {n} من {total}: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="537"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="537"/>
        <source>&amp;Next →</source>
        <translation>ال&amp;تالي ←</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="570"/>
        <source>New registrations are stopped: see the note above for what to do.</source>
        <translation>التسجيلات الجديدة متوقفة: راجع الملاحظة أعلاه لمعرفة ما يجب فعله.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="589"/>
        <source>Cancel registration</source>
        <translation>إلغاء التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="590"/>
        <source>Discard everything entered for this person? Nothing has been saved.</source>
        <translation>هل تريد تجاهل كل ما أُدخل لهذا الشخص؟ لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="613"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../ui/register_page.py" line="649"/>
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
<context>
    <name>review_page</name>
    <message>
        <location filename="../../ui/review_page.py" line="87"/>
        <source>Same person</source>
        <translation>الشخص نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="88"/>
        <source>Different people</source>
        <translation>أشخاص مختلفون</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="89"/>
        <source>Needs interview</source>
        <translation>تحتاج إلى مقابلة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="95"/>
        <source>The faces and the details agree</source>
        <translation>الوجهان والبيانات متطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="96"/>
        <source>The same identity document</source>
        <translation>وثيقة الهوية نفسها</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="97"/>
        <source>Confirmed in an interview</source>
        <translation>تأكّد ذلك في مقابلة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="98"/>
        <location filename="../../ui/review_page.py" line="104"/>
        <location filename="../../ui/review_page.py" line="108"/>
        <source>Other reason (say why)</source>
        <translation>سبب آخر (اذكره)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="99"/>
        <source>The faces differ on a closer look</source>
        <translation>الوجهان مختلفان عند التدقيق</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="100"/>
        <source>Age, sex or other details rule it out</source>
        <translation>العمر أو الجنس أو بيانات أخرى تستبعد ذلك</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="101"/>
        <source>Relatives who look alike (for example twins)</source>
        <translation>أقارب متشابهون (مثل التوائم)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="102"/>
        <source>Different identity documents</source>
        <translation>وثائق هوية مختلفة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="103"/>
        <source>Shown to be different people in an interview</source>
        <translation>ثبت في مقابلة أنهما شخصان مختلفان</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="105"/>
        <source>A photo is too poor to compare</source>
        <translation>جودة إحدى الصور لا تكفي للمقارنة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="106"/>
        <source>The details conflict</source>
        <translation>البيانات متعارضة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="107"/>
        <source>The households need explaining</source>
        <translation>وضع الأسر يحتاج إلى توضيح</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="118"/>
        <source>The two records are in different households.</source>
        <translation>الملفان في أسرتين مختلفتين.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="119"/>
        <source>A child appears in two households.</source>
        <translation>يظهر طفل في أسرتين.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="120"/>
        <source>A head of household is registered again with another family.</source>
        <translation>ربّ أسرة مسجَّل مرة أخرى مع عائلة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="129"/>
        <source>under an hour</source>
        <translation>أقل من ساعة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="131"/>
        <source>1 hour</source>
        <translation>ساعة واحدة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="133"/>
        <source>{n} hours</source>
        <translation>{n} ساعة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="134"/>
        <source>{n} days</source>
        <translation>{n} يوم</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="141"/>
        <source>SFace (primary model)</source>
        <translation>SFace (النموذج الأساسي)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="142"/>
        <source>dlib (second opinion)</source>
        <translation>dlib (رأي ثانٍ)</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="143"/>
        <source>both models combined</source>
        <translation>النموذجان معًا</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="149"/>
        <source>record state changed</source>
        <translation>تغيّرت حالة الملف</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="150"/>
        <source>face photo added and searched</source>
        <translation>أُضيفت صورة الوجه وأُجري البحث بها</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="151"/>
        <source>possible duplicate raised</source>
        <translation>رُصدت حالة تكرار محتملة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="152"/>
        <source>decided: same person</source>
        <translation>القرار: الشخص نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="153"/>
        <source>decided: different people</source>
        <translation>القرار: أشخاص مختلفون</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="154"/>
        <source>decided: needs interview</source>
        <translation>القرار: تحتاج إلى مقابلة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="155"/>
        <source>approved</source>
        <translation>اعتُمد</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="156"/>
        <source>refused at approval</source>
        <translation>رُفض عند الاعتماد</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="157"/>
        <source>exported</source>
        <translation>صُدِّر</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="298"/>
        <source>No photo</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="316"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="317"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="318"/>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="319"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="320"/>
        <source>Born</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="321"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="322"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="323"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="324"/>
        <source>Specific needs</source>
        <translation>الاحتياجات الخاصة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="325"/>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="326"/>
        <source>Registered</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="332"/>
        <source>not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="334"/>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="336"/>
        <source>{relationship}; household of {n}</source>
        <translation>{relationship}؛ عدد أفراد الأسرة: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/review_page.py" line="350"/>
        <source>{when} by {who}</source>
        <translation>{when} بواسطة {who}</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../ui/sync_page.py" line="319"/>
        <source>{n} accepted</source>
        <translation>مقبولة: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="320"/>
        <source>{n} already at the hub</source>
        <translation>موجودة مسبقًا في الخادم المركزي: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="321"/>
        <source>{n} in conflict</source>
        <translation>في حالة تعارض: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="322"/>
        <source>{n} refused</source>
        <translation>مرفوضة: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="323"/>
        <source>{n} erasure(s) done at the hub</source>
        <translation>عمليات حذف تمت في الخادم المركزي: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="324"/>
        <source>{n} erasure(s) refused by the hub</source>
        <translation>عمليات حذف رفضها الخادم المركزي: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="326"/>
        <source>{n} {status}</source>
        <translation>{status}: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="334"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="339"/>
        <source>Acknowledged by the hub</source>
        <translation>أكّد الخادم المركزي استلامها</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="341"/>
        <source>Waiting; next try at {time}</source>
        <translation>بالانتظار؛ المحاولة التالية في {time}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="343"/>
        <source>Partly sent</source>
        <translation>أُرسلت جزئيًا</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="344"/>
        <source>Waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="350"/>
        <source>Hub not reachable</source>
        <translation>تعذّر الوصول إلى الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="351"/>
        <source>Refused by the hub</source>
        <translation>رفضها الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="352"/>
        <source>Damaged</source>
        <translation>تالفة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="353"/>
        <source>Wrong signature</source>
        <translation>توقيع غير صحيح</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="354"/>
        <source>Station unknown at the hub</source>
        <translation>المحطة غير معروفة لدى الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="355"/>
        <source>Upload out of step</source>
        <translation>اختلاف في مقدار ما رُفع</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="356"/>
        <source>Piece too large</source>
        <translation>الجزء كبير جدًا</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="357"/>
        <source>Batch conflict</source>
        <translation>تعارض في الدفعة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="366"/>
        <source>Too large to send ({size}; the limit is {limit})</source>
        <translation>أكبر من أن يُرسَل ({size}؛ الحد هو {limit})</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="369"/>
        <source>Too large to send</source>
        <translation>أكبر من أن يُرسَل</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="371"/>
        <source>The hub holds another record with this version number</source>
        <translation>يوجد في الخادم المركزي ملف آخر برقم النسخة نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="374"/>
        <source>The hub refused it: it arrived damaged</source>
        <translation>رفضه الخادم المركزي: وصل تالفًا</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="375"/>
        <source>The hub refused it: it was not registered at this station</source>
        <translation>رفضه الخادم المركزي: لم يُسجَّل في هذه المحطة</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="381"/>
        <source>The hub refused it</source>
        <translation>رفضه الخادم المركزي</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="387"/>
        <source>Remove a document page from the record, or raise the record size limit in Settings; it is sent with the next sync.</source>
        <translation>أزل إحدى صفحات الوثائق من الملف، أو ارفع الحد الأقصى لحجم الملف من الإعدادات؛ وسيُرسَل مع المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="391"/>
        <source>A supervisor can send what this station holds again as a new version; the hub keeps both versions.</source>
        <translation>يمكن للمشرف إعادة إرسال ما تحتفظ به هذه المحطة كنسخة جديدة؛ ويحتفظ الخادم المركزي بالنسختين.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="403"/>
        <source>{n} record(s) reached the hub ({counts}).</source>
        <translation>ملفات وصلت إلى الخادم المركزي: {n} ({counts}).</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="408"/>
        <source>{counts}.</source>
        <translation>{counts}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="410"/>
        <source>Nothing new to send.</source>
        <translation>لا يوجد جديد لإرساله.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="413"/>
        <location filename="../../ui/sync_page.py" line="453"/>
        <source>The hub found {n} possible duplicate(s); they wait in Review.</source>
        <translation>حالات تكرار محتملة رصدها الخادم المركزي: {n}؛ وهي بانتظار المراجعة في صفحة المراجعة.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="419"/>
        <location filename="../../ui/sync_page.py" line="459"/>
        <source>{n} decision(s) taken at the hub were applied.</source>
        <translation>قرارات اتُّخذت في الخادم المركزي وطُبِّقت هنا: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="423"/>
        <source>{n} record(s) of other sites, erased there, were removed from this laptop.</source>
        <translation>أُزيلت من هذا الحاسوب سجلات من مواقع أخرى حُذفت هناك: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="429"/>
        <source>{n} record(s) are too large to send: see the list below.</source>
        <translation>ملفات أكبر من أن تُرسَل: {n}؛ راجع القائمة أدناه.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="435"/>
        <source>{n} record(s) acknowledged long ago were removed from this laptop.</source>
        <translation>ملفات أكّد الخادم المركزي استلامها منذ مدة طويلة وأُزيلت من هذا الحاسوب المحمول: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="441"/>
        <source>{n} batch(es) could not be sent and wait in the vault.</source>
        <translation>دفعات تعذّر إرسالها وهي تنتظر في الخزنة: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="450"/>
        <source>{n} receipt(s) read; those records are acknowledged.</source>
        <translation>إشعارات الاستلام المقروءة: {n}؛ وقد تأكّد استلام الملفات المعنية.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="463"/>
        <source>{n} file(s) were read before or are for another station.</source>
        <translation>ملفات قُرئت من قبل أو تخصّ محطة أخرى: {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="470"/>
        <source>{n} file(s) could not be used, {name} first:</source>
        <translation>ملفات تعذّر استخدامها: {n}، أولها {name}:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="480"/>
        <source>The folder could not be read or written. Is the USB stick still in, and not full? Nothing in the vault was changed.</source>
        <translation>تعذّرت القراءة من المجلد أو الكتابة فيه. هل ما زالت ذاكرة USB موصولة، وهل فيها مساحة فارغة؟ لم يُغيَّر أي شيء في الخزنة.</translation>
    </message>
</context>
</TS>
