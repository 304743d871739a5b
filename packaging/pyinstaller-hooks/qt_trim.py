"""Which collected Qt files Guardian Desktop never loads: shared by build.spec and the hooks here.

Paths are the destinations inside the bundle, "/"-separated, e.g.
"PySide6/Qt/plugins/platforms/libqeglfs.so". The app uses QtCore, QtGui, QtWidgets and
QtPrintSupport only, and must never use the network.
"""

import os
import re

DROP = [
    # Platforms: keep the desktop ones (windows, cocoa, xcb, wayland) and offscreen/minimal
    # for the CI self-test; drop embedded-device and remote ones.
    r"plugins/platforms/(lib)?q(eglfs|linuxfb|minimalegl|vnc|vkkhrdisplay|direct2d)\b",
    r"plugins/(egldeviceintegrations|generic|xcbglintegrations|networkinformation|tls)/",
    r"plugins/(qmltooling|sqldrivers|designer|multimedia|position|sensors|webview)/",
    r"plugins/platforminputcontexts/(lib)?qtvirtualkeyboard",
    # The GTK theme plugin only works beside the system's own GTK, and drags in cairo, pango
    # and a dozen more libraries.
    r"plugins/platformthemes/(lib)?qgtk3\b",
    # Image formats: keep JPEG, GIF, ICO, WebP and TIFF (PNG and BMP are built in); PDF and
    # SVG would pull in QtPdf and QtSvg, and TGA, WBMP and ICNS are not evidence formats.
    r"plugins/imageformats/(lib)?q(pdf|svg|tga|wbmp|icns)\b",
    r"plugins/iconengines/",
    # Qt's own translations: keep qtbase_* (standard dialogs and buttons); drop the rest.
    r"translations/(?!qtbase_)[^/]+\.qm$",
    # Whole Qt libraries nothing here links to, should a hook still collect them.
    r"(lib)?Qt6?(Network|Qml\w*|Quick\w*|Pdf\w*|Svg\w*|OpenGL\w*|VirtualKeyboard\w*|Sql|Test)\b",
    r"(lib)?Qt6?(Designer\w*|Help|Labs\w*|WebEngine\w*|Multimedia\w*|Xml)\b",
    r"(lib)?Qt6?(EglFS\w*|EglFsKms\w*|WaylandCompositor\w*|WaylandEgl\w*|WlShell\w*)\b",
    # Windows: Mesa's software OpenGL (about 20 MB), which Qt loads only for an OpenGL
    # context when the graphics driver has none; a Qt Widgets app without QtOpenGL makes none.
    r"(^|/)opengl32sw\.dll$",
]
_DROP = re.compile("|".join(DROP))


def unused(dest):
    """True for a bundle path the app never loads."""
    return bool(_DROP.search(dest.replace("\\", "/")))


def trim_hook_entries(entries):
    """Filter a hook's (source, destination folder) pairs, before their libraries are
    analysed: a plugin dropped here does not drag its own dependencies into the build."""
    return [
        (src, dest_dir)
        for src, dest_dir in entries
        if not unused(f"{dest_dir}/{os.path.basename(src)}")
    ]
