<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Guardian Desktop</source>
        <translation>Acerca de Guardian Desktop</translation>
    </message>
    <message>
        <source>Guardian Desktop</source>
        <translation>Guardian Desktop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Guardian Desktop helps people facing sextortion, and the people helping them, to stop contact safely, keep evidence and report it. It works offline: it makes no network connections, and the case stays encrypted on this computer. A PDF or bundle leaves the case only when you save one.</source>
        <translation>Guardian Desktop ayuda a las personas que sufren sextorsión (chantaje con imágenes íntimas), y a quienes las ayudan, a cortar el contacto de forma segura, guardar pruebas y denunciar. Funciona sin conexión: no se conecta a ninguna red, y el caso queda cifrado en este equipo. Un PDF o un paquete solo sale del caso cuando tú lo guardas.</translation>
    </message>
    <message>
        <source>Every piece of advice, phone number and web address comes from a public source, listed with the date it was checked in resources/guidance/SOURCES.md.</source>
        <translation>Cada consejo, número de teléfono y dirección web viene de una fuente pública. La lista, con la fecha en que se comprobó cada una, está en resources/guidance/SOURCES.md.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>%1: checked</source>
        <translation>%1: revisado</translation>
    </message>
    <message>
        <source>%1: translation not yet checked by a native speaker. If something is unclear, use English.</source>
        <translation>%1: la traducción aún no la ha revisado una persona nativa. Si algo no está claro, usa el inglés.</translation>
    </message>
    <message>
        <source>The report font is DejaVu Sans (free licence, in resources/fonts). The app is built with Qt (PySide6), SQLCipher and ReportLab.</source>
        <translation>La fuente del informe es DejaVu Sans (licencia libre, en resources/fonts). La app está hecha con Qt (PySide6), SQLCipher y ReportLab.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message>
        <source>Result of adding</source>
        <translation>Resultado de añadir</translation>
    </message>
    <message>
        <source>Files that were not added</source>
        <translation>Archivos que no se añadieron</translation>
    </message>
    <message>
        <source>One line for each file, saying what was wrong and what to do.</source>
        <translation>Una línea por archivo, con lo que falló y qué hacer.</translation>
    </message>
    <message>
        <source>Hide this summar&amp;y</source>
        <translation>&amp;Ocultar este resumen</translation>
    </message>
    <message>
        <source>Hide this summary</source>
        <translation>Ocultar este resumen</translation>
    </message>
    <message>
        <source>1 screenshot was added.</source>
        <translation>Se añadió 1 captura de pantalla.</translation>
    </message>
    <message>
        <source>%1 screenshots were added.</source>
        <translation>Se añadieron %1 capturas de pantalla.</translation>
    </message>
    <message>
        <source>%1 was already in the case as %2, so it was not added twice.</source>
        <translation>%1 ya estaba en el caso como %2, así que no se añadió dos veces.</translation>
    </message>
    <message>
        <source>You stopped adding. What was finished is kept; %1 not started.</source>
        <translation>Has parado de añadir. Lo que ya estaba terminado se guarda; sin empezar: %1.</translation>
    </message>
    <message>
        <source>These could not be added (the others are kept):</source>
        <translation>No se pudieron añadir estos (los demás se guardan):</translation>
    </message>
    <message>
        <source>These could not be added:</source>
        <translation>No se pudieron añadir estos:</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>No se añadió nada.</translation>
    </message>
    <message>
        <source>%1: the file is empty (0 bytes).</source>
        <translation>%1: el archivo está vacío (0 bytes).</translation>
    </message>
    <message>
        <source>%1: this is not a picture the app can read. If it is a screenshot, save it again as PNG or JPEG.</source>
        <translation>%1: no es una imagen que la app pueda leer. Si es una captura de pantalla, guárdala otra vez como PNG o JPEG.</translation>
    </message>
    <message>
        <source>%1: the picture is damaged or cut short, so it was not added. If you still have it on the phone, send or copy it again.</source>
        <translation>%1: la imagen está dañada o incompleta, así que no se añadió. Si todavía la tienes en el teléfono, envíala o cópiala otra vez.</translation>
    </message>
    <message>
        <source>%1: the picture is far too large to be a screenshot.</source>
        <translation>%1: la imagen es demasiado grande para ser una captura de pantalla.</translation>
    </message>
    <message>
        <source>%1: the file is too big to be a screenshot.</source>
        <translation>%1: el archivo es demasiado grande para ser una captura de pantalla.</translation>
    </message>
    <message>
        <source>%1: this kind of file is not accepted. Use PNG, JPEG, WebP, BMP, GIF or TIFF.</source>
        <translation>%1: este tipo de archivo no se acepta. Usa PNG, JPEG, WebP, BMP, GIF o TIFF.</translation>
    </message>
    <message>
        <source>%1: the file could not be read. Check that you are allowed to open it.</source>
        <translation>%1: no se pudo leer el archivo. Comprueba que tienes permiso para abrirlo.</translation>
    </message>
    <message>
        <source>%1: the file is no longer there. It may have been moved or deleted.</source>
        <translation>%1: el archivo ya no está ahí. Puede que se haya movido o borrado.</translation>
    </message>
    <message>
        <source>%1: this is a folder, not a picture.</source>
        <translation>%1: es una carpeta, no una imagen.</translation>
    </message>
</context>
<context>
    <name>BlockView</name>
    <message>
        <source>Do</source>
        <translation>Haz</translation>
    </message>
    <message>
        <source>Do not</source>
        <translation>No hagas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>Dónde acudir</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
</context>
<context>
    <name>CaptureReview</name>
    <message>
        <source>Keep this capture?</source>
        <translation>¿Guardar esta captura?</translation>
    </message>
    <message>
        <source>The screen was captured. Keep it as evidence?</source>
        <translation>Se capturó la pantalla. ¿Guardarla como prueba?</translation>
    </message>
    <message>
        <source>%1 screens were captured. Keep them as evidence?</source>
        <translation>Se capturaron %1 pantallas. ¿Guardarlas como prueba?</translation>
    </message>
    <message>
        <source>S&amp;how the capture</source>
        <translation>&amp;Mostrar la captura</translation>
    </message>
    <message>
        <source>Show the capture</source>
        <translation>Mostrar la captura</translation>
    </message>
    <message>
        <source>Captured screen %1</source>
        <translation>Pantalla capturada %1</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Guardarla</translation>
    </message>
    <message>
        <source>Keep the capture as evidence</source>
        <translation>Guardar la captura como prueba</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Discard the capture</source>
        <translation>Descartar la captura</translation>
    </message>
