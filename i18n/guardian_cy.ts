<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Guardian Desktop</source>
        <translation>Ynghylch Guardian Desktop</translation>
    </message>
    <message>
        <source>Guardian Desktop</source>
        <translation>Guardian Desktop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Fersiwn %1</translation>
    </message>
    <message>
        <source>Guardian Desktop helps people facing sextortion, and the people helping them, to stop contact safely, keep evidence and report it. It works offline: it makes no network connections, and the case stays encrypted on this computer. A PDF or bundle leaves the case only when you save one.</source>
        <translation>Mae Guardian Desktop yn helpu pobl sy&apos;n wynebu sextortion (blacmel gyda lluniau rhywiol), a&apos;r bobl sy&apos;n eu helpu, i stopio&apos;r cysylltiad yn ddiogel, cadw tystiolaeth a rhoi gwybod amdano. Mae&apos;n gweithio all-lein: dydy e ddim yn cysylltu â&apos;r rhyngrwyd, ac mae&apos;r achos yn aros wedi&apos;i amgryptio ar y cyfrifiadur hwn. Dim ond pan fyddi di&apos;n cadw PDF neu fwndel y bydd rhywbeth yn gadael yr achos.</translation>
    </message>
    <message>
        <source>Every piece of advice, phone number and web address comes from a public source, listed with the date it was checked in resources/guidance/SOURCES.md.</source>
        <translation>Daw pob cyngor, rhif ffôn a chyfeiriad gwe o ffynhonnell gyhoeddus. Mae&apos;r rhestr, gyda&apos;r dyddiad y cafodd pob un ei wirio, yn resources/guidance/SOURCES.md.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ieithoedd</translation>
    </message>
    <message>
        <source>%1: checked</source>
        <translation>%1: wedi&apos;i wirio</translation>
    </message>
    <message>
        <source>%1: translation not yet checked by a native speaker. If something is unclear, use English.</source>
        <translation>%1: dydy siaradwr brodorol ddim wedi gwirio&apos;r cyfieithiad eto. Os oes rhywbeth yn aneglur, defnyddia&apos;r Saesneg.</translation>
    </message>
    <message>
        <source>The report font is DejaVu Sans (free licence, in resources/fonts). The app is built with Qt (PySide6), SQLCipher and ReportLab.</source>
        <translation>Ffont yr adroddiad yw DejaVu Sans (trwydded rydd, yn resources/fonts). Mae&apos;r ap wedi&apos;i wneud gyda Qt (PySide6), SQLCipher a ReportLab.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message>
        <source>Result of adding</source>
        <translation>Canlyniad ychwanegu</translation>
    </message>
    <message>
        <source>Files that were not added</source>
        <translation>Ffeiliau na chafodd eu hychwanegu</translation>
    </message>
    <message>
        <source>One line for each file, saying what was wrong and what to do.</source>
        <translation>Un llinell i bob ffeil, yn dweud beth oedd o&apos;i le a beth i&apos;w wneud.</translation>
    </message>
    <message>
        <source>Hide this summar&amp;y</source>
        <translation>Cuddio&apos;r crynodeb &amp;hwn</translation>
    </message>
    <message>
        <source>Hide this summary</source>
        <translation>Cuddio&apos;r crynodeb hwn</translation>
    </message>
    <message>
        <source>1 screenshot was added.</source>
        <translation>Cafodd 1 sgrinlun ei ychwanegu.</translation>
    </message>
    <message>
        <source>%1 screenshots were added.</source>
        <translation>Cafodd %1 sgrinlun eu hychwanegu.</translation>
    </message>
    <message>
        <source>%1 was already in the case as %2, so it was not added twice.</source>
        <translation>Roedd %1 yn yr achos yn barod fel %2, felly chafodd e ddim ei ychwanegu ddwywaith.</translation>
    </message>
    <message>
        <source>You stopped adding. What was finished is kept; %1 not started.</source>
        <translation>Fe wnest ti stopio ychwanegu. Mae beth oedd wedi&apos;i orffen wedi&apos;i gadw; %1 heb ddechrau.</translation>
    </message>
    <message>
        <source>These could not be added (the others are kept):</source>
        <translation>Doedd dim modd ychwanegu&apos;r rhain (mae&apos;r lleill wedi&apos;u cadw):</translation>
    </message>
    <message>
        <source>These could not be added:</source>
        <translation>Doedd dim modd ychwanegu&apos;r rhain:</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Chafodd dim byd ei ychwanegu.</translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes).</source>
        <translation>%1: mae&apos;r ffeil yn wag (0 beit).</translation>
    </message>
    <message>
        <source>%1: this is not a picture the app can read. If it is a screenshot, save it again as PNG or JPEG.</source>
        <translation>%1: dydy hwn ddim yn llun mae&apos;r ap yn gallu ei ddarllen. Os yw&apos;n sgrinlun, cadwa fe eto fel PNG neu JPEG.</translation>
    </message>
    <message>
        <source>%1: the picture is damaged or cut short, so it was not added. If you still have it on the phone, send or copy it again.</source>
        <translation>%1: mae&apos;r llun wedi&apos;i ddifrodi neu&apos;n anghyflawn, felly chafodd e ddim ei ychwanegu. Os yw e gen ti ar y ffôn o hyd, anfona neu copïa fe eto.</translation>
    </message>
    <message>
        <source>%1: the picture is far too large to be a screenshot.</source>
        <translation>%1: mae&apos;r llun yn llawer rhy fawr i fod yn sgrinlun.</translation>
    </message>
    <message>
        <source>%1: the file is too big to be a screenshot.</source>
        <translation>%1: mae&apos;r ffeil yn rhy fawr i fod yn sgrinlun.</translation>
    </message>
    <message>
        <source>%1: this kind of file is not accepted. Use PNG, JPEG, WebP, BMP, GIF or TIFF.</source>
        <translation>%1: dydy&apos;r math hwn o ffeil ddim yn cael ei dderbyn. Defnyddia PNG, JPEG, WebP, BMP, GIF neu TIFF.</translation>
    </message>
    <message>
        <source>%1: the file could not be read. Check that you are allowed to open it.</source>
        <translation>%1: doedd dim modd darllen y ffeil. Gwiria fod gen ti hawl i&apos;w hagor.</translation>
    </message>
    <message>
        <source>%1: the file is no longer there. It may have been moved or deleted.</source>
        <translation>%1: dydy&apos;r ffeil ddim yno bellach. Efallai ei bod wedi&apos;i symud neu ei dileu.</translation>
    </message>
    <message>
        <source>%1: this is a folder, not a picture.</source>
        <translation>%1: ffolder yw hwn, nid llun.</translation>
    </message>
</context>
<context>
    <name>BlockView</name>
    <message>
        <source>Do</source>
        <translation>Gwna</translation>
    </message>
    <message>
        <source>Do not</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>Ble i fynd</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Pwysig</translation>
    </message>
</context>
<context>
    <name>CaptureReview</name>
    <message>
        <source>Keep this capture?</source>
        <translation>Cadw&apos;r llun sgrin hwn?</translation>
    </message>
    <message>
        <source>The screen was captured. Keep it as evidence?</source>
        <translation>Cafodd llun o&apos;r sgrin ei dynnu. Ei gadw fel tystiolaeth?</translation>
    </message>
    <message>
        <source>%1 screens were captured. Keep them as evidence?</source>
        <translation>Cafodd lluniau o %1 sgrin eu tynnu. Eu cadw fel tystiolaeth?</translation>
    </message>
    <message>
        <source>S&amp;how the capture</source>
        <translation>&amp;Dangos y llun sgrin</translation>
    </message>
    <message>
        <source>Show the capture</source>
        <translation>Dangos y llun sgrin</translation>
    </message>
    <message>
        <source>Captured screen %1</source>
        <translation>Llun o sgrin %1</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Ei gadw</translation>
    </message>
    <message>
        <source>Keep the capture as evidence</source>
        <translation>Cadw&apos;r llun sgrin fel tystiolaeth</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Taflu</translation>
    </message>
    <message>
        <source>Discard the capture</source>
        <translation>Taflu&apos;r llun sgrin</translation>
    </message>
