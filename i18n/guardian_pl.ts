<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Guardian Desktop</source>
      <translation>O Guardian Desktop</translation>
    </message>
    <message>
      <source>Guardian Desktop</source>
      <translation>Guardian Desktop</translation>
    </message>
    <message>
      <source>Version %1</source>
      <translation>Wersja %1</translation>
    </message>
    <message>
      <source>Guardian Desktop helps people facing sextortion, and the people helping them, to stop contact safely, keep evidence and report it. It works offline: it makes no network connections, and the case stays encrypted on this computer. A PDF or bundle leaves the case only when you save one.</source>
      <translation>Guardian Desktop pomaga osobom, które padły ofiarą sekstorsji (szantażu intymnymi zdjęciami), oraz ludziom, którzy im pomagają: bezpiecznie zakończyć kontakt, zachować dowody i zgłosić sprawę. Działa offline: nie łączy się z siecią, a sprawa jest zaszyfrowana na tym komputerze. Plik PDF lub paczka opuszcza sprawę tylko wtedy, gdy ją zapiszesz.</translation>
    </message>
    <message>
      <source>Every piece of advice, phone number and web address comes from a public source, listed with the date it was checked in resources/guidance/SOURCES.md.</source>
      <translation>Każda porada, numer telefonu i adres strony pochodzi z publicznego źródła. Lista źródeł z datą sprawdzenia jest w pliku resources/guidance/SOURCES.md.</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Języki</translation>
    </message>
    <message>
      <source>%1: checked</source>
      <translation>%1: sprawdzone</translation>
    </message>
    <message>
      <source>%1: translation not yet checked by a native speaker. If something is unclear, use English.</source>
      <translation>%1: tłumaczenie nie zostało jeszcze sprawdzone przez rodzimego użytkownika języka. Jeśli coś jest niejasne, użyj wersji angielskiej.</translation>
    </message>
    <message>
      <source>The report font is DejaVu Sans (free licence, in resources/fonts). The app is built with Qt (PySide6), SQLCipher and ReportLab.</source>
      <translation>Czcionka raportu to DejaVu Sans (wolna licencja, w resources/fonts). Aplikacja korzysta z Qt (PySide6), SQLCipher i ReportLab.</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Zamknij</translation>
    </message>
  </context>
  <context>
    <name>AccountsQuestion</name>
    <message>
      <source>Their accounts, names and numbers</source>
      <translation>Ich konta, nazwy i numery</translation>
    </message>
    <message>
      <source>Add each account they used, on any app. Give what you know and leave the rest empty.</source>
      <translation>Dodaj każde konto, którego używali, w dowolnej aplikacji. Podaj to, co wiesz, a resztę zostaw pustą.</translation>
    </message>
    <message>
      <source>Account {n}</source>
      <translation>Konto {n}</translation>
    </message>
    <message>
      <source>&amp;Add another account</source>
      <translation>&amp;Dodaj kolejne konto</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Usuń</translation>
    </message>
  </context>
  <context>
    <name>AnswerChoice</name>
    <message>
      <source>Yes</source>
      <translation>Tak</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Nie</translation>
    </message>
    <message>
      <source>Not sure</source>
      <translation>Nie wiem</translation>
    </message>
  </context>
  <context>
    <name>BatchSummary</name>
    <message>
      <source>Result of adding</source>
      <translation>Wynik dodawania</translation>
    </message>
    <message>
      <source>Files that were not added</source>
      <translation>Pliki, których nie dodano</translation>
    </message>
    <message>
      <source>One line for each file, saying what was wrong and what to do.</source>
      <translation>Jeden wiersz dla każdego pliku: co było nie tak i co zrobić.</translation>
    </message>
    <message>
      <source>Hide this summar&amp;y</source>
      <translation>&amp;Ukryj to podsumowanie</translation>
    </message>
    <message>
      <source>Hide this summary</source>
      <translation>Ukryj to podsumowanie</translation>
    </message>
    <message>
      <source>%1 was already in the case as %2, so it was not added twice.</source>
      <translation>Plik %1 był już w sprawie jako %2, więc nie dodano go drugi raz.</translation>
    </message>
    <message numerus="yes">
      <source>%n screenshot(s) added.</source>
      <translation>
        <numerusform>Dodano %n zrzut ekranu.</numerusform>
        <numerusform>Dodano %n zrzuty ekranu.</numerusform>
        <numerusform>Dodano %n zrzutów ekranu.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You stopped adding. What was finished is kept; %n not started.</source>
      <translation>
        <numerusform>Dodawanie zatrzymane. To, co skończone, zostaje; nie rozpoczęto: %n.</numerusform>
        <numerusform>Dodawanie zatrzymane. To, co skończone, zostaje; nie rozpoczęto: %n.</numerusform>
        <numerusform>Dodawanie zatrzymane. To, co skończone, zostaje; nie rozpoczęto: %n.</numerusform>
      </translation>
    </message>
    <message>
      <source>These could not be added (the others are kept):</source>
      <translation>Tych plików nie udało się dodać (pozostałe zostają):</translation>
    </message>
    <message>
      <source>These could not be added:</source>
      <translation>Tych plików nie udało się dodać:</translation>
    </message>
    <message>
      <source>Nothing was added.</source>
      <translation>Nic nie dodano.</translation>
    </message>
    <message>
      <source>%1: the file is empty (0 bytes).</source>
      <translation>%1: plik jest pusty (0 bajtów).</translation>
    </message>
    <message>
      <source>%1: this is not a picture the app can read. If it is a screenshot, save it again as PNG or JPEG.</source>
      <translation>%1: to nie jest obraz, który aplikacja potrafi odczytać. Jeśli to zrzut ekranu, zapisz go ponownie jako PNG lub JPEG.</translation>
    </message>
    <message>
      <source>%1: the picture is damaged or cut short, so it was not added. If you still have it on the phone, send or copy it again.</source>
      <translation>%1: obraz jest uszkodzony lub niekompletny, więc go nie dodano. Jeśli nadal masz go w telefonie, wyślij go lub skopiuj jeszcze raz.</translation>
    </message>
    <message>
      <source>%1: the picture is far too large to be a screenshot.</source>
      <translation>%1: obraz jest o wiele za duży jak na zrzut ekranu.</translation>
    </message>
    <message>
      <source>%1: the file is too big to be a screenshot.</source>
      <translation>%1: plik jest za duży jak na zrzut ekranu.</translation>
    </message>
    <message>
      <source>%1: this kind of file is not accepted. Use PNG, JPEG, WebP, BMP, GIF or TIFF.</source>
      <translation>%1: ten rodzaj pliku nie jest obsługiwany. Użyj PNG, JPEG, WebP, BMP, GIF lub TIFF.</translation>
    </message>
    <message>
      <source>%1: the file could not be read. Check that you are allowed to open it.</source>
      <translation>%1: nie udało się odczytać pliku. Sprawdź, czy masz prawo go otworzyć.</translation>
    </message>
    <message>
      <source>%1: the file is no longer there. It may have been moved or deleted.</source>
      <translation>%1: tego pliku już tu nie ma. Mógł zostać przeniesiony lub usunięty.</translation>
    </message>
    <message>
      <source>%1: this is a folder, not a picture.</source>
      <translation>%1: to jest folder, a nie obraz.</translation>
    </message>
  </context>
  <context>
    <name>BlockView</name>
    <message>
      <source>Do</source>
      <translation>Zrób</translation>
    </message>
    <message>
      <source>Do not</source>
      <translation>Nie rób</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Where to go</source>
      <translation>Dokąd się zgłosić</translation>
    </message>
    <message>
      <source>Important</source>
      <translation>Ważne</translation>
    </message>
  </context>
  <context>
    <name>CaptureReview</name>
    <message>
      <source>Keep this capture?</source>
      <translation>Zachować to zdjęcie ekranu?</translation>
    </message>
    <message>
      <source>The screen was captured. Keep it as evidence?</source>
      <translation>Zrobiono zdjęcie ekranu. Zachować je jako dowód?</translation>
    </message>
    <message>
      <source>%1 screens were captured. Keep them as evidence?</source>
      <translation>Zrobiono zdjęcia ekranów (%1). Zachować je jako dowody?</translation>
    </message>
    <message>
      <source>S&amp;how the capture</source>
      <translation>&amp;Pokaż zdjęcie ekranu</translation>
    </message>
    <message>
      <source>Show the capture</source>
      <translation>Pokaż zdjęcie ekranu</translation>
    </message>
    <message>
      <source>Captured screen %1</source>
      <translation>Zdjęcie ekranu %1</translation>
    </message>
    <message>
      <source>&amp;Keep it</source>
      <translation>&amp;Zachowaj</translation>
    </message>
    <message>
      <source>Keep the capture as evidence</source>
      <translation>Zachowaj zdjęcie ekranu jako dowód</translation>
    </message>
    <message>
      <source>&amp;Discard</source>
      <translation>&amp;Odrzuć</translation>
    </message>
    <message>
      <source>Discard the capture</source>
      <translation>Odrzuć zdjęcie ekranu</translation>
    </message>
  </context>
  <context>
    <name>CaseSession</name>
    <message>
      <source>Something went wrong while opening the case. Nothing in it was changed. Please try again.</source>
      <translation>Coś poszło nie tak podczas otwierania sprawy. Nic w niej nie zostało zmienione. Spróbuj ponownie.</translation>
    </message>
    <message>
      <source>The case is not remembered</source>
      <translation>Sprawa nie jest zapamiętana</translation>
    </message>
    <message>
      <source>Choose the case folder (.gdcase)</source>
      <translation>Wybierz folder sprawy (.gdcase)</translation>
    </message>
    <message>
      <source>This is not a case</source>
      <translation>To nie jest sprawa</translation>
    </message>
    <message>
      <source>That folder is not a Guardian Desktop case. Choose the folder whose name ends in .gdcase. If it is on a USB stick, check that it is plugged in.</source>
      <translation>Ten folder nie jest sprawą Guardian Desktop. Wybierz folder, którego nazwa kończy się na .gdcase. Jeśli jest na pendrivie USB, sprawdź, czy jest podłączony.</translation>
    </message>
    <message>
      <source>The practice case could not be made</source>
      <translation>Nie udało się utworzyć sprawy do ćwiczeń</translation>
    </message>
    <message>
      <source>The app could not write to its own folder on this computer. Check that the disk has free space, then try again.</source>
      <translation>Aplikacja nie mogła zapisać danych we własnym folderze na tym komputerze. Sprawdź, czy na dysku jest wolne miejsce, i spróbuj ponownie.</translation>
    </message>
    <message>
      <source>The case is intact</source>
      <translation>Sprawa jest nienaruszona</translation>
    </message>
    <message>
      <source>Everything checked out: the encryption, the fingerprints and seals of all {count} exhibits, the record of changes, the key files and their backup, and that this copy is not older than the last one used.</source>
      <translation>Wszystko się zgadza: szyfrowanie, odciski i pieczęcie wszystkich dowodów ({count}), zapis zmian, pliki kluczy i ich kopia zapasowa oraz to, że ta kopia nie jest starsza od ostatnio używanej.</translation>
    </message>
    <message>
      <source>The case has a problem</source>
      <translation>Ze sprawą jest problem</translation>
    </message>
    <message>
      <source>Part of the case could not be read or does not match its fingerprint. Keep a copy of the whole case folder, and make your report now while the rest can still be read.

What was found:
{problems}

Still readable:
{readable}</source>
      <translation>Części sprawy nie udało się odczytać albo nie zgadza się ona ze swoim odciskiem. Zachowaj kopię całego folderu sprawy i zgłoś sprawę teraz, póki resztę da się odczytać.

Co znaleziono:
{problems}

