; Inno Setup 6 installer for Guardian Desktop (Windows x64), built by the release workflow:
;   iscc /DAppVersion=0.2.0 /DOutputName=GuardianDesktop-0.2.0-windows-x64-setup-unsigned ^
;        /O<output folder> packaging\windows\GuardianDesktop.iss
; Add /DSign "/Sguardiansign=<command> $f" to sign the installer and its uninstaller.
;
; - Installs for the current user only, into %LOCALAPPDATA%\Programs\Guardian Desktop: no
;   administrator rights, nothing for other people using this computer to see.
; - One Start-menu entry. No desktop shortcut: an icon on the desktop is easy to notice.
; - Uninstalling removes the program. Cases and settings live elsewhere, in the folder
;   platformdirs gives the app (%LOCALAPPDATA%\GuardianDesktop, see core/vault.default_cases_dir
;   and core/settings). The uninstaller asks whether to delete that folder too; the default
;   answer is No. A silent uninstall keeps it, unless /DELETECASEDATA is on its command line.
;   tests/test_release_pipeline.py checks these rules.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef OutputName
  #define OutputName "GuardianDesktop-setup-unsigned"
#endif
#ifndef SourceFolder
  #define SourceFolder "..\..\dist\GuardianDesktop"
#endif

[Setup]
AppId={{631BE307-A7A4-42D3-A8B5-E8A2A996A5CC}
AppName=Guardian Desktop
AppVersion={#AppVersion}
AppVerName=Guardian Desktop {#AppVersion}
AppPublisher=Guardian Desktop
DefaultDirName={autopf}\Guardian Desktop
DefaultGroupName=Guardian Desktop
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputBaseFilename={#OutputName}
SetupIconFile=..\..\resources\icons\guardian.ico
UninstallDisplayIcon={app}\GuardianDesktop.exe
UninstallDisplayName=Guardian Desktop
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
#ifdef Sign
SignTool=guardiansign
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.DeleteCaseData=Do you also want to delete your cases and the app's settings from this computer?%n%nThey are in this folder:%n%1%n%nChoose No to keep them. The app finds them again if you install it later. Cases you saved in other folders are not touched.

[Files]
Source: "{#SourceFolder}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Guardian Desktop"; Filename: "{app}\GuardianDesktop.exe"; WorkingDir: "{app}"

[Run]
Filename: "{app}\GuardianDesktop.exe"; Description: "{cm:LaunchProgram,Guardian Desktop}"; Flags: nowait postinstall skipifsilent

[Code]
function CaseDataDir(): String;
begin
  { platformdirs.user_data_dir("GuardianDesktop", appauthor=False) on Windows }
  Result := ExpandConstant('{localappdata}\GuardianDesktop');
end;

function AskedOnCommandLine(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/DELETECASEDATA') = 0 then
      Result := True;
end;

function WantsCaseDataDeleted(): Boolean;
begin
  if AskedOnCommandLine() then
    Result := True
  else if UninstallSilent then
    Result := False
  else
    { MB_DEFBUTTON2: No is the default answer, so Enter keeps the cases. }
    Result := MsgBox(FmtMessage(CustomMessage('DeleteCaseData'), [CaseDataDir()]),
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(CaseDataDir()) then
    if WantsCaseDataDeleted() then
      DelTree(CaseDataDir(), True, True, True);
end;
