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
    <name>AccountsQuestion</name>
    <message>
      <source>Their accounts, names and numbers</source>
      <translation>Sus cuentas, nombres y números</translation>
    </message>
    <message>
      <source>Add each account they used, on any app. Give what you know and leave the rest empty.</source>
      <translation>Añade cada cuenta que usaron, en cualquier app. Indica lo que sepas y deja el resto vacío.</translation>
    </message>
    <message>
      <source>Account {n}</source>
      <translation>Cuenta {n}</translation>
    </message>
    <message>
      <source>&amp;Add another account</source>
      <translation>&amp;Añadir otra cuenta</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
  </context>
  <context>
    <name>AnswerChoice</name>
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
      <source>%1 was already in the case as %2, so it was not added twice.</source>
      <translation>%1 ya estaba en el caso como %2, así que no se añadió dos veces.</translation>
    </message>
    <message numerus="yes">
      <source>%n screenshot(s) added.</source>
      <translation>
        <numerusform>Se añadió %n captura de pantalla.</numerusform>
        <numerusform>Se añadieron %n capturas de pantalla.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You stopped adding. What was finished is kept; %n not started.</source>
      <translation>
        <numerusform>Has dejado de añadir. Lo terminado se guarda; %n sin empezar.</numerusform>
        <numerusform>Has dejado de añadir. Lo terminado se guarda; %n sin empezar.</numerusform>
      </translation>
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
    <name>CaseSession</name>
    <message>
      <source>Something went wrong while opening the case. Nothing in it was changed. Please try again.</source>
      <translation>Algo salió mal al abrir el caso. No se cambió nada en él. Inténtalo de nuevo.</translation>
    </message>
    <message>
      <source>The case is not remembered</source>
      <translation>No se pudo recordar el caso</translation>
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
    <message>
      <source>The app could not write to its own folder on this computer. Check that the disk has free space, then try again.</source>
      <translation>La app no pudo escribir en su propia carpeta de este equipo. Comprueba que el disco tenga espacio libre e inténtalo de nuevo.</translation>
    </message>
    <message>
      <source>The case is intact</source>
      <translation>El caso está intacto</translation>
    </message>
    <message>
      <source>Everything checked out: the encryption, the fingerprints and seals of all {count} exhibits, the record of changes, the key files and their backup, and that this copy is not older than the last one used.</source>
      <translation>Todo está bien: el cifrado, las huellas y los sellos de las {count} pruebas, el registro de cambios, los archivos de claves y su copia de seguridad, y que esta copia no es más antigua que la última usada.</translation>
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
      <translation>Una parte del caso no se pudo leer o no coincide con su huella. Guarda una copia de toda la carpeta del caso y haz tu denuncia ahora, mientras el resto todavía se puede leer.

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
      <translation>Los archivos del caso se sobrescribieron y se borraron, y la app ya no recuerda el caso. Puede que aún queden copias: los discos SSD, las copias de seguridad, las carpetas en la nube y la restauración del sistema pueden guardar copias antiguas de los archivos.</translation>
    </message>
    <message>
      <source>The case could not be fully deleted</source>
      <translation>No se pudo eliminar el caso por completo</translation>
    </message>
    <message>
      <source>Some files could not be removed:</source>
      <translation>Algunos archivos no se pudieron borrar:</translation>
    </message>
  </context>
  <context>
    <name>ChatImport</name>
    <message>
      <source>Add a &amp;chat export…</source>
      <translation>Añadir una exportación de &amp;chat…</translation>
    </message>
    <message>
      <source>Add a chat export</source>
      <translation>Añadir una exportación de chat</translation>
    </message>
    <message>
      <source>A chat exported from WhatsApp, Instagram, Facebook Messenger, Telegram or Snapchat: the whole conversation becomes one exhibit.</source>
      <translation>Un chat exportado de WhatsApp, Instagram, Facebook Messenger, Telegram o Snapchat: toda la conversación se convierte en una sola prueba.</translation>
    </message>
    <message>
      <source>Chat &amp;transcripts…</source>
      <translation>&amp;Transcripciones de chats…</translation>
    </message>
    <message>
      <source>Open the chat transcripts</source>
      <translation>Abrir las transcripciones de chats</translation>
    </message>
    <message>
      <source>The chat was removed from the case.</source>
      <translation>Se quitó el chat del caso.</translation>
    </message>
    <message>
      <source>Chat exports (%1)</source>
      <translation>Exportaciones de chat (%1)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Choose chat exports to add</source>
      <translation>Elige las exportaciones de chat que quieres añadir</translation>
    </message>
    <message>
      <source>Please wait until the chat being added is finished.</source>
      <translation>Espera a que termine de añadirse el chat.</translation>
    </message>
    <message>
      <source>Reading the chat export…</source>
      <translation>Leyendo la exportación del chat…</translation>
    </message>
    <message>
      <source>The chat was not added</source>
      <translation>No se añadió el chat</translation>
    </message>
    <message numerus="yes">
      <source>This chat holds %n photo(s) or file(s). You can add the photos as their own exhibits. Only add them if none is a nude or sexual image: the chat, the profile and the demands are the evidence.</source>
      <translation>
        <numerusform>Este chat contiene %n foto o archivo. Puedes añadir las fotos como pruebas propias. Añádelas solo si ninguna es una imagen desnuda o sexual: las pruebas son el chat, el perfil y las exigencias.</numerusform>
        <numerusform>Este chat contiene %n fotos o archivos. Puedes añadir las fotos como pruebas propias. Añádelas solo si ninguna es una imagen desnuda o sexual: las pruebas son el chat, el perfil y las exigencias.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n chat(s) added as exhibits: %1.</source>
      <translation>
        <numerusform>Se añadió %n chat como prueba: %1.</numerusform>
        <numerusform>Se añadieron %n chats como pruebas: %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n chat(s) already in the case.</source>
      <translation>
        <numerusform>%n chat ya estaba en el caso.</numerusform>
        <numerusform>%n chats ya estaban en el caso.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n photo(s) added.</source>
      <translation>
        <numerusform>Se añadió %n foto.</numerusform>
        <numerusform>Se añadieron %n fotos.</numerusform>
      </translation>
    </message>
    <message>
      <source>Photos in the chat</source>
      <translation>Fotos del chat</translation>
    </message>
    <message>
      <source>None is sexual — add the photos</source>
      <translation>Ninguna es sexual — añadir las fotos</translation>
    </message>
    <message>
      <source>Add only the chat</source>
      <translation>Añadir solo el chat</translation>
    </message>
    <message>
      <source>Photos and files in the chat were left out, because the person is under 18 or their age is not known. Only the chat's words are kept.</source>
      <translation>Las fotos y los archivos del chat se dejaron fuera, porque la persona tiene menos de 18 años o no se sabe su edad. Solo se guarda el texto del chat.</translation>
    </message>
    <message>
      <source>No chat was found in what you chose.</source>
      <translation>No se encontró ningún chat en lo que elegiste.</translation>
    </message>
    <message>
      <source>Some exports were not added</source>
      <translation>Algunas exportaciones no se añadieron</translation>
    </message>
  </context>
  <context>
    <name>CheckQuestion</name>
    <message>
      <source>Check your answers</source>
      <translation>Revisa tus respuestas</translation>
    </message>
    <message>
      <source>This is what the report will say. Anything missing is fine: give what you know. Choose Change to go back to a question.</source>
      <translation>Esto es lo que dirá el informe. No pasa nada si falta algo: indica lo que sepas. Elige Cambiar para volver a una pregunta.</translation>
    </message>
    <message>
      <source>Not given yet</source>
      <translation>Sin responder todavía</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Cambiar</translation>
    </message>
    <message>
      <source>Change: {what}</source>
      <translation>Cambiar: {what}</translation>
    </message>
    <message>
      <source>Left out of the report</source>
      <translation>Fuera del informe</translation>
    </message>
    <message>
      <source>Entries kept in the case: {n}. They are not in the report because the answer is No. Choose Change to answer again.</source>
      <translation>Entradas guardadas en el caso: {n}. No están en el informe porque la respuesta es No. Elige Cambiar para responder de nuevo.</translation>
    </message>
    <message>
      <source>Answers given: {given}. Not given yet: {missing}.</source>
      <translation>Respuestas dadas: {given}. Sin responder todavía: {missing}.</translation>
    </message>
  </context>
  <context>
    <name>ClaimedLocationQuestion</name>
    <message>
      <source>Where did they say they were?</source>
      <translation>¿Dónde dijeron que estaban?</translation>
    </message>
    <message>
      <source>&amp;Town or country they said they were in</source>
      <translation>&amp;Ciudad o país donde dijeron que estaban</translation>
    </message>
    <message>
      <source>Leave it empty if you do not know. It may not be true: that is fine.</source>
      <translation>Déjalo vacío si no lo sabes. Puede que no sea verdad: no pasa nada.</translation>
    </message>
    <message>
      <source>Where they said they were</source>
      <translation>Dónde dijeron que estaban</translation>
    </message>
  </context>
  <context>
    <name>ContactQuestion</name>
    <message>
      <source>Should the report give their contact details?</source>
      <translation>¿El informe debe incluir los datos de contacto de la persona?</translation>
    </message>
    <message>
      <source>Should the report give your contact details?</source>
      <translation>¿El informe debe incluir tus datos de contacto?</translation>
    </message>
    <message>
      <source>The police can take a report without them, but they may need to reach you. The details go only into the report you make.</source>
      <translation>La policía puede recibir una denuncia sin ellos, pero puede que necesite contactar contigo. Los datos solo van en el informe que tú crees.</translation>
    </message>
    <message>
      <source>The police can take a report without them, but they may need to reach the person. The details go only into the report you make.</source>
      <translation>La policía puede recibir una denuncia sin ellos, pero puede que necesite contactar con la persona. Los datos solo van en el informe que tú crees.</translation>
    </message>
    <message>
      <source>Put the contact details of the person being threatened in the report</source>
      <translation>Incluir en el informe los datos de contacto de la persona amenazada</translation>
    </message>
    <message>
      <source>Put my contact details in the report</source>
      <translation>Incluir mis datos de contacto en el informe</translation>
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
      <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
      <source>Contact details in the report</source>
      <translation>Datos de contacto en el informe</translation>
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
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Correo electrónico</translation>
    </message>
  </context>
  <context>
    <name>ContactsQuestion</name>
    <message>
      <source>Do they know who the person knows?</source>
      <translation>¿Saben a quién conoce la persona?</translation>
    </message>
    <message>
      <source>Do they know who you know?</source>
      <translation>¿Saben a quién conoces?</translation>
    </message>
    <message>
      <source>For example a school, an employer, family or friends they named, or a list of followers.</source>
      <translation>Por ejemplo, un colegio, un trabajo, familiares o amistades que nombraron, o una lista de seguidores.</translation>
    </message>
    <message>
      <source>&amp;Who or what they know</source>
      <translation>&amp;Quién o qué saben</translation>
    </message>
    <message>
      <source>Know who you know</source>
      <translation>Saben a quién conoces</translation>
    </message>
    <message>
      <source>Who or what they know</source>
      <translation>Quién o qué saben</translation>
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
    <name>DemandQuestion</name>
    <message>
      <source>What did they ask for?</source>
      <translation>¿Qué pidieron?</translation>
    </message>
    <message>
      <source>W&amp;hat they asked for</source>
      <translation>&amp;Qué pidieron</translation>
    </message>
    <message>
      <source>For example: money, gift cards, more pictures, or to keep talking.</source>
      <translation>Por ejemplo: dinero, tarjetas regalo, más imágenes o seguir hablando.</translation>
    </message>
    <message>
      <source>What they asked for</source>
      <translation>Qué pidieron</translation>
    </message>
  </context>
  <context>
    <name>DemandedPaymentsQuestion</name>
    <message>
      <source>How much did they ask for, and how?</source>
      <translation>¿Cuánto pidieron y cómo?</translation>
    </message>
    <message>
      <source>Give what you know: the amount, how they wanted it, and where it was to go. Add another for each time they asked.</source>
      <translation>Indica lo que sepas: la cantidad, cómo lo querían y adónde tenía que ir. Añade otra por cada vez que lo pidieron.</translation>
    </message>
    <message>
      <source>Demand {n}</source>
      <translation>Exigencia {n}</translation>
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
    <name>ErrorSummary</name>
    <message>
      <source>There is a problem</source>
      <translation>Hay un problema</translation>
    </message>
    <message>
      <source>What you typed is saved as it is. You can fix it now or later.</source>
      <translation>Lo que escribiste se guarda tal cual. Puedes corregirlo ahora o más tarde.</translation>
    </message>
    <message>
      <source>Go to the problem: {text}</source>
      <translation>Ir al problema: {text}</translation>
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
      <source>Part of the case file is damaged. Keep a copy of the whole case folder. If the case opens, use 'Check this case' in Settings to see what can still be read.</source>
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
      <source>%1 (time zone not recorded)</source>
      <translation>%1 (zona horaria no registrada)</translation>
    </message>
    <message>
      <source>%1, time not known</source>
      <translation>%1, hora desconocida</translation>
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
      <source>Or drag screenshots, a folder or a chat export here.</source>
      <translation>O arrastra aquí capturas de pantalla, una carpeta o una exportación de chat.</translation>
    </message>
    <message>
      <source>Ways to add</source>
      <translation>Formas de añadir</translation>
    </message>
    <message>
      <source>Adding screenshots</source>
      <translation>Añadiendo capturas de pantalla</translation>
    </message>
    <message>
      <source>Stop adding</source>
      <translation>Dejar de añadir</translation>
    </message>
    <message>
      <source>Screenshots already added are kept. Escape stops adding too.</source>
      <translation>Las capturas que ya se añadieron se guardan. Escape también detiene el proceso.</translation>
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
      <source>Chec&amp;k suggested times</source>
      <translation>Revisar las &amp;horas sugeridas</translation>
    </message>
    <message>
      <source>Check the suggested times</source>
      <translation>Revisar las horas sugeridas</translation>
    </message>
    <message>
      <source>Goes through each screenshot with a time suggested from its file. Press Enter to use the time shown, or type the right one.</source>
      <translation>Recorre cada captura de pantalla que tiene una hora sugerida a partir de su archivo. Pulsa Enter para usar la hora que se muestra, o escribe la correcta.</translation>
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
      <source>%1 of them have a time suggested from the file. Check each one: it is only saved when you choose “Use this”.</source>
      <translation>%1 de ellas tienen una hora sugerida a partir del archivo. Revisa cada una: solo se guarda cuando eliges «Usar esta».</translation>
    </message>
    <message>
      <source>Every suggested time has been checked.</source>
      <translation>Ya se han revisado todas las horas sugeridas.</translation>
    </message>
    <message>
      <source>%1 left to check. Enter uses the time shown; or type the right time.</source>
      <translation>Quedan %1 por revisar. Enter usa la hora que se muestra; o escribe la hora correcta.</translation>
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
    <name>ExhibitsQuestion</name>
    <message>
      <source>Initials for the evidence labels</source>
      <translation>Iniciales para las etiquetas de las pruebas</translation>
    </message>
    <message>
      <source>Police label exhibits with the initials of the person who saved them, for example SE/1.</source>
      <translation>La policía etiqueta las pruebas con las iniciales de quien las guardó, por ejemplo SE/1.</translation>
    </message>
    <message>
      <source>&amp;Initials</source>
      <translation>&amp;Iniciales</translation>
    </message>
    <message>
      <source>Filled in from the name given. Change them if they are not right.</source>
      <translation>Se rellenan a partir del nombre indicado. Cámbialas si no son correctas.</translation>
    </message>
    <message>
      <source>Initials for evidence labels</source>
      <translation>Iniciales para las etiquetas de las pruebas</translation>
    </message>
  </context>
  <context>
    <name>FakeQuestion</name>
    <message>
      <source>Could the images be fake or made with AI?</source>
      <translation>¿Podrían las imágenes ser falsas o estar hechas con IA?</translation>
    </message>
    <message>
      <source>Could be fake or AI-made</source>
      <translation>Podrían ser falsas o hechas con IA</translation>
    </message>
  </context>
  <context>
    <name>FirstContactQuestion</name>
    <message>
      <source>How did they first make contact?</source>
      <translation>¿Cómo se pusieron en contacto por primera vez?</translation>
    </message>
    <message>
      <source>How did they first contact you?</source>
      <translation>¿Cómo se pusieron en contacto contigo por primera vez?</translation>
    </message>
    <message>
      <source>&amp;Where and how</source>
      <translation>&amp;Dónde y cómo</translation>
    </message>
    <message>
      <source>For example: a message on Instagram, or a friend request on Snapchat.</source>
      <translation>Por ejemplo: un mensaje en Instagram o una solicitud de amistad en Snapchat.</translation>
    </message>
    <message>
      <source>First contact</source>
      <translation>Primer contacto</translation>
    </message>
    <message>
      <source>W&amp;hen was that?</source>
      <translation>¿&amp;Cuándo fue eso?</translation>
    </message>
    <message>
      <source>How they first made contact</source>
      <translation>Cómo se pusieron en contacto por primera vez</translation>
    </message>
    <message>
      <source>When that was</source>
      <translation>Cuándo fue eso</translation>
    </message>
  </context>
  <context>
    <name>HelpNowView</name>
    <message>
      <source>Help now</source>
      <translation>Ayuda ahora</translation>
    </message>
    <message>
      <source>You can read this now. Nothing is saved and no passphrase is needed.</source>
      <translation>Puedes leer esto ahora. No se guarda nada y no hace falta ninguna frase de contraseña.</translation>
    </message>
    <message>
      <source>Me</source>
      <translation>Yo</translation>
    </message>
    <message>
      <source>Someone in my family, or a friend</source>
      <translation>Alguien de mi familia, o una amistad</translation>
    </message>
    <message>
      <source>A student at my school or college</source>
      <translation>Un/a estudiante de mi centro educativo</translation>
    </message>
    <message>
      <source>Who this help is for</source>
      <translation>Para quién es esta ayuda</translation>
    </message>
    <message>
      <source>This help is &amp;for:</source>
      <translation>Esta ayuda es &amp;para:</translation>
    </message>
    <message>
      <source>&amp;Save evidence...</source>
      <translation>&amp;Guardar pruebas...</translation>
    </message>
    <message>
      <source>Save evidence in a locked case</source>
      <translation>Guardar pruebas en un caso bloqueado</translation>
    </message>
    <message>
      <source>Go ba&amp;ck</source>
      <translation>&amp;Volver</translation>
    </message>
    <message>
      <source>Go back to help for someone under 18</source>
      <translation>Volver a la ayuda para alguien menor de 18 años</translation>
    </message>
    <message>
      <source>Go back to the start</source>
      <translation>Volver al inicio</translation>
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
      <translation>Sobre ti, la persona que ayuda</translation>
    </message>
    <message>
      <source>The report gives your details, so the police know who made it.</source>
      <translation>El informe incluye tus datos, para que la policía sepa quién lo hizo.</translation>
    </message>
    <message>
      <source>&amp;Your name</source>
      <translation>&amp;Tu nombre</translation>
    </message>
    <message>
      <source>Your &amp;role</source>
      <translation>Tu &amp;papel</translation>
    </message>
    <message>
      <source>For example: mother, friend, school counsellor.</source>
      <translation>Por ejemplo: madre, amigo/a, orientador/a escolar.</translation>
    </message>
    <message>
      <source>How the police can reach y&amp;ou (phone or email)</source>
      <translation>Cómo puede contactarte la &amp;policía (teléfono o correo electrónico)</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Tu nombre</translation>
    </message>
    <message>
      <source>Your role</source>
      <translation>Tu papel</translation>
    </message>
    <message>
      <source>How to reach you</source>
      <translation>Cómo contactarte</translation>
    </message>
  </context>
  <context>
    <name>ImagesQuestion</name>
    <message>
      <source>About the images</source>
      <translation>Sobre las imágenes</translation>
    </message>
    <message>
      <source>These questions are about the images, so the police know what to look for. Do not add the images themselves.</source>
      <translation>Estas preguntas son sobre las imágenes, para que la policía sepa qué buscar. No añadas las imágenes en sí.</translation>
    </message>
    <message>
      <source>Did the person you are helping send them any images?</source>
      <translation>¿La persona a la que ayudas les envió alguna imagen?</translation>
    </message>
    <message>
      <source>Could someone recognise the person in the images?</source>
      <translation>¿Alguien podría reconocer a la persona en las imágenes?</translation>
    </message>
    <message>
      <source>Did you send them any images?</source>
      <translation>¿Les enviaste alguna imagen?</translation>
    </message>
    <message>
      <source>Could someone recognise you in the images?</source>
      <translation>¿Alguien podría reconocerte en las imágenes?</translation>
    </message>
    <message>
      <source>Images were sent</source>
      <translation>Se enviaron imágenes</translation>
    </message>
    <message>
      <source>Could be recognised</source>
      <translation>Podría reconocerse a la persona</translation>
    </message>
  </context>
  <context>
    <name>Interview</name>
    <message>
      <source>Amount: type a number, like 250 or 49.99</source>
      <translation>Cantidad: escribe un número, como 250 o 49.99</translation>
    </message>
    <message>
      <source>Sort code: type the 6 numbers, like 12-34-56</source>
      <translation>Sort code: escribe los 6 números, como 12-34-56</translation>
    </message>
    <message>
      <source>Account number: type only the numbers, usually 8 of them</source>
      <translation>Número de cuenta: escribe solo los números, normalmente son 8</translation>
    </message>
    <message>
      <source>Email: check it looks like name@example.com</source>
      <translation>Correo electrónico: comprueba que tenga la forma name@example.com</translation>
    </message>
    <message>
      <source>Police: online report receipt</source>
      <translation>Policía: justificante de la denuncia en línea</translation>
    </message>
    <message>
      <source>Police: crime reference number</source>
      <translation>Policía: número de referencia del delito (crime reference number)</translation>
    </message>
    <message>
      <source>CEOP report</source>
      <translation>Denuncia a CEOP</translation>
    </message>
    <message>
      <source>Report Remove (Childline and IWF)</source>
      <translation>Report Remove (Childline e IWF)</translation>
    </message>
    <message>
      <source>Take It Down</source>
      <translation>Take It Down</translation>
    </message>
    <message>
      <source>StopNCII case</source>
      <translation>Caso de StopNCII</translation>
    </message>
    <message>
      <source>A report to the app or website</source>
      <translation>Una denuncia a la app o al sitio web</translation>
    </message>
    <message>
      <source>Bank or payment provider</source>
      <translation>Banco o proveedor de pagos</translation>
    </message>
    <message>
      <source>Report Fraud</source>
      <translation>Report Fraud</translation>
    </message>
    <message>
      <source>Something else</source>
      <translation>Otra cosa</translation>
    </message>
    <message>
      <source>Where you reported it</source>
      <translation>Dónde lo denunciaste</translation>
    </message>
    <message>
      <source>Reference or case number</source>
      <translation>Número de referencia o de caso</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <source>StopNCII cannot give the PIN again: this case is a safe place for it.</source>
      <translation>StopNCII no puede volver a darte el PIN: este caso es un lugar seguro para guardarlo.</translation>
    </message>
    <message>
      <source>Which app, website, bank or organisation</source>
      <translation>Qué app, sitio web, banco u organización</translation>
    </message>
    <message>
      <source>When you reported it</source>
      <translation>Cuándo lo denunciaste</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>PIN {pin}</source>
      <translation>PIN {pin}</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Qué pasó</translation>
    </message>
    <message>
      <source>App or website</source>
      <translation>App o sitio web</translation>
    </message>
    <message>
      <source>Choose how</source>
      <translation>Elige cómo</translation>
    </message>
    <message>
      <source>Bank transfer</source>
      <translation>Transferencia bancaria</translation>
    </message>
    <message>
      <source>Gift card</source>
      <translation>Tarjeta regalo</translation>
    </message>
    <message>
      <source>Cryptocurrency (for example Bitcoin)</source>
      <translation>Criptomoneda (por ejemplo Bitcoin)</translation>
    </message>
    <message>
      <source>PayPal</source>
      <translation>PayPal</translation>
    </message>
    <message>
      <source>A money app (for example Cash App or Revolut)</source>
      <translation>Una app de dinero (por ejemplo Cash App o Revolut)</translation>
    </message>
    <message>
      <source>Another way</source>
      <translation>Otra forma</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Cantidad</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>Moneda</translation>
    </message>
    <message>
      <source>For example GBP, EUR or USD.</source>
      <translation>Por ejemplo GBP, EUR o USD.</translation>
    </message>
    <message>
      <source>When they asked</source>
      <translation>Cuándo lo pidieron</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Cómo</translation>
    </message>
    <message>
      <source>How they wanted it</source>
      <translation>Cómo lo querían</translation>
    </message>
    <message>
      <source>Name of the person or account it went to</source>
      <translation>Nombre de la persona o cuenta a la que fue</translation>
    </message>
    <message>
      <source>Name of the person or account it was to go to</source>
      <translation>Nombre de la persona o cuenta a la que tenía que ir</translation>
    </message>
    <message>
      <source>Who the money went to</source>
      <translation>A quién fue el dinero</translation>
    </message>
    <message>
      <source>Who it was to go to</source>
      <translation>A quién tenía que ir</translation>
    </message>
    <message>
      <source>Sort code</source>
      <translation>Sort code (código de sucursal)</translation>
    </message>
    <message>
      <source>Bank account</source>
      <translation>Cuenta bancaria</translation>
    </message>
    <message>
      <source>Account number</source>
      <translation>Número de cuenta</translation>
    </message>
    <message>
      <source>IBAN (a bank outside the UK)</source>
      <translation>IBAN (un banco fuera del Reino Unido)</translation>
    </message>
    <message>
      <source>Wallet address</source>
      <translation>Dirección del monedero (wallet)</translation>
    </message>
    <message>
      <source>Cryptocurrency</source>
      <translation>Criptomoneda</translation>
    </message>
    <message>
      <source>Which coin or network</source>
      <translation>Qué moneda o red</translation>
    </message>
    <message>
      <source>For example Bitcoin, Ethereum, or USDT on Tron.</source>
      <translation>Por ejemplo Bitcoin, Ethereum o USDT en Tron.</translation>
    </message>
    <message>
      <source>Gift card brand</source>
      <translation>Marca de la tarjeta regalo</translation>
    </message>
    <message>
      <source>Gift card code</source>
      <translation>Código de la tarjeta regalo</translation>
    </message>
    <message>
      <source>PayPal or app account name, email or phone</source>
      <translation>Nombre de cuenta, correo electrónico o teléfono de PayPal o de la app</translation>
    </message>
    <message>
      <source>PayPal or money app</source>
      <translation>PayPal o app de dinero</translation>
    </message>
    <message>
      <source>Transaction reference</source>
      <translation>Referencia de la transacción</translation>
    </message>
    <message>
      <source>From the bank statement, receipt or app.</source>
      <translation>Del extracto bancario, el recibo o la app.</translation>
    </message>
    <message>
      <source>The payment</source>
      <translation>El pago</translation>
    </message>
    <message>
      <source>Have you told your bank or payment provider?</source>
      <translation>¿Has avisado a tu banco o a tu proveedor de pagos?</translation>
    </message>
    <message>
      <source>The reference they gave you</source>
      <translation>La referencia que te dieron</translation>
    </message>
    <message>
      <source>Was the payment stopped, or the money returned?</source>
      <translation>¿Se detuvo el pago o se devolvió el dinero?</translation>
    </message>
    <message>
      <source>Anything else about where the money was to go</source>
      <translation>Algo más sobre adónde tenía que ir el dinero</translation>
    </message>
    <message>
      <source>Anything else</source>
      <translation>Algo más</translation>
    </message>
    <message>
      <source>Choose the app or website</source>
      <translation>Elige la app o el sitio web</translation>
    </message>
    <message>
      <source>Another app or website</source>
      <translation>Otra app u otro sitio web</translation>
    </message>
    <message>
      <source>Username or handle</source>
      <translation>Nombre de usuario o alias</translation>
    </message>
    <message>
      <source>For example @name.123</source>
      <translation>Por ejemplo @nombre.123</translation>
    </message>
    <message>
      <source>Name shown on the profile</source>
      <translation>Nombre que aparece en el perfil</translation>
    </message>
    <message>
      <source>Link to the profile</source>
      <translation>Enlace al perfil</translation>
    </message>
    <message>
      <source>Copy it from the address bar or the Share menu, if you can.</source>
      <translation>Cópialo de la barra de direcciones o del menú Compartir, si puedes.</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>Número de ID</translation>
    </message>
    <message>
      <source>Some apps show a number that never changes (Discord, Facebook).</source>
      <translation>Algunas apps muestran un número que nunca cambia (Discord, Facebook).</translation>
    </message>
    <message>
      <source>Phone number</source>
      <translation>Número de teléfono</translation>
    </message>
    <message>
      <source>With the country code, like +44.</source>
      <translation>Con el prefijo del país, como +44.</translation>
    </message>
    <message>
      <source>Email address</source>
      <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
      <source>When you saw this account</source>
      <translation>Cuándo viste esta cuenta</translation>
    </message>
    <message>
      <source>{what}: the date could not be read. Type it like 25/10/2025.</source>
      <translation>{what}: no se pudo leer la fecha. Escríbela así: 25/10/2025.</translation>
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
  </context>
  <context>
    <name>InterviewPage</name>
    <message>
      <source>question {n} of {total}</source>
      <translation>pregunta {n} de {total}</translation>
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
      <source>The chosen screenshot</source>
      <translation>La captura elegida</translation>
    </message>
    <message>
      <source>Large &amp;view…</source>
      <translation>&amp;Vista grande…</translation>
    </message>
    <message>
      <source>Open the large view</source>
      <translation>Abrir la vista grande</translation>
    </message>
    <message>
      <source>Cove&amp;r private parts…</source>
      <translation>&amp;Tapar partes privadas…</translation>
    </message>
    <message>
      <source>Re&amp;move from case…</source>
      <translation>&amp;Quitar del caso…</translation>
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
      <source>When it happened</source>
      <translation>Cuándo pasó</translation>
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
      <source>Cover private parts of this screenshot</source>
      <translation>Tapar partes privadas de esta captura</translation>
    </message>
    <message>
      <source>Draw black boxes over names or images. The original is kept unchanged.</source>
      <translation>Dibuja recuadros negros sobre nombres o imágenes. El original se guarda sin cambios.</translation>
    </message>
    <message>
      <source>Remove this screenshot from the case</source>
      <translation>Quitar esta captura del caso</translation>
    </message>
    <message>
      <source>Use this</source>
      <translation>Usar esta</translation>
    </message>
    <message>
      <source>App or website: use the suggested app</source>
      <translation>App o sitio web: usar la app sugerida</translation>
    </message>
    <message>
      <source>Saving</source>
      <translation>Guardando</translation>
    </message>
    <message>
      <source>App or w&amp;ebsite:</source>
      <translation>App o sitio &amp;web:</translation>
    </message>
    <message>
      <source>SHA-256:</source>
      <translation>SHA-256:</translation>
    </message>
    <message>
      <source>SHA-256 of the covered copy:</source>
      <translation>SHA-256 de la copia tapada:</translation>
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
      <source>%1 x %2 pixels, %3 KB, %4</source>
      <translation>%1 x %2 píxeles, %3 KB, %4</translation>
    </message>
    <message>
      <source>nothing covered</source>
      <translation>nada tapado</translation>
    </message>
    <message>
      <source>the file name</source>
      <translation>el nombre del archivo</translation>
    </message>
    <message>
      <source>the file's date</source>
      <translation>la fecha del archivo</translation>
    </message>
    <message>
      <source>Suggested from the file name: %1</source>
      <translation>Sugerencia según el nombre del archivo: %1</translation>
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
    <name>KeyActions</name>
    <message>
      <source>Make a new recovery code?</source>
      <translation>¿Crear un código de recuperación nuevo?</translation>
    </message>
    <message>
      <source>Your old recovery code will stop opening this case, and you will get a new one to write down. Your passphrase stays the same.