</context>
<context>
    <name>CountdownWindow</name>
    <message>
        <source>Capturing the screen</source>
        <translation>Capturando la pantalla</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>Cancel the screen capture</source>
        <translation>Cancelar la captura de pantalla</translation>
    </message>
    <message>
        <source>Bring the chat to the front. The screen will be captured in %1…</source>
        <translation>Pon el chat delante. La pantalla se capturará en %1…</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. What you saved before is kept in the case. If this happens again, close the app and open the case again.</source>
        <translation>Algo salió mal dentro de la app. Lo que guardaste antes se conserva en el caso. Si vuelve a pasar, cierra la app y abre el caso otra vez.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>When and where did they first make con&amp;tact?</source>
        <translation>¿Cuándo y dónde se pusieron en &amp;contacto por primera vez?</translation>
    </message>
    <message>
        <source>What did they &amp;ask for?</source>
        <translation>¿Qué te &amp;pidieron?</translation>
    </message>
    <message>
        <source>Were images shared?</source>
        <translation>¿Se compartieron imágenes?</translation>
    </message>
    <message>
        <source>Yes, they sent or posted images</source>
        <translation>Sí, enviaron o publicaron imágenes</translation>
    </message>
    <message>
        <source>No, not that we know of</source>
        <translation>No, que sepamos</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>If so, w&amp;here were they shared?</source>
        <translation>Si es así, ¿&amp;dónde se compartieron?</translation>
    </message>
    <message>
        <source>Who contacted you</source>
        <translation>Quién se puso en contacto</translation>
    </message>
    <message>
        <source>Add each name, username, profile link, ID number, phone number or email they used.</source>
        <translation>Añade cada nombre, nombre de usuario, enlace de perfil, número de ID, teléfono o correo electrónico que usaron.</translation>
    </message>
    <message>
        <source>Their names and accounts</source>
        <translation>Sus nombres y cuentas</translation>
    </message>
    <message>
        <source>What happened when</source>
        <translation>Qué pasó y cuándo</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>App or website</source>
        <translation>App o sitio web</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Money asked for or paid</source>
        <translation>Dinero pedido o pagado</translation>
    </message>
    <message>
        <source>Asked for or paid</source>
        <translation>Pedido o pagado</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>How (bank, gift card, crypto...)</source>
        <translation>Cómo (banco, tarjeta regalo, criptomonedas...)</translation>
    </message>
    <message>
        <source>Account, wallet or card details</source>
        <translation>Datos de la cuenta, el monedero o la tarjeta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>&amp;What happened, in your own words</source>
        <translation>&amp;Qué pasó, con tus propias palabras</translation>
    </message>
    <message>
        <source>&amp;What happened, in their own words</source>
        <translation>&amp;Qué pasó, con sus propias palabras</translation>
    </message>
    <message>
        <source>Contact details for the report</source>
        <translation>Datos de contacto para el informe</translation>
    </message>
    <message>
        <source>Put my own contact details in the report</source>
        <translation>Poner mis datos de contacto en el informe</translation>
    </message>
    <message>
        <source>Put contact details of the person being threatened in the report</source>
        <translation>Poner en el informe los datos de contacto de la persona amenazada</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>C&amp;orreo electrónico</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>T&amp;u nombre</translation>
    </message>
    <message>
        <source>How the police can reach y&amp;ou</source>
        <translation>Cómo puede contactarte la po&amp;licía</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nombre que se muestra</translation>
    </message>
    <message>
        <source>Profile link</source>
        <translation>Enlace del perfil</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Número de ID</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Date seen</source>
        <translation>Fecha en que se vio</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>Discreet</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That recovery code does not open this case. Check each group of letters and numbers, and try again.</source>
        <translation>Ese código de recuperación no abre este caso. Revisa cada grupo de letras y números e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>That passphrase does not open this case. Check Caps Lock and try again, or use your recovery code.</source>
        <translation>Esa frase de contraseña no abre este caso. Revisa el Bloq Mayús (Caps Lock) e inténtalo de nuevo, o usa tu código de recuperación.</translation>
    </message>
    <message>
        <source>This is not a Guardian Desktop case, or it could not be found. If the case is on a USB stick, check that it is plugged in.</source>
        <translation>Esto no es un caso de Guardian Desktop, o no se ha podido encontrar. Si el caso está en una memoria USB, comprueba que esté conectada.</translation>
    </message>
    <message>
        <source>Part of the case file is damaged. Keep a copy of the whole case folder. If the case opens, use &apos;Check this case&apos; in Settings to see what can still be read.</source>
        <translation>Una parte del archivo del caso está dañada. Guarda una copia de toda la carpeta del caso. Si el caso se abre, usa «Comprobar este caso» en la Configuración para ver qué se puede leer todavía.</translation>
    </message>
    <message>
        <source>This case is already open in another window or program. Close it there first. If the app closed unexpectedly, wait a moment and try again.</source>
        <translation>Este caso ya está abierto en otra ventana o programa. Ciérralo allí primero. Si la app se cerró de forma inesperada, espera un momento e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The case is in a place the app cannot write to, such as a locked USB stick or a read-only folder. Copy the whole case folder to this computer, then open the copy.</source>
        <translation>El caso está en un lugar donde la app no puede escribir, como una memoria USB bloqueada o una carpeta de solo lectura. Copia toda la carpeta del caso a este equipo y abre la copia.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Nothing was half-written. Free some space, then try again.</source>
        <translation>El disco está lleno, así que esto no se ha guardado. No se ha escrito nada a medias. Libera algo de espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>There is already something at that place. Choose another name or folder.</source>
        <translation>Ya hay algo en ese lugar. Elige otro nombre u otra carpeta.</translation>
    </message>
    <message>
        <source>This computer has no password store the app can use, so it cannot remember the case. You can still open it with your passphrase.</source>
        <translation>Este equipo no tiene un almacén de contraseñas que la app pueda usar, así que no puede recordar el caso. Aún puedes abrirlo con tu frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>Saved screenshots</source>
        <translation>Capturas de pantalla guardadas</translation>
    </message>
    <message>
        <source>Enter opens the large view. Space shows or hides the picture. Delete removes the screenshot from the case.</source>
        <translation>Enter abre la vista grande. Espacio muestra u oculta la imagen. Delete (Supr) quita la captura del caso.</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>picture shown</source>
        <translation>imagen visible</translation>
    </message>
    <message>
        <source>picture blurred</source>
        <translation>imagen difuminada</translation>
    </message>
    <message>
        <source>parts covered</source>
        <translation>partes tapadas</translation>
    </message>
    <message>
        <source>No description yet</source>
        <translation>Sin descripción todavía</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Cuándo: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceScreen</name>
    <message>
        <source>Save the evidence</source>
        <translation>Guarda las pruebas</translation>
    </message>
    <message>
        <source>&amp;Add screenshots…</source>
        <translation>&amp;Añadir capturas de pantalla…</translation>
    </message>
    <message>
        <source>Add screenshots</source>
        <translation>Añadir capturas de pantalla</translation>
    </message>
    <message>
        <source>Choose one or more picture files.</source>
        <translation>Elige uno o varios archivos de imagen.</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Añadir una car&amp;peta…</translation>
    </message>
    <message>
        <source>Add a folder of screenshots</source>
        <translation>Añadir una carpeta de capturas de pantalla</translation>
    </message>
    <message>
        <source>Adds every picture in the folder and the folders inside it.</source>
        <translation>Añade todas las imágenes de la carpeta y de las carpetas que contiene.</translation>
    </message>
    <message>
        <source>&amp;Paste picture (Ctrl+V)</source>
        <translation>Pe&amp;gar imagen (Ctrl+V)</translation>
    </message>
    <message>
        <source>Paste a picture</source>
        <translation>Pegar una imagen</translation>
    </message>
    <message>
        <source>Adds the picture you copied.</source>
        <translation>Añade la imagen que copiaste.</translation>
    </message>
    <message>
        <source>Capture my &amp;screen…</source>
        <translation>Capturar mi pa&amp;ntalla…</translation>
    </message>
    <message>
        <source>Capture my screen</source>
        <translation>Capturar mi pantalla</translation>
    </message>
    <message>
        <source>Hides this window, counts down so you can bring the chat to the front, then takes a picture of the screen for you to keep or discard.</source>
        <translation>Oculta esta ventana y hace una cuenta atrás para que pongas el chat delante. Luego hace una foto de la pantalla que puedes guardar o descartar.</translation>
    </message>
    <message>
        <source>Or drag screenshots or a folder here.</source>
        <translation>O arrastra aquí capturas de pantalla o una carpeta.</translation>
    </message>
    <message>
        <source>Adding screenshots</source>
        <translation>Añadiendo capturas de pantalla</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop adding</source>
        <translation>Dejar de añadir</translation>
    </message>
    <message>
        <source>Screenshots already added are kept.</source>
        <translation>Las capturas que ya se añadieron se guardan.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Show all p&amp;ictures</source>
        <translation>Mostrar todas las &amp;imágenes</translation>
    </message>
    <message>
        <source>Show all pictures</source>
        <translation>Mostrar todas las imágenes</translation>
    </message>
    <message>
        <source>Pictures are blurred so that nobody sees them by accident.</source>
        <translation>Las imágenes están difuminadas para que nadie las vea sin querer.</translation>
    </message>
    <message>
        <source>No screenshots yet.

