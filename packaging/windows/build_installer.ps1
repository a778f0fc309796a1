# Build StoreCRM-<version>-windows-x64-setup.exe: the PyInstaller folder, its self-check, then
# the Inno Setup installer. Run from any folder, in PowerShell:
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build_installer.ps1 [-SkipBuild]
#
# Needs Python 3.11 with `pip install -e ".[packaging]"` and Inno Setup 6.5 or newer
# (winget install JRSoftware.InnoSetup, or choco install innosetup). -SkipBuild reuses
# dist\StoreCRM from an earlier `python packaging\build.py`.
param(
    [switch]$SkipBuild,
    [string]$Python = "python"
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

function Invoke-Checked {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

if (-not $SkipBuild) {
    # PyInstaller, then the frozen program's --self-check (console and windowed), then the size.
    Invoke-Checked $Python @("packaging\build.py")
}

$version = (& $Python packaging\appinfo.py version).Trim()
if ($LASTEXITCODE -ne 0 -or -not $version) { throw "could not read the version" }

$candidates = @(
    (Get-Command iscc.exe -ErrorAction SilentlyContinue | Select-Object -ExpandProperty Source),
    "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
    "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
    "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
) | Where-Object { $_ -and (Test-Path $_) }
if (-not $candidates) { throw "ISCC.exe (Inno Setup 6) not found: winget install JRSoftware.InnoSetup" }
$iscc = @($candidates)[0]
Write-Host "Inno Setup compiler: $iscc"

# The version is passed explicitly; the script would otherwise read it from StoreCRM.exe.
Invoke-Checked $iscc @("/Qp", "/DAppVersion=$version", "packaging\windows\storecrm.iss")

$setup = "dist\StoreCRM-$version-windows-x64-setup.exe"
if (-not (Test-Path $setup)) { throw "$setup was not written" }
$size = [math]::Round((Get-Item $setup).Length / 1MB, 1)
Write-Host "installer: $setup ($size MB)"
