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
      <translation>Mae Guardian Desktop yn helpu pobl sy'n wynebu sextortion (blacmel gyda lluniau rhywiol), a'r bobl sy'n eu helpu, i stopio'r cysylltiad yn ddiogel, cadw tystiolaeth a rhoi gwybod amdano. Mae'n gweithio all-lein: dydy e ddim yn cysylltu â'r rhyngrwyd, ac mae'r achos yn aros wedi'i amgryptio ar y cyfrifiadur hwn. Dim ond pan fyddi di'n cadw PDF neu fwndel y bydd rhywbeth yn gadael yr achos.</translation>
    </message>
    <message>
      <source>Every piece of advice, phone number and web address comes from a public source, listed with the date it was checked in resources/guidance/SOURCES.md.</source>
      <translation>Daw pob cyngor, rhif ffôn a chyfeiriad gwe o ffynhonnell gyhoeddus. Mae'r rhestr, gyda'r dyddiad y cafodd pob un ei wirio, yn resources/guidance/SOURCES.md.</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Ieithoedd</translation>
    </message>
    <message>
      <source>%1: checked</source>
      <translation>%1: wedi'i wirio</translation>
    </message>
    <message>
      <source>%1: translation not yet checked by a native speaker. If something is unclear, use English.</source>
      <translation>%1: dydy siaradwr brodorol ddim wedi gwirio'r cyfieithiad eto. Os oes rhywbeth yn aneglur, defnyddia'r Saesneg.</translation>
    </message>
    <message>
      <source>The report font is DejaVu Sans (free licence, in resources/fonts). The app is built with Qt (PySide6), SQLCipher and ReportLab.</source>
      <translation>Ffont yr adroddiad yw DejaVu Sans (trwydded rydd, yn resources/fonts). Mae'r ap wedi'i wneud gyda Qt (PySide6), SQLCipher a ReportLab.</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Cau</translation>
    </message>
  </context>
  <context>
    <name>AccountsQuestion</name>
    <message>
      <source>Their accounts, names and numbers</source>
      <translation>Eu cyfrifon, eu henwau a'u rhifau</translation>
    </message>
    <message>
      <source>Add each account they used, on any app. Give what you know and leave the rest empty.</source>
      <translation>Ychwanega bob cyfrif ddefnyddion nhw, ar unrhyw ap. Rho beth rwyt ti'n ei wybod a gad y gweddill yn wag.</translation>
    </message>
    <message>
      <source>Account {n}</source>
      <translation>Cyfrif {n}</translation>
    </message>
    <message>
      <source>&amp;Add another account</source>
      <translation>&amp;Ychwanegu cyfrif arall</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Tynnu</translation>
    </message>
  </context>
  <context>
    <name>AnswerChoice</name>
    <message>
      <source>Yes</source>
      <translation>Ie</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Na</translation>
    </message>
    <message>
      <source>Not sure</source>
      <translation>Ddim yn siŵr</translation>
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
      <translation>Un llinell i bob ffeil, yn dweud beth oedd o'i le a beth i'w wneud.</translation>
    </message>
    <message>
      <source>Hide this summar&amp;y</source>
      <translation>Cuddio'r crynodeb &amp;hwn</translation>
    </message>
    <message>
      <source>Hide this summary</source>
      <translation>Cuddio'r crynodeb hwn</translation>
    </message>
    <message>
      <source>%1 was already in the case as %2, so it was not added twice.</source>
      <translation>Roedd %1 yn yr achos yn barod fel %2, felly chafodd e ddim ei ychwanegu ddwywaith.</translation>
    </message>
    <message numerus="yes">
      <source>%n screenshot(s) added.</source>
      <translation>
        <numerusform>Cafodd %n sgrinlun eu hychwanegu.</numerusform>
        <numerusform>Cafodd %n sgrinlun ei ychwanegu.</numerusform>
        <numerusform>Cafodd %n sgrinlun eu hychwanegu.</numerusform>
        <numerusform>Cafodd %n sgrinlun eu hychwanegu.</numerusform>
        <numerusform>Cafodd %n sgrinlun eu hychwanegu.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You stopped adding. What was finished is kept; %n not started.</source>
      <translation>
        <numerusform>Fe wnest ti stopio ychwanegu. Mae beth oedd wedi'i orffen wedi'i gadw; %n heb ddechrau.</numerusform>
        <numerusform>Fe wnest ti stopio ychwanegu. Mae beth oedd wedi'i orffen wedi'i gadw; %n heb ddechrau.</numerusform>
        <numerusform>Fe wnest ti stopio ychwanegu. Mae beth oedd wedi'i orffen wedi'i gadw; %n heb ddechrau.</numerusform>
        <numerusform>Fe wnest ti stopio ychwanegu. Mae beth oedd wedi'i orffen wedi'i gadw; %n heb ddechrau.</numerusform>
        <numerusform>Fe wnest ti stopio ychwanegu. Mae beth oedd wedi'i orffen wedi'i gadw; %n heb ddechrau.</numerusform>
      </translation>
    </message>
    <message>
      <source>These could not be added (the others are kept):</source>
      <translation>Doedd dim modd ychwanegu'r rhain (mae'r lleill wedi'u cadw):</translation>
    </message>
    <message>
      <source>These could not be added:</source>
      <translation>Doedd dim modd ychwanegu'r rhain:</translation>
    </message>
    <message>
      <source>Nothing was added.</source>
      <translation>Chafodd dim byd ei ychwanegu.</translation>
    </message>
    <message>
      <source>%1: the file is empty (0 bytes).</source>
      <translation>%1: mae'r ffeil yn wag (0 beit).</translation>
    </message>
    <message>
      <source>%1: this is not a picture the app can read. If it is a screenshot, save it again as PNG or JPEG.</source>
      <translation>%1: dydy hwn ddim yn llun mae'r ap yn gallu ei ddarllen. Os yw'n sgrinlun, cadwa fe eto fel PNG neu JPEG.</translation>
    </message>
    <message>
      <source>%1: the picture is damaged or cut short, so it was not added. If you still have it on the phone, send or copy it again.</source>
      <translation>%1: mae'r llun wedi'i ddifrodi neu'n anghyflawn, felly chafodd e ddim ei ychwanegu. Os yw e gen ti ar y ffôn o hyd, anfona neu copïa fe eto.</translation>
    </message>
    <message>
      <source>%1: the picture is far too large to be a screenshot.</source>
      <translation>%1: mae'r llun yn llawer rhy fawr i fod yn sgrinlun.</translation>
    </message>
    <message>
      <source>%1: the file is too big to be a screenshot.</source>
      <translation>%1: mae'r ffeil yn rhy fawr i fod yn sgrinlun.</translation>
    </message>
    <message>
      <source>%1: this kind of file is not accepted. Use PNG, JPEG, WebP, BMP, GIF or TIFF.</source>
      <translation>%1: dydy'r math hwn o ffeil ddim yn cael ei dderbyn. Defnyddia PNG, JPEG, WebP, BMP, GIF neu TIFF.</translation>
    </message>
    <message>
      <source>%1: the file could not be read. Check that you are allowed to open it.</source>
      <translation>%1: doedd dim modd darllen y ffeil. Gwiria fod gen ti hawl i'w hagor.</translation>
    </message>
    <message>
      <source>%1: the file is no longer there. It may have been moved or deleted.</source>
      <translation>%1: dydy'r ffeil ddim yno bellach. Efallai ei bod wedi'i symud neu ei dileu.</translation>
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
      <translation>Cadw'r llun sgrin hwn?</translation>
    </message>
    <message>
      <source>The screen was captured. Keep it as evidence?</source>
      <translation>Cafodd llun o'r sgrin ei dynnu. Ei gadw fel tystiolaeth?</translation>
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
      <translation>Cadw'r llun sgrin fel tystiolaeth</translation>
    </message>
    <message>
      <source>&amp;Discard</source>
      <translation>&amp;Taflu</translation>
    </message>
    <message>
      <source>Discard the capture</source>
      <translation>Taflu'r llun sgrin</translation>
    </message>
  </context>
  <context>
    <name>CaseSession</name>
    <message>
      <source>Something went wrong while opening the case. Nothing in it was changed. Please try again.</source>
      <translation>Aeth rhywbeth o'i le wrth agor yr achos. Chafodd dim byd ynddo ei newid. Rho gynnig arall arni.</translation>
    </message>
    <message>
      <source>The case is not remembered</source>
      <translation>Dydy'r achos ddim yn cael ei gofio</translation>
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
      <translation>Dydy'r ffolder yna ddim yn achos Guardian Desktop. Dewisa'r ffolder sydd â'i enw'n gorffen gyda .gdcase. Os yw ar gof bach USB, gwiria ei fod wedi'i blygio i mewn.</translation>
    </message>
    <message>
      <source>The practice case could not be made</source>
      <translation>Doedd dim modd gwneud yr achos ymarfer</translation>
    </message>
    <message>
      <source>The app could not write to its own folder on this computer. Check that the disk has free space, then try again.</source>
      <translation>Doedd yr ap ddim yn gallu ysgrifennu i'w ffolder ei hun ar y cyfrifiadur hwn. Gwiria fod lle gwag ar y ddisg, yna rho gynnig arall arni.</translation>
    </message>
    <message>
      <source>The case is intact</source>
      <translation>Mae'r achos yn gyfan</translation>
    </message>
    <message>
      <source>Everything checked out: the encryption, the fingerprints and seals of all {count} exhibits, the record of changes, the key files and their backup, and that this copy is not older than the last one used.</source>
      <translation>Roedd popeth yn iawn: yr amgryptio, olion bysedd a seliau pob un o'r {count} arddangosyn, y cofnod o newidiadau, y ffeiliau allweddi a'u copi wrth gefn, ac nad yw'r copi hwn yn hŷn na'r un diwethaf a ddefnyddiwyd.</translation>
    </message>
    <message>
      <source>The case has a problem</source>
      <translation>Mae problem gyda'r achos</translation>
    </message>
    <message>
      <source>Part of the case could not be read or does not match its fingerprint. Keep a copy of the whole case folder, and make your report now while the rest can still be read.

What was found:
{problems}

Still readable:
{readable}</source>
      <translation>Doedd dim modd darllen rhan o'r achos, neu dydy hi ddim yn cyfateb i'w hôl bys. Cadwa gopi o ffolder cyfan yr achos, a gwna dy adroddiad nawr tra bod modd darllen y gweddill o hyd.

Beth gafodd ei ganfod:
{problems}

