<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Guardian Desktop</source>
      <translation>حول Guardian Desktop</translation>
    </message>
    <message>
      <source>Guardian Desktop</source>
      <translation>Guardian Desktop</translation>
    </message>
    <message>
      <source>Version %1</source>
      <translation>الإصدار %1</translation>
    </message>
    <message>
      <source>Guardian Desktop helps people facing sextortion, and the people helping them, to stop contact safely, keep evidence and report it. It works offline: it makes no network connections, and the case stays encrypted on this computer. A PDF or bundle leaves the case only when you save one.</source>
      <translation>يساعد Guardian Desktop الأشخاص الذين يتعرضون للابتزاز الجنسي (الابتزاز بصور حميمة)، ومن يساعدونهم، على إيقاف التواصل بأمان وحفظ الأدلة والإبلاغ. يعمل دون اتصال بالإنترنت: لا يتصل بأي شبكة، وتبقى القضية مشفّرة على هذا الكمبيوتر. لا يخرج ملف PDF أو حزمة من القضية إلا عندما تحفظه بنفسك.</translation>
    </message>
    <message>
      <source>Every piece of advice, phone number and web address comes from a public source, listed with the date it was checked in resources/guidance/SOURCES.md.</source>
      <translation>كل نصيحة ورقم هاتف وعنوان موقع مأخوذ من مصدر عام، ومذكور مع تاريخ التحقق منه في الملف resources/guidance/SOURCES.md.</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>اللغات</translation>
    </message>
    <message>
      <source>%1: checked</source>
      <translation>%1: تمت المراجعة</translation>
    </message>
    <message>
      <source>%1: translation not yet checked by a native speaker. If something is unclear, use English.</source>
      <translation>%1: لم يراجع متحدث أصلي هذه الترجمة بعد. إذا كان هناك شيء غير واضح، فاستخدم الإنجليزية.</translation>
    </message>
    <message>
      <source>The report font is DejaVu Sans (free licence, in resources/fonts). The app is built with Qt (PySide6), SQLCipher and ReportLab.</source>
      <translation>خط التقرير هو DejaVu Sans (برخصة حرة، في resources/fonts). التطبيق مبني باستخدام Qt (PySide6) وSQLCipher وReportLab.</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>إ&amp;غلاق</translation>
    </message>
  </context>
  <context>
    <name>AccountsQuestion</name>
    <message>
      <source>Their accounts, names and numbers</source>
      <translation>حساباتهم وأسماؤهم وأرقامهم</translation>
    </message>
    <message>
      <source>Add each account they used, on any app. Give what you know and leave the rest empty.</source>
      <translation>أضف كل حساب استخدموه، على أي تطبيق. اذكر ما تعرفه واترك الباقي فارغًا.</translation>
    </message>
    <message>
      <source>Account {n}</source>
      <translation>الحساب {n}</translation>
    </message>
    <message>
      <source>&amp;Add another account</source>
      <translation>&amp;إضافة حساب آخر</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
  </context>
  <context>
    <name>AnswerChoice</name>
    <message>
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>No</source>
      <translation>لا</translation>
    </message>
    <message>
      <source>Not sure</source>
      <translation>لست متأكدًا</translation>
    </message>
  </context>
  <context>
    <name>BatchSummary</name>
    <message>
      <source>Result of adding</source>
      <translation>نتيجة الإضافة</translation>
    </message>
    <message>
      <source>Files that were not added</source>
      <translation>ملفات لم تُضَف</translation>
    </message>
    <message>
      <source>One line for each file, saying what was wrong and what to do.</source>
      <translation>سطر لكل ملف، يوضح المشكلة وما يجب فعله.</translation>
    </message>
    <message>
      <source>Hide this summar&amp;y</source>
      <translation>إ&amp;خفاء هذا الملخص</translation>
    </message>
    <message>
      <source>Hide this summary</source>
      <translation>إخفاء هذا الملخص</translation>
    </message>
    <message>
      <source>%1 was already in the case as %2, so it was not added twice.</source>
      <translation>الملف %1 موجود في القضية من قبل باسم %2، لذلك لم يُضَف مرتين.</translation>
    </message>
    <message numerus="yes">
      <source>%n screenshot(s) added.</source>
      <translation>
        <numerusform>لم تُضَف أي لقطة شاشة (%n).</numerusform>
        <numerusform>أُضيفت لقطة شاشة واحدة (%n).</numerusform>
        <numerusform>أُضيفت لقطتا شاشة (%n).</numerusform>
        <numerusform>أُضيفت %n لقطات شاشة.</numerusform>
        <numerusform>أُضيفت %n لقطة شاشة.</numerusform>
        <numerusform>أُضيفت %n لقطة شاشة.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You stopped adding. What was finished is kept; %n not started.</source>
      <translation>
        <numerusform>أوقفت الإضافة. ما اكتمل محفوظ؛ ولم يبقَ ملف لم يبدأ (%n).</numerusform>
        <numerusform>أوقفت الإضافة. ما اكتمل محفوظ؛ وملف واحد لم يبدأ (%n).</numerusform>
        <numerusform>أوقفت الإضافة. ما اكتمل محفوظ؛ وملفان لم يبدآ (%n).</numerusform>
        <numerusform>أوقفت الإضافة. ما اكتمل محفوظ؛ و%n ملفات لم تبدأ.</numerusform>
        <numerusform>أوقفت الإضافة. ما اكتمل محفوظ؛ و%n ملفًا لم يبدأ.</numerusform>
        <numerusform>أوقفت الإضافة. ما اكتمل محفوظ؛ و%n ملف لم يبدأ.</numerusform>
      </translation>
    </message>
    <message>
      <source>These could not be added (the others are kept):</source>
      <translation>تعذّرت إضافة هذه الملفات (الباقي محفوظ):</translation>
    </message>
    <message>
      <source>These could not be added:</source>
      <translation>تعذّرت إضافة هذه الملفات:</translation>
    </message>
    <message>
      <source>Nothing was added.</source>
      <translation>لم يُضَف أي شيء.</translation>
    </message>
    <message>
      <source>%1: the file is empty (0 bytes).</source>
      <translation>%1: الملف فارغ (0 بايت).</translation>
    </message>
    <message>
      <source>%1: this is not a picture the app can read. If it is a screenshot, save it again as PNG or JPEG.</source>
      <translation>%1: هذه ليست صورة يستطيع التطبيق قراءتها. إذا كانت لقطة شاشة، فاحفظها مرة أخرى بصيغة PNG أو JPEG.</translation>
    </message>
    <message>
      <source>%1: the picture is damaged or cut short, so it was not added. If you still have it on the phone, send or copy it again.</source>
      <translation>%1: الصورة تالفة أو ناقصة، لذلك لم تُضَف. إذا كانت لا تزال على الهاتف، فأرسلها أو انسخها مرة أخرى.</translation>
    </message>
    <message>
      <source>%1: the picture is far too large to be a screenshot.</source>
      <translation>%1: الصورة أكبر بكثير من أن تكون لقطة شاشة.</translation>
    </message>
    <message>
      <source>%1: the file is too big to be a screenshot.</source>
      <translation>%1: الملف أكبر من أن يكون لقطة شاشة.</translation>
    </message>
    <message>
      <source>%1: this kind of file is not accepted. Use PNG, JPEG, WebP, BMP, GIF or TIFF.</source>
      <translation>%1: هذا النوع من الملفات غير مقبول. استخدم PNG أو JPEG أو WebP أو BMP أو GIF أو TIFF.</translation>
    </message>
    <message>
      <source>%1: the file could not be read. Check that you are allowed to open it.</source>
      <translation>%1: تعذّرت قراءة الملف. تأكد من أن لديك إذنًا بفتحه.</translation>
    </message>
    <message>
      <source>%1: the file is no longer there. It may have been moved or deleted.</source>
      <translation>%1: الملف لم يعد موجودًا. ربما نُقل أو حُذف.</translation>
    </message>
    <message>
      <source>%1: this is a folder, not a picture.</source>
      <translation>%1: هذا مجلد، وليس صورة.</translation>
    </message>
  </context>
  <context>
    <name>BlockView</name>
    <message>
      <source>Do</source>
      <translation>افعل</translation>
    </message>
    <message>
      <source>Do not</source>
      <translation>لا تفعل</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <source>Where to go</source>
      <translation>إلى أين تتوجه</translation>
    </message>
    <message>
      <source>Important</source>
      <translation>مهم</translation>
    </message>
  </context>
  <context>
    <name>CaptureReview</name>
    <message>
      <source>Keep this capture?</source>
      <translation>هل تحتفظ بهذه اللقطة؟</translation>
    </message>
    <message>
      <source>The screen was captured. Keep it as evidence?</source>
      <translation>تم التقاط الشاشة. هل تحتفظ بها دليلًا؟</translation>
    </message>
    <message>
      <source>%1 screens were captured. Keep them as evidence?</source>
      <translation>عدد الشاشات التي التُقطت: %1. هل تحتفظ بها أدلةً؟</translation>
    </message>
    <message>
      <source>S&amp;how the capture</source>
      <translation>&amp;عرض اللقطة</translation>
    </message>
    <message>
      <source>Show the capture</source>
      <translation>عرض اللقطة</translation>
    </message>
    <message>
      <source>Captured screen %1</source>
      <translation>الشاشة الملتقطة %1</translation>
    </message>
    <message>
      <source>&amp;Keep it</source>
      <translation>ا&amp;حتفظ بها</translation>
    </message>
    <message>
      <source>Keep the capture as evidence</source>
      <translation>الاحتفاظ باللقطة دليلًا</translation>
    </message>
    <message>
      <source>&amp;Discard</source>
      <translation>&amp;تجاهل</translation>
    </message>
    <message>
      <source>Discard the capture</source>
      <translation>تجاهل اللقطة</translation>
    </message>
  </context>
  <context>
    <name>CaseSession</name>
    <message>
      <source>Something went wrong while opening the case. Nothing in it was changed. Please try again.</source>
      <translation>حدث خطأ ما أثناء فتح القضية. لم يتغير أي شيء فيها. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
      <source>The case is not remembered</source>
      <translation>لم يتم تذكُّر القضية</translation>
    </message>
    <message>
      <source>Choose the case folder (.gdcase)</source>
      <translation>اختر مجلد القضية (.gdcase)</translation>
    </message>
    <message>
      <source>This is not a case</source>
      <translation>هذه ليست قضية</translation>
    </message>
    <message>
      <source>That folder is not a Guardian Desktop case. Choose the folder whose name ends in .gdcase. If it is on a USB stick, check that it is plugged in.</source>
      <translation>هذا المجلد ليس قضية من Guardian Desktop. اختر المجلد الذي ينتهي اسمه بـ .gdcase. إذا كان على ذاكرة USB، فتأكد من أنها موصولة.</translation>
    </message>
    <message>
      <source>The practice case could not be made</source>
      <translation>تعذّر إنشاء قضية التدريب</translation>
    </message>
    <message>
      <source>The app could not write to its own folder on this computer. Check that the disk has free space, then try again.</source>
      <translation>تعذّر على التطبيق الكتابة في مجلده الخاص على هذا الكمبيوتر. تأكد من وجود مساحة فارغة على القرص، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
      <source>The case is intact</source>
      <translation>القضية سليمة</translation>
    </message>
    <message>
      <source>Everything checked out: the encryption, the fingerprints and seals of all {count} exhibits, the record of changes, the key files and their backup, and that this copy is not older than the last one used.</source>
      <translation>كل شيء سليم: التشفير، وبصمات وأختام جميع الأدلة ({count})، وسجل التغييرات، وملفات المفاتيح ونسختها الاحتياطية، وأن هذه النسخة ليست أقدم من آخر نسخة استُخدمت.</translation>
    </message>
    <message>
      <source>The case has a problem</source>
      <translation>توجد مشكلة في القضية</translation>
    </message>
    <message>
      <source>Part of the case could not be read or does not match its fingerprint. Keep a copy of the whole case folder, and make your report now while the rest can still be read.

What was found:
{problems}

Still readable:
{readable}</source>
      <translation>تعذّرت قراءة جزء من القضية أو أنه لا يطابق بصمته. احتفظ بنسخة من مجلد القضية كاملًا، وأعدّ تقريرك الآن ما دام الباقي قابلًا للقراءة.

ما تم العثور عليه:
{problems}

