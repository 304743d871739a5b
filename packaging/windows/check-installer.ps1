<#
Try the installer on this Windows machine the way a person would, without admin rights:
install for this user, run the installed app's --self-test, uninstall, and check what is
left. Run by the release workflow on its Windows runner; it deletes the app's data
folder (%LOCALAPPDATA%\GuardianDesktop) first, so never run it on a computer in use.

  pwsh -File packaging/windows/check-installer.ps1 -Setup <path to the setup .exe>

Checks: the app lands in %LOCALAPPDATA%\Programs\Guardian Desktop with a Start-menu entry;
a silent uninstall removes the program but keeps the case folder; an uninstall with
/DELETECASEDATA removes the case folder too.
#>
param([Parameter(Mandatory = $true)][string] $Setup)
$ErrorActionPreference = 'Stop'
$AppDir = Join-Path $env:LOCALAPPDATA 'Programs\Guardian Desktop'
$CaseData = Join-Path $env:LOCALAPPDATA 'GuardianDesktop'
$StartMenu = Join-Path $env:APPDATA 'Microsoft\Windows\Start Menu\Programs\Guardian Desktop.lnk'

function Install-App {
    $p = Start-Process -FilePath $Setup -Wait -PassThru -ArgumentList @(
        '/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART')  # per user: the only mode it has
    if ($p.ExitCode -ne 0) { throw "setup exited with $($p.ExitCode)" }
    if (-not (Test-Path (Join-Path $AppDir 'GuardianDesktop.exe'))) { throw "not installed in $AppDir" }
    if (-not (Test-Path $StartMenu)) { throw "no Start-menu entry at $StartMenu" }
}

function Uninstall-App([string[]] $Extra) {
    $uninstaller = Join-Path $AppDir 'unins000.exe'
    Start-Process -FilePath $uninstaller -Wait -ArgumentList (@('/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART') + $Extra)
    # The uninstaller hands over to a copy of itself in %TEMP%: wait until the program is gone.
    for ($i = 0; $i -lt 120 -and (Test-Path (Join-Path $AppDir 'GuardianDesktop.exe')); $i++) { Start-Sleep -Seconds 1 }
    Start-Sleep -Seconds 2  # the copy deletes the case folder (if asked) after the files
    if (Test-Path (Join-Path $AppDir 'GuardianDesktop.exe')) { throw 'the uninstaller left the program behind' }
    if (Test-Path $StartMenu) { throw 'the uninstaller left the Start-menu entry behind' }
}

function New-FakeCase {
    $case = Join-Path $CaseData 'cases\installer-check.gdcase'
    New-Item -ItemType Directory -Force -Path $case | Out-Null
    Set-Content -Path (Join-Path $case 'marker.txt') -Value 'made by check-installer.ps1'
    return (Join-Path $case 'marker.txt')
}

# A CI runner only: the checks below need the folder to start empty.
if (Test-Path $CaseData) { Remove-Item -Recurse -Force $CaseData }

Write-Host '== Install for this user, without admin rights'
Install-App
Write-Host '== Self-test of the installed copy'
$env:QT_QPA_PLATFORM = 'offscreen'
& (Join-Path $AppDir 'guardian-desktop-cli.exe') --self-test
if ($LASTEXITCODE -ne 0) { throw "the installed app's self-test failed ($LASTEXITCODE)" }

Write-Host '== Silent uninstall keeps the cases'
$marker = New-FakeCase
Uninstall-App @()
if (-not (Test-Path $marker)) { throw 'a silent uninstall deleted the case folder' }

Write-Host '== Uninstall with /DELETECASEDATA removes them'
Install-App
Uninstall-App @('/DELETECASEDATA')
if (Test-Path $CaseData) { throw "/DELETECASEDATA left $CaseData behind" }
Write-Host 'check-installer: ok'
