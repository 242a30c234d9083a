@echo off
rem civicdata launcher: runs civicdata.jar (next to this script) with a bounded heap (512 MB).
rem CIVICDATA_JAVA_OPTS replaces the JVM options, e.g. set CIVICDATA_JAVA_OPTS=-Xmx1g
if "%CIVICDATA_JAVA_OPTS%"=="" set CIVICDATA_JAVA_OPTS=-Xmx512m
java %CIVICDATA_JAVA_OPTS% -jar "%~dp0civicdata.jar" %*
