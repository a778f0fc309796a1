; StoreCRM installer for Windows (Inno Setup 6.3 or newer).
;
; Build the program first (python packaging\build.py), then, from the repository's root:
;   iscc packaging\windows\storecrm.iss
; packaging\windows\build_installer.py does both and passes the version. Without /DAppVersion the
; version is read from StoreCRM.exe's version resource, which the PyInstaller spec writes from
; storecrm.__version__, so the installer and the program always agree.
;
; Installs for the current user only, with no administrator rights (into
; %LOCALAPPDATA%\Programs\StoreCRM); the first page offers "install for all users" to an
; administrator. The uninstaller keeps the stores, settings and logs in
; %LOCALAPPDATA%\StoreCRM unless the user answers yes to removing them (or passes /REMOVEDATA=1).

#if PREPROCVER < 0x06030000
  #error Inno Setup 6.3 or newer is needed (x64compatible, UTF-8 without BOM).
#endif

#define AppName "StoreCRM"
#define AppExeName "StoreCRM.exe"
; The console twin for the admin commands (storecrm-cli.exe backup --store …) is installed
; beside it, without a shortcut: it is run from a command prompt.
#define AppPublisher "StoreCRM"
; Never change: Windows finds an earlier install (to upgrade or remove it) by this id.
#define AppGuid "{8C0E5B2A-4F7D-4E8B-9A51-6D2C3B7E1F40}"

; Paths are relative to this script's folder; /DBundleDir=... and /DInstallerDir=... override.
#define Here AddBackslash(SourcePath)
#ifndef BundleDir
  #define BundleDir Here + "..\..\dist\StoreCRM"
#endif
#ifndef InstallerDir
  #define InstallerDir Here + "..\..\dist"
#endif
#define AppExePath AddBackslash(BundleDir) + AppExeName
#if !FileExists(AppExePath)
  #error dist\StoreCRM\StoreCRM.exe not found: run "python packaging\build.py" first.
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AppExePath, "ProductVersion")
#endif
; Four numbers for the installer's own version resource, from the program's fixed version block.
#define AppVersionNumbers GetVersionNumbersString(AppExePath)
; The release's compression; CI's run under Wine passes a faster one (/DCompression=lzma2/fast),
; as the setup it builds is only installed and checked, never shipped.
#ifndef Compression
  #define Compression "lzma2/max"
#endif

; Inno Setup 6.5 ships the Chinese (Simplified) messages; for older releases (CI and the release
; workflow pin 6.4.1) they are committed next to this script, so no build downloads anything
; (ChineseSimplified.txt says where they come from).
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(Here + "ChineseSimplified.isl")
  #define ChineseMessages Here + "ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl not found: put it in packaging\windows\ (see packaging\README.md).
#endif

[Setup]
AppId={{#AppGuid}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=Copyright © {#AppPublisher}
VersionInfoVersion={#AppVersionNumbers}
VersionInfoProductName={#AppName}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppName} Setup
; Per user, no administrator rights; "install for all users" offered in a dialog or by /ALLUSERS.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#Here}..\icons\storecrm.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
ShowLanguageDialog=auto
Compression={#Compression}
SolidCompression=yes
OutputDir={#InstallerDir}
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
; Close a running StoreCRM (Restart Manager) before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
; English first: Setup picks the language of Windows' display language and falls back to the
; first one listed.
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"

[CustomMessages]
english.AppComment=Customer archive and membership for one store
chinesesimplified.AppComment=门店客户档案与会员管理
english.RemoveDataQuestion=Also delete StoreCRM's data on this computer?%n%n%1%n%nThis folder holds the stores created in their default place, the demo store, the program's settings and its logs. Customer data deleted here cannot be recovered without a backup.%n%nStores kept in other folders and backup files are not touched.%n%nChoose No to keep the data (recommended), for example to install StoreCRM again.
chinesesimplified.RemoveDataQuestion=是否同时删除本电脑上的 StoreCRM 数据？%n%n%1%n%n此文件夹包含保存在默认位置的门店数据、演示门店、程序设置和日志。删除后，如无备份，客户资料将无法恢复。%n%n保存在其他文件夹中的门店和备份文件不受影响。%n%n如需保留数据（推荐，例如以后重新安装），请选择“否”。

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder, so no file of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ StoreCRM keeps its data where storecrm/paths.py puts it (platformdirs' user data folder,
  %LOCALAPPDATA%\StoreCRM, logs in its Logs subfolder). Uninstalling keeps it unless the user
  says otherwise: a store owner who reinstalls must find their customers again. }
function StoreDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\{#AppName}');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
  Remove: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  DataDir := StoreDataDir();
  if not DirExists(DataDir) then
    exit;
  if UninstallSilent then
    Remove := ExpandConstant('{param:REMOVEDATA|0}') = '1'
  else
    Remove := MsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [DataDir]),
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if Remove then
  begin
    Log('Removing the data folder ' + DataDir);
    DelTree(DataDir, True, True, True);
  end
  else
    Log('Keeping the data folder ' + DataDir);
end;
