"""Replaces PyInstaller's QtGui hook: the same collection, minus plugins the app never loads.

Filtering here, rather than in build.spec, matters: PyInstaller analyses each collected
plugin's libraries, so a plugin dropped afterwards would leave its dependencies behind.
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies
from qt_trim import trim_hook_entries

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = trim_hook_entries(binaries)
datas = trim_hook_entries(datas)