This does not change the key that encrypts the case. If someone may already have opened the case with the old code, re-key the case instead.</source>
      <translation>Tu código de recuperación antiguo dejará de abrir este caso y recibirás uno nuevo para apuntarlo. Tu frase de contraseña sigue siendo la misma.

Esto no cambia la clave que cifra el caso. Si alguien pudo haber abierto ya el caso con el código antiguo, mejor cambia la clave del caso.</translation>
    </message>
    <message>
      <source>&amp;Make a new code</source>
      <translation>&amp;Crear un código nuevo</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Cancelar</translation>
    </message>
    <message>
      <source>The recovery code was not changed</source>
      <translation>No se cambió el código de recuperación</translation>
    </message>
    <message>
      <source>The case was not re-keyed</source>
      <translation>No se cambió la clave del caso</translation>
    </message>
    <message>
      <source>Your case is safe and opens as before.</source>
      <translation>Tu caso está a salvo y se abre como antes.</translation>
    </message>
    <message>
      <source>The case has a new key</source>
      <translation>El caso tiene una clave nueva</translation>
    </message>
    <message>
      <source>The case is now encrypted with a new key. Use your new passphrase from now on. Old copies of the key, the old passphrase and the old recovery code no longer open it. Next, write down your new recovery code.</source>
      <translation>Ahora el caso está cifrado con una clave nueva. A partir de ahora, usa tu nueva frase de contraseña. Las copias antiguas de la clave, la frase de contraseña antigua y el código de recuperación antiguo ya no lo abren. Ahora apunta tu nuevo código de recuperación.</translation>
    </message>
    <message>
      <source>The last changes made before the app stopped could not all be read back: part of the case's log is damaged. What could be read is open now. Check the evidence list. A copy of the damaged part was kept in the case folder.</source>
      <translation>No se pudieron recuperar todos los últimos cambios hechos antes de que la app se detuviera: una parte del registro del caso está dañada. Lo que se pudo leer ya está abierto. Revisa la lista de pruebas. Se guardó una copia de la parte dañada en la carpeta del caso.</translation>
    </message>
    <message>
      <source>The case's key file was damaged. Your passphrase still opened the case, and the key file has been repaired. Nothing in the case was lost.</source>
      <translation>El archivo de clave del caso estaba dañado. Tu frase de contraseña abrió el caso igualmente, y el archivo de clave se ha reparado. No se perdió nada del caso.</translation>
    </message>
    <message>
      <source>The case's key file is damaged; its backup copy opened the case. The key file has been repaired from the backup. Nothing in the case was lost.</source>
      <translation>El archivo de clave del caso está dañado; su copia de seguridad abrió el caso. El archivo de clave se ha reparado a partir de la copia de seguridad. No se perdió nada del caso.</translation>
    </message>
    <message>
      <source>The case's key file was missing; its backup copy opened the case, and the key file has been put back.</source>
      <translation>Faltaba el archivo de clave del caso; su copia de seguridad abrió el caso, y el archivo de clave se ha restaurado.</translation>
    </message>
    <message>
      <source>A change of the case's key was interrupted and has now been finished. Your passphrase works. The new recovery code may never have been shown, and the old one no longer opens this case: make a new recovery code now in Settings.</source>
      <translation>Un cambio de la clave del caso se interrumpió y ya se ha terminado. Tu frase de contraseña funciona. Puede que el nuevo código de recuperación no se llegara a mostrar, y el antiguo ya no abre este caso: crea ahora un código de recuperación nuevo en Ajustes.</translation>
    </message>
    <message>
      <source>This case's database is older than the last one this app saved, or its record of changes was altered. Evidence added later may be missing. Keep the case folder as it is, look for a newer copy, and use 'Check this case' in Settings.</source>
      <translation>La base de datos de este caso es más antigua que la última que guardó esta app, o su registro de cambios se alteró. Puede que falten pruebas añadidas más tarde. Deja la carpeta del caso tal como está, busca una copia más reciente y usa «Comprobar este caso» en la Configuración.</translation>
    </message>
    <message>
      <source>Something was found while opening the case</source>
      <translation>Se encontró algo al abrir el caso</translation>
    </message>
  </context>
  <context>
    <name>KnowsAccountQuestion</name>
    <message>
      <source>Do you know their username or account?</source>
      <translation>¿Conoces su nombre de usuario o su cuenta?</translation>
    </message>
    <message>
      <source>A username, a profile link, a phone number or an email they used. Usernames can change, so any of these helps.</source>
      <translation>Un nombre de usuario, un enlace de perfil, un número de teléfono o un correo electrónico que usaron. Los nombres de usuario pueden cambiar, así que cualquiera de estos datos ayuda.</translation>
    </message>
    <message>
      <source>Know their username or account</source>
      <translation>Se conoce su nombre de usuario o cuenta</translation>
    </message>
  </context>
  <context>
    <name>LinesModel</name>
    <message>
      <source>Line</source>
      <translation>Línea</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <source>Sender</source>
      <translation>Remitente</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Mensaje</translation>
    </message>
    <message>
      <source>time not readable</source>
      <translation>hora ilegible</translation>
    </message>
    <message>
      <source>app notice</source>
      <translation>aviso de la app</translation>
    </message>
    <message>
      <source>[attached: %1]</source>
      <translation>[adjunto: %1]</translation>
    </message>
    <message>
      <source>KEY: %1</source>
      <translation>CLAVE: %1</translation>
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
      <source>Opening the case</source>
      <translation>Abriendo el caso</translation>
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
      <source>Case: {name}</source>
      <translation>Caso: {name}</translation>
    </message>
  </context>
  <context>
    <name>MoneyDemandedQuestion</name>
    <message>
      <source>Did they ask the person you are helping for money?</source>
      <translation>¿Le pidieron dinero a la persona a la que ayudas?</translation>
    </message>
    <message>
      <source>Did they ask you for money?</source>
      <translation>¿Te pidieron dinero?</translation>
    </message>
    <message>
      <source>Asked for money</source>
      <translation>Pidieron dinero</translation>
    </message>
  </context>
  <context>
    <name>MoneyPaidQuestion</name>
    <message>
      <source>Did the person you are helping pay anything?</source>
      <translation>¿La persona a la que ayudas pagó algo?</translation>
    </message>
    <message>
      <source>Did you pay anything?</source>
      <translation>¿Pagaste algo?</translation>
    </message>
    <message>
      <source>Paid anything</source>
      <translation>Se pagó algo</translation>
    </message>
  </context>
  <context>
    <name>NewCaseScreen</name>
    <message>
      <source>A new case</source>
      <translation>Un caso nuevo</translation>
    </message>
    <message>
      <source>Your screenshots and answers are kept locked with a passphrase, so only you can open them.</source>
      <translation>Tus capturas de pantalla y respuestas se guardan bloqueadas con una frase de contraseña, para que solo tú puedas abrirlas.</translation>
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
      <source>Folder name</source>
      <translation>Nombre de la carpeta</translation>
    </message>
    <message>
      <source>The folder name can be seen outside the case. Use initials or a word that means nothing to others, never a full name.</source>
      <translation>El nombre de la carpeta se puede ver desde fuera del caso. Usa iniciales o una palabra que no signifique nada para los demás, nunca un nombre completo.</translation>
    </message>
    <message>
      <source>&amp;Folder name</source>
      <translation>&amp;Nombre de la carpeta</translation>
    </message>
    <message>
      <source>The folder name can be seen outside the case, by anyone who uses this computer. Use initials or a word that means nothing to others, never a full name. The name of the case above stays locked inside it.</source>
      <translation>El nombre de la carpeta lo puede ver, desde fuera del caso, cualquiera que use este equipo. Usa iniciales o una palabra que no signifique nada para los demás, nunca un nombre completo. El nombre del caso de arriba queda bloqueado dentro de él.</translation>
    </message>
    <message>
      <source>Where to keep the case</source>
      <translation>Dónde guardar el caso</translation>
    </message>
    <message>
      <source>In the app's own folder on this computer</source>
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
      <source>Say if the person being threatened is under 18. If you do not know, choose Not sure.</source>
      <translation>Indica si la persona amenazada es menor de 18 años. Si no lo sabes, elige No lo sé.</translation>
    </message>
    <message>
      <source>Choose a folder first, or keep the case in the app's own folder.</source>
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
      <source>Choose another folder name: use letters, numbers, spaces, dashes or underscores, at most 60 characters. For example: case-AB.</source>
      <translation>Elige otro nombre de carpeta: usa letras, números, espacios, guiones o guiones bajos, 60 caracteres como máximo. Por ejemplo: caso-AB.</translation>
    </message>
    <message>
      <source>My case</source>
      <translation>Mi caso</translation>
    </message>
    <message>
      <source>That passphrase would be easy to guess. Please choose another one. Several ordinary words together, such as four words you will remember, make a strong passphrase.</source>
      <translation>Esa frase de contraseña sería fácil de adivinar. Elige otra. Varias palabras corrientes juntas, como cuatro palabras que vayas a recordar, forman una frase de contraseña segura.</translation>
    </message>
  </context>
  <context>
    <name>NewCodeDialog</name>
    <message>
      <source>Your new recovery code</source>
      <translation>Tu nuevo código de recuperación</translation>
    </message>
    <message>
      <source>&amp;Done</source>
      <translation>&amp;Hecho</translation>
    </message>
    <message>
      <source>Done: the code is written down</source>
      <translation>Hecho: he apuntado el código</translation>
    </message>
    <message>
      <source>The old recovery code no longer opens the case.</source>
      <translation>El código de recuperación antiguo ya no abre el caso.</translation>
    </message>
    <message>
      <source>Close without writing it down?</source>
      <translation>¿Cerrar sin apuntarlo?</translation>
    </message>
    <message>
      <source>This code is shown only now. Without it, only your passphrase opens the case.</source>
      <translation>Este código solo se muestra ahora. Sin él, solo tu frase de contraseña abre el caso.</translation>
    </message>
    <message>
      <source>&amp;Close anyway</source>
      <translation>&amp;Cerrar de todos modos</translation>
    </message>
    <message>
      <source>&amp;Go back</source>
      <translation>&amp;Volver</translation>
    </message>
  </context>
  <context>
    <name>PaidPaymentsQuestion</name>
    <message>
      <source>What was paid?</source>
      <translation>¿Qué se pagó?</translation>
    </message>
    <message>
      <source>Add each payment: the amount, how it was paid and who it went to. The bank's details help the police and the bank trace the money.</source>
      <translation>Añade cada pago: la cantidad, cómo se pagó y a quién fue. Los datos bancarios ayudan a la policía y al banco a rastrear el dinero.</translation>
    </message>
    <message>
      <source>Payment {n}</source>
      <translation>Pago {n}</translation>
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
    <name>PaymentsQuestion</name>
    <message>
      <source>&amp;Add another payment</source>
      <translation>&amp;Añadir otro pago</translation>
    </message>
    <message>
      <source>&amp;Add another demand</source>
      <translation>&amp;Añadir otra exigencia</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
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
      <source>Checks the encryption, every screenshot's fingerprint and the record of changes.</source>
      <translation>Comprueba el cifrado, la huella de cada captura de pantalla y el registro de cambios.</translation>
    </message>
    <message>
      <source>Make a new &amp;recovery code...</source>
      <translation>Crear un &amp;código de recuperación nuevo...</translation>
    </message>
    <message>
      <source>Make a new recovery code</source>
      <translation>Crear un código de recuperación nuevo</translation>
    </message>
    <message>
      <source>The old recovery code stops opening the case. Your passphrase stays.</source>
      <translation>El código de recuperación antiguo deja de abrir el caso. Tu frase de contraseña no cambia.</translation>
    </message>
    <message>
      <source>Re-&amp;key this case...</source>
      <translation>Cambiar la &amp;clave de este caso...</translation>
    </message>
    <message>
      <source>Re-key this case</source>
      <translation>Cambiar la clave de este caso</translation>
    </message>
    <message>
      <source>Encrypts the case with a new key, a new passphrase and a new recovery code.</source>
      <translation>Cifra el caso con una clave nueva, una frase de contraseña nueva y un código de recuperación nuevo.</translation>
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
      <source>Changing your passphrase does not change the key that encrypts the case: an old copy of the case folder still opens with the old passphrase, and anyone who already opened the case could have kept its key. If you think someone saw your passphrase or recovery code, or used this computer, re-key the case.</source>
      <translation>Cambiar tu frase de contraseña no cambia la clave que cifra el caso: una copia antigua de la carpeta del caso se sigue abriendo con la frase de contraseña antigua, y cualquiera que ya haya abierto el caso podría haberse quedado con su clave. Si crees que alguien vio tu frase de contraseña o tu código de recuperación, o usó este equipo, cambia la clave del caso.</translation>
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
    <message numerus="yes">
      <source> minute(s)</source>
      <translation>
        <numerusform> minuto</numerusform>
        <numerusform> minutos</numerusform>
      </translation>
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
    <name>RecordCard</name>
    <message>
      <source>{what}: the date could not be read. Type it like 25/10/2025.</source>
      <translation>{what}: no se pudo leer la fecha. Escríbela así: 25/10/2025.</translation>
    </message>
  </context>
  <context>
    <name>RecordList</name>
    <message>
      <source>Remove this one?</source>
      <translation>¿Quitar esta entrada?</translation>
    </message>
    <message>
      <source>{title} and everything typed in it will be removed from the case.</source>
      <translation>Se quitará del caso {title}, con todo lo que se escribió dentro.</translation>
    </message>
    <message>
      <source>Remove it</source>
      <translation>Quitarla</translation>
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
      <source>Draw black boxes over anything that should not be seen, such as an intimate image or a friend's name. Drag with the mouse, or press Tab to reach the picture and use the arrow keys (Shift to change the size) and Enter. The original stays in the case unchanged; the report uses the covered copy.</source>
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
    <name>ReferencesQuestion</name>
    <message>
      <source>Have you already reported it anywhere?</source>
      <translation>¿Ya lo has denunciado en algún sitio?</translation>
    </message>
    <message>
      <source>Add each report you have made, with its number: the police, CEOP, Report Remove, Take It Down, StopNCII, the app, the bank or Report Fraud. If none yet, leave it empty: that is fine.</source>
      <translation>Añade cada denuncia que hayas hecho, con su número: la policía, CEOP, Report Remove, Take It Down, StopNCII, la app, el banco o Report Fraud. Si todavía no has hecho ninguna, déjalo vacío: no pasa nada.</translation>
    </message>
    <message>
      <source>Reference {n}</source>
      <translation>Referencia {n}</translation>
    </message>
    <message>
      <source>&amp;Add another reference</source>
      <translation>&amp;Añadir otra referencia</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <source>Reference numbers</source>
      <translation>Números de referencia</translation>
    </message>
  </context>
  <context>
    <name>RekeyDialog</name>
    <message>
      <source>Re-key this case</source>
      <translation>Cambiar la clave de este caso</translation>
    </message>
    <message>
      <source>Give the case a new key</source>
      <translation>Dar al caso una clave nueva</translation>
    </message>
    <message>
      <source>Do this if you think someone else may have seen your passphrase or recovery code, or used this computer. The case is encrypted again with a new key. Old copies of the key, the old passphrase and the old recovery code stop opening it. You get a new recovery code at the end.</source>
      <translation>Hazlo si crees que otra persona pudo haber visto tu frase de contraseña o tu código de recuperación, o haber usado este equipo. El caso se vuelve a cifrar con una clave nueva. Las copias antiguas de la clave, la frase de contraseña antigua y el código de recuperación antiguo dejan de abrirlo. Al final recibirás un código de recuperación nuevo.</translation>
    </message>
    <message>
      <source>Choose the passphrase to use from now on. Several ordinary words together make a strong one. Keep the app open until it says it is done.</source>
      <translation>Elige la frase de contraseña que usarás a partir de ahora. Varias palabras corrientes juntas forman una frase segura. Deja la app abierta hasta que diga que ha terminado.</translation>
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
      <source>&amp;New passphrase:</source>
      <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
      <source>Type it &amp;again:</source>
      <translation>&amp;Repítela:</translation>
    </message>
    <message>
      <source>&amp;Re-key the case</source>
      <translation>&amp;Cambiar la clave del caso</translation>
    </message>
    <message>
      <source>Re-key the case with the new passphrase</source>
      <translation>Cambiar la clave del caso con la nueva frase de contraseña</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Cancelar</translation>
    </message>
    <message>
      <source>Cancel and keep the case as it is</source>
      <translation>Cancelar y dejar el caso como está</translation>
    </message>
    <message>
      <source>The two passphrases are not the same. Please type them again.</source>
      <translation>Las dos frases de contraseña no coinciden. Escríbelas otra vez.</translation>
    </message>
    <message>
      <source>Please choose a passphrase of at least 8 characters. A few ordinary words with spaces between them are easy to remember and hard to guess.</source>
      <translation>Elige una frase de contraseña de al menos 8 caracteres. Unas pocas palabras corrientes con espacios entre ellas son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
      <source>That passphrase would be easy to guess. Please choose another one. Several ordinary words together make a strong passphrase.</source>
      <translation>Esa frase de contraseña sería fácil de adivinar. Elige otra. Varias palabras corrientes juntas forman una frase de contraseña segura.</translation>
    </message>
  </context>
  <context>
    <name>ReminderPanel</name>
    <message>
      <source>Before you add screenshots</source>
      <translation>Antes de añadir capturas de pantalla</translation>
    </message>
    <message>
      <source>What to capture</source>
      <translation>Qué capturar</translation>
    </message>
    <message>
      <source>Shows or hides the list of what to capture and where to get images removed.</source>
      <translation>Muestra u oculta la lista de qué capturar y dónde pedir que se retiren las imágenes.</translation>
    </message>
    <message>
      <source>Hide what to capt&amp;ure</source>
      <translation>Ocultar qué ca&amp;pturar</translation>
    </message>
    <message>
      <source>What to capt&amp;ure…</source>
      <translation>Qué ca&amp;pturar…</translation>
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
      <source>Open the &amp;folder it was saved in</source>
      <translation>Abrir la &amp;carpeta donde se guardó</translation>
    </message>
    <message>
      <source>Open the folder of the saved file</source>
      <translation>Abrir la carpeta del archivo guardado</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Vista previa</translation>
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
      <source>Text to paste into the reporting form</source>
      <translation>Texto para pegar en el formulario de denuncia</translation>
    </message>
    <message>
      <source>Which form are you filling in?</source>
      <translation>¿Qué formulario estás rellenando?</translation>
    </message>
    <message>
      <source>Police online form: one box for what happened</source>
      <translation>Formulario en línea de la policía: un solo cuadro para lo que pasó</translation>
    </message>
    <message>
      <source>Police online form: field by field</source>
      <translation>Formulario en línea de la policía: campo por campo</translation>
    </message>
    <message>
      <source>Report Fraud: field by field</source>
      <translation>Report Fraud: campo por campo</translation>
    </message>
    <message>
      <source>CEOP: field by field</source>
      <translation>CEOP: campo por campo</translation>
    </message>
    <message>
      <source>Which form are you filling &amp;in?</source>
      <translation>¿&amp;Qué formulario estás rellenando?</translation>
    </message>
    <message>
      <source>Cop&amp;y the summary</source>
      <translation>C&amp;opiar el resumen</translation>
    </message>
    <message>
      <source>Make the report again to include your changes.</source>
      <translation>Vuelve a hacer el informe para incluir tus cambios.</translation>
    </message>
    <message>
      <source>For forms with &amp;upload limits</source>
      <translation>Para formularios con &amp;límites de subida</translation>
    </message>
    <message>
      <source>Screenshots and chat transcripts in the report: press Space to include or leave out</source>
      <translation>Capturas de pantalla y transcripciones de chats en el informe: pulsa Space para incluir o dejar fuera</translation>
    </message>
    <message>
      <source>Screens&amp;hots and chats in the report (all, unless you leave some out)</source>
      <translation>Capturas y chats en el &amp;informe (todos, salvo los que dejes fuera)</translation>
    </message>
    <message numerus="yes">
      <source>{exhibit} - chat transcript, %n message(s)</source>
      <translation>
        <numerusform>{exhibit} - transcripción de chat, %n mensaje</numerusform>
        <numerusform>{exhibit} - transcripción de chat, %n mensajes</numerusform>
      </translation>
    </message>
    <message>
      <source>Password for the bun&amp;dle (optional)</source>
      <translation>Contraseña del &amp;paquete (opcional)</translation>
    </message>
    <message>
      <source>Split the report into several files</source>
      <translation>Dividir el informe en varios archivos</translation>
    </message>
    <message>
      <source>One PDF file</source>
      <translation>Un solo archivo PDF</translation>
    </message>
    <message>
      <source>One PDF per 100 screenshots</source>
      <translation>Un PDF por cada 100 capturas de pantalla</translation>
    </message>
    <message>
      <source>PDF files of at most 10 MB each (for upload limits)</source>
      <translation>Archivos PDF de 10 MB como máximo cada uno (por los límites de subida)</translation>
    </message>
    <message>
      <source>Save the original files for the police</source>
      <translation>Guardar los archivos originales para la policía</translation>
    </message>
    <message>
      <source>The evidence bundle is one ZIP file with the original screenshots, the covered copies, this report, and a list of fingerprints (SHA-256) so the police can check that nothing was changed.</source>
      <translation>El paquete de pruebas es un archivo ZIP con las capturas de pantalla originales, las copias tapadas, este informe y una lista de huellas (SHA-256) para que la policía pueda comprobar que no se cambió nada.</translation>
    </message>
    <message>
      <source>Password for the bundle (optional)</source>
      <translation>Contraseña del paquete (opcional)</translation>
    </message>
    <message>
      <source>If you set a password, tell it to the police separately, for example by phone. Never send it in the same email or form as the bundle. A bundle with a password opens with 7-Zip or a similar program.</source>
      <translation>Si pones una contraseña, dísela a la policía por separado, por ejemplo por teléfono. Nunca la envíes en el mismo correo ni en el mismo formulario que el paquete. Un paquete con contraseña se abre con 7-Zip o un programa parecido.</translation>
    </message>
    <message>
      <source>Save the &amp;original files for the police...</source>
      <translation>Guardar los archivos &amp;originales para la policía...</translation>
    </message>
    <message>
      <source>Save the evidence bundle with the original files</source>
      <translation>Guardar el paquete de pruebas con los archivos originales</translation>
    </message>
    <message>
      <source>Evidence bundle status</source>
      <translation>Estado del paquete de pruebas</translation>
    </message>
    <message>
      <source>evidence-for-the-police.zip</source>
      <translation>pruebas-para-la-policia.zip</translation>
    </message>
    <message>
      <source>Save the evidence bundle</source>
      <translation>Guardar el paquete de pruebas</translation>
    </message>
    <message>
      <source>ZIP files (*.zip)</source>
      <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
      <source>Saving the evidence bundle. This can take a little while for a big case...</source>
      <translation>Guardando el paquete de pruebas. En un caso grande puede tardar un poco...</translation>
    </message>
    <message>
      <source>Saved: {file}. Its SHA-256 fingerprint is {sha}. Quote it in the online form; it is also in the text to paste above.</source>
      <translation>Guardado: {file}. Su huella SHA-256 es {sha}. Indícala en el formulario en línea; también está en el texto para pegar de arriba.</translation>
    </message>
    <message>
      <source>Remember to tell the police the password separately.</source>
      <translation>Recuerda decirle la contraseña a la policía por separado.</translation>
    </message>
    <message>
      <source>The evidence bundle could not be saved: {reason} Nothing was left half-written. Your case is safe. Try again, or choose another place.</source>
      <translation>No se pudo guardar el paquete de pruebas: {reason} No quedó nada a medio escribir. Tu caso está a salvo. Vuelve a intentarlo o elige otro lugar.</translation>
    </message>
    <message>
      <source>This saved copy is not locked and is not removed by quick exit. Keep it somewhere safe, and delete it when you no longer need it.</source>
      <translation>Esta copia guardada no está bloqueada y la salida rápida no la borra. Guárdala en un lugar seguro y elimínala cuando ya no la necesites.</translation>
    </message>
    <message>
      <source>The folder could not be opened</source>
      <translation>No se pudo abrir la carpeta</translation>
    </message>
    <message>
      <source>Open this folder yourself: {folder}</source>
      <translation>Abre tú esta carpeta: {folder}</translation>
    </message>
    <message>
      <source>Short summary of the case</source>
      <translation>Resumen breve del caso</translation>
    </message>
    <message numerus="yes">
      <source>The report is ready: %n page(s). Check it below, then save it.</source>
      <translation>
        <numerusform>El informe está listo: %n página. Revísalo abajo y luego guárdalo.</numerusform>
        <numerusform>El informe está listo: %n páginas. Revísalo abajo y luego guárdalo.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Only the first {shown} pages are shown here; the saved report has all %n pages.</source>
      <translation>
        <numerusform>Aquí solo se muestran las primeras {shown} páginas; el informe guardado tiene las %n páginas.</numerusform>
        <numerusform>Aquí solo se muestran las primeras {shown} páginas; el informe guardado tiene las %n páginas.</numerusform>
      </translation>
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
  </context>
  <context>
    <name>RiskQuestion</name>
    <message>
      <source>Have they done any of these?</source>
      <translation>¿Han hecho alguna de estas cosas?</translation>
    </message>
    <message>
      <source>Answer what you can. This helps the police see the risk.</source>
      <translation>Responde lo que puedas. Esto ayuda a la policía a ver el riesgo.</translation>
    </message>
    <message>
      <source>Asked to meet you?</source>
      <translation>¿Te pidieron quedar en persona?</translation>
    </message>
    <message>
      <source>Asked to meet the person you are helping?</source>
      <translation>¿Pidieron quedar en persona con la persona a la que ayudas?</translation>
    </message>
    <message>
      <source>Asked for more images?</source>
      <translation>¿Pidieron más imágenes?</translation>
    </message>
    <message>
      <source>Asked you to use your bank account, or open one, for them?</source>
      <translation>¿Te pidieron que usaras tu cuenta bancaria, o que abrieras una, para ellos?</translation>
    </message>
    <message>
      <source>Asked them to use their bank account, or open one, for them?</source>
      <translation>¿Le pidieron que usara su cuenta bancaria, o que abriera una, para ellos?</translation>
    </message>
    <message>
      <source>Threatened to hurt you or someone else?</source>
      <translation>¿Amenazaron con hacerte daño a ti o a otra persona?</translation>
    </message>
    <message>
      <source>Threatened to hurt them or someone else?</source>
      <translation>¿Amenazaron con hacerle daño a esa persona o a otra?</translation>
    </message>
    <message>
      <source>Asked to meet</source>
      <translation>Pidieron quedar</translation>
    </message>
    <message>
      <source>Asked for more images</source>
      <translation>Pidieron más imágenes</translation>
    </message>
    <message>
      <source>Asked to use a bank account</source>
      <translation>Pidieron usar una cuenta bancaria</translation>
    </message>
    <message>
      <source>Threatened to hurt someone</source>
      <translation>Amenazaron con hacer daño a alguien</translation>
    </message>
  </context>
  <context>
    <name>ScreenCapture</name>
    <message>
      <source>This computer did not let the app capture the screen. Use the system's own screenshot key instead, then add the file with 'Add screenshots'.</source>
      <translation>Este equipo no dejó que la app capturara la pantalla. Usa la tecla de captura de pantalla del sistema y luego añade el archivo con «Añadir capturas de pantalla».</translation>
    </message>
  </context>
  <context>
    <name>SelfHarmQuestion</name>
    <message>
      <source>Has the person you are helping talked about harming themselves?</source>
      <translation>¿La persona a la que ayudas ha hablado de hacerse daño?</translation>
    </message>
    <message>
      <source>Have you had thoughts of harming yourself?</source>
      <translation>¿Has tenido pensamientos de hacerte daño?</translation>
    </message>
    <message>
      <source>It is not your fault. You do not have to answer.</source>
      <translation>No es culpa tuya. No tienes que responder.</translation>
    </message>
    <message>
      <source>I would rather not say</source>
      <translation>Prefiero no decirlo</translation>
    </message>
    <message>
      <source>You can talk to someone now</source>
      <translation>Puedes hablar con alguien ahora</translation>
    </message>
    <message>
      <source>{name}: {phone}</source>
      <translation>{name}: {phone}</translation>
    </message>
    <message>
      <source>If someone is in danger right now, call {number}.</source>
      <translation>Si alguien está en peligro ahora mismo, llama al {number}.</translation>
    </message>
    <message>
      <source>Thoughts of self-harm</source>
      <translation>Pensamientos de autolesión</translation>
    </message>
  </context>
  <context>
    <name>ServiceCard</name>
    <message>
      <source>Phone: {number}</source>
      <translation>Teléfono: {number}</translation>
    </message>
    <message>
      <source>Web: {address}</source>
      <translation>Web: {address}</translation>
    </message>
  </context>
  <context>
    <name>SharedQuestion</name>
    <message>
      <source>Have they shared or posted the images?</source>
      <translation>¿Han compartido o publicado las imágenes?</translation>
    </message>
    <message>
      <source>&amp;Where: web addresses, apps or people</source>
      <translation>&amp;Dónde: direcciones web, apps o personas</translation>
    </message>
    <message>
      <source>One on each line. Copy web addresses if you can. Do not open them again just for this.</source>
      <translation>Una en cada línea. Copia las direcciones web si puedes. No vuelvas a abrirlas solo para esto.</translation>
    </message>
    <message>
      <source>Shared or posted</source>
      <translation>Compartidas o publicadas</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Dónde</translation>
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
      <source>Your notes stay on this computer, locked with a passphrase.</source>
      <translation>Tus notas se quedan en este equipo, bloqueadas con una frase de contraseña.</translation>
    </message>
    <message>
      <source>Get &amp;help now</source>
      <translation>Obtener &amp;ayuda ahora</translation>
    </message>
    <message>
      <source>Get help now, no passphrase needed</source>
      <translation>Obtener ayuda ahora, sin frase de contraseña</translation>
    </message>
    <message>
      <source>I am &amp;under 18, or I am helping someone under 18</source>
      <translation>Tengo &amp;menos de 18 años, o ayudo a alguien menor de 18</translation>
    </message>
    <message>
      <source>I am under 18, or I am helping someone under 18</source>
      <translation>Tengo menos de 18 años, o ayudo a alguien menor de 18</translation>
    </message>
    <message>
      <source>Start a &amp;new case</source>
      <translation>Empezar un caso &amp;nuevo</translation>
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
      <source>Practise with a made-up case</source>
      <translation>Practicar con un caso inventado</translation>
    </message>
    <message>
      <source>As the person being threatened (an adult)</source>
      <translation>Como la persona amenazada (adulta)</translation>
    </message>
    <message>
      <source>As a parent helping someone under 18</source>
      <translation>Como madre, padre o tutor/a que ayuda a alguien menor de 18</translation>
    </message>
    <message>
      <source>As a school counsellor helping a student</source>
      <translation>Como orientador/a escolar que ayuda a un/a estudiante</translation>
    </message>
    <message>
      <source>Which made-up case to practise with</source>
      <translation>Con qué caso inventado practicar</translation>
    </message>
    <message>
      <source>&amp;Practise</source>
      <translation>&amp;Practicar</translation>
    </message>
    <message>
      <source>Practise &amp;as:</source>
      <translation>Practicar &amp;como:</translation>
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
    <name>StoryQuestion</name>
    <message>
      <source>What happened, in their own words?</source>
      <translation>¿Qué pasó, con sus propias palabras?</translation>
    </message>
    <message>
      <source>What happened, in your own words?</source>
      <translation>¿Qué pasó, con tus propias palabras?</translation>
    </message>
    <message>
      <source>&amp;What happened</source>
      <translation>&amp;Qué pasó</translation>
    </message>
    <message>
      <source>A few sentences are enough. You can add to it later.</source>
      <translation>Bastan unas pocas frases. Puedes añadir más después.</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Qué pasó</translation>
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
    <message>
      <source>Your reference numbers</source>
      <translation>Tus números de referencia</translation>
    </message>
    <message>
      <source>None yet. When you report to the police or anyone else, add the number under Details for the police, in Have you already reported it anywhere?</source>
      <translation>Ninguno todavía. Cuando denuncies a la policía o en cualquier otro sitio, añade el número en Datos para la policía, en ¿Ya lo has denunciado en algún sitio?</translation>
    </message>
  </context>
  <context>
    <name>TimelineQuestion</name>
    <message>
      <source>What happened when?</source>
      <translation>¿Qué pasó y cuándo?</translation>
    </message>
    <message>
      <source>The police find a timeline helpful: each message, threat or payment with its date. Add the main moments; they are put in order for you.</source>
      <translation>A la policía le sirve una cronología: cada mensaje, amenaza o pago con su fecha. Añade los momentos principales; se ordenan automáticamente.</translation>
    </message>
    <message>
      <source>Event {n}</source>
      <translation>Suceso {n}</translation>
    </message>
    <message>
      <source>&amp;Add another event</source>
      <translation>&amp;Añadir otro suceso</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Cronología</translation>
    </message>
  </context>
  <context>
    <name>TranscriptView</name>
    <message>
      <source>Chat transcript %1</source>
      <translation>Transcripción del chat %1</translation>
    </message>
    <message>
      <source>Search the messages</source>
      <translation>Buscar en los mensajes</translation>
    </message>
    <message>
      <source>&amp;Find next</source>
      <translation>&amp;Buscar siguiente</translation>
    </message>
    <message>
      <source>Find the next message</source>
      <translation>Buscar el mensaje siguiente</translation>
    </message>
    <message>
      <source>Pre&amp;vious</source>
      <translation>&amp;Anterior</translation>
    </message>
    <message>
      <source>Find the previous message</source>
      <translation>Buscar el mensaje anterior</translation>
    </message>
    <message>
      <source>Date to go to</source>
      <translation>Fecha a la que ir</translation>
    </message>
    <message>
      <source>&amp;Go to date</source>
      <translation>&amp;Ir a la fecha</translation>
    </message>
    <message>
      <source>Go to the first message on or after the date</source>
      <translation>Ir al primer mensaje de esa fecha o posterior</translation>
    </message>
    <message>
      <source>Messages</source>
      <translation>Mensajes</translation>
    </message>
    <message>
      <source>Mark as &amp;key (Ctrl+K)</source>
      <translation>Marcar como &amp;clave (Ctrl+K)</translation>
    </message>
    <message>
      <source>Mark the chosen message as key</source>
      <translation>Marcar el mensaje elegido como clave</translation>
    </message>
    <message>
      <source>Why it matters, e.g. threat, demand, payment details</source>
      <translation>Por qué importa, p. ej. amenaza, exigencia, datos de pago</translation>
    </message>
    <message>
      <source>Why this message matters</source>
      <translation>Por qué importa este mensaje</translation>
    </message>
    <message>
      <source>First line in the report</source>
      <translation>Primera línea en el informe</translation>
    </message>
    <message>
      <source>Last line in the report</source>
      <translation>Última línea en el informe</translation>
    </message>
    <message>
      <source>Use these &amp;lines</source>
      <translation>Usar estas &amp;líneas</translation>
    </message>
    <message>
      <source>Use these lines in the report</source>
      <translation>Usar estas líneas en el informe</translation>
    </message>
    <message>
      <source>&amp;All lines</source>
      <translation>&amp;Todas las líneas</translation>
    </message>
    <message>
      <source>Put every line in the report</source>
      <translation>Poner todas las líneas en el informe</translation>
    </message>
    <message>
      <source>to</source>
      <translation>hasta</translation>
    </message>
    <message>
      <source>App the chat was on</source>
      <translation>App en la que estaba el chat</translation>
    </message>
    <message>
      <source>Not known</source>
      <translation>No se sabe</translation>
    </message>
    <message>
      <source>A&amp;pp:</source>
      <translation>A&amp;pp:</translation>
    </message>
    <message>
      <source>Lines in the &amp;report:</source>
      <translation>Líneas en el &amp;informe:</translation>
    </message>
    <message>
      <source>For example Europe/London or UTC+1</source>
      <translation>Por ejemplo Europe/London o UTC+1</translation>
    </message>
    <message>
      <source>Time zone the phone was set to</source>
      <translation>Zona horaria que tenía el teléfono</translation>
    </message>
    <message>
      <source>Save &amp;zone</source>
      <translation>Guardar &amp;zona</translation>
    </message>
    <message>
      <source>Save the time zone</source>
      <translation>Guardar la zona horaria</translation>
    </message>
    <message>
      <source>Phone's time &amp;zone:</source>
      <translation>&amp;Zona horaria del teléfono:</translation>
    </message>
    <message>
      <source>Details found in this chat</source>
      <translation>Datos encontrados en este chat</translation>
    </message>
    <message>
      <source>Add the &amp;ticked details to the case</source>
      <translation>Añadir al caso los datos &amp;marcados</translation>
    </message>
    <message>
      <source>Add the ticked details as offender details or payment details</source>
      <translation>Añadir los datos marcados como datos de quien amenaza o como datos de pago</translation>
    </message>
    <message>
      <source>Details found in this chat. Tick the ones that belong to the person threatening you; nothing is added until you press the button.</source>
      <translation>Datos encontrados en este chat. Marca los que pertenecen a la persona que te amenaza; no se añade nada hasta que pulses el botón.</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>&amp;Remove this chat from the case…</source>
      <translation>&amp;Quitar este chat del caso…</translation>
    </message>
    <message>
      <source>Remove this chat transcript from the case</source>
      <translation>Quitar esta transcripción de chat del caso</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Cerrar</translation>
    </message>
    <message>
      <source>Close the transcript</source>
      <translation>Cerrar la transcripción</translation>
    </message>
    <message>
      <source>Times carry their UTC offset.</source>
      <translation>Las horas incluyen su diferencia con UTC.</translation>
    </message>
    <message>
      <source>Times are the phone's local time; the offset was not recorded.</source>
      <translation>Las horas son la hora local del teléfono; no se registró la diferencia con UTC.</translation>
    </message>
    <message>
      <source>%1: %2, %3 messages from %4.</source>
      <translation>%1: %2, %3 mensajes de %4.</translation>
    </message>
    <message>
      <source>line %1</source>
      <translation>línea %1</translation>
    </message>
    <message>
      <source>in the chat</source>
      <translation>en el chat</translation>
    </message>
    <message>
      <source>Name in the chat</source>
      <translation>Nombre en el chat</translation>
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
      <source>Username</source>
      <translation>Nombre de usuario</translation>
    </message>
    <message>
      <source>Bank account (IBAN)</source>
      <translation>Cuenta bancaria (IBAN)</translation>
    </message>
    <message>
      <source>Crypto wallet</source>
      <translation>Monedero de criptomonedas</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>No encontrado</translation>
    </message>
    <message>
      <source>No message holds “%1”.</source>
      <translation>Ningún mensaje contiene «%1».</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 de %2</translation>
    </message>
    <message>
      <source>No message on or after that date.</source>
      <translation>No hay ningún mensaje en esa fecha ni después.</translation>
    </message>
    <message>
      <source>Key ★ (Ctrl+K to unmark)</source>
      <translation>Clave ★ (Ctrl+K para desmarcar)</translation>
    </message>
    <message>
      <source>Choose a message first.</source>
      <translation>Primero elige un mensaje.</translation>
    </message>
    <message>
      <source>Line %1 is marked as key.</source>
      <translation>La línea %1 está marcada como clave.</translation>
    </message>
    <message>
      <source>Line %1 is no longer key.</source>
      <translation>La línea %1 ya no es clave.</translation>
    </message>
    <message>
      <source>The first line must come before the last. Nothing was changed.</source>
      <translation>La primera línea tiene que ir antes que la última. No se cambió nada.</translation>
    </message>
    <message>
      <source>The report will show lines %1 to %2.</source>
      <translation>El informe mostrará las líneas %1 a %2.</translation>
    </message>
    <message>
      <source>The app is saved.</source>
      <translation>Se guardó la app.</translation>
    </message>
    <message>
      <source>The time zone is saved. The report shows it beside the times.</source>
      <translation>Se guardó la zona horaria. El informe la muestra junto a las horas.</translation>
    </message>
    <message>
      <source>Tick the details to add first. Nothing was added.</source>
      <translation>Primero marca los datos que quieres añadir. No se añadió nada.</translation>
    </message>
    <message numerus="yes">
      <source>%n detail(s) added. You can check them in the offender and money steps.</source>
      <translation>
        <numerusform>Se añadió %n dato. Puedes revisarlo en los pasos sobre la persona que amenaza y sobre el dinero.</numerusform>
        <numerusform>Se añadieron %n datos. Puedes revisarlos en los pasos sobre la persona que amenaza y sobre el dinero.</numerusform>
      </translation>
    </message>
    <message>
      <source>Remove this chat?</source>
      <translation>¿Quitar este chat?</translation>
    </message>
    <message>
      <source>%1 and its %2 messages will be taken out of the case. The export file on your computer is not touched, and the case's log keeps a note of what was removed. Its exhibit number will not be used again.</source>
      <translation>%1 y sus %2 mensajes se quitarán del caso. El archivo exportado que está en tu equipo no se toca, y el registro del caso guarda una nota de lo que se quitó. Su número de prueba no se volverá a usar.</translation>
    </message>
    <message>
      <source>Remove the chat</source>
      <translation>Quitar el chat</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Conservarlo</translation>
    </message>
  </context>
  <context>
    <name>Under18Screen</name>
    <message>
      <source>Help for someone under 18</source>
      <translation>Ayuda para alguien menor de 18</translation>
    </message>
    <message>
      <source>I am under 18</source>
      <translation>Tengo menos de 18 años</translation>
    </message>
    <message>
      <source>I am a parent, carer or family member helping</source>
      <translation>Soy madre, padre, cuidador/a o familiar y estoy ayudando</translation>
    </message>
    <message>
      <source>I work at a school or college</source>
      <translation>Trabajo en un colegio o centro educativo</translation>
    </message>
    <message>
      <source>Who is using the app</source>
      <translation>Quién usa la app</translation>
    </message>
    <message>
      <source>Who &amp;are you?</source>
      <translation>¿&amp;Quién eres?</translation>
    </message>
    <message>
      <source>Where the young person lives</source>
      <translation>Dónde vive la persona joven</translation>
    </message>
    <message>
      <source>Where do they &amp;live?</source>
      <translation>¿Dónde &amp;vive?</translation>
    </message>
    <message>
      <source>&amp;Read what to do now</source>
      <translation>&amp;Leer qué hacer ahora</translation>
    </message>
    <message>
      <source>Read what to do now</source>
      <translation>Leer qué hacer ahora</translation>
    </message>
    <message>
      <source>&amp;Save the chat as evidence...</source>
      <translation>&amp;Guardar el chat como prueba...</translation>
    </message>
    <message>
      <source>Save the chat as evidence in a locked case</source>
      <translation>Guardar el chat como prueba en un caso bloqueado</translation>
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
      <source>Who can help</source>
      <translation>Quién puede ayudar</translation>
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
      <source>Opening the case</source>
      <translation>Abriendo el caso</translation>
    </message>
    <message>
      <source>Opening the case. This takes a moment.</source>
      <translation>Abriendo el caso. Tarda un momento.</translation>
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
    <message>
      <source>That new passphrase would be easy to guess. Please choose another one. Several ordinary words together make a strong passphrase.</source>
      <translation>Esa nueva frase de contraseña sería fácil de adivinar. Elige otra. Varias palabras corrientes juntas forman una frase de contraseña segura.</translation>
    </message>
  </context>
  <context>
    <name>WhenEdit</name>
    <message>
      <source>day/month/year</source>
      <translation>día/mes/año</translation>
    </message>
    <message>
      <source>{what}: date, day/month/year</source>
      <translation>{what}: fecha, día/mes/año</translation>
    </message>
    <message>
      <source>Type the date, for example 25/10/2025, or press Alt+Down for a calendar.</source>
      <translation>Escribe la fecha, por ejemplo 25/10/2025, o pulsa Alt+Down para ver un calendario.</translation>
    </message>
    <message>
      <source>hh:mm</source>
      <translation>hh:mm</translation>
    </message>
    <message>
      <source>{what}: time, hours and minutes</source>
      <translation>{what}: hora, horas y minutos</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>Calendario</translation>
    </message>
    <message>
      <source>{what}: pick the date from a calendar</source>
      <translation>{what}: elegir la fecha en un calendario</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Ahora</translation>
    </message>
    <message>
      <source>{what}: set to now</source>
      <translation>{what}: poner la hora actual</translation>
    </message>
    <message>
      <source>Time not known</source>
      <translation>Hora desconocida</translation>
    </message>
    <message>
      <source>{what}: time not known, date only</source>
      <translation>{what}: hora desconocida, solo la fecha</translation>
    </message>
    <message>
      <source>{what}: how it is saved</source>
      <translation>{what}: cómo se guarda</translation>
    </message>
    <message>
      <source>Use this</source>
      <translation>Usar esta</translation>
    </message>
    <message>
      <source>{what}: use the suggested time</source>
      <translation>{what}: usar la hora sugerida</translation>
    </message>
    <message>
      <source>Suggested from {reason}: {when}</source>
      <translation>Sugerencia según {reason}: {when}</translation>
    </message>
    <message>
      <source>(time zone not recorded)</source>
      <translation>(zona horaria no registrada)</translation>
    </message>
    <message>
      <source>{day}, time not known</source>
      <translation>{day}, hora desconocida</translation>
    </message>
    <message>
      <source>Not given yet.</source>
      <translation>Sin indicar todavía.</translation>
    </message>
    <message>
      <source>This could not be read as a date, so it is kept as you typed it. Type it like 25/10/2025 if you can.</source>
      <translation>Esto no se pudo leer como fecha, así que se guarda tal como lo escribiste. Si puedes, escríbela así: 25/10/2025.</translation>
    </message>
    <message>
      <source>Saved as: {when}</source>
      <translation>Guardado como: {when}</translation>
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
      <source>&amp;Next &gt;</source>
      <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Atrás</translation>
    </message>
    <message>
      <source>Back (Alt+B or Alt+Left)</source>
      <translation>Atrás (Alt+B o Alt+Left)</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Siguiente</translation>
    </message>
    <message>
      <source>Next (Alt+N or Alt+Right)</source>
      <translation>Siguiente (Alt+N o Alt+Right)</translation>
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