Nadal do odczytania:
{readable}</translation>
    </message>
    <message>
      <source>Delete this case?</source>
      <translation>Usunąć tę sprawę?</translation>
    </message>
    <message>
      <source>This deletes the case and all the evidence in it from this computer. It cannot be undone. Only do this if you no longer need the evidence, for example after the police have a copy.</source>
      <translation>To usunie sprawę i wszystkie dowody w niej z tego komputera. Nie da się tego cofnąć. Zrób to tylko wtedy, gdy dowody nie są już potrzebne, na przykład gdy policja ma już kopię.</translation>
    </message>
    <message>
      <source>Delete the case</source>
      <translation>Usuń sprawę</translation>
    </message>
    <message>
      <source>Keep the case</source>
      <translation>Zachowaj sprawę</translation>
    </message>
    <message>
      <source>The case could not be deleted</source>
      <translation>Nie udało się usunąć sprawy</translation>
    </message>
    <message>
      <source>The case is deleted</source>
      <translation>Sprawa została usunięta</translation>
    </message>
    <message>
      <source>The case files were overwritten and removed, and the app no longer remembers the case. Some copies may still exist: SSD drives, backups, cloud folders and system restore can keep old copies of files.</source>
      <translation>Pliki sprawy zostały nadpisane i usunięte, a aplikacja nie pamięta już sprawy. Niektóre kopie mogą nadal istnieć: dyski SSD, kopie zapasowe, foldery w chmurze i przywracanie systemu mogą przechowywać stare kopie plików.</translation>
    </message>
    <message>
      <source>The case could not be fully deleted</source>
      <translation>Nie udało się całkowicie usunąć sprawy</translation>
    </message>
    <message>
      <source>Some files could not be removed:</source>
      <translation>Nie udało się usunąć niektórych plików:</translation>
    </message>
  </context>
  <context>
    <name>ChatImport</name>
    <message>
      <source>Add a &amp;chat export…</source>
      <translation>Dodaj eksport &amp;czatu…</translation>
    </message>
    <message>
      <source>Add a chat export</source>
      <translation>Dodaj eksport czatu</translation>
    </message>
    <message>
      <source>A chat exported from WhatsApp, Instagram, Facebook Messenger, Telegram or Snapchat: the whole conversation becomes one exhibit.</source>
      <translation>Czat wyeksportowany z WhatsApp, Instagrama, Facebook Messengera, Telegrama lub Snapchata: cała rozmowa staje się jednym dowodem.</translation>
    </message>
    <message>
      <source>Chat &amp;transcripts…</source>
      <translation>&amp;Zapisy czatów…</translation>
    </message>
    <message>
      <source>Open the chat transcripts</source>
      <translation>Otwórz zapisy czatów</translation>
    </message>
    <message>
      <source>The chat was removed from the case.</source>
      <translation>Czat został usunięty ze sprawy.</translation>
    </message>
    <message>
      <source>Chat exports (%1)</source>
      <translation>Eksporty czatów (%1)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
      <source>Choose chat exports to add</source>
      <translation>Wybierz eksporty czatów do dodania</translation>
    </message>
    <message>
      <source>Please wait until the chat being added is finished.</source>
      <translation>Poczekaj, aż dodawanie czatu się skończy.</translation>
    </message>
    <message>
      <source>Reading the chat export…</source>
      <translation>Odczytywanie eksportu czatu…</translation>
    </message>
    <message>
      <source>The chat was not added</source>
      <translation>Nie dodano czatu</translation>
    </message>
    <message numerus="yes">
      <source>This chat holds %n photo(s) or file(s). You can add the photos as their own exhibits. Only add them if none is a nude or sexual image: the chat, the profile and the demands are the evidence.</source>
      <translation>
        <numerusform>Ten czat zawiera zdjęcia lub pliki: %n. Możesz dodać zdjęcia jako osobne dowody. Dodaj je tylko wtedy, gdy żadne nie jest nagim ani seksualnym zdjęciem: dowodem są czat, profil i żądania.</numerusform>
        <numerusform>Ten czat zawiera zdjęcia lub pliki: %n. Możesz dodać zdjęcia jako osobne dowody. Dodaj je tylko wtedy, gdy żadne nie jest nagim ani seksualnym zdjęciem: dowodem są czat, profil i żądania.</numerusform>
        <numerusform>Ten czat zawiera zdjęcia lub pliki: %n. Możesz dodać zdjęcia jako osobne dowody. Dodaj je tylko wtedy, gdy żadne nie jest nagim ani seksualnym zdjęciem: dowodem są czat, profil i żądania.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n chat(s) added as exhibits: %1.</source>
      <translation>
        <numerusform>Dodano %n czat jako dowód: %1.</numerusform>
        <numerusform>Dodano %n czaty jako dowody: %1.</numerusform>
        <numerusform>Dodano %n czatów jako dowody: %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n chat(s) already in the case.</source>
      <translation>
        <numerusform>%n czat jest już w sprawie.</numerusform>
        <numerusform>%n czaty są już w sprawie.</numerusform>
        <numerusform>%n czatów jest już w sprawie.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n photo(s) added.</source>
      <translation>
        <numerusform>Dodano %n zdjęcie.</numerusform>
        <numerusform>Dodano %n zdjęcia.</numerusform>
        <numerusform>Dodano %n zdjęć.</numerusform>
      </translation>
    </message>
    <message>
      <source>Photos in the chat</source>
      <translation>Zdjęcia w czacie</translation>
    </message>
    <message>
      <source>None is sexual — add the photos</source>
      <translation>Żadne nie jest seksualne — dodaj zdjęcia</translation>
    </message>
    <message>
      <source>Add only the chat</source>
      <translation>Dodaj tylko czat</translation>
    </message>
    <message>
      <source>Photos and files in the chat were left out, because the person is under 18 or their age is not known. Only the chat's words are kept.</source>
      <translation>Zdjęcia i pliki z czatu zostały pominięte, bo osoba ma mniej niż 18 lat albo jej wiek nie jest znany. Zachowano tylko tekst czatu.</translation>
    </message>
    <message>
      <source>No chat was found in what you chose.</source>
      <translation>W tym, co wybrano, nie znaleziono żadnego czatu.</translation>
    </message>
    <message>
      <source>Some exports were not added</source>
      <translation>Niektórych eksportów nie dodano</translation>
    </message>
  </context>
  <context>
    <name>CheckQuestion</name>
    <message>
      <source>Check your answers</source>
      <translation>Sprawdź swoje odpowiedzi</translation>
    </message>
    <message>
      <source>This is what the report will say. Anything missing is fine: give what you know. Choose Change to go back to a question.</source>
      <translation>Tak będzie wyglądał raport. Jeśli czegoś brakuje, to nic: podaj to, co wiesz. Wybierz Zmień, żeby wrócić do pytania.</translation>
    </message>
    <message>
      <source>Not given yet</source>
      <translation>Jeszcze nie podano</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Zmień</translation>
    </message>
    <message>
      <source>Change: {what}</source>
      <translation>Zmień: {what}</translation>
    </message>
    <message>
      <source>Left out of the report</source>
      <translation>Pominięte w raporcie</translation>
    </message>
    <message>
      <source>Entries kept in the case: {n}. They are not in the report because the answer is No. Choose Change to answer again.</source>
      <translation>Wpisy zachowane w sprawie: {n}. Nie ma ich w raporcie, bo odpowiedź brzmi Nie. Wybierz Zmień, aby odpowiedzieć jeszcze raz.</translation>
    </message>
    <message>
      <source>Answers given: {given}. Not given yet: {missing}.</source>
      <translation>Udzielone odpowiedzi: {given}. Jeszcze nie podano: {missing}.</translation>
    </message>
  </context>
  <context>
    <name>ClaimedLocationQuestion</name>
    <message>
      <source>Where did they say they were?</source>
      <translation>Gdzie, jak mówili, byli?</translation>
    </message>
    <message>
      <source>&amp;Town or country they said they were in</source>
      <translation>&amp;Miasto lub kraj, w którym, jak mówili, byli</translation>
    </message>
    <message>
      <source>Leave it empty if you do not know. It may not be true: that is fine.</source>
      <translation>Zostaw puste, jeśli nie wiesz. To może nie być prawda: to nic.</translation>
    </message>
    <message>
      <source>Where they said they were</source>
      <translation>Gdzie, jak mówili, byli</translation>
    </message>
  </context>
  <context>
    <name>ContactQuestion</name>
    <message>
      <source>Should the report give their contact details?</source>
      <translation>Czy raport ma zawierać dane kontaktowe tej osoby?</translation>
    </message>
    <message>
      <source>Should the report give your contact details?</source>
      <translation>Czy raport ma zawierać twoje dane kontaktowe?</translation>
    </message>
    <message>
      <source>The police can take a report without them, but they may need to reach you. The details go only into the report you make.</source>
      <translation>Policja może przyjąć zgłoszenie bez nich, ale może potrzebować się z tobą skontaktować. Dane trafią tylko do raportu, który utworzysz.</translation>
    </message>
    <message>
      <source>The police can take a report without them, but they may need to reach the person. The details go only into the report you make.</source>
      <translation>Policja może przyjąć zgłoszenie bez nich, ale może potrzebować się skontaktować z tą osobą. Dane trafią tylko do raportu, który utworzysz.</translation>
    </message>
    <message>
      <source>Put the contact details of the person being threatened in the report</source>
      <translation>Umieść w raporcie dane kontaktowe osoby, której grożą</translation>
    </message>
    <message>
      <source>Put my contact details in the report</source>
      <translation>Umieść w raporcie moje dane kontaktowe</translation>
    </message>
    <message>
      <source>Na&amp;me</source>
      <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
      <source>&amp;Phone</source>
      <translation>&amp;Telefon</translation>
    </message>
    <message>
      <source>&amp;Email</source>
      <translation>&amp;E-mail</translation>
    </message>
    <message>
      <source>Contact details in the report</source>
      <translation>Dane kontaktowe w raporcie</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Tak</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Nie</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Imię i nazwisko</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
  </context>
  <context>
    <name>ContactsQuestion</name>
    <message>
      <source>Do they know who the person knows?</source>
      <translation>Czy wiedzą, kogo zna ta osoba?</translation>
    </message>
    <message>
      <source>Do they know who you know?</source>
      <translation>Czy wiedzą, kogo znasz?</translation>
    </message>
    <message>
      <source>For example a school, an employer, family or friends they named, or a list of followers.</source>
      <translation>Na przykład szkoła, pracodawca, rodzina lub znajomi, których wymienili, albo lista obserwujących.</translation>
    </message>
    <message>
      <source>&amp;Who or what they know</source>
      <translation>&amp;Kogo lub co znają</translation>
    </message>
    <message>
      <source>Know who you know</source>
      <translation>Wiedzą, kogo znasz</translation>
    </message>
    <message>
      <source>Who or what they know</source>
      <translation>Kogo lub co znają</translation>
    </message>
  </context>
  <context>
    <name>CountdownWindow</name>
    <message>
      <source>Capturing the screen</source>
      <translation>Robienie zdjęcia ekranu</translation>
    </message>
    <message>
      <source>Countdown</source>
      <translation>Odliczanie</translation>
    </message>
    <message>
      <source>Cancel (Esc)</source>
      <translation>Anuluj (Esc)</translation>
    </message>
    <message>
      <source>Cancel the screen capture</source>
      <translation>Anuluj zdjęcie ekranu</translation>
    </message>
    <message>
      <source>Bring the chat to the front. The screen will be captured in %1…</source>
      <translation>Przenieś czat na wierzch. Zdjęcie ekranu zostanie zrobione za %1…</translation>
    </message>
  </context>
  <context>
    <name>Crash</name>
    <message>
      <source>Something went wrong</source>
      <translation>Coś poszło nie tak</translation>
    </message>
    <message>
      <source>Something went wrong inside the app. What you saved before is kept in the case. If this happens again, close the app and open the case again.</source>
      <translation>Coś poszło nie tak w aplikacji. To, co zapisano wcześniej, zostaje w sprawie. Jeśli to się powtórzy, zamknij aplikację i otwórz sprawę ponownie.</translation>
    </message>
  </context>
  <context>
    <name>DemandQuestion</name>
    <message>
      <source>What did they ask for?</source>
      <translation>Czego żądali?</translation>
    </message>
    <message>
      <source>W&amp;hat they asked for</source>
      <translation>&amp;Czego żądali</translation>
    </message>
    <message>
      <source>For example: money, gift cards, more pictures, or to keep talking.</source>
      <translation>Na przykład: pieniędzy, kart podarunkowych, kolejnych zdjęć albo dalszej rozmowy.</translation>
    </message>
    <message>
      <source>What they asked for</source>
      <translation>Czego żądali</translation>
    </message>
  </context>
  <context>
    <name>DemandedPaymentsQuestion</name>
    <message>
      <source>How much did they ask for, and how?</source>
      <translation>Ile pieniędzy żądali i w jaki sposób?</translation>
    </message>
    <message>
      <source>Give what you know: the amount, how they wanted it, and where it was to go. Add another for each time they asked.</source>
      <translation>Podaj to, co wiesz: kwotę, jak chcieli ją dostać i dokąd miała trafić. Dodaj kolejne żądanie za każdym razem, gdy żądali.</translation>
    </message>
    <message>
      <source>Demand {n}</source>
      <translation>Żądanie {n}</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>Discreet</name>
    <message>
      <source>Notes</source>
      <translation>Notatki</translation>
    </message>
  </context>
  <context>
    <name>ErrorSummary</name>
    <message>
      <source>There is a problem</source>
      <translation>Jest problem</translation>
    </message>
    <message>
      <source>What you typed is saved as it is. You can fix it now or later.</source>
      <translation>To, co wpisano, zostało zapisane bez zmian. Możesz to poprawić teraz albo później.</translation>
    </message>
    <message>
      <source>Go to the problem: {text}</source>
      <translation>Przejdź do problemu: {text}</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>That recovery code does not open this case. Check each group of letters and numbers, and try again.</source>
      <translation>Ten kod odzyskiwania nie otwiera tej sprawy. Sprawdź każdą grupę liter i cyfr, i spróbuj ponownie.</translation>
    </message>
    <message>
      <source>That passphrase does not open this case. Check Caps Lock and try again, or use your recovery code.</source>
      <translation>To hasło nie otwiera tej sprawy. Sprawdź Caps Lock i spróbuj ponownie albo użyj kodu odzyskiwania.</translation>
    </message>
    <message>
      <source>This is not a Guardian Desktop case, or it could not be found. If the case is on a USB stick, check that it is plugged in.</source>
      <translation>To nie jest sprawa Guardian Desktop albo nie udało się jej znaleźć. Jeśli sprawa jest na pendrivie USB, sprawdź, czy jest podłączony.</translation>
    </message>
    <message>
      <source>Part of the case file is damaged. Keep a copy of the whole case folder. If the case opens, use 'Check this case' in Settings to see what can still be read.</source>
      <translation>Część pliku sprawy jest uszkodzona. Zachowaj kopię całego folderu sprawy. Jeśli sprawa się otwiera, użyj „Sprawdź tę sprawę” w Ustawieniach, aby zobaczyć, co nadal da się odczytać.</translation>
    </message>
    <message>
      <source>This case is already open in another window or program. Close it there first. If the app closed unexpectedly, wait a moment and try again.</source>
      <translation>Ta sprawa jest już otwarta w innym oknie lub programie. Najpierw zamknij ją tam. Jeśli aplikacja zamknęła się nieoczekiwanie, poczekaj chwilę i spróbuj ponownie.</translation>
    </message>
    <message>
      <source>The case is in a place the app cannot write to, such as a locked USB stick or a read-only folder. Copy the whole case folder to this computer, then open the copy.</source>
      <translation>Sprawa jest w miejscu, w którym aplikacja nie może zapisywać, na przykład na zablokowanym pendrivie USB albo w folderze tylko do odczytu. Skopiuj cały folder sprawy na ten komputer, a potem otwórz kopię.</translation>
    </message>
    <message>
      <source>The disk is full, so this was not saved. Nothing was half-written. Free some space, then try again.</source>
      <translation>Dysk jest pełny, więc tego nie zapisano. Nic nie zostało zapisane w połowie. Zwolnij trochę miejsca i spróbuj ponownie.</translation>
    </message>
    <message>
      <source>There is already something at that place. Choose another name or folder.</source>
      <translation>W tym miejscu już coś jest. Wybierz inną nazwę lub folder.</translation>
    </message>
    <message>
      <source>This computer has no password store the app can use, so it cannot remember the case. You can still open it with your passphrase.</source>
      <translation>Ten komputer nie ma magazynu haseł, z którego aplikacja może korzystać, więc nie może zapamiętać sprawy. Nadal możesz ją otworzyć swoim hasłem.</translation>
    </message>
  </context>
  <context>
    <name>EvidenceList</name>
    <message>
      <source>Saved screenshots</source>
      <translation>Zapisane zrzuty ekranu</translation>
    </message>
    <message>
      <source>Enter opens the large view. Space shows or hides the picture. Delete removes the screenshot from the case.</source>
      <translation>Enter otwiera duży podgląd. Spacja pokazuje lub ukrywa obraz. Delete usuwa zrzut ekranu ze sprawy.</translation>
    </message>
  </context>
  <context>
    <name>EvidenceListModel</name>
    <message>
      <source>picture shown</source>
      <translation>obraz widoczny</translation>
    </message>
    <message>
      <source>picture blurred</source>
      <translation>obraz rozmyty</translation>
    </message>
    <message>
      <source>parts covered</source>
      <translation>części zakryte</translation>
    </message>
    <message>
      <source>No description yet</source>
      <translation>Brak opisu</translation>
    </message>
    <message>
      <source>When: %1</source>
      <translation>Kiedy: %1</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>nie ustawiono</translation>
    </message>
    <message>
      <source>%1 (time zone not recorded)</source>
      <translation>%1 (nie zapisano strefy czasowej)</translation>
    </message>
    <message>
      <source>%1, time not known</source>
      <translation>%1, godzina nieznana</translation>
    </message>
    <message>
      <source>File: %1</source>
      <translation>Plik: %1</translation>
    </message>
  </context>
  <context>
    <name>EvidenceScreen</name>
    <message>
      <source>Save the evidence</source>
      <translation>Zapisz dowody</translation>
    </message>
    <message>
      <source>&amp;Add screenshots…</source>
      <translation>&amp;Dodaj zrzuty ekranu…</translation>
    </message>
    <message>
      <source>Add screenshots</source>
      <translation>Dodaj zrzuty ekranu</translation>
    </message>
    <message>
      <source>Choose one or more picture files.</source>
      <translation>Wybierz jeden lub więcej plików z obrazami.</translation>
    </message>
    <message>
      <source>Add a f&amp;older…</source>
      <translation>Dodaj &amp;folder…</translation>
    </message>
    <message>
      <source>Add a folder of screenshots</source>
      <translation>Dodaj folder ze zrzutami ekranu</translation>
    </message>
    <message>
      <source>Adds every picture in the folder and the folders inside it.</source>
      <translation>Dodaje każdy obraz z folderu i z folderów w nim.</translation>
    </message>
    <message>
      <source>&amp;Paste picture (Ctrl+V)</source>
      <translation>&amp;Wklej obraz (Ctrl+V)</translation>
    </message>
    <message>
      <source>Paste a picture</source>
      <translation>Wklej obraz</translation>
    </message>
    <message>
      <source>Adds the picture you copied.</source>
      <translation>Dodaje skopiowany obraz.</translation>
    </message>
    <message>
      <source>Capture my &amp;screen…</source>
      <translation>Zrób zdjęcie &amp;ekranu…</translation>
    </message>
    <message>
      <source>Capture my screen</source>
      <translation>Zrób zdjęcie ekranu</translation>
    </message>
    <message>
      <source>Hides this window, counts down so you can bring the chat to the front, then takes a picture of the screen for you to keep or discard.</source>
      <translation>Ukrywa to okno i odlicza czas, żeby można było przenieść czat na wierzch. Potem robi zdjęcie ekranu, które możesz zachować lub odrzucić.</translation>
    </message>
    <message>
      <source>Or drag screenshots, a folder or a chat export here.</source>
      <translation>Albo przeciągnij tutaj zrzuty ekranu, folder lub eksport czatu.</translation>
    </message>
    <message>
      <source>Ways to add</source>
      <translation>Sposoby dodawania</translation>
    </message>
    <message>
      <source>Adding screenshots</source>
      <translation>Dodawanie zrzutów ekranu</translation>
    </message>
    <message>
      <source>Stop adding</source>
      <translation>Przerwij dodawanie</translation>
    </message>
    <message>
      <source>Screenshots already added are kept. Escape stops adding too.</source>
      <translation>Zrzuty ekranu, które już dodano, zostają. Klawisz Escape też przerywa dodawanie.</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Komunikat</translation>
    </message>
    <message>
      <source>Show all p&amp;ictures</source>
      <translation>Pokaż wszystkie &amp;obrazy</translation>
    </message>
    <message>
      <source>Show all pictures</source>
      <translation>Pokaż wszystkie obrazy</translation>
    </message>
    <message>
      <source>Pictures are blurred so that nobody sees them by accident.</source>
      <translation>Obrazy są rozmyte, żeby nikt ich nie zobaczył przypadkiem.</translation>
    </message>
    <message>
      <source>Chec&amp;k suggested times</source>
      <translation>Sprawdź proponowane &amp;godziny</translation>
    </message>
    <message>
      <source>Check the suggested times</source>
      <translation>Sprawdź proponowane godziny</translation>
    </message>
    <message>
      <source>Goes through each screenshot with a time suggested from its file. Press Enter to use the time shown, or type the right one.</source>
      <translation>Przechodzi przez każdy zrzut ekranu z godziną zaproponowaną na podstawie pliku. Naciśnij Enter, żeby użyć widocznej godziny, albo wpisz właściwą.</translation>
    </message>
    <message>
      <source>No screenshots yet.

Add the chat, their profile and each demand with the buttons above, or drag the files here.</source>
      <translation>Nie ma jeszcze zrzutów ekranu.

