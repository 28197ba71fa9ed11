; Inno Setup script for Nabij: a per-user install, no admin rights needed.
;
;   uv run --with pyinstaller pyinstaller --noconfirm --clean packaging\nabij.spec
;   iscc packaging\windows\nabij.iss
;
; Installs dist\nabij\ (the PyInstaller one-folder build) into
;   %LOCALAPPDATA%\Programs\Nabij
; with a Start-menu shortcut and, if chosen, a desktop shortcut.
;
; The consultant's data lives elsewhere, in %LOCALAPPDATA%\Nabij (platformdirs'
; user_data_dir("Nabij", roaming=False); see app/paths.py): the encrypted database
; nabij.db, its key file nabij.key and the logs\ folder. The key itself is also in
; Windows Credential Manager. Neither the installer nor the uninstaller touches any
; of that: the uninstaller removes only the files this installer put in place.
;
; The version comes from pyproject.toml ([project] version); override it with
;   iscc /DAppVersion=1.2.3 packaging\windows\nabij.iss

#define AppName "Nabij"
#define AppExe "nabij.exe"
; The PyInstaller one-folder build and where the installer goes; the Windows lane sets both
; (/DDistDir=... /DOutputDir=...), a build machine keeps the defaults.
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\..\dist\nabij"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif

#ifndef AppVersion
  ; [project] version in pyproject.toml. Its section and key read as INI, and Windows'
  ; profile reader drops the quotes around a value; strip them here too, to be sure.
  #define PyProject AddBackslash(SourcePath) + "..\..\pyproject.toml"
  #define AppVersion ReadIni(PyProject, "project", "version", "")
  #if Copy(AppVersion, 1, 1) == '"'
    #define AppVersion Copy(AppVersion, 2, Len(AppVersion) - 2)
  #endif
  #if AppVersion == ""
    #error No version = "..." under [project] in pyproject.toml
  #endif
#endif

#if !FileExists(DistDir + "\" + AppExe)
  #error dist\nabij\nabij.exe not found: run PyInstaller with packaging\nabij.spec first
#endif

[Setup]
; Keep AppId the same for every release: it is how upgrades and the uninstaller find the install.
AppId={{C84E7990-6158-444D-8809-468BBBCE80C1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per user, no elevation: the consultant's laptop has no admin rights.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableDirPage=yes
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=nabij-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running Nabij is asked to close before files are replaced; it saves its drafts when it closes.
CloseApplications=yes
RestartApplications=no
; The setup log lands in %TEMP% (Setup Log yyyy-mm-dd #nnn.txt): handy for IT.
SetupLogging=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
; To sign the installer and the uninstaller, configure a sign tool named "signtool" in the
; Inno Setup IDE (or iscc /Ssigntool=...) and uncomment:
; SignTool=signtool
; SignedUninstaller=yes

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Messages]
; Said before and after uninstalling: the program goes, the consultant's data stays.
nl.ConfirmUninstall=Wil je %1 verwijderen?%n%nAlleen het programma wordt verwijderd. Je gegevens blijven staan: de versleutelde database, het sleutelbestand en de logbestanden in de map AppData\Local\Nabij, en de sleutel in Windows Referentiebeheer.%n%nMaak een back-up voordat je de laptop inlevert.
en.ConfirmUninstall=Do you want to remove %1?%n%nOnly the program is removed. Your data stays: the encrypted database, the key file and the logs in the folder AppData\Local\Nabij, and the key in Windows Credential Manager.%n%nMake a backup before you hand in the laptop.
nl.UninstalledAll=%1 is van deze computer verwijderd.%n%nJe gegevens staan nog in de map AppData\Local\Nabij. Installeer Nabij opnieuw om ze weer te openen.
en.UninstalledAll=%1 was removed from this computer.%n%nYour data is still in the folder AppData\Local\Nabij. Install Nabij again to open it.

[CustomMessages]
nl.DemoIcon=Snelkoppeling naar de demo (met verzonnen inwoners)
en.DemoIcon=Shortcut to the demo (with fictional residents)
nl.DemoName=Nabij demo
en.DemoName=Nabij demo
nl.NotInDataFolder=Nabij kan niet in zijn eigen gegevensmap worden geïnstalleerd (%1).
en.NotInDataFolder=Nabij cannot be installed into its own data folder (%1).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "demoicon"; Description: "{cm:DemoIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the runtime as a whole, so no file of an older release stays behind.
; (_internal is ours alone: the app never writes there.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{userprograms}\{cm:DemoName}"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; WorkingDir: "{app}"; Tasks: demoicon
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the (then empty) program folder. Never {localappdata}\Nabij: that is the consultant's data.
Type: dirifempty; Name: "{app}"

[Code]
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\{#AppName}');
end;

function PrepareToInstall(var NeedsRestart: Boolean): String;
begin
  Result := '';
  { /DIR= on the command line could point the install at the data folder; refuse that, so the }
  { uninstaller can never come near the consultant's data. }
  if CompareText(RemoveBackslashUnlessRoot(ExpandConstant('{app}')), DataFolder()) = 0 then
    Result := FmtMessage(CustomMessage('NotInDataFolder'), [DataFolder()]);
end;
