@echo off
rem civicdata launcher for Windows: runs the CLI jar with a class-data-sharing (AppCDS) archive.
rem The first run of each command writes the archive (-XX:ArchiveClassesAtExit, JDK 17+), later
rem runs use it; the archive is keyed on the jar's size and time. C1 only (TieredStopAtLevel=1)
rem unless CIVICDATA_TIERED=full (the POSIX script bin/civicdata also chooses by input size).
rem Environment: CIVICDATA_JAR, CIVICDATA_CACHE_DIR, CIVICDATA_CDS=off, CIVICDATA_TIERED,
rem JAVA_HOME, CIVICDATA_JAVA_OPTS. Not tested on Windows in CI (see docs/startup.md).
setlocal EnableExtensions EnableDelayedExpansion

set "JAR=%CIVICDATA_JAR%"
if "%JAR%"=="" if exist "%~dp0..\lib\civicdata.jar" set "JAR=%~dp0..\lib\civicdata.jar"
if "%JAR%"=="" if exist "%~dp0..\cli\target\civicdata.jar" set "JAR=%~dp0..\cli\target\civicdata.jar"
if "%JAR%"=="" (
  echo civicdata: civicdata.jar が見つかりません（CIVICDATA_JAR で指定してください）。 1>&2
  echo civicdata: civicdata.jar not found ^(set CIVICDATA_JAR^). 1>&2
  exit /b 3
)
set "JAVA=java"
if not "%JAVA_HOME%"=="" set "JAVA=%JAVA_HOME%\bin\java"

set "OPTS=-XX:-UsePerfData"
if /i not "%CIVICDATA_TIERED%"=="full" set "OPTS=%OPTS% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"

if /i "%CIVICDATA_CDS%"=="off" goto run
set "CACHE=%CIVICDATA_CACHE_DIR%"
if "%CACHE%"=="" set "CACHE=%LOCALAPPDATA%\civicdata"
if not exist "%CACHE%" mkdir "%CACHE%" 2>nul
for %%F in ("%JAR%") do set "STAMP=%%~zF-%%~tF"
set "STAMP=%STAMP: =_%"
set "STAMP=%STAMP::=%"
set "STAMP=%STAMP:/=%"
set "STAMP=%STAMP:\=%"
set "CMD=other"
for %%A in (%*) do (
  set "ARG=%%~A"
  if "!CMD!"=="other" if not "!ARG:~0,1!"=="-" set "CMD=%%~A"
)
set "ARCHIVE=%CACHE%\civicdata-%STAMP%-%CMD%.jsa"
set "OPTS=%OPTS% -Xlog:cds=off -Xlog:cds+dynamic=off"
if exist "%ARCHIVE%" (
  set "OPTS=%OPTS% -XX:SharedArchiveFile=%ARCHIVE%"
  goto run
)
"%JAVA%" %OPTS% "-XX:ArchiveClassesAtExit=%ARCHIVE%.tmp" %CIVICDATA_JAVA_OPTS% -jar "%JAR%" %*
set "RC=%ERRORLEVEL%"
if exist "%ARCHIVE%.tmp" move /y "%ARCHIVE%.tmp" "%ARCHIVE%" >nul 2>nul
exit /b %RC%

:run
"%JAVA%" %OPTS% %CIVICDATA_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
