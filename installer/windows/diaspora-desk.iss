; Inno Setup script for Diaspora Desk on Windows.
; Build: pyinstaller installer\diaspora-desk.spec, then
;        iscc /DAppVersion=0.1.0 installer\windows\diaspora-desk.iss
; Installs per user (no administrator rights needed in a regional office); the user's data
; stays in %APPDATA%\DiasporaDesk and is never removed by uninstalling.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1C7D1E-8A3B-4C55-9A0E-5D2F0B7C9E11}
AppName=Diaspora Desk
AppVersion={#AppVersion}
AppPublisher=Diaspora Desk contributors
DefaultDirName={localappdata}\Programs\Diaspora Desk
DefaultGroupName=Diaspora Desk
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=DiasporaDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
LicenseFile=..\..\LICENSE
SetupIconFile=diaspora-desk.ico
UninstallDisplayIcon={app}\diaspora-desk.exe
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
; Inno Setup ships no official Romanian or Arabic messages; those users get English setup screens
; and the application itself in their language.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\DiasporaDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Diaspora Desk"; Filename: "{app}\diaspora-desk.exe"
Name: "{group}\{cm:UninstallProgram,Diaspora Desk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Diaspora Desk"; Filename: "{app}\diaspora-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\diaspora-desk.exe"; Description: "{cm:LaunchProgram,Diaspora Desk}"; Flags: nowait postinstall skipifsilent
