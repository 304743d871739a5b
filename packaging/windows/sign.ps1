<#
Sign Windows programs with Authenticode, for the release workflow and the installer.

  pwsh -File packaging/windows/sign.ps1 FILE [FILE ...]

Uses, in this order, whichever the environment provides (both are GitHub secrets):
  Azure Trusted Signing  TRUSTED_SIGNING_ENDPOINT, TRUSTED_SIGNING_ACCOUNT,
                         TRUSTED_SIGNING_PROFILE, and AZURE_TENANT_ID, AZURE_CLIENT_ID,
                         AZURE_CLIENT_SECRET for the service principal allowed to sign
  A code-signing certificate (.pfx)  WINDOWS_CERTIFICATE_PATH, WINDOWS_CERTIFICATE_PASSWORD
Every signature gets an RFC 3161 timestamp, so it stays valid after the certificate expires.
With neither, it stops with an error: the workflow only calls it when a secret exists.
#>
param(
    [Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)]
    [string[]] $Files
)
$ErrorActionPreference = 'Stop'
$Files = $Files | ForEach-Object { (Resolve-Path -LiteralPath $_).Path }

if ($env:TRUSTED_SIGNING_ACCOUNT) {
    if (-not (Get-Module -ListAvailable -Name TrustedSigning)) {
        Install-Module -Name TrustedSigning -RequiredVersion 0.5.0 -Force -Scope CurrentUser
    }
    $params = @{
        Endpoint               = $env:TRUSTED_SIGNING_ENDPOINT
        CodeSigningAccountName = $env:TRUSTED_SIGNING_ACCOUNT
        CertificateProfileName = $env:TRUSTED_SIGNING_PROFILE
        Files                  = ($Files -join ',')
        FileDigest             = 'SHA256'
        TimestampRfc3161       = 'http://timestamp.acs.microsoft.com'
        TimestampDigest        = 'SHA256'
        Description            = 'Guardian Desktop'
    }
    Invoke-TrustedSigning @params
}
elseif ($env:WINDOWS_CERTIFICATE_PATH) {
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1
    if (-not $signtool) { throw 'signtool.exe not found (Windows SDK)' }
    & $signtool.FullName sign /fd SHA256 /tr 'http://timestamp.digicert.com' /td SHA256 `
        /d 'Guardian Desktop' /f $env:WINDOWS_CERTIFICATE_PATH `
        /p $env:WINDOWS_CERTIFICATE_PASSWORD @Files
    if ($LASTEXITCODE -ne 0) { throw "signtool failed ($LASTEXITCODE)" }
}
else {
    throw 'No signing secret: set TRUSTED_SIGNING_ACCOUNT (and the rest) or WINDOWS_CERTIFICATE_PATH'
}

foreach ($file in $Files) {
    $signature = Get-AuthenticodeSignature -LiteralPath $file
    if ($signature.Status -ne 'Valid') {
        throw "$file is not validly signed: $($signature.Status) $($signature.StatusMessage)"
    }
}
Write-Host "Signed $($Files.Count) file(s)"