Add the chat, their profile and each demand with the buttons above, or drag the files here.</source>
        <translation>Todavía no hay capturas de pantalla.

Añade el chat, su perfil y cada exigencia con los botones de arriba, o arrastra aquí los archivos.</translation>
    </message>
    <message>
        <source>No screenshots yet</source>
        <translation>Todavía no hay capturas de pantalla</translation>
    </message>
    <message>
        <source>Stopping… Screenshots already added are kept.</source>
        <translation>Parando… Las capturas que ya se añadieron se guardan.</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose screenshots to add</source>
        <translation>Elige las capturas que quieres añadir</translation>
    </message>
    <message>
        <source>Choose a folder of screenshots</source>
        <translation>Elige una carpeta de capturas de pantalla</translation>
    </message>
    <message>
        <source>Pasted picture %1.png</source>
        <translation>Imagen pegada %1.png</translation>
    </message>
    <message>
        <source>There is no picture to paste. Copy a screenshot first (for example: right-click it and choose Copy), then paste it here.</source>
        <translation>No hay ninguna imagen para pegar. Primero copia una captura de pantalla (por ejemplo: haz clic derecho sobre ella y elige Copiar) y luego pégala aquí.</translation>
    </message>
    <message>
        <source>The screen capture was cancelled. Nothing was saved.</source>
        <translation>Se canceló la captura de pantalla. No se guardó nada.</translation>
    </message>
    <message>
        <source>The capture was discarded. Nothing was saved.</source>
        <translation>Se descartó la captura. No se guardó nada.</translation>
    </message>
    <message>
        <source>Screen capture %1.png</source>
        <translation>Captura de pantalla %1.png</translation>
    </message>
    <message>
        <source>Screen capture %1 (screen %2).png</source>
        <translation>Captura de pantalla %1 (pantalla %2).png</translation>
    </message>
    <message>
        <source>Dropped picture %1.png</source>
        <translation>Imagen arrastrada %1.png</translation>
    </message>
    <message>
        <source>Please wait until the screenshots being added are finished.</source>
        <translation>Espera a que terminen de añadirse las capturas de pantalla.</translation>
    </message>
    <message>
        <source>Please check the pictures you are adding. None of them may be a nude or sexual image. The chat, the profile and the demands are the evidence.</source>
        <translation>Revisa las imágenes que vas a añadir. Ninguna puede ser un desnudo ni una imagen sexual. Las pruebas son el chat, el perfil y las exigencias.</translation>
    </message>
    <message>
        <source>Before you add these</source>
        <translation>Antes de añadir esto</translation>
    </message>
    <message>
        <source>None is sexual — add them</source>
        <translation>Ninguna es sexual — añadirlas</translation>
    </message>
    <message>
        <source>Stop, do not add</source>
        <translation>Para, no añadir</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>No se añadió nada.</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Añadiendo…</translation>
    </message>
    <message>
        <source>Adding %1 of %2…</source>
        <translation>Añadiendo %1 de %2…</translation>
    </message>
    <message>
        <source>Adding stopped unexpectedly.</source>
        <translation>El proceso de añadir se detuvo de forma inesperada.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>¿Quitar %1?</translation>
    </message>
    <message>
        <source>Remove %1 from the case? It cannot be brought back. The case log will still show that it was removed, and when.</source>
        <translation>¿Quitar %1 del caso? No se podrá recuperar. El registro del caso seguirá mostrando que se quitó y cuándo.</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Quitarla</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>%1 was removed from the case.</source>
        <translation>Se quitó %1 del caso.</translation>
    </message>
    <message>
        <source>1 screenshot in the case</source>
        <translation>1 captura de pantalla en el caso</translation>
    </message>
    <message>
        <source>%1 screenshots in the case</source>
        <translation>%1 capturas de pantalla en el caso</translation>
    </message>
</context>
<context>
    <name>EvidenceTasks</name>
    <message>
        <source>Something went wrong, so this was not finished.</source>
        <translation>Algo salió mal, así que esto no se terminó.</translation>
    </message>
    <message>
        <source>What was already saved is kept. Please try again.</source>
        <translation>Lo que ya estaba guardado se conserva. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>the picture could not be read.</source>
        <translation>no se pudo leer la imagen.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Large view</source>
        <translation>Vista grande</translation>
    </message>
    <message>
        <source>Large view of a screenshot</source>
        <translation>Vista grande de una captura de pantalla</translation>
    </message>
    <message>
        <source>S&amp;how picture</source>
        <translation>&amp;Mostrar imagen</translation>
    </message>
    <message>
        <source>Show the picture</source>
        <translation>Mostrar la imagen</translation>
    </message>
    <message>
        <source>← &amp;Previous</source>
        <translation>← &amp;Anterior</translation>
    </message>
    <message>
        <source>Previous screenshot</source>
        <translation>Captura anterior</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Siguiente →</translation>
    </message>
    <message>
        <source>Next screenshot</source>
        <translation>Captura siguiente</translation>
    </message>
    <message>
        <source>Zoom &amp;out (−)</source>
        <translation>Al&amp;ejar (−)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom &amp;in (+)</source>
        <translation>A&amp;cercar (+)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;justar</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>&amp;Cover parts…</source>
        <translation>&amp;Tapar partes…</translation>
    </message>
    <message>
        <source>Cover private parts</source>
        <translation>Tapar partes privadas</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close the large view</source>
        <translation>Cerrar la vista grande</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Nivel de zoom</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Captura de pantalla</translation>
    </message>
    <message>
        <source>Screenshot, zoomable</source>
        <translation>Captura de pantalla, con zoom</translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 de %3</translation>
    </message>
    <message>
        <source>the covered copy, as used in the report</source>
        <translation>la copia tapada, tal como se usa en el informe</translation>
    </message>
