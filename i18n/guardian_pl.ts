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
        <source>1 screenshot was added.</source>
        <translation>Dodano 1 zrzut ekranu.</translation>
    </message>
    <message>
        <source>%1 screenshots were added.</source>
        <translation>Dodano zrzuty ekranu: %1.</translation>
    </message>
    <message>
        <source>%1 was already in the case as %2, so it was not added twice.</source>
        <translation>Plik %1 był już w sprawie jako %2, więc nie dodano go drugi raz.</translation>
    </message>
    <message>
        <source>You stopped adding. What was finished is kept; %1 not started.</source>
        <translation>Dodawanie zostało przerwane. To, co się skończyło, zostaje; nierozpoczęte: %1.</translation>
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
    <name>DetailsPage</name>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>When and where did they first make con&amp;tact?</source>
        <translation>Kiedy i gdzie pierwszy raz się &amp;odezwali?</translation>
    </message>
    <message>
        <source>What did they &amp;ask for?</source>
        <translation>O co &amp;prosili?</translation>
    </message>
    <message>
        <source>Were images shared?</source>
        <translation>Czy udostępniono zdjęcia?</translation>
    </message>
    <message>
        <source>Yes, they sent or posted images</source>
        <translation>Tak, wysłali lub opublikowali zdjęcia</translation>
    </message>
    <message>
        <source>No, not that we know of</source>
        <translation>Nie, nic o tym nie wiemy</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Nie wiem</translation>
    </message>
    <message>
        <source>If so, w&amp;here were they shared?</source>
        <translation>Jeśli tak, &amp;gdzie je udostępnili?</translation>
    </message>
    <message>
        <source>Who contacted you</source>
        <translation>Kto się z tobą kontaktował</translation>
    </message>
    <message>
        <source>Add each name, username, profile link, ID number, phone number or email they used.</source>
        <translation>Dodaj każdą nazwę, nazwę użytkownika, link do profilu, numer ID, numer telefonu lub e-mail, których używali.</translation>
    </message>
    <message>
        <source>Their names and accounts</source>
        <translation>Ich nazwy i konta</translation>
    </message>
    <message>
        <source>What happened when</source>
        <translation>Co się stało i kiedy</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data i godzina</translation>
    </message>
    <message>
        <source>App or website</source>
        <translation>Aplikacja lub strona</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Przebieg zdarzeń</translation>
    </message>
    <message>
        <source>Money asked for or paid</source>
        <translation>Pieniądze: żądane lub zapłacone</translation>
    </message>
    <message>
        <source>Asked for or paid</source>
        <translation>Żądane czy zapłacone</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Żądane</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zapłacone</translation>
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
        <source>How (bank, gift card, crypto...)</source>
        <translation>Jak (bank, karta podarunkowa, kryptowaluta...)</translation>
    </message>
    <message>
        <source>Account, wallet or card details</source>
        <translation>Dane konta, portfela lub karty</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Płatności</translation>
    </message>
    <message>
        <source>&amp;What happened, in your own words</source>
        <translation>&amp;Co się stało, twoimi słowami</translation>
    </message>
    <message>
        <source>&amp;What happened, in their own words</source>
        <translation>&amp;Co się stało, słowami tej osoby</translation>
    </message>
    <message>
        <source>Contact details for the report</source>
        <translation>Dane kontaktowe do raportu</translation>
    </message>
    <message>
        <source>Put my own contact details in the report</source>
        <translation>Dodaj moje dane kontaktowe do raportu</translation>
    </message>
    <message>
        <source>Put contact details of the person being threatened in the report</source>
        <translation>Dodaj do raportu dane kontaktowe osoby, której grożą</translation>
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
        <source>&amp;Your name</source>
        <translation>Twoje imię i na&amp;zwisko</translation>
    </message>
    <message>
        <source>How the police can reach y&amp;ou</source>
        <translation>Jak policja może się z tobą &amp;skontaktować</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Wyświetlana nazwa</translation>
    </message>
    <message>
        <source>Profile link</source>
        <translation>Link do profilu</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Numer ID</translation>
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
        <source>Date seen</source>
        <translation>Data zauważenia</translation>
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
        <source>Part of the case file is damaged. Keep a copy of the whole case folder. If the case opens, use &apos;Check this case&apos; in Settings to see what can still be read.</source>
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
        <source>Or drag screenshots or a folder here.</source>
        <translation>Albo przeciągnij tutaj zrzuty ekranu lub folder.</translation>
    </message>
    <message>
        <source>Adding screenshots</source>
        <translation>Dodawanie zrzutów ekranu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>Stop adding</source>
        <translation>Przerwij dodawanie</translation>
    </message>
    <message>
        <source>Screenshots already added are kept.</source>
        <translation>Zrzuty ekranu, które już dodano, zostają.</translation>
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
        <source>&amp;Large view…</source>
        <translation>&amp;Duży podgląd…</translation>
    </message>
    <message>
        <source>Open the large view</source>
        <translation>Otwórz duży podgląd</translation>
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
        <source>Not set</source>
        <translation>Nie ustawiono</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Kiedy to się stało</translation>
    </message>
    <message>
        <source>Date and time in this computer&apos;s time zone. Saved as you change it.</source>
        <translation>Data i godzina w strefie czasowej tego komputera. Zapisuje się przy każdej zmianie.</translation>
    </message>
    <message>
        <source>Cl&amp;ear date</source>
        <translation>Wy&amp;czyść datę</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Wyczyść datę</translation>
    </message>
    <message>
        <source>Just &amp;now</source>
        <translation>&amp;Teraz</translation>
    </message>
    <message>
        <source>Set the date to now</source>
        <translation>Ustaw datę na teraz</translation>
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
        <source>App or websi&amp;te:</source>
        <translation>&amp;Aplikacja lub strona:</translation>
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
        <source>SHA-256 (original):</source>
        <translation>SHA-256 (oryginał):</translation>
    </message>
    <message>
        <source>SHA-256 (covered copy):</source>
        <translation>SHA-256 (zakryta kopia):</translation>
    </message>
    <message>
        <source>Co&amp;ver private parts…</source>
        <translation>Zak&amp;ryj prywatne części…</translation>
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
        <source>&amp;Remove from case…</source>
        <translation>&amp;Usuń ze sprawy…</translation>
    </message>
    <message>
        <source>Remove this screenshot from the case</source>
        <translation>Usuń ten zrzut ekranu ze sprawy</translation>
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
        <source>Saved time: %1</source>
        <translation>Zapisany czas: %1</translation>
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
        <source>Not saved yet: %1 What you typed is still here.</source>
        <translation>Jeszcze nie zapisano: %1 To, co wpisano, nadal tu jest.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
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
        <source>The case is intact</source>
        <translation>Sprawa jest nienaruszona</translation>
    </message>
    <message>
        <source>Everything checked out: the encryption, the fingerprints of all {count} screenshots and the record of changes.</source>
        <translation>Wszystko się zgadza: szyfrowanie, odciski wszystkich zrzutów ekranu (liczba: {count}) i zapis zmian.</translation>
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
        <translation>Części sprawy nie da się odczytać albo nie zgadza się z jej odciskiem. Zachowaj kopię całego folderu sprawy i zgłoś sprawę teraz, póki resztę da się odczytać.

