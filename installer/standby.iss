; Inno Setup script: a Windows installer for the one-folder bundle.
; Build the bundle on Windows first (pyinstaller --noconfirm installer\standby.spec), then:
;   iscc installer\standby.iss                     -> dist\standby-0.1.0-setup.exe
;   iscc /DAppVersion=0.2.0 installer\standby.iss  for another version
; It installs dist\standby\ into Program Files (or the user's programs folder when not an
; administrator), adds Start-menu shortcuts and registers an uninstaller.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; The AppId identifies the product to Windows' uninstaller: never change it.
AppId={{6F0B7C52-3E1D-4A8B-9C2F-5D7E1A4B8C90}
AppName=Standby
AppVersion={#AppVersion}
AppVerName=Standby {#AppVersion}
AppPublisher=Standby
DefaultDirName={autopf}\Standby
DefaultGroupName=Standby
DisableProgramGroupPage=yes
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=standby-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=Standby {#AppVersion}
UninstallDisplayIcon={app}\standbyw.exe
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle: standby.exe (the command line), standbyw.exe (the console, no terminal
; window) and _internal\.
Source: "..\dist\standby\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Standby"; Filename: "{app}\standbyw.exe"; Comment: "Site recovery console"
Name: "{group}\Standby lab"; Filename: "{app}\standbyw.exe"; Parameters: "lab"; Comment: "The embedded two-site lab with its console"
Name: "{group}\{cm:UninstallProgram,Standby}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Standby"; Filename: "{app}\standbyw.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\standbyw.exe"; Description: "{cm:LaunchProgram,Standby}"; Flags: nowait postinstall skipifsilent