</context>
<context>
    <name>ItemDetails</name>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>S&amp;how this picture</source>
        <translation>&amp;Mostrar esta imagen</translation>
    </message>
    <message>
        <source>Show this picture</source>
        <translation>Mostrar esta imagen</translation>
    </message>
    <message>
        <source>Pictures are blurred until you choose to see them.</source>
        <translation>Las imágenes están difuminadas hasta que decidas verlas.</translation>
    </message>
    <message>
        <source>&amp;Large view…</source>
        <translation>&amp;Vista grande…</translation>
    </message>
    <message>
        <source>Open the large view</source>
        <translation>Abrir la vista grande</translation>
    </message>
    <message>
        <source>For example: his demand for money</source>
        <translation>Por ejemplo: su petición de dinero</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What this screenshot shows. Saved as you type.</source>
        <translation>Lo que muestra esta captura. Se guarda mientras escribes.</translation>
    </message>
    <message>
        <source>App or website</source>
        <translation>App o sitio web</translation>
    </message>
    <message>
        <source>Choose from the list or type the name. Saved as you type.</source>
        <translation>Elige de la lista o escribe el nombre. Se guarda mientras escribes.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Cuándo pasó</translation>
    </message>
    <message>
        <source>Date and time in this computer&apos;s time zone. Saved as you change it.</source>
        <translation>Fecha y hora en la zona horaria de este equipo. Se guarda al cambiarla.</translation>
    </message>
    <message>
        <source>Cl&amp;ear date</source>
        <translation>&amp;Borrar fecha</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Borrar la fecha</translation>
    </message>
    <message>
        <source>Just &amp;now</source>
        <translation>A&amp;hora</translation>
    </message>
    <message>
        <source>Set the date to now</source>
        <translation>Poner la fecha de ahora</translation>
    </message>
    <message>
        <source>Original file name</source>
        <translation>Nombre original del archivo</translation>
    </message>
    <message>
        <source>Added to the case</source>
        <translation>Añadida al caso</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>Tamaño de la imagen</translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation>SHA-256 del original</translation>
    </message>
    <message>
        <source>SHA-256 of the covered copy</source>
        <translation>SHA-256 de la copia tapada</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>App or websi&amp;te:</source>
        <translation>App o sitio &amp;web:</translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation>&amp;Cuándo pasó:</translation>
    </message>
    <message>
        <source>Original file:</source>
        <translation>Archivo original:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Añadida:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>SHA-256 (original):</source>
        <translation>SHA-256 (original):</translation>
    </message>
    <message>
        <source>SHA-256 (covered copy):</source>
        <translation>SHA-256 (copia tapada):</translation>
    </message>
    <message>
        <source>Co&amp;ver private parts…</source>
        <translation>&amp;Tapar partes privadas…</translation>
    </message>
    <message>
        <source>Cover private parts of this screenshot</source>
        <translation>Tapar partes privadas de esta captura</translation>
    </message>
    <message>
        <source>Draw black boxes over names or images. The original is kept unchanged.</source>
        <translation>Dibuja recuadros negros sobre nombres o imágenes. El original se guarda sin cambios.</translation>
    </message>
    <message>
        <source>&amp;Remove from case…</source>
        <translation>&amp;Quitar del caso…</translation>
    </message>
    <message>
        <source>Remove this screenshot from the case</source>
        <translation>Quitar esta captura del caso</translation>
    </message>
    <message>
        <source>Choose a screenshot in the list</source>
        <translation>Elige una captura de la lista</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>Prueba %1</translation>
    </message>
    <message>
        <source>Saved time: %1</source>
        <translation>Hora guardada: %1</translation>
    </message>
    <message>
        <source>%1 x %2 pixels, %3 KB, %4</source>
        <translation>%1 x %2 píxeles, %3 KB, %4</translation>
    </message>
    <message>
        <source>nothing covered</source>
        <translation>nada tapado</translation>
    </message>
    <message>
        <source>Not saved yet: %1 What you typed is still here.</source>
        <translation>Aún no se ha guardado: %1 Lo que escribiste sigue aquí.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>The case is locked</source>
        <translation>El caso está bloqueado</translation>
    </message>
    <message>
        <source>It locked itself because nothing happened for a while, to keep it private. Everything you typed was saved. Type your passphrase to go back to where you were.</source>
        <translation>Se bloqueó solo porque no pasó nada durante un rato, para mantenerlo en privado. Todo lo que escribiste se guardó. Escribe tu frase de contraseña para volver a donde estabas.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock the case</source>
        <translation>Desbloquear el caso</translation>
    </message>
    <message>
        <source>Use the &amp;recovery code instead</source>
        <translation>&amp;Usar el código de recuperación en su lugar</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Usar el código de recuperación en su lugar</translation>
    </message>
    <message>
        <source>&amp;Close the case</source>
        <translation>&amp;Cerrar el caso</translation>
    </message>
    <message>
        <source>Close the case and go to the start</source>
        <translation>Cerrar el caso y volver al inicio</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>Código de &amp;recuperación</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Use the &amp;passphrase instead</source>
        <translation>&amp;Usar la frase de contraseña en su lugar</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Usar la frase de contraseña en su lugar</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Primero escribe la frase de contraseña.</translation>
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
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>About Guardian Desktop</source>
        <translation>Acerca de Guardian Desktop</translation>
    </message>
    <message>
        <source>About Guardian Desktop (F1)</source>
        <translation>Acerca de Guardian Desktop (F1)</translation>
    </message>
    <message>
        <source>The case is intact</source>
        <translation>El caso está intacto</translation>
    </message>
    <message>
        <source>Everything checked out: the encryption, the fingerprints of all {count} screenshots and the record of changes.</source>
        <translation>Todo está bien: el cifrado, las huellas de las {count} capturas de pantalla y el registro de cambios.</translation>
    </message>
    <message>
        <source>The case has a problem</source>
        <translation>El caso tiene un problema</translation>
    </message>
    <message>
        <source>Part of the case could not be read or does not match its fingerprint. Keep a copy of the whole case folder, and make your report now while the rest can still be read.

What was found:
{problems}

Still readable:
{readable}</source>
        <translation>Una parte del caso no se puede leer o no coincide con su huella. Guarda una copia de toda la carpeta del caso y haz tu denuncia ahora, mientras el resto todavía se puede leer.