Co znaleziono:
{problems}

Nadal do odczytu:
{readable}</translation>
    </message>
    <message>
        <source>Delete this case?</source>
        <translation>Usunąć tę sprawę?</translation>
    </message>
    <message>
        <source>This deletes the case and all the evidence in it from this computer. It cannot be undone. Only do this if you no longer need the evidence, for example after the police have a copy.</source>
        <translation>To usunie sprawę i wszystkie dowody z tego komputera. Nie da się tego cofnąć. Zrób to tylko wtedy, gdy dowody nie są już potrzebne, na przykład gdy policja ma już kopię.</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>Usuń sprawę</translation>
    </message>
    <message>
        <source>Keep the case</source>
        <translation>Zostaw sprawę</translation>
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
        <translation>Pliki sprawy zostały nadpisane i usunięte, a aplikacja już nie pamięta tej sprawy. Mogą jednak zostać jakieś kopie: dyski SSD, kopie zapasowe, foldery w chmurze i przywracanie systemu mogą przechowywać stare kopie plików.</translation>
    </message>
    <message>
        <source>The case could not be fully deleted</source>
        <translation>Nie udało się całkowicie usunąć sprawy</translation>
    </message>
    <message>
        <source>Some files could not be removed:</source>
        <translation>Nie udało się usunąć niektórych plików:</translation>
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
        <translation>Ten folder nie jest sprawą Guardian Desktop. Wybierz folder, którego nazwa kończy się na .gdcase. Jeśli jest na pendrivie, sprawdź, czy jest podłączony.</translation>
    </message>
    <message>
        <source>The practice case could not be made</source>
        <translation>Nie udało się utworzyć sprawy do ćwiczeń</translation>
    </message>
