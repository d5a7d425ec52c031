; LeerWerk installer: a per-user install that needs no administrator rights (coordinators rarely have them).
;
;   makensis /DVERSION=0.1.0 /DBUNDLE=dist\LeerWerk /DOUTFILE=dist\LeerWerk-0.1.0-setup.exe .ci\installer.nsi
;
; VERSION is desktop.__version__ (the Windows workflow and .ci/run read it from there); BUNDLE is the one-folder
; program that `pyinstaller build.spec` makes. The program goes to %LOCALAPPDATA%\Programs\LeerWerk; the user's own
; data folder (%LOCALAPPDATA%\LeerWerk: database, backups, settings, logs) is never touched, by the uninstaller
; neither: it removes only what the installer wrote.

Unicode true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Give the version: /DVERSION=x.y.z (desktop.__version__)"
!endif
!ifndef BUNDLE
  !error "Give the folder pyinstaller made: /DBUNDLE=dist\LeerWerk"
!endif
!ifndef OUTFILE
  !define OUTFILE "LeerWerk-${VERSION}-setup.exe"
!endif

!define APP "LeerWerk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

!include "MUI2.nsh"
!include "LogicLib.nsh"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1043 "ProductName" "${APP}"
VIAddVersionKey /LANG=1043 "FileDescription" "${APP} installatie"
VIAddVersionKey /LANG=1043 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "CompanyName" "${APP}"
VIAddVersionKey /LANG=1043 "LegalCopyright" "${APP}"

!define MUI_ICON "${BUNDLE}\_internal\resources\icons\leerwerk.ico"
!define MUI_UNICON "${BUNDLE}\_internal\resources\icons\leerwerk.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\LeerWerk.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"

LangString DataFolder ${LANG_DUTCH} "Deze map is de gegevensmap van LeerWerk (database en reservekopieën). Kies een andere map voor het programma."
LangString DataFolder ${LANG_ENGLISH} "This folder is LeerWerk's data folder (database and backups). Choose another folder for the program."
LangString Running ${LANG_DUTCH} "LeerWerk is nog geopend. Sluit LeerWerk en klik dan op Opnieuw."
LangString Running ${LANG_ENGLISH} "LeerWerk is still open. Close LeerWerk, then click Retry."

Function .onVerifyInstDir
  ; The program folder must never be the data folder: the uninstaller removes the program folder's contents.
  ${If} "$INSTDIR" == "$LOCALAPPDATA\${APP}"
    Abort
  ${EndIf}
  ${If} ${FileExists} "$INSTDIR\leerwerk.sqlite3"
    Abort
  ${EndIf}
FunctionEnd

Section "${APP}" Main
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An update: the old program's libraries go first, so no file of an older version stays behind.
  retry:
  ClearErrors
  Delete "$INSTDIR\LeerWerk.exe"
  ${If} ${Errors}
    ${If} ${FileExists} "$INSTDIR\LeerWerk.exe"
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(Running)" IDRETRY retry
      Abort
    ${EndIf}
  ${EndIf}
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\LeerWerk.exe" "" "$INSTDIR\LeerWerk.exe" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\LeerWerk.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ; Only what the installer wrote: the user's data folder (%LOCALAPPDATA%\LeerWerk) stays as it is.
  Delete "$INSTDIR\LeerWerk.exe"
  Delete "$INSTDIR\leerwerk.com"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}\${APP}.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