ما زال قابلًا للقراءة:
{readable}</translation>
    </message>
    <message>
      <source>Delete this case?</source>
      <translation>هل تريد حذف هذه القضية؟</translation>
    </message>
    <message>
      <source>This deletes the case and all the evidence in it from this computer. It cannot be undone. Only do this if you no longer need the evidence, for example after the police have a copy.</source>
      <translation>سيؤدي هذا إلى حذف القضية وكل الأدلة التي فيها من هذا الكمبيوتر. لا يمكن التراجع عن ذلك. لا تفعل هذا إلا إذا لم تعد بحاجة إلى الأدلة، مثلًا بعد أن تحصل الشرطة على نسخة.</translation>
    </message>
    <message>
      <source>Delete the case</source>
      <translation>حذف القضية</translation>
    </message>
    <message>
      <source>Keep the case</source>
      <translation>الاحتفاظ بالقضية</translation>
    </message>
    <message>
      <source>The case could not be deleted</source>
      <translation>تعذّر حذف القضية</translation>
    </message>
    <message>
      <source>The case is deleted</source>
      <translation>تم حذف القضية</translation>
    </message>
    <message>
      <source>The case files were overwritten and removed, and the app no longer remembers the case. Some copies may still exist: SSD drives, backups, cloud folders and system restore can keep old copies of files.</source>
      <translation>تمت الكتابة فوق ملفات القضية وإزالتها، ولم يعد التطبيق يتذكر القضية. قد تبقى بعض النسخ موجودة: أقراص SSD والنسخ الاحتياطية ومجلدات التخزين السحابي واستعادة النظام قد تحتفظ بنسخ قديمة من الملفات.</translation>
    </message>
    <message>
      <source>The case could not be fully deleted</source>
      <translation>تعذّر حذف القضية بالكامل</translation>
    </message>
    <message>
      <source>Some files could not be removed:</source>
      <translation>تعذّرت إزالة بعض الملفات:</translation>
    </message>
  </context>
  <context>
    <name>ChatImport</name>
    <message>
      <source>Add a &amp;chat export…</source>
      <translation>إضافة م&amp;حادثة مُصدَّرة…</translation>
    </message>
    <message>
      <source>Add a chat export</source>
      <translation>إضافة محادثة مُصدَّرة</translation>
    </message>
    <message>
      <source>A chat exported from WhatsApp, Instagram, Facebook Messenger, Telegram or Snapchat: the whole conversation becomes one exhibit.</source>
      <translation>محادثة مُصدَّرة من WhatsApp أو Instagram أو Facebook Messenger أو Telegram أو Snapchat: تصبح المحادثة كلها دليلًا واحدًا.</translation>
    </message>
    <message>
      <source>Chat &amp;transcripts…</source>
      <translation>&amp;نصوص المحادثات…</translation>
    </message>
    <message>
      <source>Open the chat transcripts</source>
      <translation>فتح نصوص المحادثات</translation>
    </message>
    <message>
      <source>The chat was removed from the case.</source>
      <translation>أُزيلت المحادثة من القضية.</translation>
    </message>
    <message>
      <source>Chat exports (%1)</source>
      <translation>المحادثات المُصدَّرة (%1)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>كل الملفات (*)</translation>
    </message>
    <message>
      <source>Choose chat exports to add</source>
      <translation>اختر المحادثات المُصدَّرة التي تريد إضافتها</translation>
    </message>
    <message>
      <source>Please wait until the chat being added is finished.</source>
      <translation>يُرجى الانتظار حتى تنتهي إضافة المحادثة.</translation>
    </message>
    <message>
      <source>Reading the chat export…</source>
      <translation>جارٍ قراءة المحادثة المُصدَّرة…</translation>
    </message>
    <message>
      <source>The chat was not added</source>
      <translation>لم تُضَف المحادثة</translation>
    </message>
    <message numerus="yes">
      <source>This chat holds %n photo(s) or file(s). You can add the photos as their own exhibits. Only add them if none is a nude or sexual image: the chat, the profile and the demands are the evidence.</source>
      <translation>
        <numerusform>لا تحتوي هذه المحادثة على صور أو ملفات (%n). يمكنك إضافة الصور أدلةً مستقلة. لا تضفها إلا إذا لم تكن أي منها صورة عارية أو جنسية: الأدلة هي المحادثة والملف الشخصي والطلبات.</numerusform>
        <numerusform>تحتوي هذه المحادثة على صورة أو ملف واحد (%n). يمكنك إضافة الصور أدلةً مستقلة. لا تضفها إلا إذا لم تكن أي منها صورة عارية أو جنسية: الأدلة هي المحادثة والملف الشخصي والطلبات.</numerusform>
        <numerusform>تحتوي هذه المحادثة على صورتين أو ملفين (%n). يمكنك إضافة الصور أدلةً مستقلة. لا تضفها إلا إذا لم تكن أي منها صورة عارية أو جنسية: الأدلة هي المحادثة والملف الشخصي والطلبات.</numerusform>
        <numerusform>تحتوي هذه المحادثة على %n صور أو ملفات. يمكنك إضافة الصور أدلةً مستقلة. لا تضفها إلا إذا لم تكن أي منها صورة عارية أو جنسية: الأدلة هي المحادثة والملف الشخصي والطلبات.</numerusform>
        <numerusform>تحتوي هذه المحادثة على %n صورة أو ملفًا. يمكنك إضافة الصور أدلةً مستقلة. لا تضفها إلا إذا لم تكن أي منها صورة عارية أو جنسية: الأدلة هي المحادثة والملف الشخصي والطلبات.</numerusform>
        <numerusform>تحتوي هذه المحادثة على %n صورة أو ملف. يمكنك إضافة الصور أدلةً مستقلة. لا تضفها إلا إذا لم تكن أي منها صورة عارية أو جنسية: الأدلة هي المحادثة والملف الشخصي والطلبات.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n chat(s) added as exhibits: %1.</source>
      <translation>
        <numerusform>لم تُضَف أي محادثة دليلًا (%n): %1.</numerusform>
        <numerusform>أُضيفت محادثة واحدة دليلًا (%n): %1.</numerusform>
        <numerusform>أُضيفت محادثتان دليلين (%n): %1.</numerusform>
        <numerusform>أُضيفت %n محادثات أدلةً: %1.</numerusform>
        <numerusform>أُضيفت %n محادثة أدلةً: %1.</numerusform>
        <numerusform>أُضيفت %n محادثة أدلةً: %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n chat(s) already in the case.</source>
      <translation>
        <numerusform>لا توجد أي محادثة في القضية من قبل (%n).</numerusform>
        <numerusform>محادثة واحدة موجودة في القضية من قبل (%n).</numerusform>
        <numerusform>محادثتان موجودتان في القضية من قبل (%n).</numerusform>
        <numerusform>عدد المحادثات الموجودة في القضية من قبل: %n.</numerusform>
        <numerusform>عدد المحادثات الموجودة في القضية من قبل: %n.</numerusform>
        <numerusform>عدد المحادثات الموجودة في القضية من قبل: %n.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n photo(s) added.</source>
      <translation>
        <numerusform>لم تُضَف أي صورة (%n).</numerusform>
        <numerusform>أُضيفت صورة واحدة (%n).</numerusform>
        <numerusform>أُضيفت صورتان (%n).</numerusform>
        <numerusform>أُضيفت %n صور.</numerusform>
        <numerusform>أُضيفت %n صورة.</numerusform>
        <numerusform>أُضيفت %n صورة.</numerusform>
      </translation>
    </message>
    <message>
      <source>Photos in the chat</source>
      <translation>الصور في المحادثة</translation>
    </message>
    <message>
      <source>None is sexual — add the photos</source>
      <translation>لا توجد صورة جنسية — أضف الصور</translation>
    </message>
    <message>
      <source>Add only the chat</source>
      <translation>إضافة المحادثة فقط</translation>
    </message>
    <message>
      <source>Photos and files in the chat were left out, because the person is under 18 or their age is not known. Only the chat's words are kept.</source>
      <translation>لم تُضَف الصور والملفات الموجودة في المحادثة، لأن الشخص دون 18 عامًا أو لأن عمره غير معروف. لم يُحتفظ إلا بنص المحادثة.</translation>
    </message>
    <message>
      <source>No chat was found in what you chose.</source>
      <translation>لم يُعثر على أي محادثة فيما اخترته.</translation>
    </message>
    <message>
      <source>Some exports were not added</source>
      <translation>لم تُضَف بعض الملفات المُصدَّرة</translation>
    </message>
  </context>
  <context>
    <name>CheckQuestion</name>
    <message>
      <source>Check your answers</source>
      <translation>راجع إجاباتك</translation>
    </message>
    <message>
      <source>This is what the report will say. Anything missing is fine: give what you know. Choose Change to go back to a question.</source>
      <translation>هذا ما سيقوله التقرير. لا بأس إن كان هناك شيء ناقص: اذكر ما تعرفه. اختر «تغيير» للرجوع إلى أي سؤال.</translation>
    </message>
    <message>
      <source>Not given yet</source>
      <translation>لم تُذكر بعد</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>تغيير</translation>
    </message>
    <message>
      <source>Change: {what}</source>
      <translation>تغيير: {what}</translation>
    </message>
    <message>
      <source>Left out of the report</source>
      <translation>مستبعد من التقرير</translation>
    </message>
    <message>
      <source>Entries kept in the case: {n}. They are not in the report because the answer is No. Choose Change to answer again.</source>
      <translation>إدخالات محفوظة في القضية: {n}. ليست في التقرير لأن الإجابة لا. اختر تغيير للإجابة من جديد.</translation>
    </message>
    <message>
      <source>Answers given: {given}. Not given yet: {missing}.</source>
      <translation>الإجابات المذكورة: {given}. لم تُذكر بعد: {missing}.</translation>
    </message>
  </context>
  <context>
    <name>ClaimedLocationQuestion</name>
    <message>
      <source>Where did they say they were?</source>
      <translation>أين قالوا إنهم موجودون؟</translation>
    </message>
    <message>
      <source>&amp;Town or country they said they were in</source>
      <translation>ال&amp;مدينة أو البلد الذي قالوا إنهم فيه</translation>
    </message>
    <message>
      <source>Leave it empty if you do not know. It may not be true: that is fine.</source>
      <translation>اتركه فارغًا إذا كنت لا تعرف. قد لا يكون صحيحًا: لا بأس بذلك.</translation>
    </message>
    <message>
      <source>Where they said they were</source>
      <translation>المكان الذي قالوا إنهم فيه</translation>
    </message>
  </context>
  <context>
    <name>ContactQuestion</name>
    <message>
      <source>Should the report give their contact details?</source>
      <translation>هل يتضمن التقرير بيانات الاتصال بالشخص المُهدَّد؟</translation>
    </message>
    <message>
      <source>Should the report give your contact details?</source>
      <translation>هل يتضمن التقرير بيانات الاتصال الخاصة بك؟</translation>
    </message>
    <message>
      <source>The police can take a report without them, but they may need to reach you. The details go only into the report you make.</source>
      <translation>يمكن للشرطة تلقي البلاغ من دونها، لكنها قد تحتاج إلى التواصل معك. لا تُضاف هذه البيانات إلا إلى التقرير الذي تعدّه.</translation>
    </message>
    <message>
      <source>The police can take a report without them, but they may need to reach the person. The details go only into the report you make.</source>
      <translation>يمكن للشرطة تلقي البلاغ من دونها، لكنها قد تحتاج إلى التواصل مع الشخص. لا تُضاف هذه البيانات إلا إلى التقرير الذي تعدّه.</translation>
    </message>
    <message>
      <source>Put the contact details of the person being threatened in the report</source>
      <translation>إضافة بيانات الاتصال بالشخص المُهدَّد إلى التقرير</translation>
    </message>
    <message>
      <source>Put my contact details in the report</source>
      <translation>إضافة بيانات الاتصال الخاصة بي إلى التقرير</translation>
    </message>
    <message>
      <source>Na&amp;me</source>
      <translation>ال&amp;اسم</translation>
    </message>
    <message>
      <source>&amp;Phone</source>
      <translation>ال&amp;هاتف</translation>
    </message>
    <message>
      <source>&amp;Email</source>
      <translation>البريد ال&amp;إلكتروني</translation>
    </message>
    <message>
      <source>Contact details in the report</source>
      <translation>بيانات الاتصال في التقرير</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>No</source>
      <translation>لا</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>البريد الإلكتروني</translation>
    </message>
  </context>
  <context>
    <name>ContactsQuestion</name>
    <message>
      <source>Do they know who the person knows?</source>
      <translation>هل يعرفون من يعرفه الشخص؟</translation>
    </message>
    <message>
      <source>Do they know who you know?</source>
      <translation>هل يعرفون من تعرفه؟</translation>
    </message>
    <message>
      <source>For example a school, an employer, family or friends they named, or a list of followers.</source>
      <translation>مثلًا مدرسة، أو جهة عمل، أو أفراد من العائلة أو أصدقاء ذكروا أسماءهم، أو قائمة بالمتابعين.</translation>
    </message>
    <message>
      <source>&amp;Who or what they know</source>
      <translation>&amp;من أو ماذا يعرفون</translation>
    </message>
    <message>
      <source>Know who you know</source>
      <translation>يعرفون من تعرفه</translation>
    </message>
    <message>
      <source>Who or what they know</source>
      <translation>من أو ماذا يعرفون</translation>
    </message>
  </context>
  <context>
    <name>CountdownWindow</name>
    <message>
      <source>Capturing the screen</source>
      <translation>التقاط الشاشة</translation>
    </message>
    <message>
      <source>Countdown</source>
      <translation>العد التنازلي</translation>
    </message>
    <message>
      <source>Cancel (Esc)</source>
      <translation>إلغاء (Esc)</translation>
    </message>
    <message>
      <source>Cancel the screen capture</source>
      <translation>إلغاء التقاط الشاشة</translation>
    </message>
    <message>
      <source>Bring the chat to the front. The screen will be captured in %1…</source>
      <translation>اجعل المحادثة في المقدمة. سيتم التقاط الشاشة خلال %1…</translation>
    </message>
  </context>
  <context>
    <name>Crash</name>
    <message>
      <source>Something went wrong</source>
      <translation>حدث خطأ ما</translation>
    </message>
    <message>
      <source>Something went wrong inside the app. What you saved before is kept in the case. If this happens again, close the app and open the case again.</source>
      <translation>حدث خطأ ما داخل التطبيق. ما حفظته من قبل باقٍ في القضية. إذا تكرر ذلك، أغلق التطبيق ثم افتح القضية مرة أخرى.</translation>
    </message>
  </context>
  <context>
    <name>DemandQuestion</name>
    <message>
      <source>What did they ask for?</source>
      <translation>ماذا طلبوا؟</translation>
    </message>
    <message>
      <source>W&amp;hat they asked for</source>
      <translation>&amp;ما طلبوه</translation>
    </message>
    <message>
      <source>For example: money, gift cards, more pictures, or to keep talking.</source>
      <translation>مثلًا: مال، أو بطاقات هدايا، أو مزيد من الصور، أو مواصلة الحديث.</translation>
    </message>
    <message>
      <source>What they asked for</source>
      <translation>ما طلبوه</translation>
    </message>
  </context>
  <context>
    <name>DemandedPaymentsQuestion</name>
    <message>
      <source>How much did they ask for, and how?</source>
      <translation>كم طلبوا، وبأي طريقة؟</translation>
    </message>
    <message>
      <source>Give what you know: the amount, how they wanted it, and where it was to go. Add another for each time they asked.</source>
      <translation>اذكر ما تعرفه: المبلغ، والطريقة التي أرادوه بها، وإلى أين كان سيُرسَل. أضف طلبًا آخر عن كل مرة طلبوا فيها.</translation>
    </message>
    <message>
      <source>Demand {n}</source>
      <translation>الطلب {n}</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>OK</source>
      <translation>موافق</translation>
    </message>
  </context>
  <context>
    <name>Discreet</name>
    <message>
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
  </context>
  <context>
    <name>ErrorSummary</name>
    <message>
      <source>There is a problem</source>
      <translation>توجد مشكلة</translation>
    </message>
    <message>
      <source>What you typed is saved as it is. You can fix it now or later.</source>
      <translation>ما كتبته محفوظ كما هو. يمكنك تصحيحه الآن أو لاحقًا.</translation>
    </message>
    <message>
      <source>Go to the problem: {text}</source>
      <translation>الانتقال إلى المشكلة: {text}</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>That recovery code does not open this case. Check each group of letters and numbers, and try again.</source>
      <translation>رمز الاسترداد هذا لا يفتح هذه القضية. تحقق من كل مجموعة من الحروف والأرقام، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
      <source>That passphrase does not open this case. Check Caps Lock and try again, or use your recovery code.</source>
      <translation>عبارة المرور هذه لا تفتح هذه القضية. تحقق من مفتاح Caps Lock وحاول مرة أخرى، أو استخدم رمز الاسترداد.</translation>
    </message>
    <message>
      <source>This is not a Guardian Desktop case, or it could not be found. If the case is on a USB stick, check that it is plugged in.</source>
      <translation>هذه ليست قضية من Guardian Desktop، أو تعذر العثور عليها. إذا كانت القضية على ذاكرة USB، فتأكد من أنها موصولة.</translation>
    </message>
    <message>
      <source>Part of the case file is damaged. Keep a copy of the whole case folder. If the case opens, use 'Check this case' in Settings to see what can still be read.</source>
      <translation>جزء من ملف القضية تالف. احتفظ بنسخة من مجلد القضية كاملًا. إذا فُتحت القضية، فاستخدم «تحقق من هذه القضية» في الإعدادات لترى ما زال قابلًا للقراءة.</translation>
    </message>
    <message>
      <source>This case is already open in another window or program. Close it there first. If the app closed unexpectedly, wait a moment and try again.</source>
      <translation>هذه القضية مفتوحة بالفعل في نافذة أو برنامج آخر. أغلقها هناك أولًا. إذا أُغلق التطبيق فجأة، فانتظر قليلًا ثم حاول مرة أخرى.</translation>
    </message>
    <message>
      <source>The case is in a place the app cannot write to, such as a locked USB stick or a read-only folder. Copy the whole case folder to this computer, then open the copy.</source>
      <translation>القضية في مكان لا يستطيع التطبيق الكتابة فيه، مثل ذاكرة USB مقفلة أو مجلد للقراءة فقط. انسخ مجلد القضية كاملًا إلى هذا الكمبيوتر، ثم افتح النسخة.</translation>
    </message>
    <message>
      <source>The disk is full, so this was not saved. Nothing was half-written. Free some space, then try again.</source>
      <translation>القرص ممتلئ، لذلك لم يُحفظ هذا. لم يُكتب أي شيء بشكل ناقص. أفرغ بعض المساحة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
      <source>There is already something at that place. Choose another name or folder.</source>
      <translation>يوجد شيء بالفعل في ذلك المكان. اختر اسمًا أو مجلدًا آخر.</translation>
    </message>
    <message>
      <source>This computer has no password store the app can use, so it cannot remember the case. You can still open it with your passphrase.</source>
      <translation>لا يحتوي هذا الكمبيوتر على مخزن لكلمات المرور يمكن للتطبيق استخدامه، لذلك لا يمكنه تذكر القضية. ما زال بإمكانك فتحها بعبارة المرور.</translation>
    </message>
  </context>
  <context>
    <name>EvidenceList</name>
    <message>
      <source>Saved screenshots</source>
      <translation>لقطات الشاشة المحفوظة</translation>
    </message>
    <message>
      <source>Enter opens the large view. Space shows or hides the picture. Delete removes the screenshot from the case.</source>
      <translation>مفتاح Enter يفتح العرض الكبير. مفتاح المسافة يُظهر الصورة أو يخفيها. مفتاح Delete يزيل لقطة الشاشة من القضية.</translation>
    </message>
  </context>
  <context>
    <name>EvidenceListModel</name>
    <message>
      <source>picture shown</source>
      <translation>الصورة ظاهرة</translation>
    </message>
    <message>
      <source>picture blurred</source>
      <translation>الصورة مموّهة</translation>
    </message>
    <message>
      <source>parts covered</source>
      <translation>أجزاء مغطاة</translation>
    </message>
    <message>
      <source>No description yet</source>
      <translation>لا يوجد وصف بعد</translation>
    </message>
    <message>
      <source>When: %1</source>
      <translation>متى: %1</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>غير محدد</translation>
    </message>
    <message>
      <source>%1 (time zone not recorded)</source>
      <translation>%1 (المنطقة الزمنية غير مسجّلة)</translation>
    </message>
    <message>
      <source>%1, time not known</source>
      <translation>%1، الوقت غير معروف</translation>
    </message>
    <message>
      <source>File: %1</source>
      <translation>الملف: %1</translation>
    </message>
  </context>
  <context>
    <name>EvidenceScreen</name>
    <message>
      <source>Save the evidence</source>
      <translation>احفظ الأدلة</translation>
    </message>
    <message>
      <source>&amp;Add screenshots…</source>
      <translation>إ&amp;ضافة لقطات شاشة…</translation>
    </message>
    <message>
      <source>Add screenshots</source>
      <translation>إضافة لقطات شاشة</translation>
    </message>
    <message>
      <source>Choose one or more picture files.</source>
      <translation>اختر ملف صورة واحدًا أو أكثر.</translation>
    </message>
    <message>
      <source>Add a f&amp;older…</source>
      <translation>إضافة م&amp;جلد…</translation>
    </message>
    <message>
      <source>Add a folder of screenshots</source>
      <translation>إضافة مجلد من لقطات الشاشة</translation>
    </message>
    <message>
      <source>Adds every picture in the folder and the folders inside it.</source>
      <translation>يضيف كل صورة في المجلد وفي المجلدات التي بداخله.</translation>
    </message>
    <message>
      <source>&amp;Paste picture (Ctrl+V)</source>
      <translation>&amp;لصق صورة (Ctrl+V)</translation>
    </message>
    <message>
      <source>Paste a picture</source>
      <translation>لصق صورة</translation>
    </message>
    <message>
      <source>Adds the picture you copied.</source>
      <translation>يضيف الصورة التي نسختها.</translation>
    </message>
    <message>
      <source>Capture my &amp;screen…</source>
      <translation>التقاط &amp;شاشتي…</translation>
    </message>
    <message>
      <source>Capture my screen</source>
      <translation>التقاط شاشتي</translation>
    </message>
    <message>
      <source>Hides this window, counts down so you can bring the chat to the front, then takes a picture of the screen for you to keep or discard.</source>
      <translation>يخفي هذه النافذة، ويعدّ تنازليًا لكي تجعل المحادثة في المقدمة، ثم يلتقط صورة للشاشة لتحتفظ بها أو تتجاهلها.</translation>
    </message>
    <message>
      <source>Or drag screenshots, a folder or a chat export here.</source>
      <translation>أو اسحب إلى هنا لقطات شاشة أو مجلدًا أو محادثة مُصدَّرة.</translation>
    </message>
    <message>
      <source>Ways to add</source>
      <translation>طرق الإضافة</translation>
    </message>
    <message>
      <source>Adding screenshots</source>
      <translation>جارٍ إضافة لقطات الشاشة</translation>
    </message>
    <message>
      <source>Stop adding</source>
      <translation>إيقاف الإضافة</translation>
    </message>
    <message>
      <source>Screenshots already added are kept. Escape stops adding too.</source>
      <translation>لقطات الشاشة التي أُضيفت بالفعل تبقى محفوظة. مفتاح Escape يوقف الإضافة أيضًا.</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>رسالة</translation>
    </message>
    <message>
      <source>Show all p&amp;ictures</source>
      <translation>عرض كل ال&amp;صور</translation>
    </message>
    <message>
      <source>Show all pictures</source>
      <translation>عرض كل الصور</translation>
    </message>
    <message>
      <source>Pictures are blurred so that nobody sees them by accident.</source>
      <translation>الصور مموّهة حتى لا يراها أحد بالصدفة.</translation>
    </message>
    <message>
      <source>Chec&amp;k suggested times</source>
      <translation>&amp;مراجعة الأوقات المقترحة</translation>
    </message>
    <message>
      <source>Check the suggested times</source>
      <translation>مراجعة الأوقات المقترحة</translation>
    </message>
    <message>
      <source>Goes through each screenshot with a time suggested from its file. Press Enter to use the time shown, or type the right one.</source>
      <translation>يمرّ على كل لقطة شاشة لها وقت مقترح من ملفها. اضغط Enter لاستخدام الوقت المعروض، أو اكتب الوقت الصحيح.</translation>
    </message>
    <message>
      <source>No screenshots yet.

Add the chat, their profile and each demand with the buttons above, or drag the files here.</source>
      <translation>لا توجد لقطات شاشة بعد.