Yn dal yn ddarllenadwy:
{readable}</translation>
    </message>
    <message>
      <source>Delete this case?</source>
      <translation>Dileu'r achos hwn?</translation>
    </message>
    <message>
      <source>This deletes the case and all the evidence in it from this computer. It cannot be undone. Only do this if you no longer need the evidence, for example after the police have a copy.</source>
      <translation>Mae hyn yn dileu'r achos a'r holl dystiolaeth sydd ynddo o'r cyfrifiadur hwn. Does dim modd ei ddadwneud. Gwna hyn dim ond os nad oes angen y dystiolaeth arnat ti mwyach, er enghraifft ar ôl i'r heddlu gael copi.</translation>
    </message>
    <message>
      <source>Delete the case</source>
      <translation>Dileu'r achos</translation>
    </message>
    <message>
      <source>Keep the case</source>
      <translation>Cadw'r achos</translation>
    </message>
    <message>
      <source>The case could not be deleted</source>
      <translation>Doedd dim modd dileu'r achos</translation>
    </message>
    <message>
      <source>The case is deleted</source>
      <translation>Mae'r achos wedi'i ddileu</translation>
    </message>
    <message>
      <source>The case files were overwritten and removed, and the app no longer remembers the case. Some copies may still exist: SSD drives, backups, cloud folders and system restore can keep old copies of files.</source>
      <translation>Cafodd ffeiliau'r achos eu trosysgrifo a'u tynnu, a dydy'r ap ddim yn cofio'r achos mwyach. Efallai fod rhai copïau'n dal i fodoli: gall gyriannau SSD, copïau wrth gefn, ffolderi cwmwl ac adfer system gadw hen gopïau o ffeiliau.</translation>
    </message>
    <message>
      <source>The case could not be fully deleted</source>
      <translation>Doedd dim modd dileu'r achos yn llwyr</translation>
    </message>
    <message>
      <source>Some files could not be removed:</source>
      <translation>Doedd dim modd tynnu rhai ffeiliau:</translation>
    </message>
  </context>
  <context>
    <name>ChatImport</name>
    <message>
      <source>Add a &amp;chat export…</source>
      <translation>Ychwanegu &amp;sgwrs wedi'i hallforio…</translation>
    </message>
    <message>
      <source>Add a chat export</source>
      <translation>Ychwanegu sgwrs wedi'i hallforio</translation>
    </message>
    <message>
      <source>A chat exported from WhatsApp, Instagram, Facebook Messenger, Telegram or Snapchat: the whole conversation becomes one exhibit.</source>
      <translation>Sgwrs wedi'i hallforio o WhatsApp, Instagram, Facebook Messenger, Telegram neu Snapchat: mae'r sgwrs gyfan yn dod yn un arddangosyn.</translation>
    </message>
    <message>
      <source>Chat &amp;transcripts…</source>
      <translation>&amp;Trawsgrifiadau sgwrs…</translation>
    </message>
    <message>
      <source>Open the chat transcripts</source>
      <translation>Agor y trawsgrifiadau sgwrs</translation>
    </message>
    <message>
      <source>The chat was removed from the case.</source>
      <translation>Cafodd y sgwrs ei thynnu o'r achos.</translation>
    </message>
    <message>
      <source>Chat exports (%1)</source>
      <translation>Sgyrsiau wedi'u hallforio (%1)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Pob ffeil (*)</translation>
    </message>
    <message>
      <source>Choose chat exports to add</source>
      <translation>Dewisa sgyrsiau wedi'u hallforio i'w hychwanegu</translation>
    </message>
    <message>
      <source>Please wait until the chat being added is finished.</source>
      <translation>Aros nes bod y sgwrs sy'n cael ei hychwanegu wedi gorffen, os gweli di'n dda.</translation>
    </message>
    <message>
      <source>Reading the chat export…</source>
      <translation>Yn darllen y sgwrs wedi'i hallforio…</translation>
    </message>
    <message>
      <source>The chat was not added</source>
      <translation>Chafodd y sgwrs ddim ei hychwanegu</translation>
    </message>
    <message numerus="yes">
      <source>This chat holds %n photo(s) or file(s). You can add the photos as their own exhibits. Only add them if none is a nude or sexual image: the chat, the profile and the demands are the evidence.</source>
      <translation>
        <numerusform>Mae %n llun neu ffeil yn y sgwrs hon. Gelli di ychwanegu'r lluniau fel arddangosion ar wahân. Ychwanega nhw dim ond os nad oes un ohonyn nhw'n llun noeth neu rywiol: y sgwrs, y proffil a'r gofynion yw'r dystiolaeth.</numerusform>
        <numerusform>Mae %n llun neu ffeil yn y sgwrs hon. Gelli di ychwanegu'r llun fel arddangosyn ar wahân. Ychwanega fe dim ond os nad yw'n llun noeth neu rywiol: y sgwrs, y proffil a'r gofynion yw'r dystiolaeth.</numerusform>
        <numerusform>Mae %n llun neu ffeil yn y sgwrs hon. Gelli di ychwanegu'r lluniau fel arddangosion ar wahân. Ychwanega nhw dim ond os nad oes un ohonyn nhw'n llun noeth neu rywiol: y sgwrs, y proffil a'r gofynion yw'r dystiolaeth.</numerusform>
        <numerusform>Mae %n llun neu ffeil yn y sgwrs hon. Gelli di ychwanegu'r lluniau fel arddangosion ar wahân. Ychwanega nhw dim ond os nad oes un ohonyn nhw'n llun noeth neu rywiol: y sgwrs, y proffil a'r gofynion yw'r dystiolaeth.</numerusform>
        <numerusform>Mae %n llun neu ffeil yn y sgwrs hon. Gelli di ychwanegu'r lluniau fel arddangosion ar wahân. Ychwanega nhw dim ond os nad oes un ohonyn nhw'n llun noeth neu rywiol: y sgwrs, y proffil a'r gofynion yw'r dystiolaeth.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n chat(s) added as exhibits: %1.</source>
      <translation>
        <numerusform>Cafodd %n sgwrs eu hychwanegu fel arddangosion: %1.</numerusform>
        <numerusform>Cafodd %n sgwrs ei hychwanegu fel arddangosyn: %1.</numerusform>
        <numerusform>Cafodd %n sgwrs eu hychwanegu fel arddangosion: %1.</numerusform>
        <numerusform>Cafodd %n sgwrs eu hychwanegu fel arddangosion: %1.</numerusform>
        <numerusform>Cafodd %n sgwrs eu hychwanegu fel arddangosion: %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n chat(s) already in the case.</source>
      <translation>
        <numerusform>Roedd %n sgwrs yn yr achos yn barod.</numerusform>
        <numerusform>Roedd %n sgwrs yn yr achos yn barod.</numerusform>
        <numerusform>Roedd %n sgwrs yn yr achos yn barod.</numerusform>
        <numerusform>Roedd %n sgwrs yn yr achos yn barod.</numerusform>
        <numerusform>Roedd %n sgwrs yn yr achos yn barod.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n photo(s) added.</source>
      <translation>
        <numerusform>Cafodd %n llun eu hychwanegu.</numerusform>
        <numerusform>Cafodd %n llun ei ychwanegu.</numerusform>
        <numerusform>Cafodd %n llun eu hychwanegu.</numerusform>
        <numerusform>Cafodd %n llun eu hychwanegu.</numerusform>
        <numerusform>Cafodd %n llun eu hychwanegu.</numerusform>
      </translation>
    </message>
    <message>
      <source>Photos in the chat</source>
      <translation>Lluniau yn y sgwrs</translation>
    </message>
    <message>
      <source>None is sexual — add the photos</source>
      <translation>Does dim un yn rhywiol — ychwanega'r lluniau</translation>
    </message>
    <message>
      <source>Add only the chat</source>
      <translation>Ychwanegu'r sgwrs yn unig</translation>
    </message>
    <message>
      <source>Photos and files in the chat were left out, because the person is under 18 or their age is not known. Only the chat's words are kept.</source>
      <translation>Cafodd lluniau a ffeiliau yn y sgwrs eu gadael allan, am fod y person o dan 18 oed neu nad yw ei oed yn hysbys. Dim ond geiriau'r sgwrs sy'n cael eu cadw.</translation>
    </message>
    <message>
      <source>No chat was found in what you chose.</source>
      <translation>Doedd dim sgwrs yn yr hyn a ddewisaist ti.</translation>
    </message>
    <message>
      <source>Some exports were not added</source>
      <translation>Chafodd rhai sgyrsiau wedi'u hallforio ddim eu hychwanegu</translation>
    </message>
  </context>
  <context>
    <name>CheckQuestion</name>
    <message>
      <source>Check your answers</source>
      <translation>Gwiria dy atebion</translation>
    </message>
    <message>
      <source>This is what the report will say. Anything missing is fine: give what you know. Choose Change to go back to a question.</source>
      <translation>Dyma beth fydd yr adroddiad yn ei ddweud. Mae'n iawn os oes rhywbeth ar goll: rho beth rwyt ti'n ei wybod. Dewisa Newid i fynd yn ôl at gwestiwn.</translation>
    </message>
    <message>
      <source>Not given yet</source>
      <translation>Heb ei roi eto</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Newid</translation>
    </message>
    <message>
      <source>Change: {what}</source>
      <translation>Newid: {what}</translation>
    </message>
    <message>
      <source>Left out of the report</source>
      <translation>Wedi'i adael allan o'r adroddiad</translation>
    </message>
    <message>
      <source>Entries kept in the case: {n}. They are not in the report because the answer is No. Choose Change to answer again.</source>
      <translation>Cofnodion a gedwir yn yr achos: {n}. Dydyn nhw ddim yn yr adroddiad am mai Na yw'r ateb. Dewis Newid i ateb eto.</translation>
    </message>
    <message>
      <source>Answers given: {given}. Not given yet: {missing}.</source>
      <translation>Atebion wedi'u rhoi: {given}. Heb eu rhoi eto: {missing}.</translation>
    </message>
  </context>
  <context>
    <name>ClaimedLocationQuestion</name>
    <message>
      <source>Where did they say they were?</source>
      <translation>Ble dywedon nhw eu bod nhw?</translation>
    </message>
    <message>
      <source>&amp;Town or country they said they were in</source>
      <translation>&amp;Tref neu wlad y dywedon nhw eu bod ynddi</translation>
    </message>
    <message>
      <source>Leave it empty if you do not know. It may not be true: that is fine.</source>
      <translation>Gad hi'n wag os nad wyt ti'n gwybod. Efallai nad yw'n wir: mae hynny'n iawn.</translation>
    </message>
    <message>
      <source>Where they said they were</source>
      <translation>Ble dywedon nhw eu bod nhw</translation>
    </message>
  </context>
  <context>
    <name>ContactQuestion</name>
    <message>
      <source>Should the report give their contact details?</source>
      <translation>Ddylai'r adroddiad roi eu manylion cyswllt nhw?</translation>
    </message>
    <message>
      <source>Should the report give your contact details?</source>
      <translation>Ddylai'r adroddiad roi dy fanylion cyswllt di?</translation>
    </message>
    <message>
      <source>The police can take a report without them, but they may need to reach you. The details go only into the report you make.</source>
      <translation>Gall yr heddlu dderbyn adroddiad hebddyn nhw, ond efallai y bydd angen iddyn nhw gysylltu â ti. Dim ond yn yr adroddiad rwyt ti'n ei wneud y mae'r manylion yn mynd.</translation>
    </message>
    <message>
      <source>The police can take a report without them, but they may need to reach the person. The details go only into the report you make.</source>
      <translation>Gall yr heddlu dderbyn adroddiad hebddyn nhw, ond efallai y bydd angen iddyn nhw gysylltu â'r person. Dim ond yn yr adroddiad rwyt ti'n ei wneud y mae'r manylion yn mynd.</translation>
    </message>
    <message>
      <source>Put the contact details of the person being threatened in the report</source>
      <translation>Rhoi manylion cyswllt y person sy'n cael ei fygwth yn yr adroddiad</translation>
    </message>
    <message>
      <source>Put my contact details in the report</source>
      <translation>Rhoi fy manylion cyswllt yn yr adroddiad</translation>
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
      <translation>E-&amp;bost</translation>
    </message>
    <message>
      <source>Contact details in the report</source>
      <translation>Manylion cyswllt yn yr adroddiad</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Dylai</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Na ddylai</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Enw</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Ffôn</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-bost</translation>
    </message>
  </context>
  <context>
    <name>ContactsQuestion</name>
    <message>
      <source>Do they know who the person knows?</source>
      <translation>Ydyn nhw'n gwybod pwy mae'r person yn ei adnabod?</translation>
    </message>
    <message>
      <source>Do they know who you know?</source>
      <translation>Ydyn nhw'n gwybod pwy rwyt ti'n ei adnabod?</translation>
    </message>
    <message>
      <source>For example a school, an employer, family or friends they named, or a list of followers.</source>
      <translation>Er enghraifft ysgol, cyflogwr, teulu neu ffrindiau wnaethon nhw eu henwi, neu restr o ddilynwyr.</translation>
    </message>
    <message>
      <source>&amp;Who or what they know</source>
      <translation>&amp;Pwy neu beth maen nhw'n ei wybod</translation>
    </message>
    <message>
      <source>Know who you know</source>
      <translation>Gwybod pwy rwyt ti'n ei adnabod</translation>
    </message>
    <message>
      <source>Who or what they know</source>
      <translation>Pwy neu beth maen nhw'n ei wybod</translation>
    </message>
  </context>
  <context>
    <name>CountdownWindow</name>
    <message>
      <source>Capturing the screen</source>
      <translation>Tynnu llun o'r sgrin</translation>
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
      <translation>Canslo tynnu llun o'r sgrin</translation>
    </message>
    <message>
      <source>Bring the chat to the front. The screen will be captured in %1…</source>
      <translation>Tyrd â'r sgwrs i'r blaen. Bydd llun o'r sgrin yn cael ei dynnu mewn %1…</translation>
    </message>
  </context>
  <context>
    <name>Crash</name>
    <message>
      <source>Something went wrong</source>
      <translation>Aeth rhywbeth o'i le</translation>
    </message>
    <message>
      <source>Something went wrong inside the app. What you saved before is kept in the case. If this happens again, close the app and open the case again.</source>
      <translation>Aeth rhywbeth o'i le yn yr ap. Mae'r hyn a gadwaist ti o'r blaen yn dal yn yr achos. Os bydd hyn yn digwydd eto, cau'r ap ac agor yr achos eto.</translation>
    </message>
  </context>
  <context>
    <name>DemandQuestion</name>
    <message>
      <source>What did they ask for?</source>
      <translation>Am beth wnaethon nhw ofyn?</translation>
    </message>
    <message>
      <source>W&amp;hat they asked for</source>
      <translation>&amp;Beth ofynnon nhw amdano</translation>
    </message>
    <message>
      <source>For example: money, gift cards, more pictures, or to keep talking.</source>
      <translation>Er enghraifft: arian, cardiau rhodd, rhagor o luniau, neu i ddal ati i siarad.</translation>
    </message>
    <message>
      <source>What they asked for</source>
      <translation>Beth ofynnon nhw amdano</translation>
    </message>
  </context>
  <context>
    <name>DemandedPaymentsQuestion</name>
    <message>
      <source>How much did they ask for, and how?</source>
      <translation>Faint ofynnon nhw amdano, a sut?</translation>
    </message>
    <message>
      <source>Give what you know: the amount, how they wanted it, and where it was to go. Add another for each time they asked.</source>
      <translation>Rho beth rwyt ti'n ei wybod: y swm, sut roedden nhw eisiau'r arian, a ble roedd e i fod i fynd. Ychwanega un arall ar gyfer pob tro y gofynnon nhw.</translation>
    </message>
    <message>
      <source>Demand {n}</source>
      <translation>Gofyniad {n}</translation>
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
    <name>ErrorSummary</name>
    <message>
      <source>There is a problem</source>
      <translation>Mae problem</translation>
    </message>
    <message>
      <source>What you typed is saved as it is. You can fix it now or later.</source>
      <translation>Mae beth deipiaist ti wedi'i gadw fel y mae. Gelli di ei gywiro nawr neu'n nes ymlaen.</translation>
    </message>
    <message>
      <source>Go to the problem: {text}</source>
      <translation>Mynd at y broblem: {text}</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>That recovery code does not open this case. Check each group of letters and numbers, and try again.</source>
      <translation>Dydy'r cod adfer yna ddim yn agor yr achos hwn. Gwiria bob grŵp o lythrennau a rhifau, a rho gynnig arall arni.</translation>
    </message>
    <message>
      <source>That passphrase does not open this case. Check Caps Lock and try again, or use your recovery code.</source>
      <translation>Dydy'r cyfrinymadrodd yna ddim yn agor yr achos hwn. Gwiria Caps Lock a rho gynnig arall arni, neu defnyddia dy god adfer.</translation>
    </message>
    <message>
      <source>This is not a Guardian Desktop case, or it could not be found. If the case is on a USB stick, check that it is plugged in.</source>
      <translation>Dydy hwn ddim yn achos Guardian Desktop, neu doedd dim modd dod o hyd iddo. Os yw'r achos ar gof bach USB, gwiria ei fod wedi'i blygio i mewn.</translation>
    </message>
    <message>
      <source>Part of the case file is damaged. Keep a copy of the whole case folder. If the case opens, use 'Check this case' in Settings to see what can still be read.</source>
      <translation>Mae rhan o ffeil yr achos wedi'i difrodi. Cadwa gopi o ffolder cyfan yr achos. Os yw'r achos yn agor, defnyddia 'Gwirio'r achos hwn' yn y Gosodiadau i weld beth sy'n dal yn ddarllenadwy.</translation>
    </message>
    <message>
      <source>This case is already open in another window or program. Close it there first. If the app closed unexpectedly, wait a moment and try again.</source>
      <translation>Mae'r achos hwn eisoes ar agor mewn ffenestr neu raglen arall. Cau fe yno yn gyntaf. Os caeodd yr ap yn annisgwyl, aros funud a rho gynnig arall arni.</translation>
    </message>
    <message>
      <source>The case is in a place the app cannot write to, such as a locked USB stick or a read-only folder. Copy the whole case folder to this computer, then open the copy.</source>
      <translation>Mae'r achos mewn lle na all yr ap ysgrifennu iddo, fel cof bach USB wedi'i gloi neu ffolder darllen yn unig. Copïa ffolder cyfan yr achos i'r cyfrifiadur hwn, yna agor y copi.</translation>
    </message>
    <message>
      <source>The disk is full, so this was not saved. Nothing was half-written. Free some space, then try again.</source>
      <translation>Mae'r ddisg yn llawn, felly ni chafodd hwn ei gadw. Does dim byd wedi'i hanner ysgrifennu. Rhyddha ychydig o le, yna rho gynnig arall arni.</translation>
    </message>
    <message>
      <source>There is already something at that place. Choose another name or folder.</source>
      <translation>Mae rhywbeth yno'n barod. Dewisa enw neu ffolder arall.</translation>
    </message>
    <message>
      <source>This computer has no password store the app can use, so it cannot remember the case. You can still open it with your passphrase.</source>
      <translation>Does gan y cyfrifiadur hwn ddim storfa gyfrineiriau y gall yr ap ei defnyddio, felly all e ddim cofio'r achos. Gelli di ei agor o hyd gyda dy gyfrinymadrodd.</translation>
    </message>
  </context>
  <context>
    <name>EvidenceList</name>
    <message>
      <source>Saved screenshots</source>
      <translation>Sgrinluniau wedi'u cadw</translation>
    </message>
    <message>
      <source>Enter opens the large view. Space shows or hides the picture. Delete removes the screenshot from the case.</source>
      <translation>Mae Enter yn agor yr olwg fawr. Mae Space yn dangos neu'n cuddio'r llun. Mae Delete yn tynnu'r sgrinlun o'r achos.</translation>
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
      <translation>llun wedi'i niwlio</translation>
    </message>
    <message>
      <source>parts covered</source>
      <translation>rhannau wedi'u cuddio</translation>
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
      <source>%1 (time zone not recorded)</source>
      <translation>%1 (cylchfa amser heb ei chofnodi)</translation>
    </message>
    <message>
      <source>%1, time not known</source>
      <translation>%1, amser ddim yn hysbys</translation>
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
      <translation>Cadw'r dystiolaeth</translation>
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
      <translation>Mae'n ychwanegu pob llun yn y ffolder a'r ffolderi sydd ynddo.</translation>
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
      <translation>Mae'n ychwanegu'r llun rwyt ti wedi'i gopïo.</translation>
    </message>
    <message>
      <source>Capture my &amp;screen…</source>
      <translation>Tynnu llun o'r &amp;sgrin…</translation>
    </message>
    <message>
      <source>Capture my screen</source>
      <translation>Tynnu llun o'r sgrin</translation>
    </message>
    <message>
      <source>Hides this window, counts down so you can bring the chat to the front, then takes a picture of the screen for you to keep or discard.</source>
      <translation>Mae'n cuddio'r ffenestr hon ac yn cyfrif i lawr er mwyn i ti ddod â'r sgwrs i'r blaen. Yna mae'n tynnu llun o'r sgrin i ti ei gadw neu ei daflu.</translation>
    </message>
    <message>
      <source>Or drag screenshots, a folder or a chat export here.</source>
      <translation>Neu llusga sgrinluniau, ffolder neu allforiad sgwrs yma.</translation>
    </message>
    <message>
      <source>Ways to add</source>
      <translation>Ffyrdd o ychwanegu</translation>
    </message>
    <message>
      <source>Adding screenshots</source>
      <translation>Yn ychwanegu sgrinluniau</translation>
    </message>
    <message>
      <source>Stop adding</source>
      <translation>Stopio ychwanegu</translation>
    </message>
    <message>
      <source>Screenshots already added are kept. Escape stops adding too.</source>
      <translation>Mae'r sgrinluniau sydd wedi'u hychwanegu yn barod yn cael eu cadw. Mae Escape yn stopio ychwanegu hefyd.</translation>
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
      <translation>Mae'r lluniau wedi'u niwlio fel nad oes neb yn eu gweld nhw drwy ddamwain.</translation>
    </message>
    <message>
      <source>Chec&amp;k suggested times</source>
      <translation>&amp;Gwirio amseroedd a awgrymwyd</translation>
    </message>
    <message>
      <source>Check the suggested times</source>
      <translation>Gwirio'r amseroedd a awgrymwyd</translation>
    </message>
    <message>
      <source>Goes through each screenshot with a time suggested from its file. Press Enter to use the time shown, or type the right one.</source>
      <translation>Mae'n mynd drwy bob sgrinlun sydd ag amser wedi'i awgrymu o'i ffeil. Pwysa Enter i ddefnyddio'r amser sy'n cael ei ddangos, neu teipia'r un cywir.</translation>
    </message>
    <message>
      <source>No screenshots yet.

