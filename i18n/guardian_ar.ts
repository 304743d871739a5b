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
        <source>1 screenshot was added.</source>
        <translation>عدد لقطات الشاشة التي أُضيفت: 1.</translation>
    </message>
    <message>
        <source>%1 screenshots were added.</source>
        <translation>عدد لقطات الشاشة التي أُضيفت: %1.</translation>
    </message>
    <message>
        <source>%1 was already in the case as %2, so it was not added twice.</source>
        <translation>الملف %1 موجود في القضية من قبل باسم %2، لذلك لم يُضَف مرتين.</translation>
    </message>
    <message>
        <source>You stopped adding. What was finished is kept; %1 not started.</source>
        <translation>أوقفت الإضافة. ما اكتمل محفوظ؛ وما لم يبدأ: %1.</translation>
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
    <name>DetailsPage</name>
    <message>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <source>When and where did they first make con&amp;tact?</source>
        <translation>متى وأين &amp;تواصلوا أول مرة؟</translation>
    </message>
    <message>
        <source>What did they &amp;ask for?</source>
        <translation>ما الذي &amp;طلبوه؟</translation>
    </message>
    <message>
        <source>Were images shared?</source>
        <translation>هل نُشرت صور؟</translation>
    </message>
    <message>
        <source>Yes, they sent or posted images</source>
        <translation>نعم، أرسلوا صورًا أو نشروها</translation>
    </message>
    <message>
        <source>No, not that we know of</source>
        <translation>لا، على حد علمنا</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>لست متأكدًا</translation>
    </message>
    <message>
        <source>If so, w&amp;here were they shared?</source>
        <translation>إذا كان الأمر كذلك، فأ&amp;ين نُشرت؟</translation>
    </message>
    <message>
        <source>Who contacted you</source>
        <translation>من تواصل معك</translation>
    </message>
    <message>
        <source>Add each name, username, profile link, ID number, phone number or email they used.</source>
        <translation>أضف كل اسم أو اسم مستخدم أو رابط ملف شخصي أو رقم معرّف (ID) أو رقم هاتف أو بريد إلكتروني استخدموه.</translation>
    </message>
    <message>
        <source>Their names and accounts</source>
        <translation>أسماؤهم وحساباتهم</translation>
    </message>
    <message>
        <source>What happened when</source>
        <translation>ما الذي حدث ومتى</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>App or website</source>
        <translation>التطبيق أو الموقع</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Money asked for or paid</source>
        <translation>الأموال المطلوبة أو المدفوعة</translation>
    </message>
    <message>
        <source>Asked for or paid</source>
        <translation>مطلوب أو مدفوع</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوع</translation>
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
        <source>How (bank, gift card, crypto...)</source>
        <translation>الطريقة (بنك، بطاقة هدايا، عملات رقمية...)</translation>
    </message>
    <message>
        <source>Account, wallet or card details</source>
        <translation>تفاصيل الحساب أو المحفظة أو البطاقة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>المدفوعات</translation>
    </message>
    <message>
        <source>&amp;What happened, in your own words</source>
        <translation>&amp;ما الذي حدث، بكلماتك أنت</translation>
    </message>
    <message>
        <source>&amp;What happened, in their own words</source>
        <translation>&amp;ما الذي حدث، بكلماته هو</translation>
    </message>
    <message>
        <source>Contact details for the report</source>
        <translation>بيانات الاتصال للتقرير</translation>
    </message>
    <message>
        <source>Put my own contact details in the report</source>
        <translation>ضع بيانات الاتصال الخاصة بي في التقرير</translation>
    </message>
    <message>
        <source>Put contact details of the person being threatened in the report</source>
        <translation>ضع بيانات الاتصال الخاصة بالشخص المُهدَّد في التقرير</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>البريد الإ&amp;لكتروني</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;اسمك</translation>
    </message>
    <message>
        <source>How the police can reach y&amp;ou</source>
        <translation>كيف يمكن للشرطة أن ت&amp;صل إليك</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>الاسم الظاهر</translation>
    </message>
    <message>
        <source>Profile link</source>
        <translation>رابط الملف الشخصي</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>رقم المعرّف (ID)</translation>
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
        <source>Date seen</source>
        <translation>تاريخ المشاهدة</translation>
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
        <source>Part of the case file is damaged. Keep a copy of the whole case folder. If the case opens, use &apos;Check this case&apos; in Settings to see what can still be read.</source>
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
        <source>Or drag screenshots or a folder here.</source>
        <translation>أو اسحب لقطات الشاشة أو مجلدًا إلى هنا.</translation>
    </message>
    <message>
        <source>Adding screenshots</source>
        <translation>جارٍ إضافة لقطات الشاشة</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إل&amp;غاء</translation>
    </message>
    <message>
        <source>Stop adding</source>
        <translation>إيقاف الإضافة</translation>
    </message>
    <message>
        <source>Screenshots already added are kept.</source>
        <translation>لقطات الشاشة التي أُضيفت بالفعل تبقى محفوظة.</translation>
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
        <source>&amp;Large view…</source>
        <translation>العرض ال&amp;كبير…</translation>
    </message>
    <message>
        <source>Open the large view</source>
        <translation>فتح العرض الكبير</translation>
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
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>متى حدث ذلك</translation>
    </message>
    <message>
        <source>Date and time in this computer&apos;s time zone. Saved as you change it.</source>
        <translation>التاريخ والوقت حسب المنطقة الزمنية لهذا الكمبيوتر. يُحفظ عند تغييره.</translation>
    </message>
    <message>
        <source>Cl&amp;ear date</source>
        <translation>م&amp;سح التاريخ</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>مسح التاريخ</translation>
    </message>
    <message>
        <source>Just &amp;now</source>
        <translation>ال&amp;آن</translation>
    </message>
    <message>
        <source>Set the date to now</source>
        <translation>ضبط التاريخ على الآن</translation>
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
        <source>App or websi&amp;te:</source>
        <translation>التطبيق أو ال&amp;موقع:</translation>
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
        <source>SHA-256 (original):</source>
        <translation>SHA-256 (الأصل):</translation>
    </message>
    <message>
        <source>SHA-256 (covered copy):</source>
        <translation>SHA-256 (النسخة المغطاة):</translation>
    </message>
    <message>
        <source>Co&amp;ver private parts…</source>
        <translation>ت&amp;غطية الأجزاء الخاصة…</translation>
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
        <source>&amp;Remove from case…</source>
        <translation>إ&amp;زالة من القضية…</translation>
    </message>
    <message>
        <source>Remove this screenshot from the case</source>
        <translation>إزالة لقطة الشاشة هذه من القضية</translation>
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
        <source>Saved time: %1</source>
        <translation>الوقت المحفوظ: %1</translation>
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
        <source>Not saved yet: %1 What you typed is still here.</source>
        <translation>لم يُحفظ بعد: %1 ما كتبته لا يزال هنا.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
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
        <source>The case is intact</source>
        <translation>القضية سليمة</translation>
    </message>
    <message>
        <source>Everything checked out: the encryption, the fingerprints of all {count} screenshots and the record of changes.</source>
        <translation>كل شيء سليم: التشفير، وبصمات جميع لقطات الشاشة (العدد: {count})، وسجل التغييرات.</translation>
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
        <translation>تعذرت قراءة جزء من القضية أو أنه لا يطابق بصمته. احتفظ بنسخة من مجلد القضية كاملًا، وقدّم بلاغك الآن ما دام الباقي قابلًا للقراءة.

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
        <translation>سيؤدي هذا إلى حذف القضية وكل الأدلة التي فيها من هذا الكمبيوتر. لا يمكن التراجع عن ذلك. افعل هذا فقط إذا لم تعد بحاجة إلى الأدلة، مثلًا بعد أن تحصل الشرطة على نسخة.</translation>
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
        <translation>تمت الكتابة فوق ملفات القضية وإزالتها، ولم يعد التطبيق يتذكر القضية. قد تبقى بعض النسخ: فأقراص SSD والنسخ الاحتياطية ومجلدات التخزين السحابي واستعادة النظام قد تحتفظ بنسخ قديمة من الملفات.</translation>
    </message>
    <message>
        <source>The case could not be fully deleted</source>
        <translation>تعذّر حذف القضية بالكامل</translation>
    </message>
    <message>
        <source>Some files could not be removed:</source>
        <translation>تعذّرت إزالة بعض الملفات:</translation>
    </message>
    <message>
        <source>The case is not remembered</source>
        <translation>القضية غير محفوظة في الذاكرة</translation>
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
</context>
<context>
    <name>NewCaseScreen</name>
    <message>
        <source>A new case</source>
        <translation>قضية جديدة</translation>
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
        <source>Where to keep the case</source>
        <translation>أين تُحفظ القضية</translation>
    </message>
    <message>
        <source>In the app&apos;s own folder on this computer</source>
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
        <source>Choose a folder first, or keep the case in the app&apos;s own folder.</source>
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
        <source>My case</source>
        <translation>قضيتي</translation>
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
        <source> minutes</source>
        <translation> دقيقة</translation>
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
        <source>Checks the encryption, every screenshot&apos;s fingerprint and the record of changes.</source>
        <translation>يتحقق من التشفير، وبصمة كل لقطة شاشة، وسجل التغييرات.</translation>
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
    <name>RecordEditor</name>
    <message>
        <source>Add to the list</source>
        <translation>إضافة إلى القائمة</translation>
    </message>
    <message>
        <source>Start a new one</source>
        <translation>بدء إدخال جديد</translation>
    </message>
    <message>
        <source>Remove the chosen one</source>
        <translation>إزالة المحدد</translation>
    </message>
    <message>
        <source>Add to the list: {what}</source>
        <translation>إضافة إلى القائمة: {what}</translation>
    </message>
    <message>
        <source>Clear the form to add a new one: {what}</source>
        <translation>مسح النموذج لإضافة إدخال جديد: {what}</translation>
    </message>
    <message>
        <source>Remove the chosen row: {what}</source>
        <translation>إزالة الصف المحدد: {what}</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Type something in the form first, then add it.</source>
        <translation>اكتب شيئًا في النموذج أولًا، ثم أضفه.</translation>
    </message>
    <message>
        <source>Remove this row?</source>
        <translation>هل تريد إزالة هذا الصف؟</translation>
    </message>
    <message>
        <source>Remove the chosen row from the list?</source>
        <translation>هل تريد إزالة الصف المحدد من القائمة؟</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
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
        <source>Draw black boxes over anything that should not be seen, such as an intimate image or a friend&apos;s name. Drag with the mouse, or press Tab to reach the picture and use the arrow keys (Shift to change the size) and Enter. The original stays in the case unchanged; the report uses the covered copy.</source>
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
    <name>ReminderPanel</name>
    <message>
        <source>Before you add screenshots</source>
        <translation>قبل أن تضيف لقطات الشاشة</translation>
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
        <source>Report preview</source>
        <translation>معاينة التقرير</translation>
    </message>
    <message>
        <source>Making the report. This can take a little while...</source>
        <translation>جارٍ إعداد التقرير. قد يستغرق هذا بعض الوقت...</translation>
    </message>
    <message>
        <source>The report is ready: {pages} page(s). Check it below, then save it.</source>
        <translation>التقرير جاهز: عدد الصفحات {pages}. راجعه أدناه، ثم احفظه.</translation>
    </message>
    <message>
        <source>Only the first {shown} pages are shown here; the saved report has all {pages} pages.</source>
        <translation>تظهر هنا الصفحات الأولى فقط ({shown})؛ التقرير المحفوظ يحتوي على جميع الصفحات ({pages}).</translation>
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
        <source>Short summary to paste into a form</source>
        <translation>ملخص قصير للصقه في نموذج</translation>
    </message>
    <message>
        <source>Short summary of the case</source>
        <translation>ملخص قصير للقضية</translation>
    </message>
    <message>
        <source>C&amp;opy the summary</source>
        <translation>ن&amp;سخ الملخص</translation>
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
    <message>
        <source>The summary is not available in this version.</source>
        <translation>الملخص غير متاح في هذا الإصدار.</translation>
    </message>
</context>
<context>
    <name>ScreenCapture</name>
    <message>
        <source>This computer did not let the app capture the screen. Use the system&apos;s own screenshot key instead, then add the file with &apos;Add screenshots&apos;.</source>
        <translation>لم يسمح هذا الكمبيوتر للتطبيق بالتقاط الشاشة. استخدم مفتاح لقطة الشاشة في النظام بدلًا من ذلك، ثم أضف الملف عبر «إضافة لقطات شاشة».</translation>
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
        <source>&amp;New case: start here</source>
        <translation>قضية &amp;جديدة: ابدأ هنا</translation>
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
        <source>&amp;Practise with a made-up case</source>
        <translation>&amp;تدرّب على قضية وهمية</translation>
    </message>
    <message>
        <source>Practise with a made-up case</source>
        <translation>التدرّب على قضية وهمية</translation>
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
        <source>Back to the step before</source>
        <translation>العودة إلى الخطوة السابقة</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ال&amp;تالي &gt;</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
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