</context>
<context>
    <name>NewCaseScreen</name>
    <message>
        <source>A new case</source>
        <translation>Nowa sprawa</translation>
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
        <source>Where to keep the case</source>
        <translation>Gdzie przechowywać sprawę</translation>
    </message>
    <message>
        <source>In the app&apos;s own folder on this computer</source>
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
        <source>Choose a folder first, or keep the case in the app&apos;s own folder.</source>
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
        <source>My case</source>
        <translation>Moja sprawa</translation>
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
        <source> minutes</source>
        <translation> min</translation>
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
        <source>Checks the encryption, every screenshot&apos;s fingerprint and the record of changes.</source>
        <translation>Sprawdza szyfrowanie, odcisk każdego zrzutu ekranu i zapis zmian.</translation>
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
    <name>RecordEditor</name>
    <message>
        <source>Add to the list</source>
        <translation>Dodaj do listy</translation>
    </message>
    <message>
        <source>Start a new one</source>
        <translation>Zacznij nowy wpis</translation>
    </message>
    <message>
        <source>Remove the chosen one</source>
        <translation>Usuń wybrany wpis</translation>
    </message>
    <message>
        <source>Add to the list: {what}</source>
        <translation>Dodaj do listy: {what}</translation>
    </message>
    <message>
        <source>Clear the form to add a new one: {what}</source>
        <translation>Wyczyść formularz, żeby dodać nowy wpis: {what}</translation>
    </message>
    <message>
        <source>Remove the chosen row: {what}</source>
        <translation>Usuń wybrany wiersz: {what}</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <source>Type something in the form first, then add it.</source>
        <translation>Najpierw wpisz coś w formularzu, a potem to dodaj.</translation>
    </message>
    <message>
        <source>Remove this row?</source>
        <translation>Usunąć ten wiersz?</translation>
    </message>
    <message>
        <source>Remove the chosen row from the list?</source>
        <translation>Usunąć wybrany wiersz z listy?</translation>
    </message>
    <message>
        <source>Remove</source>
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
        <source>Draw black boxes over anything that should not be seen, such as an intimate image or a friend&apos;s name. Drag with the mouse, or press Tab to reach the picture and use the arrow keys (Shift to change the size) and Enter. The original stays in the case unchanged; the report uses the covered copy.</source>
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
    <name>ReminderPanel</name>
    <message>
        <source>Before you add screenshots</source>
        <translation>Zanim dodasz zrzuty ekranu</translation>
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
        <source>Report preview</source>
        <translation>Podgląd raportu</translation>
    </message>
    <message>
        <source>Making the report. This can take a little while...</source>
        <translation>Tworzenie raportu. To może chwilę potrwać...</translation>
    </message>
    <message>
        <source>The report is ready: {pages} page(s). Check it below, then save it.</source>
        <translation>Raport jest gotowy. Liczba stron: {pages}. Sprawdź go poniżej, a potem zapisz.</translation>
    </message>
    <message>
        <source>Only the first {shown} pages are shown here; the saved report has all {pages} pages.</source>
        <translation>Tutaj widać tylko pierwsze strony ({shown}); zapisany raport ma wszystkie strony ({pages}).</translation>
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
        <source>Short summary to paste into a form</source>
        <translation>Krótkie podsumowanie do wklejenia w formularzu</translation>
    </message>
    <message>
        <source>Short summary of the case</source>
        <translation>Krótkie podsumowanie sprawy</translation>
    </message>
    <message>
        <source>C&amp;opy the summary</source>
        <translation>&amp;Kopiuj podsumowanie</translation>
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
    <message>
        <source>The summary is not available in this version.</source>
        <translation>Podsumowanie nie jest dostępne w tej wersji.</translation>
    </message>
</context>
<context>
    <name>ScreenCapture</name>
    <message>
        <source>This computer did not let the app capture the screen. Use the system&apos;s own screenshot key instead, then add the file with &apos;Add screenshots&apos;.</source>
        <translation>Ten komputer nie pozwolił aplikacji zrobić zdjęcia ekranu. Użyj zamiast tego systemowego klawisza do zrzutów ekranu, a potem dodaj plik przyciskiem „Dodaj zrzuty ekranu”.</translation>
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
        <source>&amp;New case: start here</source>
        <translation>&amp;Nowa sprawa: zacznij tutaj</translation>
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
        <source>&amp;Practise with a made-up case</source>
        <translation>&amp;Poćwicz na zmyślonej sprawie</translation>
    </message>
    <message>
        <source>Practise with a made-up case</source>
        <translation>Poćwicz na zmyślonej sprawie</translation>
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
        <source>Back to the step before</source>
        <translation>Wróć do poprzedniego kroku</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalej &gt;</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Następny krok</translation>
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