Lo que se encontró:
{problems}

Todavía se puede leer:
{readable}</translation>
    </message>
    <message>
        <source>Delete this case?</source>
        <translation>¿Eliminar este caso?</translation>
    </message>
    <message>
        <source>This deletes the case and all the evidence in it from this computer. It cannot be undone. Only do this if you no longer need the evidence, for example after the police have a copy.</source>
        <translation>Esto elimina de este equipo el caso y todas las pruebas que contiene. No se puede deshacer. Hazlo solo si ya no necesitas las pruebas, por ejemplo cuando la policía ya tenga una copia.</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>Eliminar el caso</translation>
    </message>
    <message>
        <source>Keep the case</source>
        <translation>Conservar el caso</translation>
    </message>
    <message>
        <source>The case could not be deleted</source>
        <translation>No se pudo eliminar el caso</translation>
    </message>
    <message>
        <source>The case is deleted</source>
        <translation>El caso se ha eliminado</translation>
    </message>
    <message>
        <source>The case files were overwritten and removed, and the app no longer remembers the case. Some copies may still exist: SSD drives, backups, cloud folders and system restore can keep old copies of files.</source>
        <translation>Los archivos del caso se sobrescribieron y se eliminaron, y la app ya no recuerda el caso. Puede que aún queden copias: los discos SSD, las copias de seguridad, las carpetas en la nube y la restauración del sistema pueden guardar copias antiguas de archivos.</translation>
    </message>
    <message>
        <source>The case could not be fully deleted</source>
        <translation>No se pudo eliminar el caso por completo</translation>
    </message>
    <message>
        <source>Some files could not be removed:</source>
        <translation>No se pudieron quitar algunos archivos:</translation>
    </message>
    <message>
        <source>The case is not remembered</source>
        <translation>El caso no está recordado</translation>
    </message>
    <message>
        <source>Choose the case folder (.gdcase)</source>
        <translation>Elige la carpeta del caso (.gdcase)</translation>
    </message>
    <message>
        <source>This is not a case</source>
        <translation>Esto no es un caso</translation>
    </message>
    <message>
        <source>That folder is not a Guardian Desktop case. Choose the folder whose name ends in .gdcase. If it is on a USB stick, check that it is plugged in.</source>
        <translation>Esa carpeta no es un caso de Guardian Desktop. Elige la carpeta cuyo nombre termina en .gdcase. Si está en una memoria USB, comprueba que esté conectada.</translation>
    </message>
    <message>
        <source>The practice case could not be made</source>
        <translation>No se pudo crear el caso de práctica</translation>
    </message>
</context>
<context>
    <name>NewCaseScreen</name>
    <message>
        <source>A new case</source>
        <translation>Un caso nuevo</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>¿Quién usa la app?</translation>
    </message>
    <message>
        <source>I am the person being threatened</source>
        <translation>Soy la persona amenazada</translation>
    </message>
    <message>
        <source>I am a family member or friend helping</source>
        <translation>Soy de la familia o una amistad y estoy ayudando</translation>
    </message>
    <message>
        <source>I am a school counsellor or teacher helping a student</source>
        <translation>Soy orientador/a escolar o docente y ayudo a un/a estudiante</translation>
    </message>
    <message>
        <source>Is the person being threatened under 18?</source>
        <translation>¿La persona amenazada tiene menos de 18 años?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>Where the person being threatened lives</source>
        <translation>Dónde vive la persona amenazada</translation>
    </message>
    <message>
        <source>Where does the person being threatened &amp;live?</source>
        <translation>¿Dónde vive la persona a&amp;menazada?</translation>
    </message>
    <message>
        <source>A name for this case</source>
        <translation>Un nombre para este caso</translation>
    </message>
    <message>
        <source>For example: my case</source>
        <translation>Por ejemplo: mi caso</translation>
    </message>
    <message>
        <source>A &amp;name for this case (only you will see it)</source>
        <translation>Un &amp;nombre para este caso (solo lo verás tú)</translation>
    </message>
    <message>
        <source>Where to keep the case</source>
        <translation>Dónde guardar el caso</translation>
    </message>
    <message>
        <source>In the app&apos;s own folder on this computer</source>
        <translation>En la carpeta propia de la app en este equipo</translation>
    </message>
    <message>
        <source>Somewhere else, for example a USB stick</source>
        <translation>En otro sitio, por ejemplo una memoria USB</translation>
    </message>
    <message>
        <source>C&amp;hoose a folder...</source>
        <translation>&amp;Elegir una carpeta...</translation>
    </message>
    <message>
        <source>Choose a folder for the case</source>
        <translation>Elige una carpeta para el caso</translation>
    </message>
    <message>
        <source>A passphrase to lock the case</source>
        <translation>Una frase de contraseña para bloquear el caso</translation>
    </message>
    <message>
        <source>Use a few words only you know, at least {n} characters. Anyone with the passphrase can open the case.</source>
        <translation>Usa unas palabras que solo conozcas tú, con al menos {n} caracteres. Cualquiera que tenga la frase de contraseña puede abrir el caso.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase &amp;again</source>
        <translation>&amp;Repite la frase de contraseña</translation>
    </message>
    <message>
        <source>Remember the case on this computer, so it opens without the passphrase. Only choose this if nobody else uses this computer account.</source>
        <translation>Recordar el caso en este equipo, para que se abra sin la frase de contraseña. Elígelo solo si nadie más usa esta cuenta del equipo.</translation>
    </message>
    <message>
        <source>&amp;Make the case</source>
        <translation>&amp;Crear el caso</translation>
    </message>
    <message>
        <source>Make the case</source>
        <translation>Crear el caso</translation>
    </message>
    <message>
        <source>Go ba&amp;ck</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Go back to the start</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <source>Choose where to keep the case</source>
        <translation>Elige dónde guardar el caso</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>Todavía no has elegido ninguna carpeta</translation>
    </message>
    <message>
        <source>Choose a folder first, or keep the case in the app&apos;s own folder.</source>
        <translation>Elige primero una carpeta, o guarda el caso en la carpeta propia de la app.</translation>
    </message>
    <message>
        <source>The passphrase is too short. Use at least {n} characters.</source>
        <translation>La frase de contraseña es demasiado corta. Usa al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the second one again.</source>
        <translation>Las dos frases de contraseña no coinciden. Escribe la segunda otra vez.</translation>
    </message>
    <message>
        <source>My case</source>
        <translation>Mi caso</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>PlatformPage</name>
    <message>
        <source>Which apps or websites did they use?</source>
        <translation>¿Qué apps o sitios web usaron?</translation>
    </message>
    <message>
        <source>Where to find their details</source>
        <translation>Dónde encontrar sus datos</translation>
    </message>
    <message>
        <source>A profile link looks like: {url}</source>
        <translation>Un enlace de perfil se ve así: {url}</translation>
    </message>
    <message>
        <source>How to report</source>
        <translation>Cómo denunciar</translation>
    </message>
    <message>
        <source>Choose this reason: {reason}</source>
        <translation>Elige este motivo: {reason}</translation>
    </message>
    <message>
        <source>How to block (after the evidence is saved)</source>
        <translation>Cómo bloquear (después de guardar las pruebas)</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>PRACTICE: a made-up case, nothing is real or sent anywhere. Passphrase: {passphrase}. Deleted when you close the app.</source>
        <translation>PRÁCTICA: un caso inventado, nada es real ni se envía a ningún sitio. Frase de contraseña: {passphrase}. Se elimina al cerrar la app.</translation>
    </message>
    <message>
        <source>Practice case</source>
        <translation>Caso de práctica</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Igual que en este equipo</translation>
    </message>
    <message>
        <source>%1 (not yet checked by a native speaker)</source>
        <translation>%1 (aún no revisado por una persona nativa)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Lock the case after this many minutes unused</source>
        <translation>Bloquear el caso tras estos minutos sin usarlo</translation>
    </message>
    <message>
        <source>Lock the case when &amp;unused for:</source>
        <translation>Bloquear el caso si &amp;no se usa durante:</translation>
    </message>
    <message>
        <source>For example: https://www.bbc.co.uk/weather</source>
        <translation>Por ejemplo: https://www.bbc.co.uk/weather</translation>
    </message>
    <message>
        <source>Web page to open after a quick exit</source>
        <translation>Página web que se abre tras una salida rápida</translation>
    </message>
    <message>
        <source>Optional. Leave empty to open nothing. It must start with https://</source>
        <translation>Opcional. Déjalo vacío para no abrir nada. Debe empezar por https://</translation>
    </message>
    <message>
        <source>After a quick exit, &amp;open this page:</source>
        <translation>Tras una salida rápida, &amp;abrir esta página:</translation>
    </message>
    <message>
        <source>&amp;Discreet mode: show a plain name (“Notes”) in the window title and task bar, and no list of recent cases.</source>
        <translation>&amp;Modo discreto: mostrar un nombre sencillo («Notas») en el título de la ventana y en la barra de tareas, y ninguna lista de casos recientes.</translation>
    </message>
    <message>
        <source>C&amp;heck this case</source>
        <translation>Com&amp;probar este caso</translation>
    </message>
    <message>
        <source>Check the open case</source>
        <translation>Comprobar el caso abierto</translation>
    </message>
    <message>
        <source>Checks the encryption, every screenshot&apos;s fingerprint and the record of changes.</source>
        <translation>Comprueba el cifrado, la huella de cada captura de pantalla y el registro de cambios.</translation>
    </message>
    <message>
        <source>D&amp;elete this case from this computer...</source>
        <translation>&amp;Eliminar este caso de este equipo...</translation>
    </message>
    <message>
        <source>Delete the open case from this computer</source>
        <translation>Eliminar de este equipo el caso abierto</translation>
    </message>
    <message>
        <source>This case</source>
        <translation>Este caso</translation>
    </message>
    <message>
        <source>Only delete the case when you no longer need the evidence, for example after the police have a copy.</source>
        <translation>Elimina el caso solo cuando ya no necesites las pruebas, por ejemplo cuando la policía ya tenga una copia.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar la configuración</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>The web page must start with https:// - or leave it empty.</source>
        <translation>La página web debe empezar por https:// - o déjalo vacío.</translation>
    </message>