أضف المحادثة وملفهم الشخصي وكل طلب باستخدام الأزرار أعلاه، أو اسحب الملفات إلى هنا.</translation>
    </message>
    <message>
      <source>No screenshots yet</source>
      <translation>لا توجد لقطات شاشة بعد</translation>
    </message>
    <message>
      <source>Stopping… Screenshots already added are kept.</source>
      <translation>جارٍ الإيقاف… لقطات الشاشة التي أُضيفت بالفعل تبقى محفوظة.</translation>
    </message>
    <message>
      <source>Pictures (%1)</source>
      <translation>الصور (%1)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>كل الملفات (*)</translation>
    </message>
    <message>
      <source>Choose screenshots to add</source>
      <translation>اختر لقطات الشاشة التي تريد إضافتها</translation>
    </message>
    <message>
      <source>Choose a folder of screenshots</source>
      <translation>اختر مجلدًا من لقطات الشاشة</translation>
    </message>
    <message>
      <source>Pasted picture %1.png</source>
      <translation>صورة ملصقة %1.png</translation>
    </message>
    <message>
      <source>There is no picture to paste. Copy a screenshot first (for example: right-click it and choose Copy), then paste it here.</source>
      <translation>لا توجد صورة للصقها. انسخ لقطة شاشة أولًا (مثلًا: انقر عليها بزر الفأرة الأيمن واختر نسخ)، ثم الصقها هنا.</translation>
    </message>
    <message>
      <source>The screen capture was cancelled. Nothing was saved.</source>
      <translation>أُلغي التقاط الشاشة. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
      <source>The capture was discarded. Nothing was saved.</source>
      <translation>تم تجاهل اللقطة. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
      <source>Screen capture %1.png</source>
      <translation>لقطة الشاشة %1.png</translation>
    </message>
    <message>
      <source>Screen capture %1 (screen %2).png</source>
      <translation>لقطة الشاشة %1 (الشاشة %2).png</translation>
    </message>
    <message>
      <source>Dropped picture %1.png</source>
      <translation>صورة مسحوبة %1.png</translation>
    </message>
    <message>
      <source>Please wait until the screenshots being added are finished.</source>
      <translation>يُرجى الانتظار حتى تنتهي إضافة لقطات الشاشة.</translation>
    </message>
    <message>
      <source>Please check the pictures you are adding. None of them may be a nude or sexual image. The chat, the profile and the demands are the evidence.</source>
      <translation>يُرجى التحقق من الصور التي تضيفها. يجب ألا تكون أي منها صورة عارية أو جنسية. الأدلة هي المحادثة والملف الشخصي والطلبات.</translation>
    </message>
    <message>
      <source>Before you add these</source>
      <translation>قبل أن تضيف هذه الصور</translation>
    </message>
    <message>
      <source>None is sexual — add them</source>
      <translation>لا توجد صورة جنسية — أضفها</translation>
    </message>
    <message>
      <source>Stop, do not add</source>
      <translation>توقف، لا تضفها</translation>
    </message>
    <message>
      <source>Nothing was added.</source>
      <translation>لم يُضَف أي شيء.</translation>
    </message>
    <message>
      <source>Adding…</source>
      <translation>جارٍ الإضافة…</translation>
    </message>
    <message>
      <source>Adding %1 of %2…</source>
      <translation>جارٍ إضافة %1 من %2…</translation>
    </message>
    <message>
      <source>Adding stopped unexpectedly.</source>
      <translation>توقفت الإضافة بشكل غير متوقع.</translation>
    </message>
    <message>
      <source>%1 of them have a time suggested from the file. Check each one: it is only saved when you choose “Use this”.</source>
      <translation>لدى %1 منها وقت مقترح من الملف. راجع كل واحدة: لا يُحفظ الوقت إلا عندما تختار «استخدام هذا».</translation>
    </message>
    <message>
      <source>Every suggested time has been checked.</source>
      <translation>تمت مراجعة كل الأوقات المقترحة.</translation>
    </message>
    <message>
      <source>%1 left to check. Enter uses the time shown; or type the right time.</source>
      <translation>المتبقي للمراجعة: %1. مفتاح Enter يستخدم الوقت المعروض؛ أو اكتب الوقت الصحيح.</translation>
    </message>
    <message>
      <source>Remove %1?</source>
      <translation>هل تريد إزالة %1؟</translation>
    </message>
    <message>
      <source>Remove %1 from the case? It cannot be brought back. The case log will still show that it was removed, and when.</source>
      <translation>هل تريد إزالة %1 من القضية؟ لا يمكن استعادته. سيظل سجل القضية يُظهر أنه أُزيل، ومتى.</translation>
    </message>
    <message>
      <source>Remove it</source>
      <translation>أزله</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>احتفظ به</translation>
    </message>
    <message>
      <source>%1 was removed from the case.</source>
      <translation>أُزيل %1 من القضية.</translation>
    </message>
    <message>
      <source>1 screenshot in the case</source>
      <translation>عدد لقطات الشاشة في القضية: 1</translation>
    </message>
    <message>
      <source>%1 screenshots in the case</source>
      <translation>عدد لقطات الشاشة في القضية: %1</translation>
    </message>
  </context>
  <context>
    <name>EvidenceTasks</name>
    <message>
      <source>Something went wrong, so this was not finished.</source>
      <translation>حدث خطأ ما، لذلك لم يكتمل هذا.</translation>
    </message>
    <message>
      <source>What was already saved is kept. Please try again.</source>
      <translation>ما حُفظ من قبل باقٍ كما هو. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
      <source>the picture could not be read.</source>
      <translation>تعذّرت قراءة الصورة.</translation>
    </message>
  </context>
  <context>
    <name>EvidenceViewer</name>
    <message>
      <source>Large view</source>
      <translation>العرض الكبير</translation>
    </message>
    <message>
      <source>Large view of a screenshot</source>
      <translation>عرض كبير للقطة شاشة</translation>
    </message>
    <message>
      <source>S&amp;how picture</source>
      <translation>&amp;عرض الصورة</translation>
    </message>
    <message>
      <source>Show the picture</source>
      <translation>عرض الصورة</translation>
    </message>
    <message>
      <source>← &amp;Previous</source>
      <translation>← ال&amp;سابقة</translation>
    </message>
    <message>
      <source>Previous screenshot</source>
      <translation>لقطة الشاشة السابقة</translation>
    </message>
    <message>
      <source>&amp;Next →</source>
      <translation>ال&amp;تالية →</translation>
    </message>
    <message>
      <source>Next screenshot</source>
      <translation>لقطة الشاشة التالية</translation>
    </message>
    <message>
      <source>Zoom &amp;out (−)</source>
      <translation>ت&amp;صغير (−)</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>تصغير</translation>
    </message>
    <message>
      <source>Zoom &amp;in (+)</source>
      <translation>تك&amp;بير (+)</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>تكبير</translation>
    </message>
    <message>
      <source>&amp;Fit</source>
      <translation>&amp;ملاءمة</translation>
    </message>
    <message>
      <source>Fit to the window</source>
      <translation>ملاءمة مع النافذة</translation>
    </message>
    <message>
      <source>&amp;Cover parts…</source>
      <translation>ت&amp;غطية أجزاء…</translation>
    </message>
    <message>
      <source>Cover private parts</source>
      <translation>تغطية الأجزاء الخاصة</translation>
    </message>
    <message>
      <source>Close (Esc)</source>
      <translation>إغلاق (Esc)</translation>
    </message>
    <message>
      <source>Close the large view</source>
      <translation>إغلاق العرض الكبير</translation>
    </message>
    <message>
      <source>Zoom level</source>
      <translation>مستوى التكبير</translation>
    </message>
    <message>
      <source>Screenshot</source>
      <translation>لقطة الشاشة</translation>
    </message>
    <message>
      <source>Screenshot, zoomable</source>
      <translation>لقطة شاشة، قابلة للتكبير</translation>
    </message>
    <message>
      <source>%1 — %2 of %3</source>
      <translation>%1 — %2 من %3</translation>
    </message>
    <message>
      <source>the covered copy, as used in the report</source>
      <translation>النسخة المغطاة، كما تُستخدم في التقرير</translation>
    </message>
  </context>
  <context>
    <name>ExhibitsQuestion</name>
    <message>
      <source>Initials for the evidence labels</source>
      <translation>الأحرف الأولى لتسميات الأدلة</translation>
    </message>
    <message>
      <source>Police label exhibits with the initials of the person who saved them, for example SE/1.</source>
      <translation>تضع الشرطة على الأدلة تسميات بالأحرف الأولى من اسم الشخص الذي حفظها، مثلًا SE/1.</translation>
    </message>
    <message>
      <source>&amp;Initials</source>
      <translation>الأحرف ال&amp;أولى</translation>
    </message>
    <message>
      <source>Filled in from the name given. Change them if they are not right.</source>
      <translation>مأخوذة من الاسم المذكور. غيّرها إذا لم تكن صحيحة.</translation>
    </message>
    <message>
      <source>Initials for evidence labels</source>
      <translation>الأحرف الأولى لتسميات الأدلة</translation>
    </message>
  </context>
  <context>
    <name>FakeQuestion</name>
    <message>
      <source>Could the images be fake or made with AI?</source>
      <translation>هل يمكن أن تكون الصور مزيفة أو مصنوعة بالذكاء الاصطناعي؟</translation>
    </message>
    <message>
      <source>Could be fake or AI-made</source>
      <translation>قد تكون مزيفة أو مصنوعة بالذكاء الاصطناعي</translation>
    </message>
  </context>
  <context>
    <name>FirstContactQuestion</name>
    <message>
      <source>How did they first make contact?</source>
      <translation>كيف تواصلوا أول مرة؟</translation>
    </message>
    <message>
      <source>How did they first contact you?</source>
      <translation>كيف تواصلوا معك أول مرة؟</translation>
    </message>
    <message>
      <source>&amp;Where and how</source>
      <translation>&amp;أين وكيف</translation>
    </message>
    <message>
      <source>For example: a message on Instagram, or a friend request on Snapchat.</source>
      <translation>مثلًا: رسالة على Instagram، أو طلب صداقة على Snapchat.</translation>
    </message>
    <message>
      <source>First contact</source>
      <translation>التواصل الأول</translation>
    </message>
    <message>
      <source>W&amp;hen was that?</source>
      <translation>&amp;متى كان ذلك؟</translation>
    </message>
    <message>
      <source>How they first made contact</source>
      <translation>كيف تواصلوا أول مرة</translation>
    </message>
    <message>
      <source>When that was</source>
      <translation>متى كان ذلك</translation>
    </message>
  </context>
  <context>
    <name>HelpNowView</name>
    <message>
      <source>Help now</source>
      <translation>مساعدة فورية</translation>
    </message>
    <message>
      <source>You can read this now. Nothing is saved and no passphrase is needed.</source>
      <translation>يمكنك قراءة هذا الآن. لا يُحفظ أي شيء ولا تلزم عبارة مرور.</translation>
    </message>
    <message>
      <source>Me</source>
      <translation>أنا</translation>
    </message>
    <message>
      <source>Someone in my family, or a friend</source>
      <translation>شخص من عائلتي، أو صديق</translation>
    </message>
    <message>
      <source>A student at my school or college</source>
      <translation>طالب في مدرستي أو كليتي</translation>
    </message>
    <message>
      <source>Who this help is for</source>
      <translation>لمن هذه المساعدة</translation>
    </message>
    <message>
      <source>This help is &amp;for:</source>
      <translation>هذه المساعدة م&amp;خصصة لـ:</translation>
    </message>
    <message>
      <source>&amp;Save evidence...</source>
      <translation>&amp;حفظ الأدلة...</translation>
    </message>
    <message>
      <source>Save evidence in a locked case</source>
      <translation>حفظ الأدلة في قضية مقفلة</translation>
    </message>
    <message>
      <source>Go ba&amp;ck</source>
      <translation>&amp;رجوع</translation>
    </message>
    <message>
      <source>Go back to help for someone under 18</source>
      <translation>العودة إلى المساعدة لمن هم دون 18 عامًا</translation>
    </message>
    <message>
      <source>Go back to the start</source>
      <translation>الرجوع إلى البداية</translation>
    </message>
    <message>
      <source>{n}. {title}</source>
      <translation>{n}. {title}</translation>
    </message>
  </context>
  <context>
    <name>HelperQuestion</name>
    <message>
      <source>About you, the person helping</source>
      <translation>عنك، أنت الشخص الذي يساعد</translation>
    </message>
    <message>
      <source>The report gives your details, so the police know who made it.</source>
      <translation>يتضمن التقرير بياناتك، لكي تعرف الشرطة من أعدّه.</translation>
    </message>
    <message>
      <source>&amp;Your name</source>
      <translation>&amp;اسمك</translation>
    </message>
    <message>
      <source>Your &amp;role</source>
      <translation>&amp;دورك</translation>
    </message>
    <message>
      <source>For example: mother, friend, school counsellor.</source>
      <translation>مثلًا: أم، صديق، مرشد مدرسي.</translation>
    </message>
    <message>
      <source>How the police can reach y&amp;ou (phone or email)</source>
      <translation>كيف يمكن للشرطة التواصل م&amp;عك (هاتف أو بريد إلكتروني)</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>اسمك</translation>
    </message>
    <message>
      <source>Your role</source>
      <translation>دورك</translation>
    </message>
    <message>
      <source>How to reach you</source>
      <translation>كيفية التواصل معك</translation>
    </message>
  </context>
  <context>
    <name>ImagesQuestion</name>
    <message>
      <source>About the images</source>
      <translation>حول الصور</translation>
    </message>
    <message>
      <source>These questions are about the images, so the police know what to look for. Do not add the images themselves.</source>
      <translation>هذه الأسئلة عن الصور، لكي تعرف الشرطة ما الذي تبحث عنه. لا تضف الصور نفسها.</translation>
    </message>
    <message>
      <source>Did the person you are helping send them any images?</source>
      <translation>هل أرسل لهم الشخص الذي تساعده أي صور؟</translation>
    </message>
    <message>
      <source>Could someone recognise the person in the images?</source>
      <translation>هل يمكن لأحد أن يتعرّف على الشخص في الصور؟</translation>
    </message>
    <message>
      <source>Did you send them any images?</source>
      <translation>هل أرسلت لهم أي صور؟</translation>
    </message>
    <message>
      <source>Could someone recognise you in the images?</source>
      <translation>هل يمكن لأحد أن يتعرّف عليك في الصور؟</translation>
    </message>
    <message>
      <source>Images were sent</source>
      <translation>أُرسلت صور</translation>
    </message>
    <message>
      <source>Could be recognised</source>
      <translation>يمكن التعرّف عليه</translation>
    </message>
  </context>
  <context>
    <name>Interview</name>
    <message>
      <source>Amount: type a number, like 250 or 49.99</source>
      <translation>المبلغ: اكتب رقمًا، مثل 250 أو 49.99</translation>
    </message>
    <message>
      <source>Sort code: type the 6 numbers, like 12-34-56</source>
      <translation>رمز الفرع (Sort code): اكتب الأرقام الـ 6، مثل 12-34-56</translation>
    </message>
    <message>
      <source>Account number: type only the numbers, usually 8 of them</source>
      <translation>رقم الحساب: اكتب الأرقام فقط، وعادةً تكون 8 أرقام</translation>
    </message>
    <message>
      <source>Email: check it looks like name@example.com</source>
      <translation>البريد الإلكتروني: تأكد أنه يبدو مثل name@example.com</translation>
    </message>
    <message>
      <source>Police: online report receipt</source>
      <translation>الشرطة: إيصال البلاغ الإلكتروني</translation>
    </message>
    <message>
      <source>Police: crime reference number</source>
      <translation>الشرطة: الرقم المرجعي للجريمة</translation>
    </message>
    <message>
      <source>CEOP report</source>
      <translation>بلاغ CEOP</translation>
    </message>
    <message>
      <source>Report Remove (Childline and IWF)</source>
      <translation>Report Remove (من Childline وIWF)</translation>
    </message>
    <message>
      <source>Take It Down</source>
      <translation>Take It Down</translation>
    </message>
    <message>
      <source>StopNCII case</source>
      <translation>قضية لدى StopNCII</translation>
    </message>
    <message>
      <source>A report to the app or website</source>
      <translation>بلاغ إلى التطبيق أو الموقع</translation>
    </message>
    <message>
      <source>Bank or payment provider</source>
      <translation>البنك أو مزوّد خدمة الدفع</translation>
    </message>
    <message>
      <source>Report Fraud</source>
      <translation>Report Fraud</translation>
    </message>
    <message>
      <source>Something else</source>
      <translation>شيء آخر</translation>
    </message>
    <message>
      <source>Where you reported it</source>
      <translation>أين أبلغت عنه</translation>
    </message>
    <message>
      <source>Reference or case number</source>
      <translation>الرقم المرجعي أو رقم القضية</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>رمز PIN</translation>
    </message>
    <message>
      <source>StopNCII cannot give the PIN again: this case is a safe place for it.</source>
      <translation>لا يستطيع StopNCII إعطاء رمز PIN مرة أخرى: هذه القضية مكان آمن لحفظه.</translation>
    </message>
    <message>
      <source>Which app, website, bank or organisation</source>
      <translation>أي تطبيق أو موقع أو بنك أو جهة</translation>
    </message>
    <message>
      <source>When you reported it</source>
      <translation>متى أبلغت عنه</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <source>PIN {pin}</source>
      <translation>رمز PIN {pin}</translation>
    </message>
    <message>
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>ما الذي حدث</translation>
    </message>
    <message>
      <source>App or website</source>
      <translation>التطبيق أو الموقع</translation>
    </message>
    <message>
      <source>Choose how</source>
      <translation>اختر الطريقة</translation>
    </message>
    <message>
      <source>Bank transfer</source>
      <translation>تحويل بنكي</translation>
    </message>
    <message>
      <source>Gift card</source>
      <translation>بطاقة هدايا</translation>
    </message>
    <message>
      <source>Cryptocurrency (for example Bitcoin)</source>
      <translation>عملة مشفّرة (مثلًا Bitcoin)</translation>
    </message>
    <message>
      <source>PayPal</source>
      <translation>PayPal</translation>
    </message>
    <message>
      <source>A money app (for example Cash App or Revolut)</source>
      <translation>تطبيق مالي (مثلًا Cash App أو Revolut)</translation>
    </message>
    <message>
      <source>Another way</source>
      <translation>طريقة أخرى</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>المبلغ</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>العملة</translation>
    </message>
    <message>
      <source>For example GBP, EUR or USD.</source>
      <translation>مثلًا GBP أو EUR أو USD.</translation>
    </message>
    <message>
      <source>When they asked</source>
      <translation>متى طلبوا</translation>
    </message>
    <message>
      <source>How</source>
      <translation>الطريقة</translation>
    </message>
    <message>
      <source>How they wanted it</source>
      <translation>الطريقة التي أرادوه بها</translation>
    </message>
    <message>
      <source>Name of the person or account it went to</source>
      <translation>اسم الشخص أو الحساب الذي ذهب إليه المال</translation>
    </message>
    <message>
      <source>Name of the person or account it was to go to</source>
      <translation>اسم الشخص أو الحساب الذي كان سيذهب إليه المال</translation>
    </message>
    <message>
      <source>Who the money went to</source>
      <translation>لمن ذهب المال</translation>
    </message>
    <message>
      <source>Who it was to go to</source>
      <translation>لمن كان سيذهب المال</translation>
    </message>
    <message>
      <source>Sort code</source>
      <translation>رمز الفرع (Sort code)</translation>
    </message>
    <message>
      <source>Bank account</source>
      <translation>الحساب البنكي</translation>
    </message>
    <message>
      <source>Account number</source>
      <translation>رقم الحساب</translation>
    </message>
    <message>
      <source>IBAN (a bank outside the UK)</source>
      <translation>IBAN (بنك خارج المملكة المتحدة)</translation>
    </message>
    <message>
      <source>Wallet address</source>
      <translation>عنوان المحفظة</translation>
    </message>
    <message>
      <source>Cryptocurrency</source>
      <translation>العملة المشفّرة</translation>
    </message>
    <message>
      <source>Which coin or network</source>
      <translation>أي عملة أو شبكة</translation>
    </message>
    <message>
      <source>For example Bitcoin, Ethereum, or USDT on Tron.</source>
      <translation>مثلًا Bitcoin أو Ethereum أو USDT على شبكة Tron.</translation>
    </message>
    <message>
      <source>Gift card brand</source>
      <translation>العلامة التجارية لبطاقة الهدايا</translation>
    </message>
    <message>
      <source>Gift card code</source>
      <translation>رمز بطاقة الهدايا</translation>
    </message>
    <message>
      <source>PayPal or app account name, email or phone</source>
      <translation>اسم الحساب في PayPal أو التطبيق، أو البريد الإلكتروني أو الهاتف</translation>
    </message>
    <message>
      <source>PayPal or money app</source>
      <translation>PayPal أو تطبيق مالي</translation>
    </message>
    <message>
      <source>Transaction reference</source>
      <translation>مرجع المعاملة</translation>
    </message>
    <message>
      <source>From the bank statement, receipt or app.</source>
      <translation>من كشف الحساب البنكي أو الإيصال أو التطبيق.</translation>
    </message>
    <message>
      <source>The payment</source>
      <translation>الدفعة</translation>
    </message>
    <message>
      <source>Have you told your bank or payment provider?</source>
      <translation>هل أخبرت البنك أو مزوّد خدمة الدفع؟</translation>
    </message>
    <message>
      <source>The reference they gave you</source>
      <translation>الرقم المرجعي الذي أعطوك إياه</translation>
    </message>
    <message>
      <source>Was the payment stopped, or the money returned?</source>
      <translation>هل أُوقفت الدفعة، أو أُعيد المال؟</translation>
    </message>
    <message>
      <source>Anything else about where the money was to go</source>
      <translation>أي شيء آخر عن المكان الذي كان سيذهب إليه المال</translation>
    </message>
    <message>
      <source>Anything else</source>
      <translation>أي شيء آخر</translation>
    </message>
    <message>
      <source>Choose the app or website</source>
      <translation>اختر التطبيق أو الموقع</translation>
    </message>
    <message>
      <source>Another app or website</source>
      <translation>تطبيق أو موقع آخر</translation>
    </message>
    <message>
      <source>Username or handle</source>
      <translation>اسم المستخدم أو المعرّف</translation>
    </message>
    <message>
      <source>For example @name.123</source>
      <translation>مثلًا @name.123</translation>
    </message>
    <message>
      <source>Name shown on the profile</source>
      <translation>الاسم الظاهر في الملف الشخصي</translation>
    </message>
    <message>
      <source>Link to the profile</source>
      <translation>رابط الملف الشخصي</translation>
    </message>
    <message>
      <source>Copy it from the address bar or the Share menu, if you can.</source>
      <translation>انسخه من شريط العنوان أو من قائمة المشاركة، إن أمكن.</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>رقم المعرّف (ID)</translation>
    </message>
    <message>
      <source>Some apps show a number that never changes (Discord, Facebook).</source>
      <translation>بعض التطبيقات تُظهر رقمًا لا يتغير أبدًا (Discord وFacebook).</translation>
    </message>
    <message>
      <source>Phone number</source>
      <translation>رقم الهاتف</translation>
    </message>
    <message>
      <source>With the country code, like +44.</source>
      <translation>مع رمز البلد، مثل +44.</translation>
    </message>
    <message>
      <source>Email address</source>
      <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
      <source>When you saw this account</source>
      <translation>متى رأيت هذا الحساب</translation>
    </message>
    <message>
      <source>{what}: the date could not be read. Type it like 25/10/2025.</source>
      <translation>{what}: تعذّرت قراءة التاريخ. اكتبه هكذا: 25/10/2025.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>No</source>
      <translation>لا</translation>
    </message>
    <message>
      <source>Not sure</source>
      <translation>لست متأكدًا</translation>
    </message>
  </context>
  <context>
    <name>InterviewPage</name>
    <message>
      <source>question {n} of {total}</source>
      <translation>السؤال {n} من {total}</translation>
    </message>
  </context>
  <context>
    <name>ItemDetails</name>
    <message>
      <source>Picture</source>
      <translation>الصورة</translation>
    </message>
    <message>
      <source>S&amp;how this picture</source>
      <translation>&amp;عرض هذه الصورة</translation>
    </message>
    <message>
      <source>Show this picture</source>
      <translation>عرض هذه الصورة</translation>
    </message>
    <message>
      <source>Pictures are blurred until you choose to see them.</source>
      <translation>الصور مموّهة إلى أن تختار رؤيتها.</translation>
    </message>
    <message>
      <source>The chosen screenshot</source>
      <translation>لقطة الشاشة المختارة</translation>
    </message>
    <message>
      <source>Large &amp;view…</source>
      <translation>&amp;العرض الكبير…</translation>
    </message>
    <message>
      <source>Open the large view</source>
      <translation>فتح العرض الكبير</translation>
    </message>
    <message>
      <source>Cove&amp;r private parts…</source>
      <translation>ت&amp;غطية أجزاء خاصة…</translation>
    </message>
    <message>
      <source>Re&amp;move from case…</source>
      <translation>إ&amp;زالة من القضية…</translation>
    </message>
    <message>
      <source>For example: his demand for money</source>
      <translation>مثلًا: طلبه للمال</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <source>What this screenshot shows. Saved as you type.</source>
      <translation>ما الذي تُظهره لقطة الشاشة هذه. يُحفظ أثناء الكتابة.</translation>
    </message>
    <message>
      <source>App or website</source>
      <translation>التطبيق أو الموقع</translation>
    </message>
    <message>
      <source>Choose from the list or type the name. Saved as you type.</source>
      <translation>اختر من القائمة أو اكتب الاسم. يُحفظ أثناء الكتابة.</translation>
    </message>
    <message>
      <source>When it happened</source>
      <translation>متى حدث ذلك</translation>
    </message>
    <message>
      <source>Original file name</source>
      <translation>اسم الملف الأصلي</translation>
    </message>
    <message>
      <source>Added to the case</source>
      <translation>أُضيف إلى القضية</translation>
    </message>
    <message>
      <source>Picture size</source>
      <translation>حجم الصورة</translation>
    </message>
    <message>
      <source>SHA-256 of the original</source>
      <translation>SHA-256 للأصل</translation>
    </message>
    <message>
      <source>SHA-256 of the covered copy</source>
      <translation>SHA-256 للنسخة المغطاة</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>ال&amp;وصف:</translation>
    </message>
    <message>
      <source>&amp;When it happened:</source>
      <translation>م&amp;تى حدث ذلك:</translation>
    </message>
    <message>
      <source>Original file:</source>
      <translation>الملف الأصلي:</translation>
    </message>
    <message>
      <source>Added:</source>
      <translation>أُضيف:</translation>
    </message>
    <message>
      <source>Size:</source>
      <translation>الحجم:</translation>
    </message>
    <message>
      <source>Cover private parts of this screenshot</source>
      <translation>تغطية الأجزاء الخاصة في لقطة الشاشة هذه</translation>
    </message>
    <message>
      <source>Draw black boxes over names or images. The original is kept unchanged.</source>
      <translation>ارسم مربعات سوداء فوق الأسماء أو الصور. يبقى الأصل دون تغيير.</translation>
    </message>
    <message>
      <source>Remove this screenshot from the case</source>
      <translation>إزالة لقطة الشاشة هذه من القضية</translation>
    </message>
    <message>
      <source>Use this</source>
      <translation>استخدام هذا</translation>
    </message>
    <message>
      <source>App or website: use the suggested app</source>
      <translation>التطبيق أو الموقع: استخدام التطبيق المقترح</translation>
    </message>
    <message>
      <source>Saving</source>
      <translation>جارٍ الحفظ</translation>
    </message>
    <message>
      <source>App or w&amp;ebsite:</source>
      <translation>التطبيق أو ال&amp;موقع:</translation>
    </message>
    <message>
      <source>SHA-256:</source>
      <translation>SHA-256:</translation>
    </message>
    <message>
      <source>SHA-256 of the covered copy:</source>
      <translation>SHA-256 للنسخة المغطاة:</translation>
    </message>
    <message>
      <source>Choose a screenshot in the list</source>
      <translation>اختر لقطة شاشة من القائمة</translation>
    </message>
    <message>
      <source>Exhibit %1</source>
      <translation>الدليل %1</translation>
    </message>
    <message>
      <source>%1 x %2 pixels, %3 KB, %4</source>
      <translation>%1 × %2 بكسل، %3 KB، %4</translation>
    </message>
    <message>
      <source>nothing covered</source>
      <translation>لم يُغطَّ أي شيء</translation>
    </message>
    <message>
      <source>the file name</source>
      <translation>اسم الملف</translation>
    </message>
    <message>
      <source>the file's date</source>
      <translation>تاريخ الملف</translation>
    </message>
    <message>
      <source>Suggested from the file name: %1</source>
      <translation>مقترح من اسم الملف: %1</translation>
    </message>
    <message>
      <source>Not saved yet: %1 What you typed is still here.</source>
      <translation>لم يُحفظ بعد: %1 ما كتبته لا يزال هنا.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>تم الحفظ.</translation>
    </message>
  </context>
  <context>
    <name>KeyActions</name>
    <message>
      <source>Make a new recovery code?</source>
      <translation>هل تريد إنشاء رمز استرداد جديد؟</translation>
    </message>
    <message>
      <source>Your old recovery code will stop opening this case, and you will get a new one to write down. Your passphrase stays the same.