</context>
<context>
    <name>CountdownWindow</name>
    <message>
        <source>Capturing the screen</source>
        <translation>Tynnu llun o&apos;r sgrin</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Cyfrif i lawr</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Canslo (Esc)</translation>
    </message>
    <message>
        <source>Cancel the screen capture</source>
        <translation>Canslo tynnu llun o&apos;r sgrin</translation>
    </message>
    <message>
        <source>Bring the chat to the front. The screen will be captured in %1…</source>
        <translation>Tyrd â&apos;r sgwrs i&apos;r blaen. Bydd llun o&apos;r sgrin yn cael ei dynnu mewn %1…</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Aeth rhywbeth o&apos;i le</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. What you saved before is kept in the case. If this happens again, close the app and open the case again.</source>
        <translation>Aeth rhywbeth o&apos;i le yn yr ap. Mae&apos;r hyn a gadwaist ti o&apos;r blaen yn dal yn yr achos. Os bydd hyn yn digwydd eto, cau&apos;r ap ac agor yr achos eto.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>When and where did they first make con&amp;tact?</source>
        <translation>Pryd a ble gwnaethon nhw gy&amp;sylltu gyntaf?</translation>
    </message>
    <message>
        <source>What did they &amp;ask for?</source>
        <translation>Beth wnaethon nhw ofyn &amp;amdano?</translation>
    </message>
    <message>
        <source>Were images shared?</source>
        <translation>Gafodd lluniau eu rhannu?</translation>
    </message>
    <message>
        <source>Yes, they sent or posted images</source>
        <translation>Do, fe wnaethon nhw anfon neu bostio lluniau</translation>
    </message>
    <message>
        <source>No, not that we know of</source>
        <translation>Naddo, dim hyd y gwyddon ni</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Ddim yn siŵr</translation>
    </message>
    <message>
        <source>If so, w&amp;here were they shared?</source>
        <translation>Os do, ble cawson nhw eu &amp;rhannu?</translation>
    </message>
    <message>
        <source>Who contacted you</source>
        <translation>Pwy gysylltodd â ti</translation>
    </message>
    <message>
        <source>Add each name, username, profile link, ID number, phone number or email they used.</source>
        <translation>Ychwanega bob enw, enw defnyddiwr, dolen proffil, rhif ID, rhif ffôn neu e-bost a ddefnyddion nhw.</translation>
    </message>
    <message>
        <source>Their names and accounts</source>
        <translation>Eu henwau a&apos;u cyfrifon</translation>
    </message>
    <message>
        <source>What happened when</source>
        <translation>Beth ddigwyddodd pryd</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dyddiad ac amser</translation>
    </message>
    <message>
        <source>App or website</source>
        <translation>Ap neu wefan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <source>Money asked for or paid</source>
        <translation>Arian y gofynnwyd amdano neu a dalwyd</translation>
    </message>
    <message>
        <source>Asked for or paid</source>
        <translation>Gofyn amdano neu ei dalu</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Gofyn amdano</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Wedi&apos;i dalu</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Swm</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Arian cyfred</translation>
    </message>
    <message>
        <source>How (bank, gift card, crypto...)</source>
        <translation>Sut (banc, cerdyn rhodd, crypto...)</translation>
    </message>
    <message>
        <source>Account, wallet or card details</source>
        <translation>Manylion cyfrif, waled neu gerdyn</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Taliadau</translation>
    </message>
    <message>
        <source>&amp;What happened, in your own words</source>
        <translation>&amp;Beth ddigwyddodd, yn dy eiriau dy hun</translation>
    </message>
    <message>
        <source>&amp;What happened, in their own words</source>
        <translation>&amp;Beth ddigwyddodd, yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <source>Contact details for the report</source>
        <translation>Manylion cyswllt ar gyfer yr adroddiad</translation>
    </message>
    <message>
        <source>Put my own contact details in the report</source>
        <translation>Rhoi fy manylion cyswllt fy hun yn yr adroddiad</translation>
    </message>
    <message>
        <source>Put contact details of the person being threatened in the report</source>
        <translation>Rhoi manylion cyswllt y person sy&apos;n cael ei fygwth yn yr adroddiad</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-b&amp;ost</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Dy enw</translation>
    </message>
    <message>
        <source>How the police can reach y&amp;ou</source>
        <translation>Sut gall yr heddlu gysylltu â &amp;ti</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Enw sy&apos;n cael ei ddangos</translation>
    </message>
    <message>
        <source>Profile link</source>
        <translation>Dolen proffil</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Rhif ID</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Rhif ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Date seen</source>
        <translation>Dyddiad ei weld</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
</context>
<context>
    <name>Discreet</name>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That recovery code does not open this case. Check each group of letters and numbers, and try again.</source>
        <translation>Dydy&apos;r cod adfer yna ddim yn agor yr achos hwn. Gwiria bob grŵp o lythrennau a rhifau, a rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>That passphrase does not open this case. Check Caps Lock and try again, or use your recovery code.</source>
        <translation>Dydy&apos;r cyfrinymadrodd yna ddim yn agor yr achos hwn. Gwiria Caps Lock a rho gynnig arall arni, neu defnyddia dy god adfer.</translation>
    </message>
    <message>
        <source>This is not a Guardian Desktop case, or it could not be found. If the case is on a USB stick, check that it is plugged in.</source>
        <translation>Dydy hwn ddim yn achos Guardian Desktop, neu doedd dim modd dod o hyd iddo. Os yw&apos;r achos ar gof bach USB, gwiria ei fod wedi&apos;i blygio i mewn.</translation>
    </message>
    <message>
        <source>Part of the case file is damaged. Keep a copy of the whole case folder. If the case opens, use &apos;Check this case&apos; in Settings to see what can still be read.</source>
        <translation>Mae rhan o ffeil yr achos wedi&apos;i difrodi. Cadwa gopi o ffolder cyfan yr achos. Os yw&apos;r achos yn agor, defnyddia &apos;Gwirio&apos;r achos hwn&apos; yn y Gosodiadau i weld beth sy&apos;n dal yn ddarllenadwy.</translation>
    </message>
    <message>
        <source>This case is already open in another window or program. Close it there first. If the app closed unexpectedly, wait a moment and try again.</source>
        <translation>Mae&apos;r achos hwn eisoes ar agor mewn ffenestr neu raglen arall. Cau fe yno yn gyntaf. Os caeodd yr ap yn annisgwyl, aros funud a rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>The case is in a place the app cannot write to, such as a locked USB stick or a read-only folder. Copy the whole case folder to this computer, then open the copy.</source>
        <translation>Mae&apos;r achos mewn lle na all yr ap ysgrifennu iddo, fel cof bach USB wedi&apos;i gloi neu ffolder darllen yn unig. Copïa ffolder cyfan yr achos i&apos;r cyfrifiadur hwn, yna agor y copi.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Nothing was half-written. Free some space, then try again.</source>
        <translation>Mae&apos;r ddisg yn llawn, felly ni chafodd hwn ei gadw. Does dim byd wedi&apos;i hanner ysgrifennu. Rhyddha ychydig o le, yna rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>There is already something at that place. Choose another name or folder.</source>
        <translation>Mae rhywbeth yno&apos;n barod. Dewisa enw neu ffolder arall.</translation>
    </message>
    <message>
        <source>This computer has no password store the app can use, so it cannot remember the case. You can still open it with your passphrase.</source>
        <translation>Does gan y cyfrifiadur hwn ddim storfa gyfrineiriau y gall yr ap ei defnyddio, felly all e ddim cofio&apos;r achos. Gelli di ei agor o hyd gyda dy gyfrinymadrodd.</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>Saved screenshots</source>
        <translation>Sgrinluniau wedi&apos;u cadw</translation>
    </message>
    <message>
        <source>Enter opens the large view. Space shows or hides the picture. Delete removes the screenshot from the case.</source>
        <translation>Mae Enter yn agor yr olwg fawr. Mae Space yn dangos neu&apos;n cuddio&apos;r llun. Mae Delete yn tynnu&apos;r sgrinlun o&apos;r achos.</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>picture shown</source>
        <translation>llun yn cael ei ddangos</translation>
    </message>
    <message>
        <source>picture blurred</source>
        <translation>llun wedi&apos;i niwlio</translation>
    </message>
    <message>
        <source>parts covered</source>
        <translation>rhannau wedi&apos;u cuddio</translation>
    </message>
    <message>
        <source>No description yet</source>
        <translation>Dim disgrifiad eto</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Pryd: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Ffeil: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceScreen</name>
    <message>
        <source>Save the evidence</source>
        <translation>Cadw&apos;r dystiolaeth</translation>
    </message>
    <message>
        <source>&amp;Add screenshots…</source>
        <translation>&amp;Ychwanegu sgrinluniau…</translation>
    </message>
    <message>
        <source>Add screenshots</source>
        <translation>Ychwanegu sgrinluniau</translation>
    </message>
    <message>
        <source>Choose one or more picture files.</source>
        <translation>Dewisa un ffeil llun neu fwy.</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Ychwanegu &amp;ffolder…</translation>
    </message>
    <message>
        <source>Add a folder of screenshots</source>
        <translation>Ychwanegu ffolder o sgrinluniau</translation>
    </message>
    <message>
        <source>Adds every picture in the folder and the folders inside it.</source>
        <translation>Mae&apos;n ychwanegu pob llun yn y ffolder a&apos;r ffolderi sydd ynddo.</translation>
    </message>
    <message>
        <source>&amp;Paste picture (Ctrl+V)</source>
        <translation>&amp;Gludo llun (Ctrl+V)</translation>
    </message>
    <message>
        <source>Paste a picture</source>
        <translation>Gludo llun</translation>
    </message>
    <message>
        <source>Adds the picture you copied.</source>
        <translation>Mae&apos;n ychwanegu&apos;r llun rwyt ti wedi&apos;i gopïo.</translation>
    </message>
    <message>
        <source>Capture my &amp;screen…</source>
        <translation>Tynnu llun o&apos;r &amp;sgrin…</translation>
    </message>
    <message>
        <source>Capture my screen</source>
        <translation>Tynnu llun o&apos;r sgrin</translation>
    </message>
    <message>
        <source>Hides this window, counts down so you can bring the chat to the front, then takes a picture of the screen for you to keep or discard.</source>
        <translation>Mae&apos;n cuddio&apos;r ffenestr hon ac yn cyfrif i lawr er mwyn i ti ddod â&apos;r sgwrs i&apos;r blaen. Yna mae&apos;n tynnu llun o&apos;r sgrin i ti ei gadw neu ei daflu.</translation>
    </message>
    <message>
        <source>Or drag screenshots or a folder here.</source>
        <translation>Neu llusga sgrinluniau neu ffolder yma.</translation>
    </message>
    <message>
        <source>Adding screenshots</source>
        <translation>Yn ychwanegu sgrinluniau</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Canslo</translation>
    </message>
    <message>
        <source>Stop adding</source>
        <translation>Stopio ychwanegu</translation>
    </message>
    <message>
        <source>Screenshots already added are kept.</source>
        <translation>Mae&apos;r sgrinluniau sydd wedi&apos;u hychwanegu yn barod yn cael eu cadw.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Show all p&amp;ictures</source>
        <translation>Dangos pob &amp;llun</translation>
    </message>
    <message>
        <source>Show all pictures</source>
        <translation>Dangos pob llun</translation>
    </message>
    <message>
        <source>Pictures are blurred so that nobody sees them by accident.</source>
        <translation>Mae&apos;r lluniau wedi&apos;u niwlio fel nad oes neb yn eu gweld nhw drwy ddamwain.</translation>
    </message>
    <message>
        <source>No screenshots yet.