</context>
<context>
    <name>QuickExit</name>
    <message>
        <source>Quick exit presses</source>
        <translation>Pulsaciones de Mayús para la salida rápida</translation>
    </message>
    <message>
        <source>Shift pressed {count} of 3 times. Press it 3 times to leave at once.</source>
        <translation>Mayús pulsada {count} de 3 veces. Púlsala 3 veces para salir al instante.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Hides the app at once, saves and locks the case, then closes the app.</source>
        <translation>Oculta la app al instante, guarda y bloquea el caso, y luego cierra la app.</translation>
    </message>
    <message>
        <source>Or press Shift three times</source>
        <translation>O pulsa Mayús (Shift) tres veces</translation>
    </message>
</context>
<context>
    <name>QuickExitExplanation</name>
    <message>
        <source>About quick exit</source>
        <translation>Acerca de la salida rápida</translation>
    </message>
    <message>
        <source>Leaving the app quickly</source>
        <translation>Salir de la app rápidamente</translation>
    </message>
    <message>
        <source>If someone comes near and you want this app out of sight, you can leave it at once. Press the Shift key three times, quickly. Or use the Quick exit button at the top of the window.</source>
        <translation>Si alguien se acerca y quieres que esta app no se vea, puedes salir de ella al instante. Pulsa la tecla Mayús (Shift) tres veces, rápido. O usa el botón de salida rápida en la parte de arriba de la ventana.</translation>
    </message>
    <message>
        <source>Dots next to the button fill up as you press Shift. Pressing Shift while typing capital letters does not count.</source>
        <translation>Los puntos junto al botón se llenan mientras pulsas Mayús. Pulsar Mayús al escribir mayúsculas no cuenta.</translation>
    </message>
    <message>
        <source>What quick exit does</source>
        <translation>Qué hace la salida rápida</translation>
    </message>
    <message>
        <source>It hides every window of the app straight away.</source>
        <translation>Oculta al instante todas las ventanas de la app.</translation>
    </message>
    <message>
        <source>It saves what you typed into your case, then locks the case. It needs your passphrase to open again.</source>
        <translation>Guarda en tu caso lo que escribiste y luego bloquea el caso. Para volver a abrirlo hace falta tu frase de contraseña.</translation>
    </message>
    <message>
        <source>It clears anything the app copied, for example with a Copy button. Something you copied in another program is left alone.</source>
        <translation>Borra todo lo que copió la app, por ejemplo con un botón Copiar. Lo que copiaste en otro programa no se toca.</translation>
    </message>
    <message>
        <source>It closes the app. If you chose a web page in the settings, that page opens in your browser.</source>
        <translation>Cierra la app. Si elegiste una página web en la configuración, esa página se abre en tu navegador.</translation>
    </message>
    <message>
        <source>What quick exit does not do</source>
        <translation>Qué no hace la salida rápida</translation>
    </message>
    <message>
        <source>It does not delete your case. Everything you saved is still there, safely locked, when you open the app again.</source>
        <translation>No elimina tu caso. Todo lo que guardaste sigue ahí, bloqueado y a salvo, cuando vuelvas a abrir la app.</translation>
    </message>
    <message>
        <source>It does not clear your browser history, or anything else outside this app.</source>
        <translation>No borra el historial de tu navegador ni nada fuera de esta app.</translation>
    </message>
    <message>
        <source>For a moment, the taskbar or dock may still show the app while it closes.</source>
        <translation>Durante un momento, la barra de tareas o el Dock pueden seguir mostrando la app mientras se cierra.</translation>
    </message>
    <message>
        <source>It cannot hide that the app is installed, or that it was used. The computer may list it among recent programs.</source>
        <translation>No puede ocultar que la app está instalada ni que se ha usado. El equipo puede mostrarla entre los programas recientes.</translation>
    </message>
