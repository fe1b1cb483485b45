# Windows counterpart of tools/build_and_check.sh (the same steps; NOT yet run on Windows: try it on the first
# Windows build and fix what it finds; .github/workflows/windows.yml runs it on a hosted runner). Builds dist\Taawun
# with build.spec, then runs, from a copy of the folder, with a fresh data folder and no virtual environment on PATH:
# the console executable taawun-cli.exe (selftest, check, gui --smoke), and Taawun.exe, the windowed program the
# agents' shortcut starts, with gui --smoke (it has no console: its exit code is checked).
#
#   powershell -ExecutionPolicy Bypass -File tools\build_and_check.ps1            # build, then check
#   powershell -ExecutionPolicy Bypass -File tools\build_and_check.ps1 -NoBuild   # check the existing dist\Taawun
param([switch]$NoBuild)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
# taawun-cli.exe writes UTF-8: read its output as UTF-8, not in the console's code page (Arabic would be mangled).
[Console]::OutputEncoding = [Text.Encoding]::UTF8

function Fail($what) { Write-Error "build_and_check: FAILED: $what"; exit 1 }

if (-not $NoBuild) {
    $watch = [Diagnostics.Stopwatch]::StartNew()
    & .venv\Scripts\python.exe -m PyInstaller --noconfirm --log-level WARN build.spec
    if ($LASTEXITCODE -ne 0) { Fail "PyInstaller exited with $LASTEXITCODE" }
    Write-Output "build_and_check: built dist\Taawun in $([int]$watch.Elapsed.TotalSeconds) s"
}
if (-not (Test-Path dist\Taawun\taawun-cli.exe)) { Fail "dist\Taawun\taawun-cli.exe not found: build first" }
if (-not (Test-Path dist\Taawun\Taawun.exe)) { Fail "dist\Taawun\Taawun.exe (the window) not found" }

$scratch = Join-Path ([IO.Path]::GetTempPath()) ("taawun-check-" + [guid]::NewGuid().ToString("N").Substring(0, 8))
New-Item -ItemType Directory -Path $scratch | Out-Null
Copy-Item -Recurse dist\Taawun (Join-Path $scratch "Taawun")
$cli = Join-Path $scratch "Taawun\taawun-cli.exe"
# Outside the venv: no VIRTUAL_ENV, no PYTHONPATH/PYTHONHOME, the system folders only on PATH; a fresh data folder.
$env:PATH = "$env:SystemRoot\System32;$env:SystemRoot"
Remove-Item Env:VIRTUAL_ENV, Env:PYTHONPATH, Env:PYTHONHOME -ErrorAction SilentlyContinue
$env:TAAWUN_HOME = Join-Path $scratch "data"
$env:QT_QPA_PLATFORM = "offscreen"
$db = Join-Path $scratch "check.db"
$pdf = Join-Path $scratch "report.pdf"

& $cli --db $db selftest --out $pdf
if ($LASTEXITCODE -ne 0) { Fail "selftest exited with $LASTEXITCODE" }
$head = [Text.Encoding]::ASCII.GetString([IO.File]::ReadAllBytes($pdf)[0..4])
if ($head -ne "%PDF-") { Fail "report.pdf is not a PDF" }
& $cli --db $db --lang en check
if ($LASTEXITCODE -ne 0) { Fail "check exited with $LASTEXITCODE" }
$smoke = & $cli --db $db gui --smoke
if ($LASTEXITCODE -ne 0 -or -not ($smoke -match "qtbase_ar")) { Fail "gui --smoke: $smoke" }
Write-Output $smoke

# The windowed program. PowerShell does not wait for a windowed program started with `&`: Start-Process, with a
# time limit (a dialog waiting for an answer would otherwise hang the check). Arguments are quoted one by one:
# Start-Process joins them with spaces, and the temporary folder may contain one (C:\Users\Fatima Zahra\...).
$gui = Join-Path $scratch "Taawun\Taawun.exe"
$arguments = @("--db", "`"$db`"", "gui", "--smoke")
$process = Start-Process -FilePath $gui -ArgumentList $arguments -PassThru `
    -RedirectStandardOutput (Join-Path $scratch "gui-out.txt") -RedirectStandardError (Join-Path $scratch "gui-err.txt")
$null = $process.Handle  # keeps the process handle, without which ExitCode stays empty after the exit
if (-not $process.WaitForExit(120000)) {
    $process.Kill()
    Fail "Taawun.exe gui --smoke did not exit within 2 minutes"
}
$guiErr = Get-Content -Raw -Encoding UTF8 (Join-Path $scratch "gui-err.txt") -ErrorAction SilentlyContinue
if ($process.ExitCode -ne 0) { Fail "Taawun.exe gui --smoke exited with $($process.ExitCode): $guiErr" }
Write-Output "build_and_check: Taawun.exe gui --smoke exited 0"
Remove-Item -Recurse -Force $scratch
Write-Output "build_and_check: OK (the built program ran outside the virtual environment)"
