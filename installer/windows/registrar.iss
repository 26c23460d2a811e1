; Inno Setup 6 script for Registrar on Windows (build on Windows after
; `python tools\dev.py installer`, which leaves the bundle in dist\Registrar):
;   iscc /DAppVersion=0.1.0 installer\windows\registrar.iss
; Installs per machine into Program Files, adds Start-menu and (optional) desktop shortcuts,
; and uninstalls cleanly. Vaults live in each user's %LOCALAPPDATA%\Registrar, never in the
; program folder, so uninstalling leaves them (they may hold records not yet at the hub).
; tests/unit/test_installer_scripts.py checks that every file named here exists.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Registrar"
#define AppExe "registrar-app.exe"
#define BundleDir "..\..\dist\Registrar"

[Setup]
AppId={{6B7F3C2A-4E59-4C1D-9A57-2D8E1B0C5F31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Registrar
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=registrar-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\registrar.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
LicenseFile=..\..\resources\licenses\NOTICE

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
; Proves the installation before the first start (no window; the report goes nowhere).
Filename: "{app}\{#AppExe}"; Parameters: "--self-test"; StatusMsg: "Checking the installation..."; Flags: runhidden waituntilterminated
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself leaves in its folder (Python byte code caches); never user data.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
Type: dirifempty; Name: "{app}"
