@echo off
rem Radiomics.NET as a 3D Slicer command-line (CLI) module, for Windows. See docs\slicer.md.
rem
rem Slicer treats every .exe or .bat file in a folder listed under Settings > Modules > Additional module paths as
rem a CLI module: it runs it with --xml to read the module description, then with the parameters chosen in the
rem module's panel. This script passes both on to the installed radiomics tool
rem (dotnet tool install --global Radiomics.NET.Cli). Which tool: %RADIOMICS_TOOL% when set, else radiomics.exe on
rem the PATH, else %USERPROFILE%\.dotnet\tools\radiomics.exe (where dotnet tool install --global puts it).
setlocal
set "TOOL=%RADIOMICS_TOOL%"
if not defined TOOL (where /q radiomics.exe && set "TOOL=radiomics.exe")
if not defined TOOL if exist "%USERPROFILE%\.dotnet\tools\radiomics.exe" set "TOOL=%USERPROFILE%\.dotnet\tools\radiomics.exe"
if not defined TOOL (
  echo RadiomicsNET: the radiomics tool was not found; install it ^(dotnet tool install --global Radiomics.NET.Cli^) or set RADIOMICS_TOOL to its path 1>&2
  exit /b 9009
)
"%TOOL%" %*
exit /b %ERRORLEVEL%