This does not change the key that encrypts the case. If someone may already have opened the case with the old code, re-key the case instead.</source>
      <translation>سيتوقف رمز الاسترداد القديم عن فتح هذه القضية، وستحصل على رمز جديد لتكتبه. تبقى عبارة المرور كما هي.

لا يغيّر هذا المفتاح الذي يشفّر القضية. إذا كان من الممكن أن يكون أحد قد فتح القضية بالرمز القديم، فغيّر مفتاح القضية بدلًا من ذلك.</translation>
    </message>
    <message>
      <source>&amp;Make a new code</source>
      <translation>&amp;إنشاء رمز جديد</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>إل&amp;غاء</translation>
    </message>
    <message>
      <source>The recovery code was not changed</source>
      <translation>لم يتغير رمز الاسترداد</translation>
    </message>
    <message>
      <source>The case was not re-keyed</source>
      <translation>لم يتغير مفتاح القضية</translation>
    </message>
    <message>
      <source>Your case is safe and opens as before.</source>
      <translation>قضيتك في أمان وتُفتح كما كانت من قبل.</translation>
    </message>
    <message>
      <source>The case has a new key</source>
      <translation>للقضية مفتاح جديد الآن</translation>
    </message>
    <message>
      <source>The case is now encrypted with a new key. Use your new passphrase from now on. Old copies of the key, the old passphrase and the old recovery code no longer open it. Next, write down your new recovery code.</source>
      <translation>أصبحت القضية الآن مشفّرة بمفتاح جديد. استخدم عبارة المرور الجديدة من الآن فصاعدًا. النسخ القديمة من المفتاح، وعبارة المرور القديمة، ورمز الاسترداد القديم لم تعد تفتحها. بعد ذلك، اكتب رمز الاسترداد الجديد.</translation>
    </message>
    <message>
      <source>The last changes made before the app stopped could not all be read back: part of the case's log is damaged. What could be read is open now. Check the evidence list. A copy of the damaged part was kept in the case folder.</source>
      <translation>تعذّرت قراءة كل التغييرات الأخيرة التي أُجريت قبل توقف التطبيق: جزء من سجل القضية تالف. ما أمكن قراءته مفتوح الآن. راجع قائمة الأدلة. احتُفظ بنسخة من الجزء التالف في مجلد القضية.</translation>
    </message>
    <message>
      <source>The case's key file was damaged. Your passphrase still opened the case, and the key file has been repaired. Nothing in the case was lost.</source>
      <translation>كان ملف مفتاح القضية تالفًا. فتحت عبارة المرور القضية رغم ذلك، وتم إصلاح ملف المفتاح. لم يضع أي شيء من القضية.</translation>
    </message>
    <message>
      <source>The case's key file is damaged; its backup copy opened the case. The key file has been repaired from the backup. Nothing in the case was lost.</source>
      <translation>ملف مفتاح القضية تالف؛ وقد فُتحت القضية بنسخته الاحتياطية. تم إصلاح ملف المفتاح من النسخة الاحتياطية. لم يضع أي شيء من القضية.</translation>
    </message>
    <message>
      <source>The case's key file was missing; its backup copy opened the case, and the key file has been put back.</source>
      <translation>كان ملف مفتاح القضية مفقودًا؛ وقد فُتحت القضية بنسخته الاحتياطية، وأُعيد ملف المفتاح إلى مكانه.</translation>
    </message>
    <message>
      <source>A change of the case's key was interrupted and has now been finished. Your passphrase works. The new recovery code may never have been shown, and the old one no longer opens this case: make a new recovery code now in Settings.</source>
      <translation>توقّف تغيير مفتاح هذه القضية قبل اكتماله، وقد اكتمل الآن. عبارة المرور تعمل. ربما لم يُعرض رمز الاسترداد الجديد أبدًا، والرمز القديم لم يعد يفتح هذه القضية: أنشئ رمز استرداد جديدًا الآن من الإعدادات.</translation>
    </message>
    <message>
      <source>This case's database is older than the last one this app saved, or its record of changes was altered. Evidence added later may be missing. Keep the case folder as it is, look for a newer copy, and use 'Check this case' in Settings.</source>
      <translation>قاعدة بيانات هذه القضية أقدم من آخر قاعدة بيانات حفظها هذا التطبيق، أو أن سجل التغييرات فيها قد عُدِّل. قد تكون الأدلة التي أُضيفت لاحقًا مفقودة. اترك مجلد القضية كما هو، وابحث عن نسخة أحدث، واستخدم «تحقق من هذه القضية» في الإعدادات.</translation>
    </message>
    <message>
      <source>Something was found while opening the case</source>
      <translation>تم العثور على شيء أثناء فتح القضية</translation>
    </message>
  </context>
  <context>
    <name>KnowsAccountQuestion</name>
    <message>
      <source>Do you know their username or account?</source>
      <translation>هل تعرف اسم المستخدم أو الحساب الخاص بهم؟</translation>
    </message>
    <message>
      <source>A username, a profile link, a phone number or an email they used. Usernames can change, so any of these helps.</source>
      <translation>اسم مستخدم، أو رابط ملف شخصي، أو رقم هاتف، أو بريد إلكتروني استخدموه. أسماء المستخدمين يمكن أن تتغير، لذلك فأي واحد من هذه مفيد.</translation>
    </message>
    <message>
      <source>Know their username or account</source>
      <translation>تعرف اسم المستخدم أو الحساب الخاص بهم</translation>
    </message>
  </context>
  <context>
    <name>LinesModel</name>
    <message>
      <source>Line</source>
      <translation>السطر</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>الوقت</translation>
    </message>
    <message>
      <source>Sender</source>
      <translation>المرسِل</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>الرسالة</translation>
    </message>
    <message>
      <source>time not readable</source>
      <translation>الوقت غير مقروء</translation>
    </message>
    <message>
      <source>app notice</source>
      <translation>إشعار من التطبيق</translation>
    </message>
    <message>
      <source>[attached: %1]</source>
      <translation>[مرفق: %1]</translation>
    </message>
    <message>
      <source>KEY: %1</source>
      <translation>مهمة: %1</translation>
    </message>
  </context>
  <context>
    <name>LockPanel</name>
    <message>
      <source>The case is locked</source>
      <translation>القضية مقفلة</translation>
    </message>
    <message>
      <source>It locked itself because nothing happened for a while, to keep it private. Everything you typed was saved. Type your passphrase to go back to where you were.</source>
      <translation>أُقفلت القضية تلقائيًا لأنه لم يحدث شيء لبعض الوقت، حفاظًا على خصوصيتها. تم حفظ كل ما كتبته. اكتب عبارة المرور للعودة إلى حيث كنت.</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>عبارة المرور</translation>
    </message>
    <message>
      <source>&amp;Passphrase</source>
      <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
      <source>&amp;Show</source>
      <translation>&amp;إظهار</translation>
    </message>
    <message>
      <source>Show what I type</source>
      <translation>إظهار ما أكتبه</translation>
    </message>
    <message>
      <source>Opening the case</source>
      <translation>جارٍ فتح القضية</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;فتح القفل</translation>
    </message>
    <message>
      <source>Unlock the case</source>
      <translation>فتح قفل القضية</translation>
    </message>
    <message>
      <source>Use the &amp;recovery code instead</source>
      <translation>استخدام &amp;رمز الاسترداد بدلًا من ذلك</translation>
    </message>
    <message>
      <source>Use the recovery code instead</source>
      <translation>استخدام رمز الاسترداد بدلًا من ذلك</translation>
    </message>
    <message>
      <source>&amp;Close the case</source>
      <translation>إ&amp;غلاق القضية</translation>
    </message>
    <message>
      <source>Close the case and go to the start</source>
      <translation>إغلاق القضية والرجوع إلى البداية</translation>
    </message>
    <message>
      <source>&amp;Recovery code</source>
      <translation>ر&amp;مز الاسترداد</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>رمز الاسترداد</translation>
    </message>
    <message>
      <source>Use the &amp;passphrase instead</source>
      <translation>استخدام &amp;عبارة المرور بدلًا من ذلك</translation>
    </message>
    <message>
      <source>Use the passphrase instead</source>
      <translation>استخدام عبارة المرور بدلًا من ذلك</translation>
    </message>
    <message>
      <source>Type the passphrase first.</source>
      <translation>اكتب عبارة المرور أولًا.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Guardian Desktop</source>
      <translation>Guardian Desktop</translation>
    </message>
    <message>
      <source>Settin&amp;gs</source>
      <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>الإعدادات</translation>
    </message>
    <message>
      <source>About</source>
      <translation>حول</translation>
    </message>
    <message>
      <source>About Guardian Desktop</source>
      <translation>حول Guardian Desktop</translation>
    </message>
    <message>
      <source>About Guardian Desktop (F1)</source>
      <translation>حول Guardian Desktop (F1)</translation>
    </message>
    <message>
      <source>Case: {name}</source>
      <translation>القضية: {name}</translation>
    </message>
  </context>
  <context>
    <name>MoneyDemandedQuestion</name>
    <message>
      <source>Did they ask the person you are helping for money?</source>
      <translation>هل طلبوا مالًا من الشخص الذي تساعده؟</translation>
    </message>
    <message>
      <source>Did they ask you for money?</source>
      <translation>هل طلبوا منك مالًا؟</translation>
    </message>
    <message>
      <source>Asked for money</source>
      <translation>طلبوا مالًا</translation>
    </message>
  </context>
  <context>
    <name>MoneyPaidQuestion</name>
    <message>
      <source>Did the person you are helping pay anything?</source>
      <translation>هل دفع الشخص الذي تساعده أي شيء؟</translation>
    </message>
    <message>
      <source>Did you pay anything?</source>
      <translation>هل دفعت أي شيء؟</translation>
    </message>
    <message>
      <source>Paid anything</source>
      <translation>تم دفع شيء</translation>
    </message>
  </context>
  <context>
    <name>NewCaseScreen</name>
    <message>
      <source>A new case</source>
      <translation>قضية جديدة</translation>
    </message>
    <message>
      <source>Your screenshots and answers are kept locked with a passphrase, so only you can open them.</source>
      <translation>لقطات الشاشة والإجابات تبقى مقفلة بعبارة مرور، لكي لا يفتحها أحد غيرك.</translation>
    </message>
    <message>
      <source>Who is using the app?</source>
      <translation>من يستخدم التطبيق؟</translation>
    </message>
    <message>
      <source>I am the person being threatened</source>
      <translation>أنا الشخص المُهدَّد</translation>
    </message>
    <message>
      <source>I am a family member or friend helping</source>
      <translation>أنا فرد من العائلة أو صديق أقدّم المساعدة</translation>
    </message>
    <message>
      <source>I am a school counsellor or teacher helping a student</source>
      <translation>أنا مرشد مدرسي أو معلم أساعد طالبًا</translation>
    </message>
    <message>
      <source>Is the person being threatened under 18?</source>
      <translation>هل عمر الشخص المُهدَّد أقل من 18 عامًا؟</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>No</source>
      <translation>لا</translation>
    </message>
    <message>
      <source>Not sure</source>
      <translation>لست متأكدًا</translation>
    </message>
    <message>
      <source>Where the person being threatened lives</source>
      <translation>مكان إقامة الشخص المُهدَّد</translation>
    </message>
    <message>
      <source>Where does the person being threatened &amp;live?</source>
      <translation>أين &amp;يقيم الشخص المُهدَّد؟</translation>
    </message>
    <message>
      <source>A name for this case</source>
      <translation>اسم لهذه القضية</translation>
    </message>
    <message>
      <source>For example: my case</source>
      <translation>مثلًا: قضيتي</translation>
    </message>
    <message>
      <source>A &amp;name for this case (only you will see it)</source>
      <translation>ا&amp;سم لهذه القضية (لن يراه أحد غيرك)</translation>
    </message>
    <message>
      <source>Folder name</source>
      <translation>اسم المجلد</translation>
    </message>
    <message>
      <source>The folder name can be seen outside the case. Use initials or a word that means nothing to others, never a full name.</source>
      <translation>يمكن رؤية اسم المجلد من خارج القضية. استخدم الأحرف الأولى أو كلمة لا تعني شيئًا للآخرين، ولا تستخدم أبدًا اسمًا كاملًا.</translation>
    </message>
    <message>
      <source>&amp;Folder name</source>
      <translation>اسم ال&amp;مجلد</translation>
    </message>
    <message>
      <source>The folder name can be seen outside the case, by anyone who uses this computer. Use initials or a word that means nothing to others, never a full name. The name of the case above stays locked inside it.</source>
      <translation>يمكن لأي شخص يستخدم هذا الكمبيوتر رؤية اسم المجلد من خارج القضية. استخدم الأحرف الأولى أو كلمة لا تعني شيئًا للآخرين، ولا تستخدم أبدًا اسمًا كاملًا. اسم القضية أعلاه يبقى مقفلًا داخلها.</translation>
    </message>
    <message>
      <source>Where to keep the case</source>
      <translation>أين تُحفظ القضية</translation>
    </message>
    <message>
      <source>In the app's own folder on this computer</source>
      <translation>في مجلد التطبيق الخاص على هذا الكمبيوتر</translation>
    </message>
    <message>
      <source>Somewhere else, for example a USB stick</source>
      <translation>في مكان آخر، مثل ذاكرة USB</translation>
    </message>
    <message>
      <source>C&amp;hoose a folder...</source>
      <translation>اخ&amp;تر مجلدًا...</translation>
    </message>
    <message>
      <source>Choose a folder for the case</source>
      <translation>اختر مجلدًا للقضية</translation>
    </message>
    <message>
      <source>A passphrase to lock the case</source>
      <translation>عبارة مرور لقفل القضية</translation>
    </message>
    <message>
      <source>Use a few words only you know, at least {n} characters. Anyone with the passphrase can open the case.</source>
      <translation>استخدم بضع كلمات لا يعرفها غيرك، من {n} حرفًا على الأقل. أي شخص يعرف عبارة المرور يستطيع فتح القضية.</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>عبارة المرور</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
      <source>&amp;Passphrase</source>
      <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
      <source>Passphrase &amp;again</source>
      <translation>عبارة المرور مرة أ&amp;خرى</translation>
    </message>
    <message>
      <source>Remember the case on this computer, so it opens without the passphrase. Only choose this if nobody else uses this computer account.</source>
      <translation>تذكُّر القضية على هذا الكمبيوتر، لكي تُفتح دون عبارة المرور. اختر هذا فقط إذا لم يكن أحد غيرك يستخدم حساب الكمبيوتر هذا.</translation>
    </message>
    <message>
      <source>&amp;Make the case</source>
      <translation>إ&amp;نشاء القضية</translation>
    </message>
    <message>
      <source>Make the case</source>
      <translation>إنشاء القضية</translation>
    </message>
    <message>
      <source>Go ba&amp;ck</source>
      <translation>&amp;رجوع</translation>
    </message>
    <message>
      <source>Go back to the start</source>
      <translation>الرجوع إلى البداية</translation>
    </message>
    <message>
      <source>Choose where to keep the case</source>
      <translation>اختر أين تحفظ القضية</translation>
    </message>
    <message>
      <source>No folder chosen yet</source>
      <translation>لم يتم اختيار مجلد بعد</translation>
    </message>
    <message>
      <source>Say if the person being threatened is under 18. If you do not know, choose Not sure.</source>
      <translation>قل إن كان الشخص المهدَّد دون 18 عامًا. إن كنت لا تعرف، اختر لست متأكدًا.</translation>
    </message>
    <message>
      <source>Choose a folder first, or keep the case in the app's own folder.</source>
      <translation>اختر مجلدًا أولًا، أو احفظ القضية في مجلد التطبيق الخاص.</translation>
    </message>
    <message>
      <source>The passphrase is too short. Use at least {n} characters.</source>
      <translation>عبارة المرور قصيرة جدًا. استخدم {n} حرفًا على الأقل.</translation>
    </message>
    <message>
      <source>The two passphrases are not the same. Type the second one again.</source>
      <translation>عبارتا المرور غير متطابقتين. اكتب الثانية مرة أخرى.</translation>
    </message>
    <message>
      <source>Choose another folder name: use letters, numbers, spaces, dashes or underscores, at most 60 characters. For example: case-AB.</source>
      <translation>اختر اسمًا آخر للمجلد: استخدم الحروف أو الأرقام أو المسافات أو الشرطات أو الشرطات السفلية، بحد أقصى 60 حرفًا. مثلًا: case-AB.</translation>
    </message>
    <message>
      <source>My case</source>
      <translation>قضيتي</translation>
    </message>
    <message>
      <source>That passphrase would be easy to guess. Please choose another one. Several ordinary words together, such as four words you will remember, make a strong passphrase.</source>
      <translation>من السهل تخمين عبارة المرور هذه. يُرجى اختيار عبارة أخرى. عدة كلمات عادية معًا، مثل أربع كلمات ستتذكرها، تصنع عبارة مرور قوية.</translation>
    </message>
  </context>
  <context>
    <name>NewCodeDialog</name>
    <message>
      <source>Your new recovery code</source>
      <translation>رمز الاسترداد الجديد الخاص بك</translation>
    </message>
    <message>
      <source>&amp;Done</source>
      <translation>&amp;تم</translation>
    </message>
    <message>
      <source>Done: the code is written down</source>
      <translation>تم: كتبت الرمز</translation>
    </message>
    <message>
      <source>The old recovery code no longer opens the case.</source>
      <translation>لم يعد رمز الاسترداد القديم يفتح القضية.</translation>
    </message>
    <message>
      <source>Close without writing it down?</source>
      <translation>هل تريد الإغلاق دون كتابته؟</translation>
    </message>
    <message>
      <source>This code is shown only now. Without it, only your passphrase opens the case.</source>
      <translation>لن يظهر هذا الرمز إلا الآن. من دونه، لن يفتح القضية إلا عبارة المرور.</translation>
    </message>
    <message>
      <source>&amp;Close anyway</source>
      <translation>&amp;إغلاق على أي حال</translation>
    </message>
    <message>
      <source>&amp;Go back</source>
      <translation>&amp;رجوع</translation>
    </message>
  </context>
  <context>
    <name>PaidPaymentsQuestion</name>
    <message>
      <source>What was paid?</source>
      <translation>ماذا دُفع؟</translation>
    </message>
    <message>
      <source>Add each payment: the amount, how it was paid and who it went to. The bank's details help the police and the bank trace the money.</source>
      <translation>أضف كل دفعة: المبلغ، وطريقة الدفع، ولمن ذهبت. بيانات البنك تساعد الشرطة والبنك على تتبّع المال.</translation>
    </message>
    <message>
      <source>Payment {n}</source>
      <translation>الدفعة {n}</translation>
    </message>
  </context>
  <context>
    <name>PassphraseField</name>
    <message>
      <source>Show</source>
      <translation>إظهار</translation>
    </message>
    <message>
      <source>Show the passphrase</source>
      <translation>إظهار عبارة المرور</translation>
    </message>
  </context>
  <context>
    <name>PaymentsQuestion</name>
    <message>
      <source>&amp;Add another payment</source>
      <translation>&amp;إضافة دفعة أخرى</translation>
    </message>
    <message>
      <source>&amp;Add another demand</source>
      <translation>&amp;إضافة طلب آخر</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
  </context>
  <context>
    <name>PlatformPage</name>
    <message>
      <source>Which apps or websites did they use?</source>
      <translation>ما التطبيقات أو المواقع التي استخدموها؟</translation>
    </message>
    <message>
      <source>Where to find their details</source>
      <translation>أين تجد بياناتهم</translation>
    </message>
    <message>
      <source>A profile link looks like: {url}</source>
      <translation>يبدو رابط الملف الشخصي هكذا: {url}</translation>
    </message>
    <message>
      <source>How to report</source>
      <translation>كيفية الإبلاغ</translation>
    </message>
    <message>
      <source>Choose this reason: {reason}</source>
      <translation>اختر هذا السبب: {reason}</translation>
    </message>
    <message>
      <source>How to block (after the evidence is saved)</source>
      <translation>كيفية الحظر (بعد حفظ الأدلة)</translation>
    </message>
  </context>
  <context>
    <name>PracticeBanner</name>
    <message>
      <source>PRACTICE: a made-up case, nothing is real or sent anywhere. Passphrase: {passphrase}. Deleted when you close the app.</source>
      <translation>تدريب: قضية وهمية، لا شيء فيها حقيقي ولا يُرسَل أي شيء إلى أي مكان. عبارة المرور: {passphrase}. تُحذف عند إغلاق التطبيق.</translation>
    </message>
    <message>
      <source>Practice case</source>
      <translation>قضية تدريب</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Settings</source>
      <translation>الإعدادات</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Same as this computer</source>
      <translation>مثل لغة هذا الكمبيوتر</translation>
    </message>
    <message>
      <source>%1 (not yet checked by a native speaker)</source>
      <translation>%1 (لم يراجعها متحدث أصلي بعد)</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>ال&amp;لغة:</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>أبدًا</translation>
    </message>
    <message>
      <source>Lock the case after this many minutes unused</source>
      <translation>قفل القضية بعد هذا العدد من الدقائق دون استخدام</translation>
    </message>
    <message>
      <source>Lock the case when &amp;unused for:</source>
      <translation>قفل القضية عند عدم ا&amp;ستخدامها لمدة:</translation>
    </message>
    <message>
      <source>For example: https://www.bbc.co.uk/weather</source>
      <translation>مثلًا: https://www.bbc.co.uk/weather</translation>
    </message>
    <message>
      <source>Web page to open after a quick exit</source>
      <translation>صفحة ويب تُفتح بعد الخروج السريع</translation>
    </message>
    <message>
      <source>Optional. Leave empty to open nothing. It must start with https://</source>
      <translation>اختياري. اتركه فارغًا لكي لا يُفتح شيء. يجب أن يبدأ بـ https://</translation>
    </message>
    <message>
      <source>After a quick exit, &amp;open this page:</source>
      <translation>بعد الخروج السريع، ا&amp;فتح هذه الصفحة:</translation>
    </message>
    <message>
      <source>&amp;Discreet mode: show a plain name (“Notes”) in the window title and task bar, and no list of recent cases.</source>
      <translation>ال&amp;وضع المتحفظ: إظهار اسم عادي («ملاحظات») في عنوان النافذة وشريط المهام، وبلا قائمة بالقضايا الأخيرة.</translation>
    </message>
    <message>
      <source>C&amp;heck this case</source>
      <translation>&amp;تحقق من هذه القضية</translation>
    </message>
    <message>
      <source>Check the open case</source>
      <translation>تحقق من القضية المفتوحة</translation>
    </message>
    <message>
      <source>Checks the encryption, every screenshot's fingerprint and the record of changes.</source>
      <translation>يتحقق من التشفير، وبصمة كل لقطة شاشة، وسجل التغييرات.</translation>
    </message>
    <message>
      <source>Make a new &amp;recovery code...</source>
      <translation>إنشاء &amp;رمز استرداد جديد...</translation>
    </message>
    <message>
      <source>Make a new recovery code</source>
      <translation>إنشاء رمز استرداد جديد</translation>
    </message>
    <message>
      <source>The old recovery code stops opening the case. Your passphrase stays.</source>
      <translation>يتوقف رمز الاسترداد القديم عن فتح القضية. تبقى عبارة المرور كما هي.</translation>
    </message>
    <message>
      <source>Re-&amp;key this case...</source>
      <translation>&amp;تغيير مفتاح هذه القضية...</translation>
    </message>
    <message>
      <source>Re-key this case</source>
      <translation>تغيير مفتاح هذه القضية</translation>
    </message>
    <message>
      <source>Encrypts the case with a new key, a new passphrase and a new recovery code.</source>
      <translation>يشفّر القضية بمفتاح جديد، وعبارة مرور جديدة، ورمز استرداد جديد.</translation>
    </message>
    <message>
      <source>D&amp;elete this case from this computer...</source>
      <translation>&amp;حذف هذه القضية من هذا الكمبيوتر...</translation>
    </message>
    <message>
      <source>Delete the open case from this computer</source>
      <translation>حذف القضية المفتوحة من هذا الكمبيوتر</translation>
    </message>
    <message>
      <source>This case</source>
      <translation>هذه القضية</translation>
    </message>
    <message>
      <source>Changing your passphrase does not change the key that encrypts the case: an old copy of the case folder still opens with the old passphrase, and anyone who already opened the case could have kept its key. If you think someone saw your passphrase or recovery code, or used this computer, re-key the case.</source>
      <translation>تغيير عبارة المرور لا يغيّر المفتاح الذي يشفّر القضية: النسخة القديمة من مجلد القضية ما زالت تُفتح بعبارة المرور القديمة، وأي شخص فتح القضية من قبل ربما احتفظ بمفتاحها. إذا كنت تظن أن أحدًا رأى عبارة المرور أو رمز الاسترداد، أو استخدم هذا الكمبيوتر، فغيّر مفتاح القضية.</translation>
    </message>
    <message>
      <source>Only delete the case when you no longer need the evidence, for example after the police have a copy.</source>
      <translation>لا تحذف القضية إلا عندما لا تعود بحاجة إلى الأدلة، مثلًا بعد أن تحصل الشرطة على نسخة.</translation>
    </message>
    <message>
      <source>&amp;Save settings</source>
      <translation>حف&amp;ظ الإعدادات</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>إل&amp;غاء</translation>
    </message>
    <message numerus="yes">
      <source> minute(s)</source>
      <translation>
        <numerusform> دقيقة</numerusform>
        <numerusform> دقيقة</numerusform>
        <numerusform> دقيقة</numerusform>
        <numerusform> دقائق</numerusform>
        <numerusform> دقيقة</numerusform>
        <numerusform> دقيقة</numerusform>
      </translation>
    </message>
    <message>
      <source>The web page must start with https:// - or leave it empty.</source>
      <translation>يجب أن تبدأ صفحة الويب بـ https:// - أو اتركها فارغة.</translation>
    </message>
  </context>
  <context>
    <name>QuickExit</name>
    <message>
      <source>Quick exit presses</source>
      <translation>ضغطات Shift للخروج السريع</translation>
    </message>
    <message>
      <source>Shift pressed {count} of 3 times. Press it 3 times to leave at once.</source>
      <translation>ضُغط مفتاح Shift {count} من 3 مرات. اضغطه 3 مرات للخروج فورًا.</translation>
    </message>
    <message>
      <source>Quick exit</source>
      <translation>خروج سريع</translation>
    </message>
    <message>
      <source>Hides the app at once, saves and locks the case, then closes the app.</source>
      <translation>يخفي التطبيق فورًا، ويحفظ القضية ويقفلها، ثم يغلق التطبيق.</translation>
    </message>
    <message>
      <source>Or press Shift three times</source>
      <translation>أو اضغط Shift ثلاث مرات</translation>
    </message>
  </context>
  <context>
    <name>QuickExitExplanation</name>
    <message>
      <source>About quick exit</source>
      <translation>حول الخروج السريع</translation>
    </message>
    <message>
      <source>Leaving the app quickly</source>
      <translation>الخروج من التطبيق بسرعة</translation>
    </message>
    <message>
      <source>If someone comes near and you want this app out of sight, you can leave it at once. Press the Shift key three times, quickly. Or use the Quick exit button at the top of the window.</source>
      <translation>إذا اقترب أحد وأردت إخفاء هذا التطبيق، يمكنك الخروج منه فورًا. اضغط مفتاح Shift ثلاث مرات بسرعة. أو استخدم زر الخروج السريع في أعلى النافذة.</translation>
    </message>
    <message>
      <source>Dots next to the button fill up as you press Shift. Pressing Shift while typing capital letters does not count.</source>
      <translation>تمتلئ النقاط بجانب الزر كلما ضغطت Shift. الضغط على Shift أثناء كتابة الأحرف الكبيرة لا يُحسب.</translation>
    </message>
    <message>
      <source>What quick exit does</source>
      <translation>ماذا يفعل الخروج السريع</translation>
    </message>
    <message>
      <source>It hides every window of the app straight away.</source>
      <translation>يخفي كل نوافذ التطبيق فورًا.</translation>
    </message>
    <message>
      <source>It saves what you typed into your case, then locks the case. It needs your passphrase to open again.</source>
      <translation>يحفظ ما كتبته في قضيتك، ثم يقفل القضية. ستحتاج إلى عبارة المرور لفتحها مرة أخرى.</translation>
    </message>
    <message>
      <source>It clears anything the app copied, for example with a Copy button. Something you copied in another program is left alone.</source>
      <translation>يمسح أي شيء نسخه التطبيق، مثلًا بزر نسخ. أما ما نسخته في برنامج آخر فلا يُمَس.</translation>
    </message>
    <message>
      <source>It closes the app. If you chose a web page in the settings, that page opens in your browser.</source>
      <translation>يغلق التطبيق. إذا اخترت صفحة ويب في الإعدادات، فستُفتح تلك الصفحة في متصفحك.</translation>
    </message>
    <message>
      <source>What quick exit does not do</source>
      <translation>ما لا يفعله الخروج السريع</translation>
    </message>
    <message>
      <source>It does not delete your case. Everything you saved is still there, safely locked, when you open the app again.</source>
      <translation>لا يحذف قضيتك. كل ما حفظته يبقى موجودًا ومقفلًا بأمان عندما تفتح التطبيق مرة أخرى.</translation>
    </message>
    <message>
      <source>It does not clear your browser history, or anything else outside this app.</source>
      <translation>لا يمسح سجل متصفحك، ولا أي شيء آخر خارج هذا التطبيق.</translation>
    </message>
    <message>
      <source>For a moment, the taskbar or dock may still show the app while it closes.</source>
      <translation>لبرهة، قد يظل شريط المهام أو Dock يُظهر التطبيق أثناء إغلاقه.</translation>
    </message>
    <message>
      <source>It cannot hide that the app is installed, or that it was used. The computer may list it among recent programs.</source>
      <translation>لا يستطيع إخفاء أن التطبيق مثبّت أو أنه استُخدم. قد يُظهره الكمبيوتر ضمن البرامج المستخدمة مؤخرًا.</translation>
    </message>
  </context>
  <context>
    <name>QuickExitIntroDialog</name>
    <message>
      <source>Leaving the app quickly</source>
      <translation>الخروج من التطبيق بسرعة</translation>
    </message>
    <message>
      <source>&amp;I understand</source>
      <translation>&amp;فهمت</translation>
    </message>
    <message>
      <source>I understand</source>
      <translation>فهمت</translation>
    </message>
  </context>
  <context>
    <name>RecordCard</name>
    <message>
      <source>{what}: the date could not be read. Type it like 25/10/2025.</source>
      <translation>{what}: تعذّرت قراءة التاريخ. اكتبه هكذا: 25/10/2025.</translation>
    </message>
  </context>
  <context>
    <name>RecordList</name>
    <message>
      <source>Remove this one?</source>
      <translation>هل تريد إزالة هذا العنصر؟</translation>
    </message>
    <message>
      <source>{title} and everything typed in it will be removed from the case.</source>
      <translation>سيُزال «{title}» وكل ما كُتب فيه من القضية.</translation>
    </message>
    <message>
      <source>Remove it</source>
      <translation>أزله</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>احتفظ به</translation>
    </message>
  </context>
  <context>
    <name>RecoveryCodeScreen</name>
    <message>
      <source>Your recovery code</source>
      <translation>رمز الاسترداد الخاص بك</translation>
    </message>
    <message>
      <source>If you forget your passphrase, this code is the only way back into the case. Write it on paper and keep it somewhere safe, away from this computer. It is shown only now.</source>
      <translation>إذا نسيت عبارة المرور، فهذا الرمز هو الطريقة الوحيدة للعودة إلى القضية. اكتبه على ورقة واحفظه في مكان آمن، بعيدًا عن هذا الكمبيوتر. لن يظهر إلا الآن.</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>رمز الاسترداد</translation>
    </message>
    <message>
      <source>&amp;Print it</source>
      <translation>ا&amp;طبعه</translation>
    </message>
    <message>
      <source>Print the recovery code</source>
      <translation>طباعة رمز الاسترداد</translation>
    </message>
    <message>
      <source>&amp;Copy it</source>
      <translation>ا&amp;نسخه</translation>
    </message>
    <message>
      <source>Copy the recovery code</source>
      <translation>نسخ رمز الاسترداد</translation>
    </message>
    <message>
      <source>I have written it down and put it somewhere safe</source>
      <translation>كتبته وحفظته في مكان آمن</translation>
    </message>
    <message>
      <source>Con&amp;tinue</source>
      <translation>م&amp;تابعة</translation>
    </message>
    <message>
      <source>Continue to the first step</source>
      <translation>المتابعة إلى الخطوة الأولى</translation>
    </message>
    <message>
      <source>Guardian Desktop recovery code:

{code}
</source>
      <translation>رمز الاسترداد في Guardian Desktop:

{code}
</translation>
    </message>
    <message>
      <source>Sent to the printer.</source>
      <translation>أُرسل إلى الطابعة.</translation>
    </message>
    <message>
      <source>Copied. Paste it only somewhere private, then copy something else over it.</source>
      <translation>تم النسخ. الصقه في مكان خاص فقط، ثم انسخ شيئًا آخر مكانه.</translation>
    </message>
  </context>
  <context>
    <name>RedactCanvas</name>
    <message>
      <source>Picture to cover</source>
      <translation>الصورة المراد تغطيتها</translation>
    </message>
    <message>
      <source>Drag with the mouse to draw a box. Or use the keyboard: arrow keys move the dashed selection box, Shift and arrow keys change its size, Enter covers it. Ctrl+Z undoes the last box.</source>
      <translation>اسحب بالفأرة لرسم مربع. أو استخدم لوحة المفاتيح: مفاتيح الأسهم تحرك مربع التحديد المتقطع، وShift مع مفاتيح الأسهم يغيّر حجمه، وEnter يغطيه. Ctrl+Z يتراجع عن آخر مربع.</translation>
    </message>
  </context>
  <context>
    <name>RedactDialog</name>
    <message>
      <source>Cover private parts of %1</source>
      <translation>تغطية الأجزاء الخاصة في %1</translation>
    </message>
    <message>
      <source>Draw black boxes over anything that should not be seen, such as an intimate image or a friend's name. Drag with the mouse, or press Tab to reach the picture and use the arrow keys (Shift to change the size) and Enter. The original stays in the case unchanged; the report uses the covered copy.</source>
      <translation>ارسم مربعات سوداء فوق أي شيء يجب ألا يُرى، مثل صورة حميمة أو اسم صديق. اسحب بالفأرة، أو اضغط Tab للوصول إلى الصورة واستخدم مفاتيح الأسهم (مع Shift لتغيير الحجم) ثم Enter. يبقى الأصل في القضية دون تغيير؛ ويستخدم التقرير النسخة المغطاة.</translation>
    </message>
    <message>
      <source>Fingerprints (SHA-256)</source>
      <translation>البصمات الرقمية (SHA-256)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>ت&amp;راجع</translation>
    </message>
    <message>
      <source>Undo the last box</source>
      <translation>التراجع عن آخر مربع</translation>
    </message>
    <message>
      <source>Remove &amp;all boxes</source>
      <translation>إزالة &amp;كل المربعات</translation>
    </message>
    <message>
      <source>Remove all boxes</source>
      <translation>إزالة كل المربعات</translation>
    </message>
    <message>
      <source>&amp;Save covered copy</source>
      <translation>&amp;حفظ النسخة المغطاة</translation>
    </message>
    <message>
      <source>Save the covered copy</source>
      <translation>حفظ النسخة المغطاة</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Close without saving</source>
      <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
      <source>Original SHA-256 (never changed): %1</source>
      <translation>SHA-256 للأصل (لا يتغير أبدًا): %1</translation>
    </message>
    <message>
      <source>Covered copy SHA-256: %1</source>
      <translation>SHA-256 للنسخة المغطاة: %1</translation>
    </message>
    <message>
      <source>Saving the covered copy…</source>
      <translation>جارٍ حفظ النسخة المغطاة…</translation>
    </message>
    <message>
      <source>Please try again.</source>
      <translation>يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
      <source>Saved. The report will use the covered copy.</source>
      <translation>تم الحفظ. سيستخدم التقرير النسخة المغطاة.</translation>
    </message>
    <message>
      <source>The covered copy was not saved: %1 Your boxes are still here.</source>
      <translation>لم تُحفظ النسخة المغطاة: %1 مربعاتك لا تزال هنا.</translation>
    </message>
  </context>
  <context>
    <name>ReferencesQuestion</name>
    <message>
      <source>Have you already reported it anywhere?</source>
      <translation>هل أبلغت عنه في أي مكان من قبل؟</translation>
    </message>
    <message>
      <source>Add each report you have made, with its number: the police, CEOP, Report Remove, Take It Down, StopNCII, the app, the bank or Report Fraud. If none yet, leave it empty: that is fine.</source>
      <translation>أضف كل بلاغ قدّمته، مع رقمه: الشرطة، أو CEOP، أو Report Remove، أو Take It Down، أو StopNCII، أو التطبيق، أو البنك، أو Report Fraud. إذا لم تبلّغ بعد، فاتركه فارغًا: لا بأس بذلك.</translation>
    </message>
    <message>
      <source>Reference {n}</source>
      <translation>المرجع {n}</translation>
    </message>
    <message>
      <source>&amp;Add another reference</source>
      <translation>&amp;إضافة مرجع آخر</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <source>Reference numbers</source>
      <translation>الأرقام المرجعية</translation>
    </message>
  </context>
  <context>
    <name>RekeyDialog</name>
    <message>
      <source>Re-key this case</source>
      <translation>تغيير مفتاح هذه القضية</translation>
    </message>
    <message>
      <source>Give the case a new key</source>
      <translation>إعطاء القضية مفتاحًا جديدًا</translation>
    </message>
    <message>
      <source>Do this if you think someone else may have seen your passphrase or recovery code, or used this computer. The case is encrypted again with a new key. Old copies of the key, the old passphrase and the old recovery code stop opening it. You get a new recovery code at the end.</source>
      <translation>افعل هذا إذا كنت تظن أن شخصًا آخر ربما رأى عبارة المرور أو رمز الاسترداد، أو استخدم هذا الكمبيوتر. تُشفَّر القضية من جديد بمفتاح جديد. النسخ القديمة من المفتاح، وعبارة المرور القديمة، ورمز الاسترداد القديم تتوقف عن فتحها. ستحصل على رمز استرداد جديد في النهاية.</translation>
    </message>
    <message>
      <source>Choose the passphrase to use from now on. Several ordinary words together make a strong one. Keep the app open until it says it is done.</source>
      <translation>اختر عبارة المرور التي ستستخدمها من الآن فصاعدًا. عدة كلمات عادية معًا تصنع عبارة قوية. أبقِ التطبيق مفتوحًا حتى يخبرك بأنه انتهى.</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
      <source>New passphrase again</source>
      <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
      <source>&amp;New passphrase:</source>
      <translation>عبارة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
      <source>Type it &amp;again:</source>
      <translation>اكتبها مرة أ&amp;خرى:</translation>
    </message>
    <message>
      <source>&amp;Re-key the case</source>
      <translation>&amp;تغيير مفتاح القضية</translation>
    </message>
    <message>
      <source>Re-key the case with the new passphrase</source>
      <translation>تغيير مفتاح القضية باستخدام عبارة المرور الجديدة</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>إل&amp;غاء</translation>
    </message>
    <message>
      <source>Cancel and keep the case as it is</source>
      <translation>الإلغاء وترك القضية كما هي</translation>
    </message>
    <message>
      <source>The two passphrases are not the same. Please type them again.</source>
      <translation>عبارتا المرور غير متطابقتين. يُرجى كتابتهما مرة أخرى.</translation>
    </message>
    <message>
      <source>Please choose a passphrase of at least 8 characters. A few ordinary words with spaces between them are easy to remember and hard to guess.</source>
      <translation>يُرجى اختيار عبارة مرور من 8 أحرف على الأقل. بضع كلمات عادية بينها مسافات سهلة التذكر وصعبة التخمين.</translation>
    </message>
    <message>
      <source>That passphrase would be easy to guess. Please choose another one. Several ordinary words together make a strong passphrase.</source>
      <translation>من السهل تخمين عبارة المرور هذه. يُرجى اختيار عبارة أخرى. عدة كلمات عادية معًا تصنع عبارة مرور قوية.</translation>
    </message>
  </context>
  <context>
    <name>ReminderPanel</name>
    <message>
      <source>Before you add screenshots</source>
      <translation>قبل أن تضيف لقطات الشاشة</translation>
    </message>
    <message>
      <source>What to capture</source>
      <translation>ما الذي يجب التقاطه</translation>
    </message>
    <message>
      <source>Shows or hides the list of what to capture and where to get images removed.</source>
      <translation>يُظهر أو يخفي قائمة بما يجب التقاطه وبالأماكن التي يمكن فيها طلب إزالة الصور.</translation>
    </message>
    <message>
      <source>Hide what to capt&amp;ure</source>
      <translation>إ&amp;خفاء ما يجب التقاطه</translation>
    </message>
    <message>
      <source>What to capt&amp;ure…</source>
      <translation>&amp;ما الذي يجب التقاطه…</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <source>Where to report</source>
      <translation>أين تبلّغ</translation>
    </message>
    <message>
      <source>Emergency: call {number}</source>
      <translation>في حالة الطوارئ: اتصل بالرقم {number}</translation>
    </message>
    <message>
      <source>Not an emergency: call {number}</source>
      <translation>في غير حالات الطوارئ: اتصل بالرقم {number}</translation>
    </message>
    <message>
      <source>Open the &amp;police reporting page</source>
      <translation>فتح صفحة الإبلاغ لدى ال&amp;شرطة</translation>
    </message>
    <message>
      <source>Open the police reporting page in a browser</source>
      <translation>فتح صفحة الإبلاغ لدى الشرطة في المتصفح</translation>
    </message>
    <message>
      <source>Open the &amp;CEOP page</source>
      <translation>فتح صفحة &amp;CEOP</translation>
    </message>
    <message>
      <source>Open the CEOP reporting page in a browser</source>
      <translation>فتح صفحة الإبلاغ لدى CEOP في المتصفح</translation>
    </message>
    <message>
      <source>The page could not be opened</source>
      <translation>تعذّر فتح الصفحة</translation>
    </message>
    <message>
      <source>No web browser could be opened. Type this address into a browser: {url}</source>
      <translation>تعذّر فتح أي متصفح ويب. اكتب هذا العنوان في متصفح: {url}</translation>
    </message>
    <message>
      <source>The report for the police</source>
      <translation>التقرير المقدَّم إلى الشرطة</translation>
    </message>
    <message>
      <source>Password for the PDF (optional)</source>
      <translation>كلمة مرور لملف PDF (اختيارية)</translation>
    </message>
    <message>
      <source>Password for the PDF (optional, you will need to share it)</source>
      <translation>كلمة مرور لملف PDF (اختيارية، وستحتاج إلى مشاركتها)</translation>
    </message>
    <message>
      <source>Write the report in &amp;Welsh (Cymraeg)</source>
      <translation>كتابة التقرير باللغة ال&amp;ويلزية (Cymraeg)</translation>
    </message>
    <message>
      <source>&amp;Make the report</source>
      <translation>إ&amp;عداد التقرير</translation>
    </message>
    <message>
      <source>Make the PDF report</source>
      <translation>إعداد تقرير PDF</translation>
    </message>
    <message>
      <source>&amp;Save the report...</source>
      <translation>&amp;حفظ التقرير...</translation>
    </message>
    <message>
      <source>Save the PDF report to a file</source>
      <translation>حفظ تقرير PDF في ملف</translation>
    </message>
    <message>
      <source>Report status</source>
      <translation>حالة التقرير</translation>
    </message>
    <message>
      <source>Open the &amp;folder it was saved in</source>
      <translation>فتح ال&amp;مجلد الذي حُفظ فيه</translation>
    </message>
    <message>
      <source>Open the folder of the saved file</source>
      <translation>فتح مجلد الملف المحفوظ</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>معاينة</translation>
    </message>
    <message>
      <source>Report preview</source>
      <translation>معاينة التقرير</translation>
    </message>
    <message>
      <source>Making the report. This can take a little while...</source>
      <translation>جارٍ إعداد التقرير. قد يستغرق هذا بعض الوقت...</translation>
    </message>
    <message>
      <source>Page {n} of the report</source>
      <translation>الصفحة {n} من التقرير</translation>
    </message>
    <message>
      <source>The report could not be made: {reason} Your case is safe. Try again, or close other programs and try again.</source>
      <translation>تعذّر إعداد التقرير: {reason} قضيتك في أمان. حاول مرة أخرى، أو أغلق البرامج الأخرى وحاول مرة أخرى.</translation>
    </message>
    <message>
      <source>police-report.pdf</source>
      <translation>police-report.pdf</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>حفظ التقرير</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Saved: {files}</source>
      <translation>تم الحفظ: {files}</translation>
    </message>
    <message>
      <source>Text to paste into the reporting form</source>
      <translation>نص للصقه في نموذج الإبلاغ</translation>
    </message>
    <message>
      <source>Which form are you filling in?</source>
      <translation>أي نموذج تملأ؟</translation>
    </message>
    <message>
      <source>Police online form: one box for what happened</source>
      <translation>نموذج الشرطة الإلكتروني: خانة واحدة لما حدث</translation>
    </message>
    <message>
      <source>Police online form: field by field</source>
      <translation>نموذج الشرطة الإلكتروني: خانة بخانة</translation>
    </message>
    <message>
      <source>Report Fraud: field by field</source>
      <translation>Report Fraud: خانة بخانة</translation>
    </message>
    <message>
      <source>CEOP: field by field</source>
      <translation>CEOP: خانة بخانة</translation>
    </message>
    <message>
      <source>Which form are you filling &amp;in?</source>
      <translation>&amp;أي نموذج تملأ؟</translation>
    </message>
    <message>
      <source>Cop&amp;y the summary</source>
      <translation>ن&amp;سخ الملخص</translation>
    </message>
    <message>
      <source>Make the report again to include your changes.</source>
      <translation>أنشئ التقرير من جديد ليشمل تغييراتك.</translation>
    </message>
    <message>
      <source>For forms with &amp;upload limits</source>
      <translation>للنماذج ذات &amp;حدود الرفع</translation>
    </message>
    <message>
      <source>Screenshots and chat transcripts in the report: press Space to include or leave out</source>
      <translation>لقطات الشاشة ونصوص المحادثات في التقرير: اضغط Space للإضافة أو الاستبعاد</translation>
    </message>
    <message>
      <source>Screens&amp;hots and chats in the report (all, unless you leave some out)</source>
      <translation>لقطات الشاشة والمحادثات في ال&amp;تقرير (كلها، إلا ما تستبعده)</translation>
    </message>
    <message numerus="yes">
      <source>{exhibit} - chat transcript, %n message(s)</source>
      <translation>
        <numerusform>{exhibit} - نص محادثة، %n رسالة</numerusform>
        <numerusform>{exhibit} - نص محادثة، %n رسالة</numerusform>
        <numerusform>{exhibit} - نص محادثة، %n رسالة</numerusform>
        <numerusform>{exhibit} - نص محادثة، %n رسالة</numerusform>
        <numerusform>{exhibit} - نص محادثة، %n رسالة</numerusform>
        <numerusform>{exhibit} - نص محادثة، %n رسالة</numerusform>
      </translation>
    </message>
    <message>
      <source>Password for the bun&amp;dle (optional)</source>
      <translation>كلمة مرور لل&amp;حزمة (اختيارية)</translation>
    </message>
    <message>
      <source>Split the report into several files</source>
      <translation>تقسيم التقرير إلى عدة ملفات</translation>
    </message>
    <message>
      <source>One PDF file</source>
      <translation>ملف PDF واحد</translation>
    </message>
    <message>
      <source>One PDF per 100 screenshots</source>
      <translation>ملف PDF لكل 100 لقطة شاشة</translation>
    </message>
    <message>
      <source>PDF files of at most 10 MB each (for upload limits)</source>
      <translation>ملفات PDF لا يزيد حجم كل منها على 10 MB (بسبب حدود الرفع)</translation>
    </message>
    <message>
      <source>Save the original files for the police</source>
      <translation>حفظ الملفات الأصلية للشرطة</translation>
    </message>
    <message>
      <source>The evidence bundle is one ZIP file with the original screenshots, the covered copies, this report, and a list of fingerprints (SHA-256) so the police can check that nothing was changed.</source>
      <translation>حزمة الأدلة ملف ZIP واحد يحتوي على لقطات الشاشة الأصلية، والنسخ المغطاة، وهذا التقرير، وقائمة بالبصمات (SHA-256) لكي تتحقق الشرطة من أن شيئًا لم يتغير.</translation>
    </message>
    <message>
      <source>Password for the bundle (optional)</source>
      <translation>كلمة مرور للحزمة (اختيارية)</translation>
    </message>
    <message>
      <source>If you set a password, tell it to the police separately, for example by phone. Never send it in the same email or form as the bundle. A bundle with a password opens with 7-Zip or a similar program.</source>
      <translation>إذا وضعت كلمة مرور، فأخبر الشرطة بها بشكل منفصل، مثلًا عبر الهاتف. لا ترسلها أبدًا في البريد الإلكتروني أو النموذج نفسه الذي فيه الحزمة. الحزمة المحمية بكلمة مرور تُفتح باستخدام 7-Zip أو برنامج مشابه.</translation>
    </message>
    <message>
      <source>Save the &amp;original files for the police...</source>
      <translation>&amp;حفظ الملفات الأصلية للشرطة...</translation>
    </message>
    <message>
      <source>Save the evidence bundle with the original files</source>
      <translation>حفظ حزمة الأدلة مع الملفات الأصلية</translation>
    </message>
    <message>
      <source>Evidence bundle status</source>
      <translation>حالة حزمة الأدلة</translation>
    </message>
    <message>
      <source>evidence-for-the-police.zip</source>
      <translation>evidence-for-the-police.zip</translation>
    </message>
    <message>
      <source>Save the evidence bundle</source>
      <translation>حفظ حزمة الأدلة</translation>
    </message>
    <message>
      <source>ZIP files (*.zip)</source>
      <translation>ملفات ZIP (*.zip)</translation>
    </message>
    <message>
      <source>Saving the evidence bundle. This can take a little while for a big case...</source>
      <translation>جارٍ حفظ حزمة الأدلة. قد يستغرق هذا بعض الوقت في القضايا الكبيرة...</translation>
    </message>
    <message>
      <source>Saved: {file}. Its SHA-256 fingerprint is {sha}. Quote it in the online form; it is also in the text to paste above.</source>
      <translation>تم الحفظ: {file}. بصمته SHA-256 هي {sha}. اذكرها في النموذج الإلكتروني؛ وهي موجودة أيضًا في النص المعدّ للصق أعلاه.</translation>
    </message>
    <message>
      <source>Remember to tell the police the password separately.</source>
      <translation>تذكّر أن تخبر الشرطة بكلمة المرور بشكل منفصل.</translation>
    </message>
    <message>
      <source>The evidence bundle could not be saved: {reason} Nothing was left half-written. Your case is safe. Try again, or choose another place.</source>
      <translation>تعذّر حفظ حزمة الأدلة: {reason} لم يُترك أي شيء مكتوبًا جزئيًا. قضيتك آمنة. حاول مرة أخرى، أو اختر مكانًا آخر.</translation>
    </message>
    <message>
      <source>This saved copy is not locked and is not removed by quick exit. Keep it somewhere safe, and delete it when you no longer need it.</source>
      <translation>هذه النسخة المحفوظة غير مقفلة، ولا يزيلها الخروج السريع. احفظها في مكان آمن، واحذفها عندما لا تعود بحاجة إليها.</translation>
    </message>
    <message>
      <source>The folder could not be opened</source>
      <translation>تعذّر فتح المجلد</translation>
    </message>
    <message>
      <source>Open this folder yourself: {folder}</source>
      <translation>افتح هذا المجلد بنفسك: {folder}</translation>
    </message>
    <message>
      <source>Short summary of the case</source>
      <translation>ملخص قصير للقضية</translation>
    </message>
    <message numerus="yes">
      <source>The report is ready: %n page(s). Check it below, then save it.</source>
      <translation>
        <numerusform>التقرير جاهز: %n صفحة. راجعه أدناه، ثم احفظه.</numerusform>
        <numerusform>التقرير جاهز: صفحة واحدة (%n). راجعه أدناه، ثم احفظه.</numerusform>
        <numerusform>التقرير جاهز: صفحتان (%n). راجعه أدناه، ثم احفظه.</numerusform>
        <numerusform>التقرير جاهز: %n صفحات. راجعه أدناه، ثم احفظه.</numerusform>
        <numerusform>التقرير جاهز: %n صفحة. راجعه أدناه، ثم احفظه.</numerusform>
        <numerusform>التقرير جاهز: %n صفحة. راجعه أدناه، ثم احفظه.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Only the first {shown} pages are shown here; the saved report has all %n pages.</source>
      <translation>
        <numerusform>تظهر هنا الصفحات الأولى فقط ({shown})؛ أما التقرير المحفوظ فيحتوي على جميع الصفحات (%n).</numerusform>
        <numerusform>تظهر هنا الصفحات الأولى فقط ({shown})؛ أما التقرير المحفوظ فيحتوي على جميع الصفحات (%n).</numerusform>
        <numerusform>تظهر هنا الصفحات الأولى فقط ({shown})؛ أما التقرير المحفوظ فيحتوي على جميع الصفحات (%n).</numerusform>
        <numerusform>تظهر هنا الصفحات الأولى فقط ({shown})؛ أما التقرير المحفوظ فيحتوي على جميع الصفحات (%n).</numerusform>
        <numerusform>تظهر هنا الصفحات الأولى فقط ({shown})؛ أما التقرير المحفوظ فيحتوي على جميع الصفحات (%n).</numerusform>
        <numerusform>تظهر هنا الصفحات الأولى فقط ({shown})؛ أما التقرير المحفوظ فيحتوي على جميع الصفحات (%n).</numerusform>
      </translation>
    </message>
    <message>
      <source>Copy the summary</source>
      <translation>نسخ الملخص</translation>
    </message>
    <message>
      <source>After you report</source>
      <translation>بعد الإبلاغ</translation>
    </message>
    <message>
      <source>Police reference number</source>
      <translation>الرقم المرجعي لدى الشرطة</translation>
    </message>
    <message>
      <source>Police &amp;reference number</source>
      <translation>ال&amp;رقم المرجعي لدى الشرطة</translation>
    </message>
  </context>
  <context>
    <name>RiskQuestion</name>
    <message>
      <source>Have they done any of these?</source>
      <translation>هل فعلوا أيًّا من هذه الأشياء؟</translation>
    </message>
    <message>
      <source>Answer what you can. This helps the police see the risk.</source>
      <translation>أجب عمّا تستطيع. هذا يساعد الشرطة على تقدير الخطر.</translation>
    </message>
    <message>
      <source>Asked to meet you?</source>
      <translation>طلبوا مقابلتك؟</translation>
    </message>
    <message>
      <source>Asked to meet the person you are helping?</source>
      <translation>طلبوا مقابلة الشخص الذي تساعده؟</translation>
    </message>
    <message>
      <source>Asked for more images?</source>
      <translation>طلبوا مزيدًا من الصور؟</translation>
    </message>
    <message>
      <source>Asked you to use your bank account, or open one, for them?</source>
      <translation>طلبوا منك استخدام حسابك البنكي، أو فتح حساب، من أجلهم؟</translation>
    </message>
    <message>
      <source>Asked them to use their bank account, or open one, for them?</source>
      <translation>طلبوا منه استخدام حسابه البنكي، أو فتح حساب، من أجلهم؟</translation>
    </message>
    <message>
      <source>Threatened to hurt you or someone else?</source>
      <translation>هددوا بإيذائك أو إيذاء شخص آخر؟</translation>
    </message>
    <message>
      <source>Threatened to hurt them or someone else?</source>
      <translation>هددوا بإيذائه أو إيذاء شخص آخر؟</translation>
    </message>
    <message>
      <source>Asked to meet</source>
      <translation>طلبوا المقابلة</translation>
    </message>
    <message>
      <source>Asked for more images</source>
      <translation>طلبوا مزيدًا من الصور</translation>
    </message>
    <message>
      <source>Asked to use a bank account</source>
      <translation>طلبوا استخدام حساب بنكي</translation>
    </message>
    <message>
      <source>Threatened to hurt someone</source>
      <translation>هددوا بإيذاء أحد</translation>
    </message>
  </context>
  <context>
    <name>ScreenCapture</name>
    <message>
      <source>This computer did not let the app capture the screen. Use the system's own screenshot key instead, then add the file with 'Add screenshots'.</source>
      <translation>لم يسمح هذا الكمبيوتر للتطبيق بالتقاط الشاشة. استخدم مفتاح لقطة الشاشة في النظام بدلًا من ذلك، ثم أضف الملف عبر «إضافة لقطات شاشة».</translation>
    </message>
  </context>
  <context>
    <name>SelfHarmQuestion</name>
    <message>
      <source>Has the person you are helping talked about harming themselves?</source>
      <translation>هل تحدّث الشخص الذي تساعده عن إيذاء نفسه؟</translation>
    </message>
    <message>
      <source>Have you had thoughts of harming yourself?</source>
      <translation>هل راودتك أفكار عن إيذاء نفسك؟</translation>
    </message>
    <message>
      <source>It is not your fault. You do not have to answer.</source>
      <translation>ليس ذنبك. لست مضطرًا إلى الإجابة.</translation>
    </message>
    <message>
      <source>I would rather not say</source>
      <translation>أفضّل ألا أجيب</translation>
    </message>
    <message>
      <source>You can talk to someone now</source>
      <translation>يمكنك التحدث إلى شخص الآن</translation>
    </message>
    <message>
      <source>{name}: {phone}</source>
      <translation>{name}: {phone}</translation>
    </message>
    <message>
      <source>If someone is in danger right now, call {number}.</source>
      <translation>إذا كان أحد في خطر الآن، فاتصل بالرقم {number}.</translation>
    </message>
    <message>
      <source>Thoughts of self-harm</source>
      <translation>أفكار عن إيذاء النفس</translation>
    </message>
  </context>
  <context>
    <name>ServiceCard</name>
    <message>
      <source>Phone: {number}</source>
      <translation>الهاتف: {number}</translation>
    </message>
    <message>
      <source>Web: {address}</source>
      <translation>الموقع: {address}</translation>
    </message>
  </context>
  <context>
    <name>SharedQuestion</name>
    <message>
      <source>Have they shared or posted the images?</source>
      <translation>هل شاركوا الصور أو نشروها؟</translation>
    </message>
    <message>
      <source>&amp;Where: web addresses, apps or people</source>
      <translation>&amp;أين: عناوين مواقع، أو تطبيقات، أو أشخاص</translation>
    </message>
    <message>
      <source>One on each line. Copy web addresses if you can. Do not open them again just for this.</source>
      <translation>واحد في كل سطر. انسخ عناوين المواقع إن أمكن. لا تفتحها مرة أخرى لهذا الغرض فقط.</translation>
    </message>
    <message>
      <source>Shared or posted</source>
      <translation>تمت مشاركتها أو نشرها</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>أين</translation>
    </message>
  </context>
  <context>
    <name>StartScreen</name>
    <message>
      <source>Guardian Desktop</source>
      <translation>Guardian Desktop</translation>
    </message>
    <message>
      <source>If someone is threatening to share images of you, or of someone you are helping, this app takes you through what to do, one step at a time. Everything stays on this computer, locked with a passphrase.</source>
      <translation>إذا كان أحد يهدد بنشر صور لك، أو لشخص تساعده، فهذا التطبيق يرشدك إلى ما يجب فعله، خطوة بخطوة. يبقى كل شيء على هذا الكمبيوتر، مقفلًا بعبارة مرور.</translation>
    </message>
    <message>
      <source>Your notes stay on this computer, locked with a passphrase.</source>
      <translation>تبقى ملاحظاتك على هذا الكمبيوتر، مقفلة بعبارة مرور.</translation>
    </message>
    <message>
      <source>Get &amp;help now</source>
      <translation>احصل على ال&amp;مساعدة الآن</translation>
    </message>
    <message>
      <source>Get help now, no passphrase needed</source>
      <translation>احصل على المساعدة الآن، دون الحاجة إلى عبارة مرور</translation>
    </message>
    <message>
      <source>I am &amp;under 18, or I am helping someone under 18</source>
      <translation>عمري &amp;أقل من 18 عامًا، أو أساعد شخصًا عمره أقل من 18 عامًا</translation>
    </message>
    <message>
      <source>I am under 18, or I am helping someone under 18</source>
      <translation>عمري أقل من 18 عامًا، أو أساعد شخصًا عمره أقل من 18 عامًا</translation>
    </message>
    <message>
      <source>Start a &amp;new case</source>
      <translation>بدء قضية &amp;جديدة</translation>
    </message>
    <message>
      <source>Start a new case</source>
      <translation>بدء قضية جديدة</translation>
    </message>
    <message>
      <source>&amp;Open a case...</source>
      <translation>&amp;فتح قضية...</translation>
    </message>
    <message>
      <source>Open a case you made before</source>
      <translation>فتح قضية أنشأتها من قبل</translation>
    </message>
    <message>
      <source>Practise with a made-up case</source>
      <translation>التدرّب على قضية وهمية</translation>
    </message>
    <message>
      <source>As the person being threatened (an adult)</source>
      <translation>بصفتي الشخص المُهدَّد (شخص بالغ)</translation>
    </message>
    <message>
      <source>As a parent helping someone under 18</source>
      <translation>بصفتي أحد الوالدين أساعد شخصًا عمره أقل من 18 عامًا</translation>
    </message>
    <message>
      <source>As a school counsellor helping a student</source>
      <translation>بصفتي مرشدًا مدرسيًا أساعد طالبًا</translation>
    </message>
    <message>
      <source>Which made-up case to practise with</source>
      <translation>القضية الوهمية التي تريد التدرّب عليها</translation>
    </message>
    <message>
      <source>&amp;Practise</source>
      <translation>&amp;تدرّب</translation>
    </message>
    <message>
      <source>Practise &amp;as:</source>
      <translation>تدرّب &amp;بصفتك:</translation>
    </message>
    <message>
      <source>Recent cases</source>
      <translation>القضايا الأخيرة</translation>
    </message>
    <message>
      <source>Show recent cases here. This keeps a list of where cases are saved on this computer (only the folder names, nothing from inside them).</source>
      <translation>إظهار القضايا الأخيرة هنا. يحتفظ هذا بقائمة بأماكن حفظ القضايا على هذا الكمبيوتر (أسماء المجلدات فقط، ولا شيء من محتواها).</translation>
    </message>
  </context>
  <context>
    <name>StoryQuestion</name>
    <message>
      <source>What happened, in their own words?</source>
      <translation>ما الذي حدث، بكلمات الشخص نفسه؟</translation>
    </message>
    <message>
      <source>What happened, in your own words?</source>
      <translation>ما الذي حدث، بكلماتك أنت؟</translation>
    </message>
    <message>
      <source>&amp;What happened</source>
      <translation>&amp;ما الذي حدث</translation>
    </message>
    <message>
      <source>A few sentences are enough. You can add to it later.</source>
      <translation>بضع جمل تكفي. يمكنك الإضافة إليها لاحقًا.</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>ما الذي حدث</translation>
    </message>
  </context>
  <context>
    <name>SupportPage</name>
    <message>
      <source>Who can help in {region}</source>
      <translation>من يستطيع المساعدة في {region}</translation>
    </message>
    <message>
      <source>Phone: {number}</source>
      <translation>الهاتف: {number}</translation>
    </message>
    <message>
      <source>Open website</source>
      <translation>فتح الموقع</translation>
    </message>
    <message>
      <source>Open the website of {name}</source>
      <translation>فتح موقع {name}</translation>
    </message>
    <message>
      <source>After a report</source>
      <translation>بعد البلاغ</translation>
    </message>
    <message>
      <source>Your reference numbers</source>
      <translation>الأرقام المرجعية الخاصة بك</translation>
    </message>
    <message>
      <source>None yet. When you report to the police or anyone else, add the number under Details for the police, in Have you already reported it anywhere?</source>
      <translation>لا يوجد شيء بعد. عندما تبلّغ الشرطة أو أي جهة أخرى، أضف الرقم في «تفاصيل للشرطة»، ضمن «هل أبلغت عنه في أي مكان من قبل؟»</translation>
    </message>
  </context>
  <context>
    <name>TimelineQuestion</name>
    <message>
      <source>What happened when?</source>
      <translation>ماذا حدث ومتى؟</translation>
    </message>
    <message>
      <source>The police find a timeline helpful: each message, threat or payment with its date. Add the main moments; they are put in order for you.</source>
      <translation>التسلسل الزمني مفيد للشرطة: كل رسالة أو تهديد أو دفعة مع تاريخها. أضف اللحظات الرئيسية؛ وسيتم ترتيبها لك.</translation>
    </message>
    <message>
      <source>Event {n}</source>
      <translation>الحدث {n}</translation>
    </message>
    <message>
      <source>&amp;Add another event</source>
      <translation>&amp;إضافة حدث آخر</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>التسلسل الزمني</translation>
    </message>
  </context>
  <context>
    <name>TranscriptView</name>
    <message>
      <source>Chat transcript %1</source>
      <translation>نص المحادثة %1</translation>
    </message>
    <message>
      <source>Search the messages</source>
      <translation>البحث في الرسائل</translation>
    </message>
    <message>
      <source>&amp;Find next</source>
      <translation>بحث عن ال&amp;تالي</translation>
    </message>
    <message>
      <source>Find the next message</source>
      <translation>البحث عن الرسالة التالية</translation>
    </message>
    <message>
      <source>Pre&amp;vious</source>
      <translation>ال&amp;سابق</translation>
    </message>
    <message>
      <source>Find the previous message</source>
      <translation>البحث عن الرسالة السابقة</translation>
    </message>
    <message>
      <source>Date to go to</source>
      <translation>التاريخ المراد الانتقال إليه</translation>
    </message>
    <message>
      <source>&amp;Go to date</source>
      <translation>&amp;انتقال إلى التاريخ</translation>
    </message>
    <message>
      <source>Go to the first message on or after the date</source>
      <translation>الانتقال إلى أول رسالة في ذلك التاريخ أو بعده</translation>
    </message>
    <message>
      <source>Messages</source>
      <translation>الرسائل</translation>
    </message>
    <message>
      <source>Mark as &amp;key (Ctrl+K)</source>
      <translation>تمييز كرسالة م&amp;همة (Ctrl+K)</translation>
    </message>
    <message>
      <source>Mark the chosen message as key</source>
      <translation>تمييز الرسالة المختارة كرسالة مهمة</translation>
    </message>
    <message>
      <source>Why it matters, e.g. threat, demand, payment details</source>
      <translation>لماذا هي مهمة، مثلًا: تهديد، أو طلب، أو بيانات دفع</translation>
    </message>
    <message>
      <source>Why this message matters</source>
      <translation>لماذا هذه الرسالة مهمة</translation>
    </message>
    <message>
      <source>First line in the report</source>
      <translation>أول سطر في التقرير</translation>
    </message>
    <message>
      <source>Last line in the report</source>
      <translation>آخر سطر في التقرير</translation>
    </message>
    <message>
      <source>Use these &amp;lines</source>
      <translation>استخدام هذه ال&amp;أسطر</translation>
    </message>
    <message>
      <source>Use these lines in the report</source>
      <translation>استخدام هذه الأسطر في التقرير</translation>
    </message>
    <message>
      <source>&amp;All lines</source>
      <translation>&amp;كل الأسطر</translation>
    </message>
    <message>
      <source>Put every line in the report</source>
      <translation>إضافة كل الأسطر إلى التقرير</translation>
    </message>
    <message>
      <source>to</source>
      <translation>إلى</translation>
    </message>
    <message>
      <source>App the chat was on</source>
      <translation>التطبيق الذي جرت عليه المحادثة</translation>
    </message>
    <message>
      <source>Not known</source>
      <translation>غير معروف</translation>
    </message>
    <message>
      <source>A&amp;pp:</source>
      <translation>ال&amp;تطبيق:</translation>
    </message>
    <message>
      <source>Lines in the &amp;report:</source>
      <translation>الأسطر في ال&amp;تقرير:</translation>
    </message>
    <message>
      <source>For example Europe/London or UTC+1</source>
      <translation>مثلًا Europe/London أو UTC+1</translation>
    </message>
    <message>
      <source>Time zone the phone was set to</source>
      <translation>المنطقة الزمنية المضبوطة على الهاتف</translation>
    </message>
    <message>
      <source>Save &amp;zone</source>
      <translation>حفظ ال&amp;منطقة</translation>
    </message>
    <message>
      <source>Save the time zone</source>
      <translation>حفظ المنطقة الزمنية</translation>
    </message>
    <message>
      <source>Phone's time &amp;zone:</source>
      <translation>ال&amp;منطقة الزمنية للهاتف:</translation>
    </message>
    <message>
      <source>Details found in this chat</source>
      <translation>بيانات عُثر عليها في هذه المحادثة</translation>
    </message>
    <message>
      <source>Add the &amp;ticked details to the case</source>
      <translation>إضافة البيانات ال&amp;محددة إلى القضية</translation>
    </message>
    <message>
      <source>Add the ticked details as offender details or payment details</source>
      <translation>إضافة البيانات المحددة كبيانات عن الجاني أو بيانات دفع</translation>
    </message>
    <message>
      <source>Details found in this chat. Tick the ones that belong to the person threatening you; nothing is added until you press the button.</source>
      <translation>بيانات عُثر عليها في هذه المحادثة. حدّد تلك التي تخص الشخص الذي يهددك؛ لن يُضاف أي شيء حتى تضغط الزر.</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>&amp;Remove this chat from the case…</source>
      <translation>&amp;إزالة هذه المحادثة من القضية…</translation>
    </message>
    <message>
      <source>Remove this chat transcript from the case</source>
      <translation>إزالة نص المحادثة هذا من القضية</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>إ&amp;غلاق</translation>
    </message>
    <message>
      <source>Close the transcript</source>
      <translation>إغلاق نص المحادثة</translation>
    </message>
    <message>
      <source>Times carry their UTC offset.</source>
      <translation>الأوقات مرفقة بفارقها عن UTC.</translation>
    </message>
    <message>
      <source>Times are the phone's local time; the offset was not recorded.</source>
      <translation>الأوقات هي التوقيت المحلي للهاتف؛ لم يُسجَّل الفارق عن UTC.</translation>
    </message>
    <message>
      <source>%1: %2, %3 messages from %4.</source>
      <translation>%1: %2، عدد الرسائل: %3، من %4.</translation>
    </message>
    <message>
      <source>line %1</source>
      <translation>السطر %1</translation>
    </message>
    <message>
      <source>in the chat</source>
      <translation>في المحادثة</translation>
    </message>
    <message>
      <source>Name in the chat</source>
      <translation>الاسم في المحادثة</translation>
    </message>
    <message>
      <source>Phone number</source>
      <translation>رقم الهاتف</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>اسم المستخدم</translation>
    </message>
    <message>
      <source>Bank account (IBAN)</source>
      <translation>حساب بنكي (IBAN)</translation>
    </message>
    <message>
      <source>Crypto wallet</source>
      <translation>محفظة عملات مشفّرة</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>لم يُعثر عليه</translation>
    </message>
    <message>
      <source>No message holds “%1”.</source>
      <translation>لا توجد رسالة تحتوي على «%1».</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 من %2</translation>
    </message>
    <message>
      <source>No message on or after that date.</source>
      <translation>لا توجد رسالة في ذلك التاريخ أو بعده.</translation>
    </message>
    <message>
      <source>Key ★ (Ctrl+K to unmark)</source>
      <translation>مهمة ★ (Ctrl+K لإلغاء التمييز)</translation>
    </message>
    <message>
      <source>Choose a message first.</source>
      <translation>اختر رسالة أولًا.</translation>
    </message>
    <message>
      <source>Line %1 is marked as key.</source>
      <translation>تم تمييز السطر %1 كرسالة مهمة.</translation>
    </message>
    <message>
      <source>Line %1 is no longer key.</source>
      <translation>لم يعد السطر %1 مميزًا كرسالة مهمة.</translation>
    </message>
    <message>
      <source>The first line must come before the last. Nothing was changed.</source>
      <translation>يجب أن يأتي السطر الأول قبل السطر الأخير. لم يتغير أي شيء.</translation>
    </message>
    <message>
      <source>The report will show lines %1 to %2.</source>
      <translation>سيُظهر التقرير الأسطر من %1 إلى %2.</translation>
    </message>
    <message>
      <source>The app is saved.</source>
      <translation>تم حفظ اسم التطبيق.</translation>
    </message>
    <message>
      <source>The time zone is saved. The report shows it beside the times.</source>
      <translation>تم حفظ المنطقة الزمنية. يُظهرها التقرير بجانب الأوقات.</translation>
    </message>
    <message>
      <source>Tick the details to add first. Nothing was added.</source>
      <translation>حدّد البيانات التي تريد إضافتها أولًا. لم يُضَف أي شيء.</translation>
    </message>
    <message numerus="yes">
      <source>%n detail(s) added. You can check them in the offender and money steps.</source>
      <translation>
        <numerusform>لم تُضَف أي معلومة (%n). يمكنك مراجعتها في الخطوات الخاصة بالجاني وبالمال.</numerusform>
        <numerusform>أُضيفت معلومة واحدة (%n). يمكنك مراجعتها في الخطوات الخاصة بالجاني وبالمال.</numerusform>
        <numerusform>أُضيفت معلومتان (%n). يمكنك مراجعتها في الخطوات الخاصة بالجاني وبالمال.</numerusform>
        <numerusform>أُضيفت %n معلومات. يمكنك مراجعتها في الخطوات الخاصة بالجاني وبالمال.</numerusform>
        <numerusform>أُضيفت %n معلومة. يمكنك مراجعتها في الخطوات الخاصة بالجاني وبالمال.</numerusform>
        <numerusform>أُضيفت %n معلومة. يمكنك مراجعتها في الخطوات الخاصة بالجاني وبالمال.</numerusform>
      </translation>
    </message>
    <message>
      <source>Remove this chat?</source>
      <translation>هل تريد إزالة هذه المحادثة؟</translation>
    </message>
    <message>
      <source>%1 and its %2 messages will be taken out of the case. The export file on your computer is not touched, and the case's log keeps a note of what was removed. Its exhibit number will not be used again.</source>
      <translation>ستُزال المحادثة %1 ورسائلها البالغ عددها %2 من القضية. لن يُمَس ملف التصدير الموجود على هذا الكمبيوتر، ويحتفظ سجل القضية بملاحظة عمّا أُزيل. لن يُستخدم رقم الدليل الخاص بها مرة أخرى.</translation>
    </message>
    <message>
      <source>Remove the chat</source>
      <translation>إزالة المحادثة</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>احتفظ بها</translation>
    </message>
  </context>
  <context>
    <name>Under18Screen</name>
    <message>
      <source>Help for someone under 18</source>
      <translation>مساعدة لشخص عمره أقل من 18 عامًا</translation>
    </message>
    <message>
      <source>I am under 18</source>
      <translation>عمري أقل من 18 عامًا</translation>
    </message>
    <message>
      <source>I am a parent, carer or family member helping</source>
      <translation>أنا أحد الوالدين أو مقدّم رعاية أو فرد من العائلة أقدّم المساعدة</translation>
    </message>
    <message>
      <source>I work at a school or college</source>
      <translation>أعمل في مدرسة أو كلية</translation>
    </message>
    <message>
      <source>Who is using the app</source>
      <translation>من يستخدم التطبيق</translation>
    </message>
    <message>
      <source>Who &amp;are you?</source>
      <translation>&amp;من أنت؟</translation>
    </message>
    <message>
      <source>Where the young person lives</source>
      <translation>مكان إقامة الشخص اليافع</translation>
    </message>
    <message>
      <source>Where do they &amp;live?</source>
      <translation>أين &amp;يقيم؟</translation>
    </message>
    <message>
      <source>&amp;Read what to do now</source>
      <translation>&amp;اقرأ ما يجب فعله الآن</translation>
    </message>
    <message>
      <source>Read what to do now</source>
      <translation>اقرأ ما يجب فعله الآن</translation>
    </message>
    <message>
      <source>&amp;Save the chat as evidence...</source>
      <translation>&amp;حفظ المحادثة دليلًا...</translation>
    </message>
    <message>
      <source>Save the chat as evidence in a locked case</source>
      <translation>حفظ المحادثة دليلًا في قضية مقفلة</translation>
    </message>
    <message>
      <source>Go ba&amp;ck</source>
      <translation>&amp;رجوع</translation>
    </message>
    <message>
      <source>Go back to the start</source>
      <translation>الرجوع إلى البداية</translation>
    </message>
    <message>
      <source>Who can help</source>
      <translation>من يستطيع المساعدة</translation>
    </message>
  </context>
  <context>
    <name>UnlockScreen</name>
    <message>
      <source>Open a case</source>
      <translation>فتح قضية</translation>
    </message>
    <message>
      <source>Case: {name}</source>
      <translation>القضية: {name}</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>عبارة المرور</translation>
    </message>
    <message>
      <source>&amp;Passphrase</source>
      <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
      <source>&amp;Open the case</source>
      <translation>&amp;فتح القضية</translation>
    </message>
    <message>
      <source>Open the case</source>
      <translation>فتح القضية</translation>
    </message>
    <message>
      <source>I &amp;forgot my passphrase</source>
      <translation>&amp;نسيت عبارة المرور</translation>
    </message>
    <message>
      <source>I forgot my passphrase</source>
      <translation>نسيت عبارة المرور</translation>
    </message>
    <message>
      <source>Go ba&amp;ck</source>
      <translation>&amp;رجوع</translation>
    </message>
    <message>
      <source>Go back to the start</source>
      <translation>الرجوع إلى البداية</translation>
    </message>
    <message>
      <source>Use your recovery code</source>
      <translation>استخدم رمز الاسترداد</translation>
    </message>
    <message>
      <source>Type the recovery code from when you made the case. Then choose a new passphrase. Small letters and spaces are fine.</source>
      <translation>اكتب رمز الاسترداد الذي حصلت عليه عند إنشاء القضية. ثم اختر عبارة مرور جديدة. لا بأس بالأحرف الصغيرة والمسافات.</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>رمز الاسترداد</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
      <source>New passphrase again</source>
      <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
      <source>&amp;Recovery code</source>
      <translation>ر&amp;مز الاسترداد</translation>
    </message>
    <message>
      <source>&amp;New passphrase</source>
      <translation>عبارة المرور ال&amp;جديدة</translation>
    </message>
    <message>
      <source>New passphrase &amp;again</source>
      <translation>عبارة المرور الجديدة مرة أ&amp;خرى</translation>
    </message>
    <message>
      <source>Open with the recovery co&amp;de</source>
      <translation>الفتح برمز الا&amp;سترداد</translation>
    </message>
    <message>
      <source>Open with the recovery code</source>
      <translation>الفتح برمز الاسترداد</translation>
    </message>
    <message>
      <source>Remember the case on this computer, so it opens without the passphrase</source>
      <translation>تذكُّر القضية على هذا الكمبيوتر، لكي تُفتح دون عبارة المرور</translation>
    </message>
    <message>
      <source>Opening the case</source>
      <translation>جارٍ فتح القضية</translation>
    </message>
    <message>
      <source>Opening the case. This takes a moment.</source>
      <translation>جارٍ فتح القضية. يستغرق هذا لحظة.</translation>
    </message>
    <message>
      <source>Type the passphrase first.</source>
      <translation>اكتب عبارة المرور أولًا.</translation>
    </message>
    <message>
      <source>The new passphrase is too short. Use at least {n} characters.</source>
      <translation>عبارة المرور الجديدة قصيرة جدًا. استخدم {n} حرفًا على الأقل.</translation>
    </message>
    <message>
      <source>The two new passphrases are not the same. Type the second one again.</source>
      <translation>عبارتا المرور الجديدتان غير متطابقتين. اكتب الثانية مرة أخرى.</translation>
    </message>
    <message>
      <source>That new passphrase would be easy to guess. Please choose another one. Several ordinary words together make a strong passphrase.</source>
      <translation>من السهل تخمين عبارة المرور الجديدة هذه. يُرجى اختيار عبارة أخرى. عدة كلمات عادية معًا تصنع عبارة مرور قوية.</translation>
    </message>
  </context>
  <context>
    <name>WhenEdit</name>
    <message>
      <source>day/month/year</source>
      <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
      <source>{what}: date, day/month/year</source>
      <translation>{what}: التاريخ، يوم/شهر/سنة</translation>
    </message>
    <message>
      <source>Type the date, for example 25/10/2025, or press Alt+Down for a calendar.</source>
      <translation>اكتب التاريخ، مثلًا 25/10/2025، أو اضغط Alt+Down لفتح التقويم.</translation>
    </message>
    <message>
      <source>hh:mm</source>
      <translation>سس:دد</translation>
    </message>
    <message>
      <source>{what}: time, hours and minutes</source>
      <translation>{what}: الوقت، بالساعات والدقائق</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>التقويم</translation>
    </message>
    <message>
      <source>{what}: pick the date from a calendar</source>
      <translation>{what}: اختيار التاريخ من التقويم</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>الآن</translation>
    </message>
    <message>
      <source>{what}: set to now</source>
      <translation>{what}: الضبط على الوقت الحالي</translation>
    </message>
    <message>
      <source>Time not known</source>
      <translation>الوقت غير معروف</translation>
    </message>
    <message>
      <source>{what}: time not known, date only</source>
      <translation>{what}: الوقت غير معروف، التاريخ فقط</translation>
    </message>
    <message>
      <source>{what}: how it is saved</source>
      <translation>{what}: كيف يُحفظ</translation>
    </message>
    <message>
      <source>Use this</source>
      <translation>استخدام هذا</translation>
    </message>
    <message>
      <source>{what}: use the suggested time</source>
      <translation>{what}: استخدام الوقت المقترح</translation>
    </message>
    <message>
      <source>Suggested from {reason}: {when}</source>
      <translation>مقترح من {reason}: {when}</translation>
    </message>
    <message>
      <source>(time zone not recorded)</source>
      <translation>(المنطقة الزمنية غير مسجّلة)</translation>
    </message>
    <message>
      <source>{day}, time not known</source>
      <translation>{day}، الوقت غير معروف</translation>
    </message>
    <message>
      <source>Not given yet.</source>
      <translation>لم يُذكر بعد.</translation>
    </message>
    <message>
      <source>This could not be read as a date, so it is kept as you typed it. Type it like 25/10/2025 if you can.</source>
      <translation>تعذّرت قراءة هذا كتاريخ، لذلك احتُفظ به كما كتبته. اكتبه هكذا: 25/10/2025 إن أمكن.</translation>
    </message>
    <message>
      <source>Saved as: {when}</source>
      <translation>حُفظ بالصيغة: {when}</translation>
    </message>
  </context>
  <context>
    <name>WizardView</name>
    <message>
      <source>Steps</source>
      <translation>الخطوات</translation>
    </message>
    <message>
      <source>Step title</source>
      <translation>عنوان الخطوة</translation>
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; ال&amp;سابق</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>ال&amp;تالي &gt;</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>السابق</translation>
    </message>
    <message>
      <source>Back (Alt+B or Alt+Left)</source>
      <translation>السابق (Alt+B أو Alt+Left)</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>التالي</translation>
    </message>
    <message>
      <source>Next (Alt+N or Alt+Right)</source>
      <translation>التالي (Alt+N أو Alt+Right)</translation>
    </message>
    <message>
      <source>C&amp;lose the case</source>
      <translation>إ&amp;غلاق القضية</translation>
    </message>
    <message>
      <source>Lock and close the case</source>
      <translation>قفل القضية وإغلاقها</translation>
    </message>
    <message>
      <source>Step {n} of {total}</source>
      <translation>الخطوة {n} من {total}</translation>
    </message>
    <message>
      <source>done</source>
      <translation>تم</translation>
    </message>
    <message>
      <source>not done yet</source>
      <translation>لم يتم بعد</translation>
    </message>
  </context>
</TS>