Dodaj czat, ich profil i każde żądanie za pomocą przycisków powyżej albo przeciągnij pliki tutaj.</translation>
    </message>
    <message>
      <source>No screenshots yet</source>
      <translation>Nie ma jeszcze zrzutów ekranu</translation>
    </message>
    <message>
      <source>Stopping… Screenshots already added are kept.</source>
      <translation>Przerywanie… Zrzuty ekranu, które już dodano, zostają.</translation>
    </message>
    <message>
      <source>Pictures (%1)</source>
      <translation>Obrazy (%1)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
      <source>Choose screenshots to add</source>
      <translation>Wybierz zrzuty ekranu do dodania</translation>
    </message>
    <message>
      <source>Choose a folder of screenshots</source>
      <translation>Wybierz folder ze zrzutami ekranu</translation>
    </message>
    <message>
      <source>Pasted picture %1.png</source>
      <translation>Wklejony obraz %1.png</translation>
    </message>
    <message>
      <source>There is no picture to paste. Copy a screenshot first (for example: right-click it and choose Copy), then paste it here.</source>
      <translation>Nie ma obrazu do wklejenia. Najpierw skopiuj zrzut ekranu (na przykład kliknij go prawym przyciskiem i wybierz Kopiuj), a potem wklej go tutaj.</translation>
    </message>
    <message>
      <source>The screen capture was cancelled. Nothing was saved.</source>
      <translation>Zdjęcie ekranu zostało anulowane. Nic nie zapisano.</translation>
    </message>
    <message>
      <source>The capture was discarded. Nothing was saved.</source>
      <translation>Zdjęcie ekranu zostało odrzucone. Nic nie zapisano.</translation>
    </message>
    <message>
      <source>Screen capture %1.png</source>
      <translation>Zdjęcie ekranu %1.png</translation>
    </message>
    <message>
      <source>Screen capture %1 (screen %2).png</source>
      <translation>Zdjęcie ekranu %1 (ekran %2).png</translation>
    </message>
    <message>
      <source>Dropped picture %1.png</source>
      <translation>Upuszczony obraz %1.png</translation>
    </message>
    <message>
      <source>Please wait until the screenshots being added are finished.</source>
      <translation>Poczekaj, aż dodawanie zrzutów ekranu się skończy.</translation>
    </message>
    <message>
      <source>Please check the pictures you are adding. None of them may be a nude or sexual image. The chat, the profile and the demands are the evidence.</source>
      <translation>Sprawdź obrazy, które dodajesz. Żaden z nich nie może być nagim ani seksualnym zdjęciem. Dowodem są czat, profil i żądania.</translation>
    </message>
    <message>
      <source>Before you add these</source>
      <translation>Zanim je dodasz</translation>
    </message>
    <message>
      <source>None is sexual — add them</source>
      <translation>Żaden nie jest seksualny — dodaj je</translation>
    </message>
    <message>
      <source>Stop, do not add</source>
      <translation>Stop, nie dodawaj</translation>
    </message>
    <message>
      <source>Nothing was added.</source>
      <translation>Nic nie dodano.</translation>
    </message>
    <message>
      <source>Adding…</source>
      <translation>Dodawanie…</translation>
    </message>
    <message>
      <source>Adding %1 of %2…</source>
      <translation>Dodawanie %1 z %2…</translation>
    </message>
    <message>
      <source>Adding stopped unexpectedly.</source>
      <translation>Dodawanie nieoczekiwanie się przerwało.</translation>
    </message>
    <message>
      <source>%1 of them have a time suggested from the file. Check each one: it is only saved when you choose “Use this”.</source>
      <translation>Zrzuty z godziną zaproponowaną na podstawie pliku: %1. Sprawdź każdy z nich: godzina zapisuje się dopiero po wybraniu „Użyj”.</translation>
    </message>
    <message>
      <source>Every suggested time has been checked.</source>
      <translation>Wszystkie proponowane godziny zostały sprawdzone.</translation>
    </message>
    <message>
      <source>%1 left to check. Enter uses the time shown; or type the right time.</source>
      <translation>Do sprawdzenia zostało: %1. Enter używa widocznej godziny; możesz też wpisać właściwą.</translation>
    </message>
    <message>
      <source>Remove %1?</source>
      <translation>Usunąć %1?</translation>
    </message>
    <message>
      <source>Remove %1 from the case? It cannot be brought back. The case log will still show that it was removed, and when.</source>
      <translation>Usunąć %1 ze sprawy? Nie da się tego przywrócić. W dzienniku sprawy nadal będzie widać, że to usunięto i kiedy.</translation>
    </message>
    <message>
      <source>Remove it</source>
      <translation>Usuń</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Zostaw</translation>
    </message>
    <message>
      <source>%1 was removed from the case.</source>
      <translation>Usunięto %1 ze sprawy.</translation>
    </message>
    <message>
      <source>1 screenshot in the case</source>
      <translation>Zrzuty ekranu w sprawie: 1</translation>
    </message>
    <message>
      <source>%1 screenshots in the case</source>
      <translation>Zrzuty ekranu w sprawie: %1</translation>
    </message>
  </context>
  <context>
    <name>EvidenceTasks</name>
    <message>
      <source>Something went wrong, so this was not finished.</source>
      <translation>Coś poszło nie tak, więc tego nie dokończono.</translation>
    </message>
    <message>
      <source>What was already saved is kept. Please try again.</source>
      <translation>To, co już zapisano, zostaje. Spróbuj ponownie.</translation>
    </message>
    <message>
      <source>the picture could not be read.</source>
      <translation>nie udało się odczytać obrazu.</translation>
    </message>
  </context>
  <context>
    <name>EvidenceViewer</name>
    <message>
      <source>Large view</source>
      <translation>Duży podgląd</translation>
    </message>
    <message>
      <source>Large view of a screenshot</source>
      <translation>Duży podgląd zrzutu ekranu</translation>
    </message>
    <message>
      <source>S&amp;how picture</source>
      <translation>Po&amp;każ obraz</translation>
    </message>
    <message>
      <source>Show the picture</source>
      <translation>Pokaż obraz</translation>
    </message>
    <message>
      <source>← &amp;Previous</source>
      <translation>← &amp;Poprzedni</translation>
    </message>
    <message>
      <source>Previous screenshot</source>
      <translation>Poprzedni zrzut ekranu</translation>
    </message>
    <message>
      <source>&amp;Next →</source>
      <translation>&amp;Następny →</translation>
    </message>
    <message>
      <source>Next screenshot</source>
      <translation>Następny zrzut ekranu</translation>
    </message>
    <message>
      <source>Zoom &amp;out (−)</source>
      <translation>P&amp;omniejsz (−)</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Pomniejsz</translation>
    </message>
    <message>
      <source>Zoom &amp;in (+)</source>
      <translation>Po&amp;większ (+)</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Powiększ</translation>
    </message>
    <message>
      <source>&amp;Fit</source>
      <translation>&amp;Dopasuj</translation>
    </message>
    <message>
      <source>Fit to the window</source>
      <translation>Dopasuj do okna</translation>
    </message>
    <message>
      <source>&amp;Cover parts…</source>
      <translation>&amp;Zakryj części…</translation>
    </message>
    <message>
      <source>Cover private parts</source>
      <translation>Zakryj prywatne części</translation>
    </message>
    <message>
      <source>Close (Esc)</source>
      <translation>Zamknij (Esc)</translation>
    </message>
    <message>
      <source>Close the large view</source>
      <translation>Zamknij duży podgląd</translation>
    </message>
    <message>
      <source>Zoom level</source>
      <translation>Powiększenie</translation>
    </message>
    <message>
      <source>Screenshot</source>
      <translation>Zrzut ekranu</translation>
    </message>
    <message>
      <source>Screenshot, zoomable</source>
      <translation>Zrzut ekranu, z powiększeniem</translation>
    </message>
    <message>
      <source>%1 — %2 of %3</source>
      <translation>%1 — %2 z %3</translation>
    </message>
    <message>
      <source>the covered copy, as used in the report</source>
      <translation>zakryta kopia, użyta w raporcie</translation>
    </message>
  </context>
  <context>
    <name>ExhibitsQuestion</name>
    <message>
      <source>Initials for the evidence labels</source>
      <translation>Inicjały do oznaczeń dowodów</translation>
    </message>
    <message>
      <source>Police label exhibits with the initials of the person who saved them, for example SE/1.</source>
      <translation>Policja oznacza dowody inicjałami osoby, która je zapisała, na przykład SE/1.</translation>
    </message>
    <message>
      <source>&amp;Initials</source>
      <translation>&amp;Inicjały</translation>
    </message>
    <message>
      <source>Filled in from the name given. Change them if they are not right.</source>
      <translation>Uzupełnione na podstawie podanego imienia i nazwiska. Zmień je, jeśli są nieprawidłowe.</translation>
    </message>
    <message>
      <source>Initials for evidence labels</source>
      <translation>Inicjały do oznaczeń dowodów</translation>
    </message>
  </context>
  <context>
    <name>FakeQuestion</name>
    <message>
      <source>Could the images be fake or made with AI?</source>
      <translation>Czy zdjęcia mogą być fałszywe albo zrobione przez AI?</translation>
    </message>
    <message>
      <source>Could be fake or AI-made</source>
      <translation>Mogą być fałszywe lub zrobione przez AI</translation>
    </message>
  </context>
  <context>
    <name>FirstContactQuestion</name>
    <message>
      <source>How did they first make contact?</source>
      <translation>Jak po raz pierwszy nawiązali kontakt?</translation>
    </message>
    <message>
      <source>How did they first contact you?</source>
      <translation>Jak po raz pierwszy się z tobą skontaktowali?</translation>
    </message>
    <message>
      <source>&amp;Where and how</source>
      <translation>&amp;Gdzie i jak</translation>
    </message>
    <message>
      <source>For example: a message on Instagram, or a friend request on Snapchat.</source>
      <translation>Na przykład: wiadomość na Instagramie albo zaproszenie do znajomych na Snapchacie.</translation>
    </message>
    <message>
      <source>First contact</source>
      <translation>Pierwszy kontakt</translation>
    </message>
    <message>
      <source>W&amp;hen was that?</source>
      <translation>&amp;Kiedy to było?</translation>
    </message>
    <message>
      <source>How they first made contact</source>
      <translation>Jak po raz pierwszy nawiązali kontakt</translation>
    </message>
    <message>
      <source>When that was</source>
      <translation>Kiedy to było</translation>
    </message>
  </context>
  <context>
    <name>HelpNowView</name>
    <message>
      <source>Help now</source>
      <translation>Pomoc teraz</translation>
    </message>
    <message>
      <source>You can read this now. Nothing is saved and no passphrase is needed.</source>
      <translation>Możesz to przeczytać teraz. Nic nie jest zapisywane i nie trzeba hasła.</translation>
    </message>
    <message>
      <source>Me</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>Someone in my family, or a friend</source>
      <translation>Ktoś z mojej rodziny albo znajomy</translation>
    </message>
    <message>
      <source>A student at my school or college</source>
      <translation>Uczeń z mojej szkoły lub uczelni</translation>
    </message>
    <message>
      <source>Who this help is for</source>
      <translation>Dla kogo jest ta pomoc</translation>
    </message>
    <message>
      <source>This help is &amp;for:</source>
      <translation>Ta pomoc jest &amp;dla:</translation>
    </message>
    <message>
      <source>&amp;Save evidence...</source>
      <translation>&amp;Zapisz dowody...</translation>
    </message>
    <message>
      <source>Save evidence in a locked case</source>
      <translation>Zapisz dowody w zablokowanej sprawie</translation>
    </message>
    <message>
      <source>Go ba&amp;ck</source>
      <translation>&amp;Wróć</translation>
    </message>
    <message>
      <source>Go back to help for someone under 18</source>
      <translation>Wróć do pomocy dla osoby poniżej 18 lat</translation>
    </message>
    <message>
      <source>Go back to the start</source>
      <translation>Wróć do początku</translation>
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
      <translation>O tobie, osobie, która pomaga</translation>
    </message>
    <message>
      <source>The report gives your details, so the police know who made it.</source>
      <translation>Raport zawiera twoje dane, żeby policja wiedziała, kto go sporządził.</translation>
    </message>
    <message>
      <source>&amp;Your name</source>
      <translation>&amp;Twoje imię i nazwisko</translation>
    </message>
    <message>
      <source>Your &amp;role</source>
      <translation>Twoja &amp;rola</translation>
    </message>
    <message>
      <source>For example: mother, friend, school counsellor.</source>
      <translation>Na przykład: mama, znajomy, pedagog szkolny.</translation>
    </message>
    <message>
      <source>How the police can reach y&amp;ou (phone or email)</source>
      <translation>Jak policja może się z t&amp;obą skontaktować (telefon lub e-mail)</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Twoje imię i nazwisko</translation>
    </message>
    <message>
      <source>Your role</source>
      <translation>Twoja rola</translation>
    </message>
    <message>
      <source>How to reach you</source>
      <translation>Jak się z tobą skontaktować</translation>
    </message>
  </context>
  <context>
    <name>ImagesQuestion</name>
    <message>
      <source>About the images</source>
      <translation>O zdjęciach</translation>
    </message>
    <message>
      <source>These questions are about the images, so the police know what to look for. Do not add the images themselves.</source>
      <translation>Te pytania dotyczą zdjęć, żeby policja wiedziała, czego szukać. Nie dodawaj samych zdjęć.</translation>
    </message>
    <message>
      <source>Did the person you are helping send them any images?</source>
      <translation>Czy osoba, której pomagasz, wysłała im jakieś zdjęcia?</translation>
    </message>
    <message>
      <source>Could someone recognise the person in the images?</source>
      <translation>Czy ktoś mógłby rozpoznać tę osobę na zdjęciach?</translation>
    </message>
    <message>
      <source>Did you send them any images?</source>
      <translation>Czy dostali od ciebie jakieś zdjęcia?</translation>
    </message>
    <message>
      <source>Could someone recognise you in the images?</source>
      <translation>Czy ktoś mógłby rozpoznać cię na zdjęciach?</translation>
    </message>
    <message>
      <source>Images were sent</source>
      <translation>Zdjęcia zostały wysłane</translation>
    </message>
    <message>
      <source>Could be recognised</source>
      <translation>Można rozpoznać</translation>
    </message>
  </context>
  <context>
    <name>Interview</name>
    <message>
      <source>Amount: type a number, like 250 or 49.99</source>
      <translation>Kwota: wpisz liczbę, na przykład 250 lub 49.99</translation>
    </message>
    <message>
      <source>Sort code: type the 6 numbers, like 12-34-56</source>
      <translation>Sort code: wpisz 6 cyfr, na przykład 12-34-56</translation>
    </message>
    <message>
      <source>Account number: type only the numbers, usually 8 of them</source>
      <translation>Numer konta: wpisz same cyfry, zwykle jest ich 8</translation>
    </message>
    <message>
      <source>Email: check it looks like name@example.com</source>
      <translation>E-mail: sprawdź, czy wygląda jak name@example.com</translation>
    </message>
    <message>
      <source>Police: online report receipt</source>
      <translation>Policja: potwierdzenie zgłoszenia online</translation>
    </message>
    <message>
      <source>Police: crime reference number</source>
      <translation>Policja: numer sprawy (crime reference number)</translation>
    </message>
    <message>
      <source>CEOP report</source>
      <translation>Zgłoszenie do CEOP</translation>
    </message>
    <message>
      <source>Report Remove (Childline and IWF)</source>
      <translation>Report Remove (Childline i IWF)</translation>
    </message>
    <message>
      <source>Take It Down</source>
      <translation>Take It Down</translation>
    </message>
    <message>
      <source>StopNCII case</source>
      <translation>Sprawa w StopNCII</translation>
    </message>
    <message>
      <source>A report to the app or website</source>
      <translation>Zgłoszenie w aplikacji lub na stronie</translation>
    </message>
    <message>
      <source>Bank or payment provider</source>
      <translation>Bank lub operator płatności</translation>
    </message>
    <message>
      <source>Report Fraud</source>
      <translation>Report Fraud</translation>
    </message>
    <message>
      <source>Something else</source>
      <translation>Coś innego</translation>
    </message>
    <message>
      <source>Where you reported it</source>
      <translation>Gdzie to zgłoszono</translation>
    </message>
    <message>
      <source>Reference or case number</source>
      <translation>Numer referencyjny lub numer sprawy</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <source>StopNCII cannot give the PIN again: this case is a safe place for it.</source>
      <translation>StopNCII nie poda ponownie numeru PIN: ta sprawa to bezpieczne miejsce, żeby go przechować.</translation>
    </message>
    <message>
      <source>Which app, website, bank or organisation</source>
      <translation>Która aplikacja, strona, bank lub organizacja</translation>
    </message>
    <message>
      <source>When you reported it</source>
      <translation>Kiedy to zgłoszono</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notatki</translation>
    </message>
    <message>
      <source>PIN {pin}</source>
      <translation>PIN {pin}</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Kiedy</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Co się stało</translation>
    </message>
    <message>
      <source>App or website</source>
      <translation>Aplikacja lub strona</translation>
    </message>
    <message>
      <source>Choose how</source>
      <translation>Wybierz sposób</translation>
    </message>
    <message>
      <source>Bank transfer</source>
      <translation>Przelew bankowy</translation>
    </message>
    <message>
      <source>Gift card</source>
      <translation>Karta podarunkowa</translation>
    </message>
    <message>
      <source>Cryptocurrency (for example Bitcoin)</source>
      <translation>Kryptowaluta (na przykład Bitcoin)</translation>
    </message>
    <message>
      <source>PayPal</source>
      <translation>PayPal</translation>
    </message>
    <message>
      <source>A money app (for example Cash App or Revolut)</source>
      <translation>Aplikacja do płatności (na przykład Cash App lub Revolut)</translation>
    </message>
    <message>
      <source>Another way</source>
      <translation>Inny sposób</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Kwota</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Waluta</translation>
    </message>
    <message>
      <source>For example GBP, EUR or USD.</source>
      <translation>Na przykład GBP, EUR lub USD.</translation>
    </message>
    <message>
      <source>When they asked</source>
      <translation>Kiedy żądali</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Jak</translation>
    </message>
    <message>
      <source>How they wanted it</source>
      <translation>Jak chcieli dostać pieniądze</translation>
    </message>
    <message>
      <source>Name of the person or account it went to</source>
      <translation>Nazwa osoby lub konta, na które trafiły pieniądze</translation>
    </message>
    <message>
      <source>Name of the person or account it was to go to</source>
      <translation>Nazwa osoby lub konta, na które miały trafić pieniądze</translation>
    </message>
    <message>
      <source>Who the money went to</source>
      <translation>Do kogo trafiły pieniądze</translation>
    </message>
    <message>
      <source>Who it was to go to</source>
      <translation>Do kogo miały trafić</translation>
    </message>
    <message>
      <source>Sort code</source>
      <translation>Sort code</translation>
    </message>
    <message>
      <source>Bank account</source>
      <translation>Konto bankowe</translation>
    </message>
    <message>
      <source>Account number</source>
      <translation>Numer konta</translation>
    </message>
    <message>
      <source>IBAN (a bank outside the UK)</source>
      <translation>IBAN (bank poza Wielką Brytanią)</translation>
    </message>
    <message>
      <source>Wallet address</source>
      <translation>Adres portfela</translation>
    </message>
    <message>
      <source>Cryptocurrency</source>
      <translation>Kryptowaluta</translation>
    </message>
    <message>
      <source>Which coin or network</source>
      <translation>Jaka kryptowaluta lub sieć</translation>
    </message>
    <message>
      <source>For example Bitcoin, Ethereum, or USDT on Tron.</source>
      <translation>Na przykład Bitcoin, Ethereum albo USDT w sieci Tron.</translation>
    </message>
    <message>
      <source>Gift card brand</source>
      <translation>Marka karty podarunkowej</translation>
    </message>
    <message>
      <source>Gift card code</source>
      <translation>Kod karty podarunkowej</translation>
    </message>
    <message>
      <source>PayPal or app account name, email or phone</source>
      <translation>Nazwa konta PayPal lub w aplikacji, e-mail albo telefon</translation>
    </message>
    <message>
      <source>PayPal or money app</source>
      <translation>PayPal lub aplikacja do płatności</translation>
    </message>
    <message>
      <source>Transaction reference</source>
      <translation>Numer transakcji</translation>
    </message>
    <message>
      <source>From the bank statement, receipt or app.</source>
      <translation>Z wyciągu bankowego, potwierdzenia lub aplikacji.</translation>
    </message>
    <message>
      <source>The payment</source>
      <translation>Płatność</translation>
    </message>
    <message>
      <source>Have you told your bank or payment provider?</source>
      <translation>Czy bank lub operator płatności już o tym wie?</translation>
    </message>
    <message>
      <source>The reference they gave you</source>
      <translation>Numer referencyjny, który podali</translation>
    </message>
    <message>
      <source>Was the payment stopped, or the money returned?</source>
      <translation>Czy płatność została zatrzymana albo pieniądze zwrócone?</translation>
    </message>
    <message>
      <source>Anything else about where the money was to go</source>
      <translation>Coś jeszcze o tym, dokąd miały trafić pieniądze</translation>
    </message>
    <message>
      <source>Anything else</source>
      <translation>Coś jeszcze</translation>
    </message>
    <message>
      <source>Choose the app or website</source>
      <translation>Wybierz aplikację lub stronę</translation>
    </message>
    <message>
      <source>Another app or website</source>
      <translation>Inna aplikacja lub strona</translation>
    </message>
    <message>
      <source>Username or handle</source>
      <translation>Nazwa użytkownika</translation>
    </message>
    <message>
      <source>For example @name.123</source>
      <translation>Na przykład @name.123</translation>
    </message>
    <message>
      <source>Name shown on the profile</source>
      <translation>Nazwa widoczna w profilu</translation>
    </message>
    <message>
      <source>Link to the profile</source>
      <translation>Link do profilu</translation>
    </message>
    <message>
      <source>Copy it from the address bar or the Share menu, if you can.</source>
      <translation>Jeśli możesz, skopiuj go z paska adresu lub z menu Udostępnij.</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>Numer ID</translation>
    </message>
    <message>
      <source>Some apps show a number that never changes (Discord, Facebook).</source>
      <translation>Niektóre aplikacje pokazują numer, który nigdy się nie zmienia (Discord, Facebook).</translation>
    </message>
    <message>
      <source>Phone number</source>
      <translation>Numer telefonu</translation>
    </message>
    <message>
      <source>With the country code, like +44.</source>
      <translation>Z numerem kierunkowym kraju, na przykład +44.</translation>
    </message>
    <message>
      <source>Email address</source>
      <translation>Adres e-mail</translation>
    </message>
    <message>
      <source>When you saw this account</source>
      <translation>Kiedy widziano to konto</translation>
    </message>
    <message>
      <source>{what}: the date could not be read. Type it like 25/10/2025.</source>
      <translation>{what}: nie udało się odczytać daty. Wpisz ją tak: 25/10/2025.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Tak</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Nie</translation>
    </message>
    <message>
      <source>Not sure</source>
      <translation>Nie wiem</translation>
    </message>
  </context>
  <context>
    <name>InterviewPage</name>
    <message>
      <source>question {n} of {total}</source>
      <translation>pytanie {n} z {total}</translation>
    </message>
  </context>
  <context>
    <name>ItemDetails</name>
    <message>
      <source>Picture</source>
      <translation>Obraz</translation>
    </message>
    <message>
      <source>S&amp;how this picture</source>
      <translation>&amp;Pokaż ten obraz</translation>
    </message>
    <message>
      <source>Show this picture</source>
      <translation>Pokaż ten obraz</translation>
    </message>
    <message>
      <source>Pictures are blurred until you choose to see them.</source>
      <translation>Obrazy są rozmyte, dopóki nie zdecydujesz się ich zobaczyć.</translation>
    </message>
    <message>
      <source>The chosen screenshot</source>
      <translation>Wybrany zrzut ekranu</translation>
    </message>
    <message>
      <source>Large &amp;view…</source>
      <translation>Duży &amp;podgląd…</translation>
    </message>
    <message>
      <source>Open the large view</source>
      <translation>Otwórz duży podgląd</translation>
    </message>
    <message>
      <source>Cove&amp;r private parts…</source>
      <translation>&amp;Zakryj prywatne części…</translation>
    </message>
    <message>
      <source>Re&amp;move from case…</source>
      <translation>&amp;Usuń ze sprawy…</translation>
    </message>
    <message>
      <source>For example: his demand for money</source>
      <translation>Na przykład: jego żądanie pieniędzy</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Opis</translation>
    </message>
    <message>
      <source>What this screenshot shows. Saved as you type.</source>
      <translation>Co pokazuje ten zrzut ekranu. Zapisuje się w trakcie pisania.</translation>
    </message>
    <message>
      <source>App or website</source>
      <translation>Aplikacja lub strona</translation>
    </message>
    <message>
      <source>Choose from the list or type the name. Saved as you type.</source>
      <translation>Wybierz z listy lub wpisz nazwę. Zapisuje się w trakcie pisania.</translation>
    </message>
    <message>
      <source>When it happened</source>
      <translation>Kiedy to się stało</translation>
    </message>
    <message>
      <source>Original file name</source>
      <translation>Oryginalna nazwa pliku</translation>
    </message>
    <message>
      <source>Added to the case</source>
      <translation>Dodano do sprawy</translation>
    </message>
    <message>
      <source>Picture size</source>
      <translation>Rozmiar obrazu</translation>
    </message>
    <message>
      <source>SHA-256 of the original</source>
      <translation>SHA-256 oryginału</translation>
    </message>
    <message>
      <source>SHA-256 of the covered copy</source>
      <translation>SHA-256 zakrytej kopii</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Opis:</translation>
    </message>
    <message>
      <source>&amp;When it happened:</source>
      <translation>&amp;Kiedy to się stało:</translation>
    </message>
    <message>
      <source>Original file:</source>
      <translation>Oryginalny plik:</translation>
    </message>
    <message>
      <source>Added:</source>
      <translation>Dodano:</translation>
    </message>
    <message>
      <source>Size:</source>
      <translation>Rozmiar:</translation>
    </message>
    <message>
      <source>Cover private parts of this screenshot</source>
      <translation>Zakryj prywatne części tego zrzutu ekranu</translation>
    </message>
    <message>
      <source>Draw black boxes over names or images. The original is kept unchanged.</source>
      <translation>Narysuj czarne prostokąty na nazwiskach lub zdjęciach. Oryginał zostaje bez zmian.</translation>
    </message>
    <message>
      <source>Remove this screenshot from the case</source>
      <translation>Usuń ten zrzut ekranu ze sprawy</translation>
    </message>
    <message>
      <source>Use this</source>
      <translation>Użyj</translation>
    </message>
    <message>
      <source>App or website: use the suggested app</source>
      <translation>Aplikacja lub strona: użyj proponowanej aplikacji</translation>
    </message>
    <message>
      <source>Saving</source>
      <translation>Zapisywanie</translation>
    </message>
    <message>
      <source>App or w&amp;ebsite:</source>
      <translation>&amp;Aplikacja lub strona:</translation>
    </message>
    <message>
      <source>SHA-256:</source>
      <translation>SHA-256:</translation>
    </message>
    <message>
      <source>SHA-256 of the covered copy:</source>
      <translation>SHA-256 zakrytej kopii:</translation>
    </message>
    <message>
      <source>Choose a screenshot in the list</source>
      <translation>Wybierz zrzut ekranu z listy</translation>
    </message>
    <message>
      <source>Exhibit %1</source>
      <translation>Dowód %1</translation>
    </message>
    <message>
      <source>%1 x %2 pixels, %3 KB, %4</source>
      <translation>%1 x %2 pikseli, %3 KB, %4</translation>
    </message>
    <message>
      <source>nothing covered</source>
      <translation>nic nie zakryto</translation>
    </message>
    <message>
      <source>the file name</source>
      <translation>nazwy pliku</translation>
    </message>
    <message>
      <source>the file's date</source>
      <translation>daty pliku</translation>
    </message>
    <message>
      <source>Suggested from the file name: %1</source>
      <translation>Propozycja na podstawie nazwy pliku: %1</translation>
    </message>
    <message>
      <source>Not saved yet: %1 What you typed is still here.</source>
      <translation>Jeszcze nie zapisano: %1 To, co wpisano, nadal tu jest.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Zapisano.</translation>
    </message>
  </context>
  <context>
    <name>KeyActions</name>
    <message>
      <source>Make a new recovery code?</source>
      <translation>Utworzyć nowy kod odzyskiwania?</translation>
    </message>
    <message>
      <source>Your old recovery code will stop opening this case, and you will get a new one to write down. Your passphrase stays the same.