Add the chat, their profile and each demand with the buttons above, or drag the files here.</source>
        <translation>Dim sgrinluniau eto.

Ychwanega&apos;r sgwrs, eu proffil a phob gofyniad gyda&apos;r botymau uchod, neu llusga&apos;r ffeiliau yma.</translation>
    </message>
    <message>
        <source>No screenshots yet</source>
        <translation>Dim sgrinluniau eto</translation>
    </message>
    <message>
        <source>Stopping… Screenshots already added are kept.</source>
        <translation>Yn stopio… Mae&apos;r sgrinluniau sydd wedi&apos;u hychwanegu yn barod yn cael eu cadw.</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>Lluniau (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Choose screenshots to add</source>
        <translation>Dewisa sgrinluniau i&apos;w hychwanegu</translation>
    </message>
    <message>
        <source>Choose a folder of screenshots</source>
        <translation>Dewisa ffolder o sgrinluniau</translation>
    </message>
    <message>
        <source>Pasted picture %1.png</source>
        <translation>Llun wedi&apos;i ludo %1.png</translation>
    </message>
    <message>
        <source>There is no picture to paste. Copy a screenshot first (for example: right-click it and choose Copy), then paste it here.</source>
        <translation>Does dim llun i&apos;w ludo. Copïa sgrinlun yn gyntaf (er enghraifft: clic de arno a dewis Copïo), yna gluda fe yma.</translation>
    </message>
    <message>
        <source>The screen capture was cancelled. Nothing was saved.</source>
        <translation>Cafodd tynnu llun o&apos;r sgrin ei ganslo. Chafodd dim byd ei gadw.</translation>
    </message>
    <message>
        <source>The capture was discarded. Nothing was saved.</source>
        <translation>Cafodd y llun sgrin ei daflu. Chafodd dim byd ei gadw.</translation>
    </message>
    <message>
        <source>Screen capture %1.png</source>
        <translation>Llun sgrin %1.png</translation>
    </message>
    <message>
        <source>Screen capture %1 (screen %2).png</source>
        <translation>Llun sgrin %1 (sgrin %2).png</translation>
    </message>
    <message>
        <source>Dropped picture %1.png</source>
        <translation>Llun wedi&apos;i ollwng %1.png</translation>
    </message>
    <message>
        <source>Please wait until the screenshots being added are finished.</source>
        <translation>Aros nes bod y sgrinluniau sy&apos;n cael eu hychwanegu wedi gorffen, os gweli di&apos;n dda.</translation>
    </message>
    <message>
        <source>Please check the pictures you are adding. None of them may be a nude or sexual image. The chat, the profile and the demands are the evidence.</source>
        <translation>Gwiria&apos;r lluniau rwyt ti&apos;n eu hychwanegu, os gweli di&apos;n dda. Ddylai dim un ohonyn nhw fod yn llun noeth neu rywiol. Y sgwrs, y proffil a&apos;r gofynion yw&apos;r dystiolaeth.</translation>
    </message>
    <message>
        <source>Before you add these</source>
        <translation>Cyn i ti ychwanegu&apos;r rhain</translation>
    </message>
    <message>
        <source>None is sexual — add them</source>
        <translation>Does dim un yn rhywiol — ychwanega nhw</translation>
    </message>
    <message>
        <source>Stop, do not add</source>
        <translation>Stopia, paid ag ychwanegu</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Chafodd dim byd ei ychwanegu.</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Yn ychwanegu…</translation>
    </message>
    <message>
        <source>Adding %1 of %2…</source>
        <translation>Yn ychwanegu %1 o %2…</translation>
    </message>
    <message>
        <source>Adding stopped unexpectedly.</source>
        <translation>Stopiodd yr ychwanegu yn annisgwyl.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Tynnu %1?</translation>
    </message>
    <message>
        <source>Remove %1 from the case? It cannot be brought back. The case log will still show that it was removed, and when.</source>
        <translation>Tynnu %1 o&apos;r achos? Does dim modd ei gael yn ôl. Bydd cofnod yr achos yn dal i ddangos iddo gael ei dynnu, a phryd.</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Ei dynnu</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
    <message>
        <source>%1 was removed from the case.</source>
        <translation>Cafodd %1 ei dynnu o&apos;r achos.</translation>
    </message>
    <message>
        <source>1 screenshot in the case</source>
        <translation>1 sgrinlun yn yr achos</translation>
    </message>
    <message>
        <source>%1 screenshots in the case</source>
        <translation>%1 sgrinlun yn yr achos</translation>
    </message>
</context>
<context>
    <name>EvidenceTasks</name>
    <message>
        <source>Something went wrong, so this was not finished.</source>
        <translation>Aeth rhywbeth o&apos;i le, felly chafodd hyn ddim ei orffen.</translation>
    </message>
    <message>
        <source>What was already saved is kept. Please try again.</source>
        <translation>Mae popeth oedd wedi&apos;i gadw&apos;n barod yn dal yno. Rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>the picture could not be read.</source>
        <translation>doedd dim modd darllen y llun.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Large view</source>
        <translation>Golwg fawr</translation>
    </message>
    <message>
        <source>Large view of a screenshot</source>
        <translation>Golwg fawr ar sgrinlun</translation>
    </message>
    <message>
        <source>S&amp;how picture</source>
        <translation>&amp;Dangos y llun</translation>
    </message>
    <message>
        <source>Show the picture</source>
        <translation>Dangos y llun</translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation>← &amp;Blaenorol</translation>
    </message>
    <message>
        <source>Previous screenshot</source>
        <translation>Sgrinlun blaenorol</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Nesaf →</translation>
    </message>
    <message>
        <source>Next screenshot</source>
        <translation>Sgrinlun nesaf</translation>
    </message>
    <message>
        <source>Zoom &amp;out (−)</source>
        <translation>Chwyddo &amp;allan (−)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Chwyddo allan</translation>
    </message>
    <message>
        <source>Zoom &amp;in (+)</source>
        <translation>Chwyddo &amp;i mewn (+)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Chwyddo i mewn</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Ffitio</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>Ffitio i&apos;r ffenestr</translation>
    </message>
    <message>
        <source>&amp;Cover parts…</source>
        <translation>&amp;Cuddio rhannau…</translation>
    </message>
    <message>
        <source>Cover private parts</source>
        <translation>Cuddio rhannau preifat</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cau (Esc)</translation>
    </message>
    <message>
        <source>Close the large view</source>
        <translation>Cau&apos;r olwg fawr</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Lefel chwyddo</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Sgrinlun</translation>
    </message>
    <message>
        <source>Screenshot, zoomable</source>
        <translation>Sgrinlun, gellir ei chwyddo</translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 o %3</translation>
    </message>
    <message>
        <source>the covered copy, as used in the report</source>
        <translation>y copi cuddiedig, fel sydd yn yr adroddiad</translation>
    </message>
</context>
<context>
    <name>ItemDetails</name>
    <message>
        <source>Picture</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>S&amp;how this picture</source>
        <translation>Dangos y &amp;llun hwn</translation>
    </message>
    <message>
        <source>Show this picture</source>
        <translation>Dangos y llun hwn</translation>
    </message>
    <message>
        <source>Pictures are blurred until you choose to see them.</source>
        <translation>Mae&apos;r lluniau wedi&apos;u niwlio nes i ti ddewis eu gweld nhw.</translation>
    </message>
    <message>
        <source>&amp;Large view…</source>
        <translation>&amp;Golwg fawr…</translation>
    </message>
    <message>
        <source>Open the large view</source>
        <translation>Agor yr olwg fawr</translation>
    </message>
    <message>
        <source>For example: his demand for money</source>
        <translation>Er enghraifft: ei gais am arian</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>What this screenshot shows. Saved as you type.</source>
        <translation>Beth mae&apos;r sgrinlun hwn yn ei ddangos. Mae&apos;n cael ei gadw wrth i ti deipio.</translation>
    </message>
    <message>
        <source>App or website</source>
        <translation>Ap neu wefan</translation>
    </message>
    <message>
        <source>Choose from the list or type the name. Saved as you type.</source>
        <translation>Dewisa o&apos;r rhestr neu teipia&apos;r enw. Mae&apos;n cael ei gadw wrth i ti deipio.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Pryd digwyddodd e</translation>
    </message>
    <message>
        <source>Date and time in this computer&apos;s time zone. Saved as you change it.</source>
        <translation>Dyddiad ac amser yng nghylchfa amser y cyfrifiadur hwn. Mae&apos;n cael ei gadw wrth i ti ei newid.</translation>
    </message>
    <message>
        <source>Cl&amp;ear date</source>
        <translation>Cli&amp;rio&apos;r dyddiad</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Clirio&apos;r dyddiad</translation>
    </message>
    <message>
        <source>Just &amp;now</source>
        <translation>&amp;Nawr</translation>
    </message>
    <message>
        <source>Set the date to now</source>
        <translation>Gosod y dyddiad i nawr</translation>
    </message>
    <message>
        <source>Original file name</source>
        <translation>Enw gwreiddiol y ffeil</translation>
    </message>
    <message>
        <source>Added to the case</source>
        <translation>Ychwanegwyd at yr achos</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>Maint y llun</translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation>SHA-256 y gwreiddiol</translation>
    </message>
    <message>
        <source>SHA-256 of the covered copy</source>
        <translation>SHA-256 y copi cuddiedig</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Disgrifiad:</translation>
    </message>
    <message>
        <source>App or websi&amp;te:</source>
        <translation>Ap neu &amp;wefan:</translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation>&amp;Pryd digwyddodd e:</translation>
    </message>
    <message>
        <source>Original file:</source>
        <translation>Ffeil wreiddiol:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Ychwanegwyd:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Maint:</translation>
    </message>
    <message>
        <source>SHA-256 (original):</source>
        <translation>SHA-256 (gwreiddiol):</translation>
    </message>
    <message>
        <source>SHA-256 (covered copy):</source>
        <translation>SHA-256 (copi cuddiedig):</translation>
    </message>
    <message>
        <source>Co&amp;ver private parts…</source>
        <translation>C&amp;uddio rhannau preifat…</translation>
    </message>
    <message>
        <source>Cover private parts of this screenshot</source>
        <translation>Cuddio rhannau preifat y sgrinlun hwn</translation>
    </message>
    <message>
        <source>Draw black boxes over names or images. The original is kept unchanged.</source>
        <translation>Tynna flychau du dros enwau neu luniau. Mae&apos;r gwreiddiol yn cael ei gadw heb newid.</translation>
    </message>
    <message>
        <source>&amp;Remove from case…</source>
        <translation>&amp;Tynnu o&apos;r achos…</translation>
    </message>
    <message>
        <source>Remove this screenshot from the case</source>
        <translation>Tynnu&apos;r sgrinlun hwn o&apos;r achos</translation>
    </message>
    <message>
        <source>Choose a screenshot in the list</source>
        <translation>Dewisa sgrinlun yn y rhestr</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>Arddangosyn %1</translation>
    </message>
    <message>
        <source>Saved time: %1</source>
        <translation>Amser wedi&apos;i gadw: %1</translation>
    </message>
    <message>
        <source>%1 x %2 pixels, %3 KB, %4</source>
        <translation>%1 x %2 picsel, %3 KB, %4</translation>
    </message>
    <message>
        <source>nothing covered</source>
        <translation>dim wedi&apos;i guddio</translation>
    </message>
    <message>
        <source>Not saved yet: %1 What you typed is still here.</source>
        <translation>Heb ei gadw eto: %1 Mae beth deipiaist ti yma o hyd.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>The case is locked</source>
        <translation>Mae&apos;r achos wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>It locked itself because nothing happened for a while, to keep it private. Everything you typed was saved. Type your passphrase to go back to where you were.</source>
        <translation>Mae wedi cloi ei hun am nad oedd dim byd wedi digwydd ers tro, er mwyn ei gadw&apos;n breifat. Cafodd popeth deipiaist ti ei gadw. Teipia dy gyfrinymadrodd i fynd yn ôl i ble roeddet ti.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Dan&amp;gos</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Dangos beth dw i&apos;n ei deipio</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Unlock the case</source>
        <translation>Datgloi&apos;r achos</translation>
    </message>
    <message>
        <source>Use the &amp;recovery code instead</source>
        <translation>Defnyddio&apos;r cod &amp;adfer yn lle hynny</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Defnyddio&apos;r cod adfer yn lle hynny</translation>
    </message>
    <message>
        <source>&amp;Close the case</source>
        <translation>Ca&amp;u&apos;r achos</translation>
    </message>
    <message>
        <source>Close the case and go to the start</source>
        <translation>Cau&apos;r achos a mynd i&apos;r dechrau</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>C&amp;od adfer</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <source>Use the &amp;passphrase instead</source>
        <translation>Defnyddio&apos;r &amp;cyfrinymadrodd yn lle hynny</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Defnyddio&apos;r cyfrinymadrodd yn lle hynny</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Teipia&apos;r cyfrinymadrodd yn gyntaf.</translation>
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
        <translation>&amp;Gosodiadau</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Ynghylch</translation>
    </message>
    <message>
        <source>About Guardian Desktop</source>
        <translation>Ynghylch Guardian Desktop</translation>
    </message>
    <message>
        <source>About Guardian Desktop (F1)</source>
        <translation>Ynghylch Guardian Desktop (F1)</translation>
    </message>
    <message>
        <source>The case is intact</source>
        <translation>Mae&apos;r achos yn gyfan</translation>
    </message>
    <message>
        <source>Everything checked out: the encryption, the fingerprints of all {count} screenshots and the record of changes.</source>
        <translation>Mae popeth yn iawn: yr amgryptio, olion bysedd pob un o&apos;r {count} sgrinlun a&apos;r cofnod o newidiadau.</translation>
    </message>
    <message>
        <source>The case has a problem</source>
        <translation>Mae problem gyda&apos;r achos</translation>
    </message>
    <message>
        <source>Part of the case could not be read or does not match its fingerprint. Keep a copy of the whole case folder, and make your report now while the rest can still be read.

What was found:
{problems}

Still readable:
{readable}</source>
        <translation>Doedd dim modd darllen rhan o&apos;r achos, neu dydy hi ddim yn cyfateb i&apos;w hôl bys. Cadwa gopi o ffolder cyfan yr achos, a gwna dy adroddiad nawr tra bo modd darllen y gweddill.

Beth a ganfuwyd:
{problems}

Yn dal yn ddarllenadwy:
{readable}</translation>
    </message>
    <message>
        <source>Delete this case?</source>
        <translation>Dileu&apos;r achos hwn?</translation>
    </message>
    <message>
        <source>This deletes the case and all the evidence in it from this computer. It cannot be undone. Only do this if you no longer need the evidence, for example after the police have a copy.</source>
        <translation>Mae hyn yn dileu&apos;r achos a&apos;r holl dystiolaeth ynddo o&apos;r cyfrifiadur hwn. Does dim modd ei ddadwneud. Gwna hyn dim ond os nad oes angen y dystiolaeth arnat ti mwyach, er enghraifft ar ôl i&apos;r heddlu gael copi.</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>Dileu&apos;r achos</translation>
    </message>
    <message>
        <source>Keep the case</source>
        <translation>Cadw&apos;r achos</translation>
    </message>
    <message>
        <source>The case could not be deleted</source>
        <translation>Nid oedd modd dileu&apos;r achos</translation>
    </message>
    <message>
        <source>The case is deleted</source>
        <translation>Mae&apos;r achos wedi&apos;i ddileu</translation>
    </message>
    <message>
        <source>The case files were overwritten and removed, and the app no longer remembers the case. Some copies may still exist: SSD drives, backups, cloud folders and system restore can keep old copies of files.</source>
        <translation>Cafodd ffeiliau&apos;r achos eu trosysgrifo a&apos;u tynnu, a dydy&apos;r ap ddim yn cofio&apos;r achos bellach. Efallai fod rhai copïau&apos;n dal i fodoli: gall gyriannau SSD, copïau wrth gefn, ffolderi cwmwl ac adfer system gadw hen gopïau o ffeiliau.</translation>
    </message>
    <message>
        <source>The case could not be fully deleted</source>
        <translation>Doedd dim modd dileu&apos;r achos yn llwyr</translation>
    </message>
    <message>
        <source>Some files could not be removed:</source>
        <translation>Doedd dim modd tynnu rhai ffeiliau:</translation>
    </message>
    <message>
        <source>The case is not remembered</source>
        <translation>Dydy&apos;r achos ddim yn cael ei gofio</translation>
    </message>
    <message>
        <source>Choose the case folder (.gdcase)</source>
        <translation>Dewisa ffolder yr achos (.gdcase)</translation>
    </message>
    <message>
        <source>This is not a case</source>
        <translation>Dydy hwn ddim yn achos</translation>
    </message>
    <message>
        <source>That folder is not a Guardian Desktop case. Choose the folder whose name ends in .gdcase. If it is on a USB stick, check that it is plugged in.</source>
        <translation>Dydy&apos;r ffolder yna ddim yn achos Guardian Desktop. Dewisa&apos;r ffolder sydd â&apos;i enw&apos;n gorffen gyda .gdcase. Os yw ar gof bach USB, gwiria ei fod wedi&apos;i gysylltu.</translation>
    </message>
    <message>
        <source>The practice case could not be made</source>
        <translation>Doedd dim modd gwneud yr achos ymarfer</translation>
    </message>
</context>
<context>
    <name>NewCaseScreen</name>
    <message>
        <source>A new case</source>
        <translation>Achos newydd</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>Pwy sy&apos;n defnyddio&apos;r ap?</translation>
    </message>
    <message>
        <source>I am the person being threatened</source>
        <translation>Fi yw&apos;r person sy&apos;n cael ei fygwth</translation>
    </message>
    <message>
        <source>I am a family member or friend helping</source>
        <translation>Aelod o&apos;r teulu neu ffrind ydw i, yn helpu</translation>
    </message>
    <message>
        <source>I am a school counsellor or teacher helping a student</source>
        <translation>Cwnselydd ysgol neu athro ydw i, yn helpu disgybl</translation>
    </message>
    <message>
        <source>Is the person being threatened under 18?</source>
        <translation>Ydy&apos;r person sy&apos;n cael ei fygwth o dan 18 oed?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nac ydy</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Ddim yn siŵr</translation>
    </message>
    <message>
        <source>Where the person being threatened lives</source>
        <translation>Ble mae&apos;r person sy&apos;n cael ei fygwth yn byw</translation>
    </message>
    <message>
        <source>Where does the person being threatened &amp;live?</source>
        <translation>Ble mae&apos;r person sy&apos;n cael ei fygwth yn &amp;byw?</translation>
    </message>
    <message>
        <source>A name for this case</source>
        <translation>Enw ar gyfer yr achos hwn</translation>
    </message>
    <message>
        <source>For example: my case</source>
        <translation>Er enghraifft: fy achos i</translation>
    </message>
    <message>
        <source>A &amp;name for this case (only you will see it)</source>
        <translation>E&amp;nw ar gyfer yr achos hwn (dim ond ti fydd yn ei weld)</translation>
    </message>
    <message>
        <source>Where to keep the case</source>
        <translation>Ble i gadw&apos;r achos</translation>
    </message>
    <message>
        <source>In the app&apos;s own folder on this computer</source>
        <translation>Yn ffolder yr ap ei hun ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Somewhere else, for example a USB stick</source>
        <translation>Rhywle arall, er enghraifft cof bach USB</translation>
    </message>
    <message>
        <source>C&amp;hoose a folder...</source>
        <translation>&amp;Dewis ffolder...</translation>
    </message>
    <message>
        <source>Choose a folder for the case</source>
        <translation>Dewisa ffolder ar gyfer yr achos</translation>
    </message>
    <message>
        <source>A passphrase to lock the case</source>
        <translation>Cyfrinymadrodd i gloi&apos;r achos</translation>
    </message>
    <message>
        <source>Use a few words only you know, at least {n} characters. Anyone with the passphrase can open the case.</source>
        <translation>Defnyddia ychydig o eiriau dim ond ti sy&apos;n eu gwybod, o leiaf {n} nod. Mae unrhyw un sydd â&apos;r cyfrinymadrodd yn gallu agor yr achos.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase &amp;again</source>
        <translation>Cyfrinymadrodd &amp;eto</translation>
    </message>
    <message>
        <source>Remember the case on this computer, so it opens without the passphrase. Only choose this if nobody else uses this computer account.</source>
        <translation>Cofio&apos;r achos ar y cyfrifiadur hwn, fel ei fod yn agor heb y cyfrinymadrodd. Dewisa hyn dim ond os nad oes neb arall yn defnyddio&apos;r cyfrif hwn ar y cyfrifiadur.</translation>
    </message>
    <message>
        <source>&amp;Make the case</source>
        <translation>&amp;Gwneud yr achos</translation>
    </message>
    <message>
        <source>Make the case</source>
        <translation>Gwneud yr achos</translation>
    </message>
    <message>
        <source>Go ba&amp;ck</source>
        <translation>&amp;Mynd yn ôl</translation>
    </message>
    <message>
        <source>Go back to the start</source>
        <translation>Mynd yn ôl i&apos;r dechrau</translation>
    </message>
    <message>
        <source>Choose where to keep the case</source>
        <translation>Dewisa ble i gadw&apos;r achos</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>Dim ffolder wedi&apos;i ddewis eto</translation>
    </message>
    <message>
        <source>Choose a folder first, or keep the case in the app&apos;s own folder.</source>
        <translation>Dewisa ffolder yn gyntaf, neu cadwa&apos;r achos yn ffolder yr ap ei hun.</translation>
    </message>
    <message>
        <source>The passphrase is too short. Use at least {n} characters.</source>
        <translation>Mae&apos;r cyfrinymadrodd yn rhy fyr. Defnyddia o leiaf {n} nod.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the second one again.</source>
        <translation>Dydy&apos;r ddau gyfrinymadrodd ddim yr un fath. Teipia&apos;r ail un eto.</translation>
    </message>
    <message>
        <source>My case</source>
        <translation>Fy achos</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Dangos y cyfrinymadrodd</translation>
    </message>
</context>
<context>
    <name>PlatformPage</name>
    <message>
        <source>Which apps or websites did they use?</source>
        <translation>Pa apiau neu wefannau ddefnyddion nhw?</translation>
    </message>
    <message>
        <source>Where to find their details</source>
        <translation>Ble i ddod o hyd i&apos;w manylion</translation>
    </message>
    <message>
        <source>A profile link looks like: {url}</source>
        <translation>Mae dolen proffil yn edrych fel hyn: {url}</translation>
    </message>
    <message>
        <source>How to report</source>
        <translation>Sut i roi gwybod</translation>
    </message>
    <message>
        <source>Choose this reason: {reason}</source>
        <translation>Dewisa&apos;r rheswm hwn: {reason}</translation>
    </message>
    <message>
        <source>How to block (after the evidence is saved)</source>
        <translation>Sut i flocio (ar ôl cadw&apos;r dystiolaeth)</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>PRACTICE: a made-up case, nothing is real or sent anywhere. Passphrase: {passphrase}. Deleted when you close the app.</source>
        <translation>YMARFER: achos ffug, does dim byd yn go iawn na&apos;n cael ei anfon i unman. Cyfrinymadrodd: {passphrase}. Caiff ei ddileu pan fyddi di&apos;n cau&apos;r ap.</translation>
    </message>
    <message>
        <source>Practice case</source>
        <translation>Achos ymarfer</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Yr un fath â&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>%1 (not yet checked by a native speaker)</source>
        <translation>%1 (heb ei wirio gan siaradwr brodorol eto)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>Lock the case after this many minutes unused</source>
        <translation>Cloi&apos;r achos ar ôl y nifer hwn o funudau heb ei ddefnyddio</translation>
    </message>
    <message>
        <source>Lock the case when &amp;unused for:</source>
        <translation>C&amp;loi&apos;r achos pan fydd heb ei ddefnyddio am:</translation>
    </message>
    <message>
        <source>For example: https://www.bbc.co.uk/weather</source>
        <translation>Er enghraifft: https://www.bbc.co.uk/weather</translation>
    </message>
    <message>
        <source>Web page to open after a quick exit</source>
        <translation>Tudalen we i&apos;w hagor ar ôl gadael yn gyflym</translation>
    </message>
    <message>
        <source>Optional. Leave empty to open nothing. It must start with https://</source>
        <translation>Dewisol. Gad hi&apos;n wag i beidio ag agor dim byd. Rhaid iddi ddechrau gyda https://</translation>
    </message>
    <message>
        <source>After a quick exit, &amp;open this page:</source>
        <translation>Ar ôl gadael yn gyflym, &amp;agor y dudalen hon:</translation>
    </message>
    <message>
        <source>&amp;Discreet mode: show a plain name (“Notes”) in the window title and task bar, and no list of recent cases.</source>
        <translation>&amp;Modd cynnil: dangos enw plaen (“Nodiadau”) yn nheitl y ffenestr ac yn y bar tasgau, a dim rhestr o achosion diweddar.</translation>
    </message>
    <message>
        <source>C&amp;heck this case</source>
        <translation>Gwi&amp;rio&apos;r achos hwn</translation>
    </message>
    <message>
        <source>Check the open case</source>
        <translation>Gwirio&apos;r achos sydd ar agor</translation>
    </message>
    <message>
        <source>Checks the encryption, every screenshot&apos;s fingerprint and the record of changes.</source>
        <translation>Mae&apos;n gwirio&apos;r amgryptio, ôl bys pob sgrinlun a&apos;r cofnod o newidiadau.</translation>
    </message>
    <message>
        <source>D&amp;elete this case from this computer...</source>
        <translation>&amp;Dileu&apos;r achos hwn o&apos;r cyfrifiadur hwn...</translation>
    </message>
    <message>
        <source>Delete the open case from this computer</source>
        <translation>Dileu&apos;r achos sydd ar agor o&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>This case</source>
        <translation>Yr achos hwn</translation>
    </message>
    <message>
        <source>Only delete the case when you no longer need the evidence, for example after the police have a copy.</source>
        <translation>Paid â dileu&apos;r achos nes nad oes angen y dystiolaeth arnat ti mwyach, er enghraifft ar ôl i&apos;r heddlu gael copi.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Cadw&apos;r gosodiadau</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;nslo</translation>
    </message>
    <message>
        <source>The web page must start with https:// - or leave it empty.</source>
        <translation>Rhaid i&apos;r dudalen we ddechrau gyda https:// - neu gad hi&apos;n wag.</translation>
    </message>
</context>
<context>
    <name>QuickExit</name>
    <message>
        <source>Quick exit presses</source>
        <translation>Pwyso Shift i adael yn gyflym</translation>
    </message>
    <message>
        <source>Shift pressed {count} of 3 times. Press it 3 times to leave at once.</source>
        <translation>Rwyt ti wedi pwyso Shift {count} gwaith allan o 3. Pwysa&apos;r fysell 3 gwaith i adael ar unwaith.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Gadael yn gyflym</translation>
    </message>
    <message>
        <source>Hides the app at once, saves and locks the case, then closes the app.</source>
        <translation>Mae&apos;n cuddio&apos;r ap ar unwaith, yn cadw ac yn cloi&apos;r achos, yna&apos;n cau&apos;r ap.</translation>
    </message>
    <message>
        <source>Or press Shift three times</source>
        <translation>Neu pwysa Shift dair gwaith</translation>
    </message>
</context>
<context>
    <name>QuickExitExplanation</name>
    <message>
        <source>About quick exit</source>
        <translation>Ynghylch gadael yn gyflym</translation>
    </message>
    <message>
        <source>Leaving the app quickly</source>
        <translation>Gadael yr ap yn gyflym</translation>
    </message>
    <message>
        <source>If someone comes near and you want this app out of sight, you can leave it at once. Press the Shift key three times, quickly. Or use the Quick exit button at the top of the window.</source>
        <translation>Os daw rhywun yn agos a thithau eisiau cuddio&apos;r ap hwn, gelli di ei adael ar unwaith. Pwysa&apos;r fysell Shift dair gwaith, yn gyflym. Neu defnyddia&apos;r botwm gadael yn gyflym ar frig y ffenestr.</translation>
    </message>
    <message>
        <source>Dots next to the button fill up as you press Shift. Pressing Shift while typing capital letters does not count.</source>
        <translation>Mae dotiau wrth ymyl y botwm yn llenwi wrth i ti bwyso Shift. Dydy pwyso Shift wrth deipio priflythrennau ddim yn cyfrif.</translation>
    </message>
    <message>
        <source>What quick exit does</source>
        <translation>Beth mae gadael yn gyflym yn ei wneud</translation>
    </message>
    <message>
        <source>It hides every window of the app straight away.</source>
        <translation>Mae&apos;n cuddio pob un o ffenestri&apos;r ap ar unwaith.</translation>
    </message>
    <message>
        <source>It saves what you typed into your case, then locks the case. It needs your passphrase to open again.</source>
        <translation>Mae&apos;n cadw beth deipiaist ti yn dy achos, yna&apos;n cloi&apos;r achos. Bydd angen dy gyfrinymadrodd i&apos;w agor eto.</translation>
    </message>
    <message>
        <source>It clears anything the app copied, for example with a Copy button. Something you copied in another program is left alone.</source>
        <translation>Mae&apos;n clirio unrhyw beth gopïodd yr ap, er enghraifft gyda botwm Copïo. Dydy e ddim yn cyffwrdd â rhywbeth gopïaist ti mewn rhaglen arall.</translation>
    </message>
    <message>
        <source>It closes the app. If you chose a web page in the settings, that page opens in your browser.</source>
        <translation>Mae&apos;n cau&apos;r ap. Os dewisaist ti dudalen we yn y gosodiadau, mae&apos;r dudalen honno&apos;n agor yn dy borwr.</translation>
    </message>
    <message>
        <source>What quick exit does not do</source>
        <translation>Beth dydy gadael yn gyflym ddim yn ei wneud</translation>
    </message>
    <message>
        <source>It does not delete your case. Everything you saved is still there, safely locked, when you open the app again.</source>
        <translation>Dydy e ddim yn dileu dy achos. Mae popeth gadwaist ti yno o hyd, wedi&apos;i gloi&apos;n ddiogel, pan fyddi di&apos;n agor yr ap eto.</translation>
    </message>
    <message>
        <source>It does not clear your browser history, or anything else outside this app.</source>
        <translation>Dydy e ddim yn clirio hanes dy borwr, nac unrhyw beth arall y tu allan i&apos;r ap hwn.</translation>
    </message>
    <message>
        <source>For a moment, the taskbar or dock may still show the app while it closes.</source>
        <translation>Am eiliad, efallai y bydd y bar tasgau neu&apos;r doc yn dal i ddangos yr ap wrth iddo gau.</translation>
    </message>
    <message>
        <source>It cannot hide that the app is installed, or that it was used. The computer may list it among recent programs.</source>
        <translation>Dydy e ddim yn gallu cuddio bod yr ap wedi&apos;i osod, neu ei fod wedi cael ei ddefnyddio. Efallai y bydd y cyfrifiadur yn ei restru ymhlith rhaglenni diweddar.</translation>
    </message>
</context>
<context>
    <name>QuickExitIntroDialog</name>
    <message>
        <source>Leaving the app quickly</source>
        <translation>Gadael yr ap yn gyflym</translation>
    </message>
    <message>
        <source>&amp;I understand</source>
        <translation>&amp;Rwy&apos;n deall</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Rwy&apos;n deall</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Add to the list</source>
        <translation>Ychwanegu at y rhestr</translation>
    </message>
    <message>
        <source>Start a new one</source>
        <translation>Dechrau un newydd</translation>
    </message>
    <message>
        <source>Remove the chosen one</source>
        <translation>Tynnu&apos;r un a ddewiswyd</translation>
    </message>
    <message>
        <source>Add to the list: {what}</source>
        <translation>Ychwanegu at y rhestr: {what}</translation>
    </message>
    <message>
        <source>Clear the form to add a new one: {what}</source>
        <translation>Clirio&apos;r ffurflen i ychwanegu un newydd: {what}</translation>
    </message>
    <message>
        <source>Remove the chosen row: {what}</source>
        <translation>Tynnu&apos;r rhes a ddewiswyd: {what}</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <source>Type something in the form first, then add it.</source>
        <translation>Teipia rywbeth yn y ffurflen yn gyntaf, yna ychwanega fe.</translation>
    </message>
    <message>
        <source>Remove this row?</source>
        <translation>Tynnu&apos;r rhes hon?</translation>
    </message>
    <message>
        <source>Remove the chosen row from the list?</source>
        <translation>Tynnu&apos;r rhes a ddewiswyd o&apos;r rhestr?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeScreen</name>
    <message>
        <source>Your recovery code</source>
        <translation>Dy god adfer</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way back into the case. Write it on paper and keep it somewhere safe, away from this computer. It is shown only now.</source>
        <translation>Os wyt ti&apos;n anghofio dy gyfrinymadrodd, y cod hwn yw&apos;r unig ffordd yn ôl i mewn i&apos;r achos. Ysgrifenna fe ar bapur a&apos;i gadw rywle diogel, i ffwrdd o&apos;r cyfrifiadur hwn. Dim ond nawr mae&apos;n cael ei ddangos.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <source>&amp;Print it</source>
        <translation>&amp;Ei argraffu</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Argraffu&apos;r cod adfer</translation>
    </message>
    <message>
        <source>&amp;Copy it</source>
        <translation>Ei &amp;gopïo</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Copïo&apos;r cod adfer</translation>
    </message>
    <message>
        <source>I have written it down and put it somewhere safe</source>
        <translation>Dw i wedi&apos;i ysgrifennu a&apos;i roi rywle diogel</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>&amp;Parhau</translation>
    </message>
    <message>
        <source>Continue to the first step</source>
        <translation>Parhau i&apos;r cam cyntaf</translation>
    </message>
    <message>
        <source>Guardian Desktop recovery code:

{code}
</source>
        <translation>Cod adfer Guardian Desktop:

{code}
</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Wedi&apos;i anfon i&apos;r argraffydd.</translation>
    </message>
    <message>
        <source>Copied. Paste it only somewhere private, then copy something else over it.</source>
        <translation>Wedi&apos;i gopïo. Gluda fe dim ond rywle preifat, yna copïa rywbeth arall drosto.</translation>
    </message>
</context>
<context>
    <name>RedactCanvas</name>
    <message>
        <source>Picture to cover</source>
        <translation>Llun i&apos;w guddio</translation>
    </message>
    <message>
        <source>Drag with the mouse to draw a box. Or use the keyboard: arrow keys move the dashed selection box, Shift and arrow keys change its size, Enter covers it. Ctrl+Z undoes the last box.</source>
        <translation>Llusga gyda&apos;r llygoden i dynnu blwch. Neu defnyddia&apos;r bysellfwrdd: mae&apos;r bysellau saeth yn symud y blwch dewis toredig, mae Shift a&apos;r bysellau saeth yn newid ei faint, ac mae Enter yn ei guddio. Mae Ctrl+Z yn dadwneud y blwch olaf.</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <source>Cover private parts of %1</source>
        <translation>Cuddio rhannau preifat o %1</translation>
    </message>
    <message>
        <source>Draw black boxes over anything that should not be seen, such as an intimate image or a friend&apos;s name. Drag with the mouse, or press Tab to reach the picture and use the arrow keys (Shift to change the size) and Enter. The original stays in the case unchanged; the report uses the covered copy.</source>
        <translation>Tynna flychau du dros unrhyw beth na ddylai gael ei weld, fel llun personol neu enw ffrind. Llusga gyda&apos;r llygoden, neu pwysa Tab i gyrraedd y llun a defnyddia&apos;r bysellau saeth (Shift i newid y maint) ac Enter. Mae&apos;r gwreiddiol yn aros yn yr achos heb newid; mae&apos;r adroddiad yn defnyddio&apos;r copi cuddiedig.</translation>
    </message>
    <message>
        <source>Fingerprints (SHA-256)</source>
        <translation>Olion bysedd (SHA-256)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>Undo the last box</source>
        <translation>Dadwneud y blwch olaf</translation>
    </message>
    <message>
        <source>Remove &amp;all boxes</source>
        <translation>Tynnu&apos;r &amp;holl flychau</translation>
    </message>
    <message>
        <source>Remove all boxes</source>
        <translation>Tynnu&apos;r holl flychau</translation>
    </message>
    <message>
        <source>&amp;Save covered copy</source>
        <translation>&amp;Cadw&apos;r copi cuddiedig</translation>
    </message>
    <message>
        <source>Save the covered copy</source>
        <translation>Cadw&apos;r copi cuddiedig</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cau heb gadw</translation>
    </message>
    <message>
        <source>Original SHA-256 (never changed): %1</source>
        <translation>SHA-256 y gwreiddiol (byth yn newid): %1</translation>
    </message>
    <message>
        <source>Covered copy SHA-256: %1</source>
        <translation>SHA-256 y copi cuddiedig: %1</translation>
    </message>
    <message>
        <source>Saving the covered copy…</source>
        <translation>Yn cadw&apos;r copi cuddiedig…</translation>
    </message>
    <message>
        <source>Please try again.</source>
        <translation>Rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>Saved. The report will use the covered copy.</source>
        <translation>Wedi&apos;i gadw. Bydd yr adroddiad yn defnyddio&apos;r copi cuddiedig.</translation>
    </message>
    <message>
        <source>The covered copy was not saved: %1 Your boxes are still here.</source>
        <translation>Chafodd y copi cuddiedig ddim ei gadw: %1 Mae dy flychau yma o hyd.</translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <source>Before you add screenshots</source>
        <translation>Cyn i ti ychwanegu sgrinluniau</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Where to report</source>
        <translation>Ble i roi gwybod</translation>
    </message>
    <message>
        <source>Emergency: call {number}</source>
        <translation>Argyfwng: ffonia {number}</translation>
    </message>
    <message>
        <source>Not an emergency: call {number}</source>
        <translation>Ddim yn argyfwng: ffonia {number}</translation>
    </message>
    <message>
        <source>Open the &amp;police reporting page</source>
        <translation>Agor tudalen rhoi gwybod yr &amp;heddlu</translation>
    </message>
    <message>
        <source>Open the police reporting page in a browser</source>
        <translation>Agor tudalen rhoi gwybod yr heddlu mewn porwr</translation>
    </message>
    <message>
        <source>Open the &amp;CEOP page</source>
        <translation>Agor tudalen &amp;CEOP</translation>
    </message>
    <message>
        <source>Open the CEOP reporting page in a browser</source>
        <translation>Agor tudalen rhoi gwybod CEOP mewn porwr</translation>
    </message>
    <message>
        <source>The page could not be opened</source>
        <translation>Doedd dim modd agor y dudalen</translation>
    </message>
    <message>
        <source>No web browser could be opened. Type this address into a browser: {url}</source>
        <translation>Doedd dim modd agor porwr gwe. Teipia&apos;r cyfeiriad hwn mewn porwr: {url}</translation>
    </message>
    <message>
        <source>The report for the police</source>
        <translation>Yr adroddiad i&apos;r heddlu</translation>
    </message>
    <message>
        <source>Password for the PDF (optional)</source>
        <translation>Cyfrinair ar gyfer y PDF (dewisol)</translation>
    </message>
    <message>
        <source>Password for the PDF (optional, you will need to share it)</source>
        <translation>Cyfrinair ar gyfer y PDF (dewisol, bydd angen i ti ei rannu)</translation>
    </message>
    <message>
        <source>Write the report in &amp;Welsh (Cymraeg)</source>
        <translation>Y&amp;sgrifennu&apos;r adroddiad yn Gymraeg</translation>
    </message>
    <message>
        <source>&amp;Make the report</source>
        <translation>&amp;Gwneud yr adroddiad</translation>
    </message>
    <message>
        <source>Make the PDF report</source>
        <translation>Gwneud yr adroddiad PDF</translation>
    </message>
    <message>
        <source>&amp;Save the report...</source>
        <translation>Ca&amp;dw&apos;r adroddiad...</translation>
    </message>
    <message>
        <source>Save the PDF report to a file</source>
        <translation>Cadw&apos;r adroddiad PDF mewn ffeil</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Statws yr adroddiad</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Rhagolwg o&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Making the report. This can take a little while...</source>
        <translation>Yn gwneud yr adroddiad. Gall hyn gymryd ychydig o amser...</translation>
    </message>
    <message>
        <source>The report is ready: {pages} page(s). Check it below, then save it.</source>
        <translation>Mae&apos;r adroddiad yn barod: {pages} tudalen. Gwiria fe isod, yna cadwa fe.</translation>
    </message>
    <message>
        <source>Only the first {shown} pages are shown here; the saved report has all {pages} pages.</source>
        <translation>Dim ond y {shown} tudalen gyntaf sydd i&apos;w gweld yma; mae gan yr adroddiad a gadwyd bob un o&apos;r {pages} tudalen.</translation>
    </message>
    <message>
        <source>Page {n} of the report</source>
        <translation>Tudalen {n} o&apos;r adroddiad</translation>
    </message>
    <message>
        <source>The report could not be made: {reason} Your case is safe. Try again, or close other programs and try again.</source>
        <translation>Doedd dim modd gwneud yr adroddiad: {reason} Mae dy achos yn ddiogel. Rho gynnig arall arni, neu cau rhaglenni eraill a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>police-report.pdf</source>
        <translation>adroddiad-heddlu.pdf</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Cadw&apos;r adroddiad</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {files}</source>
        <translation>Wedi&apos;i gadw: {files}</translation>
    </message>
    <message>
        <source>Short summary to paste into a form</source>
        <translation>Crynodeb byr i&apos;w ludo mewn ffurflen</translation>
    </message>
    <message>
        <source>Short summary of the case</source>
        <translation>Crynodeb byr o&apos;r achos</translation>
    </message>
    <message>
        <source>C&amp;opy the summary</source>
        <translation>C&amp;opïo&apos;r crynodeb</translation>
    </message>
    <message>
        <source>Copy the summary</source>
        <translation>Copïo&apos;r crynodeb</translation>
    </message>
    <message>
        <source>After you report</source>
        <translation>Ar ôl i ti roi gwybod</translation>
    </message>
    <message>
        <source>Police reference number</source>
        <translation>Cyfeirnod yr heddlu</translation>
    </message>
    <message>
        <source>Police &amp;reference number</source>
        <translation>C&amp;yfeirnod yr heddlu</translation>
    </message>
    <message>
        <source>The summary is not available in this version.</source>
        <translation>Dydy&apos;r crynodeb ddim ar gael yn y fersiwn hon.</translation>
    </message>
</context>
<context>
    <name>ScreenCapture</name>
    <message>
        <source>This computer did not let the app capture the screen. Use the system&apos;s own screenshot key instead, then add the file with &apos;Add screenshots&apos;.</source>
        <translation>Wnaeth y cyfrifiadur hwn ddim gadael i&apos;r ap dynnu llun o&apos;r sgrin. Defnyddia fysell sgrinlun y system yn lle hynny, yna ychwanega&apos;r ffeil gydag &apos;Ychwanegu sgrinluniau&apos;.</translation>
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
        <translation>Os oes rhywun yn bygwth rhannu lluniau ohonot ti, neu o rywun rwyt ti&apos;n ei helpu, mae&apos;r ap hwn yn dangos beth i&apos;w wneud, un cam ar y tro. Mae popeth yn aros ar y cyfrifiadur hwn, wedi&apos;i gloi gyda chyfrinymadrodd.</translation>
    </message>
    <message>
        <source>&amp;New case: start here</source>
        <translation>Achos &amp;newydd: dechrau yma</translation>
    </message>
    <message>
        <source>Start a new case</source>
        <translation>Dechrau achos newydd</translation>
    </message>
    <message>
        <source>&amp;Open a case...</source>
        <translation>&amp;Agor achos...</translation>
    </message>
    <message>
        <source>Open a case you made before</source>
        <translation>Agor achos a wnest ti o&apos;r blaen</translation>
    </message>
    <message>
        <source>&amp;Practise with a made-up case</source>
        <translation>&amp;Ymarfer gydag achos ffug</translation>
    </message>
    <message>
        <source>Practise with a made-up case</source>
        <translation>Ymarfer gydag achos ffug</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Achosion diweddar</translation>
    </message>
    <message>
        <source>Show recent cases here. This keeps a list of where cases are saved on this computer (only the folder names, nothing from inside them).</source>
        <translation>Dangos achosion diweddar yma. Mae hyn yn cadw rhestr o ble mae achosion wedi&apos;u cadw ar y cyfrifiadur hwn (dim ond enwau&apos;r ffolderi, dim byd o&apos;u mewn).</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>Who can help in {region}</source>
        <translation>Pwy sy&apos;n gallu helpu yn {region}</translation>
    </message>
    <message>
        <source>Phone: {number}</source>
        <translation>Ffôn: {number}</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Agor y wefan</translation>
    </message>
    <message>
        <source>Open the website of {name}</source>
        <translation>Agor gwefan {name}</translation>
    </message>
    <message>
        <source>After a report</source>
        <translation>Ar ôl rhoi gwybod</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Open a case</source>
        <translation>Agor achos</translation>
    </message>
    <message>
        <source>Case: {name}</source>
        <translation>Achos: {name}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Agor yr achos</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Agor yr achos</translation>
    </message>
    <message>
        <source>I &amp;forgot my passphrase</source>
        <translation>Dw i wedi anghof&amp;io fy nghyfrinymadrodd</translation>
    </message>
    <message>
        <source>I forgot my passphrase</source>
        <translation>Dw i wedi anghofio fy nghyfrinymadrodd</translation>
    </message>
    <message>
        <source>Go ba&amp;ck</source>
        <translation>&amp;Mynd yn ôl</translation>
    </message>
    <message>
        <source>Go back to the start</source>
        <translation>Mynd yn ôl i&apos;r dechrau</translation>
    </message>
    <message>
        <source>Use your recovery code</source>
        <translation>Defnyddia dy god adfer</translation>
    </message>
    <message>
        <source>Type the recovery code from when you made the case. Then choose a new passphrase. Small letters and spaces are fine.</source>
        <translation>Teipia&apos;r cod adfer gest ti pan wnest ti&apos;r achos. Yna dewisa gyfrinymadrodd newydd. Mae llythrennau bach a bylchau yn iawn.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>C&amp;od adfer</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>Cyfrinymadrodd &amp;newydd</translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation>Cyfrinymadrodd newydd &amp;eto</translation>
    </message>
    <message>
        <source>Open with the recovery co&amp;de</source>
        <translation>Agor gyda&apos;r cod a&amp;dfer</translation>
    </message>
    <message>
        <source>Open with the recovery code</source>
        <translation>Agor gyda&apos;r cod adfer</translation>
    </message>
    <message>
        <source>Remember the case on this computer, so it opens without the passphrase</source>
        <translation>Cofio&apos;r achos ar y cyfrifiadur hwn, fel ei fod yn agor heb y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Teipia&apos;r cyfrinymadrodd yn gyntaf.</translation>
    </message>
    <message>
        <source>The new passphrase is too short. Use at least {n} characters.</source>
        <translation>Mae&apos;r cyfrinymadrodd newydd yn rhy fyr. Defnyddia o leiaf {n} nod.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Type the second one again.</source>
        <translation>Dydy&apos;r ddau gyfrinymadrodd newydd ddim yr un fath. Teipia&apos;r ail un eto.</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Steps</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Teitl y cam</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back to the step before</source>
        <translation>Yn ôl i&apos;r cam cynt</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Y cam nesaf</translation>
    </message>
    <message>
        <source>C&amp;lose the case</source>
        <translation>&amp;Cau&apos;r achos</translation>
    </message>
    <message>
        <source>Lock and close the case</source>
        <translation>Cloi a chau&apos;r achos</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Cam {n} o {total}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>heb ei wneud eto</translation>
    </message>
</context>
</TS>
