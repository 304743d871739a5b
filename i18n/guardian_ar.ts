<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Guardian Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian Desktop helps people facing sextortion, and the people helping them, to stop contact safely, keep evidence and report it. It works offline: it makes no network connections, and the case stays encrypted on this computer. A PDF or bundle leaves the case only when you save one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every piece of advice, phone number and web address comes from a public source, listed with the date it was checked in resources/guidance/SOURCES.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: translation not yet checked by a native speaker. If something is unclear, use English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report font is DejaVu Sans (free licence, in resources/fonts). The app is built with Qt (PySide6), SQLCipher and ReportLab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message>
        <source>Result of adding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line for each file, saying what was wrong and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this summar&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 screenshot was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 screenshots were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already in the case as %2, so it was not added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped adding. What was finished is kept; %1 not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These could not be added (the others are kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These could not be added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not a picture the app can read. If it is a screenshot, save it again as PNG or JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the picture is damaged or cut short, so it was not added. If you still have it on the phone, send or copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the picture is far too large to be a screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is too big to be a screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this kind of file is not accepted. Use PNG, JPEG, WebP, BMP, GIF or TIFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file could not be read. Check that you are allowed to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is no longer there. It may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is a folder, not a picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockView</name>
    <message>
        <source>Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureReview</name>
    <message>
        <source>Keep this capture?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen was captured. Keep it as evidence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 screens were captured. Keep them as evidence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how the capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured screen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the capture as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the capture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownWindow</name>
    <message>
        <source>Capturing the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the screen capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the chat to the front. The screen will be captured in %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and where did they first make con&amp;tact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did they &amp;ask for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were images shared?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, they sent or posted images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, not that we know of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If so, w&amp;here were they shared?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who contacted you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each name, username, profile link, ID number, phone number or email they used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their names and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App or website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money asked for or paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for or paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How (bank, gift card, crypto...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account, wallet or card details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened, in their own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details for the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put my own contact details in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put contact details of the person being threatened in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the police can reach y&amp;ou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Discreet</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>Saved screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the large view. Space shows or hides the picture. Delete removes the screenshot from the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>picture shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture blurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parts covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceScreen</name>
    <message>
        <source>Save the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add screenshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or more picture files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder of screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds every picture in the folder and the folders inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste picture (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the picture you copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture my &amp;screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture my screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides this window, counts down so you can bring the chat to the front, then takes a picture of the screen for you to keep or discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drag screenshots or a folder here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop adding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshots already added are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all p&amp;ictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures are blurred so that nobody sees them by accident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screenshots yet.

Add the chat, their profile and each demand with the buttons above, or drag the files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screenshots yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping… Screenshots already added are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose screenshots to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted picture %1.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no picture to paste. Copy a screenshot first (for example: right-click it and choose Copy), then paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen capture was cancelled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture was discarded. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen capture %1.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen capture %1 (screen %2).png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped picture %1.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait until the screenshots being added are finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the pictures you are adding. None of them may be a nude or sexual image. The chat, the profile and the demands are the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you add these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None is sexual — add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop, do not add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the case? It cannot be brought back. The case log will still show that it was removed, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 screenshot in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 screenshots in the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Large view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large view of a screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cover parts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover private parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the large view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot, zoomable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the covered copy, as used in the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDetails</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how this picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures are blurred until you choose to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the large view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: his demand for money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this screenshot shows. Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App or website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from the list or type the name. Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time in this computer&apos;s time zone. Saved as you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ear date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the date to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the covered copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App or websi&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 (original):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 (covered copy):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ver private parts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover private parts of this screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw black boxes over names or images. The original is kept unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this screenshot from the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a screenshot in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x %2 pixels, %3 KB, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: %1 What you typed is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Guardian Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Guardian Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Guardian Desktop (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes the case and all the evidence in it from this computer. It cannot be undone. Only do this if you no longer need the evidence, for example after the police have a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case files were overwritten and removed, and the app no longer remembers the case. Some copies may still exist: SSD drives, backups, cloud folders and system restore can keep old copies of files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be fully deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the case folder (.gdcase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder is not a Guardian Desktop case. Choose the folder whose name ends in .gdcase. If it is on a USB stick, check that it is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice case could not be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseScreen</name>
    <message>
        <source>A new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am the person being threatened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am a family member or friend helping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am a school counsellor or teacher helping a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the person being threatened under 18?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the person being threatened lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where does the person being threatened &amp;live?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: my case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;name for this case (only you will see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the app&apos;s own folder on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhere else, for example a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose a folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase to lock the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a few words only you know, at least {n} characters. Anyone with the passphrase can open the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the case on this computer, so it opens without the passphrase. Only choose this if nobody else uses this computer account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ba&amp;ck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder first, or keep the case in the app&apos;s own folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too short. Use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the second one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformPage</name>
    <message>
        <source>Which apps or websites did they use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to find their details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile link looks like: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to block (after the evidence is saved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>PRACTICE: a made-up case, nothing is real or sent anywhere. Passphrase: {passphrase}. Deleted when you close the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not yet checked by a native speaker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the case after this many minutes unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the case when &amp;unused for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: https://www.bbc.co.uk/weather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page to open after a quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Leave empty to open nothing. It must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a quick exit, &amp;open this page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discreet mode: show a plain name (“Notes”) in the window title and task bar, and no list of recent cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elete this case from this computer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the open case from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only delete the case when you no longer need the evidence, for example after the police have a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web page must start with https:// - or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickExitExplanation</name>
    <message>
        <source>About quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving the app quickly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If someone comes near and you want this app out of sight, you can leave it at once. Press the Shift key three times, quickly. Or use the Quick exit button at the top of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots next to the button fill up as you press Shift. Pressing Shift while typing capital letters does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What quick exit does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It hides every window of the app straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It saves what you typed into your case, then locks the case. It needs your passphrase to open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It clears anything the app copied, for example with a Copy button. Something you copied in another program is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It closes the app. If you chose a web page in the settings, that page opens in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What quick exit does not do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not delete your case. Everything you saved is still there, safely locked, when you open the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not clear your browser history, or anything else outside this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a moment, the taskbar or dock may still show the app while it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot hide that the app is installed, or that it was used. The computer may list it among recent programs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickExitIntroDialog</name>
    <message>
        <source>Leaving the app quickly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Add to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the list: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form to add a new one: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen row: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type something in the form first, then add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this row?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen row from the list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeScreen</name>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way back into the case. Write it on paper and keep it somewhere safe, away from this computer. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it down and put it somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to the first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian Desktop recovery code:

{code}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it only somewhere private, then copy something else over it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedactCanvas</name>
    <message>
        <source>Picture to cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag with the mouse to draw a box. Or use the keyboard: arrow keys move the dashed selection box, Shift and arrow keys change its size, Enter covers it. Ctrl+Z undoes the last box.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <source>Cover private parts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw black boxes over anything that should not be seen, such as an intimate image or a friend&apos;s name. Drag with the mouse, or press Tab to reach the picture and use the arrow keys (Shift to change the size) and Enter. The original stays in the case unchanged; the report uses the covered copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprints (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;all boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save covered copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the covered copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original SHA-256 (never changed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered copy SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the covered copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The report will use the covered copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The covered copy was not saved: %1 Your boxes are still here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <source>Before you add screenshots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Where to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency: call {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an emergency: call {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;police reporting page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the police reporting page in a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;CEOP page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the CEOP reporting page in a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened. Type this address into a browser: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report for the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the PDF (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the PDF (optional, you will need to share it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF report to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the report. This can take a little while...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is ready: {pages} page(s). Check it below, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made: {reason} Your case is safe. Try again, or close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police-report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short summary to paste into a form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short summary of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police &amp;reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenCapture</name>
    <message>
        <source>This computer did not let the app capture the screen. Use the system&apos;s own screenshot key instead, then add the file with &apos;Add screenshots&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Guardian Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If someone is threatening to share images of you, or of someone you are helping, this app takes you through what to do, one step at a time. Everything stays on this computer, locked with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case: start here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case you made before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practise with a made-up case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise with a made-up case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show recent cases here. This keeps a list of where cases are saved on this computer (only the folder names, nothing from inside them).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>Who can help in {region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the website of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Open a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;forgot my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I forgot my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ba&amp;ck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code from when you made the case. Then choose a new passphrase. Small letters and spaces are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the recovery co&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the case on this computer, so it opens without the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is too short. Use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Type the second one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery code does not open this case. Check each group of letters and numbers, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this case. Check Caps Lock and try again, or use your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the step before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock and close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