This does not change the key that encrypts the case. If someone may already have opened the case with the old code, re-key the case instead.</source>
      <translation>Stary kod odzyskiwania przestanie otwierać tę sprawę, a ty dostaniesz nowy do zapisania. Hasło się nie zmienia.

To nie zmienia klucza, którym zaszyfrowana jest sprawa. Jeśli ktoś mógł już otworzyć sprawę starym kodem, zamiast tego zmień klucz sprawy.</translation>
    </message>
    <message>
      <source>&amp;Make a new code</source>
      <translation>&amp;Utwórz nowy kod</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Anuluj</translation>
    </message>
    <message>
      <source>The recovery code was not changed</source>
      <translation>Kod odzyskiwania nie został zmieniony</translation>
    </message>
    <message>
      <source>The case was not re-keyed</source>
      <translation>Klucz sprawy nie został zmieniony</translation>
    </message>
    <message>
      <source>Your case is safe and opens as before.</source>
      <translation>Twoja sprawa jest bezpieczna i otwiera się tak jak wcześniej.</translation>
    </message>
    <message>
      <source>The case has a new key</source>
      <translation>Sprawa ma nowy klucz</translation>
    </message>
    <message>
      <source>The case is now encrypted with a new key. Use your new passphrase from now on. Old copies of the key, the old passphrase and the old recovery code no longer open it. Next, write down your new recovery code.</source>
      <translation>Sprawa jest teraz zaszyfrowana nowym kluczem. Od teraz używaj nowego hasła. Stare kopie klucza, stare hasło i stary kod odzyskiwania już jej nie otwierają. Teraz zapisz nowy kod odzyskiwania.</translation>
    </message>
    <message>
      <source>The last changes made before the app stopped could not all be read back: part of the case's log is damaged. What could be read is open now. Check the evidence list. A copy of the damaged part was kept in the case folder.</source>
      <translation>Nie udało się odczytać wszystkich ostatnich zmian sprzed zatrzymania aplikacji: część dziennika sprawy jest uszkodzona. To, co dało się odczytać, jest teraz otwarte. Sprawdź listę dowodów. Kopię uszkodzonej części zachowano w folderze sprawy.</translation>
    </message>
    <message>
      <source>The case's key file was damaged. Your passphrase still opened the case, and the key file has been repaired. Nothing in the case was lost.</source>
      <translation>Plik klucza sprawy był uszkodzony. Hasło mimo to otworzyło sprawę, a plik klucza został naprawiony. Nic ze sprawy nie zginęło.</translation>
    </message>
    <message>
      <source>The case's key file is damaged; its backup copy opened the case. The key file has been repaired from the backup. Nothing in the case was lost.</source>
      <translation>Plik klucza sprawy jest uszkodzony; sprawę otworzyła jego kopia zapasowa. Plik klucza został naprawiony z kopii zapasowej. Nic ze sprawy nie zginęło.</translation>
    </message>
    <message>
      <source>The case's key file was missing; its backup copy opened the case, and the key file has been put back.</source>
      <translation>Brakowało pliku klucza sprawy; sprawę otworzyła jego kopia zapasowa, a plik klucza został przywrócony.</translation>
    </message>
    <message>
      <source>A change of the case's key was interrupted and has now been finished. Your passphrase works. The new recovery code may never have been shown, and the old one no longer opens this case: make a new recovery code now in Settings.</source>
      <translation>Zmiana klucza sprawy została przerwana i teraz jest dokończona. Twoje hasło działa. Nowy kod odzyskiwania mógł nie zostać pokazany, a stary już nie otwiera tej sprawy: utwórz teraz nowy kod odzyskiwania w Ustawieniach.</translation>
    </message>
    <message>
      <source>This case's database is older than the last one this app saved, or its record of changes was altered. Evidence added later may be missing. Keep the case folder as it is, look for a newer copy, and use 'Check this case' in Settings.</source>
      <translation>Baza danych tej sprawy jest starsza niż ostatnia zapisana przez tę aplikację albo jej zapis zmian został zmieniony. Może brakować dowodów dodanych później. Zostaw folder sprawy bez zmian, poszukaj nowszej kopii i użyj „Sprawdź tę sprawę” w Ustawieniach.</translation>
    </message>
    <message>
      <source>Something was found while opening the case</source>
      <translation>Podczas otwierania sprawy coś znaleziono</translation>
    </message>
  </context>
  <context>
    <name>KnowsAccountQuestion</name>
    <message>
      <source>Do you know their username or account?</source>
      <translation>Czy znasz ich nazwę użytkownika lub konto?</translation>
    </message>
    <message>
      <source>A username, a profile link, a phone number or an email they used. Usernames can change, so any of these helps.</source>
      <translation>Nazwa użytkownika, link do profilu, numer telefonu lub e-mail, którego używali. Nazwy użytkowników mogą się zmieniać, więc każda z tych rzeczy pomaga.</translation>
    </message>
    <message>
      <source>Know their username or account</source>
      <translation>Znana nazwa użytkownika lub konto</translation>
    </message>
  </context>
  <context>
    <name>LinesModel</name>
    <message>
      <source>Line</source>
      <translation>Wiersz</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Godzina</translation>
    </message>
    <message>
      <source>Sender</source>
      <translation>Nadawca</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Wiadomość</translation>
    </message>
    <message>
      <source>time not readable</source>
      <translation>nieczytelna godzina</translation>
    </message>
    <message>
      <source>app notice</source>
      <translation>komunikat aplikacji</translation>
    </message>
    <message>
      <source>[attached: %1]</source>
      <translation>[załącznik: %1]</translation>
    </message>
    <message>
      <source>KEY: %1</source>
      <translation>WAŻNE: %1</translation>
    </message>
  </context>
  <context>
    <name>LockPanel</name>
    <message>
      <source>The case is locked</source>
      <translation>Sprawa jest zablokowana</translation>
    </message>
    <message>
      <source>It locked itself because nothing happened for a while, to keep it private. Everything you typed was saved. Type your passphrase to go back to where you were.</source>
      <translation>Sprawa zablokowała się sama, bo przez jakiś czas nic się nie działo. To chroni twoją prywatność. Wszystko, co wpisano, zostało zapisane. Wpisz hasło, żeby wrócić do tego samego miejsca.</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Hasło</translation>
    </message>
    <message>
      <source>&amp;Passphrase</source>
      <translation>&amp;Hasło</translation>
    </message>
    <message>
      <source>&amp;Show</source>
      <translation>&amp;Pokaż</translation>
    </message>
    <message>
      <source>Show what I type</source>
      <translation>Pokaż, co wpisuję</translation>
    </message>
    <message>
      <source>Opening the case</source>
      <translation>Otwieranie sprawy</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Odblokuj</translation>
    </message>
    <message>
      <source>Unlock the case</source>
      <translation>Odblokuj sprawę</translation>
    </message>
    <message>
      <source>Use the &amp;recovery code instead</source>
      <translation>Użyj &amp;kodu odzyskiwania zamiast hasła</translation>
    </message>
    <message>
      <source>Use the recovery code instead</source>
      <translation>Użyj kodu odzyskiwania zamiast hasła</translation>
    </message>
    <message>
      <source>&amp;Close the case</source>
      <translation>&amp;Zamknij sprawę</translation>
    </message>
    <message>
      <source>Close the case and go to the start</source>
      <translation>Zamknij sprawę i wróć do początku</translation>
    </message>
    <message>
      <source>&amp;Recovery code</source>
      <translation>&amp;Kod odzyskiwania</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Kod odzyskiwania</translation>
    </message>
    <message>
      <source>Use the &amp;passphrase instead</source>
      <translation>Użyj &amp;hasła zamiast kodu odzyskiwania</translation>
    </message>
    <message>
      <source>Use the passphrase instead</source>
      <translation>Użyj hasła zamiast kodu odzyskiwania</translation>
    </message>
    <message>
      <source>Type the passphrase first.</source>
      <translation>Najpierw wpisz hasło.</translation>
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
      <translation>&amp;Ustawienia</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Ustawienia</translation>
    </message>
    <message>
      <source>About</source>
      <translation>O programie</translation>
    </message>
    <message>
      <source>About Guardian Desktop</source>
      <translation>O Guardian Desktop</translation>
    </message>
    <message>
      <source>About Guardian Desktop (F1)</source>
      <translation>O Guardian Desktop (F1)</translation>
    </message>
    <message>
      <source>Case: {name}</source>
      <translation>Sprawa: {name}</translation>
    </message>
  </context>
  <context>
    <name>MoneyDemandedQuestion</name>
    <message>
      <source>Did they ask the person you are helping for money?</source>
      <translation>Czy żądali pieniędzy od osoby, której pomagasz?</translation>
    </message>
    <message>
      <source>Did they ask you for money?</source>
      <translation>Czy żądali od ciebie pieniędzy?</translation>
    </message>
    <message>
      <source>Asked for money</source>
      <translation>Żądali pieniędzy</translation>
    </message>
  </context>
  <context>
    <name>MoneyPaidQuestion</name>
    <message>
      <source>Did the person you are helping pay anything?</source>
      <translation>Czy osoba, której pomagasz, coś zapłaciła?</translation>
    </message>
    <message>
      <source>Did you pay anything?</source>
      <translation>Czy dostali od ciebie jakieś pieniądze?</translation>
    </message>
    <message>
      <source>Paid anything</source>
      <translation>Coś zapłacono</translation>
    </message>
  </context>
  <context>
    <name>NewCaseScreen</name>
    <message>
      <source>A new case</source>
      <translation>Nowa sprawa</translation>
    </message>
    <message>
      <source>Your screenshots and answers are kept locked with a passphrase, so only you can open them.</source>
      <translation>Twoje zrzuty ekranu i odpowiedzi są zablokowane hasłem, więc tylko ty możesz je otworzyć.</translation>
    </message>
    <message>
      <source>Who is using the app?</source>
      <translation>Kto korzysta z aplikacji?</translation>
    </message>
    <message>
      <source>I am the person being threatened</source>
      <translation>To mnie ktoś grozi</translation>
    </message>
    <message>
      <source>I am a family member or friend helping</source>
      <translation>Jestem z rodziny lub jestem bliską osobą i pomagam</translation>
    </message>
    <message>
      <source>I am a school counsellor or teacher helping a student</source>
      <translation>Jestem pedagogiem szkolnym lub nauczycielem i pomagam uczniowi</translation>
    </message>
    <message>
      <source>Is the person being threatened under 18?</source>
      <translation>Czy osoba, której grożą, ma mniej niż 18 lat?</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Tak</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Nie</translation>
    </message>
    <message>
      <source>Not sure</source>
      <translation>Nie wiem</translation>
    </message>
    <message>
      <source>Where the person being threatened lives</source>
      <translation>Gdzie mieszka osoba, której grożą</translation>
    </message>
    <message>
      <source>Where does the person being threatened &amp;live?</source>
      <translation>Gdzie &amp;mieszka osoba, której grożą?</translation>
    </message>
    <message>
      <source>A name for this case</source>
      <translation>Nazwa tej sprawy</translation>
    </message>
    <message>
      <source>For example: my case</source>
      <translation>Na przykład: moja sprawa</translation>
    </message>
    <message>
      <source>A &amp;name for this case (only you will see it)</source>
      <translation>&amp;Nazwa tej sprawy (widzisz ją tylko ty)</translation>
    </message>
    <message>
      <source>Folder name</source>
      <translation>Nazwa folderu</translation>
    </message>
    <message>
      <source>The folder name can be seen outside the case. Use initials or a word that means nothing to others, never a full name.</source>
      <translation>Nazwę folderu widać poza sprawą. Użyj inicjałów albo słowa, które nic nie mówi innym, nigdy pełnego imienia i nazwiska.</translation>
    </message>
    <message>
      <source>&amp;Folder name</source>
      <translation>Nazwa &amp;folderu</translation>
    </message>
    <message>
      <source>The folder name can be seen outside the case, by anyone who uses this computer. Use initials or a word that means nothing to others, never a full name. The name of the case above stays locked inside it.</source>
      <translation>Nazwę folderu widać poza sprawą, dla każdego, kto korzysta z tego komputera. Użyj inicjałów albo słowa, które nic nie mówi innym, nigdy pełnego imienia i nazwiska. Nazwa sprawy powyżej pozostaje zablokowana w środku.</translation>
    </message>
    <message>
      <source>Where to keep the case</source>
      <translation>Gdzie przechowywać sprawę</translation>
    </message>
    <message>
      <source>In the app's own folder on this computer</source>
      <translation>W folderze aplikacji na tym komputerze</translation>
    </message>
    <message>
      <source>Somewhere else, for example a USB stick</source>
      <translation>Gdzie indziej, na przykład na pendrivie</translation>
    </message>
    <message>
      <source>C&amp;hoose a folder...</source>
      <translation>Wy&amp;bierz folder...</translation>
    </message>
    <message>
      <source>Choose a folder for the case</source>
      <translation>Wybierz folder na sprawę</translation>
    </message>
    <message>
      <source>A passphrase to lock the case</source>
      <translation>Hasło do zablokowania sprawy</translation>
    </message>
    <message>
      <source>Use a few words only you know, at least {n} characters. Anyone with the passphrase can open the case.</source>
      <translation>Użyj kilku słów, które znasz tylko ty, co najmniej {n} znaków. Każdy, kto zna hasło, może otworzyć sprawę.</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Hasło</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>Powtórz hasło</translation>
    </message>
    <message>
      <source>&amp;Passphrase</source>
      <translation>&amp;Hasło</translation>
    </message>
    <message>
      <source>Passphrase &amp;again</source>
      <translation>&amp;Powtórz hasło</translation>
    </message>
    <message>
      <source>Remember the case on this computer, so it opens without the passphrase. Only choose this if nobody else uses this computer account.</source>
      <translation>Zapamiętaj sprawę na tym komputerze, żeby otwierała się bez hasła. Wybierz to tylko wtedy, gdy nikt inny nie korzysta z tego konta na komputerze.</translation>
    </message>
    <message>
      <source>&amp;Make the case</source>
      <translation>&amp;Utwórz sprawę</translation>
    </message>
    <message>
      <source>Make the case</source>
      <translation>Utwórz sprawę</translation>
    </message>
    <message>
      <source>Go ba&amp;ck</source>
      <translation>&amp;Wróć</translation>
    </message>
    <message>
      <source>Go back to the start</source>
      <translation>Wróć do początku</translation>
    </message>
    <message>
      <source>Choose where to keep the case</source>
      <translation>Wybierz, gdzie przechowywać sprawę</translation>
    </message>
    <message>
      <source>No folder chosen yet</source>
      <translation>Nie wybrano jeszcze folderu</translation>
    </message>
    <message>
      <source>Say if the person being threatened is under 18. If you do not know, choose Not sure.</source>
      <translation>Powiedz, czy osoba, której grożą, ma mniej niż 18 lat. Jeśli nie wiesz, wybierz Nie wiem.</translation>
    </message>
    <message>
      <source>Choose a folder first, or keep the case in the app's own folder.</source>
      <translation>Najpierw wybierz folder albo przechowuj sprawę w folderze aplikacji.</translation>
    </message>
    <message>
      <source>The passphrase is too short. Use at least {n} characters.</source>
      <translation>Hasło jest za krótkie. Użyj co najmniej {n} znaków.</translation>
    </message>
    <message>
      <source>The two passphrases are not the same. Type the second one again.</source>
      <translation>Hasła nie są takie same. Wpisz drugie jeszcze raz.</translation>
    </message>
    <message>
      <source>Choose another folder name: use letters, numbers, spaces, dashes or underscores, at most 60 characters. For example: case-AB.</source>
      <translation>Wybierz inną nazwę folderu: użyj liter, cyfr, spacji, myślników lub podkreśleń, najwyżej 60 znaków. Na przykład: sprawa-AB.</translation>
    </message>
    <message>
      <source>My case</source>
      <translation>Moja sprawa</translation>
    </message>
    <message>
      <source>That passphrase would be easy to guess. Please choose another one. Several ordinary words together, such as four words you will remember, make a strong passphrase.</source>
      <translation>To hasło łatwo byłoby odgadnąć. Wybierz inne. Kilka zwykłych słów razem, na przykład cztery słowa, które zapamiętasz, tworzy silne hasło.</translation>
    </message>
  </context>
  <context>
    <name>NewCodeDialog</name>
    <message>
      <source>Your new recovery code</source>
      <translation>Twój nowy kod odzyskiwania</translation>
    </message>
    <message>
      <source>&amp;Done</source>
      <translation>&amp;Gotowe</translation>
    </message>
    <message>
      <source>Done: the code is written down</source>
      <translation>Gotowe: kod jest zapisany</translation>
    </message>
    <message>
      <source>The old recovery code no longer opens the case.</source>
      <translation>Stary kod odzyskiwania już nie otwiera sprawy.</translation>
    </message>
    <message>
      <source>Close without writing it down?</source>
      <translation>Zamknąć bez zapisania kodu?</translation>
    </message>
    <message>
      <source>This code is shown only now. Without it, only your passphrase opens the case.</source>
      <translation>Ten kod widać tylko teraz. Bez niego sprawę otwiera tylko twoje hasło.</translation>
    </message>
    <message>
      <source>&amp;Close anyway</source>
      <translation>&amp;Zamknij mimo to</translation>
    </message>
    <message>
      <source>&amp;Go back</source>
      <translation>&amp;Wróć</translation>
    </message>
  </context>
  <context>
    <name>PaidPaymentsQuestion</name>
    <message>
      <source>What was paid?</source>
      <translation>Co zapłacono?</translation>
    </message>
    <message>
      <source>Add each payment: the amount, how it was paid and who it went to. The bank's details help the police and the bank trace the money.</source>
      <translation>Dodaj każdą płatność: kwotę, sposób zapłaty i odbiorcę. Dane banku pomagają policji i bankowi wyśledzić pieniądze.</translation>
    </message>
    <message>
      <source>Payment {n}</source>
      <translation>Płatność {n}</translation>
    </message>
  </context>
  <context>
    <name>PassphraseField</name>
    <message>
      <source>Show</source>
      <translation>Pokaż</translation>
    </message>
    <message>
      <source>Show the passphrase</source>
      <translation>Pokaż hasło</translation>
    </message>
  </context>
  <context>
    <name>PaymentsQuestion</name>
    <message>
      <source>&amp;Add another payment</source>
      <translation>&amp;Dodaj kolejną płatność</translation>
    </message>
    <message>
      <source>&amp;Add another demand</source>
      <translation>&amp;Dodaj kolejne żądanie</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Usuń</translation>
    </message>
  </context>
  <context>
    <name>PlatformPage</name>
    <message>
      <source>Which apps or websites did they use?</source>
      <translation>Jakich aplikacji lub stron używali?</translation>
    </message>
    <message>
      <source>Where to find their details</source>
      <translation>Gdzie znaleźć ich dane</translation>
    </message>
    <message>
      <source>A profile link looks like: {url}</source>
      <translation>Link do profilu wygląda tak: {url}</translation>
    </message>
    <message>
      <source>How to report</source>
      <translation>Jak zgłosić</translation>
    </message>
    <message>
      <source>Choose this reason: {reason}</source>
      <translation>Wybierz ten powód: {reason}</translation>
    </message>
    <message>
      <source>How to block (after the evidence is saved)</source>
      <translation>Jak zablokować (po zapisaniu dowodów)</translation>
    </message>
  </context>
  <context>
    <name>PracticeBanner</name>
    <message>
      <source>PRACTICE: a made-up case, nothing is real or sent anywhere. Passphrase: {passphrase}. Deleted when you close the app.</source>
      <translation>ĆWICZENIE: zmyślona sprawa, nic nie jest prawdziwe ani nigdzie wysyłane. Hasło: {passphrase}. Zostanie usunięta po zamknięciu aplikacji.</translation>
    </message>
    <message>
      <source>Practice case</source>
      <translation>Sprawa do ćwiczeń</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Settings</source>
      <translation>Ustawienia</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Język</translation>
    </message>
    <message>
      <source>Same as this computer</source>
      <translation>Taki jak na tym komputerze</translation>
    </message>
    <message>
      <source>%1 (not yet checked by a native speaker)</source>
      <translation>%1 (jeszcze niesprawdzone przez rodzimego użytkownika)</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Język:</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>Nigdy</translation>
    </message>
    <message>
      <source>Lock the case after this many minutes unused</source>
      <translation>Zablokuj sprawę po tylu minutach bez używania</translation>
    </message>
    <message>
      <source>Lock the case when &amp;unused for:</source>
      <translation>Zablokuj sprawę, gdy &amp;nieużywana przez:</translation>
    </message>
    <message>
      <source>For example: https://www.bbc.co.uk/weather</source>
      <translation>Na przykład: https://www.bbc.co.uk/weather</translation>
    </message>
    <message>
      <source>Web page to open after a quick exit</source>
      <translation>Strona do otwarcia po szybkim wyjściu</translation>
    </message>
    <message>
      <source>Optional. Leave empty to open nothing. It must start with https://</source>
      <translation>Opcjonalne. Zostaw puste, żeby nic nie otwierać. Musi zaczynać się od https://</translation>
    </message>
    <message>
      <source>After a quick exit, &amp;open this page:</source>
      <translation>Po szybkim wyjściu &amp;otwórz tę stronę:</translation>
    </message>
    <message>
      <source>&amp;Discreet mode: show a plain name (“Notes”) in the window title and task bar, and no list of recent cases.</source>
      <translation>&amp;Tryb dyskretny: zwykła nazwa („Notatki”) w tytule okna i na pasku zadań, bez listy ostatnich spraw.</translation>
    </message>
    <message>
      <source>C&amp;heck this case</source>
      <translation>&amp;Sprawdź tę sprawę</translation>
    </message>
    <message>
      <source>Check the open case</source>
      <translation>Sprawdź otwartą sprawę</translation>
    </message>
    <message>
      <source>Checks the encryption, every screenshot's fingerprint and the record of changes.</source>
      <translation>Sprawdza szyfrowanie, odcisk każdego zrzutu ekranu i zapis zmian.</translation>
    </message>
    <message>
      <source>Make a new &amp;recovery code...</source>
      <translation>Utwórz nowy &amp;kod odzyskiwania...</translation>
    </message>
    <message>
      <source>Make a new recovery code</source>
      <translation>Utwórz nowy kod odzyskiwania</translation>
    </message>
    <message>
      <source>The old recovery code stops opening the case. Your passphrase stays.</source>
      <translation>Stary kod odzyskiwania przestaje otwierać sprawę. Hasło zostaje bez zmian.</translation>
    </message>
    <message>
      <source>Re-&amp;key this case...</source>
      <translation>Zmień &amp;klucz tej sprawy...</translation>
    </message>
    <message>
      <source>Re-key this case</source>
      <translation>Zmień klucz tej sprawy</translation>
    </message>
    <message>
      <source>Encrypts the case with a new key, a new passphrase and a new recovery code.</source>
      <translation>Szyfruje sprawę nowym kluczem, z nowym hasłem i nowym kodem odzyskiwania.</translation>
    </message>
    <message>
      <source>D&amp;elete this case from this computer...</source>
      <translation>&amp;Usuń tę sprawę z tego komputera...</translation>
    </message>
    <message>
      <source>Delete the open case from this computer</source>
      <translation>Usuń otwartą sprawę z tego komputera</translation>
    </message>
    <message>
      <source>This case</source>
      <translation>Ta sprawa</translation>
    </message>
    <message>
      <source>Changing your passphrase does not change the key that encrypts the case: an old copy of the case folder still opens with the old passphrase, and anyone who already opened the case could have kept its key. If you think someone saw your passphrase or recovery code, or used this computer, re-key the case.</source>
      <translation>Zmiana hasła nie zmienia klucza, którym zaszyfrowana jest sprawa: stara kopia folderu sprawy nadal otwiera się starym hasłem, a każdy, kto już otworzył sprawę, mógł zachować jej klucz. Jeśli myślisz, że ktoś widział twoje hasło lub kod odzyskiwania albo korzystał z tego komputera, zmień klucz sprawy.</translation>
    </message>
    <message>
      <source>Only delete the case when you no longer need the evidence, for example after the police have a copy.</source>
      <translation>Usuń sprawę dopiero wtedy, gdy dowody nie są już potrzebne, na przykład gdy policja ma już kopię.</translation>
    </message>
    <message>
      <source>&amp;Save settings</source>
      <translation>&amp;Zapisz ustawienia</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Anuluj</translation>
    </message>
    <message numerus="yes">
      <source> minute(s)</source>
      <translation>
        <numerusform> minuta</numerusform>
        <numerusform> minuty</numerusform>
        <numerusform> minut</numerusform>
      </translation>
    </message>
    <message>
      <source>The web page must start with https:// - or leave it empty.</source>
      <translation>Adres strony musi zaczynać się od https:// - albo zostaw to pole puste.</translation>
    </message>
  </context>
  <context>
    <name>QuickExit</name>
    <message>
      <source>Quick exit presses</source>
      <translation>Naciśnięcia Shift do szybkiego wyjścia</translation>
    </message>
    <message>
      <source>Shift pressed {count} of 3 times. Press it 3 times to leave at once.</source>
      <translation>Naciśnięto Shift {count} z 3 razy. Naciśnij go 3 razy, żeby od razu wyjść.</translation>
    </message>
    <message>
      <source>Quick exit</source>
      <translation>Szybkie wyjście</translation>
    </message>
    <message>
      <source>Hides the app at once, saves and locks the case, then closes the app.</source>
      <translation>Od razu ukrywa aplikację, zapisuje i blokuje sprawę, a potem zamyka aplikację.</translation>
    </message>
    <message>
      <source>Or press Shift three times</source>
      <translation>Albo naciśnij trzy razy Shift</translation>
    </message>
  </context>
  <context>
    <name>QuickExitExplanation</name>
    <message>
      <source>About quick exit</source>
      <translation>O szybkim wyjściu</translation>
    </message>
    <message>
      <source>Leaving the app quickly</source>
      <translation>Szybkie wyjście z aplikacji</translation>
    </message>
    <message>
      <source>If someone comes near and you want this app out of sight, you can leave it at once. Press the Shift key three times, quickly. Or use the Quick exit button at the top of the window.</source>
      <translation>Jeśli ktoś podchodzi, a chcesz ukryć tę aplikację, możesz ją od razu zamknąć. Naciśnij szybko trzy razy klawisz Shift. Albo użyj przycisku Szybkie wyjście u góry okna.</translation>
    </message>
    <message>
      <source>Dots next to the button fill up as you press Shift. Pressing Shift while typing capital letters does not count.</source>
      <translation>Kropki obok przycisku wypełniają się, gdy naciskasz Shift. Naciskanie Shift przy pisaniu wielkich liter się nie liczy.</translation>
    </message>
    <message>
      <source>What quick exit does</source>
      <translation>Co robi szybkie wyjście</translation>
    </message>
    <message>
      <source>It hides every window of the app straight away.</source>
      <translation>Od razu ukrywa wszystkie okna aplikacji.</translation>
    </message>
    <message>
      <source>It saves what you typed into your case, then locks the case. It needs your passphrase to open again.</source>
      <translation>Zapisuje w sprawie to, co wpisano, a potem blokuje sprawę. Do ponownego otwarcia potrzebne jest hasło.</translation>
    </message>
    <message>
      <source>It clears anything the app copied, for example with a Copy button. Something you copied in another program is left alone.</source>
      <translation>Czyści wszystko, co skopiowała aplikacja, na przykład przyciskiem Kopiuj. To, co skopiowano w innym programie, zostaje.</translation>
    </message>
    <message>
      <source>It closes the app. If you chose a web page in the settings, that page opens in your browser.</source>
      <translation>Zamyka aplikację. Jeśli w ustawieniach wybrano stronę, otworzy się ona w przeglądarce.</translation>
    </message>
    <message>
      <source>What quick exit does not do</source>
      <translation>Czego szybkie wyjście nie robi</translation>
    </message>
    <message>
      <source>It does not delete your case. Everything you saved is still there, safely locked, when you open the app again.</source>
      <translation>Nie usuwa sprawy. Wszystko, co zapisano, nadal tam jest, bezpiecznie zablokowane, gdy znowu otworzysz aplikację.</translation>
    </message>
    <message>
      <source>It does not clear your browser history, or anything else outside this app.</source>
      <translation>Nie czyści historii przeglądarki ani niczego poza tą aplikacją.</translation>
    </message>
    <message>
      <source>For a moment, the taskbar or dock may still show the app while it closes.</source>
      <translation>Przez chwilę pasek zadań lub Dock może jeszcze pokazywać aplikację podczas zamykania.</translation>
    </message>
    <message>
      <source>It cannot hide that the app is installed, or that it was used. The computer may list it among recent programs.</source>
      <translation>Nie ukrywa tego, że aplikacja jest zainstalowana ani że była używana. Komputer może pokazywać ją wśród ostatnio używanych programów.</translation>
    </message>
  </context>
  <context>
    <name>QuickExitIntroDialog</name>
    <message>
      <source>Leaving the app quickly</source>
      <translation>Szybkie wyjście z aplikacji</translation>
    </message>
    <message>
      <source>&amp;I understand</source>
      <translation>&amp;Rozumiem</translation>
    </message>
    <message>
      <source>I understand</source>
      <translation>Rozumiem</translation>
    </message>
  </context>
  <context>
    <name>RecordCard</name>
    <message>
      <source>{what}: the date could not be read. Type it like 25/10/2025.</source>
      <translation>{what}: nie udało się odczytać daty. Wpisz ją tak: 25/10/2025.</translation>
    </message>
  </context>
  <context>
    <name>RecordList</name>
    <message>
      <source>Remove this one?</source>
      <translation>Usunąć ten wpis?</translation>
    </message>
    <message>
      <source>{title} and everything typed in it will be removed from the case.</source>
      <translation>Wpis „{title}” i wszystko, co w nim wpisano, zostanie usunięte ze sprawy.</translation>
    </message>
    <message>
      <source>Remove it</source>
      <translation>Usuń</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Zostaw</translation>
    </message>
  </context>
  <context>
    <name>RecoveryCodeScreen</name>
    <message>
      <source>Your recovery code</source>
      <translation>Twój kod odzyskiwania</translation>
    </message>
    <message>
      <source>If you forget your passphrase, this code is the only way back into the case. Write it on paper and keep it somewhere safe, away from this computer. It is shown only now.</source>
      <translation>Jeśli zapomnisz hasła, ten kod jest jedynym sposobem, żeby wrócić do sprawy. Zapisz go na papierze i schowaj w bezpiecznym miejscu, z dala od tego komputera. Widać go tylko teraz.</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Kod odzyskiwania</translation>
    </message>
    <message>
      <source>&amp;Print it</source>
      <translation>&amp;Wydrukuj</translation>
    </message>
    <message>
      <source>Print the recovery code</source>
      <translation>Wydrukuj kod odzyskiwania</translation>
    </message>
    <message>
      <source>&amp;Copy it</source>
      <translation>&amp;Kopiuj</translation>
    </message>
    <message>
      <source>Copy the recovery code</source>
      <translation>Skopiuj kod odzyskiwania</translation>
    </message>
    <message>
      <source>I have written it down and put it somewhere safe</source>
      <translation>Kod jest zapisany i schowany w bezpiecznym miejscu</translation>
    </message>
    <message>
      <source>Con&amp;tinue</source>
      <translation>&amp;Dalej</translation>
    </message>
    <message>
      <source>Continue to the first step</source>
      <translation>Przejdź do pierwszego kroku</translation>
    </message>
    <message>
      <source>Guardian Desktop recovery code:

{code}
</source>
      <translation>Kod odzyskiwania Guardian Desktop:

{code}
</translation>
    </message>
    <message>
      <source>Sent to the printer.</source>
      <translation>Wysłano do drukarki.</translation>
    </message>
    <message>
      <source>Copied. Paste it only somewhere private, then copy something else over it.</source>
      <translation>Skopiowano. Wklej go tylko w prywatnym miejscu, a potem skopiuj coś innego, żeby go zastąpić.</translation>
    </message>
  </context>
  <context>
    <name>RedactCanvas</name>
    <message>
      <source>Picture to cover</source>
      <translation>Obraz do zakrycia</translation>
    </message>
    <message>
      <source>Drag with the mouse to draw a box. Or use the keyboard: arrow keys move the dashed selection box, Shift and arrow keys change its size, Enter covers it. Ctrl+Z undoes the last box.</source>
      <translation>Przeciągnij myszą, żeby narysować prostokąt. Albo użyj klawiatury: strzałki przesuwają przerywaną ramkę zaznaczenia, Shift i strzałki zmieniają jej rozmiar, a Enter zakrywa zaznaczenie. Ctrl+Z cofa ostatni prostokąt.</translation>
    </message>
  </context>
  <context>
    <name>RedactDialog</name>
    <message>
      <source>Cover private parts of %1</source>
      <translation>Zakryj prywatne części: %1</translation>
    </message>
    <message>
      <source>Draw black boxes over anything that should not be seen, such as an intimate image or a friend's name. Drag with the mouse, or press Tab to reach the picture and use the arrow keys (Shift to change the size) and Enter. The original stays in the case unchanged; the report uses the covered copy.</source>
      <translation>Narysuj czarne prostokąty na wszystkim, czego nie powinno być widać, na przykład na intymnym zdjęciu lub imieniu znajomej osoby. Przeciągnij myszą albo naciśnij Tab, żeby przejść do obrazu, i użyj strzałek (Shift zmienia rozmiar) oraz klawisza Enter. Oryginał zostaje w sprawie bez zmian; raport używa zakrytej kopii.</translation>
    </message>
    <message>
      <source>Fingerprints (SHA-256)</source>
      <translation>Odciski cyfrowe (SHA-256)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Cofnij</translation>
    </message>
    <message>
      <source>Undo the last box</source>
      <translation>Cofnij ostatni prostokąt</translation>
    </message>
    <message>
      <source>Remove &amp;all boxes</source>
      <translation>Usuń &amp;wszystkie prostokąty</translation>
    </message>
    <message>
      <source>Remove all boxes</source>
      <translation>Usuń wszystkie prostokąty</translation>
    </message>
    <message>
      <source>&amp;Save covered copy</source>
      <translation>&amp;Zapisz zakrytą kopię</translation>
    </message>
    <message>
      <source>Save the covered copy</source>
      <translation>Zapisz zakrytą kopię</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Anuluj</translation>
    </message>
    <message>
      <source>Close without saving</source>
      <translation>Zamknij bez zapisywania</translation>
    </message>
    <message>
      <source>Original SHA-256 (never changed): %1</source>
      <translation>SHA-256 oryginału (nigdy się nie zmienia): %1</translation>
    </message>
    <message>
      <source>Covered copy SHA-256: %1</source>
      <translation>SHA-256 zakrytej kopii: %1</translation>
    </message>
    <message>
      <source>Saving the covered copy…</source>
      <translation>Zapisywanie zakrytej kopii…</translation>
    </message>
    <message>
      <source>Please try again.</source>
      <translation>Spróbuj ponownie.</translation>
    </message>
    <message>
      <source>Saved. The report will use the covered copy.</source>
      <translation>Zapisano. Raport użyje zakrytej kopii.</translation>
    </message>
    <message>
      <source>The covered copy was not saved: %1 Your boxes are still here.</source>
      <translation>Nie zapisano zakrytej kopii: %1 Twoje prostokąty nadal tu są.</translation>
    </message>
  </context>
  <context>
    <name>ReferencesQuestion</name>
    <message>
      <source>Have you already reported it anywhere?</source>
      <translation>Czy sprawa została już gdzieś zgłoszona?</translation>
    </message>
    <message>
      <source>Add each report you have made, with its number: the police, CEOP, Report Remove, Take It Down, StopNCII, the app, the bank or Report Fraud. If none yet, leave it empty: that is fine.</source>
      <translation>Dodaj każde zgłoszenie wraz z jego numerem: na policję, do CEOP, Report Remove, Take It Down, StopNCII, w aplikacji, w banku lub do Report Fraud. Jeśli jeszcze żadnego nie ma, zostaw to puste: to nic.</translation>
    </message>
    <message>
      <source>Reference {n}</source>
      <translation>Numer referencyjny {n}</translation>
    </message>
    <message>
      <source>&amp;Add another reference</source>
      <translation>&amp;Dodaj kolejny numer</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Usuń</translation>
    </message>
    <message>
      <source>Reference numbers</source>
      <translation>Numery referencyjne</translation>
    </message>
  </context>
  <context>
    <name>RekeyDialog</name>
    <message>
      <source>Re-key this case</source>
      <translation>Zmień klucz tej sprawy</translation>
    </message>
    <message>
      <source>Give the case a new key</source>
      <translation>Nadaj sprawie nowy klucz</translation>
    </message>
    <message>
      <source>Do this if you think someone else may have seen your passphrase or recovery code, or used this computer. The case is encrypted again with a new key. Old copies of the key, the old passphrase and the old recovery code stop opening it. You get a new recovery code at the end.</source>
      <translation>Zrób to, jeśli myślisz, że ktoś inny mógł widzieć twoje hasło lub kod odzyskiwania albo korzystał z tego komputera. Sprawa zostanie ponownie zaszyfrowana nowym kluczem. Stare kopie klucza, stare hasło i stary kod odzyskiwania przestaną ją otwierać. Na końcu dostaniesz nowy kod odzyskiwania.</translation>
    </message>
    <message>
      <source>Choose the passphrase to use from now on. Several ordinary words together make a strong one. Keep the app open until it says it is done.</source>
      <translation>Wybierz hasło, którego będziesz używać od teraz. Kilka zwykłych słów razem tworzy silne hasło. Nie zamykaj aplikacji, dopóki nie pokaże, że skończyła.</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Nowe hasło</translation>
    </message>
    <message>
      <source>New passphrase again</source>
      <translation>Powtórz nowe hasło</translation>
    </message>
    <message>
      <source>&amp;New passphrase:</source>
      <translation>&amp;Nowe hasło:</translation>
    </message>
    <message>
      <source>Type it &amp;again:</source>
      <translation>&amp;Wpisz je ponownie:</translation>
    </message>
    <message>
      <source>&amp;Re-key the case</source>
      <translation>&amp;Zmień klucz sprawy</translation>
    </message>
    <message>
      <source>Re-key the case with the new passphrase</source>
      <translation>Zmień klucz sprawy i ustaw nowe hasło</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Anuluj</translation>
    </message>
    <message>
      <source>Cancel and keep the case as it is</source>
      <translation>Anuluj i zostaw sprawę bez zmian</translation>
    </message>
    <message>
      <source>The two passphrases are not the same. Please type them again.</source>
      <translation>Hasła nie są takie same. Wpisz je ponownie.</translation>
    </message>
    <message>
      <source>Please choose a passphrase of at least 8 characters. A few ordinary words with spaces between them are easy to remember and hard to guess.</source>
      <translation>Wybierz hasło, które ma co najmniej 8 znaków. Kilka zwykłych słów oddzielonych spacjami łatwo zapamiętać i trudno odgadnąć.</translation>
    </message>
    <message>
      <source>That passphrase would be easy to guess. Please choose another one. Several ordinary words together make a strong passphrase.</source>
      <translation>To hasło łatwo byłoby odgadnąć. Wybierz inne. Kilka zwykłych słów razem tworzy silne hasło.</translation>
    </message>
  </context>
  <context>
    <name>ReminderPanel</name>
    <message>
      <source>Before you add screenshots</source>
      <translation>Zanim dodasz zrzuty ekranu</translation>
    </message>
    <message>
      <source>What to capture</source>
      <translation>Co uchwycić na zrzutach</translation>
    </message>
    <message>
      <source>Shows or hides the list of what to capture and where to get images removed.</source>
      <translation>Pokazuje lub ukrywa listę tego, co uchwycić na zrzutach, i informacje, gdzie można zgłosić usunięcie zdjęć.</translation>
    </message>
    <message>
      <source>Hide what to capt&amp;ure</source>
      <translation>&amp;Ukryj, co uchwycić na zrzutach</translation>
    </message>
    <message>
      <source>What to capt&amp;ure…</source>
      <translation>&amp;Co uchwycić na zrzutach…</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <source>Where to report</source>
      <translation>Gdzie zgłosić</translation>
    </message>
    <message>
      <source>Emergency: call {number}</source>
      <translation>W nagłych wypadkach: zadzwoń pod {number}</translation>
    </message>
    <message>
      <source>Not an emergency: call {number}</source>
      <translation>Gdy to nie nagły wypadek: zadzwoń pod {number}</translation>
    </message>
    <message>
      <source>Open the &amp;police reporting page</source>
      <translation>Otwórz stronę zgłoszeń &amp;policji</translation>
    </message>
    <message>
      <source>Open the police reporting page in a browser</source>
      <translation>Otwórz stronę zgłoszeń policji w przeglądarce</translation>
    </message>
    <message>
      <source>Open the &amp;CEOP page</source>
      <translation>Otwórz stronę &amp;CEOP</translation>
    </message>
    <message>
      <source>Open the CEOP reporting page in a browser</source>
      <translation>Otwórz stronę zgłoszeń CEOP w przeglądarce</translation>
    </message>
    <message>
      <source>The page could not be opened</source>
      <translation>Nie udało się otworzyć strony</translation>
    </message>
    <message>
      <source>No web browser could be opened. Type this address into a browser: {url}</source>
      <translation>Nie udało się otworzyć przeglądarki. Wpisz ten adres w przeglądarce: {url}</translation>
    </message>
    <message>
      <source>The report for the police</source>
      <translation>Raport dla policji</translation>
    </message>
    <message>
      <source>Password for the PDF (optional)</source>
      <translation>Hasło do pliku PDF (opcjonalne)</translation>
    </message>
    <message>
      <source>Password for the PDF (optional, you will need to share it)</source>
      <translation>Hasło do pliku PDF (opcjonalne, trzeba będzie je przekazać)</translation>
    </message>
    <message>
      <source>Write the report in &amp;Welsh (Cymraeg)</source>
      <translation>&amp;Napisz raport po walijsku (Cymraeg)</translation>
    </message>
    <message>
      <source>&amp;Make the report</source>
      <translation>&amp;Utwórz raport</translation>
    </message>
    <message>
      <source>Make the PDF report</source>
      <translation>Utwórz raport PDF</translation>
    </message>
    <message>
      <source>&amp;Save the report...</source>
      <translation>&amp;Zapisz raport...</translation>
    </message>
    <message>
      <source>Save the PDF report to a file</source>
      <translation>Zapisz raport PDF do pliku</translation>
    </message>
    <message>
      <source>Report status</source>
      <translation>Stan raportu</translation>
    </message>
    <message>
      <source>Open the &amp;folder it was saved in</source>
      <translation>Otwórz &amp;folder, w którym go zapisano</translation>
    </message>
    <message>
      <source>Open the folder of the saved file</source>
      <translation>Otwórz folder zapisanego pliku</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Podgląd</translation>
    </message>
    <message>
      <source>Report preview</source>
      <translation>Podgląd raportu</translation>
    </message>
    <message>
      <source>Making the report. This can take a little while...</source>
      <translation>Tworzenie raportu. To może chwilę potrwać...</translation>
    </message>
    <message>
      <source>Page {n} of the report</source>
      <translation>Strona {n} raportu</translation>
    </message>
    <message>
      <source>The report could not be made: {reason} Your case is safe. Try again, or close other programs and try again.</source>
      <translation>Nie udało się utworzyć raportu: {reason} Twoja sprawa jest bezpieczna. Spróbuj ponownie albo zamknij inne programy i spróbuj jeszcze raz.</translation>
    </message>
    <message>
      <source>police-report.pdf</source>
      <translation>raport-dla-policji.pdf</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>Zapisz raport</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Saved: {files}</source>
      <translation>Zapisano: {files}</translation>
    </message>
    <message>
      <source>Text to paste into the reporting form</source>
      <translation>Tekst do wklejenia w formularzu zgłoszenia</translation>
    </message>
    <message>
      <source>Which form are you filling in?</source>
      <translation>Który formularz wypełniasz?</translation>
    </message>
    <message>
      <source>Police online form: one box for what happened</source>
      <translation>Formularz online policji: jedno pole na opis zdarzenia</translation>
    </message>
    <message>
      <source>Police online form: field by field</source>
      <translation>Formularz online policji: pole po polu</translation>
    </message>
    <message>
      <source>Report Fraud: field by field</source>
      <translation>Report Fraud: pole po polu</translation>
    </message>
    <message>
      <source>CEOP: field by field</source>
      <translation>CEOP: pole po polu</translation>
    </message>
    <message>
      <source>Which form are you filling &amp;in?</source>
      <translation>&amp;Który formularz wypełniasz?</translation>
    </message>
    <message>
      <source>Cop&amp;y the summary</source>
      <translation>&amp;Kopiuj podsumowanie</translation>
    </message>
    <message>
      <source>Make the report again to include your changes.</source>
      <translation>Utwórz raport jeszcze raz, aby uwzględnić zmiany.</translation>
    </message>
    <message>
      <source>For forms with &amp;upload limits</source>
      <translation>Dla formularzy z &amp;limitem przesyłania</translation>
    </message>
    <message>
      <source>Screenshots and chat transcripts in the report: press Space to include or leave out</source>
      <translation>Zrzuty ekranu i zapisy czatów w raporcie: naciśnij Space, aby dodać lub pominąć</translation>
    </message>
    <message>
      <source>Screens&amp;hots and chats in the report (all, unless you leave some out)</source>
      <translation>Zrzuty ekranu i czaty w &amp;raporcie (wszystkie, chyba że jakieś pominiesz)</translation>
    </message>
    <message numerus="yes">
      <source>{exhibit} - chat transcript, %n message(s)</source>
      <translation>
        <numerusform>{exhibit} - zapis czatu, %n wiadomość</numerusform>
        <numerusform>{exhibit} - zapis czatu, %n wiadomości</numerusform>
        <numerusform>{exhibit} - zapis czatu, %n wiadomości</numerusform>
      </translation>
    </message>
    <message>
      <source>Password for the bun&amp;dle (optional)</source>
      <translation>Hasło do &amp;paczki (opcjonalne)</translation>
    </message>
    <message>
      <source>Split the report into several files</source>
      <translation>Podziel raport na kilka plików</translation>
    </message>
    <message>
      <source>One PDF file</source>
      <translation>Jeden plik PDF</translation>
    </message>
    <message>
      <source>One PDF per 100 screenshots</source>
      <translation>Jeden plik PDF na każde 100 zrzutów ekranu</translation>
    </message>
    <message>
      <source>PDF files of at most 10 MB each (for upload limits)</source>
      <translation>Pliki PDF po najwyżej 10 MB (na limity przesyłania)</translation>
    </message>
    <message>
      <source>Save the original files for the police</source>
      <translation>Zapisz oryginalne pliki dla policji</translation>
    </message>
    <message>
      <source>The evidence bundle is one ZIP file with the original screenshots, the covered copies, this report, and a list of fingerprints (SHA-256) so the police can check that nothing was changed.</source>
      <translation>Paczka z dowodami to jeden plik ZIP z oryginalnymi zrzutami ekranu, zakrytymi kopiami, tym raportem i listą odcisków cyfrowych (SHA-256), żeby policja mogła sprawdzić, że nic nie zostało zmienione.</translation>
    </message>
    <message>
      <source>Password for the bundle (optional)</source>
      <translation>Hasło do paczki (opcjonalne)</translation>
    </message>
    <message>
      <source>If you set a password, tell it to the police separately, for example by phone. Never send it in the same email or form as the bundle. A bundle with a password opens with 7-Zip or a similar program.</source>
      <translation>Jeśli ustawisz hasło, przekaż je policji osobno, na przykład telefonicznie. Nigdy nie wysyłaj go w tym samym e-mailu ani formularzu co paczkę. Paczkę z hasłem można otworzyć programem 7-Zip lub podobnym.</translation>
    </message>
    <message>
      <source>Save the &amp;original files for the police...</source>
      <translation>Zapisz &amp;oryginalne pliki dla policji...</translation>
    </message>
    <message>
      <source>Save the evidence bundle with the original files</source>
      <translation>Zapisz paczkę z dowodami z oryginalnymi plikami</translation>
    </message>
    <message>
      <source>Evidence bundle status</source>
      <translation>Stan paczki z dowodami</translation>
    </message>
    <message>
      <source>evidence-for-the-police.zip</source>
      <translation>dowody-dla-policji.zip</translation>
    </message>
    <message>
      <source>Save the evidence bundle</source>
      <translation>Zapisz paczkę z dowodami</translation>
    </message>
    <message>
      <source>ZIP files (*.zip)</source>
      <translation>Pliki ZIP (*.zip)</translation>
    </message>
    <message>
      <source>Saving the evidence bundle. This can take a little while for a big case...</source>
      <translation>Zapisywanie paczki z dowodami. W dużej sprawie może to chwilę potrwać...</translation>
    </message>
    <message>
      <source>Saved: {file}. Its SHA-256 fingerprint is {sha}. Quote it in the online form; it is also in the text to paste above.</source>
      <translation>Zapisano: {file}. Jego odcisk cyfrowy SHA-256 to {sha}. Podaj go w formularzu online; jest też w tekście do wklejenia powyżej.</translation>
    </message>
    <message>
      <source>Remember to tell the police the password separately.</source>
      <translation>Pamiętaj, żeby przekazać policji hasło osobno.</translation>
    </message>
    <message>
      <source>The evidence bundle could not be saved: {reason} Nothing was left half-written. Your case is safe. Try again, or choose another place.</source>
      <translation>Nie udało się zapisać paczki z dowodami: {reason} Nic nie zostało zapisane w połowie. Twoja sprawa jest bezpieczna. Spróbuj ponownie albo wybierz inne miejsce.</translation>
    </message>
    <message>
      <source>This saved copy is not locked and is not removed by quick exit. Keep it somewhere safe, and delete it when you no longer need it.</source>
      <translation>Ta zapisana kopia nie jest zablokowana i szybkie wyjście jej nie usuwa. Przechowuj ją w bezpiecznym miejscu i usuń, gdy nie będzie już potrzebna.</translation>
    </message>
    <message>
      <source>The folder could not be opened</source>
      <translation>Nie udało się otworzyć folderu</translation>
    </message>
    <message>
      <source>Open this folder yourself: {folder}</source>
      <translation>Otwórz ten folder samodzielnie: {folder}</translation>
    </message>
    <message>
      <source>Short summary of the case</source>
      <translation>Krótkie podsumowanie sprawy</translation>
    </message>
    <message numerus="yes">
      <source>The report is ready: %n page(s). Check it below, then save it.</source>
      <translation>
        <numerusform>Raport jest gotowy: %n strona. Sprawdź go poniżej, a potem zapisz.</numerusform>
        <numerusform>Raport jest gotowy: %n strony. Sprawdź go poniżej, a potem zapisz.</numerusform>
        <numerusform>Raport jest gotowy: %n stron. Sprawdź go poniżej, a potem zapisz.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Only the first {shown} pages are shown here; the saved report has all %n pages.</source>
      <translation>
        <numerusform>Tutaj widać tylko pierwsze strony ({shown}); zapisany raport ma wszystkie strony (%n).</numerusform>
        <numerusform>Tutaj widać tylko pierwsze strony ({shown}); zapisany raport ma wszystkie strony (%n).</numerusform>
        <numerusform>Tutaj widać tylko pierwsze strony ({shown}); zapisany raport ma wszystkie strony (%n).</numerusform>
      </translation>
    </message>
    <message>
      <source>Copy the summary</source>
      <translation>Kopiuj podsumowanie</translation>
    </message>
    <message>
      <source>After you report</source>
      <translation>Po zgłoszeniu</translation>
    </message>
    <message>
      <source>Police reference number</source>
      <translation>Numer sprawy z policji</translation>
    </message>
    <message>
      <source>Police &amp;reference number</source>
      <translation>Numer sprawy z po&amp;licji</translation>
    </message>
  </context>
  <context>
    <name>RiskQuestion</name>
    <message>
      <source>Have they done any of these?</source>
      <translation>Czy zrobili któreś z tych rzeczy?</translation>
    </message>
    <message>
      <source>Answer what you can. This helps the police see the risk.</source>
      <translation>Odpowiedz na tyle, na ile możesz. To pomaga policji ocenić zagrożenie.</translation>
    </message>
    <message>
      <source>Asked to meet you?</source>
      <translation>Czy chcieli się z tobą spotkać?</translation>
    </message>
    <message>
      <source>Asked to meet the person you are helping?</source>
      <translation>Czy chcieli się spotkać z osobą, której pomagasz?</translation>
    </message>
    <message>
      <source>Asked for more images?</source>
      <translation>Czy żądali kolejnych zdjęć?</translation>
    </message>
    <message>
      <source>Asked you to use your bank account, or open one, for them?</source>
      <translation>Czy prosili, żeby użyć dla nich twojego konta bankowego albo założyć nowe?</translation>
    </message>
    <message>
      <source>Asked them to use their bank account, or open one, for them?</source>
      <translation>Czy prosili tę osobę, żeby użyła dla nich swojego konta bankowego albo założyła nowe?</translation>
    </message>
    <message>
      <source>Threatened to hurt you or someone else?</source>
      <translation>Czy grozili, że skrzywdzą ciebie lub kogoś innego?</translation>
    </message>
    <message>
      <source>Threatened to hurt them or someone else?</source>
      <translation>Czy grozili, że skrzywdzą tę osobę lub kogoś innego?</translation>
    </message>
    <message>
      <source>Asked to meet</source>
      <translation>Chcieli się spotkać</translation>
    </message>
    <message>
      <source>Asked for more images</source>
      <translation>Żądali kolejnych zdjęć</translation>
    </message>
    <message>
      <source>Asked to use a bank account</source>
      <translation>Prosili o użycie konta bankowego</translation>
    </message>
    <message>
      <source>Threatened to hurt someone</source>
      <translation>Grozili, że kogoś skrzywdzą</translation>
    </message>
  </context>
  <context>
    <name>ScreenCapture</name>
    <message>
      <source>This computer did not let the app capture the screen. Use the system's own screenshot key instead, then add the file with 'Add screenshots'.</source>
      <translation>Ten komputer nie pozwolił aplikacji zrobić zdjęcia ekranu. Użyj zamiast tego systemowego klawisza do zrzutów ekranu, a potem dodaj plik przyciskiem „Dodaj zrzuty ekranu”.</translation>
    </message>
  </context>
  <context>
    <name>SelfHarmQuestion</name>
    <message>
      <source>Has the person you are helping talked about harming themselves?</source>
      <translation>Czy osoba, której pomagasz, mówiła o zrobieniu sobie krzywdy?</translation>
    </message>
    <message>
      <source>Have you had thoughts of harming yourself?</source>
      <translation>Czy masz myśli o zrobieniu sobie krzywdy?</translation>
    </message>
    <message>
      <source>It is not your fault. You do not have to answer.</source>
      <translation>To nie twoja wina. Nie musisz odpowiadać.</translation>
    </message>
    <message>
      <source>I would rather not say</source>
      <translation>Wolę nie mówić</translation>
    </message>
    <message>
      <source>You can talk to someone now</source>
      <translation>Możesz teraz z kimś porozmawiać</translation>
    </message>
    <message>
      <source>{name}: {phone}</source>
      <translation>{name}: {phone}</translation>
    </message>
    <message>
      <source>If someone is in danger right now, call {number}.</source>
      <translation>Jeśli ktoś jest teraz w niebezpieczeństwie, zadzwoń pod {number}.</translation>
    </message>
    <message>
      <source>Thoughts of self-harm</source>
      <translation>Myśli o samookaleczeniu</translation>
    </message>
  </context>
  <context>
    <name>ServiceCard</name>
    <message>
      <source>Phone: {number}</source>
      <translation>Telefon: {number}</translation>
    </message>
    <message>
      <source>Web: {address}</source>
      <translation>Strona: {address}</translation>
    </message>
  </context>
  <context>
    <name>SharedQuestion</name>
    <message>
      <source>Have they shared or posted the images?</source>
      <translation>Czy udostępnili lub opublikowali zdjęcia?</translation>
    </message>
    <message>
      <source>&amp;Where: web addresses, apps or people</source>
      <translation>&amp;Gdzie: adresy stron, aplikacje lub osoby</translation>
    </message>
    <message>
      <source>One on each line. Copy web addresses if you can. Do not open them again just for this.</source>
      <translation>Każde w osobnym wierszu. Jeśli możesz, skopiuj adresy stron. Nie otwieraj ich ponownie tylko w tym celu.</translation>
    </message>
    <message>
      <source>Shared or posted</source>
      <translation>Udostępnione lub opublikowane</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Gdzie</translation>
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
      <translation>Jeśli ktoś grozi, że udostępni zdjęcia ciebie lub osoby, której pomagasz, ta aplikacja krok po kroku pokaże ci, co zrobić. Wszystko zostaje na tym komputerze, zablokowane hasłem.</translation>
    </message>
    <message>
      <source>Your notes stay on this computer, locked with a passphrase.</source>
      <translation>Twoje notatki zostają na tym komputerze, zablokowane hasłem.</translation>
    </message>
    <message>
      <source>Get &amp;help now</source>
      <translation>&amp;Pomoc teraz</translation>
    </message>
    <message>
      <source>Get help now, no passphrase needed</source>
      <translation>Pomoc teraz, bez hasła</translation>
    </message>
    <message>
      <source>I am &amp;under 18, or I am helping someone under 18</source>
      <translation>Mam mniej niż 18 lat &amp;albo pomagam komuś, kto ma mniej niż 18 lat</translation>
    </message>
    <message>
      <source>I am under 18, or I am helping someone under 18</source>
      <translation>Mam mniej niż 18 lat albo pomagam komuś, kto ma mniej niż 18 lat</translation>
    </message>
    <message>
      <source>Start a &amp;new case</source>
      <translation>Rozpocznij &amp;nową sprawę</translation>
    </message>
    <message>
      <source>Start a new case</source>
      <translation>Rozpocznij nową sprawę</translation>
    </message>
    <message>
      <source>&amp;Open a case...</source>
      <translation>&amp;Otwórz sprawę...</translation>
    </message>
    <message>
      <source>Open a case you made before</source>
      <translation>Otwórz sprawę utworzoną wcześniej</translation>
    </message>
    <message>
      <source>Practise with a made-up case</source>
      <translation>Poćwicz na zmyślonej sprawie</translation>
    </message>
    <message>
      <source>As the person being threatened (an adult)</source>
      <translation>Jako osoba, której grożą (dorosła)</translation>
    </message>
    <message>
      <source>As a parent helping someone under 18</source>
      <translation>Jako rodzic, który pomaga osobie poniżej 18 lat</translation>
    </message>
    <message>
      <source>As a school counsellor helping a student</source>
      <translation>Jako pedagog szkolny, który pomaga uczniowi</translation>
    </message>
    <message>
      <source>Which made-up case to practise with</source>
      <translation>Na jakiej zmyślonej sprawie poćwiczyć</translation>
    </message>
    <message>
      <source>&amp;Practise</source>
      <translation>&amp;Poćwicz</translation>
    </message>
    <message>
      <source>Practise &amp;as:</source>
      <translation>Ćwicz &amp;jako:</translation>
    </message>
    <message>
      <source>Recent cases</source>
      <translation>Ostatnie sprawy</translation>
    </message>
    <message>
      <source>Show recent cases here. This keeps a list of where cases are saved on this computer (only the folder names, nothing from inside them).</source>
      <translation>Pokazuj tutaj ostatnie sprawy. Aplikacja zapamięta wtedy, gdzie na tym komputerze zapisano sprawy (tylko nazwy folderów, nic z ich zawartości).</translation>
    </message>
  </context>
  <context>
    <name>StoryQuestion</name>
    <message>
      <source>What happened, in their own words?</source>
      <translation>Co się stało, słowami tej osoby?</translation>
    </message>
    <message>
      <source>What happened, in your own words?</source>
      <translation>Co się stało, twoimi własnymi słowami?</translation>
    </message>
    <message>
      <source>&amp;What happened</source>
      <translation>&amp;Co się stało</translation>
    </message>
    <message>
      <source>A few sentences are enough. You can add to it later.</source>
      <translation>Wystarczy kilka zdań. Możesz je później uzupełnić.</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Co się stało</translation>
    </message>
  </context>
  <context>
    <name>SupportPage</name>
    <message>
      <source>Who can help in {region}</source>
      <translation>Kto może pomóc: {region}</translation>
    </message>
    <message>
      <source>Phone: {number}</source>
      <translation>Telefon: {number}</translation>
    </message>
    <message>
      <source>Open website</source>
      <translation>Otwórz stronę</translation>
    </message>
    <message>
      <source>Open the website of {name}</source>
      <translation>Otwórz stronę: {name}</translation>
    </message>
    <message>
      <source>After a report</source>
      <translation>Po zgłoszeniu</translation>
    </message>
    <message>
      <source>Your reference numbers</source>
      <translation>Twoje numery referencyjne</translation>
    </message>
    <message>
      <source>None yet. When you report to the police or anyone else, add the number under Details for the police, in Have you already reported it anywhere?</source>
      <translation>Jeszcze żadnych. Gdy zgłosisz sprawę na policję lub gdzie indziej, dodaj numer w kroku Informacje dla policji, w pytaniu Czy sprawa została już gdzieś zgłoszona?</translation>
    </message>
  </context>
  <context>
    <name>TimelineQuestion</name>
    <message>
      <source>What happened when?</source>
      <translation>Co się stało i kiedy?</translation>
    </message>
    <message>
      <source>The police find a timeline helpful: each message, threat or payment with its date. Add the main moments; they are put in order for you.</source>
      <translation>Oś czasu pomaga policji: każda wiadomość, groźba lub płatność z datą. Dodaj najważniejsze momenty; zostaną ułożone po kolei za ciebie.</translation>
    </message>
    <message>
      <source>Event {n}</source>
      <translation>Zdarzenie {n}</translation>
    </message>
    <message>
      <source>&amp;Add another event</source>
      <translation>&amp;Dodaj kolejne zdarzenie</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Usuń</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Oś czasu</translation>
    </message>
  </context>
  <context>
    <name>TranscriptView</name>
    <message>
      <source>Chat transcript %1</source>
      <translation>Zapis czatu %1</translation>
    </message>
    <message>
      <source>Search the messages</source>
      <translation>Szukaj w wiadomościach</translation>
    </message>
    <message>
      <source>&amp;Find next</source>
      <translation>&amp;Znajdź następną</translation>
    </message>
    <message>
      <source>Find the next message</source>
      <translation>Znajdź następną wiadomość</translation>
    </message>
    <message>
      <source>Pre&amp;vious</source>
      <translation>&amp;Poprzednia</translation>
    </message>
    <message>
      <source>Find the previous message</source>
      <translation>Znajdź poprzednią wiadomość</translation>
    </message>
    <message>
      <source>Date to go to</source>
      <translation>Data, do której przejść</translation>
    </message>
    <message>
      <source>&amp;Go to date</source>
      <translation>Przejdź do &amp;daty</translation>
    </message>
    <message>
      <source>Go to the first message on or after the date</source>
      <translation>Przejdź do pierwszej wiadomości z tego dnia lub późniejszej</translation>
    </message>
    <message>
      <source>Messages</source>
      <translation>Wiadomości</translation>
    </message>
    <message>
      <source>Mark as &amp;key (Ctrl+K)</source>
      <translation>Oznacz jako &amp;ważną (Ctrl+K)</translation>
    </message>
    <message>
      <source>Mark the chosen message as key</source>
      <translation>Oznacz wybraną wiadomość jako ważną</translation>
    </message>
    <message>
      <source>Why it matters, e.g. threat, demand, payment details</source>
      <translation>Dlaczego jest ważna, np. groźba, żądanie, dane do płatności</translation>
    </message>
    <message>
      <source>Why this message matters</source>
      <translation>Dlaczego ta wiadomość jest ważna</translation>
    </message>
    <message>
      <source>First line in the report</source>
      <translation>Pierwszy wiersz w raporcie</translation>
    </message>
    <message>
      <source>Last line in the report</source>
      <translation>Ostatni wiersz w raporcie</translation>
    </message>
    <message>
      <source>Use these &amp;lines</source>
      <translation>Użyj tych &amp;wierszy</translation>
    </message>
    <message>
      <source>Use these lines in the report</source>
      <translation>Użyj tych wierszy w raporcie</translation>
    </message>
    <message>
      <source>&amp;All lines</source>
      <translation>&amp;Wszystkie wiersze</translation>
    </message>
    <message>
      <source>Put every line in the report</source>
      <translation>Umieść w raporcie wszystkie wiersze</translation>
    </message>
    <message>
      <source>to</source>
      <translation>do</translation>
    </message>
    <message>
      <source>App the chat was on</source>
      <translation>Aplikacja, w której był czat</translation>
    </message>
    <message>
      <source>Not known</source>
      <translation>Nieznana</translation>
    </message>
    <message>
      <source>A&amp;pp:</source>
      <translation>&amp;Aplikacja:</translation>
    </message>
    <message>
      <source>Lines in the &amp;report:</source>
      <translation>Wiersze w &amp;raporcie:</translation>
    </message>
    <message>
      <source>For example Europe/London or UTC+1</source>
      <translation>Na przykład Europe/London lub UTC+1</translation>
    </message>
    <message>
      <source>Time zone the phone was set to</source>
      <translation>Strefa czasowa ustawiona w telefonie</translation>
    </message>
    <message>
      <source>Save &amp;zone</source>
      <translation>Zapisz &amp;strefę</translation>
    </message>
    <message>
      <source>Save the time zone</source>
      <translation>Zapisz strefę czasową</translation>
    </message>
    <message>
      <source>Phone's time &amp;zone:</source>
      <translation>Strefa &amp;czasowa telefonu:</translation>
    </message>
    <message>
      <source>Details found in this chat</source>
      <translation>Dane znalezione w tym czacie</translation>
    </message>
    <message>
      <source>Add the &amp;ticked details to the case</source>
      <translation>Dodaj &amp;zaznaczone dane do sprawy</translation>
    </message>
    <message>
      <source>Add the ticked details as offender details or payment details</source>
      <translation>Dodaj zaznaczone dane jako dane sprawcy lub dane płatności</translation>
    </message>
    <message>
      <source>Details found in this chat. Tick the ones that belong to the person threatening you; nothing is added until you press the button.</source>
      <translation>Dane znalezione w tym czacie. Zaznacz te, które należą do osoby, która ci grozi; nic nie zostanie dodane, dopóki nie naciśniesz przycisku.</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Stan</translation>
    </message>
    <message>
      <source>&amp;Remove this chat from the case…</source>
      <translation>&amp;Usuń ten czat ze sprawy…</translation>
    </message>
    <message>
      <source>Remove this chat transcript from the case</source>
      <translation>Usuń ten zapis czatu ze sprawy</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Zamknij</translation>
    </message>
    <message>
      <source>Close the transcript</source>
      <translation>Zamknij zapis czatu</translation>
    </message>
    <message>
      <source>Times carry their UTC offset.</source>
      <translation>Godziny zawierają przesunięcie względem UTC.</translation>
    </message>
    <message>
      <source>Times are the phone's local time; the offset was not recorded.</source>
      <translation>Godziny są czasem lokalnym telefonu; przesunięcia nie zapisano.</translation>
    </message>
    <message>
      <source>%1: %2, %3 messages from %4.</source>
      <translation>%1: %2, wiadomości: %3, format: %4.</translation>
    </message>
    <message>
      <source>line %1</source>
      <translation>wiersz %1</translation>
    </message>
    <message>
      <source>in the chat</source>
      <translation>w czacie</translation>
    </message>
    <message>
      <source>Name in the chat</source>
      <translation>Nazwa w czacie</translation>
    </message>
    <message>
      <source>Phone number</source>
      <translation>Numer telefonu</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Nazwa użytkownika</translation>
    </message>
    <message>
      <source>Bank account (IBAN)</source>
      <translation>Konto bankowe (IBAN)</translation>
    </message>
    <message>
      <source>Crypto wallet</source>
      <translation>Portfel kryptowalut</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Nie znaleziono</translation>
    </message>
    <message>
      <source>No message holds “%1”.</source>
      <translation>Żadna wiadomość nie zawiera „%1”.</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 z %2</translation>
    </message>
    <message>
      <source>No message on or after that date.</source>
      <translation>Brak wiadomości z tego dnia lub późniejszych.</translation>
    </message>
    <message>
      <source>Key ★ (Ctrl+K to unmark)</source>
      <translation>Ważna ★ (Ctrl+K, aby odznaczyć)</translation>
    </message>
    <message>
      <source>Choose a message first.</source>
      <translation>Najpierw wybierz wiadomość.</translation>
    </message>
    <message>
      <source>Line %1 is marked as key.</source>
      <translation>Wiersz %1 jest oznaczony jako ważny.</translation>
    </message>
    <message>
      <source>Line %1 is no longer key.</source>
      <translation>Wiersz %1 nie jest już oznaczony jako ważny.</translation>
    </message>
    <message>
      <source>The first line must come before the last. Nothing was changed.</source>
      <translation>Pierwszy wiersz musi być przed ostatnim. Nic nie zmieniono.</translation>
    </message>
    <message>
      <source>The report will show lines %1 to %2.</source>
      <translation>Raport pokaże wiersze od %1 do %2.</translation>
    </message>
    <message>
      <source>The app is saved.</source>
      <translation>Zapisano aplikację, w której był czat.</translation>
    </message>
    <message>
      <source>The time zone is saved. The report shows it beside the times.</source>
      <translation>Strefa czasowa została zapisana. Raport pokazuje ją obok godzin.</translation>
    </message>
    <message>
      <source>Tick the details to add first. Nothing was added.</source>
      <translation>Najpierw zaznacz dane do dodania. Nic nie dodano.</translation>
    </message>
    <message numerus="yes">
      <source>%n detail(s) added. You can check them in the offender and money steps.</source>
      <translation>
        <numerusform>Dodano %n informację. Możesz je sprawdzić w krokach o sprawcy i o pieniądzach.</numerusform>
        <numerusform>Dodano %n informacje. Możesz je sprawdzić w krokach o sprawcy i o pieniądzach.</numerusform>
        <numerusform>Dodano %n informacji. Możesz je sprawdzić w krokach o sprawcy i o pieniądzach.</numerusform>
      </translation>
    </message>
    <message>
      <source>Remove this chat?</source>
      <translation>Usunąć ten czat?</translation>
    </message>
    <message>
      <source>%1 and its %2 messages will be taken out of the case. The export file on your computer is not touched, and the case's log keeps a note of what was removed. Its exhibit number will not be used again.</source>
      <translation>Czat %1 i jego wiadomości (%2) zostaną usunięte ze sprawy. Plik eksportu na twoim komputerze pozostanie nietknięty, a dziennik sprawy zachowa informację o tym, co usunięto. Numer tego dowodu nie zostanie użyty ponownie.</translation>
    </message>
    <message>
      <source>Remove the chat</source>
      <translation>Usuń czat</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Zostaw</translation>
    </message>
  </context>
  <context>
    <name>Under18Screen</name>
    <message>
      <source>Help for someone under 18</source>
      <translation>Pomoc dla osoby poniżej 18 lat</translation>
    </message>
    <message>
      <source>I am under 18</source>
      <translation>Mam mniej niż 18 lat</translation>
    </message>
    <message>
      <source>I am a parent, carer or family member helping</source>
      <translation>Jestem rodzicem, opiekunem lub członkiem rodziny i pomagam</translation>
    </message>
    <message>
      <source>I work at a school or college</source>
      <translation>Pracuję w szkole lub na uczelni</translation>
    </message>
    <message>
      <source>Who is using the app</source>
      <translation>Kto korzysta z aplikacji</translation>
    </message>
    <message>
      <source>Who &amp;are you?</source>
      <translation>&amp;Kim jesteś?</translation>
    </message>
    <message>
      <source>Where the young person lives</source>
      <translation>Gdzie mieszka młoda osoba</translation>
    </message>
    <message>
      <source>Where do they &amp;live?</source>
      <translation>Gdzie &amp;mieszka?</translation>
    </message>
    <message>
      <source>&amp;Read what to do now</source>
      <translation>&amp;Przeczytaj, co teraz zrobić</translation>
    </message>
    <message>
      <source>Read what to do now</source>
      <translation>Przeczytaj, co teraz zrobić</translation>
    </message>
    <message>
      <source>&amp;Save the chat as evidence...</source>
      <translation>&amp;Zapisz czat jako dowód...</translation>
    </message>
    <message>
      <source>Save the chat as evidence in a locked case</source>
      <translation>Zapisz czat jako dowód w zablokowanej sprawie</translation>
    </message>
    <message>
      <source>Go ba&amp;ck</source>
      <translation>&amp;Wróć</translation>
    </message>
    <message>
      <source>Go back to the start</source>
      <translation>Wróć do początku</translation>
    </message>
    <message>
      <source>Who can help</source>
      <translation>Kto może pomóc</translation>
    </message>
  </context>
  <context>
    <name>UnlockScreen</name>
    <message>
      <source>Open a case</source>
      <translation>Otwórz sprawę</translation>
    </message>
    <message>
      <source>Case: {name}</source>
      <translation>Sprawa: {name}</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Hasło</translation>
    </message>
    <message>
      <source>&amp;Passphrase</source>
      <translation>&amp;Hasło</translation>
    </message>
    <message>
      <source>&amp;Open the case</source>
      <translation>&amp;Otwórz sprawę</translation>
    </message>
    <message>
      <source>Open the case</source>
      <translation>Otwórz sprawę</translation>
    </message>
    <message>
      <source>I &amp;forgot my passphrase</source>
      <translation>Nie pamię&amp;tam hasła</translation>
    </message>
    <message>
      <source>I forgot my passphrase</source>
      <translation>Nie pamiętam hasła</translation>
    </message>
    <message>
      <source>Go ba&amp;ck</source>
      <translation>&amp;Wróć</translation>
    </message>
    <message>
      <source>Go back to the start</source>
      <translation>Wróć do początku</translation>
    </message>
    <message>
      <source>Use your recovery code</source>
      <translation>Użyj kodu odzyskiwania</translation>
    </message>
    <message>
      <source>Type the recovery code from when you made the case. Then choose a new passphrase. Small letters and spaces are fine.</source>
      <translation>Wpisz kod odzyskiwania otrzymany przy tworzeniu sprawy. Potem wybierz nowe hasło. Małe litery i spacje są w porządku.</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Kod odzyskiwania</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Nowe hasło</translation>
    </message>
    <message>
      <source>New passphrase again</source>
      <translation>Powtórz nowe hasło</translation>
    </message>
    <message>
      <source>&amp;Recovery code</source>
      <translation>&amp;Kod odzyskiwania</translation>
    </message>
    <message>
      <source>&amp;New passphrase</source>
      <translation>&amp;Nowe hasło</translation>
    </message>
    <message>
      <source>New passphrase &amp;again</source>
      <translation>&amp;Powtórz nowe hasło</translation>
    </message>
    <message>
      <source>Open with the recovery co&amp;de</source>
      <translation>Otwórz ko&amp;dem odzyskiwania</translation>
    </message>
    <message>
      <source>Open with the recovery code</source>
      <translation>Otwórz kodem odzyskiwania</translation>
    </message>
    <message>
      <source>Remember the case on this computer, so it opens without the passphrase</source>
      <translation>Zapamiętaj sprawę na tym komputerze, żeby otwierała się bez hasła</translation>
    </message>
    <message>
      <source>Opening the case</source>
      <translation>Otwieranie sprawy</translation>
    </message>
    <message>
      <source>Opening the case. This takes a moment.</source>
      <translation>Otwieranie sprawy. To chwilę potrwa.</translation>
    </message>
    <message>
      <source>Type the passphrase first.</source>
      <translation>Najpierw wpisz hasło.</translation>
    </message>
    <message>
      <source>The new passphrase is too short. Use at least {n} characters.</source>
      <translation>Nowe hasło jest za krótkie. Użyj co najmniej {n} znaków.</translation>
    </message>
    <message>
      <source>The two new passphrases are not the same. Type the second one again.</source>
      <translation>Nowe hasła nie są takie same. Wpisz drugie jeszcze raz.</translation>
    </message>
    <message>
      <source>That new passphrase would be easy to guess. Please choose another one. Several ordinary words together make a strong passphrase.</source>
      <translation>To nowe hasło łatwo byłoby odgadnąć. Wybierz inne. Kilka zwykłych słów razem tworzy silne hasło.</translation>
    </message>
  </context>
  <context>
    <name>WhenEdit</name>
    <message>
      <source>day/month/year</source>
      <translation>dzień/miesiąc/rok</translation>
    </message>
    <message>
      <source>{what}: date, day/month/year</source>
      <translation>{what}: data, dzień/miesiąc/rok</translation>
    </message>
    <message>
      <source>Type the date, for example 25/10/2025, or press Alt+Down for a calendar.</source>
      <translation>Wpisz datę, na przykład 25/10/2025, albo naciśnij Alt+Down, żeby otworzyć kalendarz.</translation>
    </message>
    <message>
      <source>hh:mm</source>
      <translation>gg:mm</translation>
    </message>
    <message>
      <source>{what}: time, hours and minutes</source>
      <translation>{what}: godzina, godziny i minuty</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>Kalendarz</translation>
    </message>
    <message>
      <source>{what}: pick the date from a calendar</source>
      <translation>{what}: wybierz datę z kalendarza</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Teraz</translation>
    </message>
    <message>
      <source>{what}: set to now</source>
      <translation>{what}: ustaw na teraz</translation>
    </message>
    <message>
      <source>Time not known</source>
      <translation>Godzina nieznana</translation>
    </message>
    <message>
      <source>{what}: time not known, date only</source>
      <translation>{what}: godzina nieznana, tylko data</translation>
    </message>
    <message>
      <source>{what}: how it is saved</source>
      <translation>{what}: jak to zostanie zapisane</translation>
    </message>
    <message>
      <source>Use this</source>
      <translation>Użyj</translation>
    </message>
    <message>
      <source>{what}: use the suggested time</source>
      <translation>{what}: użyj proponowanej godziny</translation>
    </message>
    <message>
      <source>Suggested from {reason}: {when}</source>
      <translation>Propozycja na podstawie {reason}: {when}</translation>
    </message>
    <message>
      <source>(time zone not recorded)</source>
      <translation>(nie zapisano strefy czasowej)</translation>
    </message>
    <message>
      <source>{day}, time not known</source>
      <translation>{day}, godzina nieznana</translation>
    </message>
    <message>
      <source>Not given yet.</source>
      <translation>Jeszcze nie podano.</translation>
    </message>
    <message>
      <source>This could not be read as a date, so it is kept as you typed it. Type it like 25/10/2025 if you can.</source>
      <translation>Nie udało się odczytać tego jako daty, więc zostało zapisane tak, jak wpisano. Jeśli możesz, wpisz ją tak: 25/10/2025.</translation>
    </message>
    <message>
      <source>Saved as: {when}</source>
      <translation>Zapisano jako: {when}</translation>
    </message>
  </context>
  <context>
    <name>WizardView</name>
    <message>
      <source>Steps</source>
      <translation>Kroki</translation>
    </message>
    <message>
      <source>Step title</source>
      <translation>Tytuł kroku</translation>
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Wstecz</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Dalej &gt;</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Wstecz</translation>
    </message>
    <message>
      <source>Back (Alt+B or Alt+Left)</source>
      <translation>Wstecz (Alt+B lub Alt+Left)</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Dalej</translation>
    </message>
    <message>
      <source>Next (Alt+N or Alt+Right)</source>
      <translation>Dalej (Alt+N lub Alt+Right)</translation>
    </message>
    <message>
      <source>C&amp;lose the case</source>
      <translation>Za&amp;mknij sprawę</translation>
    </message>
    <message>
      <source>Lock and close the case</source>
      <translation>Zablokuj i zamknij sprawę</translation>
    </message>
    <message>
      <source>Step {n} of {total}</source>
      <translation>Krok {n} z {total}</translation>
    </message>
    <message>
      <source>done</source>
      <translation>zrobione</translation>
    </message>
    <message>
      <source>not done yet</source>
      <translation>jeszcze niezrobione</translation>
    </message>
  </context>
</TS>
