<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
  <context>
    <name>BatchSummary</name>
    <message numerus="yes">
      <source>%n screenshot(s) added.</source>
      <translation>
        <numerusform>%n screenshot added.</numerusform>
        <numerusform>%n screenshots added.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You stopped adding. What was finished is kept; %n not started.</source>
      <translation>
        <numerusform>You stopped adding. What was finished is kept; %n not started.</numerusform>
        <numerusform>You stopped adding. What was finished is kept; %n not started.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ChatImport</name>
    <message numerus="yes">
      <source>This chat holds %n photo(s) or file(s). You can add the photos as their own exhibits. Only add them if none is a nude or sexual image: the chat, the profile and the demands are the evidence.</source>
      <translation>
        <numerusform>This chat holds %n photo or file. You can add the photos as their own exhibits. Only add them if none is a nude or sexual image: the chat, the profile and the demands are the evidence.</numerusform>
        <numerusform>This chat holds %n photos or files. You can add the photos as their own exhibits. Only add them if none is a nude or sexual image: the chat, the profile and the demands are the evidence.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n chat(s) added as exhibits: %1.</source>
      <translation>
        <numerusform>%n chat added as exhibits: %1.</numerusform>
        <numerusform>%n chats added as exhibits: %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n chat(s) already in the case.</source>
      <translation>
        <numerusform>%n chat already in the case.</numerusform>
        <numerusform>%n chats already in the case.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n photo(s) added.</source>
      <translation>
        <numerusform>%n photo added.</numerusform>
        <numerusform>%n photos added.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
      <source> minute(s)</source>
      <translation>
        <numerusform> minute</numerusform>
        <numerusform> minutes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message numerus="yes">
      <source>The report is ready: %n page(s). Check it below, then save it.</source>
      <translation>
        <numerusform>The report is ready: %n page. Check it below, then save it.</numerusform>
        <numerusform>The report is ready: %n pages. Check it below, then save it.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Only the first {shown} pages are shown here; the saved report has all %n pages.</source>
      <translation>
        <numerusform>Only the first {shown} pages are shown here; the saved report has all %n pages.</numerusform>
        <numerusform>Only the first {shown} pages are shown here; the saved report has all %n pages.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{exhibit} - chat transcript, %n message(s)</source>
      <translation>
        <numerusform>{exhibit} - chat transcript, %n message</numerusform>
        <numerusform>{exhibit} - chat transcript, %n messages</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TranscriptView</name>
    <message numerus="yes">
      <source>%n detail(s) added. You can check them in the offender and money steps.</source>
      <translation>
        <numerusform>%n detail added. You can check them in the offender and money steps.</numerusform>
        <numerusform>%n details added. You can check them in the offender and money steps.</numerusform>
      </translation>
    </message>
  </context>
</TS>