</context>
<context>
    <name>QuickExitIntroDialog</name>
    <message>
        <source>Leaving the app quickly</source>
        <translation>Salir de la app rápidamente</translation>
    </message>
    <message>
        <source>&amp;I understand</source>
        <translation>&amp;Entendido</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Add to the list</source>
        <translation>Añadir a la lista</translation>
    </message>
    <message>
        <source>Start a new one</source>
        <translation>Empezar uno nuevo</translation>
    </message>
    <message>
        <source>Remove the chosen one</source>
        <translation>Quitar el elegido</translation>
    </message>
    <message>
        <source>Add to the list: {what}</source>
        <translation>Añadir a la lista: {what}</translation>
    </message>
    <message>
        <source>Clear the form to add a new one: {what}</source>
        <translation>Vaciar el formulario para añadir uno nuevo: {what}</translation>
    </message>
    <message>
        <source>Remove the chosen row: {what}</source>
        <translation>Quitar la fila elegida: {what}</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Type something in the form first, then add it.</source>
        <translation>Primero escribe algo en el formulario y luego añádelo.</translation>
    </message>
    <message>
        <source>Remove this row?</source>
        <translation>¿Quitar esta fila?</translation>
    </message>
    <message>
        <source>Remove the chosen row from the list?</source>
        <translation>¿Quitar de la lista la fila elegida?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeScreen</name>
    <message>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way back into the case. Write it on paper and keep it somewhere safe, away from this computer. It is shown only now.</source>
        <translation>Si olvidas tu frase de contraseña, este código es la única forma de volver a entrar en el caso. Escríbelo en un papel y guárdalo en un lugar seguro, lejos de este equipo. Solo se muestra ahora.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Print it</source>
        <translation>&amp;Imprimirlo</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Copy it</source>
        <translation>&amp;Copiarlo</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Copiar el código de recuperación</translation>
    </message>
    <message>
        <source>I have written it down and put it somewhere safe</source>
        <translation>Lo he apuntado y lo he guardado en un lugar seguro</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>Con&amp;tinuar</translation>
    </message>
    <message>
        <source>Continue to the first step</source>
        <translation>Continuar al primer paso</translation>
    </message>
    <message>
        <source>Guardian Desktop recovery code:

{code}
</source>
        <translation>Código de recuperación de Guardian Desktop:

{code}
</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Copied. Paste it only somewhere private, then copy something else over it.</source>
        <translation>Copiado. Pégalo solo en un sitio privado y luego copia otra cosa encima.</translation>
    </message>
</context>
<context>
    <name>RedactCanvas</name>
    <message>
        <source>Picture to cover</source>
        <translation>Imagen que tapar</translation>
    </message>
    <message>
        <source>Drag with the mouse to draw a box. Or use the keyboard: arrow keys move the dashed selection box, Shift and arrow keys change its size, Enter covers it. Ctrl+Z undoes the last box.</source>
        <translation>Arrastra con el ratón para dibujar un recuadro. O usa el teclado: las flechas mueven el recuadro de selección discontinuo, Mayús y las flechas cambian su tamaño, y Enter lo tapa. Ctrl+Z deshace el último recuadro.</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <source>Cover private parts of %1</source>
        <translation>Tapar partes privadas de %1</translation>
    </message>
    <message>
        <source>Draw black boxes over anything that should not be seen, such as an intimate image or a friend&apos;s name. Drag with the mouse, or press Tab to reach the picture and use the arrow keys (Shift to change the size) and Enter. The original stays in the case unchanged; the report uses the covered copy.</source>
        <translation>Dibuja recuadros negros sobre lo que no se deba ver, como una imagen íntima o el nombre de una amistad. Arrastra con el ratón, o pulsa Tab para llegar a la imagen y usa las flechas (Mayús para cambiar el tamaño) y Enter. El original se queda en el caso sin cambios; el informe usa la copia tapada.</translation>
    </message>
    <message>
        <source>Fingerprints (SHA-256)</source>
        <translation>Huellas digitales (SHA-256)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last box</source>
        <translation>Deshacer el último recuadro</translation>
    </message>
    <message>
        <source>Remove &amp;all boxes</source>
        <translation>Quitar &amp;todos los recuadros</translation>
    </message>
    <message>
        <source>Remove all boxes</source>
        <translation>Quitar todos los recuadros</translation>
    </message>
    <message>
        <source>&amp;Save covered copy</source>
        <translation>&amp;Guardar la copia tapada</translation>
    </message>
    <message>
        <source>Save the covered copy</source>
        <translation>Guardar la copia tapada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Original SHA-256 (never changed): %1</source>
        <translation>SHA-256 del original (nunca cambia): %1</translation>
    </message>
    <message>
        <source>Covered copy SHA-256: %1</source>
        <translation>SHA-256 de la copia tapada: %1</translation>
    </message>
    <message>
        <source>Saving the covered copy…</source>
        <translation>Guardando la copia tapada…</translation>
    </message>
    <message>
        <source>Please try again.</source>
        <translation>Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Saved. The report will use the covered copy.</source>
        <translation>Guardado. El informe usará la copia tapada.</translation>
    </message>
    <message>
        <source>The covered copy was not saved: %1 Your boxes are still here.</source>
        <translation>La copia tapada no se guardó: %1 Tus recuadros siguen aquí.</translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <source>Before you add screenshots</source>
        <translation>Antes de añadir capturas de pantalla</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Where to report</source>
        <translation>Dónde denunciar</translation>
    </message>
    <message>
        <source>Emergency: call {number}</source>
        <translation>Emergencia: llama al {number}</translation>
    </message>
    <message>
        <source>Not an emergency: call {number}</source>
        <translation>No es una emergencia: llama al {number}</translation>
    </message>
    <message>
        <source>Open the &amp;police reporting page</source>
        <translation>Abrir la página de denuncias de la &amp;policía</translation>
    </message>
    <message>
        <source>Open the police reporting page in a browser</source>
        <translation>Abrir en un navegador la página de denuncias de la policía</translation>
    </message>
    <message>
        <source>Open the &amp;CEOP page</source>
        <translation>Abrir la página de &amp;CEOP</translation>
    </message>
    <message>
        <source>Open the CEOP reporting page in a browser</source>
        <translation>Abrir en un navegador la página de denuncias de CEOP</translation>
    </message>
    <message>
        <source>The page could not be opened</source>
        <translation>No se pudo abrir la página</translation>
    </message>
    <message>
        <source>No web browser could be opened. Type this address into a browser: {url}</source>
        <translation>No se pudo abrir ningún navegador. Escribe esta dirección en un navegador: {url}</translation>
    </message>
    <message>
        <source>The report for the police</source>
        <translation>El informe para la policía</translation>
    </message>
    <message>
        <source>Password for the PDF (optional)</source>
        <translation>Contraseña del PDF (opcional)</translation>
    </message>
    <message>
        <source>Password for the PDF (optional, you will need to share it)</source>
        <translation>Contraseña del PDF (opcional, tendrás que compartirla)</translation>
    </message>
    <message>
        <source>Write the report in &amp;Welsh (Cymraeg)</source>
        <translation>Escribir el informe en ga&amp;lés (Cymraeg)</translation>
    </message>
    <message>
        <source>&amp;Make the report</source>
        <translation>Crear el &amp;informe</translation>
    </message>
    <message>
        <source>Make the PDF report</source>
        <translation>Crear el informe PDF</translation>
    </message>
    <message>
        <source>&amp;Save the report...</source>
        <translation>&amp;Guardar el informe...</translation>
    </message>
    <message>
        <source>Save the PDF report to a file</source>
        <translation>Guardar el informe PDF en un archivo</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Making the report. This can take a little while...</source>
        <translation>Creando el informe. Puede tardar un poco...</translation>
    </message>
    <message>
        <source>The report is ready: {pages} page(s). Check it below, then save it.</source>
        <translation>El informe está listo: {pages} página(s). Revísalo abajo y luego guárdalo.</translation>
    </message>
    <message>
        <source>Only the first {shown} pages are shown here; the saved report has all {pages} pages.</source>
        <translation>Aquí solo se muestran las primeras {shown} páginas; el informe guardado tiene las {pages} páginas.</translation>
    </message>
    <message>
        <source>Page {n} of the report</source>
        <translation>Página {n} del informe</translation>
    </message>
    <message>
        <source>The report could not be made: {reason} Your case is safe. Try again, or close other programs and try again.</source>
        <translation>No se pudo crear el informe: {reason} Tu caso está a salvo. Inténtalo de nuevo, o cierra otros programas e inténtalo otra vez.</translation>
    </message>
    <message>
        <source>police-report.pdf</source>
        <translation>informe-policia.pdf</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {files}</source>
        <translation>Guardado: {files}</translation>
    </message>
    <message>
        <source>Short summary to paste into a form</source>
        <translation>Resumen breve para pegar en un formulario</translation>
    </message>
    <message>
        <source>Short summary of the case</source>
        <translation>Resumen breve del caso</translation>
    </message>
    <message>
        <source>C&amp;opy the summary</source>
        <translation>C&amp;opiar el resumen</translation>
    </message>
    <message>
        <source>Copy the summary</source>
        <translation>Copiar el resumen</translation>
    </message>
    <message>
        <source>After you report</source>
        <translation>Después de denunciar</translation>
    </message>
    <message>
        <source>Police reference number</source>
        <translation>Número de referencia de la policía</translation>
    </message>
    <message>
        <source>Police &amp;reference number</source>
        <translation>Número de &amp;referencia de la policía</translation>
    </message>
    <message>
        <source>The summary is not available in this version.</source>
        <translation>El resumen no está disponible en esta versión.</translation>
    </message>