Add the chat, their profile and each demand with the buttons above, or drag the files here.</source>
      <translation>Dim sgrinluniau eto.

Ychwanega'r sgwrs, eu proffil a phob gofyniad gyda'r botymau uchod, neu llusga'r ffeiliau yma.</translation>
    </message>
    <message>
      <source>No screenshots yet</source>
      <translation>Dim sgrinluniau eto</translation>
    </message>
    <message>
      <source>Stopping… Screenshots already added are kept.</source>
      <translation>Yn stopio… Mae'r sgrinluniau sydd wedi'u hychwanegu yn barod yn cael eu cadw.</translation>
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
      <translation>Dewisa sgrinluniau i'w hychwanegu</translation>
    </message>
    <message>
      <source>Choose a folder of screenshots</source>
      <translation>Dewisa ffolder o sgrinluniau</translation>
    </message>
    <message>
      <source>Pasted picture %1.png</source>
      <translation>Llun wedi'i ludo %1.png</translation>
    </message>
    <message>
      <source>There is no picture to paste. Copy a screenshot first (for example: right-click it and choose Copy), then paste it here.</source>
      <translation>Does dim llun i'w ludo. Copïa sgrinlun yn gyntaf (er enghraifft: clic de arno a dewis Copïo), yna gluda fe yma.</translation>
    </message>
    <message>
      <source>The screen capture was cancelled. Nothing was saved.</source>
      <translation>Cafodd tynnu llun o'r sgrin ei ganslo. Chafodd dim byd ei gadw.</translation>
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
      <translation>Llun wedi'i ollwng %1.png</translation>
    </message>
    <message>
      <source>Please wait until the screenshots being added are finished.</source>
      <translation>Aros nes bod y sgrinluniau sy'n cael eu hychwanegu wedi gorffen, os gweli di'n dda.</translation>
    </message>
    <message>
      <source>Please check the pictures you are adding. None of them may be a nude or sexual image. The chat, the profile and the demands are the evidence.</source>
      <translation>Gwiria'r lluniau rwyt ti'n eu hychwanegu, os gweli di'n dda. Ddylai dim un ohonyn nhw fod yn llun noeth neu rywiol. Y sgwrs, y proffil a'r gofynion yw'r dystiolaeth.</translation>
    </message>
    <message>
      <source>Before you add these</source>
      <translation>Cyn i ti ychwanegu'r rhain</translation>
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
      <source>%1 of them have a time suggested from the file. Check each one: it is only saved when you choose “Use this”.</source>
      <translation>Mae gan %1 ohonyn nhw amser wedi'i awgrymu o'r ffeil. Gwiria bob un: dim ond pan fyddi di'n dewis “Defnyddio hwn” y mae'n cael ei gadw.</translation>
    </message>
    <message>
      <source>Every suggested time has been checked.</source>
      <translation>Mae pob amser a awgrymwyd wedi'i wirio.</translation>
    </message>
    <message>
      <source>%1 left to check. Enter uses the time shown; or type the right time.</source>
      <translation>%1 ar ôl i'w gwirio. Mae Enter yn defnyddio'r amser sy'n cael ei ddangos; neu teipia'r amser cywir.</translation>
    </message>
    <message>
      <source>Remove %1?</source>
      <translation>Tynnu %1?</translation>
    </message>
    <message>
      <source>Remove %1 from the case? It cannot be brought back. The case log will still show that it was removed, and when.</source>
      <translation>Tynnu %1 o'r achos? Does dim modd ei gael yn ôl. Bydd cofnod yr achos yn dal i ddangos iddo gael ei dynnu, a phryd.</translation>
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
      <translation>Cafodd %1 ei dynnu o'r achos.</translation>
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
      <translation>Aeth rhywbeth o'i le, felly chafodd hyn ddim ei orffen.</translation>
    </message>
    <message>
      <source>What was already saved is kept. Please try again.</source>
      <translation>Mae popeth oedd wedi'i gadw'n barod yn dal yno. Rho gynnig arall arni.</translation>
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
      <translation>Ffitio i'r ffenestr</translation>
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
      <translation>Cau'r olwg fawr</translation>
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
    <name>ExhibitsQuestion</name>
    <message>
      <source>Initials for the evidence labels</source>
      <translation>Blaenlythrennau ar gyfer labeli'r dystiolaeth</translation>
    </message>
    <message>
      <source>Police label exhibits with the initials of the person who saved them, for example SE/1.</source>
      <translation>Mae'r heddlu'n labelu arddangosion gyda blaenlythrennau'r person a'u cadwodd, er enghraifft SE/1.</translation>
    </message>
    <message>
      <source>&amp;Initials</source>
      <translation>&amp;Blaenlythrennau</translation>
    </message>
    <message>
      <source>Filled in from the name given. Change them if they are not right.</source>
      <translation>Wedi'u llenwi o'r enw a roddwyd. Newidia nhw os nad ydyn nhw'n gywir.</translation>
    </message>
    <message>
      <source>Initials for evidence labels</source>
      <translation>Blaenlythrennau ar gyfer labeli tystiolaeth</translation>
    </message>
  </context>
  <context>
    <name>FakeQuestion</name>
    <message>
      <source>Could the images be fake or made with AI?</source>
      <translation>Allai'r lluniau fod yn ffug neu wedi'u gwneud gydag AI?</translation>
    </message>
    <message>
      <source>Could be fake or AI-made</source>
      <translation>Gallen nhw fod yn ffug neu wedi'u gwneud gydag AI</translation>
    </message>
  </context>
  <context>
    <name>FirstContactQuestion</name>
    <message>
      <source>How did they first make contact?</source>
      <translation>Sut wnaethon nhw gysylltu gyntaf?</translation>
    </message>
    <message>
      <source>How did they first contact you?</source>
      <translation>Sut wnaethon nhw gysylltu â ti gyntaf?</translation>
    </message>
    <message>
      <source>&amp;Where and how</source>
      <translation>&amp;Ble a sut</translation>
    </message>
    <message>
      <source>For example: a message on Instagram, or a friend request on Snapchat.</source>
      <translation>Er enghraifft: neges ar Instagram, neu gais ffrind ar Snapchat.</translation>
    </message>
    <message>
      <source>First contact</source>
      <translation>Cysylltiad cyntaf</translation>
    </message>
    <message>
      <source>W&amp;hen was that?</source>
      <translation>P&amp;ryd oedd hynny?</translation>
    </message>
    <message>
      <source>How they first made contact</source>
      <translation>Sut wnaethon nhw gysylltu gyntaf</translation>
    </message>
    <message>
      <source>When that was</source>
      <translation>Pryd oedd hynny</translation>
    </message>
  </context>
  <context>
    <name>HelpNowView</name>
    <message>
      <source>Help now</source>
      <translation>Help nawr</translation>
    </message>
    <message>
      <source>You can read this now. Nothing is saved and no passphrase is needed.</source>
      <translation>Gelli di ddarllen hwn nawr. Does dim byd yn cael ei gadw a does dim angen cyfrinymadrodd.</translation>
    </message>
    <message>
      <source>Me</source>
      <translation>Fi</translation>
    </message>
    <message>
      <source>Someone in my family, or a friend</source>
      <translation>Rhywun yn fy nheulu, neu ffrind</translation>
    </message>
    <message>
      <source>A student at my school or college</source>
      <translation>Disgybl yn fy ysgol neu fy ngholeg</translation>
    </message>
    <message>
      <source>Who this help is for</source>
      <translation>Ar gyfer pwy mae'r help hwn</translation>
    </message>
    <message>
      <source>This help is &amp;for:</source>
      <translation>Mae'r help hwn ar &amp;gyfer:</translation>
    </message>
    <message>
      <source>&amp;Save evidence...</source>
      <translation>&amp;Cadw tystiolaeth...</translation>
    </message>
    <message>
      <source>Save evidence in a locked case</source>
      <translation>Cadw tystiolaeth mewn achos wedi'i gloi</translation>
    </message>
    <message>
      <source>Go ba&amp;ck</source>
      <translation>&amp;Mynd yn ôl</translation>
    </message>
    <message>
      <source>Go back to help for someone under 18</source>
      <translation>Mynd yn ôl i help i rywun dan 18 oed</translation>
    </message>
    <message>
      <source>Go back to the start</source>
      <translation>Mynd yn ôl i'r dechrau</translation>
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
      <translation>Amdanat ti, y person sy'n helpu</translation>
    </message>
    <message>
      <source>The report gives your details, so the police know who made it.</source>
      <translation>Mae'r adroddiad yn rhoi dy fanylion di, fel bod yr heddlu'n gwybod pwy a'i gwnaeth.</translation>
    </message>
    <message>
      <source>&amp;Your name</source>
      <translation>&amp;Dy enw</translation>
    </message>
    <message>
      <source>Your &amp;role</source>
      <translation>Dy &amp;rôl</translation>
    </message>
    <message>
      <source>For example: mother, friend, school counsellor.</source>
      <translation>Er enghraifft: mam, ffrind, cwnselydd ysgol.</translation>
    </message>
    <message>
      <source>How the police can reach y&amp;ou (phone or email)</source>
      <translation>Sut gall yr heddlu gysylltu â t&amp;i (ffôn neu e-bost)</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Dy enw</translation>
    </message>
    <message>
      <source>Your role</source>
      <translation>Dy rôl</translation>
    </message>
    <message>
      <source>How to reach you</source>
      <translation>Sut i gysylltu â ti</translation>
    </message>
  </context>
  <context>
    <name>ImagesQuestion</name>
    <message>
      <source>About the images</source>
      <translation>Am y lluniau</translation>
    </message>
    <message>
      <source>These questions are about the images, so the police know what to look for. Do not add the images themselves.</source>
      <translation>Mae'r cwestiynau hyn am y lluniau, fel bod yr heddlu'n gwybod beth i chwilio amdano. Paid ag ychwanegu'r lluniau eu hunain.</translation>
    </message>
    <message>
      <source>Did the person you are helping send them any images?</source>
      <translation>Wnaeth y person rwyt ti'n ei helpu anfon unrhyw luniau atyn nhw?</translation>
    </message>
    <message>
      <source>Could someone recognise the person in the images?</source>
      <translation>Allai rhywun adnabod y person yn y lluniau?</translation>
    </message>
    <message>
      <source>Did you send them any images?</source>
      <translation>Wnest ti anfon unrhyw luniau atyn nhw?</translation>
    </message>
    <message>
      <source>Could someone recognise you in the images?</source>
      <translation>Allai rhywun dy adnabod di yn y lluniau?</translation>
    </message>
    <message>
      <source>Images were sent</source>
      <translation>Cafodd lluniau eu hanfon</translation>
    </message>
    <message>
      <source>Could be recognised</source>
      <translation>Gallai rhywun adnabod y person</translation>
    </message>
  </context>
  <context>
    <name>Interview</name>
    <message>
      <source>Amount: type a number, like 250 or 49.99</source>
      <translation>Swm: teipia rif, fel 250 neu 49.99</translation>
    </message>
    <message>
      <source>Sort code: type the 6 numbers, like 12-34-56</source>
      <translation>Cod didoli: teipia'r 6 rhif, fel 12-34-56</translation>
    </message>
    <message>
      <source>Account number: type only the numbers, usually 8 of them</source>
      <translation>Rhif cyfrif: teipia'r rhifau yn unig, 8 ohonyn nhw fel arfer</translation>
    </message>
    <message>
      <source>Email: check it looks like name@example.com</source>
      <translation>E-bost: gwiria ei fod yn edrych fel name@example.com</translation>
    </message>
    <message>
      <source>Police: online report receipt</source>
      <translation>Heddlu: derbynneb adroddiad ar-lein</translation>
    </message>
    <message>
      <source>Police: crime reference number</source>
      <translation>Heddlu: cyfeirnod trosedd</translation>
    </message>
    <message>
      <source>CEOP report</source>
      <translation>Adroddiad CEOP</translation>
    </message>
    <message>
      <source>Report Remove (Childline and IWF)</source>
      <translation>Report Remove (Childline a'r IWF)</translation>
    </message>
    <message>
      <source>Take It Down</source>
      <translation>Take It Down</translation>
    </message>
    <message>
      <source>StopNCII case</source>
      <translation>Achos StopNCII</translation>
    </message>
    <message>
      <source>A report to the app or website</source>
      <translation>Adroddiad i'r ap neu'r wefan</translation>
    </message>
    <message>
      <source>Bank or payment provider</source>
      <translation>Banc neu ddarparwr taliadau</translation>
    </message>
    <message>
      <source>Report Fraud</source>
      <translation>Report Fraud</translation>
    </message>
    <message>
      <source>Something else</source>
      <translation>Rhywbeth arall</translation>
    </message>
    <message>
      <source>Where you reported it</source>
      <translation>Ble rhoist ti wybod</translation>
    </message>
    <message>
      <source>Reference or case number</source>
      <translation>Cyfeirnod neu rif achos</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <source>StopNCII cannot give the PIN again: this case is a safe place for it.</source>
      <translation>All StopNCII ddim rhoi'r PIN i ti eilwaith: mae'r achos hwn yn lle diogel i'w gadw.</translation>
    </message>
    <message>
      <source>Which app, website, bank or organisation</source>
      <translation>Pa ap, gwefan, banc neu sefydliad</translation>
    </message>
    <message>
      <source>When you reported it</source>
      <translation>Pryd rhoist ti wybod</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Nodiadau</translation>
    </message>
    <message>
      <source>PIN {pin}</source>
      <translation>PIN {pin}</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Pryd</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
      <source>App or website</source>
      <translation>Ap neu wefan</translation>
    </message>
    <message>
      <source>Choose how</source>
      <translation>Dewisa sut</translation>
    </message>
    <message>
      <source>Bank transfer</source>
      <translation>Trosglwyddiad banc</translation>
    </message>
    <message>
      <source>Gift card</source>
      <translation>Cerdyn rhodd</translation>
    </message>
    <message>
      <source>Cryptocurrency (for example Bitcoin)</source>
      <translation>Arian cyfred digidol (er enghraifft Bitcoin)</translation>
    </message>
    <message>
      <source>PayPal</source>
      <translation>PayPal</translation>
    </message>
    <message>
      <source>A money app (for example Cash App or Revolut)</source>
      <translation>Ap arian (er enghraifft Cash App neu Revolut)</translation>
    </message>
    <message>
      <source>Another way</source>
      <translation>Ffordd arall</translation>
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
      <source>For example GBP, EUR or USD.</source>
      <translation>Er enghraifft GBP, EUR neu USD.</translation>
    </message>
    <message>
      <source>When they asked</source>
      <translation>Pryd gofynnon nhw</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Sut</translation>
    </message>
    <message>
      <source>How they wanted it</source>
      <translation>Sut roedden nhw eisiau'r arian</translation>
    </message>
    <message>
      <source>Name of the person or account it went to</source>
      <translation>Enw'r person neu'r cyfrif yr aeth e iddo</translation>
    </message>
    <message>
      <source>Name of the person or account it was to go to</source>
      <translation>Enw'r person neu'r cyfrif roedd e i fod i fynd iddo</translation>
    </message>
    <message>
      <source>Who the money went to</source>
      <translation>At bwy aeth yr arian</translation>
    </message>
    <message>
      <source>Who it was to go to</source>
      <translation>At bwy roedd e i fod i fynd</translation>
    </message>
    <message>
      <source>Sort code</source>
      <translation>Cod didoli</translation>
    </message>
    <message>
      <source>Bank account</source>
      <translation>Cyfrif banc</translation>
    </message>
    <message>
      <source>Account number</source>
      <translation>Rhif cyfrif</translation>
    </message>
    <message>
      <source>IBAN (a bank outside the UK)</source>
      <translation>IBAN (banc y tu allan i'r DU)</translation>
    </message>
    <message>
      <source>Wallet address</source>
      <translation>Cyfeiriad waled</translation>
    </message>
    <message>
      <source>Cryptocurrency</source>
      <translation>Arian cyfred digidol</translation>
    </message>
    <message>
      <source>Which coin or network</source>
      <translation>Pa ddarn arian neu rwydwaith</translation>
    </message>
    <message>
      <source>For example Bitcoin, Ethereum, or USDT on Tron.</source>
      <translation>Er enghraifft Bitcoin, Ethereum, neu USDT ar Tron.</translation>
    </message>
    <message>
      <source>Gift card brand</source>
      <translation>Brand y cerdyn rhodd</translation>
    </message>
    <message>
      <source>Gift card code</source>
      <translation>Cod y cerdyn rhodd</translation>
    </message>
    <message>
      <source>PayPal or app account name, email or phone</source>
      <translation>Enw cyfrif PayPal neu'r ap, e-bost neu ffôn</translation>
    </message>
    <message>
      <source>PayPal or money app</source>
      <translation>PayPal neu ap arian</translation>
    </message>
    <message>
      <source>Transaction reference</source>
      <translation>Cyfeirnod y trafodiad</translation>
    </message>
    <message>
      <source>From the bank statement, receipt or app.</source>
      <translation>O'r gyfriflen banc, y dderbynneb neu'r ap.</translation>
    </message>
    <message>
      <source>The payment</source>
      <translation>Y taliad</translation>
    </message>
    <message>
      <source>Have you told your bank or payment provider?</source>
      <translation>Wyt ti wedi dweud wrth dy fanc neu dy ddarparwr taliadau?</translation>
    </message>
    <message>
      <source>The reference they gave you</source>
      <translation>Y cyfeirnod a roddon nhw i ti</translation>
    </message>
    <message>
      <source>Was the payment stopped, or the money returned?</source>
      <translation>Gafodd y taliad ei stopio, neu'r arian ei roi'n ôl?</translation>
    </message>
    <message>
      <source>Anything else about where the money was to go</source>
      <translation>Unrhyw beth arall am ble roedd yr arian i fod i fynd</translation>
    </message>
    <message>
      <source>Anything else</source>
      <translation>Unrhyw beth arall</translation>
    </message>
    <message>
      <source>Choose the app or website</source>
      <translation>Dewisa'r ap neu'r wefan</translation>
    </message>
    <message>
      <source>Another app or website</source>
      <translation>Ap neu wefan arall</translation>
    </message>
    <message>
      <source>Username or handle</source>
      <translation>Enw defnyddiwr neu @enw</translation>
    </message>
    <message>
      <source>For example @name.123</source>
      <translation>Er enghraifft @name.123</translation>
    </message>
    <message>
      <source>Name shown on the profile</source>
      <translation>Yr enw sydd ar y proffil</translation>
    </message>
    <message>
      <source>Link to the profile</source>
      <translation>Dolen i'r proffil</translation>
    </message>
    <message>
      <source>Copy it from the address bar or the Share menu, if you can.</source>
      <translation>Copïa fe o'r bar cyfeiriad neu o'r ddewislen Rhannu, os gelli di.</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>Rhif adnabod</translation>
    </message>
    <message>
      <source>Some apps show a number that never changes (Discord, Facebook).</source>
      <translation>Mae rhai apiau'n dangos rhif sydd byth yn newid (Discord, Facebook).</translation>
    </message>
    <message>
      <source>Phone number</source>
      <translation>Rhif ffôn</translation>
    </message>
    <message>
      <source>With the country code, like +44.</source>
      <translation>Gyda'r cod gwlad, fel +44.</translation>
    </message>
    <message>
      <source>Email address</source>
      <translation>Cyfeiriad e-bost</translation>
    </message>
    <message>
      <source>When you saw this account</source>
      <translation>Pryd gwelaist ti'r cyfrif hwn</translation>
    </message>
    <message>
      <source>{what}: the date could not be read. Type it like 25/10/2025.</source>
      <translation>{what}: doedd dim modd darllen y dyddiad. Teipia fe fel 25/10/2025.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ie</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Na</translation>
    </message>
    <message>
      <source>Not sure</source>
      <translation>Ddim yn siŵr</translation>
    </message>
  </context>
  <context>
    <name>InterviewPage</name>
    <message>
      <source>question {n} of {total}</source>
      <translation>cwestiwn {n} o {total}</translation>
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
      <translation>Mae'r lluniau wedi'u niwlio nes i ti ddewis eu gweld nhw.</translation>
    </message>
    <message>
      <source>The chosen screenshot</source>
      <translation>Y sgrinlun a ddewiswyd</translation>
    </message>
    <message>
      <source>Large &amp;view…</source>
      <translation>&amp;Golwg fawr…</translation>
    </message>
    <message>
      <source>Open the large view</source>
      <translation>Agor yr olwg fawr</translation>
    </message>
    <message>
      <source>Cove&amp;r private parts…</source>
      <translation>C&amp;uddio rhannau preifat…</translation>
    </message>
    <message>
      <source>Re&amp;move from case…</source>
      <translation>&amp;Tynnu o'r achos…</translation>
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
      <translation>Beth mae'r sgrinlun hwn yn ei ddangos. Mae'n cael ei gadw wrth i ti deipio.</translation>
    </message>
    <message>
      <source>App or website</source>
      <translation>Ap neu wefan</translation>
    </message>
    <message>
      <source>Choose from the list or type the name. Saved as you type.</source>
      <translation>Dewisa o'r rhestr neu teipia'r enw. Mae'n cael ei gadw wrth i ti deipio.</translation>
    </message>
    <message>
      <source>When it happened</source>
      <translation>Pryd digwyddodd e</translation>
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
      <source>Cover private parts of this screenshot</source>
      <translation>Cuddio rhannau preifat y sgrinlun hwn</translation>
    </message>
    <message>
      <source>Draw black boxes over names or images. The original is kept unchanged.</source>
      <translation>Tynna flychau du dros enwau neu luniau. Mae'r gwreiddiol yn cael ei gadw heb newid.</translation>
    </message>
    <message>
      <source>Remove this screenshot from the case</source>
      <translation>Tynnu'r sgrinlun hwn o'r achos</translation>
    </message>
    <message>
      <source>Use this</source>
      <translation>Defnyddio hwn</translation>
    </message>
    <message>
      <source>App or website: use the suggested app</source>
      <translation>Ap neu wefan: defnyddio'r ap a awgrymwyd</translation>
    </message>
    <message>
      <source>Saving</source>
      <translation>Yn cadw</translation>
    </message>
    <message>
      <source>App or w&amp;ebsite:</source>
      <translation>Ap neu w&amp;efan:</translation>
    </message>
    <message>
      <source>SHA-256:</source>
      <translation>SHA-256:</translation>
    </message>
    <message>
      <source>SHA-256 of the covered copy:</source>
      <translation>SHA-256 y copi cuddiedig:</translation>
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
      <source>%1 x %2 pixels, %3 KB, %4</source>
      <translation>%1 x %2 picsel, %3 KB, %4</translation>
    </message>
    <message>
      <source>nothing covered</source>
      <translation>dim wedi'i guddio</translation>
    </message>
    <message>
      <source>the file name</source>
      <translation>enw'r ffeil</translation>
    </message>
    <message>
      <source>the file's date</source>
      <translation>dyddiad y ffeil</translation>
    </message>
    <message>
      <source>Suggested from the file name: %1</source>
      <translation>Wedi'i awgrymu o enw'r ffeil: %1</translation>
    </message>
    <message>
      <source>Not saved yet: %1 What you typed is still here.</source>
      <translation>Heb ei gadw eto: %1 Mae beth deipiaist ti yma o hyd.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Wedi'i gadw.</translation>
    </message>
  </context>
  <context>
    <name>KeyActions</name>
    <message>
      <source>Make a new recovery code?</source>
      <translation>Gwneud cod adfer newydd?</translation>
    </message>
    <message>
      <source>Your old recovery code will stop opening this case, and you will get a new one to write down. Your passphrase stays the same.

This does not change the key that encrypts the case. If someone may already have opened the case with the old code, re-key the case instead.</source>
      <translation>Bydd dy hen god adfer yn stopio agor yr achos hwn, a byddi di'n cael un newydd i'w ysgrifennu. Mae dy gyfrinymadrodd yn aros yr un fath.

Dydy hyn ddim yn newid yr allwedd sy'n amgryptio'r achos. Os gallai rhywun fod wedi agor yr achos yn barod gyda'r hen god, rho allwedd newydd i'r achos yn lle hynny.</translation>
    </message>
    <message>
      <source>&amp;Make a new code</source>
      <translation>&amp;Gwneud cod newydd</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>Ca&amp;nslo</translation>
    </message>
    <message>
      <source>The recovery code was not changed</source>
      <translation>Chafodd y cod adfer ddim ei newid</translation>
    </message>
    <message>
      <source>The case was not re-keyed</source>
      <translation>Chafodd yr achos ddim allwedd newydd</translation>
    </message>
    <message>
      <source>Your case is safe and opens as before.</source>
      <translation>Mae dy achos yn ddiogel ac yn agor fel o'r blaen.</translation>
    </message>
    <message>
      <source>The case has a new key</source>
      <translation>Mae gan yr achos allwedd newydd</translation>
    </message>
    <message>
      <source>The case is now encrypted with a new key. Use your new passphrase from now on. Old copies of the key, the old passphrase and the old recovery code no longer open it. Next, write down your new recovery code.</source>
      <translation>Mae'r achos nawr wedi'i amgryptio gydag allwedd newydd. Defnyddia dy gyfrinymadrodd newydd o hyn ymlaen. Dydy hen gopïau o'r allwedd, yr hen gyfrinymadrodd na'r hen god adfer ddim yn ei agor mwyach. Nesaf, ysgrifenna dy god adfer newydd.</translation>
    </message>
    <message>
      <source>The last changes made before the app stopped could not all be read back: part of the case's log is damaged. What could be read is open now. Check the evidence list. A copy of the damaged part was kept in the case folder.</source>
      <translation>Doedd dim modd darllen yn ôl yr holl newidiadau olaf a wnaed cyn i'r ap stopio: mae rhan o gofnod yr achos wedi'i difrodi. Mae beth oedd yn bosib ei ddarllen ar agor nawr. Gwiria'r rhestr dystiolaeth. Cafodd copi o'r rhan a ddifrodwyd ei gadw yn ffolder yr achos.</translation>
    </message>
    <message>
      <source>The case's key file was damaged. Your passphrase still opened the case, and the key file has been repaired. Nothing in the case was lost.</source>
      <translation>Roedd ffeil allwedd yr achos wedi'i difrodi. Fe wnaeth dy gyfrinymadrodd agor yr achos o hyd, ac mae'r ffeil allwedd wedi'i thrwsio. Chollwyd dim byd yn yr achos.</translation>
    </message>
    <message>
      <source>The case's key file is damaged; its backup copy opened the case. The key file has been repaired from the backup. Nothing in the case was lost.</source>
      <translation>Mae ffeil allwedd yr achos wedi'i difrodi; agorodd ei chopi wrth gefn yr achos. Mae'r ffeil allwedd wedi'i thrwsio o'r copi wrth gefn. Chollwyd dim byd yn yr achos.</translation>
    </message>
    <message>
      <source>The case's key file was missing; its backup copy opened the case, and the key file has been put back.</source>
      <translation>Roedd ffeil allwedd yr achos ar goll; agorodd ei chopi wrth gefn yr achos, ac mae'r ffeil allwedd wedi'i rhoi'n ôl.</translation>
    </message>
    <message>
      <source>A change of the case's key was interrupted and has now been finished. Your passphrase works. The new recovery code may never have been shown, and the old one no longer opens this case: make a new recovery code now in Settings.</source>
      <translation>Cafodd newid allwedd yr achos ei dorri ar ei draws ac mae bellach wedi'i orffen. Mae dy gyfrinymadrodd yn gweithio. Efallai na ddangoswyd y cod adfer newydd erioed, a dydy'r hen un ddim yn agor yr achos hwn mwyach: gwna god adfer newydd nawr yn y Gosodiadau.</translation>
    </message>
    <message>
      <source>This case's database is older than the last one this app saved, or its record of changes was altered. Evidence added later may be missing. Keep the case folder as it is, look for a newer copy, and use 'Check this case' in Settings.</source>
      <translation>Mae cronfa ddata'r achos hwn yn hŷn na'r un olaf a gadwodd yr ap hwn, neu cafodd ei gofnod o newidiadau ei newid. Efallai fod tystiolaeth a ychwanegwyd yn nes ymlaen ar goll. Cadwa ffolder yr achos fel y mae, chwilia am gopi mwy diweddar, a defnyddia 'Gwirio'r achos hwn' yn y Gosodiadau.</translation>
    </message>
    <message>
      <source>Something was found while opening the case</source>
      <translation>Cafwyd hyd i rywbeth wrth agor yr achos</translation>
    </message>
  </context>
  <context>
    <name>KnowsAccountQuestion</name>
    <message>
      <source>Do you know their username or account?</source>
      <translation>Wyt ti'n gwybod eu henw defnyddiwr neu eu cyfrif?</translation>
    </message>
    <message>
      <source>A username, a profile link, a phone number or an email they used. Usernames can change, so any of these helps.</source>
      <translation>Enw defnyddiwr, dolen proffil, rhif ffôn neu e-bost a ddefnyddion nhw. Gall enwau defnyddiwr newid, felly mae unrhyw un o'r rhain yn helpu.</translation>
    </message>
    <message>
      <source>Know their username or account</source>
      <translation>Gwybod eu henw defnyddiwr neu eu cyfrif</translation>
    </message>
  </context>
  <context>
    <name>LinesModel</name>
    <message>
      <source>Line</source>
      <translation>Llinell</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Amser</translation>
    </message>
    <message>
      <source>Sender</source>
      <translation>Anfonwr</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Neges</translation>
    </message>
    <message>
      <source>time not readable</source>
      <translation>amser ddim yn ddarllenadwy</translation>
    </message>
    <message>
      <source>app notice</source>
      <translation>hysbysiad ap</translation>
    </message>
    <message>
      <source>[attached: %1]</source>
      <translation>[atodwyd: %1]</translation>
    </message>
    <message>
      <source>KEY: %1</source>
      <translation>ALLWEDDOL: %1</translation>
    </message>
  </context>
  <context>
    <name>LockPanel</name>
    <message>
      <source>The case is locked</source>
      <translation>Mae'r achos wedi'i gloi</translation>
    </message>
    <message>
      <source>It locked itself because nothing happened for a while, to keep it private. Everything you typed was saved. Type your passphrase to go back to where you were.</source>
      <translation>Mae wedi cloi ei hun am nad oedd dim byd wedi digwydd ers tro, er mwyn ei gadw'n breifat. Cafodd popeth deipiaist ti ei gadw. Teipia dy gyfrinymadrodd i fynd yn ôl i ble roeddet ti.</translation>
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
      <translation>Dangos beth dw i'n ei deipio</translation>
    </message>
    <message>
      <source>Opening the case</source>
      <translation>Yn agor yr achos</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Datgloi</translation>
    </message>
    <message>
      <source>Unlock the case</source>
      <translation>Datgloi'r achos</translation>
    </message>
    <message>
      <source>Use the &amp;recovery code instead</source>
      <translation>Defnyddio'r cod &amp;adfer yn lle hynny</translation>
    </message>
    <message>
      <source>Use the recovery code instead</source>
      <translation>Defnyddio'r cod adfer yn lle hynny</translation>
    </message>
    <message>
      <source>&amp;Close the case</source>
      <translation>Ca&amp;u'r achos</translation>
    </message>
    <message>
      <source>Close the case and go to the start</source>
      <translation>Cau'r achos a mynd i'r dechrau</translation>
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
      <translation>Defnyddio'r &amp;cyfrinymadrodd yn lle hynny</translation>
    </message>
    <message>
      <source>Use the passphrase instead</source>
      <translation>Defnyddio'r cyfrinymadrodd yn lle hynny</translation>
    </message>
    <message>
      <source>Type the passphrase first.</source>
      <translation>Teipia'r cyfrinymadrodd yn gyntaf.</translation>
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
      <source>Case: {name}</source>
      <translation>Achos: {name}</translation>
    </message>
  </context>
  <context>
    <name>MoneyDemandedQuestion</name>
    <message>
      <source>Did they ask the person you are helping for money?</source>
      <translation>Wnaethon nhw ofyn i'r person rwyt ti'n ei helpu am arian?</translation>
    </message>
    <message>
      <source>Did they ask you for money?</source>
      <translation>Wnaethon nhw ofyn i ti am arian?</translation>
    </message>
    <message>
      <source>Asked for money</source>
      <translation>Wedi gofyn am arian</translation>
    </message>
  </context>
  <context>
    <name>MoneyPaidQuestion</name>
    <message>
      <source>Did the person you are helping pay anything?</source>
      <translation>Wnaeth y person rwyt ti'n ei helpu dalu unrhyw beth?</translation>
    </message>
    <message>
      <source>Did you pay anything?</source>
      <translation>Wnest ti dalu unrhyw beth?</translation>
    </message>
    <message>
      <source>Paid anything</source>
      <translation>Wedi talu rhywbeth</translation>
    </message>
  </context>
  <context>
    <name>NewCaseScreen</name>
    <message>
      <source>A new case</source>
      <translation>Achos newydd</translation>
    </message>
    <message>
      <source>Your screenshots and answers are kept locked with a passphrase, so only you can open them.</source>
      <translation>Mae dy sgrinluniau a dy atebion yn cael eu cadw dan glo gyda chyfrinymadrodd, felly dim ond ti sy'n gallu eu hagor.</translation>
    </message>
    <message>
      <source>Who is using the app?</source>
      <translation>Pwy sy'n defnyddio'r ap?</translation>
    </message>
    <message>
      <source>I am the person being threatened</source>
      <translation>Fi yw'r person sy'n cael ei fygwth</translation>
    </message>
    <message>
      <source>I am a family member or friend helping</source>
      <translation>Aelod o'r teulu neu ffrind ydw i, yn helpu</translation>
    </message>
    <message>
      <source>I am a school counsellor or teacher helping a student</source>
      <translation>Cwnselydd ysgol neu athro ydw i, yn helpu disgybl</translation>
    </message>
    <message>
      <source>Is the person being threatened under 18?</source>
      <translation>Ydy'r person sy'n cael ei fygwth o dan 18 oed?</translation>
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
      <translation>Ble mae'r person sy'n cael ei fygwth yn byw</translation>
    </message>
    <message>
      <source>Where does the person being threatened &amp;live?</source>
      <translation>Ble mae'r person sy'n cael ei fygwth yn &amp;byw?</translation>
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
      <source>Folder name</source>
      <translation>Enw'r ffolder</translation>
    </message>
    <message>
      <source>The folder name can be seen outside the case. Use initials or a word that means nothing to others, never a full name.</source>
      <translation>Mae'n bosib gweld enw'r ffolder y tu allan i'r achos. Defnyddia flaenlythrennau neu air sydd ddim yn golygu dim i bobl eraill, byth enw llawn.</translation>
    </message>
    <message>
      <source>&amp;Folder name</source>
      <translation>Enw'r &amp;ffolder</translation>
    </message>
    <message>
      <source>The folder name can be seen outside the case, by anyone who uses this computer. Use initials or a word that means nothing to others, never a full name. The name of the case above stays locked inside it.</source>
      <translation>Mae'n bosib i unrhyw un sy'n defnyddio'r cyfrifiadur hwn weld enw'r ffolder y tu allan i'r achos. Defnyddia flaenlythrennau neu air sydd ddim yn golygu dim i bobl eraill, byth enw llawn. Mae enw'r achos uchod yn aros dan glo y tu mewn iddo.</translation>
    </message>
    <message>
      <source>Where to keep the case</source>
      <translation>Ble i gadw'r achos</translation>
    </message>
    <message>
      <source>In the app's own folder on this computer</source>
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
      <translation>Cyfrinymadrodd i gloi'r achos</translation>
    </message>
    <message>
      <source>Use a few words only you know, at least {n} characters. Anyone with the passphrase can open the case.</source>
      <translation>Defnyddia ychydig o eiriau dim ond ti sy'n eu gwybod, o leiaf {n} nod. Mae unrhyw un sydd â'r cyfrinymadrodd yn gallu agor yr achos.</translation>
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
      <translation>Cofio'r achos ar y cyfrifiadur hwn, fel ei fod yn agor heb y cyfrinymadrodd. Dewisa hyn dim ond os nad oes neb arall yn defnyddio'r cyfrif hwn ar y cyfrifiadur.</translation>
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
      <translation>Mynd yn ôl i'r dechrau</translation>
    </message>
    <message>
      <source>Choose where to keep the case</source>
      <translation>Dewisa ble i gadw'r achos</translation>
    </message>
    <message>
      <source>No folder chosen yet</source>
      <translation>Dim ffolder wedi'i ddewis eto</translation>
    </message>
    <message>
      <source>Say if the person being threatened is under 18. If you do not know, choose Not sure.</source>
      <translation>Dywed a yw'r person sy'n cael ei fygwth o dan 18 oed. Os nad wyt ti'n gwybod, dewis Ddim yn siŵr.</translation>
    </message>
    <message>
      <source>Choose a folder first, or keep the case in the app's own folder.</source>
      <translation>Dewisa ffolder yn gyntaf, neu cadwa'r achos yn ffolder yr ap ei hun.</translation>
    </message>
    <message>
      <source>The passphrase is too short. Use at least {n} characters.</source>
      <translation>Mae'r cyfrinymadrodd yn rhy fyr. Defnyddia o leiaf {n} nod.</translation>
    </message>
    <message>
      <source>The two passphrases are not the same. Type the second one again.</source>
      <translation>Dydy'r ddau gyfrinymadrodd ddim yr un fath. Teipia'r ail un eto.</translation>
    </message>
    <message>
      <source>Choose another folder name: use letters, numbers, spaces, dashes or underscores, at most 60 characters. For example: case-AB.</source>
      <translation>Dewisa enw ffolder arall: defnyddia lythrennau, rhifau, bylchau, cysylltnodau neu danlinellau, 60 nod ar y mwyaf. Er enghraifft: achos-AB.</translation>
    </message>
    <message>
      <source>My case</source>
      <translation>Fy achos</translation>
    </message>
    <message>
      <source>That passphrase would be easy to guess. Please choose another one. Several ordinary words together, such as four words you will remember, make a strong passphrase.</source>
      <translation>Byddai'n hawdd dyfalu'r cyfrinymadrodd yna. Dewisa un arall, os gweli di'n dda. Mae sawl gair cyffredin gyda'i gilydd, fel pedwar gair y byddi di'n eu cofio, yn gwneud cyfrinymadrodd cryf.</translation>
    </message>
  </context>
  <context>
    <name>NewCodeDialog</name>
    <message>
      <source>Your new recovery code</source>
      <translation>Dy god adfer newydd</translation>
    </message>
    <message>
      <source>&amp;Done</source>
      <translation>&amp;Gorffen</translation>
    </message>
    <message>
      <source>Done: the code is written down</source>
      <translation>Wedi gorffen: mae'r cod wedi'i ysgrifennu</translation>
    </message>
    <message>
      <source>The old recovery code no longer opens the case.</source>
      <translation>Dydy'r hen god adfer ddim yn agor yr achos mwyach.</translation>
    </message>
    <message>
      <source>Close without writing it down?</source>
      <translation>Cau heb ei ysgrifennu?</translation>
    </message>
    <message>
      <source>This code is shown only now. Without it, only your passphrase opens the case.</source>
      <translation>Dim ond nawr mae'r cod hwn yn cael ei ddangos. Hebddo, dim ond dy gyfrinymadrodd sy'n agor yr achos.</translation>
    </message>
    <message>
      <source>&amp;Close anyway</source>
      <translation>&amp;Cau beth bynnag</translation>
    </message>
    <message>
      <source>&amp;Go back</source>
      <translation>&amp;Mynd yn ôl</translation>
    </message>
  </context>
  <context>
    <name>PaidPaymentsQuestion</name>
    <message>
      <source>What was paid?</source>
      <translation>Beth gafodd ei dalu?</translation>
    </message>
    <message>
      <source>Add each payment: the amount, how it was paid and who it went to. The bank's details help the police and the bank trace the money.</source>
      <translation>Ychwanega bob taliad: y swm, sut cafodd ei dalu ac at bwy aeth e. Mae manylion y banc yn helpu'r heddlu a'r banc i olrhain yr arian.</translation>
    </message>
    <message>
      <source>Payment {n}</source>
      <translation>Taliad {n}</translation>
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
    <name>PaymentsQuestion</name>
    <message>
      <source>&amp;Add another payment</source>
      <translation>&amp;Ychwanegu taliad arall</translation>
    </message>
    <message>
      <source>&amp;Add another demand</source>
      <translation>&amp;Ychwanegu gofyniad arall</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Tynnu</translation>
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
      <translation>Ble i ddod o hyd i'w manylion</translation>
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
      <translation>Dewisa'r rheswm hwn: {reason}</translation>
    </message>
    <message>
      <source>How to block (after the evidence is saved)</source>
      <translation>Sut i flocio (ar ôl cadw'r dystiolaeth)</translation>
    </message>
  </context>
  <context>
    <name>PracticeBanner</name>
    <message>
      <source>PRACTICE: a made-up case, nothing is real or sent anywhere. Passphrase: {passphrase}. Deleted when you close the app.</source>
      <translation>YMARFER: achos ffug, does dim byd yn go iawn na'n cael ei anfon i unman. Cyfrinymadrodd: {passphrase}. Caiff ei ddileu pan fyddi di'n cau'r ap.</translation>
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
      <translation>Yr un fath â'r cyfrifiadur hwn</translation>
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
      <source>Lock the case after this many minutes unused</source>
      <translation>Cloi'r achos ar ôl y nifer hwn o funudau heb ei ddefnyddio</translation>
    </message>
    <message>
      <source>Lock the case when &amp;unused for:</source>
      <translation>C&amp;loi'r achos pan fydd heb ei ddefnyddio am:</translation>
    </message>
    <message>
      <source>For example: https://www.bbc.co.uk/weather</source>
      <translation>Er enghraifft: https://www.bbc.co.uk/weather</translation>
    </message>
    <message>
      <source>Web page to open after a quick exit</source>
      <translation>Tudalen we i'w hagor ar ôl gadael yn gyflym</translation>
    </message>
    <message>
      <source>Optional. Leave empty to open nothing. It must start with https://</source>
      <translation>Dewisol. Gad hi'n wag i beidio ag agor dim byd. Rhaid iddi ddechrau gyda https://</translation>
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
      <translation>Gwi&amp;rio'r achos hwn</translation>
    </message>
    <message>
      <source>Check the open case</source>
      <translation>Gwirio'r achos sydd ar agor</translation>
    </message>
    <message>
      <source>Checks the encryption, every screenshot's fingerprint and the record of changes.</source>
      <translation>Mae'n gwirio'r amgryptio, ôl bys pob sgrinlun a'r cofnod o newidiadau.</translation>
    </message>
    <message>
      <source>Make a new &amp;recovery code...</source>
      <translation>Gwneud cod &amp;adfer newydd...</translation>
    </message>
    <message>
      <source>Make a new recovery code</source>
      <translation>Gwneud cod adfer newydd</translation>
    </message>
    <message>
      <source>The old recovery code stops opening the case. Your passphrase stays.</source>
      <translation>Mae'r hen god adfer yn stopio agor yr achos. Mae dy gyfrinymadrodd yn aros.</translation>
    </message>
    <message>
      <source>Re-&amp;key this case...</source>
      <translation>Rhoi &amp;allwedd newydd i'r achos hwn...</translation>
    </message>
    <message>
      <source>Re-key this case</source>
      <translation>Rhoi allwedd newydd i'r achos hwn</translation>
    </message>
    <message>
      <source>Encrypts the case with a new key, a new passphrase and a new recovery code.</source>
      <translation>Mae'n amgryptio'r achos gydag allwedd newydd, cyfrinymadrodd newydd a chod adfer newydd.</translation>
    </message>
    <message>
      <source>D&amp;elete this case from this computer...</source>
      <translation>&amp;Dileu'r achos hwn o'r cyfrifiadur hwn...</translation>
    </message>
    <message>
      <source>Delete the open case from this computer</source>
      <translation>Dileu'r achos sydd ar agor o'r cyfrifiadur hwn</translation>
    </message>
    <message>
      <source>This case</source>
      <translation>Yr achos hwn</translation>
    </message>
    <message>
      <source>Changing your passphrase does not change the key that encrypts the case: an old copy of the case folder still opens with the old passphrase, and anyone who already opened the case could have kept its key. If you think someone saw your passphrase or recovery code, or used this computer, re-key the case.</source>
      <translation>Dydy newid dy gyfrinymadrodd ddim yn newid yr allwedd sy'n amgryptio'r achos: mae hen gopi o ffolder yr achos yn dal i agor gyda'r hen gyfrinymadrodd, a gallai unrhyw un sydd wedi agor yr achos yn barod fod wedi cadw ei allwedd. Os wyt ti'n meddwl bod rhywun wedi gweld dy gyfrinymadrodd neu dy god adfer, neu wedi defnyddio'r cyfrifiadur hwn, rho allwedd newydd i'r achos.</translation>
    </message>
    <message>
      <source>Only delete the case when you no longer need the evidence, for example after the police have a copy.</source>
      <translation>Paid â dileu'r achos nes nad oes angen y dystiolaeth arnat ti mwyach, er enghraifft ar ôl i'r heddlu gael copi.</translation>
    </message>
    <message>
      <source>&amp;Save settings</source>
      <translation>&amp;Cadw'r gosodiadau</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>Ca&amp;nslo</translation>
    </message>
    <message numerus="yes">
      <source> minute(s)</source>
      <translation>
        <numerusform> munud</numerusform>
        <numerusform> munud</numerusform>
        <numerusform> munud</numerusform>
        <numerusform> munud</numerusform>
        <numerusform> munud</numerusform>
      </translation>
    </message>
    <message>
      <source>The web page must start with https:// - or leave it empty.</source>
      <translation>Rhaid i'r dudalen we ddechrau gyda https:// - neu gad hi'n wag.</translation>
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
      <translation>Rwyt ti wedi pwyso Shift {count} gwaith allan o 3. Pwysa'r fysell 3 gwaith i adael ar unwaith.</translation>
    </message>
    <message>
      <source>Quick exit</source>
      <translation>Gadael yn gyflym</translation>
    </message>
    <message>
      <source>Hides the app at once, saves and locks the case, then closes the app.</source>
      <translation>Mae'n cuddio'r ap ar unwaith, yn cadw ac yn cloi'r achos, yna'n cau'r ap.</translation>
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
      <translation>Os daw rhywun yn agos a thithau eisiau cuddio'r ap hwn, gelli di ei adael ar unwaith. Pwysa'r fysell Shift dair gwaith, yn gyflym. Neu defnyddia'r botwm gadael yn gyflym ar frig y ffenestr.</translation>
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
      <translation>Mae'n cuddio pob un o ffenestri'r ap ar unwaith.</translation>
    </message>
    <message>
      <source>It saves what you typed into your case, then locks the case. It needs your passphrase to open again.</source>
      <translation>Mae'n cadw beth deipiaist ti yn dy achos, yna'n cloi'r achos. Bydd angen dy gyfrinymadrodd i'w agor eto.</translation>
    </message>
    <message>
      <source>It clears anything the app copied, for example with a Copy button. Something you copied in another program is left alone.</source>
      <translation>Mae'n clirio unrhyw beth gopïodd yr ap, er enghraifft gyda botwm Copïo. Dydy e ddim yn cyffwrdd â rhywbeth gopïaist ti mewn rhaglen arall.</translation>
    </message>
    <message>
      <source>It closes the app. If you chose a web page in the settings, that page opens in your browser.</source>
      <translation>Mae'n cau'r ap. Os dewisaist ti dudalen we yn y gosodiadau, mae'r dudalen honno'n agor yn dy borwr.</translation>
    </message>
    <message>
      <source>What quick exit does not do</source>
      <translation>Beth dydy gadael yn gyflym ddim yn ei wneud</translation>
    </message>
    <message>
      <source>It does not delete your case. Everything you saved is still there, safely locked, when you open the app again.</source>
      <translation>Dydy e ddim yn dileu dy achos. Mae popeth gadwaist ti yno o hyd, wedi'i gloi'n ddiogel, pan fyddi di'n agor yr ap eto.</translation>
    </message>
    <message>
      <source>It does not clear your browser history, or anything else outside this app.</source>
      <translation>Dydy e ddim yn clirio hanes dy borwr, nac unrhyw beth arall y tu allan i'r ap hwn.</translation>
    </message>
    <message>
      <source>For a moment, the taskbar or dock may still show the app while it closes.</source>
      <translation>Am eiliad, efallai y bydd y bar tasgau neu'r doc yn dal i ddangos yr ap wrth iddo gau.</translation>
    </message>
    <message>
      <source>It cannot hide that the app is installed, or that it was used. The computer may list it among recent programs.</source>
      <translation>Dydy e ddim yn gallu cuddio bod yr ap wedi'i osod, neu ei fod wedi cael ei ddefnyddio. Efallai y bydd y cyfrifiadur yn ei restru ymhlith rhaglenni diweddar.</translation>
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
      <translation>&amp;Rwy'n deall</translation>
    </message>
    <message>
      <source>I understand</source>
      <translation>Rwy'n deall</translation>
    </message>
  </context>
  <context>
    <name>RecordCard</name>
    <message>
      <source>{what}: the date could not be read. Type it like 25/10/2025.</source>
      <translation>{what}: doedd dim modd darllen y dyddiad. Teipia fe fel 25/10/2025.</translation>
    </message>
  </context>
  <context>
    <name>RecordList</name>
    <message>
      <source>Remove this one?</source>
      <translation>Tynnu hwn?</translation>
    </message>
    <message>
      <source>{title} and everything typed in it will be removed from the case.</source>
      <translation>Bydd {title} a phopeth sydd wedi'i deipio ynddo yn cael eu tynnu o'r achos.</translation>
    </message>
    <message>
      <source>Remove it</source>
      <translation>Ei dynnu</translation>
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
      <translation>Os wyt ti'n anghofio dy gyfrinymadrodd, y cod hwn yw'r unig ffordd yn ôl i mewn i'r achos. Ysgrifenna fe ar bapur a'i gadw rywle diogel, i ffwrdd o'r cyfrifiadur hwn. Dim ond nawr mae'n cael ei ddangos.</translation>
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
      <translation>Argraffu'r cod adfer</translation>
    </message>
    <message>
      <source>&amp;Copy it</source>
      <translation>Ei &amp;gopïo</translation>
    </message>
    <message>
      <source>Copy the recovery code</source>
      <translation>Copïo'r cod adfer</translation>
    </message>
    <message>
      <source>I have written it down and put it somewhere safe</source>
      <translation>Dw i wedi'i ysgrifennu a'i roi rywle diogel</translation>
    </message>
    <message>
      <source>Con&amp;tinue</source>
      <translation>&amp;Parhau</translation>
    </message>
    <message>
      <source>Continue to the first step</source>
      <translation>Parhau i'r cam cyntaf</translation>
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
      <translation>Wedi'i anfon i'r argraffydd.</translation>
    </message>
    <message>
      <source>Copied. Paste it only somewhere private, then copy something else over it.</source>
      <translation>Wedi'i gopïo. Gluda fe dim ond rywle preifat, yna copïa rywbeth arall drosto.</translation>
    </message>
  </context>
  <context>
    <name>RedactCanvas</name>
    <message>
      <source>Picture to cover</source>
      <translation>Llun i'w guddio</translation>
    </message>
    <message>
      <source>Drag with the mouse to draw a box. Or use the keyboard: arrow keys move the dashed selection box, Shift and arrow keys change its size, Enter covers it. Ctrl+Z undoes the last box.</source>
      <translation>Llusga gyda'r llygoden i dynnu blwch. Neu defnyddia'r bysellfwrdd: mae'r bysellau saeth yn symud y blwch dewis toredig, mae Shift a'r bysellau saeth yn newid ei faint, ac mae Enter yn ei guddio. Mae Ctrl+Z yn dadwneud y blwch olaf.</translation>
    </message>
  </context>
  <context>
    <name>RedactDialog</name>
    <message>
      <source>Cover private parts of %1</source>
      <translation>Cuddio rhannau preifat o %1</translation>
    </message>
    <message>
      <source>Draw black boxes over anything that should not be seen, such as an intimate image or a friend's name. Drag with the mouse, or press Tab to reach the picture and use the arrow keys (Shift to change the size) and Enter. The original stays in the case unchanged; the report uses the covered copy.</source>
      <translation>Tynna flychau du dros unrhyw beth na ddylai gael ei weld, fel llun personol neu enw ffrind. Llusga gyda'r llygoden, neu pwysa Tab i gyrraedd y llun a defnyddia'r bysellau saeth (Shift i newid y maint) ac Enter. Mae'r gwreiddiol yn aros yn yr achos heb newid; mae'r adroddiad yn defnyddio'r copi cuddiedig.</translation>
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
      <translation>Tynnu'r &amp;holl flychau</translation>
    </message>
    <message>
      <source>Remove all boxes</source>
      <translation>Tynnu'r holl flychau</translation>
    </message>
    <message>
      <source>&amp;Save covered copy</source>
      <translation>&amp;Cadw'r copi cuddiedig</translation>
    </message>
    <message>
      <source>Save the covered copy</source>
      <translation>Cadw'r copi cuddiedig</translation>
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
      <translation>Yn cadw'r copi cuddiedig…</translation>
    </message>
    <message>
      <source>Please try again.</source>
      <translation>Rho gynnig arall arni.</translation>
    </message>
    <message>
      <source>Saved. The report will use the covered copy.</source>
      <translation>Wedi'i gadw. Bydd yr adroddiad yn defnyddio'r copi cuddiedig.</translation>
    </message>
    <message>
      <source>The covered copy was not saved: %1 Your boxes are still here.</source>
      <translation>Chafodd y copi cuddiedig ddim ei gadw: %1 Mae dy flychau yma o hyd.</translation>
    </message>
  </context>
  <context>
    <name>ReferencesQuestion</name>
    <message>
      <source>Have you already reported it anywhere?</source>
      <translation>Wyt ti wedi rhoi gwybod amdano yn rhywle yn barod?</translation>
    </message>
    <message>
      <source>Add each report you have made, with its number: the police, CEOP, Report Remove, Take It Down, StopNCII, the app, the bank or Report Fraud. If none yet, leave it empty: that is fine.</source>
      <translation>Ychwanega bob adroddiad rwyt ti wedi'i wneud, gyda'i rif: yr heddlu, CEOP, Report Remove, Take It Down, StopNCII, yr ap, y banc neu Report Fraud. Os nad oes un eto, gad e'n wag: mae hynny'n iawn.</translation>
    </message>
    <message>
      <source>Reference {n}</source>
      <translation>Cyfeirnod {n}</translation>
    </message>
    <message>
      <source>&amp;Add another reference</source>
      <translation>&amp;Ychwanegu cyfeirnod arall</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Tynnu</translation>
    </message>
    <message>
      <source>Reference numbers</source>
      <translation>Cyfeirnodau</translation>
    </message>
  </context>
  <context>
    <name>RekeyDialog</name>
    <message>
      <source>Re-key this case</source>
      <translation>Rhoi allwedd newydd i'r achos hwn</translation>
    </message>
    <message>
      <source>Give the case a new key</source>
      <translation>Rhoi allwedd newydd i'r achos</translation>
    </message>
    <message>
      <source>Do this if you think someone else may have seen your passphrase or recovery code, or used this computer. The case is encrypted again with a new key. Old copies of the key, the old passphrase and the old recovery code stop opening it. You get a new recovery code at the end.</source>
      <translation>Gwna hyn os wyt ti'n meddwl bod rhywun arall wedi gallu gweld dy gyfrinymadrodd neu dy god adfer, neu wedi defnyddio'r cyfrifiadur hwn. Mae'r achos yn cael ei amgryptio eto gydag allwedd newydd. Mae hen gopïau o'r allwedd, yr hen gyfrinymadrodd a'r hen god adfer yn stopio ei agor. Byddi di'n cael cod adfer newydd ar y diwedd.</translation>
    </message>
    <message>
      <source>Choose the passphrase to use from now on. Several ordinary words together make a strong one. Keep the app open until it says it is done.</source>
      <translation>Dewisa'r cyfrinymadrodd i'w ddefnyddio o hyn ymlaen. Mae sawl gair cyffredin gyda'i gilydd yn gwneud un cryf. Cadwa'r ap ar agor nes ei fod yn dweud ei fod wedi gorffen.</translation>
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
      <source>&amp;New passphrase:</source>
      <translation>Cyfrinymadrodd &amp;newydd:</translation>
    </message>
    <message>
      <source>Type it &amp;again:</source>
      <translation>Teipia fe &amp;eto:</translation>
    </message>
    <message>
      <source>&amp;Re-key the case</source>
      <translation>&amp;Rhoi allwedd newydd i'r achos</translation>
    </message>
    <message>
      <source>Re-key the case with the new passphrase</source>
      <translation>Rhoi allwedd newydd i'r achos gyda'r cyfrinymadrodd newydd</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>Ca&amp;nslo</translation>
    </message>
    <message>
      <source>Cancel and keep the case as it is</source>
      <translation>Canslo a chadw'r achos fel y mae</translation>
    </message>
    <message>
      <source>The two passphrases are not the same. Please type them again.</source>
      <translation>Dydy'r ddau gyfrinymadrodd ddim yr un fath. Teipia nhw eto, os gweli di'n dda.</translation>
    </message>
    <message>
      <source>Please choose a passphrase of at least 8 characters. A few ordinary words with spaces between them are easy to remember and hard to guess.</source>
      <translation>Dewisa gyfrinymadrodd o 8 nod o leiaf, os gweli di'n dda. Mae ychydig o eiriau cyffredin gyda bylchau rhyngddyn nhw yn hawdd eu cofio ac yn anodd eu dyfalu.</translation>
    </message>
    <message>
      <source>That passphrase would be easy to guess. Please choose another one. Several ordinary words together make a strong passphrase.</source>
      <translation>Byddai'n hawdd dyfalu'r cyfrinymadrodd yna. Dewisa un arall, os gweli di'n dda. Mae sawl gair cyffredin gyda'i gilydd yn gwneud cyfrinymadrodd cryf.</translation>
    </message>
  </context>
  <context>
    <name>ReminderPanel</name>
    <message>
      <source>Before you add screenshots</source>
      <translation>Cyn i ti ychwanegu sgrinluniau</translation>
    </message>
    <message>
      <source>What to capture</source>
      <translation>Beth i dynnu sgrinlun ohono</translation>
    </message>
    <message>
      <source>Shows or hides the list of what to capture and where to get images removed.</source>
      <translation>Mae'n dangos neu'n cuddio'r rhestr o beth i dynnu sgrinlun ohono a ble i gael tynnu lluniau i lawr.</translation>
    </message>
    <message>
      <source>Hide what to capt&amp;ure</source>
      <translation>Cuddio beth i dynnu &amp;sgrinlun ohono</translation>
    </message>
    <message>
      <source>What to capt&amp;ure…</source>
      <translation>Beth i dynnu &amp;sgrinlun ohono…</translation>
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
      <translation>Doedd dim modd agor porwr gwe. Teipia'r cyfeiriad hwn mewn porwr: {url}</translation>
    </message>
    <message>
      <source>The report for the police</source>
      <translation>Yr adroddiad i'r heddlu</translation>
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
      <translation>Y&amp;sgrifennu'r adroddiad yn Gymraeg</translation>
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
      <translation>Ca&amp;dw'r adroddiad...</translation>
    </message>
    <message>
      <source>Save the PDF report to a file</source>
      <translation>Cadw'r adroddiad PDF mewn ffeil</translation>
    </message>
    <message>
      <source>Report status</source>
      <translation>Statws yr adroddiad</translation>
    </message>
    <message>
      <source>Open the &amp;folder it was saved in</source>
      <translation>Agor y &amp;ffolder lle cafodd ei gadw</translation>
    </message>
    <message>
      <source>Open the folder of the saved file</source>
      <translation>Agor ffolder y ffeil a gadwyd</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Rhagolwg</translation>
    </message>
    <message>
      <source>Report preview</source>
      <translation>Rhagolwg o'r adroddiad</translation>
    </message>
    <message>
      <source>Making the report. This can take a little while...</source>
      <translation>Yn gwneud yr adroddiad. Gall hyn gymryd ychydig o amser...</translation>
    </message>
    <message>
      <source>Page {n} of the report</source>
      <translation>Tudalen {n} o'r adroddiad</translation>
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
      <translation>Cadw'r adroddiad</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Saved: {files}</source>
      <translation>Wedi'i gadw: {files}</translation>
    </message>
    <message>
      <source>Text to paste into the reporting form</source>
      <translation>Testun i'w ludo yn y ffurflen rhoi gwybod</translation>
    </message>
    <message>
      <source>Which form are you filling in?</source>
      <translation>Pa ffurflen wyt ti'n ei llenwi?</translation>
    </message>
    <message>
      <source>Police online form: one box for what happened</source>
      <translation>Ffurflen ar-lein yr heddlu: un blwch ar gyfer beth ddigwyddodd</translation>
    </message>
    <message>
      <source>Police online form: field by field</source>
      <translation>Ffurflen ar-lein yr heddlu: maes wrth faes</translation>
    </message>
    <message>
      <source>Report Fraud: field by field</source>
      <translation>Report Fraud: maes wrth faes</translation>
    </message>
    <message>
      <source>CEOP: field by field</source>
      <translation>CEOP: maes wrth faes</translation>
    </message>
    <message>
      <source>Which form are you filling &amp;in?</source>
      <translation>&amp;Pa ffurflen wyt ti'n ei llenwi?</translation>
    </message>
    <message>
      <source>Cop&amp;y the summary</source>
      <translation>C&amp;opïo'r crynodeb</translation>
    </message>
    <message>
      <source>Make the report again to include your changes.</source>
      <translation>Gwna'r adroddiad eto i gynnwys dy newidiadau.</translation>
    </message>
    <message>
      <source>For forms with &amp;upload limits</source>
      <translation>Ar gyfer ffurflenni gyda &amp;therfynau uwchlwytho</translation>
    </message>
    <message>
      <source>Screenshots and chat transcripts in the report: press Space to include or leave out</source>
      <translation>Sgrinluniau a thrawsgrifiadau sgwrs yn yr adroddiad: pwysa Space i'w cynnwys neu eu gadael allan</translation>
    </message>
    <message>
      <source>Screens&amp;hots and chats in the report (all, unless you leave some out)</source>
      <translation>Sgrinluniau a sgyrsiau yn yr &amp;adroddiad (y cyfan, oni bai dy fod yn gadael rhai allan)</translation>
    </message>
    <message numerus="yes">
      <source>{exhibit} - chat transcript, %n message(s)</source>
      <translation>
        <numerusform>{exhibit} - trawsgrifiad sgwrs, %n neges</numerusform>
        <numerusform>{exhibit} - trawsgrifiad sgwrs, %n neges</numerusform>
        <numerusform>{exhibit} - trawsgrifiad sgwrs, %n neges</numerusform>
        <numerusform>{exhibit} - trawsgrifiad sgwrs, %n neges</numerusform>
        <numerusform>{exhibit} - trawsgrifiad sgwrs, %n neges</numerusform>
      </translation>
    </message>
    <message>
      <source>Password for the bun&amp;dle (optional)</source>
      <translation>Cyfrinair ar gyfer y &amp;bwndel (dewisol)</translation>
    </message>
    <message>
      <source>Split the report into several files</source>
      <translation>Rhannu'r adroddiad yn sawl ffeil</translation>
    </message>
    <message>
      <source>One PDF file</source>
      <translation>Un ffeil PDF</translation>
    </message>
    <message>
      <source>One PDF per 100 screenshots</source>
      <translation>Un PDF i bob 100 sgrinlun</translation>
    </message>
    <message>
      <source>PDF files of at most 10 MB each (for upload limits)</source>
      <translation>Ffeiliau PDF o 10 MB yr un ar y mwyaf (ar gyfer terfynau uwchlwytho)</translation>
    </message>
    <message>
      <source>Save the original files for the police</source>
      <translation>Cadw'r ffeiliau gwreiddiol ar gyfer yr heddlu</translation>
    </message>
    <message>
      <source>The evidence bundle is one ZIP file with the original screenshots, the covered copies, this report, and a list of fingerprints (SHA-256) so the police can check that nothing was changed.</source>
      <translation>Mae'r bwndel tystiolaeth yn un ffeil ZIP gyda'r sgrinluniau gwreiddiol, y copïau cuddiedig, yr adroddiad hwn, a rhestr o olion bysedd (SHA-256) fel bod yr heddlu'n gallu gwirio nad oes dim byd wedi newid.</translation>
    </message>
    <message>
      <source>Password for the bundle (optional)</source>
      <translation>Cyfrinair ar gyfer y bwndel (dewisol)</translation>
    </message>
    <message>
      <source>If you set a password, tell it to the police separately, for example by phone. Never send it in the same email or form as the bundle. A bundle with a password opens with 7-Zip or a similar program.</source>
      <translation>Os wyt ti'n gosod cyfrinair, dywed e wrth yr heddlu ar wahân, er enghraifft dros y ffôn. Paid byth â'i anfon yn yr un e-bost neu ffurflen â'r bwndel. Mae bwndel gyda chyfrinair yn agor gyda 7-Zip neu raglen debyg.</translation>
    </message>
    <message>
      <source>Save the &amp;original files for the police...</source>
      <translation>Cadw'r ffeiliau &amp;gwreiddiol ar gyfer yr heddlu...</translation>
    </message>
    <message>
      <source>Save the evidence bundle with the original files</source>
      <translation>Cadw'r bwndel tystiolaeth gyda'r ffeiliau gwreiddiol</translation>
    </message>
    <message>
      <source>Evidence bundle status</source>
      <translation>Statws y bwndel tystiolaeth</translation>
    </message>
    <message>
      <source>evidence-for-the-police.zip</source>
      <translation>evidence-for-the-police.zip</translation>
    </message>
    <message>
      <source>Save the evidence bundle</source>
      <translation>Cadw'r bwndel tystiolaeth</translation>
    </message>
    <message>
      <source>ZIP files (*.zip)</source>
      <translation>Ffeiliau ZIP (*.zip)</translation>
    </message>
    <message>
      <source>Saving the evidence bundle. This can take a little while for a big case...</source>
      <translation>Yn cadw'r bwndel tystiolaeth. Gall hyn gymryd ychydig o amser i achos mawr...</translation>
    </message>
    <message>
      <source>Saved: {file}. Its SHA-256 fingerprint is {sha}. Quote it in the online form; it is also in the text to paste above.</source>
      <translation>Wedi'i gadw: {file}. Ei ôl bys SHA-256 yw {sha}. Dyfynna fe yn y ffurflen ar-lein; mae hefyd yn y testun i'w ludo uchod.</translation>
    </message>
    <message>
      <source>Remember to tell the police the password separately.</source>
      <translation>Cofia ddweud y cyfrinair wrth yr heddlu ar wahân.</translation>
    </message>
    <message>
      <source>The evidence bundle could not be saved: {reason} Nothing was left half-written. Your case is safe. Try again, or choose another place.</source>
      <translation>Doedd dim modd cadw'r bwndel tystiolaeth: {reason} Ni adawyd dim wedi'i hanner ysgrifennu. Mae dy achos yn ddiogel. Rho gynnig arall arni, neu dewis le arall.</translation>
    </message>
    <message>
      <source>This saved copy is not locked and is not removed by quick exit. Keep it somewhere safe, and delete it when you no longer need it.</source>
      <translation>Dydy'r copi hwn a gadwyd ddim wedi'i gloi, a dydy gadael yn gyflym ddim yn ei dynnu. Cadwa fe rywle diogel, a dilea fe pan nad oes ei angen arnat ti mwyach.</translation>
    </message>
    <message>
      <source>The folder could not be opened</source>
      <translation>Doedd dim modd agor y ffolder</translation>
    </message>
    <message>
      <source>Open this folder yourself: {folder}</source>
      <translation>Agora'r ffolder hwn dy hun: {folder}</translation>
    </message>
    <message>
      <source>Short summary of the case</source>
      <translation>Crynodeb byr o'r achos</translation>
    </message>
    <message numerus="yes">
      <source>The report is ready: %n page(s). Check it below, then save it.</source>
      <translation>
        <numerusform>Mae'r adroddiad yn barod: %n tudalen. Gwiria fe isod, yna cadwa fe.</numerusform>
        <numerusform>Mae'r adroddiad yn barod: %n tudalen. Gwiria fe isod, yna cadwa fe.</numerusform>
        <numerusform>Mae'r adroddiad yn barod: %n tudalen. Gwiria fe isod, yna cadwa fe.</numerusform>
        <numerusform>Mae'r adroddiad yn barod: %n tudalen. Gwiria fe isod, yna cadwa fe.</numerusform>
        <numerusform>Mae'r adroddiad yn barod: %n tudalen. Gwiria fe isod, yna cadwa fe.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Only the first {shown} pages are shown here; the saved report has all %n pages.</source>
      <translation>
        <numerusform>Dim ond y {shown} tudalen gyntaf sydd i'w gweld yma; mae gan yr adroddiad a gadwyd bob un o'r %n tudalen.</numerusform>
        <numerusform>Dim ond y {shown} tudalen gyntaf sydd i'w gweld yma; mae gan yr adroddiad a gadwyd bob un o'r %n tudalen.</numerusform>
        <numerusform>Dim ond y {shown} tudalen gyntaf sydd i'w gweld yma; mae gan yr adroddiad a gadwyd bob un o'r %n tudalen.</numerusform>
        <numerusform>Dim ond y {shown} tudalen gyntaf sydd i'w gweld yma; mae gan yr adroddiad a gadwyd bob un o'r %n tudalen.</numerusform>
        <numerusform>Dim ond y {shown} tudalen gyntaf sydd i'w gweld yma; mae gan yr adroddiad a gadwyd bob un o'r %n tudalen.</numerusform>
      </translation>
    </message>
    <message>
      <source>Copy the summary</source>
      <translation>Copïo'r crynodeb</translation>
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
  </context>
  <context>
    <name>RiskQuestion</name>
    <message>
      <source>Have they done any of these?</source>
      <translation>Ydyn nhw wedi gwneud unrhyw un o'r rhain?</translation>
    </message>
    <message>
      <source>Answer what you can. This helps the police see the risk.</source>
      <translation>Ateba beth gelli di. Mae hyn yn helpu'r heddlu i weld y risg.</translation>
    </message>
    <message>
      <source>Asked to meet you?</source>
      <translation>Wedi gofyn i gwrdd â ti?</translation>
    </message>
    <message>
      <source>Asked to meet the person you are helping?</source>
      <translation>Wedi gofyn i gwrdd â'r person rwyt ti'n ei helpu?</translation>
    </message>
    <message>
      <source>Asked for more images?</source>
      <translation>Wedi gofyn am ragor o luniau?</translation>
    </message>
    <message>
      <source>Asked you to use your bank account, or open one, for them?</source>
      <translation>Wedi gofyn i ti ddefnyddio dy gyfrif banc, neu agor un, ar eu cyfer nhw?</translation>
    </message>
    <message>
      <source>Asked them to use their bank account, or open one, for them?</source>
      <translation>Wedi gofyn i'r person ddefnyddio ei gyfrif banc ei hun, neu agor un, ar eu cyfer nhw?</translation>
    </message>
    <message>
      <source>Threatened to hurt you or someone else?</source>
      <translation>Wedi bygwth dy frifo di neu rywun arall?</translation>
    </message>
    <message>
      <source>Threatened to hurt them or someone else?</source>
      <translation>Wedi bygwth brifo'r person neu rywun arall?</translation>
    </message>
    <message>
      <source>Asked to meet</source>
      <translation>Wedi gofyn i gwrdd</translation>
    </message>
    <message>
      <source>Asked for more images</source>
      <translation>Wedi gofyn am ragor o luniau</translation>
    </message>
    <message>
      <source>Asked to use a bank account</source>
      <translation>Wedi gofyn am ddefnyddio cyfrif banc</translation>
    </message>
    <message>
      <source>Threatened to hurt someone</source>
      <translation>Wedi bygwth brifo rhywun</translation>
    </message>
  </context>
  <context>
    <name>ScreenCapture</name>
    <message>
      <source>This computer did not let the app capture the screen. Use the system's own screenshot key instead, then add the file with 'Add screenshots'.</source>
      <translation>Wnaeth y cyfrifiadur hwn ddim gadael i'r ap dynnu llun o'r sgrin. Defnyddia fysell sgrinlun y system yn lle hynny, yna ychwanega'r ffeil gydag 'Ychwanegu sgrinluniau'.</translation>
    </message>
  </context>
  <context>
    <name>SelfHarmQuestion</name>
    <message>
      <source>Has the person you are helping talked about harming themselves?</source>
      <translation>Ydy'r person rwyt ti'n ei helpu wedi sôn am niweidio ei hun?</translation>
    </message>
    <message>
      <source>Have you had thoughts of harming yourself?</source>
      <translation>Wyt ti wedi cael meddyliau am niweidio dy hun?</translation>
    </message>
    <message>
      <source>It is not your fault. You do not have to answer.</source>
      <translation>Nid arnat ti mae'r bai. Does dim rhaid i ti ateb.</translation>
    </message>
    <message>
      <source>I would rather not say</source>
      <translation>Byddai'n well gen i beidio â dweud</translation>
    </message>
    <message>
      <source>You can talk to someone now</source>
      <translation>Gelli di siarad â rhywun nawr</translation>
    </message>
    <message>
      <source>{name}: {phone}</source>
      <translation>{name}: {phone}</translation>
    </message>
    <message>
      <source>If someone is in danger right now, call {number}.</source>
      <translation>Os oes rhywun mewn perygl ar hyn o bryd, ffonia {number}.</translation>
    </message>
    <message>
      <source>Thoughts of self-harm</source>
      <translation>Meddyliau am hunan-niweidio</translation>
    </message>
  </context>
  <context>
    <name>ServiceCard</name>
    <message>
      <source>Phone: {number}</source>
      <translation>Ffôn: {number}</translation>
    </message>
    <message>
      <source>Web: {address}</source>
      <translation>Gwe: {address}</translation>
    </message>
  </context>
  <context>
    <name>SharedQuestion</name>
    <message>
      <source>Have they shared or posted the images?</source>
      <translation>Ydyn nhw wedi rhannu neu bostio'r lluniau?</translation>
    </message>
    <message>
      <source>&amp;Where: web addresses, apps or people</source>
      <translation>&amp;Ble: cyfeiriadau gwe, apiau neu bobl</translation>
    </message>
    <message>
      <source>One on each line. Copy web addresses if you can. Do not open them again just for this.</source>
      <translation>Un ar bob llinell. Copïa gyfeiriadau gwe os gelli di. Paid â'u hagor eto dim ond ar gyfer hyn.</translation>
    </message>
    <message>
      <source>Shared or posted</source>
      <translation>Wedi'u rhannu neu eu postio</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Ble</translation>
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
      <translation>Os oes rhywun yn bygwth rhannu lluniau ohonot ti, neu o rywun rwyt ti'n ei helpu, mae'r ap hwn yn dangos beth i'w wneud, un cam ar y tro. Mae popeth yn aros ar y cyfrifiadur hwn, wedi'i gloi gyda chyfrinymadrodd.</translation>
    </message>
    <message>
      <source>Your notes stay on this computer, locked with a passphrase.</source>
      <translation>Mae dy nodiadau'n aros ar y cyfrifiadur hwn, wedi'u cloi gyda chyfrinymadrodd.</translation>
    </message>
    <message>
      <source>Get &amp;help now</source>
      <translation>Cael &amp;help nawr</translation>
    </message>
    <message>
      <source>Get help now, no passphrase needed</source>
      <translation>Cael help nawr, heb angen cyfrinymadrodd</translation>
    </message>
    <message>
      <source>I am &amp;under 18, or I am helping someone under 18</source>
      <translation>Dw i &amp;o dan 18 oed, neu dw i'n helpu rhywun o dan 18 oed</translation>
    </message>
    <message>
      <source>I am under 18, or I am helping someone under 18</source>
      <translation>Dw i o dan 18 oed, neu dw i'n helpu rhywun o dan 18 oed</translation>
    </message>
    <message>
      <source>Start a &amp;new case</source>
      <translation>Dechrau achos &amp;newydd</translation>
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
      <translation>Agor achos a wnest ti o'r blaen</translation>
    </message>
    <message>
      <source>Practise with a made-up case</source>
      <translation>Ymarfer gydag achos ffug</translation>
    </message>
    <message>
      <source>As the person being threatened (an adult)</source>
      <translation>Fel y person sy'n cael ei fygwth (oedolyn)</translation>
    </message>
    <message>
      <source>As a parent helping someone under 18</source>
      <translation>Fel rhiant sy'n helpu rhywun o dan 18 oed</translation>
    </message>
    <message>
      <source>As a school counsellor helping a student</source>
      <translation>Fel cwnselydd ysgol sy'n helpu disgybl</translation>
    </message>
    <message>
      <source>Which made-up case to practise with</source>
      <translation>Pa achos ffug i ymarfer ag ef</translation>
    </message>
    <message>
      <source>&amp;Practise</source>
      <translation>&amp;Ymarfer</translation>
    </message>
    <message>
      <source>Practise &amp;as:</source>
      <translation>Ymarfer &amp;fel:</translation>
    </message>
    <message>
      <source>Recent cases</source>
      <translation>Achosion diweddar</translation>
    </message>
    <message>
      <source>Show recent cases here. This keeps a list of where cases are saved on this computer (only the folder names, nothing from inside them).</source>
      <translation>Dangos achosion diweddar yma. Mae hyn yn cadw rhestr o ble mae achosion wedi'u cadw ar y cyfrifiadur hwn (dim ond enwau'r ffolderi, dim byd o'u mewn).</translation>
    </message>
  </context>
  <context>
    <name>StoryQuestion</name>
    <message>
      <source>What happened, in their own words?</source>
      <translation>Beth ddigwyddodd, yn eu geiriau eu hunain?</translation>
    </message>
    <message>
      <source>What happened, in your own words?</source>
      <translation>Beth ddigwyddodd, yn dy eiriau dy hun?</translation>
    </message>
    <message>
      <source>&amp;What happened</source>
      <translation>&amp;Beth ddigwyddodd</translation>
    </message>
    <message>
      <source>A few sentences are enough. You can add to it later.</source>
      <translation>Mae ychydig o frawddegau'n ddigon. Gelli di ychwanegu ato'n nes ymlaen.</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Beth ddigwyddodd</translation>
    </message>
  </context>
  <context>
    <name>SupportPage</name>
    <message>
      <source>Who can help in {region}</source>
      <translation>Pwy sy'n gallu helpu yn {region}</translation>
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
    <message>
      <source>Your reference numbers</source>
      <translation>Dy gyfeirnodau</translation>
    </message>
    <message>
      <source>None yet. When you report to the police or anyone else, add the number under Details for the police, in Have you already reported it anywhere?</source>
      <translation>Dim eto. Pan fyddi di'n rhoi gwybod i'r heddlu neu i unrhyw un arall, ychwanega'r rhif o dan Manylion i'r heddlu, yn Wyt ti wedi rhoi gwybod amdano yn rhywle yn barod?</translation>
    </message>
  </context>
  <context>
    <name>TimelineQuestion</name>
    <message>
      <source>What happened when?</source>
      <translation>Beth ddigwyddodd pryd?</translation>
    </message>
    <message>
      <source>The police find a timeline helpful: each message, threat or payment with its date. Add the main moments; they are put in order for you.</source>
      <translation>Mae llinell amser yn help i'r heddlu: pob neges, bygythiad neu daliad gyda'i ddyddiad. Ychwanega'r prif adegau; byddan nhw'n cael eu rhoi mewn trefn i ti.</translation>
    </message>
    <message>
      <source>Event {n}</source>
      <translation>Digwyddiad {n}</translation>
    </message>
    <message>
      <source>&amp;Add another event</source>
      <translation>&amp;Ychwanegu digwyddiad arall</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Tynnu</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Llinell amser</translation>
    </message>
  </context>
  <context>
    <name>TranscriptView</name>
    <message>
      <source>Chat transcript %1</source>
      <translation>Trawsgrifiad sgwrs %1</translation>
    </message>
    <message>
      <source>Search the messages</source>
      <translation>Chwilio'r negeseuon</translation>
    </message>
    <message>
      <source>&amp;Find next</source>
      <translation>Dod o hyd i'r &amp;nesaf</translation>
    </message>
    <message>
      <source>Find the next message</source>
      <translation>Dod o hyd i'r neges nesaf</translation>
    </message>
    <message>
      <source>Pre&amp;vious</source>
      <translation>&amp;Blaenorol</translation>
    </message>
    <message>
      <source>Find the previous message</source>
      <translation>Dod o hyd i'r neges flaenorol</translation>
    </message>
    <message>
      <source>Date to go to</source>
      <translation>Dyddiad i fynd iddo</translation>
    </message>
    <message>
      <source>&amp;Go to date</source>
      <translation>&amp;Mynd i'r dyddiad</translation>
    </message>
    <message>
      <source>Go to the first message on or after the date</source>
      <translation>Mynd i'r neges gyntaf ar y dyddiad neu ar ei ôl</translation>
    </message>
    <message>
      <source>Messages</source>
      <translation>Negeseuon</translation>
    </message>
    <message>
      <source>Mark as &amp;key (Ctrl+K)</source>
      <translation>Marcio'n &amp;allweddol (Ctrl+K)</translation>
    </message>
    <message>
      <source>Mark the chosen message as key</source>
      <translation>Marcio'r neges a ddewiswyd yn allweddol</translation>
    </message>
    <message>
      <source>Why it matters, e.g. threat, demand, payment details</source>
      <translation>Pam mae'n bwysig, e.e. bygythiad, gofyniad, manylion talu</translation>
    </message>
    <message>
      <source>Why this message matters</source>
      <translation>Pam mae'r neges hon yn bwysig</translation>
    </message>
    <message>
      <source>First line in the report</source>
      <translation>Llinell gyntaf yn yr adroddiad</translation>
    </message>
    <message>
      <source>Last line in the report</source>
      <translation>Llinell olaf yn yr adroddiad</translation>
    </message>
    <message>
      <source>Use these &amp;lines</source>
      <translation>Defnyddio'r &amp;llinellau hyn</translation>
    </message>
    <message>
      <source>Use these lines in the report</source>
      <translation>Defnyddio'r llinellau hyn yn yr adroddiad</translation>
    </message>
    <message>
      <source>&amp;All lines</source>
      <translation>&amp;Pob llinell</translation>
    </message>
    <message>
      <source>Put every line in the report</source>
      <translation>Rhoi pob llinell yn yr adroddiad</translation>
    </message>
    <message>
      <source>to</source>
      <translation>i</translation>
    </message>
    <message>
      <source>App the chat was on</source>
      <translation>Yr ap roedd y sgwrs arno</translation>
    </message>
    <message>
      <source>Not known</source>
      <translation>Ddim yn hysbys</translation>
    </message>
    <message>
      <source>A&amp;pp:</source>
      <translation>A&amp;p:</translation>
    </message>
    <message>
      <source>Lines in the &amp;report:</source>
      <translation>Llinellau yn yr &amp;adroddiad:</translation>
    </message>
    <message>
      <source>For example Europe/London or UTC+1</source>
      <translation>Er enghraifft Europe/London neu UTC+1</translation>
    </message>
    <message>
      <source>Time zone the phone was set to</source>
      <translation>Y gylchfa amser roedd y ffôn wedi'i gosod iddi</translation>
    </message>
    <message>
      <source>Save &amp;zone</source>
      <translation>Cadw'r &amp;gylchfa</translation>
    </message>
    <message>
      <source>Save the time zone</source>
      <translation>Cadw'r gylchfa amser</translation>
    </message>
    <message>
      <source>Phone's time &amp;zone:</source>
      <translation>&amp;Cylchfa amser y ffôn:</translation>
    </message>
    <message>
      <source>Details found in this chat</source>
      <translation>Manylion a ganfuwyd yn y sgwrs hon</translation>
    </message>
    <message>
      <source>Add the &amp;ticked details to the case</source>
      <translation>Ychwanegu'r manylion a &amp;diciwyd at yr achos</translation>
    </message>
    <message>
      <source>Add the ticked details as offender details or payment details</source>
      <translation>Ychwanegu'r manylion a diciwyd fel manylion y troseddwr neu fanylion talu</translation>
    </message>
    <message>
      <source>Details found in this chat. Tick the ones that belong to the person threatening you; nothing is added until you press the button.</source>
      <translation>Manylion a ganfuwyd yn y sgwrs hon. Ticia'r rhai sy'n perthyn i'r person sy'n dy fygwth; does dim byd yn cael ei ychwanegu nes i ti bwyso'r botwm.</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statws</translation>
    </message>
    <message>
      <source>&amp;Remove this chat from the case…</source>
      <translation>&amp;Tynnu'r sgwrs hon o'r achos…</translation>
    </message>
    <message>
      <source>Remove this chat transcript from the case</source>
      <translation>Tynnu'r trawsgrifiad sgwrs hwn o'r achos</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Cau</translation>
    </message>
    <message>
      <source>Close the transcript</source>
      <translation>Cau'r trawsgrifiad</translation>
    </message>
    <message>
      <source>Times carry their UTC offset.</source>
      <translation>Mae'r amseroedd yn cynnwys eu gwahaniaeth UTC.</translation>
    </message>
    <message>
      <source>Times are the phone's local time; the offset was not recorded.</source>
      <translation>Amser lleol y ffôn yw'r amseroedd; chafodd y gwahaniaeth ddim ei gofnodi.</translation>
    </message>
    <message>
      <source>%1: %2, %3 messages from %4.</source>
      <translation>%1: %2, %3 neges gan %4.</translation>
    </message>
    <message>
      <source>line %1</source>
      <translation>llinell %1</translation>
    </message>
    <message>
      <source>in the chat</source>
      <translation>yn y sgwrs</translation>
    </message>
    <message>
      <source>Name in the chat</source>
      <translation>Enw yn y sgwrs</translation>
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
      <source>Username</source>
      <translation>Enw defnyddiwr</translation>
    </message>
    <message>
      <source>Bank account (IBAN)</source>
      <translation>Cyfrif banc (IBAN)</translation>
    </message>
    <message>
      <source>Crypto wallet</source>
      <translation>Waled crypto</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Heb ei ganfod</translation>
    </message>
    <message>
      <source>No message holds “%1”.</source>
      <translation>Does dim neges yn cynnwys “%1”.</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 o %2</translation>
    </message>
    <message>
      <source>No message on or after that date.</source>
      <translation>Does dim neges ar y dyddiad hwnnw nac ar ei ôl.</translation>
    </message>
    <message>
      <source>Key ★ (Ctrl+K to unmark)</source>
      <translation>Allweddol ★ (Ctrl+K i ddadfarcio)</translation>
    </message>
    <message>
      <source>Choose a message first.</source>
      <translation>Dewisa neges yn gyntaf.</translation>
    </message>
    <message>
      <source>Line %1 is marked as key.</source>
      <translation>Mae llinell %1 wedi'i marcio'n allweddol.</translation>
    </message>
    <message>
      <source>Line %1 is no longer key.</source>
      <translation>Dydy llinell %1 ddim yn allweddol mwyach.</translation>
    </message>
    <message>
      <source>The first line must come before the last. Nothing was changed.</source>
      <translation>Rhaid i'r llinell gyntaf ddod cyn yr olaf. Chafodd dim byd ei newid.</translation>
    </message>
    <message>
      <source>The report will show lines %1 to %2.</source>
      <translation>Bydd yr adroddiad yn dangos llinellau %1 i %2.</translation>
    </message>
    <message>
      <source>The app is saved.</source>
      <translation>Mae'r ap wedi'i gadw.</translation>
    </message>
    <message>
      <source>The time zone is saved. The report shows it beside the times.</source>
      <translation>Mae'r gylchfa amser wedi'i chadw. Mae'r adroddiad yn ei dangos wrth ymyl yr amseroedd.</translation>
    </message>
    <message>
      <source>Tick the details to add first. Nothing was added.</source>
      <translation>Ticia'r manylion i'w hychwanegu yn gyntaf. Chafodd dim byd ei ychwanegu.</translation>
    </message>
    <message numerus="yes">
      <source>%n detail(s) added. You can check them in the offender and money steps.</source>
      <translation>
        <numerusform>Cafodd %n manylyn eu hychwanegu. Gelli di eu gwirio yn y camau am y troseddwr ac arian.</numerusform>
        <numerusform>Cafodd %n manylyn ei ychwanegu. Gelli di ei wirio yn y camau am y troseddwr ac arian.</numerusform>
        <numerusform>Cafodd %n manylyn eu hychwanegu. Gelli di eu gwirio yn y camau am y troseddwr ac arian.</numerusform>
        <numerusform>Cafodd %n manylyn eu hychwanegu. Gelli di eu gwirio yn y camau am y troseddwr ac arian.</numerusform>
        <numerusform>Cafodd %n manylyn eu hychwanegu. Gelli di eu gwirio yn y camau am y troseddwr ac arian.</numerusform>
      </translation>
    </message>
    <message>
      <source>Remove this chat?</source>
      <translation>Tynnu'r sgwrs hon?</translation>
    </message>
    <message>
      <source>%1 and its %2 messages will be taken out of the case. The export file on your computer is not touched, and the case's log keeps a note of what was removed. Its exhibit number will not be used again.</source>
      <translation>Bydd %1 a'i %2 neges yn cael eu tynnu allan o'r achos. Dydy'r ffeil allforio ar dy gyfrifiadur ddim yn cael ei chyffwrdd, ac mae cofnod yr achos yn cadw nodyn o beth gafodd ei dynnu. Fydd ei rif arddangosyn ddim yn cael ei ddefnyddio eto.</translation>
    </message>
    <message>
      <source>Remove the chat</source>
      <translation>Tynnu'r sgwrs</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Ei chadw</translation>
    </message>
  </context>
  <context>
    <name>Under18Screen</name>
    <message>
      <source>Help for someone under 18</source>
      <translation>Help i rywun o dan 18 oed</translation>
    </message>
    <message>
      <source>I am under 18</source>
      <translation>Dw i o dan 18 oed</translation>
    </message>
    <message>
      <source>I am a parent, carer or family member helping</source>
      <translation>Rhiant, gofalwr neu aelod o'r teulu ydw i, yn helpu</translation>
    </message>
    <message>
      <source>I work at a school or college</source>
      <translation>Dw i'n gweithio mewn ysgol neu goleg</translation>
    </message>
    <message>
      <source>Who is using the app</source>
      <translation>Pwy sy'n defnyddio'r ap</translation>
    </message>
    <message>
      <source>Who &amp;are you?</source>
      <translation>Pwy &amp;wyt ti?</translation>
    </message>
    <message>
      <source>Where the young person lives</source>
      <translation>Ble mae'r person ifanc yn byw</translation>
    </message>
    <message>
      <source>Where do they &amp;live?</source>
      <translation>Ble maen nhw'n &amp;byw?</translation>
    </message>
    <message>
      <source>&amp;Read what to do now</source>
      <translation>&amp;Darllen beth i'w wneud nawr</translation>
    </message>
    <message>
      <source>Read what to do now</source>
      <translation>Darllen beth i'w wneud nawr</translation>
    </message>
    <message>
      <source>&amp;Save the chat as evidence...</source>
      <translation>&amp;Cadw'r sgwrs fel tystiolaeth...</translation>
    </message>
    <message>
      <source>Save the chat as evidence in a locked case</source>
      <translation>Cadw'r sgwrs fel tystiolaeth mewn achos wedi'i gloi</translation>
    </message>
    <message>
      <source>Go ba&amp;ck</source>
      <translation>&amp;Mynd yn ôl</translation>
    </message>
    <message>
      <source>Go back to the start</source>
      <translation>Mynd yn ôl i'r dechrau</translation>
    </message>
    <message>
      <source>Who can help</source>
      <translation>Pwy sy'n gallu helpu</translation>
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
      <translation>Mynd yn ôl i'r dechrau</translation>
    </message>
    <message>
      <source>Use your recovery code</source>
      <translation>Defnyddia dy god adfer</translation>
    </message>
    <message>
      <source>Type the recovery code from when you made the case. Then choose a new passphrase. Small letters and spaces are fine.</source>
      <translation>Teipia'r cod adfer gest ti pan wnest ti'r achos. Yna dewisa gyfrinymadrodd newydd. Mae llythrennau bach a bylchau yn iawn.</translation>
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
      <translation>Agor gyda'r cod a&amp;dfer</translation>
    </message>
    <message>
      <source>Open with the recovery code</source>
      <translation>Agor gyda'r cod adfer</translation>
    </message>
    <message>
      <source>Remember the case on this computer, so it opens without the passphrase</source>
      <translation>Cofio'r achos ar y cyfrifiadur hwn, fel ei fod yn agor heb y cyfrinymadrodd</translation>
    </message>
    <message>
      <source>Opening the case</source>
      <translation>Yn agor yr achos</translation>
    </message>
    <message>
      <source>Opening the case. This takes a moment.</source>
      <translation>Yn agor yr achos. Mae hyn yn cymryd eiliad.</translation>
    </message>
    <message>
      <source>Type the passphrase first.</source>
      <translation>Teipia'r cyfrinymadrodd yn gyntaf.</translation>
    </message>
    <message>
      <source>The new passphrase is too short. Use at least {n} characters.</source>
      <translation>Mae'r cyfrinymadrodd newydd yn rhy fyr. Defnyddia o leiaf {n} nod.</translation>
    </message>
    <message>
      <source>The two new passphrases are not the same. Type the second one again.</source>
      <translation>Dydy'r ddau gyfrinymadrodd newydd ddim yr un fath. Teipia'r ail un eto.</translation>
    </message>
    <message>
      <source>That new passphrase would be easy to guess. Please choose another one. Several ordinary words together make a strong passphrase.</source>
      <translation>Byddai'n hawdd dyfalu'r cyfrinymadrodd newydd yna. Dewisa un arall, os gweli di'n dda. Mae sawl gair cyffredin gyda'i gilydd yn gwneud cyfrinymadrodd cryf.</translation>
    </message>
  </context>
  <context>
    <name>WhenEdit</name>
    <message>
      <source>day/month/year</source>
      <translation>dydd/mis/blwyddyn</translation>
    </message>
    <message>
      <source>{what}: date, day/month/year</source>
      <translation>{what}: dyddiad, dydd/mis/blwyddyn</translation>
    </message>
    <message>
      <source>Type the date, for example 25/10/2025, or press Alt+Down for a calendar.</source>
      <translation>Teipia'r dyddiad, er enghraifft 25/10/2025, neu pwysa Alt+Down i gael calendr.</translation>
    </message>
    <message>
      <source>hh:mm</source>
      <translation>hh:mm</translation>
    </message>
    <message>
      <source>{what}: time, hours and minutes</source>
      <translation>{what}: amser, oriau a munudau</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>Calendr</translation>
    </message>
    <message>
      <source>{what}: pick the date from a calendar</source>
      <translation>{what}: dewis y dyddiad o galendr</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Nawr</translation>
    </message>
    <message>
      <source>{what}: set to now</source>
      <translation>{what}: gosod i nawr</translation>
    </message>
    <message>
      <source>Time not known</source>
      <translation>Amser ddim yn hysbys</translation>
    </message>
    <message>
      <source>{what}: time not known, date only</source>
      <translation>{what}: amser ddim yn hysbys, dyddiad yn unig</translation>
    </message>
    <message>
      <source>{what}: how it is saved</source>
      <translation>{what}: sut mae'n cael ei gadw</translation>
    </message>
    <message>
      <source>Use this</source>
      <translation>Defnyddio hwn</translation>
    </message>
    <message>
      <source>{what}: use the suggested time</source>
      <translation>{what}: defnyddio'r amser a awgrymwyd</translation>
    </message>
    <message>
      <source>Suggested from {reason}: {when}</source>
      <translation>Wedi'i awgrymu o {reason}: {when}</translation>
    </message>
    <message>
      <source>(time zone not recorded)</source>
      <translation>(cylchfa amser heb ei chofnodi)</translation>
    </message>
    <message>
      <source>{day}, time not known</source>
      <translation>{day}, amser ddim yn hysbys</translation>
    </message>
    <message>
      <source>Not given yet.</source>
      <translation>Heb ei roi eto.</translation>
    </message>
    <message>
      <source>This could not be read as a date, so it is kept as you typed it. Type it like 25/10/2025 if you can.</source>
      <translation>Doedd dim modd darllen hwn fel dyddiad, felly mae wedi'i gadw fel y teipiaist ti fe. Teipia fe fel 25/10/2025 os gelli di.</translation>
    </message>
    <message>
      <source>Saved as: {when}</source>
      <translation>Wedi'i gadw fel: {when}</translation>
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
      <source>&amp;Next &gt;</source>
      <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Yn ôl</translation>
    </message>
    <message>
      <source>Back (Alt+B or Alt+Left)</source>
      <translation>Yn ôl (Alt+B neu Alt+Left)</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Nesaf</translation>
    </message>
    <message>
      <source>Next (Alt+N or Alt+Right)</source>
      <translation>Nesaf (Alt+N neu Alt+Right)</translation>
    </message>
    <message>
      <source>C&amp;lose the case</source>
      <translation>&amp;Cau'r achos</translation>
    </message>
    <message>
      <source>Lock and close the case</source>
      <translation>Cloi a chau'r achos</translation>
    </message>
    <message>
      <source>Step {n} of {total}</source>
      <translation>Cam {n} o {total}</translation>
    </message>
    <message>
      <source>done</source>
      <translation>wedi'i wneud</translation>
    </message>
    <message>
      <source>not done yet</source>
      <translation>heb ei wneud eto</translation>
    </message>
  </context>
</TS>
