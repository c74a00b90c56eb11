@echo off
rem Glassbox launcher for Windows: builds the jar once (again when sources change), then runs the CLI.
setlocal
set "GB_HOME=%~dp0"
if "%GB_HOME:~-1%"=="\" set "GB_HOME=%GB_HOME:~0,-1%"
set "JAR=%GB_HOME%\target\glassbox.jar"
where java >nul 2>nul
if errorlevel 1 (
  echo glassbox: Java is not installed. Install a JDK 17 or newer from https://adoptium.net 1>&2
  exit /b 1
)
rem Processing's core (LGPL-2.1) is not inside the jar but beside it, in target\lib (docs\licences.md)
if exist "%JAR%" if exist "%GB_HOME%\target\lib" goto run
where mvn >nul 2>nul
if errorlevel 1 (
  echo glassbox: Maven is not installed and the program is not built yet. Install Maven 3.8 or newer from https://maven.apache.org 1>&2
  exit /b 1
)
echo glassbox: building (first run)... 1>&2
pushd "%GB_HOME%"
call mvn -q -DskipTests package 1>&2
set "BUILD_RC=%errorlevel%"
popd
if not "%BUILD_RC%"=="0" (
  echo glassbox: the build failed; see the Maven output above. 1>&2
  exit /b 1
)
:run
java --add-modules jdk.incubator.vector %GLASSBOX_JAVA_OPTS% -Dglassbox.home="%GB_HOME%" -jar "%JAR%" %*
exit /b %errorlevel%