</context>
<context>
    <name>ScreenCapture</name>
    <message>
        <source>This computer did not let the app capture the screen. Use the system&apos;s own screenshot key instead, then add the file with &apos;Add screenshots&apos;.</source>
        <translation>Este equipo no dejó que la app capturara la pantalla. Usa la tecla de captura de pantalla del sistema y luego añade el archivo con «Añadir capturas de pantalla».</translation>
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
        <translation>Si alguien amenaza con compartir imágenes tuyas, o de alguien a quien ayudas, esta app te guía en lo que hay que hacer, paso a paso. Todo se queda en este equipo, bloqueado con una frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;New case: start here</source>
        <translation>Caso &amp;nuevo: empieza aquí</translation>
    </message>
    <message>
        <source>Start a new case</source>
        <translation>Empezar un caso nuevo</translation>
    </message>
    <message>
        <source>&amp;Open a case...</source>
        <translation>&amp;Abrir un caso...</translation>
    </message>
    <message>
        <source>Open a case you made before</source>
        <translation>Abrir un caso que creaste antes</translation>
    </message>
    <message>
        <source>&amp;Practise with a made-up case</source>
        <translation>&amp;Practicar con un caso inventado</translation>
    </message>
    <message>
        <source>Practise with a made-up case</source>
        <translation>Practicar con un caso inventado</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Casos recientes</translation>
    </message>
    <message>
        <source>Show recent cases here. This keeps a list of where cases are saved on this computer (only the folder names, nothing from inside them).</source>
        <translation>Mostrar aquí los casos recientes. Así se guarda una lista de dónde están guardados los casos en este equipo (solo los nombres de las carpetas, nada de su contenido).</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>Who can help in {region}</source>
        <translation>Quién puede ayudar en {region}</translation>
    </message>
    <message>
        <source>Phone: {number}</source>
        <translation>Teléfono: {number}</translation>
    </message>
    <message>
        <source>Open website</source>
        <translation>Abrir el sitio web</translation>
    </message>
    <message>
        <source>Open the website of {name}</source>
        <translation>Abrir el sitio web de {name}</translation>
    </message>
    <message>
        <source>After a report</source>
        <translation>Después de una denuncia</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Open a case</source>
        <translation>Abrir un caso</translation>
    </message>
    <message>
        <source>Case: {name}</source>
        <translation>Caso: {name}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Abrir el caso</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Abrir el caso</translation>
    </message>
    <message>
        <source>I &amp;forgot my passphrase</source>
        <translation>&amp;Olvidé mi frase de contraseña</translation>
    </message>
    <message>
        <source>I forgot my passphrase</source>
        <translation>Olvidé mi frase de contraseña</translation>
    </message>
    <message>
        <source>Go ba&amp;ck</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Go back to the start</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <source>Use your recovery code</source>
        <translation>Usa tu código de recuperación</translation>
    </message>
    <message>
        <source>Type the recovery code from when you made the case. Then choose a new passphrase. Small letters and spaces are fine.</source>
        <translation>Escribe el código de recuperación que recibiste al crear el caso. Luego elige una frase de contraseña nueva. Puedes usar minúsculas y espacios.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Repite la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Código de recuperación</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation>&amp;Repite la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Open with the recovery co&amp;de</source>
        <translation>Abrir con el código de recu&amp;peración</translation>
    </message>
    <message>
        <source>Open with the recovery code</source>
        <translation>Abrir con el código de recuperación</translation>
    </message>
    <message>
        <source>Remember the case on this computer, so it opens without the passphrase</source>
        <translation>Recordar el caso en este equipo, para que se abra sin la frase de contraseña</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Primero escribe la frase de contraseña.</translation>
    </message>
    <message>
        <source>The new passphrase is too short. Use at least {n} characters.</source>
        <translation>La nueva frase de contraseña es demasiado corta. Usa al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Type the second one again.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden. Escribe la segunda otra vez.</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Título del paso</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>Back to the step before</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>C&amp;lose the case</source>
        <translation>Ce&amp;rrar el caso</translation>
    </message>
    <message>
        <source>Lock and close the case</source>
        <translation>Bloquear y cerrar el caso</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Paso {n} de {total}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>sin hacer todavía</translation>
    </message>
</context>
</TS>
